// finmech host: one mechanism plugin, run in worker processes of its own so that whatever it
// does — crash, exit, hang, print, exhaust memory — it cannot take the host down
// (docs/plugin-abi.md, "Isolation").
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "descriptor.hpp"
#include "plugin_failure.hpp"

namespace finmech::host {

class PluginLibrary;
class WorkerProcess;
struct WorkerPool;

// Where and under which limits plugin code runs.
struct PluginIsolation {
    // The finmech program, started as `finmech --plugin-worker` once per plugin and job. Empty:
    // the plugin is loaded into this process, unprotected — only to measure what isolation costs.
    std::filesystem::path worker;
    // Wall-clock time allowed to one call, per 10 000 draws begun (--plugin-timeout).
    std::chrono::milliseconds timeout{std::chrono::seconds(60)};
    // Address space allowed to a worker, in MiB (--plugin-memory).
    std::size_t memory_mib = 4096;
};

// Arrays for a batch evaluation, row-major, one row per draw. They stay where the plugin wrote
// them: in the memory shared with the worker that computed them, which is the batch's until the
// batch is destroyed (at 10^5 draws a copy would cost a tenth of the evaluation), or in host
// memory. Copies share the arrays.
struct BatchResult {
    std::size_t draws = 0, years = 0, indicator_count = 0;
    std::span<double> gross_revenue;    // draws x years
    std::span<double> collection_cost;  // draws x years
    std::span<double> indicators;       // draws x indicator_count
    std::shared_ptr<void> storage;      // keeps the arrays alive

    // A batch of zeros in host memory, for the caller to fill.
    static BatchResult zeros(std::size_t draws, std::size_t years, std::size_t indicator_count);
};

// A mechanism plugin: its file, its checked descriptor, and the idle workers that have it
// loaded. Every call may run on any thread: each takes a worker of its own. Results are plain
// data and outlive the plugin.
class Plugin {
public:
    // Loads `file` in a worker, checks its ABI version and its descriptor, and refuses with a
    // reason (PluginRefused) when anything is off, including a describe() that crashes or hangs.
    static std::unique_ptr<Plugin> load(const std::filesystem::path& file,
                                        const PluginIsolation& isolation);
    ~Plugin();

    const MechanismDescriptor& descriptor() const { return descriptor_; }
    const std::string& id() const { return descriptor_.id; }
    const std::filesystem::path& file() const { return file_; }
    // The ABI version the plugin was built for, as "major.minor".
    std::string abi_version() const;

    // Evaluates one parameter set; `request` follows finmech/abi/plugin.h. PluginCallFailed when
    // the plugin refuses the request or its model fails; PluginFault when its worker dies,
    // hangs or runs out of memory.
    nlohmann::json evaluate(const nlohmann::json& request) const;

    // Evaluates each row of `parameters` (draws x numeric parameters), failing as evaluate().
    BatchResult evaluate_batch(const nlohmann::json& request, const std::vector<double>& parameters,
                               std::size_t draws, std::size_t years) const;

    // What the plugin wrote on stdout and stderr since the last take (the run log). Plugins
    // running in this process write to the host's own streams instead.
    std::string take_output() const;

private:
    Plugin(std::filesystem::path file, PluginIsolation isolation);
    std::chrono::milliseconds timeout(std::size_t draws) const;
    // Runs `call` on an idle worker, or a new one, and hands the worker back to the idle ones,
    // unless the call kept it or failed with a PluginFault (the worker is then ended).
    template <class Call>
    auto with_worker(Call call) const;

    std::filesystem::path file_;
    PluginIsolation isolation_;
    std::unique_ptr<PluginLibrary> library_;  // when isolation is off
    uint32_t abi_minor_ = 0;
    MechanismDescriptor descriptor_;
    // Shared with the batches that hold a worker, which give it back when they end.
    std::shared_ptr<WorkerPool> pool_;
};

}  // namespace finmech::host
