// finmech reports, internal: what the HTML report and the brief share — reading results.json
// leniently (every key beyond the evaluation is optional), numbers for charts, and HTML pieces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "finmech/reports/charts.hpp"
#include "finmech/reports/language.hpp"
#include "finmech/reports/tables.hpp"
#include "results_json.hpp"

namespace finmech::reports::html {

using nlohmann::json;
using reports::localized;
using reports::member;
using reports::string_at;

// --- reading results ---------------------------------------------------------------------------

// series[statistic][index] when it is a number, else NaN.
double yearly(const json& series, std::string_view statistic, std::size_t index);

// ranking.results in rank order (ties keep the input order).
std::vector<const json*> ranked(const json& results);
// The mechanism whose label is `label`, or nullptr.
const json* mechanism(const json& results, std::string_view label);
// The index in "years" of the horizon's middle year (the year the tables report).
std::size_t middle_year_index(const json& results);
// The middle year itself, or 0 when there are no years.
int middle_year(const json& results);
// The "context" entry with this key, or nullptr.
const json* context_entry(const json& results, std::string_view key);
// "Produced by finmech 0.1.0 on 2026-01-31" from the provenance, or "" when it has no date.
std::string produced_by(const json& results, Language language);
// The currency of the results ("FCFA" when absent).
std::string currency(const json& results);

// --- numbers -----------------------------------------------------------------------------------

// `value` with three significant figures at most, in the language's typography.
std::string significant(double value, Language language);
// significant() with trailing zeros dropped ("2,5", "10", "0,025"): chart ticks and labels.
std::string compact(double value, Language language);
charts::Format compact_format(Language language);
// A share in [0, 1] as a whole percent ("61 %").
std::string share_percent(double share, Language language);
// "A, B et C" / "A, B and C".
std::string join_list(const std::vector<std::string>& items, Language language);

// --- HTML --------------------------------------------------------------------------------------

// `text` escaped for HTML text and attributes.
std::string escape(std::string_view text);
// <p>text</p>, escaped.
std::string paragraph(std::string_view text, std::string_view css_class = {});
// A <table> with caption, header (units under the headers), right-aligned numbers in the
// language's typography, and the note under it. With `group_by_first_column`, the first column
// becomes a heading row over each run of rows that share it (a compact annex).
std::string table(const Table& table, Language language, bool group_by_first_column = false);
// A <figure> holding `svg` with `caption` under it.
std::string figure(std::string_view svg, std::string_view caption, std::string_view css_class = {});
// The whole page: doctype, <html lang>, UTF-8, <title>, the shared print-ready A4 style plus
// `extra_css`, and `body`. No script, no external resource.
std::string page(Language language, std::string_view title, std::string_view extra_css,
                 std::string_view body);

}  // namespace finmech::reports::html
