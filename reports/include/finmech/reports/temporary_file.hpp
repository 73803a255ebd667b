// finmech reports: a private temporary file, for libraries that write only to a path
// (libxlsxwriter 1.1.4).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace finmech::reports {

// An empty file of its own in the system's temporary folder, removed when this object ends,
// on every path. Throws std::runtime_error when none can be made.
class TemporaryFile {
public:
    explicit TemporaryFile(std::string_view stem = "finmech");
    ~TemporaryFile();
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // The file's bytes as they are now. Throws std::runtime_error when it cannot be read.
    std::string contents() const;

private:
    std::filesystem::path path_;
};

}  // namespace finmech::reports
