// The VAT earmark model, loaded as the host loads it, against figures worked by hand.
//
// Model: B_t = FC_0 (1 + b x g_nom)^t; dP = phi x rate; gross_t = rate x C_eff x B_t x (1+dP)^eps;
// cost_t = c x gross_t. Worked example (Mali 2023 context, the defaults): FC_0 = 10,200 bn FCFA,
// g_nom 0.07, VAT 18 %; rate 0.025, phi 1, eps 0, C_eff 0.4, b 1, c 0.015.
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "plugin_under_test.hpp"

namespace {

using finmech_test::expect_close;
using nlohmann::json;

const finmech_test::PluginUnderTest& levy() {
    static const finmech_test::PluginUnderTest plugin(
        "vat_earmark",
        {{"base_year", 2023},
         {"years", 3},
         {"currency", "FCFA"},
         {"values",
          {{"final_consumption", 10200e9}, {"gdp_nominal_growth", 0.07}, {"vat_rate", 0.18}}}},
        {{"rate", 0.025},
         {"pass_through", 1.0},
         {"elasticity", 0.0},
         {"c_efficiency", 0.4},
         {"buoyancy", 1.0},
         {"collection_cost", 0.015}});
    return plugin;
}

TEST(VatEarmark, MatchesTheWorkedExample) {
    // B = 10,914e9, 11,677.98e9, 12,495.4386e9; rate x C_eff = 0.01 of each:
    //   109.14e9, 116.7798e9, 124.954386e9; cost 1.5 % of it.
    const json a = levy().evaluate();
    expect_close(a["gross_revenue"], {109.14e9, 116.7798e9, 124.954386e9});
    expect_close(a["collection_cost"], {1.6371e9, 1.751697e9, 1.87431579e9});
    EXPECT_DOUBLE_EQ(a["indicators"]["collection_cost_share"].get<double>(), 0.015);
    EXPECT_EQ(a["indicators"]["household_share"], 1.0);  // full pass-through
    EXPECT_DOUBLE_EQ(a["indicators"]["consumer_price_change"].get<double>(), 0.025);
    // 18 % + 2.5 % = 20.5 % > 20 %: Ghana's rate on top of Mali's VAT breaks the WAEMU ceiling.
    EXPECT_DOUBLE_EQ(a["indicators"]["vat_plus_levy_rate"].get<double>(), 0.205);
}

TEST(VatEarmark, LosesTaxedConsumptionToItsPrice) {
    // eps -0.5: (1.025)^-0.5 = 1 / 1.0124228 = 0.9877296 of the static yield:
    //   107.8008e9, 115.3469e9, 123.4211e9.
    expect_close(json(levy().gross({{"elasticity", -0.5}})),
                 {107800808178.3362, 115346864750.8198, 123421145283.3772});
}

TEST(VatEarmark, RaisesNothingAtARateOfZero) {
    const json a = levy().evaluate({{"rate", 0.0}});
    EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["net_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_DOUBLE_EQ(a["indicators"]["vat_plus_levy_rate"].get<double>(), 0.18);
}

TEST(VatEarmark, RaisesRevenueInProportionToCEfficiency) {
    levy().expect_proportional_to("c_efficiency");
}

TEST(VatEarmark, YieldsTheStaticBaseWithoutPriceResponse) {
    const std::vector<double> static_yield{109.14e9, 116.7798e9, 124.954386e9};
    expect_close(json(levy().gross({{"elasticity", -0.8}, {"pass_through", 0.0}})), static_yield);
}

TEST(VatEarmark, NeverRaisesMoreWithAMoreNegativeElasticity) {
    levy().expect_never_rising("elasticity", 0.0, -0.1, 10, {{"rate", 0.05}});
}

TEST(VatEarmark, DeclaresTheWaemuCeilingAsABindingRuleOnVatPlusLevy) {
    const json rule = levy().descriptor()["rules"][0];
    EXPECT_EQ(rule["id"], "waemu_vat_ceiling");
    EXPECT_EQ(rule["kind"], "binding");
    EXPECT_EQ(rule["indicator"], "vat_plus_levy_rate");
    EXPECT_EQ(rule["max"], 0.20);
    EXPECT_FALSE(rule.contains("min"));
    EXPECT_DOUBLE_EQ(levy().indicator("vat_plus_levy_rate", {{"rate", 0.0201}}), 0.2001);
}

TEST(VatEarmark, GivesTheSameNumbersEveryTimeAndInBatches) {
    levy().expect_deterministic();
}

TEST(VatEarmark, RefusesValuesOutsideTheirRanges) {
    EXPECT_EQ(levy().refusal({{"rate", 0.06}}),
              "parameter 'rate' = 0.06 is outside [0, 0.05] fraction of the VAT base");
    EXPECT_NE(levy().refusal({{"c_efficiency", 0.0}}).find("'c_efficiency'"), std::string::npos);
    EXPECT_NE(levy().refusal({{"elasticity", -1.5}}).find("'elasticity'"), std::string::npos);
}

TEST(VatEarmark, DefaultsToTheWorkedExampleWithItsSources) {
    levy().expect_worked_example_is_the_sourced_default();
    EXPECT_EQ(levy().evidence("rate"), "sourced");  // Ghana NHIL 2.5 %
    EXPECT_EQ(levy().evidence("c_efficiency"), "assumed");
}

}  // namespace
