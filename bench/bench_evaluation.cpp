// Monte Carlo evaluation speed: 10^5 draws x 12 plugins x 10-year horizon, through the plugins'
// batch entry (issue 3's target: under 0.5 s on one core). The twelve mechanisms are the twelve
// plugins of the embedded Mali 2023 scenario, each once (the telecom levy at its proposed rate).
// Then what running the plugins out of process costs (the isolation's targets: at most 10 % over
// the plugins loaded in process at 10^5 draws, and a speed-up of at least 1.6 with two jobs on two
// cores), and what loading and ending the plugins costs either way.
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

// Plugins in worker processes (`finmech --plugin-worker`), as the finmech program runs them; or,
// `workers` false, loaded into this process (the finmech program's hidden --in-process).
PluginIsolation isolation(bool workers) {
    return workers ? PluginIsolation{.worker = FINMECH_EXECUTABLE} : PluginIsolation{};
}

Scenario twelve_mechanisms() {
    const EmbeddedFile& mali = *find_embedded(embedded_scenarios(), default_scenario_name);
    nlohmann::json document = parse_json(mali.text, std::string(mali.name));
    for (auto& mechanism : document["mechanisms"]) mechanism.erase("variants");
    return read_scenario(document, "benchmark");
}

// The whole evaluation: draws, batch calls, percentiles per year, expressions, indicators; on one
// core, with the plugins in this process (so that CPU time counts all the work).
void monte_carlo_evaluation(benchmark::State& state) {
    keep_large_blocks_on_heap();  // as the finmech program does
    const PluginCatalog catalog = PluginCatalog::load({FINMECH_PLUGIN_DIR}, isolation(false));
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
    const PluginCatalog catalog = PluginCatalog::load({FINMECH_PLUGIN_DIR}, isolation(false));
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

// The catalog of each isolation, loaded once for all the runs of evaluation_isolation: its
// workers, once started, stay alive and idle in their Plugin between evaluations.
const PluginCatalog& catalog(bool workers) {
    static const PluginCatalog in_process =
        PluginCatalog::load({FINMECH_PLUGIN_DIR}, isolation(false));
    if (!workers) return in_process;
    static const PluginCatalog in_workers =
        PluginCatalog::load({FINMECH_PLUGIN_DIR}, isolation(true));
    return in_workers;
}

// The whole evaluation of the twelve mechanisms at state.range(0) draws, with the plugins in
// workers (state.range(1) = 1) or in this process (0), state.range(2) mechanisms at a time. Wall
// time: the work is done in other threads and processes. One evaluation before timing, so that
// the figures are of calls to idle workers whose shared memory is already the right size, not of
// workers starting or of pages faulted in for the first time.
void evaluation_isolation(benchmark::State& state) {
    keep_large_blocks_on_heap();
    const PluginCatalog& plugins = catalog(state.range(1) != 0);
    const Scenario scenario = twelve_mechanisms();
    check_scenario(scenario, plugins);
    const EvaluationOptions options{static_cast<std::size_t>(state.range(0)), 20150101,
                                    static_cast<std::size_t>(state.range(2))};
    benchmark::DoNotOptimize(evaluate(scenario, plugins, options));
    for (auto _ : state) benchmark::DoNotOptimize(evaluate(scenario, plugins, options));
    state.SetItemsProcessed(state.iterations() * state.range(0) * 12);
}

// Listed by draws, then jobs, in process next to workers.
void draws_workers_jobs(benchmark::internal::Benchmark* b) {
    b->ArgNames({"draws", "workers", "jobs"});
    for (long draws : {10000, 100000})
        for (long jobs : {1, 2})
            for (long workers : {0, 1}) b->Args({draws, workers, jobs});
}
BENCHMARK(evaluation_isolation)
    ->Apply(draws_workers_jobs)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// What every command pays once: finding and loading the plugins, in workers (state.range(0) = 1:
// twelve workers started, each loading its library and answering describe()) or in this process
// (0: dlopen and describe()). Ending them is not timed here (catalog_end).
void catalog_load(benchmark::State& state) {
    for (auto _ : state) {
        auto plugins = std::make_unique<PluginCatalog>(
            PluginCatalog::load({FINMECH_PLUGIN_DIR}, isolation(state.range(0) != 0)));
        state.PauseTiming();
        if (plugins->plugins().size() != 12) state.SkipWithError("not the twelve plugins");
        plugins.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(catalog_load)
    ->ArgName("workers")
    ->DenseRange(0, 1)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// The first evaluation at state.range(0) draws after loading the catalog, as one finmech evaluate
// makes it: each worker's shared memory grows to its batch's size and every page of it is faulted
// in, in the worker and in this process. (In process, the heap that earlier iterations grew is
// kept, so that figure is close to evaluation_isolation's.)
void first_evaluation(benchmark::State& state) {
    keep_large_blocks_on_heap();
    const Scenario scenario = twelve_mechanisms();
    const EvaluationOptions options{static_cast<std::size_t>(state.range(0)), 20150101,
                                    static_cast<std::size_t>(state.range(2))};
    for (auto _ : state) {
        state.PauseTiming();
        auto plugins = std::make_unique<PluginCatalog>(
            PluginCatalog::load({FINMECH_PLUGIN_DIR}, isolation(state.range(1) != 0)));
        state.ResumeTiming();
        benchmark::DoNotOptimize(evaluate(scenario, *plugins, options));
        state.PauseTiming();
        plugins.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(first_evaluation)
    ->ArgNames({"draws", "workers", "jobs"})
    ->Args({100000, 0, 1})
    ->Args({100000, 1, 1})
    ->Args({100000, 0, 2})
    ->Args({100000, 1, 2})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

// What every command pays at its end: ending the plugins (state.range(1) = 1: twelve workers
// killed and reaped one after the other, each freeing the shared memory that an evaluation at
// state.range(0) draws made it grow to; 0: only the libraries to close).
void catalog_end(benchmark::State& state) {
    keep_large_blocks_on_heap();
    const Scenario scenario = twelve_mechanisms();
    const EvaluationOptions options{static_cast<std::size_t>(state.range(0)), 20150101};
    for (auto _ : state) {
        state.PauseTiming();
        auto plugins = std::make_unique<PluginCatalog>(
            PluginCatalog::load({FINMECH_PLUGIN_DIR}, isolation(state.range(1) != 0)));
        benchmark::DoNotOptimize(evaluate(scenario, *plugins, options));
        state.ResumeTiming();
        plugins.reset();
    }
}
BENCHMARK(catalog_end)
    ->ArgNames({"draws", "workers"})
    ->ArgsProduct({{10000, 100000}, {0, 1}})
    ->Iterations(5)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
