// The mining royalty earmark, loaded as the host loads it, against figures worked by hand.
//
// Model: p_t = (1 + shock) (1 + trend)^(t-1); G_t = G_0 x p_t^beta x (1 + q)^t;
// gross_t = s x G_t x compliance; cost_t = c x gross_t. Worked example (Mali 2023 context, the
// defaults): G_0 = 563.8 bn FCFA, s 0.01, no price change, beta 1, q 0, compliance 1, c 0.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "plugin_under_test.hpp"

namespace {

using finmech_test::expect_close;
using nlohmann::json;

const finmech_test::PluginUnderTest& earmark() {
    static const finmech_test::PluginUnderTest plugin(
        "mining_royalty_earmark",
        {{"base_year", 2023},
         {"years", 3},
         {"currency", "FCFA"},
         {"values", {{"gold_state_revenue", 563.8e9}}}},
        {{"earmark_share", 0.01},
         {"gold_price_shock", 0.0},
         {"gold_price_trend", 0.0},
         {"price_elasticity", 1.0},
         {"output_growth", 0.0},
         {"compliance", 1.0},
         {"collection_cost", 0.0}});
    return plugin;
}

TEST(MiningRoyaltyEarmark, MatchesTheWorkedExample) {
    // 1 % of 563.8 bn FCFA = 5.638 bn FCFA a year (domain notes 2.8: "about 5.6 bn").
    const json a = earmark().evaluate();
    expect_close(a["gross_revenue"], {5.638e9, 5.638e9, 5.638e9});
    EXPECT_EQ(a["collection_cost"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["indicators"]["collection_cost_share"], 0.0);
    EXPECT_EQ(a["indicators"]["household_share"], 0.0);  // the companies pay
}

TEST(MiningRoyaltyEarmark, FollowsTheGoldPriceAndOutput) {
    // shock 0.1, trend 0.05, beta 1.5, q -0.02, compliance 0.9, c 0.01; s x G_0 x 0.9 = 5.0742e9.
    // Year 1: p = 1.1, p^1.5 = 1.1 x sqrt(1.1) = 1.1536897; x 0.98 -> 5.0742e9 x 1.1306159
    //   = 5 736 971 394.26.
    // Year 2: p = 1.155, p^1.5 = 1.155 x 1.0747093 = 1.2412892; x 0.9604 -> 6 049 127 086.20.
    // Year 3: p = 1.21275, p^1.5 = 1.21275 x 1.1012493 = 1.3355401; x 0.941192 -> 6 378 267 554.47.
    const json a = earmark().evaluate({{"gold_price_shock", 0.1},
                                       {"gold_price_trend", 0.05},
                                       {"price_elasticity", 1.5},
                                       {"output_growth", -0.02},
                                       {"compliance", 0.9},
                                       {"collection_cost", 0.01}});
    expect_close(a["gross_revenue"], {5736971394.261013, 6049127086.196981, 6378267554.474261});
    expect_close(a["collection_cost"], {57369713.94261013, 60491270.86196981, 63782675.54474261});
}

TEST(MiningRoyaltyEarmark, RaisesNothingWithoutAnEarmark) {
    const json a = earmark().evaluate({{"earmark_share", 0.0}, {"gold_price_shock", 0.3}});
    EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["net_revenue"], json({0.0, 0.0, 0.0}));
}

TEST(MiningRoyaltyEarmark, RaisesRevenueInProportionToTheShareTransferred) {
    earmark().expect_proportional_to("compliance");
}

TEST(MiningRoyaltyEarmark, YieldsTheStaticShareWhenRevenueIgnoresThePrice) {
    expect_close(json(earmark().gross({{"price_elasticity", 0.0},
                                       {"gold_price_shock", 0.5},
                                       {"gold_price_trend", -0.2}})),
                 {5.638e9, 5.638e9, 5.638e9});
}

TEST(MiningRoyaltyEarmark, NeverRaisesMoreWithALowerGoldPrice) {
    earmark().expect_never_rising("gold_price_shock", 1.0, -0.1, 15);
}

TEST(MiningRoyaltyEarmark, GivesTheSameNumbersEveryTimeAndInBatches) {
    earmark().expect_deterministic();
}

TEST(MiningRoyaltyEarmark, RefusesValuesOutsideTheirRanges) {
    EXPECT_EQ(earmark().refusal({{"earmark_share", 0.3}}),
              "parameter 'earmark_share' = 0.3 is outside [0, 0.2] fraction of state gold revenue");
    EXPECT_NE(earmark().refusal({{"gold_price_shock", -0.7}}).find("gold_price_shock"),
              std::string::npos);
    EXPECT_NE(earmark().refusal({{"compliance", 1.1}}).find("'compliance'"), std::string::npos);
}

TEST(MiningRoyaltyEarmark, DefaultsToTheWorkedExampleWithItsSources) {
    earmark().expect_worked_example_is_the_sourced_default();
    EXPECT_EQ(earmark().evidence("gold_price_trend"), "derived");
    const auto& shock = *earmark().plugin().descriptor().find_parameter("gold_price_shock");
    EXPECT_EQ(shock.uncertainty, json({{"dist", "normal"}, {"mean", 0.0}, {"sd", 0.175}}));
}

}  // namespace
