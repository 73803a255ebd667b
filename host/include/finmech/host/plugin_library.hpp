// finmech host: a plugin library loaded into this process and called through its C function
// table. The plugin worker (plugin_worker.hpp) is its user; the host itself calls it only when
// isolation is off, to measure what isolation costs.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <boost/dll/shared_library.hpp>
#include <finmech/abi.h>

namespace finmech::host {

// The host-owned arrays of one batch call (finmech/abi/batch.h).
struct BatchArrays {
    std::size_t draws, columns, years, indicator_count;
    const double* parameters;  // draws x columns
    double *gross_revenue, *collection_cost;  // draws x years
    double* indicators;        // draws x indicator_count
};

class PluginLibrary {
public:
    // Loads `file` (RTLD_NOW | RTLD_LOCAL) and checks its ABI version and function table.
    // PluginRefused, with the reason, when anything is off.
    explicit PluginLibrary(const std::filesystem::path& file);

    // The minor ABI version the plugin was built for (its major is this host's).
    uint32_t abi_minor() const { return table_->abi_minor; }

    // The table's calls; what they write is appended to `out`.
    finmech_status_t describe(std::string& out) const;
    finmech_status_t evaluate(std::string_view request, std::string& out) const;
    finmech_status_t evaluate_batch(std::string_view request, const BatchArrays& arrays,
                                    std::string& out) const;

private:
    boost::dll::shared_library library_;
    const finmech_plugin_t* table_ = nullptr;
};

// "major.minor".
std::string version_text(uint32_t major, uint32_t minor);

}  // namespace finmech::host
