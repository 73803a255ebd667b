// finmech host: finding the plugins, loading them, and keeping the ones refused with why.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "plugin.hpp"

namespace finmech::host {

struct Refusal {
    std::filesystem::path file;
    std::string reason;
};

// A plugin id found in two files: the first found is used, the other ignored.
struct Shadowed {
    std::string id;
    std::filesystem::path used, ignored;
};

// Where plugins are looked for, in order, so that the user's own plugin wins over a shipped one
// of the same id: `extra_folders` (--plugins), then each entry of `plugin_path`
// (FINMECH_PLUGIN_PATH, colon-separated, may be empty), then `beside_executable` (the install's
// lib/finmech/plugins). Empty entries are skipped.
std::vector<std::filesystem::path> plugin_folders(
    const std::filesystem::path& beside_executable, std::string_view plugin_path,
    const std::vector<std::filesystem::path>& extra_folders);

// The loaded plugins, sorted by id, and the refused files with their reasons.
class PluginCatalog {
public:
    // Loads every "*.so" file directly inside `folders`, in name order, each under `isolation`.
    // A refusal never stops the others. When two files carry the same id, the first found is
    // used and the pair is listed in shadowed().
    static PluginCatalog load(const std::vector<std::filesystem::path>& folders,
                              const PluginIsolation& isolation);

    const std::vector<std::unique_ptr<Plugin>>& plugins() const { return plugins_; }
    const std::vector<Refusal>& refusals() const { return refusals_; }
    const std::vector<Shadowed>& shadowed() const { return shadowed_; }
    const Plugin* find(std::string_view id) const;
    std::vector<std::string> ids() const;

private:
    void add(const std::filesystem::path& file, const PluginIsolation& isolation);

    std::vector<std::unique_ptr<Plugin>> plugins_;
    std::vector<Refusal> refusals_;
    std::vector<Shadowed> shadowed_;
};

}  // namespace finmech::host
