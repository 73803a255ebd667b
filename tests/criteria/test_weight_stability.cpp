#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/weight_stability.hpp"

#include <gtest/gtest.h>

#include <array>

namespace finmech::criteria {
namespace {

constexpr auto B = Direction::benefit;

// Two specialists and a generalist scoring 0.6 on both. With w = (t, 1 - t) the weighted sum
// gives t, 1 - t and 0.6: the first specialist (first at t = 0.7) stays first for t >= 0.6.
Eigen::MatrixXd specialists() {
    Eigen::MatrixXd m(3, 2);
    m << 1.0, 0.0, 0.0, 1.0, 0.6, 0.6;
    return m;
}

Scorer scorer_for(MethodName name) {
    MethodSpec spec;
    spec.name = name;
    spec.normalization = Normalization::none;
    Scorer scorer(spec, {B, B});
    scorer.set_matrix(specialists());
    return scorer;
}

// Expects the intervals of both criteria under w = (0.7, 0.3), as {low0, high0, low1, high1}.
void expect_intervals(MethodName name, const std::array<double, 4>& expected, double tol) {
    Scorer scorer = scorer_for(name);
    const auto intervals = weight_stability(scorer, Eigen::Vector2d(0.7, 0.3));
    ASSERT_EQ(intervals.size(), 2U);
    EXPECT_NEAR(intervals[0].low, expected[0], tol);
    EXPECT_NEAR(intervals[0].high, expected[1], tol);
    EXPECT_NEAR(intervals[1].low, expected[2], tol);
    EXPECT_NEAR(intervals[1].high, expected[3], tol);
}

TEST(WeightStability, ExactForTheWeightedSum) { expect_intervals(MethodName::wsm, {0.6, 1.0, 0.0, 0.4}, 1e-12); }

// PROMETHEE II with usual functions: net flows 2t - 1, 1 - 2t and 0, so the first specialist
// stays first for t >= 0.5; the search must find that boundary.
TEST(WeightStability, BisectionForOtherMethods) {
    expect_intervals(MethodName::promethee2, {0.5, 1.0, 0.0, 0.5}, 1e-9);
}

TEST(WeightStability, WeightsMustSumToOne) {
    Scorer scorer = scorer_for(MethodName::wsm);
    EXPECT_THROW(weight_stability(scorer, Eigen::Vector2d(0.7, 0.7)), InputError);
}

}  // namespace
}  // namespace finmech::criteria
