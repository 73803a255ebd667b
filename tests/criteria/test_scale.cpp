#include <gtest/gtest.h>

#include <limits>

#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/scale.hpp"

namespace finmech::criteria {
namespace {

TEST(Scale, SymbolsMapToScoresBothWays) {
    EXPECT_EQ(score_from_symbol("++", "/s"), 5);
    EXPECT_EQ(score_from_symbol("+", "/s"), 4);
    EXPECT_EQ(score_from_symbol("+-", "/s"), 3);
    EXPECT_EQ(score_from_symbol("-", "/s"), 2);
    EXPECT_EQ(score_from_symbol("--", "/s"), 1);
    for (int score = 1; score <= 5; ++score) {
        EXPECT_EQ(score_from_symbol(symbol_of_score(score), "/s"), score);
    }
}

TEST(Scale, TypographicDashesAsPrintedInWorkshopSheets) {
    EXPECT_EQ(score_from_symbol("+\u2013", "/s"), 3);  // en dash, as in Mathauer et al. 2019
    EXPECT_EQ(score_from_symbol("\u2013\u2013", "/s"), 1);
    EXPECT_EQ(score_from_symbol("\u2212", "/s"), 2);  // minus sign
    EXPECT_EQ(score_from_symbol(" + ", "/s"), 4);
}

TEST(Scale, UnknownSymbolsAndScoresAreErrors) {
    try {
        score_from_symbol("+++", "/groups/1/scores/2");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/groups/1/scores/2");
    }
    EXPECT_THROW(symbol_of_score(0), InputError);
    EXPECT_THROW(symbol_of_score(6), InputError);
}

TEST(Scale, ThresholdsSplitAnIndicatorIntoFiveScores) {
    // Revenue in % of GDP, thresholds 0.05 / 0.10 / 0.25 / 0.50 (domain notes, 1.11).
    const ThresholdRule revenue{"revenue_percent_gdp", "% of GDP", {0.05, 0.10, 0.25, 0.50}, true};
    EXPECT_EQ(score_indicator(revenue, 0.01), 1);
    EXPECT_EQ(score_indicator(revenue, 0.07), 2);
    EXPECT_EQ(score_indicator(revenue, 0.30), 4);
    EXPECT_EQ(score_indicator(revenue, 0.50), 5);  // on a threshold: the better score
    EXPECT_EQ(score_indicator(revenue, 3.00), 5);
    // Stability: coefficient of variation in %, lower is better, 5 / 10 / 20 / 35.
    const ThresholdRule stability{"yield_cv_percent", "%", {5, 10, 20, 35}, false};
    EXPECT_EQ(score_indicator(stability, 3), 5);
    EXPECT_EQ(score_indicator(stability, 10), 4);  // on a threshold: the better score
    EXPECT_EQ(score_indicator(stability, 15), 3);
    EXPECT_EQ(score_indicator(stability, 26), 2);
    EXPECT_EQ(score_indicator(stability, 40), 1);
    try {
        score_indicator(stability, std::numeric_limits<double>::quiet_NaN());
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/indicators/yield_cv_percent");
    }
}

}  // namespace
}  // namespace finmech::criteria
