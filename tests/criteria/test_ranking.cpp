#include "finmech/criteria/ranking.hpp"

#include <gtest/gtest.h>

namespace finmech::criteria {
namespace {

TEST(Ranking, TiesShareTheLowestRankAndTheNextRankSkips) {
    Eigen::VectorXd scores(4);
    scores << 0.3, 0.5, 0.5, 0.1;
    EXPECT_EQ(competition_ranks(scores, Better::higher), (std::vector{3, 1, 1, 4}));
    EXPECT_EQ(competition_ranks(scores, Better::lower), (std::vector{2, 3, 3, 1}));
}

TEST(Ranking, SpanOverloadWritesInPlace) {
    Eigen::VectorXd scores(3);
    scores << 2.0, 2.0, 2.0;
    std::vector<int> ranks(3, 0);
    competition_ranks(scores, Better::higher, ranks);
    EXPECT_EQ(ranks, (std::vector{1, 1, 1}));
}

}  // namespace
}  // namespace finmech::criteria
