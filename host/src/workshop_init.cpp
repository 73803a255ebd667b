#include "finmech/host/workshop_init.hpp"

#include <cctype>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include <xlsxwriter.h>

#include <finmech/criteria/scale.hpp>
#include <finmech/reports/catalogue.hpp>
#include <finmech/reports/csv_tables.hpp>
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

std::string csv(const std::vector<std::vector<std::string>>& rows) {
    std::string out = "\xEF\xBB\xBF";  // BOM: spreadsheets then read the file as UTF-8
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i)
            out += (i ? "," : "") + reports::csv_field(row[i], ',');
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

// The cell formats of both sheets, added once per workbook (in this order: same bytes).
struct SheetFormats {
    lxw_format *heading, *label, *fixed, *ids, *input, *comment, *wrapped;

    explicit SheetFormats(lxw_workbook* wb) {
        heading = workbook_add_format(wb);
        format_set_bold(heading);
        format_set_font_size(heading, 14);
        label = workbook_add_format(wb);
        format_set_bold(label);
        format_set_bg_color(label, 0xE6E6E6);
        format_set_text_wrap(label);
        format_set_border(label, LXW_BORDER_THIN);
        format_set_align(label, LXW_ALIGN_VERTICAL_TOP);
        fixed = workbook_add_format(wb);  // protected, locked by default
        format_set_bg_color(fixed, 0xF2F2F2);
        format_set_text_wrap(fixed);
        format_set_border(fixed, LXW_BORDER_THIN);
        format_set_align(fixed, LXW_ALIGN_VERTICAL_TOP);
        ids = workbook_add_format(wb);
        format_set_font_color(ids, 0x808080);
        format_set_font_size(ids, 8);
        input = workbook_add_format(wb);
        format_set_unlocked(input);
        format_set_bg_color(input, 0xFFF2CC);
        format_set_border(input, LXW_BORDER_THIN);
        format_set_align(input, LXW_ALIGN_CENTER);
        comment = workbook_add_format(wb);
        format_set_unlocked(comment);
        format_set_bg_color(comment, 0xFFF2CC);
        format_set_border(comment, LXW_BORDER_THIN);
        format_set_text_wrap(comment);
        wrapped = workbook_add_format(wb);
        format_set_text_wrap(wrapped);
        format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);
        format_set_font_size(wrapped, 9);
    }
};

// Restricts the input cells between (first_row, first_column) and (last_row, last_column) to
// the listed values, with the catalogue's texts `prefix` + "_title", "_prompt", "_error_title"
// and "_error".
void restrict_to_list(lxw_worksheet* ws, lxw_row_t first_row, lxw_col_t first_column,
                      lxw_row_t last_row, lxw_col_t last_column, const char** allowed,
                      std::string_view prefix, Language language) {
    const std::string prompt_title = text(std::string(prefix) + "_title", language);
    const std::string prompt = text(std::string(prefix) + "_prompt", language);
    const std::string error_title = text(std::string(prefix) + "_error_title", language);
    const std::string error = text(std::string(prefix) + "_error", language);
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST;
    validation.value_list = const_cast<char**>(allowed);
    validation.input_title = const_cast<char*>(prompt_title.c_str());
    validation.input_message = const_cast<char*>(prompt.c_str());
    validation.error_title = const_cast<char*>(error_title.c_str());
    validation.error_message = const_cast<char*>(error.c_str());
    worksheet_data_validation_range(ws, first_row, first_column, last_row, last_column, &validation);
}

void protect(lxw_worksheet* ws) {
    lxw_protection protection{};
    protection.format_columns = 1;  // groups may widen columns and rows to read
    protection.format_rows = 1;
    worksheet_protect(ws, nullptr, &protection);
}

void add_pairwise_sheet(lxw_workbook* wb, const SheetFormats& f, const WorkshopSession& s,
                        const std::string& group, Language language) {
    const auto rows = pairwise_rows(s, group, language);
    const std::string name = text("workshop.pairwise_sheet_name", language);
    lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
    const auto n = static_cast<int>(s.weighed.size());
    const int first = layout::first_mechanism_row - 1, last = first + n - 1;
    worksheet_set_column(ws, 0, 0, 42, nullptr);
    worksheet_set_column(ws, 1, static_cast<lxw_col_t>(n), 16, nullptr);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const int at = static_cast<int>(r);
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            lxw_format* format = at == layout::title_row - 1                    ? f.heading
                                 : at < layout::instructions_row - 1 && col == 0 ? f.label
                                 : at == layout::header_row - 1                 ? f.label
                                 : at == layout::id_row - 1                     ? f.ids
                                 : at > last + 1                                ? f.wrapped
                                                                                : f.fixed;
            // The upper triangle is the groups' input; the diagonal and lower triangle stay locked.
            const int i = at - first, j = static_cast<int>(c) - 1;
            if (at >= first && at <= last && c > 0 && j > i) format = f.input;
            if (rows[r][c].empty()) worksheet_write_blank(ws, static_cast<lxw_row_t>(at), col, format);
            else worksheet_write_string(ws, static_cast<lxw_row_t>(at), col, rows[r][c].c_str(), format);
        }
    }
    worksheet_set_row(ws, layout::instructions_row - 1, 45, nullptr);
    worksheet_merge_range(ws, layout::instructions_row - 1, 0, layout::instructions_row - 1,
                          static_cast<lxw_col_t>(n), text("workshop.pairwise_instructions", language).c_str(),
                          f.wrapped);
    static const char* saaty[] = {"9", "8", "7", "6", "5", "4", "3", "2", "1", "1/2", "1/3",
                                  "1/4", "1/5", "1/6", "1/7", "1/8", "1/9", nullptr};
    for (int i = 0; i + 1 < n; ++i)
        restrict_to_list(ws, static_cast<lxw_row_t>(first + i), static_cast<lxw_col_t>(i + 2),
                         static_cast<lxw_row_t>(first + i), static_cast<lxw_col_t>(n), saaty,
                         "workshop.pairwise_validation", language);
    worksheet_freeze_panes(ws, static_cast<lxw_row_t>(first), 1);
    protect(ws);
}

std::string xlsx_sheet(const WorkshopSession& s, const std::string& group, Language language,
                       bool pairwise) {
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

    const SheetFormats f(wb);
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
            if (at == layout::title_row - 1) format = f.heading;
            else if (at == layout::id_row - 1) format = f.ids;
            else if (at == layout::header_row - 1 || (col == 0 && at < layout::instructions_row - 1))
                format = f.label;
            else if (at >= first_mechanism && at <= last_mechanism)
                format = col == 0 ? f.fixed : col == comment_column ? f.comment : f.input;
            else if (at > last_mechanism + 1) format = at == scale_title_row(s) ? f.label : f.wrapped;
            else if (col > 0 && at < layout::instructions_row - 1) format = f.fixed;
            if (rows[r][c].empty())
                worksheet_write_blank(ws, row, col, format);
            else
                worksheet_write_string(ws, row, col, rows[r][c].c_str(), format);
        }
    }
    worksheet_set_row(ws, layout::instructions_row - 1, 45, nullptr);
    worksheet_merge_range(ws, layout::instructions_row - 1, 0, layout::instructions_row - 1,
                          comment_column, text("workshop.instructions", language).c_str(), f.wrapped);

    // The scale's numbers, lowest first, then its symbols, best first: "1" ... "5", "++" ... "--".
    std::vector<std::string> scale;
    for (int score = criteria::lowest_score; score <= criteria::highest_score; ++score)
        scale.push_back(std::to_string(score));
    for (int score = criteria::highest_score; score >= criteria::lowest_score; --score)
        scale.emplace_back(criteria::symbol_of_score(score));
    std::vector<const char*> allowed;
    for (const auto& value : scale) allowed.push_back(value.c_str());
    allowed.push_back(nullptr);
    restrict_to_list(ws, static_cast<lxw_row_t>(first_mechanism), 1,
                     static_cast<lxw_row_t>(last_mechanism), criteria_count, allowed.data(),
                     "workshop.validation", language);
    worksheet_freeze_panes(ws, static_cast<lxw_row_t>(first_mechanism), 1);
    protect(ws);
    if (pairwise) add_pairwise_sheet(wb, f, s, group, language);
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

std::vector<std::vector<std::string>> pairwise_rows(const WorkshopSession& s, const std::string& group,
                                                    Language language) {
    auto rows = sheet_rows(s, group, language);
    rows.resize(layout::first_mechanism_row - 1);
    rows[layout::title_row - 1] = {text("workshop.pairwise_title", language)};
    rows[layout::instructions_row - 1] = {text("workshop.pairwise_instructions", language)};
    std::vector<std::string> header{text("workshop.criterion", language)};
    std::vector<std::string> id_row{std::string(layout::pairwise_marker)};
    for (const auto& c : s.weighed) {
        header.push_back(pick(c.name, language));
        id_row.push_back(c.id);
    }
    rows[layout::header_row - 1] = header;
    rows[layout::id_row - 1] = id_row;
    for (std::size_t i = 0; i < s.weighed.size(); ++i) {
        rows.emplace_back(s.weighed.size() + 1);
        rows.back()[0] = pick(s.weighed[i].name, language);
        rows.back()[i + 1] = "1";
    }
    rows.emplace_back();
    rows.push_back({text("workshop.pairwise_scale_title", language)});
    for (const char* level : {"1", "3", "5", "7", "9"})
        rows.push_back({level, text(std::string("workshop.pairwise_scale_") + level, language)});
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

std::map<std::string, std::string> workshop_files(const WorkshopSession& s, Language language,
                                                  bool pairwise) {
    std::map<std::string, std::string> files;
    std::map<std::string, std::string> group_of_stem;
    for (const auto& group : s.groups) {
        const std::string stem = sheet_file_stem(group, language);
        const auto [previous, fresh] = group_of_stem.emplace(stem, group);
        if (!fresh)
            throw InputError("command line", "--group-names",
                             "groups \"" + previous->second + "\" and \"" + group +
                                 "\" would share the file name " + stem + ".xlsx; rename one");
        files[stem + ".xlsx"] = xlsx_sheet(s, group, language, pairwise);
        if (pairwise) files[stem + "-pairwise.csv"] = csv(pairwise_rows(s, group, language));
        files[stem + ".csv"] = csv(sheet_rows(s, group, language));
        files[stem + ".html"] = html_form(s, group, language);
    }
    return files;
}

}  // namespace finmech::host
