// finmech reports, internal: the charts of results.json as HTML <figure>s with their captions,
// in the reader's language. Each returns "" when the results lack its data.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "finmech/reports/language.hpp"

namespace finmech::reports::figures {

// Net yield of the middle year, P50 with P5–P95, mechanisms in rank order.
std::string ranking(const nlohmann::json& results, Language language);
// One fan chart per mechanism (rank order), in a grid.
std::string fans(const nlohmann::json& results, Language language);
// One radar per mechanism (rank order) on the criteria scores, in a grid.
std::string radars(const nlohmann::json& results, Language language);
// One radar per mechanism of results["workshop"], a polygon per group on the workshop's
// criteria (at least three), in a grid.
std::string group_radars(const nlohmann::json& results, Language language);
// SMAA rank acceptabilities, rank order.
std::string acceptability(const nlohmann::json& results, Language language);
// Weight stability intervals of the criteria.
std::string weight_stability(const nlohmann::json& results, Language language);
// The packages' frontiers: mean net yield of the middle year against the value, and against the
// vertical-equity score, with the best and the named packages.
std::string package_frontiers(const nlohmann::json& results, Language language);
// Tornado of results["sensitivity"].
std::string tornado(const nlohmann::json& results, Language language);

}  // namespace finmech::reports::figures
