// Monte Carlo evaluation speed: 10^5 draws x 12 mechanisms x 10-year horizon, through the
// plugins' batch entry (issue 3's target: under 0.5 s on one core). Until the other revenue
// sources have plugins, the twelve mechanisms are telecom levies at twelve rates.
#include <benchmark/benchmark.h>

#include <finmech/host/evaluation.hpp>
#include <finmech/host/parameter_draws.hpp>
#include <finmech/host/plugin_catalog.hpp>
#include <finmech/host/scenario.hpp>

namespace {

using namespace finmech::host;

Scenario twelve_mechanisms() {
    nlohmann::json document{
        {"context",
         {{"base_year", 2023}, {"horizon", 10}, {"currency", "FCFA"},
          {"telecom_turnover", 615.3e9}, {"gdp", 12000e9}, {"gdp_nominal_growth", 0.07},
          {"inflation", 0.03}}},
        {"mechanisms", nlohmann::json::array()}};
    for (int i = 1; i <= 12; ++i)
        document["mechanisms"].push_back(
            {{"plugin", "telecom_levy"}, {"parameters", {{"rate", 0.0025 * i}}}});
    return read_scenario(document, "benchmark");
}

// The whole evaluation: draws, batch calls, percentiles per year, expressions, indicators.
void monte_carlo_evaluation(benchmark::State& state) {
    const PluginCatalog catalog = PluginCatalog::load({FINMECH_PLUGIN_DIR});
    const Scenario scenario = twelve_mechanisms();
    check_scenario(scenario, catalog);
    const EvaluationOptions options{static_cast<std::size_t>(state.range(0)), 20150101};
    for (auto _ : state) benchmark::DoNotOptimize(evaluate(scenario, catalog, options));
    state.SetItemsProcessed(state.iterations() * state.range(0) * 12);
}
BENCHMARK(monte_carlo_evaluation)->Arg(100000)->Unit(benchmark::kMillisecond);

// The models alone: drawing the parameters and one batch call per mechanism, no summaries.
void monte_carlo_batches(benchmark::State& state) {
    const PluginCatalog catalog = PluginCatalog::load({FINMECH_PLUGIN_DIR});
    const Scenario scenario = twelve_mechanisms();
    check_scenario(scenario, catalog);
    const auto draws = static_cast<std::size_t>(state.range(0));
    const nlohmann::json request{{"context", scenario.plugin_context()},
                                 {"fixed", nlohmann::json::object()}};
    for (auto _ : state) {
        for (const MechanismEntry& entry : scenario.mechanisms) {
            const Plugin& plugin = *catalog.find(entry.plugin);
            std::vector<ParameterLaw> laws;
            for (const ParameterInfo* p : plugin.descriptor().numeric_parameters())
                laws.push_back(parameter_law(plugin.id(), *p,
                                             entry.parameters.value(p->key, nlohmann::json()),
                                             entry.pointer_to("parameters", p->key)));
            benchmark::DoNotOptimize(plugin.evaluate_batch(
                request, draw_parameters(laws, draws, 20150101), draws,
                static_cast<std::size_t>(scenario.horizon)));
        }
    }
    state.SetItemsProcessed(state.iterations() * state.range(0) * 12);
}
BENCHMARK(monte_carlo_batches)->Arg(100000)->Unit(benchmark::kMillisecond);

}  // namespace
