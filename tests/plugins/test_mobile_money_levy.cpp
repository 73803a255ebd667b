// The mobile-money levy model, loaded as the host loads it, against figures worked by hand.
//
// Model: V_t = V_0 (1+g)^t; s = min(1, sigma x rate);
// steady_t = rate x V_t x (1 - x) x (1 - s) x compliance; gross_1 = rho x steady_1, then steady_t;
// cost_t = c x gross_t. Worked example: V_0 = 4,000 bn FCFA, rate 0.01, x 0, sigma 20,
// compliance 0.7, rho 0.3, c 0.03, g 0.10.
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "plugin_under_test.hpp"

namespace {

using finmech_test::expect_close;
using nlohmann::json;

const finmech_test::PluginUnderTest& levy() {
    static const finmech_test::PluginUnderTest plugin(
        "mobile_money_levy",
        {{"base_year", 2023},
         {"years", 3},
         {"currency", "FCFA"},
         {"values", {{"mobile_money_withdrawals", 4.0e12}}}},
        {{"rate", 0.01},
         {"exempt_share", 0.0},
         {"substitution", 20.0},
         {"compliance", 0.7},
         {"first_year_realisation", 0.3},
         {"collection_cost", 0.03},
         {"growth", 0.1}});
    return plugin;
}

TEST(MobileMoneyLevy, MatchesTheWorkedExample) {
    // V = 4.4e12, 4.84e12, 5.324e12; s = 20 x 0.01 = 0.2; taxed share 0.8 x 0.7 = 0.56.
    // Year 1: 0.01 x 4.4e12 x 0.56 x 0.3 = 7.392e9 (ramp-up).
    // Year 2: 0.01 x 4.84e12 x 0.56 = 27.104e9; year 3: 0.01 x 5.324e12 x 0.56 = 29.8144e9.
    const json a = levy().evaluate();
    expect_close(a["gross_revenue"], {7.392e9, 27.104e9, 29.8144e9});
    expect_close(a["collection_cost"], {221.76e6, 813.12e6, 894.432e6});
    expect_close(a["net_revenue"], {7.17024e9, 26.29088e9, 28.919968e9});
    EXPECT_DOUBLE_EQ(a["indicators"]["collection_cost_share"].get<double>(), 0.03);
    EXPECT_DOUBLE_EQ(a["indicators"]["consumer_price_change"].get<double>(), 0.01);
    EXPECT_DOUBLE_EQ(a["indicators"]["cash_substitution"].get<double>(), 0.2);
    EXPECT_EQ(a["indicators"]["laffer_exceeded"], 0.0);
    EXPECT_EQ(a["indicators"]["digital_inclusion_risk"], 1.0);
}

TEST(MobileMoneyLevy, RaisesNothingAtARateOfZero) {
    const json a = levy().evaluate({{"rate", 0.0}});
    EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["net_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["indicators"]["digital_inclusion_risk"], 0.0);
}

TEST(MobileMoneyLevy, RaisesRevenueInProportionToCompliance) {
    levy().expect_proportional_to("compliance");
}

TEST(MobileMoneyLevy, YieldsTheStaticBaseWithoutSubstitutionOrRampUp) {
    // rate x V_t x compliance = 0.01 x 0.7 x (4.4e12, 4.84e12, 5.324e12).
    expect_close(json(levy().gross({{"substitution", 0.0}, {"first_year_realisation", 1.0}})),
                 {30.8e9, 33.88e9, 37.268e9});
}

TEST(MobileMoneyLevy, TaxesOnlyTheValueAboveTheThreshold) {
    // Half the value exempt: year 2 = 27.104e9 / 2; small transactions no longer taxed.
    const json a = levy().evaluate({{"exempt_share", 0.5}});
    EXPECT_NEAR(a["gross_revenue"][1].get<double>(), 13.552e9, 1e-3);
    EXPECT_EQ(a["indicators"]["digital_inclusion_risk"], 0.0);
}

TEST(MobileMoneyLevy, NeverRaisesMoreWithMoreSubstitution) {
    levy().expect_never_rising("substitution", 0.0, 4.0, 25, {{"rate", 0.05}});
    // sigma x rate = 100 x 0.05 >= 1: everything goes back to cash.
    EXPECT_EQ(levy().gross({{"rate", 0.05}, {"substitution", 100.0}}), std::vector(3, 0.0));
}

TEST(MobileMoneyLevy, FlagsTheLafferRateExactlyPastItsPeak) {
    // sigma = 20: rate* = 1/40 = 0.025. Revenue there, 0.025 x 0.5 = 0.0125 per unit of taxed
    // value, beats 0.02 x 0.6 = 0.012 and 0.03 x 0.4 = 0.012 on either side.
    const auto at_peak = levy().gross({{"rate", 0.025}});
    EXPECT_GT(at_peak[1], levy().gross({{"rate", 0.02}})[1]);
    EXPECT_GT(at_peak[1], levy().gross({{"rate", 0.03}})[1]);
    EXPECT_EQ(levy().indicator("laffer_exceeded", {{"rate", 0.025}}), 0.0);
    EXPECT_EQ(levy().indicator("laffer_exceeded", {{"rate", 0.0251}}), 1.0);
    EXPECT_EQ(levy().indicator("laffer_exceeded", {{"rate", 0.05}, {"substitution", 0.0}}), 0.0);
}

TEST(MobileMoneyLevy, GivesTheSameNumbersEveryTimeAndInBatches) {
    levy().expect_deterministic();
}

TEST(MobileMoneyLevy, RefusesValuesOutsideTheirRanges) {
    EXPECT_EQ(levy().refusal({{"rate", 0.06}}),
              "parameter 'rate' = 0.06 is outside [0, 0.05] fraction of transaction value");
    EXPECT_NE(levy().refusal({{"compliance", 1.2}}).find("'compliance'"), std::string::npos);
    EXPECT_NE(levy().refusal({{"first_year_realisation", -0.1}}).find("first_year_realisation"),
              std::string::npos);
}

TEST(MobileMoneyLevy, DefaultsToTheWorkedExampleWithItsSources) {
    levy().expect_worked_example_is_the_sourced_default();
    EXPECT_EQ(levy().evidence("first_year_realisation"), "derived");  // Ghana 2022
    EXPECT_EQ(levy().evidence("substitution"), "unverified");
}

}  // namespace
