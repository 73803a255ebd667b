// finmech reports: tables.csv — the report's tables as CSV, in two dialects.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "finmech/reports/tables.hpp"

namespace finmech::reports {

enum class CsvDialect {
    standard,      // RFC 4180: ',' between fields, '.' decimal point, UTF-8, CRLF
    french_excel,  // what French Excel opens by double-click: ';', decimal comma, UTF-8 BOM, CRLF
};

// `text` as one CSV field (RFC 4180): as it is, or quoted with its quotes doubled when it holds
// `separator`, a quote or a line break.
std::string csv_field(std::string_view text, char separator);

// Every table as a block: its title, its header row (units in brackets), its rows, an empty
// record. Every record has as many fields as the widest table, so the file is rectangular.
// Numbers keep 15 significant digits with no thousands separator; text is quoted when needed.
std::string render_csv_tables(const std::vector<Table>& tables, CsvDialect dialect);

}  // namespace finmech::reports
