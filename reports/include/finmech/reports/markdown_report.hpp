// finmech reports: report.md — the comparison report as Markdown, with every table.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "finmech/reports/language.hpp"
#include "finmech/reports/tables.hpp"

namespace finmech::reports {

// The report of `results` (results.json) in `language`: provenance, then each of `tables`
// (report_tables(results, language)) with its note. Keys beyond the ranking are optional.
std::string render_markdown_report(const nlohmann::json& results, const std::vector<Table>& tables,
                                   Language language);

}  // namespace finmech::reports
