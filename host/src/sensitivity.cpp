#include "finmech/host/sensitivity.hpp"

#include <algorithm>
#include <cmath>

#include "finmech/host/parameter_draws.hpp"
#include "finmech/host/statistics.hpp"

namespace finmech::host {

Sensitivity sensitivity(const Scenario& scenario, const MechanismEntry& entry,
                        const Plugin& plugin, std::uint64_t seed, std::size_t quantile_draws) {
    const MechanismDescriptor& d = plugin.descriptor();
    const std::vector<ParameterLaw> laws = parameter_laws(entry, d);
    const std::vector<const ParameterInfo*> numeric = d.numeric_parameters();
    const std::size_t columns = laws.size();

    // Row 0: the point estimates; then a low and a high row per parameter that varies.
    std::vector<double> central(columns);
    for (std::size_t c = 0; c < columns; ++c) central[c] = laws[c].central;
    std::vector<double> rows = central;
    std::vector<ParameterSwing> swings;
    for (std::size_t c = 0; c < columns; ++c) {
        const Percentiles p = summarize(draw_parameters({laws[c]}, quantile_draws, seed));
        if (!(p.p95 > p.p5)) continue;
        swings.push_back({numeric[c]->key, numeric[c]->label, numeric[c]->unit, p.p5, p.p95});
        for (double value : {p.p5, p.p95}) {
            rows.insert(rows.end(), central.begin(), central.end());
            rows[rows.size() - columns + c] = value;
        }
    }

    const std::size_t years = static_cast<std::size_t>(scenario.horizon);
    const nlohmann::json request{{"context", scenario.plugin_context()},
                                 {"fixed", fixed_parameters(entry, d)}};
    const BatchResult batch = plugin.evaluate_batch(request, rows, 1 + 2 * swings.size(), years);
    const auto net_total = [&](std::size_t row) {
        double total = 0;
        for (std::size_t t = 0; t < years; ++t)
            total += batch.gross_revenue[row * years + t] - batch.collection_cost[row * years + t];
        return total;
    };

    Sensitivity out{d.id, entry.label, net_total(0), std::move(swings)};
    for (std::size_t k = 0; k < out.swings.size(); ++k) {
        out.swings[k].result_low = net_total(1 + 2 * k);
        out.swings[k].result_high = net_total(2 + 2 * k);
    }
    std::stable_sort(out.swings.begin(), out.swings.end(),
                     [](const ParameterSwing& a, const ParameterSwing& b) {
                         return std::abs(a.result_high - a.result_low) >
                                std::abs(b.result_high - b.result_low);
                     });
    return out;
}

nlohmann::json to_json(const Sensitivity& sensitivity, const std::string& currency) {
    nlohmann::json parameters = nlohmann::json::array();
    for (const ParameterSwing& s : sensitivity.swings)
        parameters.push_back({{"plugin", sensitivity.plugin},
                              {"parameter", s.parameter},
                              {"label", s.label},
                              {"unit", s.unit},
                              {"low", s.low},
                              {"high", s.high},
                              {"result_low", s.result_low},
                              {"result_high", s.result_high}});
    return {{"alternative", sensitivity.label},
            {"plugin", sensitivity.plugin},
            {"measure", "net revenue summed over the horizon"},
            {"unit", currency},
            {"base", sensitivity.base},
            {"parameters", parameters}};
}

}  // namespace finmech::host
