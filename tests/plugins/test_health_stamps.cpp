// The health stamps model, loaded as the host loads it, against figures worked by hand.
//
// Model: S_k = N_k x compliance_k x r_k with r = 1 for documents and (1 + fee/P)^eps for
// products; gross_t = (1+g)^t sum_k fee_k S_k; cost_t = u (1+g)^t sum_k S_k + c gross_t.
// Worked example: 100,000 passports at 1,000 FCFA (compliance 0.9), 500,000 vehicles at
// 2,000 FCFA (0.75), 100 million product units at 50 FCFA on a 1,000 FCFA price (0.75,
// eps -0.5); stamps cost u = 5 FCFA each, administration c = 3 %, growth g = 3 %.
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

const finmech::host::Plugin& health_stamps() {
    static const auto plugin =
        finmech::host::Plugin::load(std::filesystem::path(FINMECH_PLUGIN_DIR) / "health_stamps.so", finmech_test::isolation());
    return *plugin;
}

json context() {
    return {{"base_year", 2023},
            {"years", 3},
            {"currency", "FCFA"},
            {"values",
             {{"passports_issued", 100000},
              {"vehicle_fleet", 500000},
              {"stamped_product_units", 100e6}}}};
}

json worked_example() {
    return {{"passport_fee", 1000.0},  {"passport_compliance", 0.9},
            {"vehicle_fee", 2000.0},   {"vehicle_compliance", 0.75},
            {"product_fee", 50.0},     {"product_compliance", 0.75},
            {"product_price", 1000.0}, {"product_elasticity", -0.5},
            {"stamp_cost", 5.0},       {"collection_cost", 0.03},
            {"growth", 0.03}};
}

json evaluate(const json& changes = json::object()) {
    json parameters = worked_example();
    parameters.update(changes);
    return health_stamps().evaluate({{"context", context()}, {"parameters", parameters}});
}

std::vector<double> series(const json& result, const char* key) {
    return result[key].get<std::vector<double>>();
}

void expect_close(const std::vector<double>& values, const std::vector<double>& expected) {
    plugin_checks::expect_close(values, expected, 1e-09);
}

TEST(HealthStamps, MatchesTheWorkedExample) {
    // Stamps in the base year: passports 100,000 x 0.9 = 90,000; vehicles 500,000 x 0.75 =
    //   375,000; products 100e6 x 0.75 x 1.05^-0.5 = 75e6 x 0.97590007295 = 73,192,505.471.
    // Revenue: 90e6 + 750e6 + 50 x 73,192,505.471 = 4,499,625,273.56 FCFA.
    // Year 1 (x 1.03): gross 4,634,614,031.76; cost 5 x 73,657,505.471 x 1.03 + 0.03 x gross
    //   = 379,336,153.18 + 139,038,420.95 = 518,374,574.13. Years 2 and 3: x 1.03 each.
    const json a = evaluate();
    expect_close(series(a, "gross_revenue"), {4634614031.7637, 4773652452.7166, 4916862026.2981});
    expect_close(series(a, "collection_cost"), {518374574.12928, 533925811.35316, 549943585.69376});
    expect_close(series(a, "net_revenue"), {4116239457.6344, 4239726641.3634, 4366918440.6043});
    // Cost share: 5 x 73,657,505.471 / 4,499,625,273.56 + 0.03 = 0.0818485 + 0.03.
    EXPECT_NEAR(a["indicators"]["collection_cost_share"].get<double>(), 0.1118484885, 1e-10);
    // The product's price rises by 50 / 1,000.
    EXPECT_DOUBLE_EQ(a["indicators"]["consumer_price_change"].get<double>(), 0.05);
    EXPECT_EQ(a["indicators"]["low_evidence"], 1.0);
}

TEST(HealthStamps, RaisesAndSpendsNothingWithoutFees) {
    const json a = evaluate({{"passport_fee", 0.0}, {"vehicle_fee", 0.0}, {"product_fee", 0.0}});
    EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["collection_cost"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["indicators"]["collection_cost_share"], 0.0);
}

TEST(HealthStamps, PrintsStampsOnlyForTheItemsLevied) {
    // Passports alone: 90,000 stamps, 90e6 FCFA; year 1 cost 1.03 x (5 x 90,000 + 0.03 x 90e6)
    //   = 1.03 x 3,150,000 = 3,244,500; share 450,000 / 90e6 + 0.03 = 0.035.
    const json a = evaluate({{"vehicle_fee", 0.0}, {"product_fee", 0.0}});
    EXPECT_NEAR(series(a, "gross_revenue")[0], 92.7e6, 1e-3);
    EXPECT_NEAR(series(a, "collection_cost")[0], 3244500.0, 1e-6);
    EXPECT_NEAR(a["indicators"]["collection_cost_share"].get<double>(), 0.035, 1e-15);
}

TEST(HealthStamps, RaisesRevenueInProportionToCompliance) {
    const json full = evaluate(
        {{"passport_compliance", 1.0}, {"vehicle_compliance", 1.0}, {"product_compliance", 1.0}});
    const json half = evaluate(
        {{"passport_compliance", 0.5}, {"vehicle_compliance", 0.5}, {"product_compliance", 0.5}});
    for (const char* key : {"gross_revenue", "collection_cost"}) {
        const auto f = series(full, key), h = series(half, key);
        for (std::size_t t = 0; t < f.size(); ++t) EXPECT_DOUBLE_EQ(h[t], 0.5 * f[t]) << key;
    }
}

TEST(HealthStamps, YieldsTheStaticBaseWithoutDemandResponse) {
    // eps = 0: 90e6 + 750e6 + 50 x 75e6 = 4,590e6 FCFA, x 1.03^t.
    expect_close(series(evaluate({{"product_elasticity", 0.0}}), "gross_revenue"),
                 {4727.7e6, 4869.531e6, 5015.61693e6});
}

TEST(HealthStamps, NeverRaisesMoreWithAMoreNegativeElasticity) {
    // A fee of 5,000 FCFA on a 1,000 FCFA product makes the response visible.
    auto gross_at = [](double elasticity) {
        return series(evaluate({{"product_fee", 5000.0}, {"product_elasticity", elasticity}}),
                      "gross_revenue");
    };
    std::vector<double> previous = gross_at(0.0);
    for (int step = 1; step <= 20; ++step) {
        const auto current = gross_at(-0.1 * step);
        for (std::size_t t = 0; t < current.size(); ++t)
            EXPECT_LE(current[t], previous[t]) << "step " << step << ", year " << t + 1;
        previous = current;
    }
}

TEST(HealthStamps, GivesTheSameNumbersEveryTimeAndInBatches) {
    const json first = evaluate();
    EXPECT_EQ(evaluate(), first);
    // Batch columns: the numeric parameters in descriptor order.
    const std::vector<double> row{1000, 0.9, 2000, 0.75, 50, 0.75, 1000, -0.5, 5, 0.03, 0.03};
    const auto batch = health_stamps().evaluate_batch(
        {{"context", context()}, {"fixed", json::object()}}, row, 1, 3);
    EXPECT_EQ(json(batch.gross_revenue), first["gross_revenue"]);
    EXPECT_EQ(json(batch.collection_cost), first["collection_cost"]);
}

TEST(HealthStamps, RefusesOutOfRangeInput) {
    plugin_checks::expect_refused(
        [](const json& bad) { return evaluate(bad); },
        {json::object({{"vehicle_compliance", 1.2}}), json::object({{"passport_fee", -1.0}}),
         json::object({{"product_price", 0.0}})});
}

TEST(HealthStamps, DefaultsToTheWorkedExampleAndFlagsWeakEvidence) {
    plugin_checks::expect_defaults(health_stamps(), worked_example());
    const auto& d = health_stamps().descriptor();
    // No documented West African scheme: the fees and compliance rates are unverified.
    EXPECT_EQ(d.find_parameter("passport_fee")->evidence, "unverified");
    EXPECT_EQ(d.find_parameter("product_compliance")->evidence, "unverified");
}

}  // namespace
