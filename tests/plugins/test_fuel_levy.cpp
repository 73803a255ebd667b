// The fuel levy model, loaded as the host loads it, against figures worked by hand.
//
// Model: L_t = L_0 (1+g)^t; dP/P = phi x s / P_0; gross_t = s x L_t x (1 + dP/P)^eps x compliance;
// cost_t = c x gross_t. Worked example: L_0 = 1.92e9 litres, P_0 = 775 FCFA/L, s = 15 FCFA/L,
// phi 1, eps -0.2, compliance 0.95, c 1 %, g 4 %.
#include <gtest/gtest.h>

#include <filesystem>
#include <finmech/host/plugin.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "plugin_checks.hpp"
#include "isolation.hpp"

namespace {

using nlohmann::json;

const finmech::host::Plugin& fuel_levy() {
    static const auto plugin =
        finmech::host::Plugin::load(std::filesystem::path(FINMECH_PLUGIN_DIR) / "fuel_levy.so", finmech_test::isolation());
    return *plugin;
}

json context(double pump_price = 775.0) {
    return {{"base_year", 2023},
            {"years", 3},
            {"currency", "FCFA"},
            {"values", {{"fuel_litres", 1.92e9}, {"fuel_pump_price", pump_price}}}};
}

json worked_example() {
    return {{"amount", 15.0},     {"pass_through", 1.0},     {"elasticity", -0.2},
            {"compliance", 0.95}, {"collection_cost", 0.01}, {"growth", 0.04}};
}

json evaluate(const json& changes = json::object(), double pump_price = 775.0) {
    json parameters = worked_example();
    parameters.update(changes);
    return fuel_levy().evaluate({{"context", context(pump_price)}, {"parameters", parameters}});
}

std::vector<double> gross(const json& changes) {
    return evaluate(changes)["gross_revenue"].get<std::vector<double>>();
}

void expect_close(const std::vector<double>& values, const std::vector<double>& expected) {
    plugin_checks::expect_close(values, expected, 1e-12);
}

TEST(FuelLevy, MatchesTheWorkedExample) {
    // dP/P = 15 / 775 = 0.0193548; (1.0193548)^-0.2 = 0.99617336.
    // Year 1: 15 x 1.92e9 x 1.04 x 0.99617336 x 0.95 = 28,345,515,172.50; then x 1.04 a year.
    const json a = evaluate();
    expect_close(a["gross_revenue"].get<std::vector<double>>(),
                 {28345515172.500, 29479335779.400, 30658509210.576});
    expect_close(a["collection_cost"].get<std::vector<double>>(),
                 {283455151.72500, 294793357.79400, 306585092.10576});
    EXPECT_NEAR(a["indicators"]["consumer_price_change"].get<double>(), 0.0193548387097, 1e-13);
    EXPECT_NEAR(a["indicators"]["volume_change"].get<double>(), -0.0038266428918, 1e-13);
    EXPECT_EQ(a["indicators"]["collection_cost_share"], 0.01);
    EXPECT_EQ(a["indicators"]["household_share"], 1.0);  // full pass-through
    EXPECT_EQ(a["indicators"]["laffer_exceeded"], 0.0);
}

TEST(FuelLevy, RaisesNothingAtAnAmountOfZero) {
    const json a = evaluate({{"amount", 0.0}});
    EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["indicators"]["consumer_price_change"], 0.0);
    EXPECT_EQ(a["indicators"]["volume_change"], 0.0);
}

TEST(FuelLevy, RaisesRevenueInProportionToCompliance) {
    const auto full = gross({{"compliance", 1.0}});
    const auto half = gross({{"compliance", 0.5}});
    for (std::size_t t = 0; t < full.size(); ++t) EXPECT_DOUBLE_EQ(half[t], 0.5 * full[t]);
}

TEST(FuelLevy, YieldsTheStaticBaseWithoutBehaviouralResponse) {
    // 15 x 1.92e9 x 0.95 = 27.36e9, x 1.04^t.
    const std::vector<double> static_yield{28.4544e9, 29.592576e9, 30.77627904e9};
    expect_close(gross({{"elasticity", 0.0}}), static_yield);
    expect_close(gross({{"pass_through", 0.0}, {"elasticity", -1.5}}), static_yield);
}

TEST(FuelLevy, NeverRaisesMoreWithAMoreNegativeElasticity) {
    std::vector<double> previous = gross({{"amount", 500.0}, {"elasticity", 0.0}});
    for (int step = 1; step <= 15; ++step) {
        const auto current = gross({{"amount", 500.0}, {"elasticity", -0.1 * step}});
        for (std::size_t t = 0; t < current.size(); ++t)
            EXPECT_LE(current[t], previous[t]) << "step " << step << ", year " << t + 1;
        previous = current;
    }
}

TEST(FuelLevy, FlagsAmountsPastTheRevenueMaximisingAmount) {
    // P_0 = 300, eps -1.5, phi 1: s* = 300 / (1.5 - 1) = 600 FCFA/L.
    auto at = [](double amount, const char* key) {
        return evaluate({{"amount", amount}, {"elasticity", -1.5}}, 300.0)[key];
    };
    EXPECT_EQ(at(599.0, "indicators")["laffer_exceeded"], 0.0);
    EXPECT_EQ(at(601.0, "indicators")["laffer_exceeded"], 1.0);
    // Revenue is highest at s*.
    const double peak = at(600.0, "gross_revenue")[0].get<double>();
    EXPECT_GT(peak, at(550.0, "gross_revenue")[0].get<double>());
    EXPECT_GT(peak, at(650.0, "gross_revenue")[0].get<double>());
    // Half the pass-through doubles s* to 1,200, beyond the range: no flag at 1,000.
    EXPECT_EQ(evaluate({{"amount", 1000.0}, {"elasticity", -1.5}, {"pass_through", 0.5}},
                       300.0)["indicators"]["laffer_exceeded"],
              0.0);
    // |eps| <= 1: revenue rises with the amount, never flagged.
    EXPECT_EQ(evaluate({{"amount", 1000.0}, {"elasticity", -1.0}},
                       300.0)["indicators"]["laffer_exceeded"],
              0.0);
}

TEST(FuelLevy, GivesTheSameNumbersEveryTimeAndInBatches) {
    const json first = evaluate();
    EXPECT_EQ(evaluate(), first);
    // Batch columns: the numeric parameters in descriptor order.
    const std::vector<double> row{15.0, 1.0, -0.2, 0.95, 0.01, 0.04};
    const auto batch =
        fuel_levy().evaluate_batch({{"context", context()}, {"fixed", json::object()}}, row, 1, 3);
    EXPECT_EQ(json(batch.gross_revenue), first["gross_revenue"]);
    EXPECT_EQ(json(batch.collection_cost), first["collection_cost"]);
}

TEST(FuelLevy, RefusesOutOfRangeInput) {
    plugin_checks::expect_refused(
        [](const json& bad) { return evaluate(bad); },
        {json::object({{"amount", -5.0}}), json::object({{"compliance", 1.1}}),
         json::object({{"elasticity", 0.3}})});
    // A pump price of zero is a broken context, refused with its name rather than infinite.
    try {
        evaluate(json::object(), 0.0);
        ADD_FAILURE() << "accepted a pump price of 0";
    } catch (const finmech::host::PluginCallFailed& e) {
        EXPECT_NE(std::string(e.what()).find("fuel_pump_price"), std::string::npos) << e.what();
    }
}

TEST(FuelLevy, DefaultsToTheWorkedExampleWithItsSources) {
    plugin_checks::expect_defaults(fuel_levy(), worked_example());
}

}  // namespace
