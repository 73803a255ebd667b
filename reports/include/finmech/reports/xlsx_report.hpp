// finmech reports: report.xlsx — one sheet per table (libxlsxwriter).
#pragma once

#include <ctime>
#include <string>
#include <vector>

#include "finmech/reports/tables.hpp"

namespace finmech::reports {

// The workbook's bytes: one sheet per table, named after its id, with the title in A1, the
// header row (units in brackets) in row 3, numbers stored as numbers in the table's places, and
// the note under the rows. `created` (UTC) is the workbook's creation date; fixing it fixes the
// bytes. Throws std::runtime_error when libxlsxwriter fails.
std::string render_xlsx_report(const std::vector<Table>& tables, std::time_t created);

}  // namespace finmech::reports
