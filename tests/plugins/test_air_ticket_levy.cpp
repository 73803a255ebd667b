// The air ticket levy model, loaded as the host loads it, against figures worked by hand.
//
// Model: departures = arrivals = Pax (1 - s_transit) / 2, transit = Pax s_transit, each split
// into business (s_b) and economy; gross_t = (1+g)^t x compliance x
// sum fee x Q x (1 + fee/fare)^eps; cost_t = c x gross_t.
// Worked example: 600,000 passengers, 5 % in transit, 8 % in business; France's amounts on
// departures (EUR 4 and EUR 40 at 655.957 FCFA/EUR), nothing on arrivals and transit; fare
// 300,000 FCFA, eps -0.7, compliance 0.95, c 1 %, g 4 %.
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

const finmech::host::Plugin& air_ticket_levy() {
    static const auto plugin = finmech::host::Plugin::load(
        std::filesystem::path(FINMECH_PLUGIN_DIR) / "air_ticket_levy.so", finmech_test::isolation());
    return *plugin;
}

json context() {
    return {{"base_year", 2023},
            {"years", 3},
            {"currency", "FCFA"},
            {"values", {{"air_passengers", 600000}}}};
}

json worked_example() {
    return {{"departure_economy_fee", 2623.828},
            {"departure_business_fee", 26238.28},
            {"arrival_economy_fee", 0.0},
            {"arrival_business_fee", 0.0},
            {"transit_economy_fee", 0.0},
            {"transit_business_fee", 0.0},
            {"transit_share", 0.05},
            {"business_share", 0.08},
            {"average_fare", 300000.0},
            {"elasticity", -0.7},
            {"compliance", 0.95},
            {"collection_cost", 0.01},
            {"growth", 0.04}};
}

json evaluate(const json& changes = json::object()) {
    json parameters = worked_example();
    parameters.update(changes);
    return air_ticket_levy().evaluate({{"context", context()}, {"parameters", parameters}});
}

std::vector<double> gross(const json& changes = json::object()) {
    return evaluate(changes)["gross_revenue"].get<std::vector<double>>();
}

double laffer(const json& changes) {
    return evaluate(changes)["indicators"]["laffer_exceeded"].get<double>();
}

void expect_close(const std::vector<double>& values, const std::vector<double>& expected) {
    plugin_checks::expect_close(values, expected, 1e-10);
}

TEST(AirTicketLevy, MatchesTheWorkedExample) {
    // Departures: 600,000 x 0.95 / 2 = 285,000: economy 262,200, business 22,800.
    // Economy: 2,623.828 / 300,000 = 0.874609 % dearer, 1.00874609^-0.7 = 0.99392289;
    //   2,623.828 x 262,200 x 0.99392289 = 683,786,848.47.
    // Business: 8.74609 % dearer, 1.0874609^-0.7 = 0.94299727;
    //   26,238.28 x 22,800 x 0.94299727 = 564,131,881.79.
    // Sum 1,247,918,730.26; x 0.95 x 1.04 = 1,232,943,705.50 in year 1, then x 1.04 a year.
    const json a = evaluate();
    expect_close(a["gross_revenue"].get<std::vector<double>>(),
                 {1232943705.5007, 1282261453.7207, 1333551911.8695});
    expect_close(a["collection_cost"].get<std::vector<double>>(),
                 {12329437.055007, 12822614.537207, 13335519.118695});
    // Average price rise over all 600,000 passengers:
    //   (262,200 x 0.00874609 + 22,800 x 0.0874609) / 600,000 = 0.00714556.
    EXPECT_NEAR(a["indicators"]["consumer_price_change"].get<double>(), 0.0071455582533, 1e-13);
    EXPECT_EQ(a["indicators"]["collection_cost_share"], 0.01);
    EXPECT_EQ(a["indicators"]["laffer_exceeded"], 0.0);
}

TEST(AirTicketLevy, ChargesEachDirectionAndClassItsOwnFee) {
    // Transit economy alone at 1,000 FCFA, no demand response, full compliance, no growth:
    //   600,000 x 0.05 x 0.92 = 27,600 passengers x 1,000 = 27.6e6 FCFA.
    const json only_transit{{"departure_economy_fee", 0.0},
                            {"departure_business_fee", 0.0},
                            {"transit_economy_fee", 1000.0},
                            {"elasticity", 0.0},
                            {"compliance", 1.0},
                            {"growth", 0.0}};
    EXPECT_NEAR(gross(only_transit)[0], 27.6e6, 1e-6);
    // Arrivals in business at 10,000 FCFA: 285,000 x 0.08 = 22,800 x 10,000 = 228e6 FCFA.
    json only_arrivals = only_transit;
    only_arrivals["transit_economy_fee"] = 0.0;
    only_arrivals["arrival_business_fee"] = 10000.0;
    EXPECT_NEAR(gross(only_arrivals)[0], 228e6, 1e-5);
}

TEST(AirTicketLevy, RaisesNothingWithoutFees) {
    const json a = evaluate({{"departure_economy_fee", 0.0}, {"departure_business_fee", 0.0}});
    EXPECT_EQ(a["gross_revenue"], json({0.0, 0.0, 0.0}));
    EXPECT_EQ(a["indicators"]["consumer_price_change"], 0.0);
}

TEST(AirTicketLevy, RaisesRevenueInProportionToCompliance) {
    const auto full = gross({{"compliance", 1.0}});
    const auto half = gross({{"compliance", 0.5}});
    for (std::size_t t = 0; t < full.size(); ++t) EXPECT_DOUBLE_EQ(half[t], 0.5 * full[t]);
}

TEST(AirTicketLevy, YieldsTheStaticBaseWithoutDemandResponse) {
    // 2,623.828 x 262,200 + 26,238.28 x 22,800 = 1,286,200,485.6; x 0.95 x 1.04^t.
    expect_close(gross({{"elasticity", 0.0}}), {1270766079.7728, 1321596722.9637, 1374460591.8823});
}

TEST(AirTicketLevy, NeverRaisesMoreWithAMoreNegativeElasticity) {
    std::vector<double> previous = gross({{"elasticity", 0.0}});
    for (int step = 1; step <= 20; ++step) {
        const auto current = gross({{"elasticity", -0.1 * step}});
        for (std::size_t t = 0; t < current.size(); ++t)
            EXPECT_LE(current[t], previous[t]) << "step " << step << ", year " << t + 1;
        previous = current;
    }
}

TEST(AirTicketLevy, FlagsFeesPastTheRevenueMaximisingFee) {
    // fare 50,000, eps -2: R = fee (1 + fee/50,000)^-2 peaks at 50,000 / (2 - 1) = 50,000.
    const json elastic{{"average_fare", 50000.0}, {"elasticity", -2.0}};
    json below = elastic, above = elastic;
    below["transit_business_fee"] = 49999.0;
    above["transit_business_fee"] = 50001.0;
    EXPECT_EQ(laffer(below), 0.0);
    EXPECT_EQ(laffer(above), 1.0);
    // The fee at the peak raises more than just below or above it.
    json peak = elastic;
    peak.update({{"departure_economy_fee", 0.0}, {"departure_business_fee", 0.0}});
    auto transit_revenue = [&](double fee) {
        json changes = peak;
        changes["transit_business_fee"] = fee;
        return gross(changes)[0];
    };
    EXPECT_GT(transit_revenue(50000.0), transit_revenue(45000.0));
    EXPECT_GT(transit_revenue(50000.0), transit_revenue(55000.0));
    // With |eps| <= 1 revenue rises with the fee: never flagged.
    EXPECT_EQ(laffer({{"elasticity", -1.0}, {"departure_business_fee", 100000.0}}), 0.0);
}

TEST(AirTicketLevy, GivesTheSameNumbersEveryTimeAndInBatches) {
    const json first = evaluate();
    EXPECT_EQ(evaluate(), first);
    // Batch columns: the numeric parameters in descriptor order.
    const std::vector<double> row{2623.828, 26238.28, 0,    0,    0,    0,   0.05,
                                  0.08,     300000,   -0.7, 0.95, 0.01, 0.04};
    const auto batch = air_ticket_levy().evaluate_batch(
        {{"context", context()}, {"fixed", json::object()}}, row, 1, 3);
    EXPECT_EQ(json(batch.gross_revenue), first["gross_revenue"]);
    EXPECT_EQ(json(batch.collection_cost), first["collection_cost"]);
}

TEST(AirTicketLevy, RefusesOutOfRangeInput) {
    plugin_checks::expect_refused(
        [](const json& bad) { return evaluate(bad); },
        {json::object({{"compliance", 1.5}}), json::object({{"arrival_economy_fee", -15.0}}),
         json::object({{"average_fare", 0.0}})});
}

TEST(AirTicketLevy, DefaultsToTheWorkedExampleAndStatesTheUnitDoubt) {
    plugin_checks::expect_defaults(air_ticket_levy(), worked_example());
    const auto& d = air_ticket_levy().descriptor();
    const auto* fee = d.find_parameter("transit_economy_fee");
    EXPECT_NE(fee->source.find("UNIT DOUBT"), std::string::npos);
    EXPECT_EQ(d.find_parameter("departure_economy_fee")->evidence, "derived");  // EUR 4 x peg
}

}  // namespace
