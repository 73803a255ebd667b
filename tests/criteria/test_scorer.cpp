#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/scorer.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace finmech::criteria {
namespace {

constexpr auto B = Direction::benefit;

MethodSpec spec(MethodName name, Normalization normalization) {
    MethodSpec s;
    s.name = name;
    s.normalization = normalization;
    return s;
}

Eigen::VectorXd scores_of(Scorer& scorer, const Eigen::MatrixXd& raw, const Eigen::VectorXd& w) {
    scorer.set_matrix(raw);
    Eigen::VectorXd out(raw.rows());
    scorer.score(w, out);
    return out;
}

// Vector normalisation turns (3, 0) / (0, 4) into the unit specialists; with w = (0.75, 0.25)
// TOPSIS closeness is 0.75 and 0.25 (ideal (0.75, 0.25), anti-ideal (0, 0)).
TEST(Scorer, NormalisesThenScoresTopsis) {
    Eigen::MatrixXd raw(2, 2);
    raw << 3.0, 0.0, 0.0, 4.0;
    Scorer scorer(spec(MethodName::topsis, Normalization::vector), {B, B});
    const Eigen::VectorXd c = scores_of(scorer, raw, Eigen::Vector2d(0.75, 0.25));
    EXPECT_NEAR(c[0], 0.75, 1e-12);
    EXPECT_NEAR(c[1], 0.25, 1e-12);
    EXPECT_EQ(scorer.better(), Better::higher);
}

TEST(Scorer, VikorScoresQAndLowerIsBetter) {
    Eigen::MatrixXd raw(2, 1);
    raw << 1.0, 3.0;
    Scorer scorer(spec(MethodName::vikor, Normalization::none), {B});
    EXPECT_EQ(scores_of(scorer, raw, Eigen::VectorXd::Ones(1)), Eigen::Vector2d(1.0, 0.0));
    EXPECT_EQ(scorer.better(), Better::lower);
}

TEST(Scorer, MinmaxWeightedSumAndPrometheeNetFlow) {
    Eigen::MatrixXd raw(2, 2);
    raw << 10.0, 1.0, 20.0, 0.0;
    Scorer wsm(spec(MethodName::wsm, Normalization::minmax), {B, Direction::cost});
    EXPECT_EQ(scores_of(wsm, raw, Eigen::Vector2d(0.5, 0.5)), Eigen::Vector2d(0.0, 1.0));
    Scorer promethee(spec(MethodName::promethee2, Normalization::none), {B, B});
    EXPECT_EQ(scores_of(promethee, raw, Eigen::Vector2d(0.5, 0.5)), Eigen::Vector2d(0.0, 0.0));
}

TEST(Scorer, MethodNamesAndDefaults) {
    EXPECT_EQ(parse_method_name("promethee2", "/method/name"), MethodName::promethee2);
    EXPECT_EQ(to_string(MethodName::topsis), "topsis");
    EXPECT_EQ(default_normalization(MethodName::topsis), Normalization::vector);
    EXPECT_EQ(default_normalization(MethodName::wpm), Normalization::max);
    EXPECT_THROW(parse_method_name("electre", "/method/name"), InputError);
}

TEST(Scorer, BadPreferenceThresholdsAreLocated) {
    MethodSpec s = spec(MethodName::promethee2, Normalization::none);
    s.preferences = {PreferenceFunction{}, PreferenceFunction{PreferenceShape::gaussian, 0.0, 0.0, -1.0}};
    try {
        Scorer scorer(s, {B, B});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/criteria/1/preference");
    }
}

TEST(Scorer, WeightedProductRejectsAZeroCostAfterNormalisation) {
    Eigen::MatrixXd raw(2, 1);
    raw << 0.0, 2.0;
    Scorer scorer(spec(MethodName::wpm, Normalization::none), {Direction::cost});
    EXPECT_THROW(scorer.set_matrix(raw), InputError);
}

}  // namespace
}  // namespace finmech::criteria
