// finmech reports: the report's tables, built once from results.json and rendered alike by the
// Markdown, CSV, XLSX and HTML writers.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "finmech/reports/language.hpp"

namespace finmech::reports {

// Column::decimals for a column whose numbers differ in magnitude: each shows three significant
// figures, trailing zeros dropped (0.0183, 0.5, 52 460).
inline constexpr int significant_decimals = -1;

struct Column {
    std::string header;  // already translated
    std::string unit;    // already translated; empty when the column has none
    std::optional<int> decimals = std::nullopt;  // places for this column; none: the table's
};

// An empty cell, a number (stays a number in every format), or text.
using Cell = std::variant<std::monostate, double, std::string>;

// `value`, or an empty cell when it is NaN (what the results lack).
Cell number_cell(double value);

struct Table {
    std::string id;  // "yield", "scores", "ranking", "assumptions"
    std::string title;
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    int decimals = 1;  // how many places a renderer shows for the numbers
    std::string note;  // shown under the table; empty when none
};

// The tables of the report, in their reading order: "yield" (per mechanism, in the middle year
// of the horizon), "failures" (the mechanisms whose plugin failed, when there are some), "scores" (per mechanism and criterion, modelled or judged and by whom),
// "ranking" (rank, score, P(first), weights) and "assumptions" (figures and parameters with
// their source and evidence). Every key beyond the ranking is optional: a table whose data is
// missing has no rows and a note saying it is not available. With "workshop" (evaluate
// --judged), two more: "disagreements" (the flagged cells, each group's score) and "concordance"
// (Kendall's W overall and per criterion, the note reading the overall W).
std::vector<Table> report_tables(const nlohmann::json& results, Language language);

// The "assumptions" table of report_tables() for some entries only: `figures` from the results'
// "context" (those without a single "value", the derived series, are left out), then
// `parameters` from its "assumptions", in the order given.
Table assumptions_table(const std::vector<const nlohmann::json*>& figures,
                        const std::vector<const nlohmann::json*>& parameters, Language language);

// A column's header with its unit: "Net revenue (bn FCFA)", or the header alone.
std::string header_with_unit(const Column& column);

// A cell of `table`'s column `column` as a reader sees it: a number through format_number() with
// the column's places, text as it is, an empty cell as "".
std::string cell_text(const Table& table, std::size_t column, const Cell& cell,
                      Language language);

}  // namespace finmech::reports
