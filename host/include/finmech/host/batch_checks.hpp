// finmech host: what the host checks in a plugin's answer before it believes it — finite
// numbers, revenue and cost that cannot be negative, and the same numbers for the same draws.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "plugin.hpp"

namespace finmech::host {

// A fault of kind non_finite or impossible at the first draw that shows one, or none. Gross
// revenue may be negative only when it is a change (MechanismDescriptor::gross_is_change).
std::optional<PluginFault> impossible_output(const BatchResult& batch, bool gross_is_change);

// A second evaluation of some draws of a batch: the last ones (at most 16), in reverse order, in
// a call of their own, copied to host memory. A plugin whose numbers depend on what it computed
// before gives itself away when they are compared (unrepeatable_output()).
struct Repeat {
    std::vector<std::size_t> rows;  // the draws, in the order they were evaluated again
    BatchResult values;             // one row per entry of `rows`
};

// Evaluates again the last draws of the batch of `draws` rows of `parameters`. Made before the
// batch itself, so that the batch may keep its worker (plugin.hpp) while it is compared.
Repeat repeat_last_draws(const Plugin& plugin, const nlohmann::json& request,
                         const std::vector<double>& parameters, std::size_t draws,
                         std::size_t years);

// Compares `repeat` bit for bit with the same draws of `batch`: a fault of kind
// non_deterministic at the first draw that differs, or none.
std::optional<PluginFault> unrepeatable_output(const Repeat& repeat, const BatchResult& batch);

// The first draw whose evaluation alone makes `plugin` fail, found by halving: for a crash that
// left no message. None when the failure does not come back.
std::optional<std::size_t> first_failing_draw(const Plugin& plugin, const nlohmann::json& request,
                                              const std::vector<double>& parameters,
                                              std::size_t draws, std::size_t years);

}  // namespace finmech::host
