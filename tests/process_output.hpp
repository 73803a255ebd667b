// What the tests that run programs share: a shell command's output and exit status, the finmech
// program under test (when the test defines FINMECH_EXE), and the bytes of the files they write.
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <sys/wait.h>

namespace finmech_test {

struct Outcome {
    int status;       // the command's exit status
    std::string out;  // what it wrote on stdout
};

// Runs `command` through the shell and reads all it writes on stdout.
inline Outcome run_command(const std::string& command) {
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return {-1, "cannot start: " + command};
    std::string out;
    std::array<char, 4096> buffer{};
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        out.append(buffer.data(), n);
    return {WEXITSTATUS(pclose(pipe)), out};
}

#ifdef FINMECH_EXE
// Runs finmech with `arguments`; `out` gets stdout and stderr.
inline Outcome finmech(const std::string& arguments) {
    return run_command(std::string(FINMECH_EXE) + " " + arguments + " 2>&1");
}

// Runs finmech with `arguments`; `out` gets stdout alone.
inline Outcome finmech_stdout(const std::string& arguments) {
    return run_command(std::string(FINMECH_EXE) + " " + arguments + " 2>/dev/null");
}
#endif

// The bytes of `file`; empty when it cannot be read.
inline std::string file_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace finmech_test
