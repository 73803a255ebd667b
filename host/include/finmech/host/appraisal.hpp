// finmech host: ranking a scenario's mechanisms on the criteria, with the robustness of each rank.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <Eigen/Core>
#include <finmech/criteria/criteria_set.hpp>
#include <finmech/criteria/scorer.hpp>
#include <finmech/criteria/smaa.hpp>
#include <finmech/criteria/weight_stability.hpp>
#include <finmech/criteria/weights.hpp>
#include <nlohmann/json.hpp>

#include "evaluation.hpp"
#include "scenario.hpp"

namespace finmech::host {

// Where a score comes from, in the order one replaces another.
enum class Provenance {
    modelled,  // from an indicator of the model through the criterion's rule
    prior,     // from the study team's stakeholder table, through the criterion's rule
    judged,    // by a workshop or a named judge, in the scenario
};

NLOHMANN_JSON_SERIALIZE_ENUM(Provenance, {{Provenance::modelled, "modelled"},
                                         {Provenance::prior, "prior"},
                                         {Provenance::judged, "judged"}})

// The 1-5 score of one mechanism on one criterion, and where it comes from.
struct CriterionScore {
    Provenance provenance = Provenance::modelled;
    std::string source;        // modelled: the indicator's key; prior and judged: who
    std::string location;      // prior: the JSON pointer of the stakeholder table
    std::vector<double> draws; // the score in each Monte Carlo draw (one value otherwise)
    double mean = 0;           // the score the central ranking uses
    double indicator_mean = 0; // modelled and prior: the indicator's value (mean over draws)
    std::string note;          // judged: the group's reasons; prior: the table's evidence
};

struct Appraisal {
    std::vector<criteria::Criterion> criteria;
    // Default criteria not used, with the reason: not among those the scenario lists, or (when
    // it lists none) some mechanism could be neither modelled nor judged on them.
    std::vector<std::pair<std::string, std::string>> left_out;
    std::vector<std::string> alternatives;            // the mechanisms' labels
    // The scenario entry each is an option of: variants of one source share it and exclude
    // each other.
    std::vector<std::string> sources;
    std::vector<char> admissible;  // no binding rule broken, or the scenario waives it
    std::vector<std::vector<CriterionScore>> scores;  // [alternative][criterion]
    criteria::MethodSpec method;
    criteria::Weights weights;
    Eigen::VectorXd result;  // the method's score of each alternative on the mean scores
    std::vector<int> ranks;  // 1 = best, ties share the best rank
    criteria::SmaaResult smaa;
    std::vector<criteria::StabilityInterval> weight_stability;
};

// The criteria of criteria/defaults/, compiled into the program.
std::vector<criteria::Criterion> default_criteria();

// The criteria the scenario's decision block lists, by id among `defaults` or as whole criterion
// objects, in its order; nullopt when it lists none. InputError (scenario file, JSON pointer)
// for a list that is not a non-empty array, an unknown id, a faulty object or a repeated id.
std::optional<std::vector<criteria::Criterion>> listed_criteria(
    const Scenario& scenario, const std::vector<criteria::Criterion>& defaults);

// The draws of the indicator `criterion` scores `result` from; null when the criterion has no
// rule or the mechanism does not report that indicator (it must then be judged).
const std::vector<double>* modelled_draws(const MechanismResult& result,
                                          const criteria::Criterion& criterion);

// Scores each mechanism of `evaluation` on the scenario's criteria: those its "decision" block
// lists, or else the default criteria every mechanism can be scored on, with equal weights and
// the weighted sum unless the block says otherwise. A score is judged where the scenario gives
// one; else a prior where the criterion scores the net support index and the entry has a
// stakeholder table (criteria/stakeholders.hpp); else modelled: the criterion's rule applied to
// the mechanism's indicator in each draw.
// Ranks the mean scores, runs SMAA-2 over the weights and the draws, and finds each weight's
// stability interval. InputError (scenario file, JSON pointer) for a bad decision block, a bad
// judged score, or a listed criterion a mechanism can be neither modelled nor judged on.
Appraisal appraise(const Scenario& scenario, const Evaluation& evaluation, std::uint64_t seed);

// The "ranking" block of the results (docs/decision.md).
nlohmann::json to_json(const Appraisal& appraisal);

}  // namespace finmech::host
