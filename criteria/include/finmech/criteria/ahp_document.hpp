#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace finmech::criteria {

// The `finmech ahp FILE` contract (docs/decision.md, "AHP and concordance").
//
// Input: {"criteria": [ids], "matrix": [[...]], "method", "random_index", "alternatives": [...],
// "alternative_matrices": {criterion: [[...]]}, "judges": [matrices], "aggregation"}.
// Entries are numbers, strings such as "1/3", or null for a missing judgement. "judges" replaces
// "matrix" for a group; "alternatives" and "alternative_matrices" go together (a hierarchy).
//
// Output: {"criteria", "method", "random_index", "weights": {criterion: weight}, "lambda_max",
// "ci", "cr", "consistent", "congruence", "dissonance", "koczkodaj", and as they apply
// "completed_matrix", "aggregation", "aggregated_matrix" (aij), "judges": [{"weights",
// "lambda_max", "ci", "cr", "consistent", "completed_matrix"}], "alternatives", "scores":
// {alternative: global priority}, "ranking": {alternative: rank}, "alternative_consistency":
// {criterion: {...}}, "completed_alternative_matrices": {criterion: matrix}}. Bad input throws
// InputError located by JSON pointer.
nlohmann::json ahp_document(const nlohmann::json& doc);

// The same result for a reader: weights, consistency, and the ranking of a hierarchy.
std::string format_ahp_text(const nlohmann::json& result);

}  // namespace finmech::criteria
