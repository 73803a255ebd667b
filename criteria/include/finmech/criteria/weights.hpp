#pragma once

#include <Eigen/Core>

#include <span>
#include <string>
#include <vector>

namespace finmech::criteria {

// Criterion weights that sum to 1, with what was done to get there in plain words.
struct Weights {
    Eigen::VectorXd values;
    std::vector<std::string> notes;
};

// Direct weights: finite, >= 0, not all 0. Divided by their sum; a note says so when that sum was
// not 1. Errors point at "/criteria/j/weight".
Weights direct_weights(std::span<const double> raw);

// Rank-order centroid (Barron & Barrett 1996): the criterion in position k of n gets
// (1/n) * sum_{i=k..n} 1/i. `ranks` gives each criterion's importance, 1 = most important; tied
// criteria share the mean of the centroid weights of the positions they occupy.
Weights rank_order_centroid(std::span<const int> ranks);

// Swing weighting: each criterion's swing from worst to best is given points in [0, 100], 100 for
// the swing valued most; weights are points / sum(points).
Weights swing_weights(std::span<const double> points);

}  // namespace finmech::criteria
