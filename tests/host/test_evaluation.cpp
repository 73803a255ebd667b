// Evaluating a scenario's mechanisms through their plugins, and the results document
// (finmech/host/evaluation.hpp).
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include <finmech/host/evaluation.hpp>
#include <finmech/host/parameter_draws.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "plugin_files.hpp"
#include "isolation.hpp"

namespace {

using finmech::host::PluginCatalog;
using nlohmann::json;

// Mali 2023 telecom levy at 2 %, every parameter fixed to a number (so every Monte Carlo draw
// is the same), over three years.
json document() {
    const json parameters{{"rate", 0.02},       {"pass_through", 0.5},     {"elasticity", -0.5},
                          {"compliance", 0.98}, {"collection_cost", 0.01}, {"growth", 0.05}};
    return {{"context",
             {{"base_year", 2023},
              {"horizon", 3},
              {"currency", "FCFA"},
              {"telecom_turnover", 615.3e9}}},
            {"mechanisms",
             {{{"plugin", "telecom_levy"}, {"label", "Taxe de 2 %"}, {"parameters", parameters}}}}};
}

const PluginCatalog& catalog() {
    static const PluginCatalog catalog =
        PluginCatalog::load({finmech_test::telecom_levy_file().parent_path()}, finmech_test::isolation());
    return catalog;
}

finmech::host::Evaluation evaluate_document(std::size_t draws = 1) {
    const auto scenario = finmech::host::read_scenario(document(), "mali.json");
    check_scenario(scenario, catalog());
    return evaluate(scenario, catalog(), {.draws = draws, .seed = 42});
}

// Gross revenue of year 1 worked by hand (pass-through 0.5, elasticity -0.5, compliance 0.98):
//   0.02 x 615.3e9          = 12 306 000 000
//   x 1.05 (growth)         = 12 921 300 000
//   x 1.01^0.5 = 1.0049876  = 12 985 745 786.3
//   x 0.98 (compliance)     = 12 726 030 870.6
// Years 2 and 3 grow by 1.05 each: 13 362 332 414.1 and 14 030 449 034.8.
const std::vector<double> gross{12726030870.59256, 13362332414.12219, 14030449034.82829};

void expect_close(const std::vector<double>& actual, const std::vector<double>& expected,
                  double factor) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t t = 0; t < expected.size(); ++t)
        EXPECT_NEAR(actual[t], factor * expected[t], 1e-12 * expected[t]) << "year " << t + 1;
}

TEST(Evaluation, ProjectsEachMechanismAtTheScenarioValues) {
    const auto e = evaluate_document();
    EXPECT_EQ(e.years, (std::vector<int>{2024, 2025, 2026}));
    EXPECT_EQ(e.currency, "FCFA");
    EXPECT_EQ(e.seed, 42u);
    ASSERT_EQ(e.mechanisms.size(), 1u);
    const auto& m = e.mechanisms[0];
    EXPECT_EQ(m.plugin, "telecom_levy");
    EXPECT_EQ(m.plugin_version, "1.0.0");
    EXPECT_EQ(m.label, "Taxe de 2 %");
    expect_close(m.gross_revenue.mean, gross, 1.0);
    expect_close(m.collection_cost.mean, gross, 0.01);  // default collection cost 1 %
    expect_close(m.net_revenue.mean, gross, 0.99);
}

TEST(Evaluation, SummarisesDrawsOfFixedParametersAsTheirValue) {
    for (const std::size_t draws : {1, 200}) {
        const auto e = evaluate_document(draws);
        EXPECT_EQ(e.draws, draws);
        const auto& g = e.mechanisms[0].gross_revenue;
        expect_close(g.mean, gross, 1.0);
        expect_close(g.p5, gross, 1.0);
        expect_close(g.p50, gross, 1.0);
        expect_close(g.p95, gross, 1.0);
    }
}

// The draws of indicator `key`; empty when it is absent.
std::vector<double> draws_of(const finmech::host::IndicatorDraws& indicators,
                             const std::string& key) {
    for (const auto& [name, draws] : indicators)
        if (name == key) return draws;
    return {};
}

TEST(Evaluation, EndsTheIndicatorsWithThePluginsOwnInDescriptorOrder) {
    const auto e = evaluate_document(5);
    const auto& indicators = e.mechanisms[0].indicator_draws;
    ASSERT_GE(indicators.size(), 4u);
    const std::size_t own = indicators.size() - 4;
    EXPECT_EQ(indicators[own].first, "consumer_price_change");
    EXPECT_EQ(indicators[own + 1].first, "volume_change");
    EXPECT_EQ(indicators[own + 2].first, "collection_cost_share");
    EXPECT_EQ(indicators[own + 3].first, "household_share");
    for (const double x : indicators[own + 3].second) EXPECT_DOUBLE_EQ(x, 0.5);  // pass-through
    for (const double x : indicators[own].second) EXPECT_DOUBLE_EQ(x, 0.01);  // 0.5 x 0.02
    for (const double x : indicators[own + 1].second)
        EXPECT_NEAR(x, -0.0049628098, 1e-10);  // 1.01^-0.5 - 1
    for (const auto& [key, draws] : indicators) EXPECT_EQ(draws.size(), 5u) << key;
}

TEST(Evaluation, MeasuresCollectionCostAndSpreadAcrossDraws) {
    const auto e = evaluate_document(5);
    const auto& indicators = e.mechanisms[0].indicator_draws;
    // Cost is 1 % of gross every year, so 1 % of the total.
    for (const double x : draws_of(indicators, "collection_cost_percent"))
        EXPECT_NEAR(x, 1.0, 1e-12);
    // Fixed parameters: every draw is the same, no spread.
    const auto spread = draws_of(indicators, "yield_cv_percent");
    ASSERT_EQ(spread.size(), 5u);
    for (const double x : spread) EXPECT_NEAR(x, 0.0, 1e-9);
}

// The yield of the last year over the first's, in the first year's prices. Net revenue grows 5 %
// a year (growth), so year 3 over year 1 is 1.05^2 = 1.1025 in current prices.
TEST(Evaluation, DeflatesTheYieldsGrowthByThePricesSinceTheFirstYear) {
    const auto real_growth = [](const json& inflation) {
        json d = document();
        d["context"]["inflation"] = inflation;
        const auto scenario = finmech::host::read_scenario(d, "mali.json");
        check_scenario(scenario, catalog());
        return draws_of(evaluate(scenario, catalog(), {.draws = 3, .seed = 42})
                            .mechanisms.at(0)
                            .indicator_draws,
                        "real_yield_ratio_year10_year1");
    };
    // Prices rise 3 % in year 2 and 4 % in year 3 (year 1's 2 % comes before the years compared):
    // 1.03 x 1.04 = 1.0712, and 1.1025 / 1.0712 = 1.0292196.
    const auto by_year = real_growth({0.02, 0.03, 0.04});
    ASSERT_EQ(by_year.size(), 3u);
    for (const double x : by_year) EXPECT_NEAR(x, 1.0292196, 1e-7);
    // Prices rising 5 % a year, as fast as the yield: no real growth.
    for (const double x : real_growth(0.05)) EXPECT_NEAR(x, 1.0, 1e-12);
    EXPECT_TRUE(draws_of(evaluate_document().mechanisms.at(0).indicator_draws,
                         "real_yield_ratio_year10_year1")
                    .empty())
        << "no inflation, no real growth";
}

// The telecom levy passes half of itself on to households, who spend on telecom services like
// the shares below; against the welfare shares, C = 0.36, G = 0.20, K = 0.16 (test_incidence.cpp).
TEST(Evaluation, SpreadsWhatHouseholdsPayOverQuintiles) {
    json d = document();
    d["context"]["telecom_spending_shares"] = {0.05, 0.10, 0.15, 0.30, 0.40};
    d["context"]["consumption_shares_by_quintile"] = {0.10, 0.15, 0.20, 0.25, 0.30};
    const auto scenario = finmech::host::read_scenario(d, "mali.json");
    check_scenario(scenario, catalog());
    const auto m = evaluate(scenario, catalog(), {.draws = 1, .seed = 42}).mechanisms.at(0);
    ASSERT_TRUE(m.incidence.has_value());
    EXPECT_DOUBLE_EQ(m.incidence->household_share, 0.5);
    for (std::size_t t = 0; t < gross.size(); ++t)
        EXPECT_NEAR(m.incidence->payments[t][4], gross[t] * 0.5 * 0.40, 1e-6 * gross[t]);
    EXPECT_NEAR(m.incidence->kakwani_index.value(), 0.16, 1e-12);
    const auto kakwani = std::find_if(m.indicator_draws.begin(), m.indicator_draws.end(),
                                      [](const auto& i) { return i.first == "kakwani_index"; });
    ASSERT_NE(kakwani, m.indicator_draws.end());
    EXPECT_NEAR(kakwani->second.at(0), 0.16, 1e-12);
}

TEST(Evaluation, HasNoIncidenceWithoutTheSpendingShares) {
    EXPECT_FALSE(evaluate_document().mechanisms.at(0).incidence.has_value());
}

TEST(EvaluationDocument, HasTheShapeOfTheResultsFormat) {
    const json j = to_json(evaluate_document());
    EXPECT_EQ(j["years"], json({2024, 2025, 2026}));
    EXPECT_EQ(j["currency"], "FCFA");
    EXPECT_EQ(j["draws"], 1);
    EXPECT_EQ(j["seed"], 42);
    ASSERT_EQ(j["mechanisms"].size(), 1u);
    const json& m = j["mechanisms"][0];
    EXPECT_EQ(m["plugin"], "telecom_levy");
    EXPECT_EQ(m["plugin_version"], "1.0.0");
    EXPECT_EQ(m["label"], "Taxe de 2 %");
    for (const char* series : {"gross_revenue", "collection_cost", "net_revenue"})
        for (const char* statistic : {"mean", "p5", "p50", "p95"})
            EXPECT_EQ(m[series][statistic].size(), 3u) << series << "/" << statistic;
    EXPECT_NEAR(m["gross_revenue"]["p50"][0].get<double>(), gross[0], 1e-12 * gross[0]);
    for (const char* indicator :
         {"consumer_price_change", "volume_change", "collection_cost_share"})
        for (const char* statistic : {"mean", "p5", "p50", "p95"})
            EXPECT_TRUE(m["indicators"][indicator][statistic].is_number())
                << indicator << "/" << statistic;
}

// The brief's card reads the mechanism's profile from results.json, as the plugin wrote it.
TEST(EvaluationDocument, CarriesThePluginsProfile) {
    const json j = to_json(evaluate_document());
    const json& written = catalog().find("telecom_levy")->descriptor().json;
    ASSERT_TRUE(written.contains("profile"));
    EXPECT_EQ(j["mechanisms"][0]["profile"], written["profile"]);
}

}  // namespace

// --- Mechanisms whose plugin fails (docs/plugin-abi.md, "Isolation") ---

namespace {

using finmech::host::FaultKind;
using finmech::host::MechanismFailure;

// The telecom levy, and segv_some_draws (tests/fixtures/faulty_levy.cpp), whose model writes
// through a null pointer when its rate, uniform on 0.05..0.15 when the scenario is silent,
// reaches 0.147; named packages with and without it.
json document_with_crashing_plugin() {
    json d = document();
    d["mechanisms"].push_back({{"plugin", "segv_some_draws"}, {"label", "Taxe d'essai"}});
    d["packages"] = {{{"name", "with_crash"}, {"options", {"telecom_levy", "segv_some_draws"}}},
                     {{"name", "telecom_alone"}, {"options", {"telecom_levy"}}}};
    return d;
}

const PluginCatalog& catalog_with_fixtures() {
    static const PluginCatalog catalog =
        PluginCatalog::load({finmech_test::telecom_levy_file().parent_path(),
                             finmech_test::fixture("segv_some_draws").parent_path(),
                             finmech_test::fixture("global_state").parent_path(),
                             finmech_test::fixture("nan_some_draws").parent_path()},
                            finmech_test::isolation());
    return catalog;
}

finmech::host::Scenario scenario_of(const json& d) {
    const auto scenario = finmech::host::read_scenario(d, "faulty.json");
    check_scenario(scenario, catalog_with_fixtures());
    return scenario;
}

// Enough draws that some reach the crashing rates (3 % of them).
const finmech::host::EvaluationOptions crashing_options{.draws = 2000, .seed = 42};

// The draws evaluate() makes for `entry` with `options` whose rate reaches the faulty fixtures'
// threshold, 0.15 - 0.03 x (0.15 - 0.05): the top 3 % of the rate's range.
std::vector<std::size_t> faulty_draws(const finmech::host::MechanismEntry& entry,
                                      const finmech::host::EvaluationOptions& options) {
    constexpr double threshold = 0.15 - 0.03 * (0.15 - 0.05);
    const auto& plugin = *catalog_with_fixtures().find(entry.plugin);
    const auto laws = finmech::host::parameter_laws(entry, plugin.descriptor());
    const auto rates = finmech::host::draw_parameters(laws, options.draws, options.seed);
    std::vector<std::size_t> out;
    for (std::size_t d = 0; d < rates.size(); ++d)
        if (rates[d] >= threshold) out.push_back(d);
    return out;
}

std::optional<std::size_t> first_crashing_draw(const finmech::host::MechanismEntry& entry) {
    const auto draws = faulty_draws(entry, crashing_options);
    return draws.empty() ? std::nullopt : std::optional(draws.front());
}

TEST(EvaluationFailures, ListsACrashingMechanismApartAndEvaluatesTheOthers) {
    const auto scenario = scenario_of(document_with_crashing_plugin());
    const auto e = evaluate(scenario, catalog_with_fixtures(), crashing_options);
    ASSERT_EQ(e.mechanisms.size(), 1u);
    EXPECT_EQ(e.mechanisms[0].label, "Taxe de 2 %");
    ASSERT_EQ(e.failures.size(), 1u);
    const MechanismFailure& f = e.failures[0];
    EXPECT_EQ(f.kind, FaultKind::crashed);
    EXPECT_EQ(f.plugin, "segv_some_draws");
    EXPECT_EQ(f.label, "Taxe d'essai");
    EXPECT_EQ(f.file, finmech_test::fixture("segv_some_draws"));
    EXPECT_EQ(f.source, "/mechanisms/1");
    const auto expected = first_crashing_draw(scenario.mechanisms.at(1));
    ASSERT_TRUE(expected.has_value()) << "no draw reaches the crashing rates";
    EXPECT_EQ(f.draw, expected);
}

// The telecom levy comes out as it does alone: a crash next door changes none of its numbers.
TEST(EvaluationFailures, LeavesTheOtherMechanismsResultsAsTheyAreAlone) {
    const auto with = evaluate(scenario_of(document_with_crashing_plugin()),
                               catalog_with_fixtures(), crashing_options);
    const auto alone = evaluate(scenario_of(document()), catalog_with_fixtures(), crashing_options);
    EXPECT_EQ(to_json(with)["mechanisms"], to_json(alone)["mechanisms"]);
}

TEST(EvaluationFailures, TheEvaluatedPartDropsTheFailedOption) {
    const auto scenario = scenario_of(document_with_crashing_plugin());
    const auto part =
        evaluated_part(scenario, evaluate(scenario, catalog_with_fixtures(), crashing_options));
    ASSERT_EQ(part.mechanisms.size(), 1u);
    EXPECT_EQ(part.mechanisms[0].label, "Taxe de 2 %");
}

TEST(EvaluationFailures, TheEvaluatedPartDropsTheNamedPackagesThatIncludeIt) {
    const auto scenario = scenario_of(document_with_crashing_plugin());
    const auto part =
        evaluated_part(scenario, evaluate(scenario, catalog_with_fixtures(), crashing_options));
    ASSERT_EQ(part.packages.size(), 1u) << part.packages.dump();
    EXPECT_EQ(part.packages[0]["name"], "telecom_alone");
}

// Two workers at once give what one gives, failures and all: a crash and a plugin whose numbers
// depend on its past calls, beside the telecom levy.
TEST(EvaluationFailures, JobsDoNotChangeTheResultsNorTheFailures) {
    json d = document_with_crashing_plugin();
    d["mechanisms"].push_back({{"plugin", "global_state"}, {"label", "Taxe à mémoire"}});
    const auto scenario = scenario_of(d);
    auto options = crashing_options;
    options.jobs = 1;
    const json one = to_json(evaluate(scenario, catalog_with_fixtures(), options));
    options.jobs = 2;
    const json two = to_json(evaluate(scenario, catalog_with_fixtures(), options));
    EXPECT_EQ(one["failed"].size(), 2u);
    EXPECT_EQ(one, two);
}

// The check that runs the last 16 draws again meets a model error first when one of them fails;
// the draw named is still the batch's own first failing draw, not a position in the repeat.
TEST(EvaluationFailures, NamesTheBatchsFirstFailingDrawWhenTheRepeatFailsToo) {
    json d = document();
    d["mechanisms"].push_back({{"plugin", "nan_some_draws"}, {"label", "Taxe à NaN"}});
    const auto scenario = scenario_of(d);
    finmech::host::EvaluationOptions options{.draws = 200, .seed = 0};
    std::vector<std::size_t> failing;
    // A seed whose failing draws include one of the last 16 and one before them.
    for (options.seed = 1; options.seed < 1000; ++options.seed) {
        failing = faulty_draws(scenario.mechanisms.at(1), options);
        if (!failing.empty() && failing.front() < options.draws - 16 &&
            failing.back() >= options.draws - 16)
            break;
    }
    ASSERT_LT(options.seed, 1000u) << "no seed puts failing draws on both sides";
    const auto e = evaluate(scenario, catalog_with_fixtures(), options);
    ASSERT_EQ(e.failures.size(), 1u);
    EXPECT_EQ(e.failures[0].kind, FaultKind::model_error);
    EXPECT_EQ(e.failures[0].draw, failing.front());
}

}  // namespace
