// finmech reports, internal: what the HTML report and the brief share — texts, numbers for
// charts, and HTML pieces.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "finmech/reports/charts.hpp"
#include "finmech/reports/language.hpp"
#include "finmech/reports/tables.hpp"

namespace finmech::reports::html {

// --- texts -------------------------------------------------------------------------------------

// message(key, language) as a string.
std::string text(std::string_view key, Language language);
// "Produced by finmech 0.1.0 on 2026-01-31" from the provenance, or "" when it has no date.
std::string produced_by(const nlohmann::json& results, Language language);
// A number to three significant figures, three places at most, no trailing zeros ("2,5", "10",
// "0,025"): chart ticks and labels.
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
