#include "finmech/reports/pdf.hpp"

#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "finmech/reports/output_folder.hpp"

namespace finmech::reports {

namespace {

namespace fs = std::filesystem;

// Chromium takes about 2.5 s for a report; a hung browser must not hang the program.
constexpr std::chrono::seconds chromium_time_limit{120};

// file:// URL of an absolute path, bytes outside the unreserved set percent-encoded.
std::string file_url(const fs::path& path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string url = "file://";
    for (unsigned char c : fs::absolute(path).lexically_normal().string()) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            url += static_cast<char>(c);
        } else {
            url += '%';
            url += hex[c >> 4];
            url += hex[c & 15];
        }
    }
    return url;
}

// A temporary folder removed when this goes out of scope: Chromium's fresh profile.
class TemporaryFolder {
public:
    TemporaryFolder() {
        std::string pattern = (fs::temp_directory_path() / "finmech-chromium-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr)
            throw RenderFailed("cannot create a temporary folder for Chromium's profile");
        path_ = pattern;
    }
    ~TemporaryFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// Runs `arguments` in its own process group, its output discarded (Chromium always prints
// harmless D-Bus errors); the exit status, or -1 when it had to be stopped at the time limit.
int run_quietly(const std::vector<std::string>& arguments) {
    std::vector<char*> argv;
    for (const auto& a : arguments) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t child = ::fork();
    if (child < 0) throw RenderFailed("cannot start " + arguments.front());
    if (child == 0) {
        ::setpgid(0, 0);
        const int null = ::open("/dev/null", O_RDWR);
        if (null >= 0) {
            ::dup2(null, STDIN_FILENO);
            ::dup2(null, STDOUT_FILENO);
            ::dup2(null, STDERR_FILENO);
        }
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + chromium_time_limit;
    int status = 0;
    while (::waitpid(child, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(-child, SIGKILL);
            ::waitpid(child, &status, 0);
            return -1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Runs Chromium headless on `html` with `output_flags`, writing `output` through a temporary
// sibling (`flag_for_output` followed by the temporary name is added to the flags).
void run_chromium(const fs::path& html, const fs::path& output, std::string_view flag_for_output,
                  std::vector<std::string> output_flags, bool replace) {
    const auto chromium = find_chromium();
    if (!chromium)
        throw ChromiumMissing(
            "chromium is not installed (not found on PATH); install the Debian package "
            "'chromium' to print PDF and PNG files");
    refuse_existing(output, replace);
    if (!fs::exists(html)) throw RenderFailed(html.string() + ": no such file to print");
    const TemporaryFolder profile;
    const fs::path temporary = staging_sibling(output, "partial", output.extension().string());
    std::vector<std::string> arguments{chromium->string(),
                                       "--headless",
                                       "--no-sandbox",
                                       "--disable-gpu",
                                       "--disable-quic",
                                       "--no-first-run",
                                       "--disable-background-networking",
                                       "--disable-component-update",
                                       "--disable-sync",
                                       "--user-data-dir=" + profile.path().string()};
    for (auto& flag : output_flags) arguments.push_back(std::move(flag));
    arguments.push_back(std::string(flag_for_output) + fs::absolute(temporary).string());
    arguments.push_back(file_url(html));
    const int status = run_quietly(arguments);
    std::error_code missing;
    if (status != 0 || !fs::exists(temporary) || fs::file_size(temporary, missing) == 0) {
        fs::remove(temporary, missing);
        throw RenderFailed("chromium could not print " + html.string() + " to " +
                           output.string() +
                           (status < 0 ? " (stopped after the time limit)"
                                       : " (exit status " + std::to_string(status) + ")"));
    }
    fs::rename(temporary, output);
}

}  // namespace

std::optional<fs::path> find_chromium() {
    const char* path = std::getenv("PATH");
    if (path == nullptr) return std::nullopt;
    std::string_view folders = path;
    while (!folders.empty()) {
        const std::size_t colon = folders.find(':');
        const std::string_view folder = folders.substr(0, colon);
        folders = colon == std::string_view::npos ? std::string_view{} : folders.substr(colon + 1);
        if (folder.empty()) continue;
        const fs::path candidate = fs::path(folder) / "chromium";
        if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) return candidate;
    }
    return std::nullopt;
}

void print_to_pdf(const fs::path& html, const fs::path& pdf, bool replace) {
    run_chromium(html, pdf, "--print-to-pdf=", {"--no-pdf-header-footer"}, replace);
}

void capture_png(const fs::path& html, const fs::path& png, int width, int height, bool replace) {
    run_chromium(html, png, "--screenshot=",
                 {"--hide-scrollbars",
                  "--window-size=" + std::to_string(width) + "," + std::to_string(height)},
                 replace);
}

}  // namespace finmech::reports
