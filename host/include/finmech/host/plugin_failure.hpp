// finmech host: the ways a plugin can let the host down, as exceptions that carry a reason for
// the user.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

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

// How a plugin failed a call, beyond refusing its input. The names are those results.json and
// the reports use (docs/plugin-abi.md, "Isolation").
enum class FaultKind {
    model_error,        // it returned an error status: it threw, or the SDK caught a bad value
    crashed,            // its worker was killed by a signal
    exited,             // its worker called exit()
    timed_out,          // the call outlived --plugin-timeout
    out_of_memory,      // an allocation failed under --plugin-memory
    non_finite,         // NaN or infinity among its outputs
    impossible,         // negative gross revenue or collection cost
    non_deterministic,  // the same draws gave different numbers in two calls
};

// "crashed", "timed_out", ...
const char* to_string(FaultKind kind);

// A plugin call that failed in one of the ways above. what() says how, for the user; `draw` is
// the first draw concerned, when there is one.
struct PluginFault : PluginCallFailed {
    PluginFault(FaultKind fault, const std::string& message, std::optional<std::size_t> at = {})
        : PluginCallFailed(message, false), kind(fault), draw(at) {}
    FaultKind kind;
    std::optional<std::size_t> draw;
};

}  // namespace finmech::host
