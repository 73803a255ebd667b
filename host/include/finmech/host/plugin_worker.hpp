// finmech host: the worker side of plugin isolation. `finmech --plugin-worker PLUGIN MEMORY_MIB`
// loads one plugin and answers the host's calls until the host hangs up (plugin.hpp has the
// host's side).
#pragma once

#include <cstddef>
#include <filesystem>

namespace finmech::host {

// Caps the address space at `memory_mib` MiB, loads `plugin` and serves calls on the
// descriptors the host set up. Returns the process's exit status: 0 when the host hangs up.
int run_plugin_worker(const std::filesystem::path& plugin, std::size_t memory_mib);

}  // namespace finmech::host
