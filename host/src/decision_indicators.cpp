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
        // The mean over the years of net revenue x factor: each year weighs factor / years.
        std::vector<double> weight(years);
        for (std::size_t t = 0; t < years; ++t)
            weight[t] = e.factor[t] / static_cast<double>(years);
        std::vector<double> share(draws, 0.0);
        for (std::size_t d = 0; d < draws; ++d)
            for (std::size_t t = 0; t < years; ++t) share[d] += net(d, t) * weight[t];
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

    // Each year's mean, then its squared deviations, summed draw by draw as the batch is laid
    // out: two passes over it rather than two strided passes per year.
    std::vector<double> mean(years, 0.0), squares(years, 0.0);
    for (std::size_t d = 0; d < draws; ++d)
        for (std::size_t t = 0; t < years; ++t) mean[t] += net(d, t);
    for (double& m : mean) m /= static_cast<double>(draws);
    for (std::size_t d = 0; d < draws; ++d)
        for (std::size_t t = 0; t < years; ++t)
            squares[t] += (net(d, t) - mean[t]) * (net(d, t) - mean[t]);
    double cv = 0;
    for (std::size_t t = 0; t < years; ++t) {
        const double sd = draws > 1 ? std::sqrt(squares[t] / static_cast<double>(draws - 1)) : 0.0;
        cv += percent_ratio(sd, std::abs(mean[t])) / static_cast<double>(years);
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
