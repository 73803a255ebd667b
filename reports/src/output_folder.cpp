#include "finmech/reports/output_folder.hpp"

#include <fstream>
#include <random>
#include <system_error>

namespace finmech::reports {

namespace {

// A sibling of `folder` no other run is using: ".<name>.<tag>.<random>".
std::filesystem::path sibling(const std::filesystem::path& folder, const char* tag) {
    std::random_device entropy;
    const std::filesystem::path parent =
        folder.has_parent_path() ? folder.parent_path() : std::filesystem::path(".");
    return parent / ("." + folder.filename().string() + "." + tag + "." +
                     std::to_string(entropy()));
}

}  // namespace

void write_output_folder(const std::filesystem::path& folder,
                         const std::map<std::string, std::string>& files, bool replace) {
    namespace fs = std::filesystem;
    if (fs::exists(folder) && !replace)
        throw OutputExists(folder.string() +
                           " already exists; pass --force to replace it, or choose another --out");

    const fs::path staging = sibling(folder, "partial");
    try {
        fs::create_directories(staging);
        for (const auto& [name, content] : files) {
            std::ofstream out(staging / name, std::ios::binary);
            out.write(content.data(), static_cast<std::streamsize>(content.size()));
            out.close();
            if (!out) throw std::runtime_error("cannot write " + (folder / name).string());
        }
        if (fs::exists(folder)) {
            const fs::path previous = sibling(folder, "previous");
            fs::rename(folder, previous);
            fs::rename(staging, folder);
            fs::remove_all(previous);
        } else {
            fs::rename(staging, folder);
        }
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(staging, ignored);
        throw;
    }
}

}  // namespace finmech::reports
