// The alcohol excise model, loaded as the host loads it, against figures worked by hand.
//
// Worked example: current ad valorem rate 30 %, VAT 18 %; beer 100e6 L at 1,500 FCFA/L, wine
// 10e6 L at 3,000, spirits 3e6 L at 6,000, traditional 100e6 L at 300. Increase: no ad valorem
// points, 1,000 FCFA/L for 6-15 % ABV (wine), 3,000 FCFA/L above 15 % (spirits); pass-through 1,
// elasticities beer -0.30, wine -0.45, spirits -0.55, traditional -0.30; legal shares 0.95,
// 0.9, 0.8, 0; informal response 0.15; compliance 0.95; collection cost 2 %; growth 3 %.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "plugin_under_test.hpp"

namespace {

using nlohmann::json;

json context() {
    return {{"base_year", 2023},
            {"years", 3},
            {"currency", "FCFA"},
            {"values",
             {{"beer_litres", 100e6},
              {"wine_litres", 10e6},
              {"spirits_litres", 3e6},
              {"traditional_alcohol_litres", 100e6},
              {"beer_price_per_litre", 1500.0},
              {"wine_price_per_litre", 3000.0},
              {"spirits_price_per_litre", 6000.0},
              {"traditional_alcohol_price_per_litre", 300.0},
              {"alcohol_ad_valorem_rate", 0.3},
              {"vat_rate", 0.18}}}};
}

json worked_example() {
    return {{"ad_valorem_increase", 0.0},  {"per_litre_mid", 1000.0},
            {"per_litre_high", 3000.0},    {"pass_through", 1.0},
            {"elasticity_beer", -0.30},    {"elasticity_wine", -0.45},
            {"elasticity_spirits", -0.55}, {"elasticity_traditional", -0.30},
            {"legal_share_beer", 0.95},    {"legal_share_wine", 0.9},
            {"legal_share_spirits", 0.8},  {"legal_share_traditional", 0.0},
            {"illicit_response", 0.15},    {"compliance", 0.95},
            {"collection_cost", 0.02},     {"growth", 0.03}};
}

const finmech_test::PluginUnderTest& alcohol_excise() {
    static const finmech_test::PluginUnderTest plugin("alcohol_excise", context(),
                                                      worked_example());
    return plugin;
}

json evaluate(const json& changes = json::object()) { return alcohol_excise().evaluate(changes); }

std::vector<double> gross(const json& changes) { return alcohol_excise().gross(changes); }

using finmech_test::expect_close;
using finmech_test::indicator;

TEST(AlcoholExcise, MatchesTheWorkedExample) {
    // Beer (5 %) and traditional drinks (4 %) lie below the bands: no change.
    // Wine: pre-excise value X = 3000/1.18/1.3 = 1955.67145, E0 = 0.3 X = 586.70143,
    //   E1 = E0 + 1000; dP/P = 1000 x 1.18 / 3000 = 0.3933333; volume 10e6 x 1.3933333^-0.45
    //   = 8 613 412.33; legal share 0.9 - 0.15 x 0.3933333 = 0.841;
    //   change = 1586.70143 x 8 613 412.33 x 0.841 - 586.70143 x 10e6 x 0.9 = 6 213 561 515.3.
    // Spirits: X = 6000/1.18/1.3 = 3911.34289, E0 = 1173.40287, E1 = E0 + 3000;
    //   dP/P = 3000 x 1.18 / 6000 = 0.59; volume 3e6 x 1.59^-0.55 = 2 324 624.64;
    //   legal share 0.8 - 0.15 x 0.59 = 0.7115;
    //   change = 4173.40287 x 2 324 624.64 x 0.7115 - 1173.40287 x 3e6 x 0.8 = 4 086 518 050.8.
    // gross_1 = (6 213 561 515.3 + 4 086 518 050.8) x 0.95 x 1.03 = 10 078 627 855.4.
    const json a = evaluate();
    expect_close(a["gross_revenue"], {10078627855.4099, 10380986691.0722, 10692416291.8043});
    expect_close(a["collection_cost"], {201572557.1082, 207619733.82144, 213848325.83609});
    // Spending 150e9 + 30e9 + 18e9 + 30e9 = 228e9 FCFA;
    //   (0.3933333 x 30e9 + 0.59 x 18e9) / 228e9 = 22.42e9 / 228e9 = 0.0983333.
    EXPECT_NEAR(indicator(a, "consumer_price_change"), 0.0983333333, 1e-9);
    // Pure alcohol: 5e6 + 1.2e6 + 1.2e6 + 4e6 = 11.4e6 L before;
    //   after 5e6 + 0.12 x 8 613 412.33 + 0.4 x 2 324 624.64 + 4e6 = 10 963 459.3 (-3.8293 %).
    EXPECT_NEAR(indicator(a, "consumption_change"), -0.0382930408, 1e-9);
    // Unrecorded: 5e6 x 0.05 + 1 033 609.5 x 0.159 + 929 849.9 x 0.2885 + 4e6 = 4 682 605.6,
    //   over 10 963 459.3 = 0.42711.
    EXPECT_NEAR(indicator(a, "unrecorded_share"), 0.4271102, 1e-7);
    EXPECT_EQ(indicator(a, "laffer_exceeded"), 0.0);
    EXPECT_NEAR(indicator(a, "ad_valorem_excise_rate"), 0.3, 1e-12);  // today's 30 %
    EXPECT_DOUBLE_EQ(indicator(a, "collection_cost_share"), 0.02);
}

TEST(AlcoholExcise, RaisesNothingWithoutAnIncrease) {
    const json a = evaluate({{"per_litre_mid", 0.0}, {"per_litre_high", 0.0}});
    EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["net_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(indicator(a, "consumer_price_change"), 0.0);
    EXPECT_EQ(indicator(a, "consumption_change"), 0.0);
}

TEST(AlcoholExcise, RaisesRevenueInProportionToCompliance) {
    alcohol_excise().expect_proportional_to("compliance");
}

TEST(AlcoholExcise, YieldsTheStaticBaseWithoutBehaviouralResponse) {
    // 1000 x 10e6 x 0.9 + 3000 x 3e6 x 0.8 = 16.2e9; x 0.95 x 1.03 = 15 851 700 000,
    // then 16 327 251 000 and 16 817 068 530.
    const std::vector<double> static_yield{15851700000, 16327251000, 16817068530};
    expect_close(json(gross({{"pass_through", 0.0}})), static_yield);
    expect_close(
        json(gross(
            {{"elasticity_wine", 0.0}, {"elasticity_spirits", 0.0}, {"illicit_response", 0.0}})),
        static_yield);
    // Ad valorem points alone: 0.1 X on every legal litre of the taxed categories,
    //   beer 0.1 x 977.83572 x 95e6 = 9 289 439 374.2, wine 0.1 x 1955.67145 x 9e6
    //   = 1 760 104 302.5, spirits 0.1 x 3911.34289 x 2.4e6 = 938 722 294.7;
    //   sum 11 988 265 971.4 x 0.95 x 1.03 = 11 730 518 253 in year 1.
    const auto points = gross({{"ad_valorem_increase", 0.1},
                               {"per_litre_mid", 0.0},
                               {"per_litre_high", 0.0},
                               {"pass_through", 0.0}});
    EXPECT_NEAR(points[0], 11730518252.9, 0.1);
}

TEST(AlcoholExcise, NeverRaisesMoreWithAMoreNegativeElasticity) {
    for (const char* key : {"elasticity_beer", "elasticity_wine", "elasticity_spirits"})
        alcohol_excise().expect_never_rising(key, 0.0, -0.1, 20, {{"ad_valorem_increase", 0.1}});
}

TEST(AlcoholExcise, FlagsTheLafferRateExactlyPastTheRevenueMaximum) {
    // Spirits at elasticity -1.5: E* = (6000/1.18 - 1173.40287) / 0.5 = 7822.68579 FCFA/L, so
    // the per-litre amount peaks at 7822.68579 - 1173.40287 = 6649.28292.
    const auto flag_at = [](double amount) {
        return indicator(evaluate({{"elasticity_spirits", -1.5}, {"per_litre_high", amount}}),
                         "laffer_exceeded");
    };
    EXPECT_EQ(flag_at(6649.28), 0.0);
    EXPECT_EQ(flag_at(6649.29), 1.0);
    const auto revenue_at = [](double amount) {
        return gross({{"elasticity_spirits", -1.5},
                      {"illicit_response", 0.0},
                      {"per_litre_mid", 0.0},
                      {"per_litre_high", amount}})[0];
    };
    EXPECT_GT(revenue_at(6649.28292), revenue_at(6549.0));
    EXPECT_GT(revenue_at(6649.28292), revenue_at(6749.0));
    // An untaxed category is never flagged: traditional drinks have no legal share.
    EXPECT_EQ(indicator(evaluate({{"elasticity_traditional", -2.0}, {"ad_valorem_increase", 0.5}}),
                        "laffer_exceeded"),
              0.0);
}

TEST(AlcoholExcise, DeclaresTheWaemuBandOnTheRateAfterReform) {
    const json band = alcohol_excise().descriptor()["rules"][0];
    EXPECT_EQ(band["id"], "waemu_alcohol_band");
    EXPECT_EQ(band["kind"], "binding");
    EXPECT_EQ(band["min"], 0.15);
    EXPECT_EQ(band["max"], 0.5);
    // Current 30 %: an increase of 0.21 takes it to 51 %, a cut of 0.16 to 14 %.
    EXPECT_NEAR(indicator(evaluate({{"ad_valorem_increase", 0.21}}), "ad_valorem_excise_rate"),
                0.51, 1e-12);
    EXPECT_NEAR(indicator(evaluate({{"ad_valorem_increase", -0.16}}), "ad_valorem_excise_rate"),
                0.14, 1e-12);
}

TEST(AlcoholExcise, GivesTheSameNumbersEveryTimeAndInBatches) {
    alcohol_excise().expect_deterministic();
}

TEST(AlcoholExcise, RefusesOutOfRangeInput) {
    plugin_checks::expect_refused(evaluate,
                                  {json{{"per_litre_high", -1.0}}, json{{"legal_share_wine", 1.1}},
                                   json{{"elasticity_beer", 0.5}}});
}

TEST(AlcoholExcise, DefaultsToTheWorkedExampleWithItsSources) {
    alcohol_excise().expect_worked_example_is_the_sourced_default();
    EXPECT_EQ(alcohol_excise().evidence("per_litre_high"), "sourced");  // Mali 2025
    EXPECT_EQ(alcohol_excise().evidence("legal_share_spirits"), "unverified");
}

}  // namespace
