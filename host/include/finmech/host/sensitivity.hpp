// finmech host: which parameters move a mechanism's yield most (the report's tornado chart).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "plugin.hpp"
#include "scenario.hpp"

namespace finmech::host {

// One parameter set to the P5 and then the P95 of its law, every other at its point estimate.
struct ParameterSwing {
    std::string parameter;
    Text label;
    std::string unit;
    double low = 0, high = 0;                // the parameter's P5 and P95
    double result_low = 0, result_high = 0;  // the measure at each
};

// One-at-a-time sensitivity of a mechanism's net revenue summed over the horizon.
struct Sensitivity {
    std::string plugin, label;
    double base = 0;                     // the measure at the point estimates
    std::vector<ParameterSwing> swings;  // parameters that vary, largest |result swing| first
};

// Evaluates `entry` at its point estimates and at each varying parameter's P5 and P95 (from
// `quantile_draws` draws of its law, seeded as the evaluation is), in one batch call.
// Throws PluginCallFailed when the plugin fails.
Sensitivity sensitivity(const Scenario& scenario, const MechanismEntry& entry,
                        const Plugin& plugin, std::uint64_t seed,
                        std::size_t quantile_draws = 2000);

nlohmann::json to_json(const Sensitivity& sensitivity, const std::string& currency);

}  // namespace finmech::host
