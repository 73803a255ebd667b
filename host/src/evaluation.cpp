#include "finmech/host/evaluation.hpp"

#include "finmech/host/batch_checks.hpp"
#include "finmech/host/parameter_draws.hpp"

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <regex>
#include <set>
#include <thread>
#include <variant>

namespace finmech::host {

nlohmann::json to_json(const YearlyPercentiles& p) {
    return {{"mean", p.mean}, {"p5", p.p5}, {"p50", p.p50}, {"p95", p.p95}};
}

namespace {

// What a plugin is asked for `entry`: the request and the options' draws of its parameters.
struct BatchRequest {
    nlohmann::json request;
    std::vector<double> rows;
};

BatchRequest batch_request(const Scenario& scenario, const MechanismEntry& entry,
                           const Plugin& plugin, const EvaluationOptions& options) {
    const MechanismDescriptor& d = plugin.descriptor();
    return {{{"context", scenario.plugin_context()}, {"fixed", fixed_parameters(entry, d)}},
            draw_parameters(parameter_laws(entry, d), options.draws, options.seed)};
}

// The repeat check of `in` (batch_checks.hpp), or none when the plugin refuses or fails those
// draws: its message would number them in the repeat's order, so the batch itself must say
// which draw it is.
std::optional<Repeat> repeat_or_none(const Plugin& plugin, const BatchRequest& in,
                                     std::size_t draws, std::size_t years) {
    try {
        return repeat_last_draws(plugin, in.request, in.rows, draws, years);
    } catch (const PluginFault&) {
        throw;
    } catch (const PluginCallFailed&) {
        return std::nullopt;
    }
}

// The plugin's batch for `entry` over the options' draws, checked (batch_checks.hpp). A crash
// that left no message is run again in halves to find its draw.
BatchResult run_batch(const Scenario& scenario, const MechanismEntry& entry, const Plugin& plugin,
                      const EvaluationOptions& options) {
    const BatchRequest in = batch_request(scenario, entry, plugin, options);
    const std::size_t years = static_cast<std::size_t>(scenario.horizon);
    std::optional<Repeat> repeat;
    BatchResult batch;
    try {
        repeat = repeat_or_none(plugin, in, options.draws, years);
        batch = plugin.evaluate_batch(in.request, in.rows, options.draws, years);
    } catch (const PluginFault& e) {
        if (e.kind == FaultKind::timed_out || options.draws < 2) throw;
        throw PluginFault(e.kind, e.what(),
                          first_failing_draw(plugin, in.request, in.rows, options.draws, years));
    }
    if (auto fault = impossible_output(batch, plugin.descriptor().gross_is_change)) throw *fault;
    if (!repeat)
        throw PluginFault(FaultKind::non_deterministic,
                          "failed on some of its last draws in one call and computed them in "
                          "another: its results depend on what it computed before");
    if (auto fault = unrepeatable_output(*repeat, batch)) throw *fault;
    return batch;
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

namespace {

const std::regex& sdk_draw_prefix() {
    static const std::regex prefix(R"(\bdraw (\d+): )");
    return prefix;
}

// The draw a model's own message names ("model failed: draw 18: ..."), as the SDK writes it.
std::optional<std::size_t> draw_in(const std::string& message) {
    std::smatch match;
    if (!std::regex_search(message, match, sdk_draw_prefix())) return std::nullopt;
    return std::stoul(match[1]);
}

// The message without the draw, which the failure carries apart.
std::string without_draw(const std::string& message) {
    return std::regex_replace(message, sdk_draw_prefix(), "", std::regex_constants::format_first_only);
}

using Outcome = std::variant<MechanismResult, MechanismFailure>;

Outcome evaluate_or_fail(const Scenario& scenario, const Expressions& expressions,
                         const MechanismEntry& entry, const Plugin& plugin,
                         const EvaluationOptions& options) {
    try {
        return evaluate_mechanism(scenario, expressions, entry, plugin, options);
    } catch (const PluginFault& e) {
        return MechanismFailure{plugin.id(), entry.label, plugin.file(), entry.pointer, e.kind,
                                e.what(),    e.draw};
    } catch (const PluginCallFailed& e) {
        if (e.invalid_input) throw;
        return MechanismFailure{plugin.id(),           entry.label,           plugin.file(),
                                entry.pointer,         FaultKind::model_error, without_draw(e.what()),
                                draw_in(e.what())};
    }
}

}  // namespace

std::string MechanismFailure::message() const {
    return label + ": plugin " + plugin + " (" + file.string() + "): " + reason +
           (draw ? ", at draw " + std::to_string(*draw) : "");
}

Evaluation evaluate(const Scenario& scenario, const PluginCatalog& catalog,
                    const EvaluationOptions& options) {
    Evaluation evaluation{scenario.years(), scenario.currency, options.draws, options.seed,
                          expressions(scenario),  {}, {}};
    const std::size_t count = scenario.mechanisms.size();
    std::vector<Outcome> outcomes(count);
    std::vector<std::exception_ptr> errors(count);
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i; (i = next++) < count;) {
            const MechanismEntry& entry = scenario.mechanisms[i];
            try {
                outcomes[i] = evaluate_or_fail(scenario, evaluation.expressions, entry,
                                               *catalog.find(entry.plugin), options);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    {
        std::vector<std::jthread> threads;
        for (std::size_t t = 1; t < std::min(options.jobs, count); ++t) threads.emplace_back(work);
        work();
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (errors[i]) std::rethrow_exception(errors[i]);  // the first in the scenario's order
        if (auto* result = std::get_if<MechanismResult>(&outcomes[i]))
            evaluation.mechanisms.push_back(std::move(*result));
        else
            evaluation.failures.push_back(std::get<MechanismFailure>(std::move(outcomes[i])));
    }
    return evaluation;
}

Scenario evaluated_part(const Scenario& scenario, const Evaluation& evaluation) {
    Scenario part = scenario;
    std::set<std::string> failed;  // as named packages name options: "plugin" or "plugin:variant"
    std::erase_if(part.mechanisms, [&](const MechanismEntry& m) {
        const bool out = std::any_of(evaluation.failures.begin(), evaluation.failures.end(),
                                     [&](const MechanismFailure& f) { return f.label == m.label; });
        if (out) failed.insert(m.variant.empty() ? m.plugin : m.plugin + ":" + m.variant);
        return out;
    });
    if (part.packages.is_array())
        for (std::size_t k = part.packages.size(); k-- > 0;) {
            const nlohmann::json& options = part.packages[k].value("options", nlohmann::json());
            if (std::any_of(options.begin(), options.end(), [&](const nlohmann::json& option) {
                    return option.is_string() && failed.count(option.get<std::string>());
                }))
                part.packages.erase(k);
        }
    return part;
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
    nlohmann::json failed = nlohmann::json::array();
    for (const MechanismFailure& f : evaluation.failures) {
        failed.push_back({{"plugin", f.plugin},
                          {"label", f.label},
                          {"file", f.file.filename().string()},
                          {"source", f.source},
                          {"failure", to_string(f.kind)},
                          {"reason", f.reason}});
        if (f.draw) failed.back()["draw"] = *f.draw;
    }
    nlohmann::json missing = nlohmann::json::array();
    for (const auto& m : evaluation.expressions.missing)
        missing.push_back({{"expression", m.key}, {"context_lacks", m.lacking}});
    return {{"years", evaluation.years},
            {"currency", evaluation.currency},
            {"draws", evaluation.draws},
            {"seed", evaluation.seed},
            {"not_expressed", missing},
            {"mechanisms", mechanisms},
            {"failed", failed}};
}

}  // namespace finmech::host
