// finmech reports: report.md — the comparison report as Markdown, with every table.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "finmech/reports/language.hpp"

namespace finmech::reports {

// The report of `results` (results.json) in `language`: provenance, then each table of
// report_tables() with its note. Keys beyond the ranking are optional.
std::string render_markdown_report(const nlohmann::json& results, Language language);

}  // namespace finmech::reports
