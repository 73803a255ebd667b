// finmech host: SHA-256 digests, which tie results and merged score sheets to their inputs.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace finmech::host {

// Lowercase hexadecimal SHA-256 of `bytes` (OpenSSL EVP).
std::string sha256_hex(std::string_view bytes);

// SHA-256 of the file's bytes; InputError naming the file when it cannot be read.
std::string file_sha256_hex(const std::filesystem::path& file);

}  // namespace finmech::host
