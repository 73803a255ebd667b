#include "session.hpp"

#include <cstdlib>
#include <iostream>
#include <sstream>

#include <finmech/host/embedded_files.hpp>
#include <finmech/host/input_error.hpp>
#include <finmech/host/json_file.hpp>
#include <finmech/reports/results_check.hpp>

namespace finmech::cli {

host::PluginCatalog Session::load_plugins() const {
    const char* plugin_path = std::getenv("FINMECH_PLUGIN_PATH");
    const auto beside = executable.parent_path() / ".." / "lib" / "finmech" / "plugins";
    host::PluginCatalog catalog = host::PluginCatalog::load(
        host::plugin_folders(beside.lexically_normal(), plugin_path ? plugin_path : "",
                             plugin_dirs),
        isolation);
    const bool fr = lang == "fr";
    for (const host::Shadowed& s : catalog.shadowed())
        std::cerr << (fr ? "note : deux plugins ont l'identifiant " : "note: two plugins have the id ")
                  << s.id << (fr ? " ; utilisé : " : "; using ") << s.used.string()
                  << (fr ? " ; ignoré : " : ", ignoring ") << s.ignored.string() << '\n';
    return catalog;
}

host::Evaluation Session::evaluate(const host::Scenario& scenario,
                                   const host::PluginCatalog& catalog,
                                   host::EvaluationOptions options) const {
    options.jobs = jobs;
    host::Evaluation evaluation = host::evaluate(scenario, catalog, options);
    if (!evaluation.failures.empty() && (strict || evaluation.mechanisms.empty())) {
        std::string messages;
        for (const host::MechanismFailure& f : evaluation.failures)
            messages += (messages.empty() ? "" : "; ") + f.message();
        print_run_log(catalog);
        throw host::InputError(scenario.file, evaluation.failures.front().source,
                               (strict ? "a plugin failed and --strict asks for every mechanism: "
                                       : "no mechanism could be evaluated: ") +
                                   messages);
    }
    return evaluation;
}

void Session::print_run_log(const host::PluginCatalog& catalog) const {
    // A plugin that prints in every draw would bury the run's own messages.
    constexpr std::size_t shown = 50;
    for (const auto& plugin : catalog.plugins()) {
        std::istringstream printed(plugin->take_output());
        std::size_t lines = 0;
        for (std::string line; std::getline(printed, line); ++lines)
            if (lines < shown) std::cerr << '[' << plugin->id() << "] " << line << '\n';
        if (lines > shown)
            std::cerr << '[' << plugin->id() << "] "
                      << (lang == "fr" ? "… et " + std::to_string(lines - shown) + " lignes de plus"
                                       : "… and " + std::to_string(lines - shown) + " more lines")
                      << '\n';
    }
}

int Session::finish(const host::PluginCatalog& catalog, const host::Evaluation& evaluation) const {
    print_run_log(catalog);
    const bool fr = lang == "fr";
    for (const host::MechanismFailure& f : evaluation.failures)
        std::cerr << (fr ? "échec : " : "failed: ") << f.message() << '\n';
    if (evaluation.failures.empty()) return 0;
    std::cerr << (fr ? "Exécution terminée sans les mécanismes en échec (statut 3)."
                     : "Run completed without the failed mechanisms (status 3).")
              << '\n';
    return exit_failed_mechanisms;
}

ScenarioSource read_scenario_source(const std::string& name) {
    const host::EmbeddedFile* embedded =
        host::find_embedded(host::embedded_scenarios(), name.empty() ? host::default_scenario_name : name);
    if (!name.empty() && std::filesystem::exists(name)) return {name, host::read_text_file(name)};
    if (embedded) return {std::string(embedded->name) + " (embedded)", std::string(embedded->text)};
    std::string names;
    for (const auto& s : host::embedded_scenarios()) names += " " + std::string(s.name);
    throw host::InputError(name, "", "no such file, nor an embedded scenario (embedded:" + names +
                                         ")");
}

host::Scenario load_scenario(const ScenarioSource& source, const host::PluginCatalog& catalog) {
    host::Scenario scenario =
        host::read_scenario(host::parse_json(source.text, source.file), source.file);
    host::check_scenario(scenario, catalog);
    return scenario;
}

host::Scenario load_scenario(const std::string& name, const host::PluginCatalog& catalog) {
    return load_scenario(read_scenario_source(name), catalog);
}

nlohmann::json read_results(const std::string& file) {
    nlohmann::json results = host::read_json_file(file);
    if (const auto problem = reports::results_problem(results))
        throw host::InputError(file, problem->pointer, problem->problem);
    return results;
}

}  // namespace finmech::cli
