// Reading files, and JSON with errors that point at line and column (finmech/host/json_file.hpp).
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <finmech/host/input_error.hpp>
#include <finmech/host/json_file.hpp>
#include <gtest/gtest.h>

#include "plugin_files.hpp"
#include "thrown.hpp"

namespace {

using finmech::host::InputError;
using finmech::host::parse_json;
using finmech::host::read_json_file;
using finmech::host::read_text_file;

// The error of a parse expected to fail.
InputError parse_error(const std::string& text) {
    return finmech_test::thrown<InputError>([&] { parse_json(text, "scenario.json"); }).value();
}

TEST(JsonFile, ParsesValidText) {
    EXPECT_EQ(parse_json(R"({"rate": 0.02})", "scenario.json")["rate"], 0.02);
}

TEST(JsonFile, PointsAtTheLineAndColumnOfASyntaxError) {
    // The stray "}" is the 12th character of the second line.
    const InputError e = parse_error("{\"rate\": 0.02,\n \"growth\": }");
    EXPECT_EQ(e.file(), "scenario.json");
    EXPECT_EQ(e.location(), "line 2, column 12");
    EXPECT_EQ(e.problem().rfind("malformed JSON: ", 0), 0u) << e.problem();
    EXPECT_EQ(std::string(e.what()).rfind("scenario.json: line 2, column 12: malformed JSON: ", 0),
              0u)
        << e.what();
}

TEST(JsonFile, CountsColumnsFromOneOnTheFirstLine) {
    // "[1, 2,, 3]": the second comma is the 7th character.
    EXPECT_EQ(parse_error("[1, 2,, 3]").location(), "line 1, column 7");
}

TEST(JsonFile, ReadsAFile) {
    const finmech_test::ScratchFolder folder;
    const auto file = folder.path() / "scenario.json";
    std::ofstream(file) << "{\"horizon\": 10}\n";
    EXPECT_EQ(read_json_file(file)["horizon"], 10);
}

TEST(JsonFile, NamesAFileThatCannotBeRead) {
    const finmech_test::ScratchFolder folder;
    const auto file = folder.path() / "missing.json";
    for (const auto& read : std::vector<std::function<void()>>{
             [&] { read_json_file(file); }, [&] { read_text_file(file); }}) {
        const auto e = finmech_test::thrown<InputError>(read).value();
        EXPECT_EQ(e.file(), file.string());
        EXPECT_EQ(e.location(), "");
        EXPECT_EQ(e.problem(), "cannot be read (does it exist?)");
    }
}

// Every byte as written: no newline translation, and past a NUL.
TEST(JsonFile, ReadsTheBytesOfAFile) {
    const finmech_test::ScratchFolder folder;
    const auto file = folder.path() / "bytes.bin";
    const std::string bytes("a\r\nb\0c\n", 7);
    std::ofstream(file, std::ios::binary) << bytes;
    EXPECT_EQ(read_text_file(file), bytes);
}

TEST(JsonFile, NamesTheFileOfASyntaxError) {
    const finmech_test::ScratchFolder folder;
    const auto file = folder.path() / "broken.json";
    std::ofstream(file) << "{\n\n  \"horizon\" = 10\n}\n";
    const auto e = finmech_test::thrown<InputError>([&] { read_json_file(file); }).value();
    EXPECT_EQ(e.file(), file.string());
    EXPECT_EQ(e.location(), "line 3, column 13");  // "=" where a colon belongs
}

}  // namespace
