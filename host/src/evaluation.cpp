#include "finmech/host/evaluation.hpp"

#include "finmech/host/parameter_draws.hpp"

#include <algorithm>
#include <functional>
#include <memory>

namespace finmech::host {

nlohmann::json to_json(const YearlyPercentiles& p) {
    return {{"mean", p.mean}, {"p5", p.p5}, {"p50", p.p50}, {"p95", p.p95}};
}

namespace {

// The plugin's batch for `entry` over the options' draws.
BatchResult run_batch(const Scenario& scenario, const MechanismEntry& entry, const Plugin& plugin,
                      const EvaluationOptions& options) {
    const MechanismDescriptor& d = plugin.descriptor();
    const std::vector<double> rows =
        draw_parameters(parameter_laws(entry, d), options.draws, options.seed);
    const nlohmann::json request{{"context", scenario.plugin_context()},
                                 {"fixed", fixed_parameters(entry, d)}};
    return plugin.evaluate_batch(request, rows, options.draws,
                                 static_cast<std::size_t>(scenario.horizon));
}

MechanismResult evaluate_mechanism(const Scenario& scenario, const Expressions& expressions,
                                   const MechanismEntry& entry, const Plugin& plugin,
                                   const EvaluationOptions& options) {
    const MechanismDescriptor& d = plugin.descriptor();
    const std::size_t years = static_cast<std::size_t>(scenario.horizon);
    const BatchResult batch = run_batch(scenario, entry, plugin, options);
    const std::size_t size = batch.gross_revenue.size();
    const auto net_values = std::make_unique_for_overwrite<double[]>(size);  // no zero-filling
    std::transform(batch.gross_revenue.begin(), batch.gross_revenue.end(),
                   batch.collection_cost.begin(), net_values.get(), std::minus<>());
    const std::span<const double> net(net_values.get(), size);
    std::optional<Incidence> incidence = household_incidence(scenario, d, batch);

    MechanismResult result;
    result.plugin = d.id;
    result.plugin_version = d.version;
    result.label = entry.label;
    result.indicator_draws = decision_indicators(expressions, d, batch, net, incidence);
    result.incidence = std::move(incidence);
    result.profile = d.profile;
    result.rules = check_rules(d, result.indicator_draws, entry);
    result.source = entry.pointer;
    result.bases = d.bases;
    result.gross_revenue = summarize_years(batch.gross_revenue, years);
    result.collection_cost = summarize_years(batch.collection_cost, years);
    result.net_revenue = summarize_years(net, years);
    result.net_variance = column_moments(net, years).variance;
    // Factors are >= 0, so the percentiles of the expressed revenue are the net's, scaled.
    for (const Expression& e : expressions.available) {
        YearlyPercentiles expressed;
        for (std::size_t t = 0; t < years; ++t) {
            const Percentiles p = scaled({result.net_revenue.mean[t], result.net_revenue.p5[t],
                                          result.net_revenue.p50[t], result.net_revenue.p95[t]},
                                         e.factor[t]);
            expressed.mean.push_back(p.mean);
            expressed.p5.push_back(p.p5);
            expressed.p50.push_back(p.p50);
            expressed.p95.push_back(p.p95);
        }
        result.expressed.push_back(std::move(expressed));
    }
    return result;
}

}  // namespace

std::vector<double> net_revenue_draws(const Scenario& scenario, const MechanismEntry& entry,
                                      const Plugin& plugin, const EvaluationOptions& options) {
    const BatchResult batch = run_batch(scenario, entry, plugin, options);
    std::vector<double> net(batch.gross_revenue.size());
    std::transform(batch.gross_revenue.begin(), batch.gross_revenue.end(),
                   batch.collection_cost.begin(), net.begin(), std::minus<>());
    return net;
}

YearlyPercentiles summarize_years(std::span<const double> batch, std::size_t years) {
    YearlyPercentiles out;
    for (const Percentiles& p : summarize_columns(batch, years)) {
        out.mean.push_back(p.mean);
        out.p5.push_back(p.p5);
        out.p50.push_back(p.p50);
        out.p95.push_back(p.p95);
    }
    return out;
}

Evaluation evaluate(const Scenario& scenario, const PluginCatalog& catalog,
                    const EvaluationOptions& options) {
    Evaluation evaluation{scenario.years(), scenario.currency, options.draws, options.seed,
                          expressions(scenario),  {}};
    for (const MechanismEntry& entry : scenario.mechanisms)
        evaluation.mechanisms.push_back(evaluate_mechanism(
            scenario, evaluation.expressions, entry, *catalog.find(entry.plugin), options));
    return evaluation;
}

nlohmann::json to_json(const Evaluation& evaluation) {
    nlohmann::json mechanisms = nlohmann::json::array();
    for (const MechanismResult& m : evaluation.mechanisms) {
        nlohmann::json indicators = nlohmann::json::object();
        for (const auto& [key, draws] : m.indicator_draws) {
            const Percentiles p = summarize(draws);
            indicators[key] = {{"mean", p.mean}, {"p5", p.p5}, {"p50", p.p50}, {"p95", p.p95}};
        }
        nlohmann::json expressed = nlohmann::json::object();
        for (std::size_t k = 0; k < m.expressed.size(); ++k) {
            const Expression& e = evaluation.expressions.available[k];
            expressed[e.key] = to_json(m.expressed[k]);
            expressed[e.key]["unit"] = e.unit;
        }
        mechanisms.push_back({{"plugin", m.plugin},
                              {"plugin_version", m.plugin_version},
                              {"label", m.label},
                              {"gross_revenue", to_json(m.gross_revenue)},
                              {"collection_cost", to_json(m.collection_cost)},
                              {"net_revenue", to_json(m.net_revenue)},
                              {"expressed", expressed},
                              {"indicators", indicators}});
        if (m.profile) mechanisms.back()["profile"] = *m.profile;
        if (m.incidence) mechanisms.back()["incidence"] = to_json(*m.incidence);
        mechanisms.back()["source"] = m.source;
        mechanisms.back()["rules"] = to_json(m.rules);
        mechanisms.back()["admissible"] = admissible(m.rules);
    }
    nlohmann::json missing = nlohmann::json::array();
    for (const auto& m : evaluation.expressions.missing)
        missing.push_back({{"expression", m.key}, {"context_lacks", m.lacking}});
    return {{"years", evaluation.years},
            {"currency", evaluation.currency},
            {"draws", evaluation.draws},
            {"seed", evaluation.seed},
            {"not_expressed", missing},
            {"mechanisms", mechanisms}};
}

}  // namespace finmech::host
