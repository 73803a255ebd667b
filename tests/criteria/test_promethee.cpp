#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/promethee.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace finmech::criteria {
namespace {

TEST(Promethee, PreferenceFunctionsAtHandPicketPoints) {
    const PreferenceFunction usual{};
    const PreferenceFunction u{PreferenceShape::u_shape, 1.0, 0.0, 0.0};
    const PreferenceFunction v{PreferenceShape::v_shape, 0.0, 2.0, 0.0};
    const PreferenceFunction level{PreferenceShape::level, 1.0, 2.0, 0.0};
    const PreferenceFunction linear{PreferenceShape::linear, 1.0, 3.0, 0.0};
    const PreferenceFunction gaussian{PreferenceShape::gaussian, 0.0, 0.0, 1.0};
    EXPECT_EQ(usual(0.0), 0.0);
    EXPECT_EQ(usual(0.1), 1.0);
    EXPECT_EQ(u(1.0), 0.0);
    EXPECT_EQ(u(1.5), 1.0);
    EXPECT_EQ(v(1.0), 0.5);
    EXPECT_EQ(v(3.0), 1.0);
    EXPECT_EQ(level(1.0), 0.0);
    EXPECT_EQ(level(1.5), 0.5);
    EXPECT_EQ(level(2.5), 1.0);
    EXPECT_EQ(linear(2.0), 0.5);
    EXPECT_EQ(linear(-2.0), 0.0);
    EXPECT_NEAR(gaussian(1.0), 1.0 - std::exp(-0.5), 1e-15);
}

TEST(Promethee, ShapesParseByNameOrRomanNumber) {
    EXPECT_EQ(parse_preference_shape("V", "/f"), PreferenceShape::linear);
    EXPECT_EQ(parse_preference_shape("u-shape", "/f"), PreferenceShape::u_shape);
    EXPECT_EQ(parse_preference_shape(to_string(PreferenceShape::gaussian), "/f"), PreferenceShape::gaussian);
    EXPECT_THROW(parse_preference_shape("sigmoid", "/f"), InputError);
}

TEST(Promethee, ThresholdsAreValidated) {
    EXPECT_THROW(validate({PreferenceShape::linear, 3.0, 1.0, 0.0}, "/criteria/0/preference"), InputError);
    EXPECT_THROW(validate({PreferenceShape::gaussian, 0.0, 0.0, 0.0}, "/criteria/0/preference"), InputError);
    EXPECT_THROW(validate({PreferenceShape::v_shape, 0.0, 0.0, 0.0}, "/criteria/0/preference"), InputError);
    EXPECT_NO_THROW(validate({PreferenceShape::level, 1.0, 1.0, 0.0}, "/criteria/0/preference"));
}

// Two alternatives, one criterion, usual function: A beats B fully.
TEST(Promethee, FlowsByHandWithBothDivisors) {
    Eigen::MatrixXd r(2, 1);
    r << 2.0, 1.0;
    const std::vector<PreferenceFunction> usual(1);
    const Eigen::VectorXd w = Eigen::VectorXd::Ones(1);
    const auto brans = promethee2(r, std::vector{Direction::benefit}, w, usual);
    EXPECT_EQ(brans.phi_plus, Eigen::Vector2d(1.0, 0.0));
    EXPECT_EQ(brans.phi_minus, Eigen::Vector2d(0.0, 1.0));
    EXPECT_EQ(brans.net_flow, Eigen::Vector2d(1.0, -1.0));
    const auto r_mcda = promethee2(r, std::vector{Direction::benefit}, w, usual, FlowDivisor::alternatives);
    EXPECT_EQ(r_mcda.net_flow, Eigen::Vector2d(0.5, -0.5));
    const auto cost = promethee2(r, std::vector{Direction::cost}, w, usual);
    EXPECT_EQ(cost.net_flow, Eigen::Vector2d(-1.0, 1.0));
}

TEST(Promethee, NetFlowIsTheWeightedSumOfUnicriterionFlows) {
    Eigen::MatrixXd r(3, 2);
    r << 1.0, 0.0, 0.0, 1.0, 0.6, 0.6;
    const std::vector<PreferenceFunction> usual(2);
    const std::vector directions{Direction::benefit, Direction::benefit};
    const UnicriterionFlows flows = unicriterion_flows(r, directions, usual);
    // Criterion 0: the first beats both, the third beats the second.
    EXPECT_EQ(flows.plus.col(0), Eigen::Vector3d(1.0, 0.0, 0.5));
    EXPECT_EQ(flows.minus.col(0), Eigen::Vector3d(0.0, 1.0, 0.5));
    const auto result = promethee2(r, directions, Eigen::Vector2d(0.7, 0.3), usual);
    EXPECT_NEAR(result.net_flow[0], 0.4, 1e-15);  // 0.7 * 1 + 0.3 * (-1)
    EXPECT_NEAR(result.net_flow[1], -0.4, 1e-15);
    EXPECT_NEAR(result.net_flow[2], 0.0, 1e-15);
}

TEST(Promethee, OneAlternativeHasZeroFlows) {
    const auto result = promethee2(Eigen::MatrixXd::Ones(1, 1), std::vector{Direction::benefit},
                                   Eigen::VectorXd::Ones(1), std::vector<PreferenceFunction>(1));
    EXPECT_EQ(result.net_flow[0], 0.0);
}

}  // namespace
}  // namespace finmech::criteria
