#include "finmech/reports/temporary_file.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <stdlib.h>
#include <unistd.h>

namespace finmech::reports {

TemporaryFile::TemporaryFile(std::string_view stem) {
    std::string pattern =
        (std::filesystem::temp_directory_path() / (std::string(stem) + "-XXXXXX")).string();
    const int descriptor = mkstemp(pattern.data());
    if (descriptor < 0) throw std::runtime_error("cannot create a temporary file in " +
                                                 std::filesystem::temp_directory_path().string());
    close(descriptor);
    path_ = pattern;
}

TemporaryFile::~TemporaryFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

std::string TemporaryFile::contents() const {
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) throw std::runtime_error("cannot read the temporary file " + path_.string());
    return bytes.str();
}

}  // namespace finmech::reports
