// The sugar-sweetened beverage excise model, loaded as the host loads it, against figures
// worked by hand.
//
// Worked example: 200e6 litres a year at 500 FCFA/L, 10 g of sugar per 100 ml, VAT 18 %;
// 50 FCFA/L, pass-through 1, elasticity -1, compliance 0.9, collection cost 2 %, growth 5 %.
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
             {{"ssb_litres", 200e6},
              {"ssb_price_per_litre", 500.0},
              {"ssb_sugar_content", 10.0},
              {"vat_rate", 0.18}}}};
}

json worked_example() {
    return {{"design", "per_litre"},  {"per_litre_rate", 50.0},  {"sugar_rate", 0.7},
            {"sugar_threshold", 4.0}, {"pass_through", 1.0},     {"elasticity", -1.0},
            {"compliance", 0.9},      {"collection_cost", 0.02}, {"growth", 0.05}};
}

const finmech_test::PluginUnderTest& ssb_excise() {
    static const finmech_test::PluginUnderTest plugin("ssb_excise", context(), worked_example());
    return plugin;
}

json evaluate(const json& changes = json::object()) { return ssb_excise().evaluate(changes); }

std::vector<double> gross(const json& changes) { return ssb_excise().gross(changes); }

using finmech_test::expect_close;
using finmech_test::indicator;

TEST(SsbExcise, MatchesTheWorkedExamplePerLitre) {
    // dP/P = 50 x 1.18 / 500 = 0.118; volume 1.118^-1 = 0.89445438;
    // gross_1 = 50 x 200e6 x 0.89445438 x 0.9 x 1.05 = 8 452 593 917.7, then x 1.05 a year.
    const json a = evaluate();
    expect_close(a["gross_revenue"], {8452593917.71, 8875223613.596, 9318984794.275});
    expect_close(a["collection_cost"], {169051878.3542, 177504472.2719, 186379695.8855});
    EXPECT_NEAR(indicator(a, "consumer_price_change"), 0.118, 1e-12);
    EXPECT_NEAR(indicator(a, "consumption_change"), -0.10554562, 1e-8);
    EXPECT_EQ(indicator(a, "laffer_exceeded"), 0.0);
    EXPECT_DOUBLE_EQ(indicator(a, "collection_cost_share"), 0.02);
}

TEST(SsbExcise, MatchesTheWorkedExampleSugarTiered) {
    // 0.7 FCFA/g x (10 - 4) g/100 ml x 10 = 42 FCFA/L; dP/P = 42 x 1.18 / 500 = 0.09912;
    // gross_1 = 42 x 200e6 x 1.09912^-1 x 0.9 x 1.05 = 7 222 141 349.4.
    const json a = evaluate({{"design", "sugar_tiered"}});
    EXPECT_NEAR(a["gross_revenue"][0].get<double>(), 7222141349.44, 0.01);
    EXPECT_NEAR(indicator(a, "consumer_price_change"), 0.09912, 1e-12);
    // Drinks below the threshold pay nothing.
    EXPECT_EQ(evaluate({{"design", "sugar_tiered"}, {"sugar_threshold", 10.0}})["gross_revenue"],
              json({0.0, 0.0, 0.0}));
}

TEST(SsbExcise, RaisesNothingAtARateOfZero) {
    const json a = evaluate({{"per_litre_rate", 0.0}});
    EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(indicator(a, "consumer_price_change"), 0.0);
    EXPECT_EQ(evaluate({{"design", "sugar_tiered"}, {"sugar_rate", 0.0}})["net_revenue"],
              json({0.0, 0.0, 0.0}));
}

TEST(SsbExcise, RaisesRevenueInProportionToCompliance) {
    ssb_excise().expect_proportional_to("compliance");
}

TEST(SsbExcise, YieldsTheStaticBaseWithoutBehaviouralResponse) {
    // 50 x 200e6 x 0.9 = 9e9; x 1.05^t = 9.45e9, 9.9225e9, 10.418625e9.
    const std::vector<double> static_yield{9.45e9, 9.9225e9, 10.418625e9};
    expect_close(json(gross({{"elasticity", 0.0}})), static_yield);
    expect_close(json(gross({{"pass_through", 0.0}})), static_yield);
}

TEST(SsbExcise, NeverRaisesMoreWithAMoreNegativeElasticity) {
    ssb_excise().expect_never_rising("elasticity", 0.0, -0.1, 25);
}

TEST(SsbExcise, FlagsTheLafferRateExactlyPastTheRevenueMaximum) {
    // Elasticity -1.5: T* = 500 / (1.18 x 0.5) = 847.45763 FCFA/L.
    const auto at = [](double rate) {
        return evaluate({{"elasticity", -1.5}, {"per_litre_rate", rate}});
    };
    EXPECT_EQ(indicator(at(847.457), "laffer_exceeded"), 0.0);
    EXPECT_EQ(indicator(at(847.458), "laffer_exceeded"), 1.0);
    const double peak = at(847.45763)["gross_revenue"][0].get<double>();
    EXPECT_GT(peak, at(800.0)["gross_revenue"][0].get<double>());
    EXPECT_GT(peak, at(900.0)["gross_revenue"][0].get<double>());
    // At unit elasticity revenue keeps rising: never flagged.
    EXPECT_EQ(indicator(evaluate({{"per_litre_rate", 1000.0}}), "laffer_exceeded"), 0.0);
}

TEST(SsbExcise, GivesTheSameNumbersEveryTimeAndInBatches) {
    const json first = evaluate();
    EXPECT_EQ(evaluate(), first);
    const json example = worked_example();
    std::vector<double> row;
    for (const auto* p : ssb_excise().plugin().descriptor().numeric_parameters())
        row.push_back(example.at(p->key).get<double>());
    const auto batch = ssb_excise().plugin().evaluate_batch(
        {{"context", context()}, {"fixed", {{"design", "per_litre"}}}}, row, 1, 3);
    EXPECT_EQ(json(batch.gross_revenue), first["gross_revenue"]);
}

TEST(SsbExcise, RefusesOutOfRangeInput) {
    plugin_checks::expect_refused(
        evaluate,
        {json{{"per_litre_rate", -1.0}}, json{{"design", "per_gram"}}, json{{"compliance", 1.5}}});
}

}  // namespace
