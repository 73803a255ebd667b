// finmech reports: printing an HTML page to PDF, or capturing it as PNG, with headless Chromium
// when it is installed (an optional run-time dependency: `chromium` on PATH).
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>

namespace finmech::reports {

// `chromium` is not on PATH.
struct ChromiumMissing : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Chromium ran but gave no output (non-zero exit, timeout, or no file written).
struct RenderFailed : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The `chromium` program on PATH, or nothing.
std::optional<std::filesystem::path> find_chromium();

// Prints the page `html` to `pdf` on A4 (the page's @page rules apply), without Chromium's
// header and footer. Headless, no sandbox, no network service, a fresh profile in a temporary
// folder removed afterwards, a time limit. Written to a temporary name, then renamed; existing
// `pdf` replaced only when `replace`. ChromiumMissing, RenderFailed or OutputExists.
void print_to_pdf(const std::filesystem::path& html, const std::filesystem::path& pdf,
                  bool replace);

// Captures the top `width` × `height` CSS px of the page `html` as `png`; otherwise as
// print_to_pdf().
void capture_png(const std::filesystem::path& html, const std::filesystem::path& png, int width,
                 int height, bool replace);

}  // namespace finmech::reports
