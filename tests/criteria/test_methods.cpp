#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/methods.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace finmech::criteria {
namespace {

constexpr auto B = Direction::benefit;
constexpr auto C = Direction::cost;

// Two specialists and a generalist on two benefit criteria already on [0, 1].
Eigen::MatrixXd specialists() {
    Eigen::MatrixXd r(3, 2);
    r << 1.0, 0.0, 0.0, 1.0, 0.5, 0.5;
    return r;
}

Eigen::VectorXd weights(double a, double b) { return Eigen::Vector2d(a, b); }

void expect_vector(const Eigen::VectorXd& v, std::vector<double> expected, double tol = 1e-12) {
    ASSERT_EQ(v.size(), static_cast<Eigen::Index>(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_NEAR(v[static_cast<Eigen::Index>(i)], expected[i], tol) << i;
}

TEST(Methods, WeightedSumSubtractsCostColumns) {
    expect_vector(weighted_sum(specialists(), std::vector{B, B}, weights(0.7, 0.3)), {0.7, 0.3, 0.5});
    Eigen::MatrixXd raw(1, 2);
    raw << 2.0, 3.0;
    expect_vector(weighted_sum(raw, std::vector{B, C}, weights(0.5, 0.5)), {-0.5});
}

TEST(Methods, WeightedProductRaisesCostColumnsToMinusTheirWeight) {
    Eigen::MatrixXd raw(1, 2);
    raw << 4.0, 2.0;
    expect_vector(weighted_product(raw, std::vector{B, C}, weights(0.5, 1.0)), {1.0});  // 4^0.5 / 2
    raw(0, 1) = 0.0;
    try {
        weighted_product(raw, std::vector{B, C}, weights(0.5, 1.0));
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/matrix/0/1");
    }
}

// w = (0.75, 0.25): ideal (0.75, 0.25), anti-ideal (0, 0). The generalist is equidistant.
TEST(Methods, TopsisClosenessByHand) {
    const TopsisResult t = topsis(specialists(), std::vector{B, B}, weights(0.75, 0.25));
    expect_vector(t.d_plus, {0.25, 0.75, std::sqrt(0.15625)});
    expect_vector(t.d_minus, {0.75, 0.25, std::sqrt(0.15625)});
    expect_vector(t.closeness, {0.75, 0.25, 0.5});
    expect_vector(t.ideal, {0.75, 0.25});
    expect_vector(t.anti_ideal, {0.0, 0.0});
}

TEST(Methods, TopsisTakesTheMinimumAsIdealForCost) {
    Eigen::MatrixXd r(2, 1);
    r << 1.0, 3.0;
    const TopsisResult t = topsis(r, std::vector{C}, Eigen::VectorXd::Ones(1));
    expect_vector(t.closeness, {1.0, 0.0});
}

TEST(Methods, TopsisGivesOneHalfWhenEveryAlternativeIsAlike) {
    const Eigen::MatrixXd same = Eigen::MatrixXd::Constant(3, 2, 4.0);
    expect_vector(topsis(same, std::vector{B, C}, weights(0.5, 0.5)).closeness, {0.5, 0.5, 0.5});
}

// S is 0.5 for all three, so only R separates them: R = (0.5, 0.5, 0.25), Q = (0.5, 0.5, 0).
// Q(a2) - Q(a1) = 0.5 = DQ exactly: C1 holds; the generalist is best by R: C2 holds.
TEST(Methods, VikorByHandWithAdvantageExactlyAtDQ) {
    const VikorResult v = vikor(specialists(), std::vector{B, B}, weights(0.5, 0.5), 0.5);
    expect_vector(v.s, {0.5, 0.5, 0.5});
    expect_vector(v.r, {0.5, 0.5, 0.25});
    expect_vector(v.q, {0.5, 0.5, 0.0});
    EXPECT_TRUE(v.acceptable_advantage);
    EXPECT_TRUE(v.acceptable_stability);
    EXPECT_EQ(v.compromise_set, (std::vector<std::size_t>{2}));
}

TEST(Methods, VikorCompromiseSetGrowsWhenTheAdvantageIsTooSmall) {
    Eigen::MatrixXd r(3, 1);
    r << 1.0, 0.9, 0.0;  // Q = (0, 0.1, 1), DQ = 0.5
    const VikorResult v = vikor(r, std::vector{B}, Eigen::VectorXd::Ones(1), 0.5);
    EXPECT_FALSE(v.acceptable_advantage);
    EXPECT_EQ(v.compromise_set, (std::vector<std::size_t>{0, 1}));
}

TEST(Methods, VikorDegenerateInputsGiveNumbers) {
    Eigen::MatrixXd r(2, 2);
    r << 1.0, 5.0, 2.0, 5.0;  // second column constant
    const VikorResult v = vikor(r, std::vector{B, B}, weights(0.5, 0.5), 0.5);
    expect_vector(v.q, {1.0, 0.0});
    const VikorResult one = vikor(Eigen::MatrixXd::Ones(1, 2), std::vector{B, B}, weights(0.5, 0.5), 0.5);
    expect_vector(one.q, {0.0});
    EXPECT_EQ(one.compromise_set, (std::vector<std::size_t>{0}));
}

TEST(Methods, BadWeightsAndVAreLocated) {
    try {
        weighted_sum(specialists(), std::vector{B, B}, weights(0.5, std::nan("")));
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/criteria/1/weight");
    }
    try {
        vikor(specialists(), std::vector{B, B}, weights(0.5, 0.5), 1.5);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/method/v");
    }
    EXPECT_THROW(topsis(specialists(), std::vector{B}, weights(0.5, 0.5)), InputError);
}

}  // namespace
}  // namespace finmech::criteria
