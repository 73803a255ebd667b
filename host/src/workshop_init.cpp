#include "finmech/host/workshop_init.hpp"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include <xlsxwriter.h>

#include <finmech/reports/catalogue.hpp>
#include <finmech/reports/svg.hpp>
#include <finmech/reports/temporary_file.hpp>

#include "finmech/host/input_error.hpp"

namespace finmech::host {

namespace {

using reports::Language;
namespace layout = sheet_layout;

std::string text(std::string_view key, Language language) {
    return std::string(reports::message(key, language));
}

const std::string& pick(const criteria::LocalizedText& t, Language language) {
    return language == Language::en ? t.en : t.fr;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

// Row index (0-based) of the first row of the scale's anchors.
int scale_title_row(const WorkshopSession& s) {
    return layout::first_mechanism_row - 1 + static_cast<int>(s.mechanisms.size()) + 1;
}

std::string csv_field(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string quoted = "\"";
    for (char c : field) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string csv(const std::vector<std::vector<std::string>>& rows) {
    std::string out = "\xEF\xBB\xBF";  // BOM: spreadsheets then read the file as UTF-8
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + csv_field(row[i]);
        out += "\n";
    }
    return out;
}

std::string html_form(const WorkshopSession& s, const std::string& group, Language language) {
    const auto t = [&](std::string_view key) { return reports::svg::escape(text(key, language)); };
    std::ostringstream h;
    h << "<!DOCTYPE html>\n<html lang=\"" << reports::to_string(language) << "\">\n<head>\n"
      << "<meta charset=\"utf-8\">\n<title>" << t("workshop.title") << " — "
      << reports::svg::escape(group) << "</title>\n<style>\n"
      << "@page { size: A4 landscape; margin: 12mm; }\n"
      << "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #000; }\n"
      << "h1 { font-size: 15pt; margin: 0 0 4mm; }\n"
      << "table { border-collapse: collapse; width: 100%; margin-bottom: 5mm; }\n"
      << "th, td { border: 1px solid #000; padding: 1.5mm; vertical-align: top; }\n"
      << "th { background: #e6e6e6; text-align: left; }\n"
      << "td.box { height: 11mm; min-width: 16mm; text-align: center; color: #999; font-size: 7pt; }\n"
      << "td.comment { width: 30%; }\n"
      << ".meta td { border: none; padding: 0.5mm 2mm 0.5mm 0; }\n"
      << ".scale { font-size: 8pt; page-break-inside: auto; }\n"
      << ".scale tr { page-break-inside: avoid; }\n"
      << "</style>\n</head>\n<body>\n<h1>" << t("workshop.title") << "</h1>\n"
      << "<table class=\"meta\">\n"
      << "<tr><td><b>" << t("workshop.group") << "</b></td><td>" << reports::svg::escape(group)
      << "</td></tr>\n<tr><td><b>" << t("workshop.session") << "</b></td><td>" << s.id
      << "</td></tr>\n<tr><td><b>" << t("workshop.scenario") << "</b></td><td>"
      << reports::svg::escape(s.scenario) << "</td></tr>\n</table>\n<p>" << t("workshop.paper_instructions")
      << "</p>\n<table>\n<tr><th>" << t("workshop.mechanism") << "</th>";
    for (const auto& c : s.criteria) h << "<th>" << reports::svg::escape(pick(c.name, language)) << "</th>";
    h << "<th>" << t("workshop.comment") << "</th></tr>\n";
    for (const auto& m : s.mechanisms) {
        h << "<tr><td>" << reports::svg::escape(m) << "</td>";
        for (std::size_t j = 0; j < s.criteria.size(); ++j) h << "<td class=\"box\">1–5</td>";
        h << "<td class=\"comment\"></td></tr>\n";
    }
    h << "</table>\n<h2 style=\"font-size: 11pt\">" << t("workshop.scale_title")
      << "</h2>\n<table class=\"scale\">\n<tr><th>" << t("workshop.criterion") << "</th>";
    for (const auto& anchor : s.criteria.front().scale)
        h << "<th>" << reports::svg::escape(anchor.symbol) << " (" << anchor.score << ")</th>";
    h << "</tr>\n";
    for (const auto& c : s.criteria) {
        h << "<tr><td><b>" << reports::svg::escape(pick(c.name, language)) << "</b></td>";
        for (const auto& anchor : c.scale) h << "<td>" << reports::svg::escape(pick(anchor.text, language)) << "</td>";
        h << "</tr>\n";
    }
    h << "</table>\n</body>\n</html>\n";
    return h.str();
}

std::string xlsx_sheet(const WorkshopSession& s, const std::string& group, Language language) {
    const auto rows = sheet_rows(s, group, language);
    reports::TemporaryFile file("finmech-sheet");
    lxw_workbook* wb = workbook_new(file.path().c_str());
    if (!wb) throw std::runtime_error("libxlsxwriter cannot create the XLSX sheet");
    // A fixed creation time: the same session gives the same bytes.
    std::string title = text("workshop.title", language);
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.created = 1420070400;  // 2015-01-01 00:00 UTC
    workbook_set_properties(wb, &properties);

    lxw_format* heading = workbook_add_format(wb);
    format_set_bold(heading);
    format_set_font_size(heading, 14);
    lxw_format* label = workbook_add_format(wb);
    format_set_bold(label);
    format_set_bg_color(label, 0xE6E6E6);
    format_set_text_wrap(label);
    format_set_border(label, LXW_BORDER_THIN);
    format_set_align(label, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* fixed = workbook_add_format(wb);  // protected, locked by default
    format_set_bg_color(fixed, 0xF2F2F2);
    format_set_text_wrap(fixed);
    format_set_border(fixed, LXW_BORDER_THIN);
    format_set_align(fixed, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* ids = workbook_add_format(wb);
    format_set_font_color(ids, 0x808080);
    format_set_font_size(ids, 8);
    lxw_format* input = workbook_add_format(wb);
    format_set_unlocked(input);
    format_set_bg_color(input, 0xFFF2CC);
    format_set_border(input, LXW_BORDER_THIN);
    format_set_align(input, LXW_ALIGN_CENTER);
    lxw_format* comment = workbook_add_format(wb);
    format_set_unlocked(comment);
    format_set_bg_color(comment, 0xFFF2CC);
    format_set_border(comment, LXW_BORDER_THIN);
    format_set_text_wrap(comment);
    lxw_format* wrapped = workbook_add_format(wb);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
    format_set_font_size(wrapped, 9);

    const std::string sheet_name = text("workshop.sheet_name", language);
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name.c_str());
    const auto criteria_count = static_cast<lxw_col_t>(s.criteria.size());
    const lxw_col_t comment_column = layout::first_criterion_column - 1 + criteria_count;
    worksheet_set_column(ws, 0, 0, 42, nullptr);
    worksheet_set_column(ws, 1, comment_column - 1, 20, nullptr);
    worksheet_set_column(ws, comment_column, comment_column, 50, nullptr);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);  // A4
    worksheet_fit_to_pages(ws, 1, 0);

    const int first_mechanism = layout::first_mechanism_row - 1;
    const int last_mechanism = first_mechanism + static_cast<int>(s.mechanisms.size()) - 1;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r);
        const int at = static_cast<int>(r);
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            lxw_format* format = nullptr;
            if (at == layout::title_row - 1) format = heading;
            else if (at == layout::id_row - 1) format = ids;
            else if (at == layout::header_row - 1 || (col == 0 && at < layout::instructions_row - 1))
                format = label;
            else if (at >= first_mechanism && at <= last_mechanism)
                format = col == 0 ? fixed : col == comment_column ? comment : input;
            else if (at > last_mechanism + 1) format = at == scale_title_row(s) ? label : wrapped;
            else if (col > 0 && at < layout::instructions_row - 1) format = fixed;
            if (rows[r][c].empty())
                worksheet_write_blank(ws, row, col, format);
            else
                worksheet_write_string(ws, row, col, rows[r][c].c_str(), format);
        }
    }
    worksheet_set_row(ws, layout::instructions_row - 1, 45, nullptr);
    worksheet_merge_range(ws, layout::instructions_row - 1, 0, layout::instructions_row - 1,
                          comment_column, text("workshop.instructions", language).c_str(), wrapped);

    const std::string prompt_title = text("workshop.validation_title", language);
    const std::string prompt = text("workshop.validation_prompt", language);
    const std::string error_title = text("workshop.validation_error_title", language);
    const std::string error = text("workshop.validation_error", language);
    const char* allowed[] = {"1", "2", "3", "4", "5", "++", "+", "+-", "-", "--", nullptr};
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = const_cast<char**>(allowed);
    validation.input_title = const_cast<char*>(prompt_title.c_str());
    validation.input_message = const_cast<char*>(prompt.c_str());
    validation.error_title = const_cast<char*>(error_title.c_str());
    validation.error_message = const_cast<char*>(error.c_str());
    worksheet_data_validation_range(ws, static_cast<lxw_row_t>(first_mechanism), 1,
                                    static_cast<lxw_row_t>(last_mechanism), criteria_count, &validation);
    worksheet_freeze_panes(ws, static_cast<lxw_row_t>(first_mechanism), 1);
    lxw_protection protection{};
    protection.format_columns = 1;  // groups may widen columns and rows to read
    protection.format_rows = 1;
    worksheet_protect(ws, nullptr, &protection);
    if (workbook_close(wb) != LXW_NO_ERROR)
        throw std::runtime_error("libxlsxwriter failed to write the XLSX sheet");
    return file.contents();
}

}  // namespace

std::vector<std::vector<std::string>> sheet_rows(const WorkshopSession& s, const std::string& group,
                                                 Language language) {
    std::vector<std::vector<std::string>> rows(layout::first_mechanism_row - 1);
    const auto put = [&](int row, std::vector<std::string> cells) { rows[static_cast<std::size_t>(row - 1)] = std::move(cells); };
    put(layout::title_row, {text("workshop.title", language)});
    put(layout::group_row, {text("workshop.group", language), group});
    put(layout::session_row, {text("workshop.session", language), s.id});
    put(layout::groups_row, {text("workshop.groups", language), joined(s.groups, layout::group_separator)});
    put(layout::scenario_row, {text("workshop.scenario", language), s.scenario});
    put(layout::instructions_row, {text("workshop.instructions", language)});
    std::vector<std::string> header{text("workshop.mechanism", language)};
    std::vector<std::string> id_row{std::string(layout::id_marker)};
    for (const auto& c : s.criteria) {
        header.push_back(pick(c.name, language));
        id_row.push_back(c.id);
    }
    header.push_back(text("workshop.comment", language));
    id_row.emplace_back(layout::comment_id);
    put(layout::header_row, header);
    put(layout::id_row, id_row);
    for (const auto& m : s.mechanisms) {
        rows.emplace_back(s.criteria.size() + 2);
        rows.back().front() = m;
    }
    rows.emplace_back();
    rows.push_back({text("workshop.scale_title", language)});
    std::vector<std::string> levels{text("workshop.criterion", language)};
    for (const auto& anchor : s.criteria.front().scale)
        levels.push_back(anchor.symbol + " (" + std::to_string(anchor.score) + ")");
    rows.push_back(levels);
    for (const auto& c : s.criteria) {
        rows.push_back({pick(c.name, language)});
        for (const auto& anchor : c.scale) rows.back().push_back(pick(anchor.text, language));
    }
    return rows;
}

std::string sheet_file_stem(const std::string& group, Language language) {
    std::string stem = text("workshop.file_stem", language) + "-";
    for (char c : group) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 128 && std::isalnum(u)) stem += static_cast<char>(std::tolower(u));
        else if (stem.back() != '-') stem += '-';
    }
    while (stem.back() == '-') stem.pop_back();
    return stem;
}

std::map<std::string, std::string> workshop_files(const WorkshopSession& s, Language language) {
    std::map<std::string, std::string> files;
    std::map<std::string, std::string> group_of_stem;
    for (const auto& group : s.groups) {
        const std::string stem = sheet_file_stem(group, language);
        const auto [previous, fresh] = group_of_stem.emplace(stem, group);
        if (!fresh)
            throw InputError("command line", "--group-names",
                             "groups \"" + previous->second + "\" and \"" + group +
                                 "\" would share the file name " + stem + ".xlsx; rename one");
        files[stem + ".xlsx"] = xlsx_sheet(s, group, language);
        files[stem + ".csv"] = csv(sheet_rows(s, group, language));
        files[stem + ".html"] = html_form(s, group, language);
    }
    return files;
}

}  // namespace finmech::host
