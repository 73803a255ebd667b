// The lottery levy model, loaded as the host loads it, against figures worked by hand.
//
// Model: on the Treasury payments, gross_t = s x Red_0 (1+g)^t x compliance; on gross gaming
// revenue, GGR_0 = Payouts_0 (1 - r) / r, dP = phi x s and
// gross_t = s x GGR_0 (1+dP)^(1+eps) (1+g)^t x compliance; cost_t = c x gross_t.
// Worked example: redevances 4.9 bn FCFA, payouts 57.06 bn FCFA, share 20 %, payout ratio 0.65,
// phi 1, eps -1, compliance 1, c 1 %, g 3 %.
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

const finmech::host::Plugin& lottery_levy() {
    static const auto plugin =
        finmech::host::Plugin::load(std::filesystem::path(FINMECH_PLUGIN_DIR) / "lottery_levy.so", finmech_test::isolation());
    return *plugin;
}

json context() {
    return {{"base_year", 2023},
            {"years", 3},
            {"currency", "FCFA"},
            {"values", {{"lottery_treasury_payments", 4.9e9}, {"lottery_payouts", 57.06e9}}}};
}

json worked_example() {
    return {{"base", "treasury_payments"}, {"share", 0.2},       {"payout_ratio", 0.65},
            {"pass_through", 1.0},         {"elasticity", -1.0}, {"compliance", 1.0},
            {"collection_cost", 0.01},     {"growth", 0.03}};
}

json evaluate(const json& changes = json::object()) {
    json parameters = worked_example();
    parameters.update(changes);
    return lottery_levy().evaluate({{"context", context()}, {"parameters", parameters}});
}

std::vector<double> gross(const json& changes = json::object()) {
    return evaluate(changes)["gross_revenue"].get<std::vector<double>>();
}

// `changes` on the gross gaming revenue base.
std::vector<double> gross_on_ggr(json changes = json::object()) {
    changes["base"] = "gross_gaming_revenue";
    return gross(changes);
}

void expect_close(const std::vector<double>& values, const std::vector<double>& expected) {
    plugin_checks::expect_close(values, expected, 1e-12);
}

TEST(LotteryLevy, EarmarksAShareOfTheTreasuryPayments) {
    // 0.2 x 4.9e9 = 0.98e9; x 1.03^t = 1.0094e9, 1.039682e9, 1.07087246e9.
    const json a = evaluate();
    expect_close(a["gross_revenue"].get<std::vector<double>>(),
                 {1.0094e9, 1.039682e9, 1.07087246e9});
    expect_close(a["collection_cost"].get<std::vector<double>>(),
                 {1.0094e7, 1.039682e7, 1.07087246e7});
    // Money the Treasury already receives: flagged, and no price moves.
    EXPECT_EQ(a["indicators"]["reallocates_existing_revenue"], 1.0);
    EXPECT_EQ(a["indicators"]["consumer_price_change"], 0.0);
    EXPECT_EQ(a["indicators"]["collection_cost_share"], 0.01);
    EXPECT_EQ(a["indicators"]["household_share"], 0.0);  // players pay nothing more
}

TEST(LotteryLevy, LeviesGrossGamingRevenueInferredFromPayouts) {
    // GGR_0 = 57.06e9 x 0.35 / 0.65 = 30,724,615,384.62; dP = 0.2.
    // eps -1: stakes fall as the take-out rises, GGR unchanged: 0.2 x GGR_0 x 1.03
    //   = 6,329,270,769.23 in year 1.
    const json a = evaluate({{"base", "gross_gaming_revenue"}});
    EXPECT_NEAR(a["gross_revenue"][0].get<double>(), 6329270769.2308, 1e-3);
    EXPECT_EQ(a["indicators"]["reallocates_existing_revenue"], 0.0);
    EXPECT_DOUBLE_EQ(a["indicators"]["consumer_price_change"].get<double>(), 0.2);
    // eps -0.5: x 1.2^0.5 = 1.09544512; 6,144,923,076.92 x 1.09544512 x 1.03^t.
    expect_close(gross_on_ggr({{"elasticity", -0.5}}),
                 {6933368745.7315, 7141369808.1035, 7355610902.3466});
}

TEST(LotteryLevy, RaisesNothingAtAShareOfZero) {
    for (const char* base : {"treasury_payments", "gross_gaming_revenue"}) {
        const json a = evaluate({{"base", base}, {"share", 0.0}});
        EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0})) << base;
        EXPECT_EQ(a["indicators"]["consumer_price_change"], 0.0) << base;
    }
}

TEST(LotteryLevy, RaisesRevenueInProportionToCompliance) {
    for (const char* base : {"treasury_payments", "gross_gaming_revenue"}) {
        const auto full = gross({{"base", base}, {"compliance", 1.0}});
        const auto half = gross({{"base", base}, {"compliance", 0.5}});
        for (std::size_t t = 0; t < full.size(); ++t)
            EXPECT_DOUBLE_EQ(half[t], 0.5 * full[t]) << base;
    }
}

TEST(LotteryLevy, YieldsTheStaticBaseWithoutBehaviouralResponse) {
    // No pass-through: 0.2 x 30,724,615,384.62 x 1.03^t whatever the elasticity.
    const std::vector<double> static_yield{6329270769.2308, 6519148892.3077, 6714723359.0769};
    expect_close(gross_on_ggr({{"pass_through", 0.0}, {"elasticity", -2.0}}), static_yield);
    // Unit elasticity: the take-out rises by dP, stakes fall by as much, GGR unchanged.
    expect_close(gross_on_ggr({{"pass_through", 1.0}, {"elasticity", -1.0}}), static_yield);
}

TEST(LotteryLevy, NeverRaisesMoreWithAMoreNegativeElasticity) {
    std::vector<double> previous = gross_on_ggr({{"share", 0.5}, {"elasticity", 0.0}});
    for (int step = 1; step <= 20; ++step) {
        const auto current = gross_on_ggr({{"share", 0.5}, {"elasticity", -0.1 * step}});
        for (std::size_t t = 0; t < current.size(); ++t)
            EXPECT_LE(current[t], previous[t]) << "step " << step << ", year " << t + 1;
        previous = current;
    }
}

TEST(LotteryLevy, RaisesMoreWithAHigherShareOverTheWholeElasticityRange) {
    // R(s) = s (1 + phi s)^(1+eps) rises with s while eps >= -2, the range's floor: no Laffer
    // peak, hence no flag.
    std::vector<double> previous = gross_on_ggr({{"share", 0.0}, {"elasticity", -2.0}});
    for (int step = 1; step <= 10; ++step) {
        const auto current = gross_on_ggr({{"share", 0.1 * step}, {"elasticity", -2.0}});
        EXPECT_GT(current[0], previous[0]) << "share " << 0.1 * step;
        previous = current;
    }
}

TEST(LotteryLevy, GivesTheSameNumbersEveryTimeAndInBatches) {
    const json first = evaluate({{"base", "gross_gaming_revenue"}});
    EXPECT_EQ(evaluate({{"base", "gross_gaming_revenue"}}), first);
    // Batch columns: the numeric parameters in descriptor order; the choice is fixed.
    const std::vector<double> row{0.2, 0.65, 1.0, -1.0, 1.0, 0.01, 0.03};
    const auto batch = lottery_levy().evaluate_batch(
        {{"context", context()}, {"fixed", {{"base", "gross_gaming_revenue"}}}}, row, 1, 3);
    EXPECT_EQ(json(batch.gross_revenue), first["gross_revenue"]);
    EXPECT_EQ(json(batch.collection_cost), first["collection_cost"]);
}

TEST(LotteryLevy, RefusesOutOfRangeInput) {
    plugin_checks::expect_refused(
        [](const json& bad) { return evaluate(bad); },
        {json::object({{"share", 1.5}}), json::object({{"payout_ratio", 0.0}}),
         json::object({{"base", "stakes"}}), json::object({{"elasticity", -3.0}})});
}

TEST(LotteryLevy, DefaultsToTheWorkedExampleWithItsSources) {
    plugin_checks::expect_defaults(lottery_levy(), worked_example());
    const auto& d = lottery_levy().descriptor();
    // PMU-Mali's stakes are unpublished, so the payout ratio is flagged.
    EXPECT_EQ(d.find_parameter("payout_ratio")->evidence, "unverified");
}

}  // namespace
