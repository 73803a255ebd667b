#include "finmech/host/decision_indicators.hpp"

#include "finmech/host/statistics.hpp"

#include <cmath>
#include <string_view>

namespace finmech::host {

namespace {

double percent_ratio(double part, double whole) { return whole > 0 ? 100.0 * part / whole : 0.0; }

// `key`, which must be one of host_indicator_keys: a key missing from that list fails the build.
consteval const char* host_key(std::string_view key) {
    for (const char* reserved : host_indicator_keys)
        if (key == reserved) return reserved;
    throw "not among host_indicator_keys";
}

}  // namespace

IndicatorDraws decision_indicators(const Expressions& expressed, const MechanismDescriptor& plugin,
                                   const BatchResult& batch, std::span<const double> net,
                                   const std::optional<Incidence>& incidence) {
    const std::size_t draws = batch.draws, years = batch.years;
    IndicatorDraws out;

    if (const Expression* e = expressed.find("percent_gdp")) {
        // The mean over the years of net revenue x factor: each year weighs factor / years.
        std::vector<double> weight(years);
        for (std::size_t t = 0; t < years; ++t)
            weight[t] = e->factor[t] / static_cast<double>(years);
        std::vector<double> share(draws, 0.0);
        for (std::size_t d = 0; d < draws; ++d)
            for (std::size_t t = 0; t < years; ++t) share[d] += net[d * years + t] * weight[t];
        out.emplace_back(host_key("revenue_percent_gdp"), std::move(share));
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
    out.emplace_back(host_key("collection_cost_percent"), std::move(cost_share));

    if (!expressed.price_index.empty()) {
        // Prices of the last year over the first's.
        const double deflator = expressed.price_index.back() / expressed.price_index.front();
        std::vector<double> ratio(draws);
        for (std::size_t d = 0; d < draws; ++d) {
            const double first = net[d * years], last = net[d * years + years - 1];
            // A source that raises nothing neither grows nor shrinks.
            ratio[d] = first > 0 ? last / deflator / first : 1.0;
        }
        out.emplace_back(host_key("real_yield_ratio_year10_year1"), std::move(ratio));
    }

    const ColumnMoments moments = column_moments(net, years);
    double cv = 0;
    for (std::size_t t = 0; t < years; ++t)
        cv += percent_ratio(std::sqrt(moments.variance[t]), std::abs(moments.mean[t])) /
              static_cast<double>(years);
    out.emplace_back(host_key("yield_cv_percent"), std::vector<double>(draws, cv));
    if (incidence && incidence->kakwani_index)
        out.emplace_back(host_key("kakwani_index"),
                         std::vector<double>(draws, *incidence->kakwani_index));
    if (incidence && incidence->horizontal_inequity)
        out.emplace_back(host_key("horizontal_inequity_index"),
                         std::vector<double>(draws, *incidence->horizontal_inequity));

    for (std::size_t k = 0; k < batch.indicator_count; ++k) {
        std::vector<double> values(draws);
        for (std::size_t d = 0; d < draws; ++d)
            values[d] = batch.indicators[d * batch.indicator_count + k];
        out.emplace_back(plugin.indicators[k].key, std::move(values));
    }
    return out;
}

}  // namespace finmech::host
