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

// The 1-5 score of one mechanism on one criterion, and where it comes from.
struct CriterionScore {
    bool modelled = false;     // from an indicator through the criterion's rule, else judged
    std::string source;        // modelled: the indicator's key; judged: who judged
    std::vector<double> draws; // the score in each Monte Carlo draw (one value when judged)
    double mean = 0;           // the score the central ranking uses
    double indicator_mean = 0; // modelled: the indicator's mean over the draws
    std::string note;          // judged: the group's reasons, as written
};

struct Appraisal {
    std::vector<criteria::Criterion> criteria;
    // Default criteria not used because some mechanism could be neither modelled nor judged on
    // them: id and reason. Empty when the scenario lists its criteria.
    std::vector<std::pair<std::string, std::string>> left_out;
    std::vector<std::string> alternatives;            // the mechanisms' labels
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
// one, otherwise modelled: the criterion's rule applied to the mechanism's indicator in each draw.
// Ranks the mean scores, runs SMAA-2 over the weights and the draws, and finds each weight's
// stability interval. InputError (scenario file, JSON pointer) for a bad decision block, a bad
// judged score, or a listed criterion a mechanism can be neither modelled nor judged on.
Appraisal appraise(const Scenario& scenario, const Evaluation& evaluation, std::uint64_t seed);

// The "ranking" block of the results (docs/decision.md).
nlohmann::json to_json(const Appraisal& appraisal);

}  // namespace finmech::host
