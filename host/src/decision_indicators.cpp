#include "finmech/host/decision_indicators.hpp"

#include <cmath>

namespace finmech::host {

namespace {

double percent_ratio(double part, double whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }

}  // namespace

IndicatorDraws decision_indicators(const Scenario& scenario, const Expressions& expressed,
                                   const MechanismDescriptor& plugin, const BatchResult& batch,
                                   const std::optional<Incidence>& incidence) {
    const std::size_t draws = batch.draws, years = batch.years;
    const auto net = [&](std::size_t d, std::size_t t) {
        return batch.gross_revenue[d * years + t] - batch.collection_cost[d * years + t];
    };
    IndicatorDraws out;

    for (const Expression& e : expressed.available) {
        if (e.key != "percent_gdp") continue;
        std::vector<double> share(draws, 0.0);
        for (std::size_t d = 0; d < draws; ++d)
            for (std::size_t t = 0; t < years; ++t)
                share[d] += net(d, t) * e.factor[t] / static_cast<double>(years);
        out.emplace_back("revenue_percent_gdp", std::move(share));
    }

    std::vector<double> cost_share(draws);
    for (std::size_t d = 0; d < draws; ++d) {
        double gross = 0, cost = 0;
        for (std::size_t t = 0; t < years; ++t) {
            gross += batch.gross_revenue[d * years + t];
            cost += batch.collection_cost[d * years + t];
        }
        cost_share[d] = percent_ratio(cost, gross);
    }
    out.emplace_back("collection_cost_percent", std::move(cost_share));

    const auto inflation = scenario.figures.find("inflation");
    if (inflation != scenario.figures.end()) {
        // Prices from year 1 to the last: one rate held, or the rates of years 2 to H.
        const Figure& rates = inflation->second;
        double deflator = 1.0;
        for (std::size_t t = 1; t < years; ++t)
            deflator *= 1.0 + (rates.scalar ? rates.values.front() : rates.values[t]);
        std::vector<double> ratio(draws);
        for (std::size_t d = 0; d < draws; ++d)
            // A source that raises nothing neither grows nor shrinks.
            ratio[d] = net(d, 0) > 0 ? net(d, years - 1) / deflator / net(d, 0) : 1.0;
        out.emplace_back("real_yield_ratio_year10_year1", std::move(ratio));
    }

    double cv = 0;
    for (std::size_t t = 0; t < years; ++t) {
        double sum = 0, squares = 0;
        for (std::size_t d = 0; d < draws; ++d) sum += net(d, t);
        const double mean = sum / static_cast<double>(draws);
        for (std::size_t d = 0; d < draws; ++d) squares += (net(d, t) - mean) * (net(d, t) - mean);
        const double sd = draws > 1 ? std::sqrt(squares / static_cast<double>(draws - 1)) : 0.0;
        cv += percent_ratio(sd, std::abs(mean)) / static_cast<double>(years);
    }
    out.emplace_back("yield_cv_percent", std::vector<double>(draws, cv));
    if (incidence && incidence->kakwani_index)
        out.emplace_back("kakwani_index", std::vector<double>(draws, *incidence->kakwani_index));

    for (std::size_t k = 0; k < batch.indicator_count; ++k) {
        std::vector<double> values(draws);
        for (std::size_t d = 0; d < draws; ++d)
            values[d] = batch.indicators[d * batch.indicator_count + k];
        out.emplace_back(plugin.indicators[k].key, std::move(values));
    }
    return out;
}

}  // namespace finmech::host
