// Package search on the embedded Mali 2023 scenario at its default 10^4 draws (issue 11's target:
// the default run with packages under 1 s): the exact enumeration of every compatible package
// (2,559), the best one's draw-by-draw yield and the frontiers; and the whole default run from
// the plugins' batches to the packages.
#include <benchmark/benchmark.h>

#include <finmech/host/allocator.hpp>
#include <finmech/host/appraisal.hpp>
#include <finmech/host/embedded_files.hpp>
#include <finmech/host/evaluation.hpp>
#include <finmech/host/json_file.hpp>
#include <finmech/host/packages.hpp>
#include <finmech/host/plugin_catalog.hpp>
#include <finmech/host/scenario.hpp>

namespace {

using namespace finmech::host;

// The embedded default scenario, with a target of `gap_share` of the financing gap when above 0.
Scenario default_scenario(double gap_share = 0) {
    const EmbeddedFile& mali = *find_embedded(embedded_scenarios(), default_scenario_name);
    nlohmann::json document = parse_json(mali.text, std::string(mali.name));
    if (gap_share > 0) document["decision"]["package"]["gap_share"] = gap_share;
    return read_scenario(document, "benchmark");
}

constexpr EvaluationOptions default_options{10000, 20150101};

// The plugins in worker processes, as the finmech program runs them; timed in wall-clock time,
// since their work is done in the workers.
const PluginIsolation workers{.worker = FINMECH_EXECUTABLE};

// The packages alone, on an evaluation and appraisal made once; with a gap target of
// state.range(0) per cent (50: out of reach, so that every package is checked on the draws).
void package_search(benchmark::State& state) {
    keep_large_blocks_on_heap();
    const PluginCatalog catalog = PluginCatalog::load({FINMECH_PLUGIN_DIR}, workers);
    const Scenario scenario = default_scenario(static_cast<double>(state.range(0)) / 100);
    check_scenario(scenario, catalog);
    const Evaluation evaluation = evaluate(scenario, catalog, default_options);
    const Appraisal appraisal = appraise(scenario, evaluation, default_options.seed);
    for (auto _ : state)
        benchmark::DoNotOptimize(
            packages_document(scenario, catalog, default_options, evaluation, appraisal));
}
BENCHMARK(package_search)->Arg(0)->Arg(50)->UseRealTime()->Unit(benchmark::kMillisecond);

// The default run: evaluation, ranking with SMAA-2, and the packages.
void default_run_with_packages(benchmark::State& state) {
    keep_large_blocks_on_heap();
    const PluginCatalog catalog = PluginCatalog::load({FINMECH_PLUGIN_DIR}, workers);
    const Scenario scenario = default_scenario();
    check_scenario(scenario, catalog);
    for (auto _ : state) {
        const Evaluation evaluation = evaluate(scenario, catalog, default_options);
        const Appraisal appraisal = appraise(scenario, evaluation, default_options.seed);
        benchmark::DoNotOptimize(
            packages_document(scenario, catalog, default_options, evaluation, appraisal));
    }
}
BENCHMARK(default_run_with_packages)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace
