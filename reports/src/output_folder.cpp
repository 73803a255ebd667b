#include "finmech/reports/output_folder.hpp"

#include <fstream>
#include <random>
#include <system_error>

namespace finmech::reports {

std::filesystem::path staging_sibling(const std::filesystem::path& target, std::string_view tag,
                                      std::string_view suffix) {
    std::random_device entropy;
    const std::filesystem::path parent =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    return parent / ("." + target.filename().string() + "." + std::string(tag) + "." +
                     std::to_string(entropy()) + std::string(suffix));
}

void refuse_existing(const std::filesystem::path& target, bool replace) {
    if (!replace && std::filesystem::exists(target))
        throw OutputExists(target.string() +
                           " already exists; pass --force to replace it, or choose another --out");
}

void write_output_folder(const std::filesystem::path& folder,
                         const std::map<std::string, std::string>& files, bool replace) {
    namespace fs = std::filesystem;
    refuse_existing(folder, replace);
    const fs::path staging = staging_sibling(folder, "partial");
    try {
        fs::create_directories(staging);
        for (const auto& [name, content] : files) {
            std::ofstream out(staging / name, std::ios::binary);
            out.write(content.data(), static_cast<std::streamsize>(content.size()));
            out.close();
            if (!out) throw std::runtime_error("cannot write " + (folder / name).string());
        }
        if (fs::exists(folder)) {
            const fs::path previous = staging_sibling(folder, "previous");
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

void write_output_file(const std::filesystem::path& file, std::string_view content, bool replace) {
    refuse_existing(file, replace);
    const std::filesystem::path staging = staging_sibling(file, "partial");
    std::ofstream out(staging, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) {
        std::error_code ignored;
        std::filesystem::remove(staging, ignored);
        throw std::runtime_error("cannot write " + file.string());
    }
    std::filesystem::rename(staging, file);
}

}  // namespace finmech::reports
