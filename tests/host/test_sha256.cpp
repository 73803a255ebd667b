// SHA-256 digests of inputs, checked against the published test vectors (FIPS 180-2).
#include <finmech/host/sha256.hpp>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

TEST(Sha256, FileDigestMatchesTheAbcVector) {
    const auto file = std::filesystem::temp_directory_path() / "finmech_sha256_abc.txt";
    std::ofstream(file, std::ios::binary) << "abc";
    EXPECT_EQ(finmech::host::file_sha256_hex(file),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    std::filesystem::remove(file);
    EXPECT_EQ(finmech::host::sha256_hex("abc"),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, EmptyFileDigest) {
    const auto file = std::filesystem::temp_directory_path() / "finmech_sha256_empty.txt";
    std::ofstream(file, std::ios::binary).close();
    EXPECT_EQ(finmech::host::file_sha256_hex(file),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    std::filesystem::remove(file);
}

TEST(Sha256, UnreadableFileIsNamed) {
    try {
        (void)finmech::host::file_sha256_hex("/nonexistent/finmech.so");
        FAIL() << "expected std::runtime_error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/finmech.so"), std::string::npos);
    }
}
