// Monte Carlo evaluation speed: 10^5 draws x 12 plugins x 10-year horizon, through the plugins'
// batch entry (issue 3's target: under 0.5 s on one core). The twelve mechanisms are the twelve
// plugins of the embedded Mali 2023 scenario, each once (the telecom levy at its proposed rate).
#include <benchmark/benchmark.h>

#include <finmech/host/allocator.hpp>
#include <finmech/host/embedded_files.hpp>
#include <finmech/host/evaluation.hpp>
#include <finmech/host/json_file.hpp>
#include <finmech/host/parameter_draws.hpp>
#include <finmech/host/plugin_catalog.hpp>
#include <finmech/host/scenario.hpp>

namespace {

using namespace finmech::host;

Scenario twelve_mechanisms() {
    const EmbeddedFile& mali = *find_embedded(embedded_scenarios(), default_scenario_name);
    nlohmann::json document = parse_json(mali.text, std::string(mali.name));
    for (auto& mechanism : document["mechanisms"]) mechanism.erase("variants");
    return read_scenario(document, "benchmark");
}

// The whole evaluation: draws, batch calls, percentiles per year, expressions, indicators.
void monte_carlo_evaluation(benchmark::State& state) {
    keep_large_blocks_on_heap();  // as the finmech program does
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
    keep_large_blocks_on_heap();
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
