// finmech host: one loaded mechanism plugin.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <boost/dll/shared_library.hpp>
#include <finmech/abi.h>
#include <nlohmann/json.hpp>

#include "descriptor.hpp"

namespace finmech::host {

// A library that could not be loaded as a plugin; what() is the reason, for the user.
struct PluginRefused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A plugin call that did not succeed. `invalid_input` tells a request the plugin refused
// (the user's fault) from a model that failed.
struct PluginCallFailed : std::runtime_error {
    PluginCallFailed(const std::string& message, bool refused_input)
        : std::runtime_error(message), invalid_input(refused_input) {}
    bool invalid_input;
};

// Arrays for a batch evaluation, row-major, one row per draw.
struct BatchResult {
    std::size_t draws = 0, years = 0, indicator_count = 0;
    std::vector<double> gross_revenue;    // draws x years
    std::vector<double> collection_cost;  // draws x years
    std::vector<double> indicators;       // draws x indicator_count
};

// A mechanism plugin: its library, its function table and its checked descriptor. The library
// is the first member, so it is unloaded last, after everything that came from it; results are
// plain data and outlive the plugin.
class Plugin {
public:
    // Loads `file` (RTLD_NOW | RTLD_LOCAL), checks its ABI version and its descriptor, and
    // refuses with a reason (PluginRefused) when anything is off.
    static std::unique_ptr<Plugin> load(const std::filesystem::path& file);

    const MechanismDescriptor& descriptor() const { return descriptor_; }
    const std::string& id() const { return descriptor_.id; }
    const std::filesystem::path& file() const { return file_; }
    // The ABI version the plugin was built for, as "major.minor".
    std::string abi_version() const;

    // Evaluates one parameter set; `request` follows finmech/abi/plugin.h.
    nlohmann::json evaluate(const nlohmann::json& request) const;

    // Evaluates each row of `parameters` (draws x numeric parameters).
    BatchResult evaluate_batch(const nlohmann::json& request, const std::vector<double>& parameters,
                               std::size_t draws, std::size_t years) const;

private:
    Plugin(boost::dll::shared_library library, const finmech_plugin_t* table,
           std::filesystem::path file);

    boost::dll::shared_library library_;
    const finmech_plugin_t* table_;
    std::filesystem::path file_;
    MechanismDescriptor descriptor_;
};

}  // namespace finmech::host
