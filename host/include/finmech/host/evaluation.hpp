// finmech host: evaluating every mechanism of a scenario through its plugin.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "admissibility.hpp"
#include "decision_indicators.hpp"
#include "plugin_catalog.hpp"
#include "scenario.hpp"
#include "statistics.hpp"

namespace finmech::host {

struct EvaluationOptions {
    std::size_t draws = 10000;  // 1: the point estimates alone
    std::uint64_t seed = 20150101;
};

// One Percentiles per projection year, stored as four series.
struct YearlyPercentiles {
    std::vector<double> mean, p5, p50, p95;
};

// The percentiles of each year of a draws x years batch array (summarize_columns()).
YearlyPercentiles summarize_years(std::span<const double> batch, std::size_t years);

// {"mean", "p5", "p50", "p95"}, each a series.
nlohmann::json to_json(const YearlyPercentiles& p);

struct MechanismResult {
    std::string plugin, plugin_version, label;
    YearlyPercentiles gross_revenue, collection_cost, net_revenue;
    IndicatorDraws indicator_draws;  // what criteria score, one value per draw
    // Net revenue in each of the evaluation's expressions, in their order.
    std::vector<YearlyPercentiles> expressed;
    std::optional<Incidence> incidence;  // who pays, by household quintile, when known
    std::optional<Profile> profile = std::nullopt;  // the plugin's, when it has one
    std::vector<RuleCheck> rules;  // the plugin's rules, checked in every draw
    std::string source;            // the scenario entry it is an option of: variants share it
    std::vector<std::string> bases;   // the tax bases its plugin levies
    std::vector<double> net_variance;  // of net revenue across draws, per year
};

struct Evaluation {
    std::vector<int> years;
    std::string currency;
    std::size_t draws = 0;
    std::uint64_t seed = 0;
    Expressions expressions;  // the ways the context allows net revenue to be expressed
    std::vector<MechanismResult> mechanisms;
};

// Evaluates each mechanism over `options.draws` Monte Carlo draws of its parameters
// (parameter_draws.hpp), in one call of the plugin's batch entry. The scenario must have passed
// check_scenario against `catalog`. Throws PluginCallFailed when a plugin fails.
Evaluation evaluate(const Scenario& scenario, const PluginCatalog& catalog,
                    const EvaluationOptions& options);

// Net revenue of `entry` in each draw and year (draws x years, row by row), from the very draws
// evaluate() makes with `options`: packages add options up draw by draw (common random numbers).
std::vector<double> net_revenue_draws(const Scenario& scenario, const MechanismEntry& entry,
                                      const Plugin& plugin, const EvaluationOptions& options);

// The `finmech evaluate --json` document (docs/scenario.md, "Results").
nlohmann::json to_json(const Evaluation& evaluation);

}  // namespace finmech::host
