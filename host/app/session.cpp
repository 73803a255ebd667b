#include "session.hpp"

#include <cstdlib>

#include <finmech/host/embedded_files.hpp>
#include <finmech/host/input_error.hpp>
#include <finmech/host/json_file.hpp>

namespace finmech::cli {

host::PluginCatalog Session::load_plugins() const {
    const char* plugin_path = std::getenv("FINMECH_PLUGIN_PATH");
    const auto beside = executable.parent_path() / ".." / "lib" / "finmech" / "plugins";
    return host::PluginCatalog::load(host::plugin_folders(
        beside.lexically_normal(), plugin_path ? plugin_path : "", plugin_dirs));
}

host::Scenario load_scenario(const std::string& name, const host::PluginCatalog& catalog) {
    nlohmann::json document;
    std::string file = name;
    const host::EmbeddedFile* embedded =
        host::find_embedded(host::embedded_scenarios(), name.empty() ? host::default_scenario_name : name);
    if (!name.empty() && std::filesystem::exists(name)) {
        document = host::read_json_file(name);
    } else if (embedded) {
        file = std::string(embedded->name) + " (embedded)";
        document = host::parse_json(embedded->text, file);
    } else {
        std::string names;
        for (const auto& s : host::embedded_scenarios()) names += " " + std::string(s.name);
        throw host::InputError(name, "", "no such file, nor an embedded scenario (embedded:" +
                                             names + ")");
    }
    host::Scenario scenario = host::read_scenario(document, file);
    host::check_scenario(scenario, catalog);
    return scenario;
}

}  // namespace finmech::cli
