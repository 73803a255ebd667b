#include "finmech/reports/xlsx_report.hpp"

#include <xlsxwriter.h>

#include <stdexcept>

#include "finmech/reports/temporary_file.hpp"

namespace finmech::reports {

namespace {

void check(lxw_error error, const char* what) {
    if (error != LXW_NO_ERROR)
        throw std::runtime_error(std::string("writing report.xlsx: ") + what + ": " +
                                 lxw_strerror(error));
}

// "0.00" for 2 places; "0" for none.
std::string number_format(int decimals) {
    return decimals > 0 ? "0." + std::string(static_cast<std::size_t>(decimals), '0') : "0";
}

void write_sheet(lxw_workbook* workbook, const Table& table, lxw_format* bold) {
    // Sheet names: at most 31 characters, unique; the table ids are.
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, table.id.c_str());
    if (!sheet) throw std::runtime_error("writing report.xlsx: cannot add sheet " + table.id);
    check(worksheet_write_string(sheet, 0, 0, table.title.c_str(), bold), "title");
    constexpr lxw_row_t header_row = 2;
    std::vector<lxw_format*> formats;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        check(worksheet_write_string(sheet, header_row, column,
                                     header_with_unit(table.columns[c]).c_str(), bold),
              "header");
        const int decimals = table.columns[c].decimals.value_or(table.decimals);
        lxw_format* format = workbook_add_format(workbook);
        // A column of mixed magnitudes keeps Excel's general format.
        if (decimals != significant_decimals)
            format_set_num_format(format, number_format(decimals).c_str());
        formats.push_back(format);
        worksheet_set_column(sheet, column, column, c == 0 ? 40 : 18, nullptr);
    }
    lxw_row_t row_index = header_row + 1;
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
            const auto column = static_cast<lxw_col_t>(c);
            if (const auto* value = std::get_if<double>(&row[c]))
                check(worksheet_write_number(sheet, row_index, column, *value, formats[c]),
                      "number");
            else if (const auto* text = std::get_if<std::string>(&row[c]))
                check(worksheet_write_string(sheet, row_index, column, text->c_str(), nullptr),
                      "text");
        }
        ++row_index;
    }
    if (!table.note.empty())
        check(worksheet_write_string(sheet, row_index + 1, 0, table.note.c_str(), nullptr),
              "note");
    worksheet_freeze_panes(sheet, header_row + 1, 1);
}

}  // namespace

std::string render_xlsx_report(const std::vector<Table>& tables, std::time_t created) {
    const TemporaryFile file("finmech-report");
    lxw_workbook* workbook = workbook_new(file.path().c_str());
    if (!workbook) throw std::runtime_error("writing report.xlsx: cannot create the workbook");
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>("finmech");
    properties.created = created;
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    try {
        check(workbook_set_properties(workbook, &properties), "properties");
        for (const auto& table : tables) write_sheet(workbook, table, bold);
    } catch (...) {
        workbook_close(workbook);
        throw;
    }
    check(workbook_close(workbook), "closing");
    return file.contents();
}

}  // namespace finmech::reports
