// The shared parameters and indicators (finmech/sdk/standard.hpp).
#include <string>

#include <finmech/sdk/standard.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

struct Levy {
    double compliance = -1, collection_cost = -1, growth = -1, pass_through = -1, elasticity = -1;
};

// The key, unit and English label of `p`, and that it binds `member` and leaves the range,
// default, uncertainty and source to the plugin.
void expect_shared(const finmech::Parameter<Levy>& p, double Levy::*member, const std::string& key,
                   const std::string& unit, const std::string& label_en) {
    const json j = p.to_json();
    EXPECT_EQ(j["key"], key);
    EXPECT_EQ(j["type"], "number");
    EXPECT_EQ(j["unit"], unit);
    EXPECT_EQ(j["label"]["en"], label_en);
    EXPECT_FALSE(j["label"]["fr"].get<std::string>().empty()) << key;
    EXPECT_FALSE(j["doc"]["fr"].get<std::string>().empty()) << key;
    EXPECT_FALSE(j["doc"]["en"].get<std::string>().empty()) << key;
    EXPECT_TRUE(p.number_member() == member) << key;
    EXPECT_EQ(j["min"], 0.0) << key;
    EXPECT_EQ(j["max"], 0.0) << key;
    EXPECT_EQ(j["default"], 0.0) << key;
    EXPECT_EQ(j["source"], "") << key;
    EXPECT_EQ(j["evidence"], "unverified") << key;
    EXPECT_TRUE(j["uncertainty"].is_null()) << key;
}

TEST(SdkStandard, GivesTheSharedParameters) {
    using namespace finmech::standard;
    expect_shared(compliance(&Levy::compliance), &Levy::compliance, "compliance", "fraction",
                  "Compliance");
    expect_shared(collection_cost(&Levy::collection_cost), &Levy::collection_cost,
                  "collection_cost", "fraction of revenue", "Collection cost");
    expect_shared(growth(&Levy::growth), &Levy::growth, "growth", "fraction per year",
                  "Tax base growth");
    expect_shared(pass_through(&Levy::pass_through), &Levy::pass_through, "pass_through",
                  "fraction", "Pass-through to prices");
    expect_shared(elasticity(&Levy::elasticity), &Levy::elasticity, "elasticity", "dimensionless",
                  "Price elasticity of demand");
}

TEST(SdkStandard, LeavesRangesToTheCallerAndLetsItRewordTheText) {
    const auto p = finmech::standard::growth(&Levy::growth)
                       .label("Croissance du trafic", "Traffic growth")
                       .range(-0.3, 0.3)
                       .default_value(0.04)
                       .source("Domain notes table 2.14", finmech::Evidence::assumed);
    const json j = p.to_json();
    EXPECT_EQ(j["label"], json({{"fr", "Croissance du trafic"}, {"en", "Traffic growth"}}));
    EXPECT_EQ(j["unit"], "fraction per year");
    EXPECT_EQ(j["min"], -0.3);
    EXPECT_EQ(j["max"], 0.3);
    EXPECT_EQ(j["default"], 0.04);
    EXPECT_EQ(j["evidence"], "assumed");
    Levy levy;
    p.apply_default(levy);
    EXPECT_EQ(levy.growth, 0.04);
    EXPECT_EQ(levy.compliance, -1.0);
}

TEST(SdkStandard, GivesTheSharedIndicators) {
    using finmech::Direction;
    const json cost = finmech::standard::collection_cost_share();
    EXPECT_EQ(cost, json({{"key", "collection_cost_share"},
                          {"unit", "fraction"},
                          {"direction", "lower_is_better"},
                          {"label", {{"fr", "Part du coût de recouvrement"},
                                     {"en", "Collection cost share"}}}}));
    const auto price = finmech::standard::consumer_price_change({"Prix du paquet", "Pack price"});
    EXPECT_EQ(price.key, "consumer_price_change");
    EXPECT_EQ(price.unit, "fraction");
    EXPECT_EQ(price.direction, Direction::lower_is_better);
    EXPECT_EQ(price.label.en, "Pack price");
    EXPECT_EQ(finmech::standard::consumer_price_change().label.en, "Consumer price change");
    const auto volume = finmech::standard::volume_change();
    EXPECT_EQ(volume.key, "volume_change");
    EXPECT_EQ(volume.unit, "fraction");
    EXPECT_EQ(volume.direction, Direction::neutral);
    EXPECT_TRUE(volume.label.complete());
    const auto laffer = finmech::standard::laffer_exceeded();
    EXPECT_EQ(laffer.key, "laffer_exceeded");
    EXPECT_EQ(laffer.unit, "flag");
    EXPECT_EQ(laffer.direction, Direction::lower_is_better);
    EXPECT_EQ(laffer.label.en, "Past the revenue-maximising rate");
    const json household = finmech::standard::household_share();
    EXPECT_EQ(household["key"], "household_share");
    EXPECT_EQ(household["unit"], "fraction");
    EXPECT_EQ(household["direction"], "neutral");
}

// Households bear what sellers pass on, never more than the tax itself.
TEST(SdkStandard, HouseholdsBearAtMostTheWholeTax) {
    EXPECT_EQ(finmech::standard::passed_on_to_households(0.6), 0.6);
    EXPECT_EQ(finmech::standard::passed_on_to_households(1.0), 1.0);
    EXPECT_EQ(finmech::standard::passed_on_to_households(1.2), 1.0);  // over-shifting
}

// The spending distribution is optional, in quintiles, each share in [0, 1].
TEST(SdkStandard, GivesTheSpendingSharesRequirement) {
    const json r = finmech::standard::spending_shares("tobacco_spending_shares",
                                                      {"Tabac", "Tobacco"});
    EXPECT_EQ(r, json({{"key", "tobacco_spending_shares"},
                       {"unit", "share of households' spending, by quintile"},
                       {"shape", "quintiles"},
                       {"doc", {{"fr", "Tabac"}, {"en", "Tobacco"}}},
                       {"min", 0.0},
                       {"max", 1.0},
                       {"optional", true},
                       {"role", "spending_shares"}}));
}

// The payers' distribution is optional too, in quintiles, and says its role.
TEST(SdkStandard, GivesThePayerSharesRequirement) {
    const json r = finmech::standard::payer_shares("tobacco_payer_shares", {"Tabac", "Tobacco"});
    EXPECT_EQ(r["shape"], "quintiles");
    EXPECT_EQ(r["role"], "payer_shares");
    EXPECT_EQ(r["optional"], true);
    EXPECT_EQ(r["min"], 0.0);
    EXPECT_EQ(r["max"], 1.0);
}

// The advisory rule on laffer_exceeded holds while the flag is 0.
TEST(SdkStandard, GivesTheRevenueMaximisingRateRule) {
    const json r = finmech::standard::revenue_maximising_rate("a source");
    EXPECT_EQ(r["kind"], "advisory");
    EXPECT_EQ(r["indicator"], "laffer_exceeded");
    EXPECT_EQ(r["min"], 0.0);
    EXPECT_EQ(r["max"], 0.0);
    EXPECT_EQ(r["source"], "a source");
}

}  // namespace
