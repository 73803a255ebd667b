// Where the host tests find plugins, and scratch folders to arrange copies of them in.
#pragma once

#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <unistd.h>

namespace finmech_test {

// The fixture library `name` (tests/fixtures/), alone in its folder.
inline std::filesystem::path fixture(const std::string& name) {
    return std::filesystem::path(FINMECH_TEST_FIXTURES_DIR) / name / (name + ".so");
}

// The telecom_levy plugin as the build tree installs it.
inline std::filesystem::path telecom_levy_file() {
    return std::filesystem::path(FINMECH_PLUGIN_DIR) / "telecom_levy.so";
}

// A new empty folder for the running test, removed with its contents when the test ends.
class ScratchFolder {
public:
    explicit ScratchFolder(const std::string& name = "scratch") {
        const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
        path_ = std::filesystem::temp_directory_path() /
                ("finmech-" + std::to_string(::getpid()) + "-" + test->test_suite_name() + "." +
                 test->name() + "-" + name);
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~ScratchFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }

    // Copies `file` into the folder under `name`; returns the copy.
    std::filesystem::path copy(const std::filesystem::path& file, const std::string& name) const {
        const std::filesystem::path target = path_ / name;
        std::filesystem::copy_file(file, target);
        return target;
    }

private:
    std::filesystem::path path_;
};

}  // namespace finmech_test
