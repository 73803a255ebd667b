#include "finmech/host/expressions.hpp"

#include <functional>
#include <limits>

#include "finmech/host/incidence.hpp"

namespace finmech::host {

namespace {

// One value per projection year, or the name of the context figure that was lacking to make it.
struct Path {
    std::vector<double> values;
    std::string lacking;

    // Combines two paths year by year; the first lack wins.
    template <class Op>
    Path with(const Path& other, Op op) const {
        if (!lacking.empty()) return *this;
        if (!other.lacking.empty()) return other;
        Path out = *this;
        for (std::size_t t = 0; t < values.size(); ++t) out.values[t] = op(values[t], other.values[t]);
        return out;
    }
};

class Context {
public:
    explicit Context(const Scenario& scenario) : s_(scenario) {}

    // A figure given per year, or one number held constant over the horizon.
    Path level(const std::string& key) const {
        const auto it = s_.figures.find(key);
        if (it == s_.figures.end() || (!it->second.scalar && it->second.values.size() != years()))
            return {{}, key};
        if (it->second.scalar) return constant(it->second.values.front());
        return {it->second.values, ""};
    }

    // (1 + rate_1)(1 + rate_2)...(1 + rate_t) for t = 1..H: the growth the figure `rate` gives.
    Path index(const std::string& rate) const {
        Path path = level(rate);
        double product = 1.0;
        for (double& x : path.values) x = product *= 1.0 + x;
        return path;
    }

    // A base-year number grown at the rate `growth` (another context figure) from year 1 on.
    Path grown(const std::string& key, const std::string& growth) const {
        return level(key).with(index(growth), [](double base, double i) { return base * i; });
    }

    Path constant(double value) const { return {std::vector<double>(years(), value), ""}; }

private:
    std::size_t years() const { return static_cast<std::size_t>(s_.horizon); }

    const Scenario& s_;
};

double times(double a, double b) { return a * b; }
double per(double a, double b) { return b > 0 ? a / b : 0.0; }

}  // namespace

std::span<const HostFigure> host_figures() {
    constexpr double unbounded = std::numeric_limits<double>::infinity();
    static const HostFigure figures[] = {
        {"exchange_rate_usd", 0.0, unbounded, "currency per US$", true, "number_or_series",
         {"Taux de change", "Exchange rate"}},
        {"gdp", 0.0, unbounded, "currency", true, "number_or_series", {"PIB nominal", "Nominal GDP"}},
        {"gdp_nominal_growth", -1.0, unbounded, "fraction per year", true, "number_or_series",
         {"Croissance nominale du PIB", "Nominal GDP growth"}},
        {"gge_share_gdp", 0.0, 1.0, "fraction of GDP", false, "number_or_series",
         {"Dépenses publiques en part du PIB", "Government expenditure, share of GDP"}},
        {"che_share_gdp", 0.0, 1.0, "fraction of GDP", false, "number_or_series",
         {"Dépense courante de santé en part du PIB", "Current health expenditure, share of GDP"}},
        {"population", 0.0, unbounded, "persons", true, "number_or_series",
         {"Population", "Population"}},
        {"population_growth", -1.0, unbounded, "fraction per year", true, "number_or_series",
         {"Croissance de la population", "Population growth"}},
        {"earmarked_share", 0.0, 1.0, "fraction", false, "number_or_series",
         {"Part de la recette affectée à la santé", "Share of the revenue earmarked for health"}},
        {"displacement_rate", 0.0, 1.0, "fraction", false, "number_or_series",
         {"Taux d'éviction des autres crédits de santé",
          "Rate at which other health funding is displaced"}},
        {"budget_execution_rate", 0.0, 1.0, "fraction", false, "number_or_series",
         {"Taux d'exécution du budget", "Budget execution rate"}},
        {"uhc_cost_per_capita", 0.0, unbounded, "currency per person", false, "number_or_series",
         {"Coût de la CSU par personne", "UHC cost per person"}},
        {"uhc_target_coverage", 0.0, 1.0, "fraction of the population", false, "number_or_series",
         {"Couverture visée par la CSU", "UHC target coverage"}},
        {"uhc_resources_per_capita", 0.0, unbounded, "currency per person", false,
         "number_or_series",
         {"Ressources disponibles pour la CSU par personne", "Resources available for UHC per person"}},
        {"inflation", -1.0, unbounded, "fraction per year", true, "number_or_series",
         {"Inflation", "Inflation"}},
        {welfare_shares_key, 0.0, 1.0, "share of households' consumption", false, "quintiles",
         {"Consommation des ménages par quintile", "Households' consumption by quintile"}},
    };
    return figures;
}

const Expression* Expressions::find(std::string_view key) const {
    for (const Expression& e : available)
        if (e.key == key) return &e;
    return nullptr;
}

Expressions expressions(const Scenario& scenario) {
    const Context ctx(scenario);
    const Path hundred = ctx.constant(100.0), one = ctx.constant(1.0);
    const Path gdp = ctx.grown("gdp", "gdp_nominal_growth");
    const Path population = ctx.grown("population", "population_growth");
    const Path effective = ctx.level("earmarked_share")
                               .with(ctx.level("displacement_rate"),
                                     [](double earmarked, double displaced) {
                                         return earmarked * (1.0 - displaced);
                                     })
                               .with(ctx.level("budget_execution_rate"), times);
    const Path prices = ctx.index("inflation");
    // Need per person, in the year's prices: cost x coverage - resources already expected.
    const Path need = ctx.level("uhc_cost_per_capita")
                          .with(ctx.level("uhc_target_coverage"), times)
                          .with(ctx.level("uhc_resources_per_capita"), std::minus<>())
                          .with(prices, times);
    const Path gap = population.with(need, times);
    const Path government = gdp.with(ctx.level("gge_share_gdp"), times);
    const Path health = gdp.with(ctx.level("che_share_gdp"), times);

    const std::pair<Expression, Path> all[] = {
        {{"usd", "US$", {}}, one.with(ctx.level("exchange_rate_usd"), per)},
        {{"percent_gdp", "% of GDP", {}}, hundred.with(gdp, per)},
        {{"percent_gge", "% of general government expenditure", {}}, hundred.with(government, per)},
        {{"percent_che", "% of current health expenditure", {}}, hundred.with(health, per)},
        {{"per_capita", scenario.currency + " per person", {}}, one.with(population, per)},
        {{"effective_for_health", scenario.currency, {}}, effective},
        {{"percent_financing_gap", "% of the UHC financing gap", {}},
         hundred.with(effective, times).with(gap, per)},
    };
    const std::pair<DerivedSeries, Path> series[] = {
        {{"projected_gdp", {"PIB nominal", "Nominal GDP"}, scenario.currency, {}}, gdp},
        {{"government_expenditure",
          {"Dépenses des administrations publiques", "General government expenditure"},
          scenario.currency, {}},
         government},
        {{"health_expenditure", {"Dépense courante de santé", "Current health expenditure"},
          scenario.currency, {}},
         health},
        {{"projected_population", {"Population", "Population"}, "persons", {}}, population},
        {{"financing_gap", {"Besoin de financement de la CSU", "UHC financing gap"},
          scenario.currency, {}},
         gap},
    };
    Expressions out;
    for (const auto& [expression, path] : all) {
        if (path.lacking.empty())
            out.available.push_back({expression.key, expression.unit, path.values});
        else
            out.missing.push_back({expression.key, path.lacking});
    }
    for (const auto& [derived, path] : series)
        if (path.lacking.empty())
            out.derived.push_back({derived.key, derived.label, derived.unit, path.values});
    if (prices.lacking.empty()) out.price_index = prices.values;
    return out;
}

}  // namespace finmech::host
