#pragma once

#include "finmech/criteria/scorer.hpp"

#include <Eigen/Core>

#include <vector>

namespace finmech::criteria {

struct StabilityInterval {
    double low = 0.0;
    double high = 1.0;
};

// For each criterion j: the interval of its weight t, the other weights rescaled to keep their
// proportions and sum to 1 - t, over which the alternative ranked first under w stays ranked first
// (a tie for first counts as first). When several share rank 1 under w, the first of them in input
// order is followed. When w_j = 1 the other criteria share 1 - t equally.
// Exact for the weighted sum, where scores are linear in t. For the other methods the connected
// interval around w_j is scanned in 200 steps each way and its ends refined by bisection to 1e-10.
// `scorer` must hold a matrix (set_matrix); w must sum to 1.
std::vector<StabilityInterval> weight_stability(Scorer& scorer, const Eigen::VectorXd& w);

}  // namespace finmech::criteria
