// finmech host: `finmech evaluate SCENARIO --judged merged.json` — the merged workshop scores
// as the scenario's judged scores.
#pragma once

#include <string>

#include <finmech/reports/language.hpp>
#include <nlohmann/json.hpp>

#include "scenario.hpp"

namespace finmech::host {

// Sets, for every (mechanism, criterion) the groups scored in `merged` (the output of
// merge_workshop_sheets), the mechanism's judged score to the mean of the groups' scores, "by"
// the session and the groups that scored it, with a note of their number and range. Replaces
// judged scores the scenario gave for the same cells. When the scenario's decision block lists
// its criteria, the workshop's criteria are added to the list. When `merged` has "weights" (the
// groups' pairwise sheets), the AIJ weights become the decision's weights, with a
// "weights_note" the ranking's weight_notes carry, and the criteria they weigh become its list
// when it has none: the ranking then uses every criterion weighed, and a mechanism no group
// scored on one (--allow-missing=skip) is reported rather than the criterion left out.
// InputError naming `file` and a JSON pointer when `merged` is not a merge result, or comes from
// another scenario: its session id must be the one this scenario, its criteria, mechanisms and
// groups give.
void apply_judged_scores(Scenario& scenario, const nlohmann::json& merged, const std::string& file,
                         reports::Language language);

}  // namespace finmech::host
