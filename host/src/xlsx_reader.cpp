#include "finmech/host/xlsx_reader.hpp"

#include <cstdlib>
#include <memory>
#include <string_view>

#include <pugixml.hpp>
#include <zip.h>

#include "finmech/host/input_error.hpp"

namespace finmech::host {

namespace {

// The element's name without its namespace prefix ("x:c" -> "c").
std::string_view local_name(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// The children of `node` called `name`, whatever their prefix.
template <class Visit>
void for_each_child(const pugi::xml_node& node, std::string_view name, Visit visit) {
    for (const pugi::xml_node& child : node.children())
        if (child.type() == pugi::node_element && local_name(child) == name) visit(child);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
    pugi::xml_node found;
    for_each_child(node, name, [&](const pugi::xml_node& c) {
        if (!found) found = c;
    });
    return found;
}

// The attribute `name` in any namespace ("id" matches "r:id").
std::string attribute(const pugi::xml_node& node, std::string_view name) {
    for (const pugi::xml_attribute& a : node.attributes()) {
        const std::string_view full = a.name();
        const auto colon = full.find(':');
        if ((colon == std::string_view::npos ? full : full.substr(colon + 1)) == name)
            return a.value();
    }
    return "";
}

// The text of every <t> below `node`, in order, skipping phonetic runs (<rPh>): a plain
// string, or the runs (<r>) of rich text.
std::string string_item(const pugi::xml_node& node) {
    std::string text;
    for (const pugi::xml_node& c : node.children()) {
        if (c.type() != pugi::node_element) continue;
        if (local_name(c) == "t") text += c.text().get();
        else if (local_name(c) == "r") text += string_item(c);
    }
    return text;
}

// `target` of a relationship in the part `source`, as a path inside the package.
std::string resolve_target(const std::string& source, const std::string& target) {
    if (target.starts_with("/")) return std::filesystem::path(target.substr(1)).lexically_normal().generic_string();
    const std::filesystem::path base = std::filesystem::path(source).parent_path();
    return (base / target).lexically_normal().generic_string();
}

// The relationships part of `part`: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
std::string relationships_of(const std::string& part) {
    const std::filesystem::path p(part);
    return (p.parent_path() / "_rels" / (p.filename().string() + ".rels")).generic_string();
}

bool type_is(const std::string& type, std::string_view last) {
    return type.ends_with("/" + std::string(last));
}

}  // namespace

class XlsxWorkbook::Package {
public:
    Package(const std::filesystem::path& path, const std::string& file) : file_(file) {
        int error = 0;
        archive_.reset(zip_open(path.c_str(), ZIP_RDONLY, &error));
        if (!archive_) {
            zip_error_t e;
            zip_error_init_with_code(&e, error);
            const std::string why = zip_error_strerror(&e);
            zip_error_fini(&e);
            throw InputError(file, "", "cannot be read as an XLSX workbook (a zip package): " + why);
        }
    }

    bool has(const std::string& part) const {
        return zip_name_locate(archive_.get(), part.c_str(), 0) >= 0;
    }

    pugi::xml_document xml(const std::string& part) const {
        zip_stat_t stat;
        zip_stat_init(&stat);
        zip_file_t* entry = zip_fopen(archive_.get(), part.c_str(), 0);
        if (!entry || zip_stat(archive_.get(), part.c_str(), 0, &stat) != 0)
            throw InputError(file_, part, "missing from the XLSX package");
        std::string bytes(static_cast<std::size_t>(stat.size), '\0');
        const zip_int64_t read = zip_fread(entry, bytes.data(), bytes.size());
        zip_fclose(entry);
        if (read != static_cast<zip_int64_t>(bytes.size()))
            throw InputError(file_, part, "cannot be read from the XLSX package");
        pugi::xml_document doc;
        const pugi::xml_parse_result parsed = doc.load_buffer(bytes.data(), bytes.size());
        if (!parsed)
            throw InputError(file_, part, std::string("malformed XML: ") + parsed.description());
        return doc;
    }

    // Relationship id -> target part, of the part `source`.
    std::map<std::string, std::pair<std::string, std::string>> relationships(
        const std::string& source) const {
        std::map<std::string, std::pair<std::string, std::string>> out;  // id -> (type, part)
        const std::string rels = relationships_of(source);
        if (!has(rels)) return out;
        const pugi::xml_document doc = xml(rels);
        for_each_child(doc.document_element(), "Relationship", [&](const pugi::xml_node& r) {
            if (attribute(r, "TargetMode") == "External") return;
            out[attribute(r, "Id")] = {attribute(r, "Type"),
                                       resolve_target(source, attribute(r, "Target"))};
        });
        return out;
    }

private:
    std::string file_;
    std::unique_ptr<zip_t, decltype(&zip_discard)> archive_{nullptr, &zip_discard};
};

std::string cell_name(CellRef ref) {
    std::string letters;
    for (int c = ref.column; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(ref.row);
}

CellRef parse_cell_name(const std::string& name) {
    CellRef ref;
    std::size_t i = 0;
    if (i < name.size() && name[i] == '$') ++i;
    for (; i < name.size() && name[i] >= 'A' && name[i] <= 'Z'; ++i)
        ref.column = ref.column * 26 + (name[i] - 'A' + 1);
    if (i < name.size() && name[i] == '$') ++i;
    const std::size_t digits = i;
    for (; i < name.size() && name[i] >= '0' && name[i] <= '9'; ++i)
        ref.row = ref.row * 10 + (name[i] - '0');
    if (i != name.size() || i == digits || ref.column == 0 || ref.row == 0) return {};
    return ref;
}

XlsxWorkbook::XlsxWorkbook(const std::filesystem::path& path, std::string file)
    : file_(std::move(file)), package_(std::make_shared<const Package>(path, file_)) {
    std::string workbook = "xl/workbook.xml";
    for (const auto& [id, target] : package_->relationships(""))
        if (type_is(target.first, "officeDocument")) workbook = target.second;
    const auto rels = package_->relationships(workbook);
    const pugi::xml_document doc = package_->xml(workbook);
    for_each_child(child(doc.document_element(), "sheets"), "sheet", [&](const pugi::xml_node& s) {
        const auto it = rels.find(attribute(s, "id"));
        if (it == rels.end()) return;  // a chart sheet or a broken entry: no cells to read
        names_.push_back(s.attribute("name").value());
        parts_.push_back(it->second.second);
    });

    // Read once, for every sheet read_sheet() reads.
    std::string shared_strings_part;
    for (const auto& [id, target] : rels)
        if (type_is(target.first, "sharedStrings")) shared_strings_part = target.second;
    if (!shared_strings_part.empty() && package_->has(shared_strings_part)) {
        const pugi::xml_document strings = package_->xml(shared_strings_part);
        for_each_child(strings.document_element(), "si", [&](const pugi::xml_node& si) {
            shared_strings_.push_back(string_item(si));
        });
    }
}

SheetCells XlsxWorkbook::read_sheet(const std::string& name) const {
    std::size_t index = 0;
    while (index < names_.size() && names_[index] != name) ++index;
    if (index == names_.size()) {
        std::string found;
        for (const auto& n : names_) found += (found.empty() ? "\"" : ", \"") + n + "\"";
        throw InputError(file_, "", "has no sheet \"" + name + "\"; its sheets: " + found);
    }
    const std::string& part = parts_[index];
    const pugi::xml_document doc = package_->xml(part);
    SheetCells cells;
    int row_number = 0;
    for_each_child(child(doc.document_element(), "sheetData"), "row", [&](const pugi::xml_node& row) {
        const std::string r = attribute(row, "r");
        row_number = r.empty() ? row_number + 1 : std::atoi(r.c_str());
        int column = 0;
        for_each_child(row, "c", [&](const pugi::xml_node& c) {
            const std::string ref = attribute(c, "r");
            const CellRef at = ref.empty() ? CellRef{row_number, column + 1} : parse_cell_name(ref);
            if (at.column == 0)
                throw InputError(file_, part, "a cell has the malformed reference \"" + ref + "\"");
            column = at.column;
            const std::string type = attribute(c, "t");
            const std::string v = child(c, "v").text().get();
            CellValue value;
            if (type == "inlineStr") {
                value.text = string_item(child(c, "is"));
            } else if (type == "s") {
                const auto i = static_cast<std::size_t>(std::strtoul(v.c_str(), nullptr, 10));
                if (v.empty() || i >= shared_strings_.size())
                    throw InputError(file_, name + "!" + cell_name(at),
                                     "refers to shared string " + v + ", which the workbook lacks");
                value.text = shared_strings_[i];
            } else if (type == "b") {
                value.boolean = true;
                value.text = v == "1" ? "TRUE" : "FALSE";
            } else {
                value.text = v;  // a string formula's result, an error such as "#N/A", or a number
            }
            if (!value.text.empty()) cells[at] = value;  // a styled, empty cell is no value
        });
    });
    return cells;
}

}  // namespace finmech::host
