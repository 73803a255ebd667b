// finmech reports: writing a run's outputs as a whole or not at all.
#pragma once

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

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

// Writes `content` as `file` the same way: into a staging sibling, then renamed into place, and
// replacing an existing `file` only when `replace` is true.
void write_output_file(const std::filesystem::path& file, std::string_view content, bool replace);

// Throws OutputExists when `target` exists and `replace` is false.
void refuse_existing(const std::filesystem::path& target, bool replace);

// A path beside `target` that no other run uses, ".<name>.<tag>.<random><suffix>": where an
// output is written before it is renamed onto `target`.
std::filesystem::path staging_sibling(const std::filesystem::path& target, std::string_view tag,
                                      std::string_view suffix = {});

}  // namespace finmech::reports
