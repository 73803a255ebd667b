// The telecom levy model, loaded as the host loads it, against figures worked by hand.
//
// Model: T_t = T_0 (1+g)^t; dP = phi x rate; gross_t = rate x T_t x (1+dP)^(1+eps) x compliance;
// cost_t = c x gross_t. Worked example (Mali 2023 context): T_0 = 615.3e9 FCFA, rate 0.02,
// phi 0.5, eps -0.5, compliance 0.98, c 0.01, g 0.05.
#include <filesystem>
#include <string>
#include <vector>

#include <finmech/host/plugin.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include "isolation.hpp"

namespace {

using nlohmann::json;

const finmech::host::Plugin& telecom_levy() {
    static const auto plugin =
        finmech::host::Plugin::load(std::filesystem::path(FINMECH_PLUGIN_DIR) / "telecom_levy.so", finmech_test::isolation());
    return *plugin;
}

json context() {
    return {{"base_year", 2023},
            {"years", 3},
            {"currency", "FCFA"},
            {"values", {{"telecom_turnover", 615.3e9}}}};
}

json worked_example() {
    return {{"rate", 0.02},       {"pass_through", 0.5},     {"elasticity", -0.5},
            {"compliance", 0.98}, {"collection_cost", 0.01}, {"growth", 0.05}};
}

// The worked example with `changes` applied.
json evaluate(const json& changes = json::object()) {
    json parameters = worked_example();
    parameters.update(changes);
    return telecom_levy().evaluate({{"context", context()}, {"parameters", parameters}});
}

std::vector<double> gross(const json& changes) {
    return evaluate(changes)["gross_revenue"].get<std::vector<double>>();
}

void expect_close(const json& actual, const std::vector<double>& expected) {
    const auto values = actual.get<std::vector<double>>();
    ASSERT_EQ(values.size(), expected.size());
    for (std::size_t t = 0; t < expected.size(); ++t)
        EXPECT_NEAR(values[t], expected[t], 1e-12 * std::abs(expected[t])) << "year " << t + 1;
}

TEST(TelecomLevy, MatchesTheWorkedExample) {
    // Year 1: T_1 = 615.3e9 x 1.05 = 646.065e9; dP = 0.5 x 0.02 = 0.01;
    //   (1.01)^(1 - 0.5) = 1.0049875621;
    //   gross_1 = 0.02 x 646.065e9 x 1.0049875621 x 0.98 = 12 726 030 870.59.
    // Years 2 and 3: x 1.05 each = 13 362 332 414.12 and 14 030 449 034.83.
    const std::vector<double> gross{12726030870.59256, 13362332414.12219, 14030449034.82829};
    const json a = evaluate();
    expect_close(a["gross_revenue"], gross);
    // Cost 1 % of gross; net 99 %.
    expect_close(a["collection_cost"], {127260308.7059256, 133623324.1412219, 140304490.3482829});
    expect_close(a["net_revenue"], {12598770561.88663, 13228709089.98097, 13890144544.48001});
    // Prices rise by dP = 1 %; volume moves by 1.01^-0.5 - 1 = -0.49628 %.
    EXPECT_DOUBLE_EQ(a["indicators"]["consumer_price_change"].get<double>(), 0.01);
    EXPECT_NEAR(a["indicators"]["volume_change"].get<double>(), -0.0049628098, 1e-10);
    EXPECT_DOUBLE_EQ(a["indicators"]["collection_cost_share"].get<double>(), 0.01);
    // Households bear what is passed on to them.
    EXPECT_DOUBLE_EQ(a["indicators"]["household_share"].get<double>(), 0.5);
}

TEST(TelecomLevy, RaisesNothingAtARateOfZero) {
    const json a = evaluate({{"rate", 0.0}});
    EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["net_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["indicators"]["consumer_price_change"], 0.0);
}

TEST(TelecomLevy, RaisesRevenueInProportionToCompliance) {
    const auto full = gross({{"compliance", 1.0}});
    const auto half = gross({{"compliance", 0.5}});
    for (std::size_t t = 0; t < full.size(); ++t) EXPECT_DOUBLE_EQ(half[t], 0.5 * full[t]);
}

TEST(TelecomLevy, YieldsTheStaticBaseWithoutBehaviouralResponse) {
    // dP = 0: gross_t = 0.02 x 615.3e9 x 1.05^t x 0.98
    //   = 12 662 874 000, 13 296 017 700, 13 960 818 585.
    const std::vector<double> static_yield{12662874000, 13296017700, 13960818585};
    expect_close(json(gross({{"pass_through", 0.0}, {"elasticity", 0.0}})), static_yield);
    // Unit elasticity: prices up by dP, volume down by as much, turnover unchanged.
    expect_close(json(gross({{"pass_through", 1.0}, {"elasticity", -1.0}})), static_yield);
}

TEST(TelecomLevy, NeverRaisesMoreWithAMoreNegativeElasticity) {
    std::vector<double> previous =
        gross({{"rate", 0.2}, {"pass_through", 1.0}, {"elasticity", 0.0}});
    for (int step = 1; step <= 15; ++step) {
        const double elasticity = -0.1 * step;
        const auto current =
            gross({{"rate", 0.2}, {"pass_through", 1.0}, {"elasticity", elasticity}});
        for (std::size_t t = 0; t < current.size(); ++t)
            EXPECT_LE(current[t], previous[t]) << "elasticity " << elasticity << ", year " << t + 1;
        previous = current;
    }
}

TEST(TelecomLevy, GivesTheSameNumbersEveryTimeAndInBatches) {
    const json first = evaluate();
    EXPECT_EQ(evaluate(), first);
    // Batch columns: the numeric parameters in descriptor order.
    const std::vector<double> row{0.02, 0.5, -0.5, 0.98, 0.01, 0.05};
    const auto batch = telecom_levy().evaluate_batch(
        {{"context", context()}, {"fixed", json::object()}}, row, 1, 3);
    EXPECT_EQ(json(batch.gross_revenue), first["gross_revenue"]);
    EXPECT_EQ(json(batch.collection_cost), first["collection_cost"]);
}

TEST(TelecomLevy, DefaultsToTheWorkedExampleWithItsSources) {
    const auto& d = telecom_levy().descriptor();
    const json example = worked_example();
    for (const auto& [key, value] : example.items()) {
        const auto* p = d.find_parameter(key);
        ASSERT_NE(p, nullptr) << key;
        EXPECT_EQ(p->default_value, value) << key;
        EXPECT_FALSE(p->source.empty()) << key;
    }
    EXPECT_EQ(d.find_parameter("rate")->evidence, "sourced");  // Mathauer et al. 2019, Table 3
}

}  // namespace
