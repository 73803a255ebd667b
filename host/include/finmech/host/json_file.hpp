// finmech host: reading files, and JSON documents with errors that point at the line and column.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace finmech::host {

// The bytes of the file at `path`; InputError naming it when it cannot be read.
std::string read_text_file(const std::filesystem::path& path);

// Parses `text`; on a syntax error throws InputError naming `file`, the line and the column.
nlohmann::json parse_json(std::string_view text, const std::string& file);

// Reads and parses the file at `path`; InputError when it cannot be read or parsed.
nlohmann::json read_json_file(const std::filesystem::path& path);

}  // namespace finmech::host
