#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/weights.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace finmech::criteria {
namespace {

void expect_weights(const Eigen::VectorXd& w, std::vector<double> expected, double tol = 1e-12) {
    ASSERT_EQ(w.size(), static_cast<Eigen::Index>(expected.size()));
    for (std::size_t j = 0; j < expected.size(); ++j) EXPECT_NEAR(w[static_cast<Eigen::Index>(j)], expected[j], tol);
}

TEST(Weights, DirectWeightsAreDividedByTheirSumWithANote) {
    const Weights w = direct_weights(std::vector{2.0, 1.0, 1.0});
    expect_weights(w.values, {0.5, 0.25, 0.25});
    ASSERT_EQ(w.notes.size(), 1U);
    EXPECT_NE(w.notes[0].find("summed to 4"), std::string::npos);
    EXPECT_TRUE(direct_weights(std::vector{0.25, 0.75}).notes.empty());
}

TEST(Weights, DirectWeightsRejectNegativeOrAllZero) {
    try {
        direct_weights(std::vector{0.5, -0.1});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/criteria/1/weight");
    }
    EXPECT_THROW(direct_weights(std::vector{0.0, 0.0}), InputError);
    EXPECT_THROW(direct_weights(std::vector<double>{}), InputError);
}

// Barron & Barrett (1996): n = 3 gives 11/18, 5/18, 2/18; n = 4 gives 0.5208, 0.2708, 0.1458, 0.0625.
TEST(Weights, RankOrderCentroidMatchesBarronAndBarrett) {
    expect_weights(rank_order_centroid(std::vector{2, 1, 3}).values, {5.0 / 18, 11.0 / 18, 2.0 / 18});
    expect_weights(rank_order_centroid(std::vector{1, 2, 3, 4}).values, {0.5208, 0.2708, 0.1458, 0.0625}, 5e-5);
}

TEST(Weights, TiedRanksShareTheirPositionsCentroids) {
    expect_weights(rank_order_centroid(std::vector{1, 1, 3}).values, {8.0 / 18, 8.0 / 18, 2.0 / 18});
    EXPECT_THROW(rank_order_centroid(std::vector{0, 1}), InputError);
}

TEST(Weights, SwingPointsAreDividedByTheirSum) {
    expect_weights(swing_weights(std::vector{100.0, 50.0, 50.0}).values, {0.5, 0.25, 0.25});
    EXPECT_THROW(swing_weights(std::vector{100.0, 150.0}), InputError);
}

}  // namespace
}  // namespace finmech::criteria
