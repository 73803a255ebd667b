// The remittance levy model, loaded as the host loads it, against figures worked by hand.
//
// Model: F_t = F_0 (1+g)^t; gross_t = rate x F_t x (1+rate)^eps x compliance; cost_t = c x gross_t.
// Worked example (Mali 2023 context): F_0 = 700 bn FCFA, rate 0.01, eps -1.5, compliance 0.7,
// c 0.02, g 0.05.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "plugin_under_test.hpp"

namespace {

using finmech_test::expect_close;
using nlohmann::json;

const finmech_test::PluginUnderTest& levy() {
    static const finmech_test::PluginUnderTest plugin(
        "remittance_levy",
        {{"base_year", 2023},
         {"years", 3},
         {"currency", "FCFA"},
         {"values", {{"remittance_inflows", 700e9}}}},
        {{"rate", 0.01},
         {"elasticity", -1.5},
         {"compliance", 0.7},
         {"collection_cost", 0.02},
         {"growth", 0.05}});
    return plugin;
}

TEST(RemittanceLevy, MatchesTheWorkedExample) {
    // F = 735e9, 771.75e9, 810.3375e9.
    // (1.01)^-1.5 = 1 / (1.01 x sqrt(1.01)) = 1 / (1.01 x 1.0049875621) = 0.9851853368.
    // Year 1: 0.01 x 735e9 x 0.9851853368 x 0.7 = 5 068 778 558.05; then x 1.05 each year.
    const json a = levy().evaluate();
    expect_close(a["gross_revenue"], {5068778558.049894, 5322217485.952389, 5588328360.250009});
    expect_close(a["collection_cost"], {101375571.1609979, 106444349.7190478, 111766567.2050002});
    EXPECT_DOUBLE_EQ(a["indicators"]["collection_cost_share"].get<double>(), 0.02);
    EXPECT_EQ(a["indicators"]["household_share"], 1.0);  // taken from what recipients receive
    EXPECT_DOUBLE_EQ(a["indicators"]["consumer_price_change"].get<double>(), 0.01);
    // 1 - 0.9851853368: 1.48 % of formal inflows go informal.
    EXPECT_NEAR(a["indicators"]["informal_diversion"].get<double>(), 0.0148146632, 1e-10);
    EXPECT_EQ(a["indicators"]["laffer_exceeded"], 0.0);
}

TEST(RemittanceLevy, RaisesNothingAtARateOfZero) {
    const json a = levy().evaluate({{"rate", 0.0}});
    EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["net_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["indicators"]["informal_diversion"], 0.0);
}

TEST(RemittanceLevy, RaisesRevenueInProportionToCompliance) {
    levy().expect_proportional_to("compliance");
}

TEST(RemittanceLevy, YieldsTheStaticBaseWithoutDiversion) {
    // 0.01 x 0.7 x (735e9, 771.75e9, 810.3375e9).
    expect_close(json(levy().gross({{"elasticity", 0.0}})), {5.145e9, 5.40225e9, 5.6723625e9});
}

TEST(RemittanceLevy, NeverRaisesMoreWithAMoreNegativeElasticity) {
    levy().expect_never_rising("elasticity", 0.0, -1.0, 25, {{"rate", 0.1}});
}

TEST(RemittanceLevy, FlagsTheLafferRateExactlyPastItsPeak) {
    // eps = -21: rate* = -1/(1 - 21) = 0.05. Per unit of year-1 inflows and compliance,
    // 0.05 / 1.05^21 = 0.05 / 2.785963 = 0.0179471 beats 0.04 / 1.04^21 = 0.04 / 2.278768 =
    // 0.0175533 and 0.06 / 1.06^21 = 0.06 / 3.399564 = 0.0176493.
    const json steep = {{"elasticity", -21.0}};
    auto at = [&](double rate) {
        json changes = steep;
        changes["rate"] = rate;
        return changes;
    };
    EXPECT_NEAR(levy().gross(at(0.05))[0] / (735e9 * 0.7), 0.0179471, 1e-6);
    EXPECT_NEAR(levy().gross(at(0.04))[0] / (735e9 * 0.7), 0.0175533, 1e-6);
    EXPECT_NEAR(levy().gross(at(0.06))[0] / (735e9 * 0.7), 0.0176493, 1e-6);
    EXPECT_EQ(levy().indicator("laffer_exceeded", at(0.05)), 0.0);
    EXPECT_EQ(levy().indicator("laffer_exceeded", at(0.0501)), 1.0);
    // |eps| <= 1: revenue rises with the rate over the whole range.
    EXPECT_EQ(levy().indicator("laffer_exceeded", {{"rate", 0.1}, {"elasticity", -1.0}}), 0.0);
}

TEST(RemittanceLevy, GivesTheSameNumbersEveryTimeAndInBatches) {
    levy().expect_deterministic();
}

TEST(RemittanceLevy, RefusesValuesOutsideTheirRanges) {
    EXPECT_EQ(levy().refusal({{"rate", 0.2}}),
              "parameter 'rate' = 0.2 is outside [0, 0.1] fraction of the amount transferred");
    EXPECT_NE(levy().refusal({{"elasticity", 0.5}}).find("'elasticity'"), std::string::npos);
    EXPECT_NE(levy().refusal({{"compliance", -0.1}}).find("'compliance'"), std::string::npos);
}

TEST(RemittanceLevy, DefaultsToTheWorkedExampleWithItsSources) {
    levy().expect_worked_example_is_the_sourced_default();
    EXPECT_EQ(levy().evidence("rate"), "sourced");  // Mathauer et al. 2019
    EXPECT_EQ(levy().evidence("elasticity"), "unverified");
}

}  // namespace
