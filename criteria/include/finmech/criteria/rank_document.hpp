#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

// The `finmech rank FILE [--json]` contract, documented in docs/decision.md.
namespace finmech::criteria {

// Ranks a plain decision matrix:
//   {"alternatives": [names], "criteria": [{"id", "direction", "weight", "preference", "range"}],
//    "matrix": [[number or distribution] per alternative], "weighting": "direct"|"roc"|"swing",
//    "method": {"name", "normalization", "v"}, "smaa": {"draws", "seed", "weights"}}
// and returns {"method", "normalization", "weights", "notes", "results": [{"alternative", "score",
// "rank", ...}], ...} with the per-method and SMAA keys of docs/decision.md. Throws InputError
// whose location() is the JSON pointer of the faulty value.
nlohmann::json rank_document(const nlohmann::json& doc);

// The CSV form: a header row of criterion ids (first cell a label), rows "direction" and "weight",
// then one row per alternative with its name first. Separator "," or ";" (then decimal commas are
// read too), fields may be double-quoted. Returns the JSON document rank_document reads; errors
// locate "line L, column C".
nlohmann::json parse_rank_csv(std::string_view text);

// The table `finmech rank` prints without --json, from rank_document's result.
std::string format_rank_text(const nlohmann::json& result);

}  // namespace finmech::criteria
