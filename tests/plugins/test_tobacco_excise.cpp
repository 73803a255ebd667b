// The tobacco excise model, loaded as the host loads it, against figures worked by hand.
//
// Worked example (Mali 2023 context): pack price P0 = 755 FCFA, CIF 22.2 % of P0, duty 20 %,
// status-quo ad valorem 32 %, VAT 18 %, tax revenue 60e9 FCFA, illicit share 14 %, prevalence
// 8 %, 12.35e6 adults, 610 FCFA/US$. Reform: ad valorem 50 %, specific 12.2 FCFA per stick,
// pass-through 1, elasticity -0.5, prevalence share 0.45, illicit response 0.15, compliance
// 0.98, collection cost 1 %, growth 2 %, smoker death share 0.5.
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
             {{"cigarette_pack_price", 755.0},
              {"cigarette_cif_share", 0.222},
              {"tobacco_import_duty", 0.2},
              {"tobacco_ad_valorem_rate", 0.32},
              {"vat_rate", 0.18},
              {"tobacco_tax_revenue", 60e9},
              {"tobacco_illicit_share", 0.14},
              {"smoking_prevalence", 0.08},
              {"adult_population", 12.35e6},
              {"exchange_rate_usd", 610.0}}}};
}

json worked_example() {
    return {{"ad_valorem_rate", 0.5},   {"specific_excise", 12.2},  {"pass_through", 1.0},
            {"elasticity", -0.5},       {"prevalence_share", 0.45}, {"illicit_response", 0.15},
            {"compliance", 0.98},       {"collection_cost", 0.01},  {"growth", 0.02},
            {"smoker_death_share", 0.5}};
}

const finmech_test::PluginUnderTest& tobacco_excise() {
    static const finmech_test::PluginUnderTest plugin("tobacco_excise", context(),
                                                      worked_example());
    return plugin;
}

json evaluate(const json& changes = json::object()) { return tobacco_excise().evaluate(changes); }

std::vector<double> gross(const json& changes) { return tobacco_excise().gross(changes); }

using finmech_test::expect_close;
using finmech_test::indicator;

TEST(TobaccoExcise, MatchesTheWorkedExample) {
    // Per pack: CIF = 0.222 x 755 = 167.61; duty = 33.522; excise base B = 201.132;
    //   status-quo excise E0 = 0.32 x B = 64.36224; VAT = 755 x 0.18/1.18 = 115.16949.
    // Taxes per pack 213.05373, so legal packs L0 = 60e9 / 213.05373 = 281 619 099.4.
    // Reform: E1 = 0.5 x B + 20 x 12.2 = 344.566; dP/P = (E1-E0) x 1.18 / 755 = 0.4379344.
    // Volume 1.4379344^-0.5 = 0.8339317; legal share 0.86 - 0.15 x 0.4379344 = 0.7943098.
    // Legal packs 281 619 099.4 / 0.86 x 0.8339317 x 0.7943098 = 216 912 245.8.
    // Reform excise: 344.566 x 216 912 245.8 x 0.98 x 1.02 = 74 710 688 655;
    // today's: 64.36224 x 281 619 099.4 x 0.98 x 1.02 = 18 118 385 811;
    // gross_1 = the difference, 56 592 302 844; then x 1.02 a year.
    const json a = evaluate();
    expect_close(a["gross_revenue"], {56592302844.05, 57724148900.93, 58878631878.95});
    expect_close(a["collection_cost"], {565923028.4405, 577241489.0093, 588786318.7895});
    EXPECT_NEAR(indicator(a, "consumer_price_change"), 0.4379344, 1e-7);
    EXPECT_NEAR(indicator(a, "consumption_change"), -0.1660683, 1e-7);
    EXPECT_NEAR(indicator(a, "illicit_share"), 0.2056902, 1e-7);
    // Excise share: 344.566 / (755 x 1.4379344) = 0.317385, short of the WHO 70 %.
    EXPECT_NEAR(indicator(a, "excise_share_of_price"), 0.317385, 1e-6);
    // Quitters = 12.35e6 x 0.08 x 0.45 x 0.5 x 0.4379344 = 97 352.8; deaths = half of them.
    EXPECT_NEAR(indicator(a, "quitters"), 97352.81, 0.01);
    EXPECT_NEAR(indicator(a, "deaths_averted"), 48676.40, 0.01);
    EXPECT_EQ(indicator(a, "laffer_exceeded"), 0.0);
    EXPECT_EQ(indicator(a, "ad_valorem_excise_rate"), 0.5);
    EXPECT_NEAR(indicator(a, "specific_excise_usd"), 0.02, 1e-15);  // 12.2 / 610
    EXPECT_DOUBLE_EQ(indicator(a, "collection_cost_share"), 0.01);
}

TEST(TobaccoExcise, RaisesNothingWithoutReform) {
    // Today's rates (32 % ad valorem, no specific part) add no excise.
    const json a = evaluate({{"ad_valorem_rate", 0.32}, {"specific_excise", 0.0}});
    for (const auto& x : a["gross_revenue"]) EXPECT_NEAR(x.get<double>(), 0.0, 1e-3);
    EXPECT_NEAR(indicator(a, "consumer_price_change"), 0.0, 1e-15);
}

TEST(TobaccoExcise, LosesTodaysExciseWhenItIsRemoved) {
    const json a = evaluate({{"ad_valorem_rate", 0.0}, {"specific_excise", 0.0}});
    // Year 1 loses today's excise, 18 118 385 811 FCFA, whatever consumption does then.
    EXPECT_NEAR(a["gross_revenue"][0].get<double>(), -18118385811.0, 1.0);
    // Removing the status-quo excise lowers the price, and raises consumption.
    EXPECT_LT(indicator(a, "consumer_price_change"), 0.0);
    EXPECT_LT(indicator(a, "quitters"), 0.0);
    EXPECT_EQ(indicator(a, "ad_valorem_excise_rate"), 0.0);
    EXPECT_EQ(indicator(a, "specific_excise_usd"), 0.0);
}

TEST(TobaccoExcise, RaisesRevenueInProportionToCompliance) {
    tobacco_excise().expect_proportional_to("compliance");
}

TEST(TobaccoExcise, YieldsTheStaticBaseWithoutBehaviouralResponse) {
    // No price response: gross_t = (E1 - E0) x L0 x 0.98 x 1.02^t;
    //   280.20376 x 281 619 099.419 = 78 910 736 ... x 0.98 x 1.02 = 78 879 166 252.74,
    //   then 80 456 749 577.79 and 82 065 884 569.35.
    const std::vector<double> static_yield{78879166252.74, 80456749577.79, 82065884569.35};
    const json no_response = {{"elasticity", 0.0}, {"illicit_response", 0.0}};
    expect_close(json(gross(no_response)), static_yield);
    expect_close(json(gross({{"pass_through", 0.0}})), static_yield);
    EXPECT_EQ(indicator(evaluate(no_response), "quitters"), 0.0);
}

TEST(TobaccoExcise, NeverRaisesMoreWithAMoreNegativeElasticity) {
    tobacco_excise().expect_never_rising("elasticity", 0.0, -0.1, 20);
}

TEST(TobaccoExcise, FlagsTheLafferRateExactlyPastTheRevenueMaximum) {
    // Elasticity -1.5, pass-through 1: E* = (755/1.18 - 64.36224) / 0.5 = 1150.93654 FCFA per
    // pack; with the ad valorem part 100.566, the specific part peaks at
    // (1150.93654 - 100.566) / 20 = 52.518527 FCFA per stick.
    const json elastic = {{"elasticity", -1.5}, {"illicit_response", 0.0}};
    const auto flag_at = [&](double specific) {
        json changes = elastic;
        changes["specific_excise"] = specific;
        return indicator(evaluate(changes), "laffer_exceeded");
    };
    EXPECT_EQ(flag_at(52.5185), 0.0);
    EXPECT_EQ(flag_at(52.5186), 1.0);
    EXPECT_EQ(flag_at(100.0), 1.0);
    // The model's revenue does peak there.
    const auto revenue_at = [&](double specific) {
        json changes = elastic;
        changes["specific_excise"] = specific;
        return gross(changes)[0];
    };
    EXPECT_GT(revenue_at(52.518527), revenue_at(51.5));
    EXPECT_GT(revenue_at(52.518527), revenue_at(53.5));
    // At unit elasticity revenue rises with the excise: never flagged.
    EXPECT_EQ(
        indicator(evaluate({{"elasticity", -1.0}, {"specific_excise", 100.0}}), "laffer_exceeded"),
        0.0);
}

TEST(TobaccoExcise, DeclaresTheRegionalMinimaAsBindingRules) {
    const json rules = tobacco_excise().descriptor()["rules"];
    ASSERT_EQ(rules.size(), 3u);
    EXPECT_EQ(rules[0]["id"], "waemu_tobacco_minimum");
    EXPECT_EQ(rules[0]["indicator"], "ad_valorem_excise_rate");
    EXPECT_EQ(rules[0]["min"], 0.5);
    EXPECT_EQ(rules[1]["id"], "ecowas_tobacco_specific_minimum");
    EXPECT_EQ(rules[1]["indicator"], "specific_excise_usd");
    EXPECT_EQ(rules[1]["min"], 0.02);
    EXPECT_EQ(rules[2]["kind"], "advisory");
    // 12.1 FCFA at 610 FCFA per US$ is US$0.019836 a stick, under the ECOWAS minimum.
    EXPECT_NEAR(indicator(evaluate({{"specific_excise", 12.1}}), "specific_excise_usd"),
                12.1 / 610.0, 1e-15);
}

TEST(TobaccoExcise, GivesTheSameNumbersEveryTimeAndInBatches) {
    tobacco_excise().expect_deterministic();
}

TEST(TobaccoExcise, RefusesOutOfRangeInput) {
    plugin_checks::expect_refused(evaluate,
                                  {json{{"ad_valorem_rate", 1.6}}, json{{"specific_excise", -1.0}},
                                   json{{"compliance", 1.2}}, json{{"elasticity", 0.1}}});
}

TEST(TobaccoExcise, DefaultsToTheWorkedExampleWithItsSources) {
    tobacco_excise().expect_worked_example_is_the_sourced_default();
    EXPECT_EQ(tobacco_excise().evidence("ad_valorem_rate"), "sourced");  // WAEMU 01/2017
}

}  // namespace
