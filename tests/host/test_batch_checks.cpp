// What the host checks in a plugin's answer before it believes it: finite numbers, no negative
// revenue or cost, the same numbers for the same draws, and the draw a crash comes from
// (finmech/host/batch_checks.hpp). The plugins are fixtures of tests/fixtures/faulty_levy.cpp,
// whose one numeric parameter is "rate".
#include <gtest/gtest.h>

#include <cstddef>
#include <finmech/host/batch_checks.hpp>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "isolation.hpp"
#include "plugin_files.hpp"

namespace {

using finmech::host::BatchResult;
using finmech::host::FaultKind;
using finmech::host::Plugin;
using finmech::host::PluginFault;
using finmech_test::fixture;
using nlohmann::json;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

// Four draws of three years and two indicators, every number plausible.
BatchResult clean_batch() {
    BatchResult b = BatchResult::zeros(4, 3, 2);
    for (std::size_t d = 0; d < b.draws; ++d) {
        for (std::size_t t = 0; t < b.years; ++t) {
            b.gross_revenue[d * b.years + t] = 1e9 * static_cast<double>(d + t + 1);
            b.collection_cost[d * b.years + t] = 1e7 * static_cast<double>(d + t + 1);
        }
        b.indicators[2 * d] = -0.5;
        b.indicators[2 * d + 1] = 0.3;
    }
    return b;
}

// The cell of draw `draw` and year `year` (0-based) in a draws x years array.
double& cell(std::span<double> values, std::size_t draw, std::size_t year, std::size_t width) {
    return values[draw * width + year];
}

bool mentions(const PluginFault& fault, const std::string& text) {
    return std::string(fault.what()).find(text) != std::string::npos;
}

// --- impossible_output ---

TEST(ImpossibleOutput, FindsNothingInAFiniteNonNegativeBatch) {
    EXPECT_FALSE(impossible_output(clean_batch(), false).has_value());
}

// Zero revenue and zero cost are possible: a levy that raises nothing.
TEST(ImpossibleOutput, AcceptsZeroRevenueAndCost) {
    BatchResult b = clean_batch();
    cell(b.gross_revenue, 1, 0, b.years) = 0;
    cell(b.collection_cost, 1, 0, b.years) = 0;
    EXPECT_FALSE(impossible_output(b, false).has_value());
}

TEST(ImpossibleOutput, NamesTheDrawOfANanInGrossRevenue) {
    BatchResult b = clean_batch();
    cell(b.gross_revenue, 2, 1, b.years) = nan;
    const auto fault = impossible_output(b, false);
    ASSERT_TRUE(fault.has_value());
    EXPECT_EQ(fault->kind, FaultKind::non_finite);
    EXPECT_EQ(fault->draw, 2u);
    EXPECT_TRUE(mentions(*fault, "gross revenue")) << fault->what();
}

// A plugin whose gross revenue is a change (MechanismDescriptor::gross_is_change) may lose
// revenue; what it costs to collect still cannot be negative.
TEST(ImpossibleOutput, AcceptsANegativeGrossRevenueThatIsAChange) {
    BatchResult b = clean_batch();
    cell(b.gross_revenue, 1, 2, b.years) = -1e9;
    EXPECT_FALSE(impossible_output(b, true).has_value());
    cell(b.collection_cost, 2, 0, b.years) = -1e6;
    const auto fault = impossible_output(b, true);
    ASSERT_TRUE(fault.has_value());
    EXPECT_EQ(fault->kind, FaultKind::impossible);
    EXPECT_EQ(fault->draw, 2u);
}

// Net revenue above gross would be money the levy never raised.
TEST(ImpossibleOutput, CallsANegativeCollectionCostImpossible) {
    BatchResult b = clean_batch();
    cell(b.collection_cost, 3, 2, b.years) = -1e6;
    const auto fault = impossible_output(b, false);
    ASSERT_TRUE(fault.has_value());
    EXPECT_EQ(fault->kind, FaultKind::impossible);
    EXPECT_EQ(fault->draw, 3u);
    EXPECT_TRUE(mentions(*fault, "collection cost")) << fault->what();
}

TEST(ImpossibleOutput, CallsANegativeGrossRevenueImpossible) {
    BatchResult b = clean_batch();
    cell(b.gross_revenue, 0, 0, b.years) = -1e9;
    const auto fault = impossible_output(b, false);
    ASSERT_TRUE(fault.has_value());
    EXPECT_EQ(fault->kind, FaultKind::impossible);
    EXPECT_EQ(fault->draw, 0u);
}

// The user is sent to the first draw that went wrong, whichever array shows it and whatever
// the array checked first.
TEST(ImpossibleOutput, NamesTheEarliestDrawAcrossArrays) {
    BatchResult b = clean_batch();
    cell(b.gross_revenue, 3, 0, b.years) = nan;     // non-finite, late
    cell(b.collection_cost, 1, 2, b.years) = -1e6;  // impossible, earlier
    cell(b.indicators, 2, 0, b.indicator_count) = infinity;
    auto fault = impossible_output(b, false);
    ASSERT_TRUE(fault.has_value());
    EXPECT_EQ(fault->kind, FaultKind::impossible);
    EXPECT_EQ(fault->draw, 1u);

    b = clean_batch();
    cell(b.gross_revenue, 3, 0, b.years) = -1e9;        // impossible, late
    cell(b.indicators, 1, 1, b.indicator_count) = nan;  // non-finite, earlier
    fault = impossible_output(b, false);
    ASSERT_TRUE(fault.has_value());
    EXPECT_EQ(fault->kind, FaultKind::non_finite);
    EXPECT_EQ(fault->draw, 1u);
}

TEST(ImpossibleOutput, NamesTheDrawOfAnInfiniteIndicator) {
    BatchResult b = clean_batch();
    cell(b.indicators, 2, 1, b.indicator_count) = -infinity;
    const auto fault = impossible_output(b, false);
    ASSERT_TRUE(fault.has_value());
    EXPECT_EQ(fault->kind, FaultKind::non_finite);
    EXPECT_EQ(fault->draw, 2u);
    EXPECT_TRUE(mentions(*fault, "indicator")) << fault->what();
}

// --- The checks that call the plugin again ---

constexpr std::size_t years = 3;

// A request for the fixtures, which need no context value and have no choice parameter.
json request() {
    return {
        {"context",
         {{"base_year", 2023}, {"years", years}, {"currency", "FCFA"}, {"values", json::object()}}},
        {"fixed", json::object()}};
}

// `draws` rates spread over the fixtures' uncertainty, 0.05..0.15, below the 0.147 from which
// the "some draws" faults strike: one column, one row per draw.
std::vector<double> harmless_rates(std::size_t draws) {
    std::vector<double> rates;
    for (std::size_t d = 0; d < draws; ++d)
        rates.push_back(0.05 + 0.09 * static_cast<double>(d) / static_cast<double>(draws));
    return rates;
}

// --- unrepeatable_output ---

TEST(UnrepeatableOutput, FindsNothingInAModelWithoutMemory) {
    const auto plugin = Plugin::load(fixture("clean_levy"), finmech_test::isolation());
    const std::vector<double> rates = harmless_rates(40);
    const auto repeat = repeat_last_draws(*plugin, request(), rates, rates.size(), years);
    const BatchResult batch = plugin->evaluate_batch(request(), rates, rates.size(), years);
    EXPECT_FALSE(unrepeatable_output(repeat, batch).has_value());
}

// global_state scales its numbers by its count of calls so far: asked again, no draw comes out
// the same.
TEST(UnrepeatableOutput, CatchesAModelWhoseNumbersDependOnItsPastCalls) {
    const auto plugin = Plugin::load(fixture("global_state"), finmech_test::isolation());
    const std::vector<double> rates = harmless_rates(40);
    const auto repeat = repeat_last_draws(*plugin, request(), rates, rates.size(), years);
    const BatchResult batch = plugin->evaluate_batch(request(), rates, rates.size(), years);
    const auto fault = unrepeatable_output(repeat, batch);
    ASSERT_TRUE(fault.has_value());
    EXPECT_EQ(fault->kind, FaultKind::non_deterministic);
    ASSERT_TRUE(fault->draw.has_value());
    EXPECT_LT(*fault->draw, rates.size());
}

// A batch of one draw has only that draw to repeat.
TEST(UnrepeatableOutput, NamesTheOnlyDrawOfABatchOfOne) {
    const auto plugin = Plugin::load(fixture("global_state"), finmech_test::isolation());
    const std::vector<double> rate{0.1};
    const auto repeat = repeat_last_draws(*plugin, request(), rate, 1, years);
    const BatchResult batch = plugin->evaluate_batch(request(), rate, 1, years);
    const auto fault = unrepeatable_output(repeat, batch);
    ASSERT_TRUE(fault.has_value());
    EXPECT_EQ(fault->kind, FaultKind::non_deterministic);
    EXPECT_EQ(fault->draw, 0u);
}

// --- first_failing_draw ---

// segv_some_draws writes through a null pointer when rate >= 0.147, and only then: among
// harmless rates, the one draw at 0.149 is the one that crashes, wherever it sits.
TEST(FirstFailingDraw, FindsTheOnlyDrawThatCrashes) {
    const auto plugin = Plugin::load(fixture("segv_some_draws"), finmech_test::isolation());
    constexpr std::size_t draws = 13;
    for (const std::size_t k : {std::size_t{0}, std::size_t{6}, draws - 1}) {
        std::vector<double> rates = harmless_rates(draws);
        rates[k] = 0.149;
        EXPECT_EQ(first_failing_draw(*plugin, request(), rates, draws, years),
                  std::optional<std::size_t>(k))
            << "the crashing draw is " << k;
    }
}

// With two crashing draws, the earlier is named: the user fixes the model from there.
TEST(FirstFailingDraw, FindsTheEarlierOfTwoCrashingDraws) {
    const auto plugin = Plugin::load(fixture("segv_some_draws"), finmech_test::isolation());
    std::vector<double> rates = harmless_rates(16);
    rates[5] = 0.149;
    rates[11] = 0.15;
    EXPECT_EQ(first_failing_draw(*plugin, request(), rates, rates.size(), years),
              std::optional<std::size_t>(5));
}

TEST(FirstFailingDraw, FindsNoneInAModelThatDoesNotFail) {
    const auto plugin = Plugin::load(fixture("clean_levy"), finmech_test::isolation());
    std::vector<double> rates = harmless_rates(13);
    rates[6] = 0.149;  // harmless to clean_levy
    EXPECT_EQ(first_failing_draw(*plugin, request(), rates, rates.size(), years), std::nullopt);
}

}  // namespace
