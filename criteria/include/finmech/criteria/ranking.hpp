#pragma once

#include <Eigen/Core>

#include <span>
#include <vector>

namespace finmech::criteria {

// Which end of a score is the good one: VIKOR's Q is better when lower, the others when higher.
enum class Better { higher, lower };

// Competition ranks ("1224"): rank 1 = best, tied scores share the lowest rank and the next rank
// skips accordingly. Writes one rank per score into `ranks`, allocating nothing.
void competition_ranks(const Eigen::Ref<const Eigen::VectorXd>& scores, Better better,
                       std::span<int> ranks);

std::vector<int> competition_ranks(const Eigen::Ref<const Eigen::VectorXd>& scores, Better better);

}  // namespace finmech::criteria
