#include "finmech/criteria/ranking.hpp"

namespace finmech::criteria {

void competition_ranks(const Eigen::Ref<const Eigen::VectorXd>& scores, Better better,
                       std::span<int> ranks) {
    const Eigen::Index m = scores.size();
    for (Eigen::Index i = 0; i < m; ++i) {
        int ahead = 0;
        for (Eigen::Index k = 0; k < m; ++k) {
            ahead += better == Better::higher ? scores[k] > scores[i] : scores[k] < scores[i];
        }
        ranks[static_cast<std::size_t>(i)] = ahead + 1;
    }
}

std::vector<int> competition_ranks(const Eigen::Ref<const Eigen::VectorXd>& scores, Better better) {
    std::vector<int> ranks(static_cast<std::size_t>(scores.size()));
    competition_ranks(scores, better, ranks);
    return ranks;
}

}  // namespace finmech::criteria
