#include "session.hpp"

#include <cstdlib>

#include <finmech/host/embedded_files.hpp>
#include <finmech/host/input_error.hpp>
#include <finmech/host/json_file.hpp>
#include <finmech/reports/results_check.hpp>

namespace finmech::cli {

host::PluginCatalog Session::load_plugins() const {
    const char* plugin_path = std::getenv("FINMECH_PLUGIN_PATH");
    const auto beside = executable.parent_path() / ".." / "lib" / "finmech" / "plugins";
    return host::PluginCatalog::load(host::plugin_folders(
        beside.lexically_normal(), plugin_path ? plugin_path : "", plugin_dirs));
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
