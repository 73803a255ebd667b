// finmech host: data files compiled into the program, so it runs with no file at hand.
#pragma once

#include <span>
#include <string_view>

#include <finmech/reports/embedded_files.hpp>

namespace finmech::host {

// The reports' type, which the host links: a file's stem ("mali-2023") and its text.
using reports::EmbeddedFile;

// scenarios/*.json.
std::span<const EmbeddedFile> embedded_scenarios();
// criteria/defaults/*.json, in the order a brief lists the criteria.
std::span<const EmbeddedFile> embedded_criteria();

// The scenario `finmech evaluate` reads when none is named.
inline constexpr std::string_view default_scenario_name = "mali-2023";

// The file called `name` in `files`, or nullptr.
inline const EmbeddedFile* find_embedded(std::span<const EmbeddedFile> files,
                                         std::string_view name) {
    for (const auto& file : files)
        if (file.name == name) return &file;
    return nullptr;
}

}  // namespace finmech::host
