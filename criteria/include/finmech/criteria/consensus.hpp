#pragma once

#include <Eigen/Core>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <vector>

#include "finmech/criteria/concordance.hpp"
#include "finmech/criteria/criteria_set.hpp"

// How far workshop groups agree: summaries of the groups' 1-5 scores of each (mechanism,
// criterion) cell, and Kendall's W across groups. A missing score is NaN and is left out.
namespace finmech::criteria {

// Spread (max - min) from which a cell is flagged for the plenary: 2 points on the 1-5 scale.
inline constexpr double disagreement_spread = 2.0;

struct ScoreSummary {
    std::size_t n = 0;  // scores present
    double mean = 0, median = 0, min = 0, max = 0;
    // Q3 - Q1, quartiles by linear interpolation between order statistics (Hyndman & Fan type
    // 7, the default of R and NumPy): Q(p) = x[k] + (h - k)(x[k+1] - x[k]), h = (n - 1) p,
    // k = floor(h), on the sorted scores x[0..n-1]. The median is Q(0.5).
    double iqr = 0;
    bool disagreement = false;  // max - min >= disagreement_spread
};

// nullopt when every score is missing.
std::optional<ScoreSummary> summarize_scores(std::span<const double> scores);

// Why Kendall's W could not be computed.
enum class ConcordanceGap { none, too_few_groups, too_few_mechanisms, all_tied };

struct GroupConcordance {
    std::optional<KendallW> w;  // set when gap == none
    ConcordanceGap gap = ConcordanceGap::none;
    std::size_t groups = 0;      // groups counted: those with every score of the table
    std::size_t mechanisms = 0;
};

// The message for a gap, in both languages; empty for ConcordanceGap::none.
LocalizedText describe(ConcordanceGap gap);

// Kendall's W (with the tie correction) of `scores`, one row per mechanism and one column per
// group, higher is better, ranked per group into average ranks. A group with a missing (NaN)
// score is left out. Fewer than 2 groups or 2 mechanisms, or groups that all tie every
// mechanism, give a gap instead of W.
GroupConcordance group_concordance(const Eigen::MatrixXd& scores);

struct Consensus {
    std::vector<std::vector<std::optional<ScoreSummary>>> cells;  // [mechanism][criterion]
    std::vector<GroupConcordance> per_criterion;
    // On each group's mean score of each mechanism over the criteria.
    GroupConcordance overall;
};

// `scores[c]` is criterion c's table: one row per mechanism, one column per group (NaN missing);
// every table has the same shape. The overall concordance ranks the mean over the criteria,
// so a group with any missing score is left out of it.
Consensus consensus(const std::vector<Eigen::MatrixXd>& scores);

// {"n", "mean", "median", "min", "max", "iqr", "disagreement"}.
nlohmann::json to_json(const ScoreSummary& summary);
// {"groups", "mechanisms", "W", "W_corrected", "S", "chi2", "df", "p_value"} or, for a gap,
// {"groups", "mechanisms", "unavailable": {"fr", "en"}}.
nlohmann::json to_json(const GroupConcordance& concordance);

}  // namespace finmech::criteria
