#include "finmech/host/sha256.hpp"

#include <array>
#include <memory>
#include <stdexcept>

#include <openssl/evp.h>

#include "finmech/host/json_file.hpp"

namespace finmech::host {

std::string sha256_hex(std::string_view bytes) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1 ||
        EVP_DigestUpdate(context.get(), bytes.data(), bytes.size()) != 1 ||
        EVP_DigestFinal_ex(context.get(), digest.data(), &size) != 1)
        throw std::runtime_error("SHA-256 failed in OpenSSL");
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < size; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

std::string file_sha256_hex(const std::filesystem::path& file) {
    return sha256_hex(read_text_file(file));
}

}  // namespace finmech::host
