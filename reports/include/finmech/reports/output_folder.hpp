// finmech reports: writing a run's outputs as a whole or not at all.
#pragma once

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>

namespace finmech::reports {

// The output folder exists and the user did not ask to replace it.
struct OutputExists : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Writes `files` (file name -> content) as the folder `folder`. Everything is first written to a
// temporary sibling folder, which is then renamed into place, so a failure never leaves a
// half-written folder behind. An existing `folder` is replaced only when `replace` is true;
// otherwise OutputExists is thrown and nothing is touched.
void write_output_folder(const std::filesystem::path& folder,
                         const std::map<std::string, std::string>& files, bool replace);

}  // namespace finmech::reports
