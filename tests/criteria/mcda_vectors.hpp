#pragma once

// Reads the published worked examples of the folder named by FINMECH_MCDA_VECTORS_DIR, as they
// are. Keys keep their file order (ordered_json): some vectors list criteria as object keys.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finmech::criteria::testing {

inline std::optional<std::filesystem::path> mcda_vectors_dir() {
    const char* dir = std::getenv("FINMECH_MCDA_VECTORS_DIR");
    if (dir == nullptr || !std::filesystem::is_directory(dir)) return std::nullopt;
    return std::filesystem::path(dir);
}

// Every vector whose "method" field equals `method`, sorted by file name.
inline std::vector<nlohmann::ordered_json> load_mcda_vectors(const std::filesystem::path& dir,
                                                             std::string_view method) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<nlohmann::ordered_json> vectors;
    for (const auto& file : files) {
        std::ifstream in(file);
        auto doc = nlohmann::ordered_json::parse(in);
        if (doc.is_object() && doc.value("method", "") == method) vectors.push_back(std::move(doc));
    }
    return vectors;
}

}  // namespace finmech::criteria::testing

// Skips the test when the vectors folder is absent; otherwise binds `dir` to it.
#define FINMECH_REQUIRE_MCDA_VECTORS(dir)                                                          \
    const auto dir##_found = ::finmech::criteria::testing::mcda_vectors_dir();                     \
    if (!dir##_found) {                                                                            \
        GTEST_SKIP() << "FINMECH_MCDA_VECTORS_DIR does not name a folder; the published MCDA "     \
                        "vectors are needed for this test";                                        \
    }                                                                                              \
    const std::filesystem::path& dir = *dir##_found
