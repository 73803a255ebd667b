// Who pays, by household quintile: payments, concentration and Kakwani indices worked by hand.
#include <gtest/gtest.h>

#include <finmech/host/incidence.hpp>

namespace {

using finmech::host::BatchResult;
using finmech::host::MechanismDescriptor;
using finmech::host::Scenario;
using nlohmann::json;

// Spending given in raw amounts (1:2:3:6:8), so the shares must be normalised: 0.05, 0.10,
// 0.15, 0.30, 0.40. Fractional ranks 0.1, 0.3, 0.5, 0.7, 0.9:
//   C = 2 (0.005 + 0.03 + 0.075 + 0.21 + 0.36) - 1 = 0.36
//   G = 2 (0.01 + 0.045 + 0.10 + 0.175 + 0.27) - 1 = 0.20 for welfare 0.10 ... 0.30
//   K = C - G = 0.16
Scenario scenario(bool with_welfare = true, bool with_spending = true) {
    json context{{"base_year", 2023}, {"horizon", 2}, {"currency", "FCFA"}};
    if (with_spending) context["good_spending_shares"] = {{"value", {0.01, 0.02, 0.03, 0.06, 0.08}}};
    if (with_welfare)
        context["consumption_shares_by_quintile"] = {{"value", {0.10, 0.15, 0.20, 0.25, 0.30}}};
    return finmech::host::read_scenario({{"context", context}, {"mechanisms", {{{"plugin", "any"}}}}},
                                        "test.json");
}

MechanismDescriptor levy() {
    MechanismDescriptor d;
    d.id = "levy";
    d.indicators = {{"collection_cost_share", "fraction", "lower_is_better", {}},
                    {"household_share", "fraction", "neutral", {}}};
    d.requirements = {{"good_spending_shares", "share", "quintiles", {}, 0.0, 1.0, true}};
    return d;
}

// Two draws, two years, no collection cost, `indicators` per draw.
BatchResult batch(const std::vector<double>& indicators) {
    BatchResult b = BatchResult::zeros(2, 2, indicators.size() / 2);
    std::ranges::copy(std::vector<double>{100, 200, 300, 400}, b.gross_revenue.begin());
    std::ranges::copy(indicators, b.indicators.begin());
    return b;
}

// Households bear half the levy in draw 0 and all of it in draw 1.
BatchResult batch() { return batch({0.01, 0.5, 0.01, 1.0}); }

TEST(HouseholdIncidence, PaymentsFollowSpendingSharesOfWhatHouseholdsBear) {
    const auto incidence = finmech::host::household_incidence(scenario(), levy(), batch());
    ASSERT_TRUE(incidence.has_value());
    EXPECT_EQ(incidence->spending_key, "good_spending_shares");
    EXPECT_DOUBLE_EQ(incidence->household_share, 0.75);
    const double shares[] = {0.05, 0.10, 0.15, 0.30, 0.40};
    // Year 1: (100 x 0.5 + 300 x 1) / 2 = 175 borne by households; year 2: (200 x 0.5 + 400) / 2.
    const double borne[] = {175.0, 250.0};
    ASSERT_EQ(incidence->payments.size(), 2u);
    for (std::size_t t = 0; t < 2; ++t)
        for (std::size_t q = 0; q < 5; ++q) {
            EXPECT_NEAR(incidence->payment_shares[q], shares[q], 1e-12);
            EXPECT_NEAR(incidence->payments[t][q], borne[t] * shares[q], 1e-9);
        }
}

TEST(HouseholdIncidence, ConcentrationAndKakwaniIndices) {
    const auto incidence = finmech::host::household_incidence(scenario(), levy(), batch());
    ASSERT_TRUE(incidence.has_value());
    EXPECT_NEAR(incidence->concentration_index, 0.36, 1e-12);
    ASSERT_TRUE(incidence->kakwani_index.has_value());
    EXPECT_NEAR(*incidence->kakwani_index, 0.16, 1e-12);
}

TEST(HouseholdIncidence, NoKakwaniWithoutTheWelfareDistribution) {
    const auto incidence =
        finmech::host::household_incidence(scenario(/*with_welfare=*/false), levy(), batch());
    ASSERT_TRUE(incidence.has_value());
    EXPECT_FALSE(incidence->kakwani_index.has_value());
}

TEST(HouseholdIncidence, NoneWithoutSpendingShares) {
    EXPECT_FALSE(finmech::host::household_incidence(scenario(true, false), levy(), batch()));
    MechanismDescriptor silent = levy();
    silent.indicators.pop_back();
    EXPECT_FALSE(finmech::host::household_incidence(scenario(), silent, batch({0.01, 0.01})));
}

// An earmark of revenue already raised takes nothing more from households: no payments, but the
// Kakwani index of whoever bears the revenue, which depends on the shares alone.
TEST(HouseholdIncidence, WhenNoHouseholdPaysMoreTheIndexIsThatOfWhoBearsIt) {
    const auto earmark =
        finmech::host::household_incidence(scenario(), levy(), batch({0.01, 0.0, 0.01, 0.0}));
    ASSERT_TRUE(earmark);
    EXPECT_EQ(earmark->household_share, 0.0);
    for (const auto& year : earmark->payments)
        for (double paid : year) EXPECT_EQ(paid, 0.0);
    EXPECT_NEAR(*earmark->kakwani_index, 0.16, 1e-12);
}

// A share p of a quintile pays and the rest do not: the effective rate's coefficient of
// variation there is sqrt((1 - p) / p); the index is its mean over the five quintiles.
TEST(HouseholdIncidence, HorizontalInequityFromTheShareOfPayers) {
    using finmech::host::horizontal_inequity_of_payers;
    EXPECT_NEAR(horizontal_inequity_of_payers({1, 1, 1, 1, 1}), 0.0, 1e-15);
    EXPECT_NEAR(horizontal_inequity_of_payers({0, 0, 0, 0, 0}), 0.0, 1e-15);  // nobody pays
    // p = 0.5 everywhere: sqrt(0.5 / 0.5) = 1.
    EXPECT_NEAR(horizontal_inequity_of_payers({0.5, 0.5, 0.5, 0.5, 0.5}), 1.0, 1e-12);
    // p = 0.2, 0.8, 1, 1, 1: (sqrt(0.8 / 0.2) + sqrt(0.2 / 0.8)) / 5 = (2 + 0.5) / 5 = 0.5.
    EXPECT_NEAR(horizontal_inequity_of_payers({0.2, 0.8, 1, 1, 1}), 0.5, 1e-12);
}

TEST(HouseholdIncidence, JsonCarriesEveryQuantity) {
    const json j = finmech::host::to_json(
        *finmech::host::household_incidence(scenario(), levy(), batch()));
    EXPECT_EQ(j.at("spending_shares"), "good_spending_shares");
    EXPECT_EQ(j.at("payment_shares").size(), 5u);
    EXPECT_EQ(j.at("payments_by_year").size(), 2u);
    EXPECT_NEAR(j.at("kakwani_index").get<double>(), 0.16, 1e-12);
}

}  // namespace
