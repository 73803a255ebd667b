// finmech host: the scenarios compiled into the binary, so it runs with no file at hand.
#pragma once

#include <span>
#include <string_view>

namespace finmech::host {

struct EmbeddedScenario {
    std::string_view name;  // file stem under scenarios/, e.g. "mali-2023"
    std::string_view json;
};

// The default scenario of `finmech evaluate` when none is named.
inline constexpr std::string_view default_scenario_name = "mali-2023";

std::span<const EmbeddedScenario> embedded_scenarios();

// The embedded scenario called `name`, or nullptr.
inline const EmbeddedScenario* find_embedded_scenario(std::string_view name) {
    for (const auto& scenario : embedded_scenarios())
        if (scenario.name == name) return &scenario;
    return nullptr;
}

}  // namespace finmech::host
