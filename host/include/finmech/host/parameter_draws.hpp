// finmech host: the Monte Carlo draws of a mechanism's numeric parameters.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <finmech/criteria/cell_distribution.hpp>
#include <nlohmann/json.hpp>

#include "descriptor.hpp"
#include "scenario.hpp"

namespace finmech::host {

// How one numeric parameter varies across draws: a fixed value or a distribution, kept within
// the parameter's range.
struct ParameterLaw {
    std::string stream;  // names the random stream: "<plugin id>/<parameter key>"
    criteria::Cell cell;
    double central = 0;  // the point estimate: the value set or defaulted, or the mean
    double min = 0, max = 0;
};

// The law of `parameter` given the scenario's `value` for it (null when the scenario is silent):
// a number fixes it; a distribution ({"dist": ...}, docs/scenario.md) makes it vary; silence
// takes the plugin's default uncertainty, or its default value when it has none. A normal or
// lognormal is truncated to the range; any other distribution must lie within it.
// Throws criteria::InputError at `pointer` for a distribution that is malformed or out of range.
ParameterLaw parameter_law(const std::string& plugin, const ParameterInfo& parameter,
                           const nlohmann::json& value, const std::string& pointer);

// The laws of `entry`'s numeric parameters in descriptor order: the columns of its batches.
std::vector<ParameterLaw> parameter_laws(const MechanismEntry& entry,
                                         const MechanismDescriptor& plugin);

// `entry`'s other parameters (choices), the same in every draw: a request's "fixed" object.
nlohmann::json fixed_parameters(const MechanismEntry& entry, const MechanismDescriptor& plugin);

// The draws x laws matrix, row-major, for one evaluation batch. A single draw is the point
// estimates. Otherwise each law draws from the stream its name and `seed` select. Two mechanisms
// of one plugin (say the 1 % and 3 % variants of a levy) thus share, draw by draw, what is
// uncertain about the world, such as an elasticity; adding a mechanism or a parameter changes
// no other draw; the same seed gives the same numbers on every platform.
std::vector<double> draw_parameters(const std::vector<ParameterLaw>& laws, std::size_t draws,
                                    std::uint64_t seed);

}  // namespace finmech::host
