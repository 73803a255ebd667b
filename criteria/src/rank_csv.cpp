#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/rank_document.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <vector>

namespace finmech::criteria {
namespace {

using nlohmann::json;

struct Field {
    std::string text;
    std::size_t column;  // 1-based
};

struct Line {
    std::vector<Field> fields;
    std::size_t number;  // 1-based
};

std::string where(const Line& line, std::size_t column) {
    return "line " + std::to_string(line.number) + ", column " + std::to_string(column);
}

std::string trimmed(std::string_view s) {
    const auto space = [](unsigned char c) { return std::isspace(c) != 0; };
    while (!s.empty() && space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}

// One record; fields may be double-quoted with "" for a quote inside.
std::vector<Field> split(std::string_view line, char separator, std::size_t number) {
    std::vector<Field> fields;
    std::string current;
    bool quoted = false;
    for (std::size_t k = 0; k < line.size(); ++k) {
        const char c = line[k];
        if (quoted) {
            if (c == '"' && k + 1 < line.size() && line[k + 1] == '"') {
                current += '"';
                ++k;
            } else if (c == '"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator) {
            fields.push_back({trimmed(current), fields.size() + 1});
            current.clear();
        } else {
            current += c;
        }
    }
    if (quoted) {
        throw InputError("line " + std::to_string(number), "a quoted field is not closed");
    }
    fields.push_back({trimmed(current), fields.size() + 1});
    return fields;
}

std::vector<Line> records(std::string_view text, char& separator) {
    std::vector<Line> lines;
    std::size_t number = 0;
    std::optional<char> chosen;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        std::string_view raw = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        ++number;
        if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
        if (trimmed(raw).empty()) continue;
        // Spreadsheets in French locales write ";" between fields and a decimal comma.
        if (!chosen) chosen = raw.find(';') != std::string_view::npos ? ';' : ',';
        lines.push_back({split(raw, *chosen, number), number});
    }
    separator = chosen.value_or(',');
    return lines;
}

double number_at(const Line& line, const Field& field, char separator) {
    std::string text = field.text;
    if (separator == ';') std::replace(text.begin(), text.end(), ',', '.');
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
        throw InputError(where(line, field.column), "expected a number, found \"" + field.text + "\"");
    }
    return value;
}

// The fields after the row label, exactly one per criterion (empty trailing cells are ignored).
std::vector<Field> values_of(const Line& line, std::size_t criteria) {
    std::vector<Field> values(line.fields.begin() + 1, line.fields.end());
    while (values.size() > criteria && values.back().text.empty()) values.pop_back();
    if (values.size() != criteria) {
        throw InputError(where(line, 1), "expected " + std::to_string(criteria) + " values after the label, found " +
                                             std::to_string(values.size()));
    }
    return values;
}

std::string lowercase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

json parse_rank_csv(std::string_view text) {
    char separator = ',';
    const std::vector<Line> lines = records(text, separator);
    if (lines.empty()) throw InputError("line 1", "expected a header row of criterion ids, found an empty file");

    const Line& header = lines.front();
    std::vector<Field> ids(header.fields.begin() + 1, header.fields.end());
    while (!ids.empty() && ids.back().text.empty()) ids.pop_back();
    if (ids.empty()) throw InputError(where(header, 2), "expected criterion ids after the first cell");
    json criteria = json::array();
    for (const auto& id : ids) {
        if (id.text.empty()) throw InputError(where(header, id.column), "expected a criterion id, found an empty cell");
        criteria.push_back({{"id", id.text}});
    }

    json doc = {{"alternatives", json::array()}, {"criteria", std::move(criteria)}, {"matrix", json::array()}};
    for (std::size_t k = 1; k < lines.size(); ++k) {
        const Line& line = lines[k];
        const std::string label = line.fields.front().text;
        const std::vector<Field> values = values_of(line, ids.size());
        const std::string key = lowercase(label);
        if ((key == "direction" || key == "weight") && doc["alternatives"].empty()) {
            for (std::size_t j = 0; j < values.size(); ++j) {
                const Field& f = values[j];
                if (key == "weight") {
                    doc["criteria"][j]["weight"] = number_at(line, f, separator);
                } else if (lowercase(f.text) == "benefit" || lowercase(f.text) == "cost") {
                    doc["criteria"][j]["direction"] = lowercase(f.text);
                } else {
                    throw InputError(where(line, f.column), "expected benefit or cost, found \"" + f.text + "\"");
                }
            }
            continue;
        }
        if (label.empty()) throw InputError(where(line, 1), "expected an alternative name, found an empty cell");
        json row = json::array();
        for (const auto& f : values) row.push_back(number_at(line, f, separator));
        doc["alternatives"].push_back(label);
        doc["matrix"].push_back(std::move(row));
    }
    for (const char* required : {"direction", "weight"}) {
        if (!doc["criteria"][0].contains(required)) {
            throw InputError("line " + std::to_string(header.number + 1),
                             std::string("expected a row \"") + required + "\" before the alternatives");
        }
    }
    if (doc["alternatives"].empty()) throw InputError("line " + std::to_string(lines.back().number + 1), "expected at least one alternative row");
    return doc;
}

}  // namespace finmech::criteria
