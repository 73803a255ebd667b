// One-at-a-time sensitivity through the real telecom levy plugin (finmech/host/sensitivity.hpp).
#include <gtest/gtest.h>

#include <finmech/host/plugin_catalog.hpp>
#include <finmech/host/sensitivity.hpp>

#include "plugin_files.hpp"
#include "isolation.hpp"

namespace {

using nlohmann::json;

const finmech::host::PluginCatalog& catalog() {
    static const auto catalog =
        finmech::host::PluginCatalog::load({finmech_test::telecom_levy_file().parent_path()}, finmech_test::isolation());
    return catalog;
}

// Compliance varies widely, the elasticity a little, the rest is fixed.
finmech::host::Scenario scenario() {
    const json parameters{{"rate", 0.02},
                          {"pass_through", 0.5},
                          {"elasticity", {{"dist", "uniform"}, {"low", -0.6}, {"high", -0.4}}},
                          {"compliance", {{"dist", "uniform"}, {"low", 0.6}, {"high", 1.0}}},
                          {"collection_cost", 0.01},
                          {"growth", 0.05}};
    const json document{{"context",
                         {{"base_year", 2023},
                          {"horizon", 3},
                          {"currency", "FCFA"},
                          {"telecom_turnover", 615.3e9}}},
                        {"mechanisms", {{{"plugin", "telecom_levy"}, {"parameters", parameters}}}}};
    auto s = finmech::host::read_scenario(document, "mali.json");
    check_scenario(s, catalog());
    return s;
}

TEST(Sensitivity, SwingsOnlyWhatVariesLargestFirst) {
    const auto s = scenario();
    const auto result = finmech::host::sensitivity(s, s.mechanisms.at(0),
                                                   *catalog().find("telecom_levy"), 7);
    ASSERT_EQ(result.swings.size(), 2u);
    EXPECT_EQ(result.swings[0].parameter, "compliance");
    EXPECT_EQ(result.swings[1].parameter, "elasticity");
    // P5 and P95 of U(0.6, 1.0) are 0.62 and 0.98, up to sampling error.
    EXPECT_NEAR(result.swings[0].low, 0.62, 0.01);
    EXPECT_NEAR(result.swings[0].high, 0.98, 0.01);
}

TEST(Sensitivity, RevenueMovesInProportionToCompliance) {
    const auto s = scenario();
    const auto result = finmech::host::sensitivity(s, s.mechanisms.at(0),
                                                   *catalog().find("telecom_levy"), 7);
    const auto& compliance = result.swings.at(0);
    // The point estimate of U(0.6, 1.0) is its mean, 0.8.
    EXPECT_NEAR(compliance.result_low, result.base * compliance.low / 0.8, 1e-6 * result.base);
    EXPECT_NEAR(compliance.result_high, result.base * compliance.high / 0.8, 1e-6 * result.base);
    EXPECT_GT(result.base, 0.0);
}

TEST(Sensitivity, JsonNamesTheMeasureAndEachParameter) {
    const auto s = scenario();
    const json j = finmech::host::to_json(
        finmech::host::sensitivity(s, s.mechanisms.at(0), *catalog().find("telecom_levy"), 7),
        "FCFA");
    EXPECT_EQ(j.at("unit"), "FCFA");
    EXPECT_EQ(j.at("parameters").size(), 2u);
    EXPECT_EQ(j.at("parameters")[0].at("parameter"), "compliance");
    EXPECT_TRUE(j.at("parameters")[0].at("label").contains("fr"));
}

}  // namespace
