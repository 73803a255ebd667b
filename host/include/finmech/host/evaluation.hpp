// finmech host: evaluating every mechanism of a scenario through its plugin.
#pragma once

#include <cstdint>
#include <filesystem>
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
    std::size_t jobs = 1;  // mechanisms evaluated at once, each in a worker of its own
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

// A mechanism whose plugin failed: left out of the ranking, reported with why.
struct MechanismFailure {
    std::string plugin, label;
    std::filesystem::path file;  // the plugin's library
    std::string source;          // the scenario entry, a JSON pointer
    FaultKind kind = FaultKind::model_error;
    std::string reason;                // how it failed, in the plugin's or the host's words
    std::optional<std::size_t> draw;  // the first draw concerned, when there is one

    // "<label>: plugin <id> (<file>) <reason>, at draw <n>", for the terminal.
    std::string message() const;
};

struct Evaluation {
    std::vector<int> years;
    std::string currency;
    std::size_t draws = 0;
    std::uint64_t seed = 0;
    Expressions expressions;  // the ways the context allows net revenue to be expressed
    std::vector<MechanismResult> mechanisms;  // those that came out, in the scenario's order
    std::vector<MechanismFailure> failures;  // those whose plugin failed
};

// Evaluates each mechanism over `options.draws` Monte Carlo draws of its parameters
// (parameter_draws.hpp), in one call of the plugin's batch entry, `options.jobs` mechanisms at a
// time; the result does not depend on `jobs`. The scenario must have passed check_scenario
// against `catalog`. A plugin that refuses its input throws PluginCallFailed (the user's fault);
// a plugin that fails otherwise, or answers numbers the host cannot believe (batch_checks.hpp),
// has its mechanism listed in `failures` and the others carry on.
Evaluation evaluate(const Scenario& scenario, const PluginCatalog& catalog,
                    const EvaluationOptions& options);

// `scenario` with only the options `evaluation` holds results for, and the named packages made
// of them alone: what the appraisal and the packages read when some mechanisms failed.
Scenario evaluated_part(const Scenario& scenario, const Evaluation& evaluation);

// Net revenue of `entry` in each draw and year (draws x years, row by row), from the very draws
// evaluate() makes with `options`: packages add options up draw by draw (common random numbers).
std::vector<double> net_revenue_draws(const Scenario& scenario, const MechanismEntry& entry,
                                      const Plugin& plugin, const EvaluationOptions& options);

// The `finmech evaluate --json` document (docs/scenario.md, "Results").
nlohmann::json to_json(const Evaluation& evaluation);

}  // namespace finmech::host
