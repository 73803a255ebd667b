// Net revenue expressed as a finance ministry reads it, against figures worked by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include <finmech/host/expressions.hpp>

namespace {

using finmech::host::Expression;
using finmech::host::Expressions;
using finmech::host::Scenario;
using nlohmann::json;

// Two projection years; round numbers so every factor can be checked by hand.
json context() {
    return {{"base_year", 2023},
            {"horizon", 2},
            {"currency", "FCFA"},
            {"exchange_rate_usd", {{"value", {500, 625}}}},
            {"gdp", 1000.0},
            {"gdp_nominal_growth", 0.10},
            {"gge_share_gdp", 0.25},
            {"che_share_gdp", 0.05},
            {"population", 100.0},
            {"population_growth", 0.0},
            {"earmarked_share", 0.5},
            {"displacement_rate", 0.2},
            {"budget_execution_rate", 0.5},
            {"uhc_cost_per_capita", 3.0},
            {"uhc_target_coverage", 0.5},
            {"uhc_resources_per_capita", 1.0},
            {"inflation", 0.0}};
}

Expressions expressions_of(const json& ctx) {
    const json document{{"context", ctx}, {"mechanisms", {{{"plugin", "any"}}}}};
    return finmech::host::expressions(finmech::host::read_scenario(document, "test.json"));
}

const Expression& find(const Expressions& e, const std::string& key) {
    for (const auto& x : e.available)
        if (x.key == key) return x;
    throw std::out_of_range(key);
}

void expect_values(const std::vector<double>& values, const std::vector<double>& expected,
                   const std::string& key) {
    ASSERT_EQ(values.size(), expected.size()) << key;
    for (std::size_t t = 0; t < expected.size(); ++t)
        EXPECT_NEAR(values[t], expected[t], 1e-12 * std::max(1.0, expected[t]))
            << key << " year " << t + 1;
}

void expect_factors(const Expressions& e, const std::string& key, std::vector<double> expected) {
    expect_values(find(e, key).factor, expected, key);
}

TEST(Expressions, TurnNetRevenueIntoEachUnit) {
    const Expressions e = expressions_of(context());
    EXPECT_TRUE(e.missing.empty());
    // US$: divided by the year's rate, 500 then 625.
    expect_factors(e, "usd", {1.0 / 500, 1.0 / 625});
    // GDP grows 10 % a year from 1000: 1100, 1210; % of GDP = 100 / GDP_t.
    expect_factors(e, "percent_gdp", {100.0 / 1100, 100.0 / 1210});
    // Government expenditure is 25 % of GDP: 275, 302.5.
    expect_factors(e, "percent_gge", {100.0 / 275, 100.0 / 302.5});
    // Current health expenditure is 5 % of GDP: 55, 60.5.
    expect_factors(e, "percent_che", {100.0 / 55, 100.0 / 60.5});
    expect_factors(e, "per_capita", {1.0 / 100, 1.0 / 100});
    // Effective money for health: 0.5 earmarked x (1 - 0.2) not displaced x 0.5 executed = 0.2.
    expect_factors(e, "effective_for_health", {0.2, 0.2});
    // Gap: 100 people x (3 x 0.5 - 1) = 50 a year; % of gap = 100 x 0.2 / 50 = 0.4.
    expect_factors(e, "percent_financing_gap", {0.4, 0.4});
}

TEST(Expressions, GrowPerCapitaNeedsWithInflation) {
    json ctx = context();
    ctx["inflation"] = 0.5;
    // Need per person 0.5 in base-year prices: 0.75 in year 1, 1.125 in year 2; gaps 75, 112.5.
    expect_factors(expressions_of(ctx), "percent_financing_gap", {100 * 0.2 / 75, 100 * 0.2 / 112.5});
}

// The series built on the way, as results.json's context gives them.
std::map<std::string, std::vector<double>> derived_of(const Expressions& e) {
    std::map<std::string, std::vector<double>> out;
    for (const auto& series : e.derived) out[series.key] = series.values;
    return out;
}

TEST(Expressions, KeepTheSeriesTheyAreBuiltFrom) {
    json ctx = context();
    ctx["inflation"] = 0.5;
    ctx["earmarked_share"] = 0.0;  // nothing for health: the gap is there all the same
    const Expressions e = expressions_of(ctx);
    const auto derived = derived_of(e);
    EXPECT_EQ(derived.size(), 5u);
    expect_values(derived.at("projected_gdp"), {1100, 1210}, "projected_gdp");
    expect_values(derived.at("government_expenditure"), {275, 302.5}, "government_expenditure");
    expect_values(derived.at("health_expenditure"), {55, 60.5}, "health_expenditure");
    expect_values(derived.at("projected_population"), {100, 100}, "projected_population");
    // 100 people x need 0.5 in base-year prices x 1.5, then x 1.5 x 1.5.
    expect_values(derived.at("financing_gap"), {75, 112.5}, "financing_gap");
    expect_values(e.price_index, {1.5, 2.25}, "price_index");
    expect_factors(e, "percent_financing_gap", {0, 0});
    EXPECT_EQ(e.derived.front().unit, "FCFA");
}

TEST(Expressions, SayWhatTheContextLacks) {
    json ctx = context();
    ctx.erase("gdp_nominal_growth");
    ctx.erase("budget_execution_rate");
    const Expressions e = expressions_of(ctx);
    std::map<std::string, std::string> missing;
    for (const auto& m : e.missing) missing[m.key] = m.lacking;
    EXPECT_EQ(missing["percent_gdp"], "gdp_nominal_growth");
    EXPECT_EQ(missing["percent_gge"], "gdp_nominal_growth");
    EXPECT_EQ(missing["effective_for_health"], "budget_execution_rate");
    EXPECT_EQ(missing["percent_financing_gap"], "budget_execution_rate");
    EXPECT_EQ(missing.count("usd"), 0u);
    EXPECT_EQ(missing.count("per_capita"), 0u);
    const auto derived = derived_of(e);
    EXPECT_EQ(derived.count("projected_gdp"), 0u);
    EXPECT_EQ(derived.count("financing_gap"), 1u) << "needs no budget execution rate";
}

TEST(Expressions, HaveNoPriceIndexWithoutInflation) {
    json ctx = context();
    ctx.erase("inflation");
    EXPECT_TRUE(expressions_of(ctx).price_index.empty());
}

}  // namespace
