// finmech command line: what every subcommand shares — the global options, the plugins they
// load, and the scenario or the results they read.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <finmech/host/evaluation.hpp>
#include <finmech/host/plugin_catalog.hpp>
#include <finmech/host/scenario.hpp>

namespace finmech::cli {

// Exit status of a run that completed without some mechanisms, their plugins having failed.
inline constexpr int exit_failed_mechanisms = 3;

struct Session {
    std::filesystem::path executable;                // the running program's file
    std::vector<std::filesystem::path> plugin_dirs;  // --plugins, in order
    std::string lang = "fr";                        // --lang
    host::PluginIsolation isolation;  // worker: `executable`, unless --in-process
    std::size_t jobs = 1;             // --jobs
    bool strict = false;              // --strict: a failed mechanism fails the run

    // Loads the plugins from --plugins, FINMECH_PLUGIN_PATH and the standard place, in that
    // order, and says on stderr which file is used when two share an id.
    host::PluginCatalog load_plugins() const;

    // Evaluates `scenario` with --jobs. Throws host::InputError naming each failed mechanism,
    // before anything is written, under --strict or when none came out.
    host::Evaluation evaluate(const host::Scenario& scenario, const host::PluginCatalog& catalog,
                              host::EvaluationOptions options) const;

    // Copies to stderr, line by line behind "[plugin_id] ", what the plugins printed: the first
    // 50 lines of each, then how many more there were.
    void print_run_log(const host::PluginCatalog& catalog) const;

    // Ends a command that evaluated: copies what the plugins printed to stderr (the run log),
    // names each failed mechanism there, and returns the exit status, 0 or
    // exit_failed_mechanisms.
    int finish(const host::PluginCatalog& catalog, const host::Evaluation& evaluation) const;

    // `text` in the session's language.
    const std::string& pick(const Text& text) const { return lang == "en" ? text.en : text.fr; }
};

// The bytes of the scenario named on the command line: a file path, or the name of an embedded
// scenario ("mali-2015-workshop"); empty `name` means the embedded default. `file` is what
// messages call it. InputError when there is no such file nor embedded scenario.
struct ScenarioSource {
    std::string file;
    std::string text;
};
ScenarioSource read_scenario_source(const std::string& name);

// Reads `source` as a scenario, checked against `catalog`. InputError on any fault.
host::Scenario load_scenario(const ScenarioSource& source, const host::PluginCatalog& catalog);

// load_scenario(read_scenario_source(name), catalog).
host::Scenario load_scenario(const std::string& name, const host::PluginCatalog& catalog);

// The results.json at `file` (written by `finmech evaluate --out`), checked for what the reports
// read. InputError naming the file and the JSON pointer of the first problem.
nlohmann::json read_results(const std::string& file);

}  // namespace finmech::cli
