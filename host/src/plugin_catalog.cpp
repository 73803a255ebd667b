#include "finmech/host/plugin_catalog.hpp"

#include <algorithm>

namespace finmech::host {

std::vector<std::filesystem::path> plugin_folders(
    const std::filesystem::path& beside_executable, std::string_view plugin_path,
    const std::vector<std::filesystem::path>& extra_folders) {
    std::vector<std::filesystem::path> folders;
    for (const auto& folder : extra_folders)
        if (!folder.empty()) folders.push_back(folder);
    while (!plugin_path.empty()) {
        const auto colon = plugin_path.find(':');
        const auto entry = plugin_path.substr(0, colon);
        if (!entry.empty()) folders.emplace_back(entry);
        plugin_path = colon == std::string_view::npos ? "" : plugin_path.substr(colon + 1);
    }
    folders.push_back(beside_executable);
    return folders;
}

PluginCatalog PluginCatalog::load(const std::vector<std::filesystem::path>& folders,
                                  const PluginIsolation& isolation) {
    PluginCatalog catalog;
    for (const auto& folder : folders) {
        std::error_code error;
        if (!std::filesystem::is_directory(folder, error)) {
            catalog.refusals_.push_back({folder, "no such plugin folder"});
            continue;
        }
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder, error))
            if (entry.path().extension() == ".so") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto& file : files) catalog.add(file, isolation);
    }
    std::sort(catalog.plugins_.begin(), catalog.plugins_.end(),
              [](const auto& a, const auto& b) { return a->id() < b->id(); });
    return catalog;
}

void PluginCatalog::add(const std::filesystem::path& file, const PluginIsolation& isolation) {
    std::unique_ptr<Plugin> plugin;
    try {
        plugin = Plugin::load(file, isolation);
    } catch (const PluginRefused& e) {
        refusals_.push_back({file, e.what()});
        return;
    }
    if (const Plugin* first = find(plugin->id())) {
        shadowed_.push_back({plugin->id(), first->file(), file});
        return;
    }
    plugins_.push_back(std::move(plugin));
}

const Plugin* PluginCatalog::find(std::string_view id) const {
    for (const auto& plugin : plugins_)
        if (plugin->id() == id) return plugin.get();
    return nullptr;
}

std::vector<std::string> PluginCatalog::ids() const {
    std::vector<std::string> ids;
    for (const auto& plugin : plugins_) ids.push_back(plugin->id());
    return ids;
}

}  // namespace finmech::host
