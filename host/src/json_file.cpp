#include "finmech/host/json_file.hpp"

#include <fstream>
#include <sstream>

#include "finmech/host/input_error.hpp"

namespace finmech::host {

namespace {

// nlohmann reports a byte offset; people count lines and columns from 1.
std::string line_and_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i + 1 < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

nlohmann::json parse_json(std::string_view text, const std::string& file) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        std::string reason = e.what();
        // Keep what nlohmann says after its own "[json.exception...] parse error at ...:" prefix.
        if (auto colon = reason.find(": ", reason.find("parse error")); colon != std::string::npos)
            reason = reason.substr(colon + 2);
        throw InputError(file, line_and_column(text, e.byte), "malformed JSON: " + reason);
    }
}

std::string read_text_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path.string(), "", "cannot be read (does it exist?)");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

nlohmann::json read_json_file(const std::filesystem::path& path) {
    return parse_json(read_text_file(path), path.string());
}

}  // namespace finmech::host
