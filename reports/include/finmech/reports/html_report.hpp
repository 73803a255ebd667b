// finmech reports: the comparison report as one self-contained HTML page.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "finmech/reports/language.hpp"
#include "finmech/reports/tables.hpp"

namespace finmech::reports {

// report.html for `results` (the results.json document) and its `tables`
// (report_tables(results, language)): summary, ranking, yields, criteria, sensitivity, scores
// with their provenance, assumptions and sources, provenance. One file with inline CSS and inline
// SVG charts: no script, no external font, image or link; print-ready on A4. Every text comes
// from the message catalogue in `language`; every key of the results beyond the evaluation and
// the ranking is optional and shows as "not available" when missing. Same results, same bytes.
std::string render_html_report(const nlohmann::json& results, const std::vector<Table>& tables,
                               Language language);

}  // namespace finmech::reports
