// finmech host: net revenue expressed the ways a finance ministry reads it.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <finmech/sdk/text.hpp>

#include "scenario.hpp"

namespace finmech::host {

// A way to express net revenue: per projection year, the factor that turns net revenue (in the
// scenario's currency) into it, e.g. 100 / GDP_t for "% of GDP".
struct Expression {
    std::string key;   // usd, percent_gdp, percent_gge, percent_che, per_capita,
                       // effective_for_health, percent_financing_gap
    std::string unit;
    std::vector<double> factor;  // one per projection year
};

// A context figure the host reads itself, its shape, and the range it must lie in: [min, max],
// or (min, max] when `above_min`, for what the host divides by or deflates with.
struct HostFigure {
    const char* key;
    double min, max;
    const char* unit;
    bool above_min = false;
    // "number_or_series": a single number, held over the horizon, or one per projection year;
    // "quintiles": five numbers, one per household quintile, poorest first.
    const char* shape = "number_or_series";
    Text label;  // what a reader calls it
};

// The figures expressions() and the decision indicators read (docs/scenario.md).
std::span<const HostFigure> host_figures();

// A way the scenario cannot express revenue, and the context figure it lacks.
struct MissingExpression {
    std::string key, lacking;
};

// A per-year series the host builds from the context figures on the way to the expressions.
struct DerivedSeries {
    std::string key;  // projected_gdp, government_expenditure, health_expenditure,
                      // projected_population, financing_gap
    Text label;
    std::string unit;
    std::vector<double> values;  // one per projection year
};

struct Expressions {
    std::vector<Expression> available;
    std::vector<MissingExpression> missing;
    std::vector<DerivedSeries> derived;  // those the context allows, in the order above
    // Prices of each projection year over the base year's: (1 + inflation_1)...(1 + inflation_t);
    // empty when the context gives no inflation.
    std::vector<double> price_index;

    // The available expression `key`, or nullptr when the context does not allow it.
    const Expression* find(std::string_view key) const;
};

// The expressions and series the scenario's context allows (docs/scenario.md, "Results"); a
// figure out of shape (check_scenario refuses it) counts as lacking. Growth paths:
// GDP_t = gdp (1 + gdp_nominal_growth)^t, population_t = population (1 + population_growth)^t,
// per-capita amounts grow with inflation. Effective additional money for health = net x
// earmarked_share x (1 - displacement_rate) x budget_execution_rate; the financing gap_t =
// population_t x (uhc_cost_per_capita x uhc_target_coverage - uhc_resources_per_capita).
Expressions expressions(const Scenario& scenario);

}  // namespace finmech::host
