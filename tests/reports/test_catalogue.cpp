// The message catalogue: sound files, both languages, and every key the code asks for defined.
#include <finmech/reports/catalogue.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include <gtest/gtest.h>

namespace fs = std::filesystem;
using namespace finmech::reports;

namespace {

// The string literals of each message(...), html::text(...) or column(...) call's first argument
// in `code`: the keys it asks for, including both arms of a `condition ? "a" : "b"`. Keys built
// at run time ("brief.card." + id) cannot be checked here; a test of the renderer that builds
// them must.
std::set<std::string> requested_keys(const std::string& code) {
    std::set<std::string> keys;
    // message(key, ...), html::text(key, ...) and tables.cpp's column(key, ...).
    for (const std::string call : {"message(", "html::text(", "column("}) {
        for (std::size_t at = code.find(call); at != std::string::npos; at = code.find(call, at + 1)) {
            if (at > 0 && (std::isalnum(static_cast<unsigned char>(code[at - 1])) || code[at - 1] == '_'))
                continue;  // another function whose name ends in "message" or "column"
            int depth = 0;
            for (std::size_t i = at + call.size(); i < code.size(); ++i) {
                const char c = code[i];
                if (c == '(') ++depth;
                if (c == ')' && depth-- == 0) break;
                if (c == ',' && depth == 0) break;
                if (c == '"') {
                    const std::size_t end = code.find('"', i + 1);
                    // A literal joined with '+' is only part of a key built at run time.
                    const std::size_t before = code.find_last_not_of(" \n", i - 1);
                    const std::size_t after = code.find_first_not_of(" \n", end + 1);
                    if (code[before] != '+' && code[after] != '+')
                        keys.insert(code.substr(i + 1, end - i - 1));
                    i = end;
                }
            }
        }
    }
    return keys;
}

}  // namespace

TEST(Catalogue, FilesAreSound) {
    // A key defined twice (even in two files), a key without fr or en, a malformed file.
    const auto problems = catalogue_problems();
    std::string listed;
    for (const auto& problem : problems) listed += problem + "\n";
    EXPECT_TRUE(problems.empty()) << listed;
}

TEST(Catalogue, DuplicatesAndMissingLanguagesAreRefused) {
    const EmbeddedFile files[] = {
        {"one", R"({"a.title": {"fr": "Titre", "en": "Title"}, "a.only_fr": {"fr": "Seul"}})"},
        {"two", R"({"a.twice": {"fr": "x", "en": "x"}, "a.twice": {"fr": "y", "en": "y"},
                    "a.title": {"fr": "Autre", "en": "Other"}})"},
        {"three", R"(["not", "an", "object"])"}};
    const auto problems = catalogue_problems(files);
    const auto mentions = [&](const std::string& a, const std::string& b) {
        return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) {
            return p.find(a) != std::string::npos && p.find(b) != std::string::npos;
        });
    };
    EXPECT_TRUE(mentions("one.json", "\"a.only_fr\" has no \"en\""));
    EXPECT_TRUE(mentions("two.json", "\"a.twice\" is already defined in two.json"));
    EXPECT_TRUE(mentions("two.json", "\"a.title\" is already defined in one.json"));
    EXPECT_TRUE(mentions("three.json", "expected an object"));
    EXPECT_EQ(problems.size(), 4u);
}

TEST(Catalogue, EveryKeyHasBothLanguages) {
    const auto keys = message_keys();
    ASSERT_FALSE(keys.empty());
    EXPECT_TRUE(std::is_sorted(keys.begin(), keys.end()));
    for (const auto& key : keys) {
        EXPECT_FALSE(message(key, Language::fr).empty()) << key;
        EXPECT_FALSE(message(key, Language::en).empty()) << key;
    }
}

TEST(Catalogue, KnownMessageInEachLanguage) {
    EXPECT_EQ(message("tables.mechanism", Language::fr), "Mécanisme");
    EXPECT_EQ(message("tables.mechanism", Language::en), "Mechanism");
}

TEST(Catalogue, MissingKeyIsNamed) {
    try {
        (void)message("no.such.key", Language::fr);
        FAIL() << "expected std::out_of_range";
    } catch (const std::out_of_range& e) {
        EXPECT_NE(std::string(e.what()).find("no.such.key"), std::string::npos) << e.what();
    }
}

TEST(Catalogue, ArgumentsReplacePlaceholdersInOrder) {
    EXPECT_EQ(message("unit.billions", Language::fr, {"FCFA"}), "Mds FCFA");
    EXPECT_EQ(message("common.generated", Language::en, {"0.1.0", "2026-01-02"}),
              "Produced by finmech 0.1.0 on 2026-01-02");
    EXPECT_THROW((void)message("common.generated", Language::en, {"0.1.0"}), std::out_of_range);
}

TEST(Catalogue, LanguageNames) {
    EXPECT_EQ(parse_language("fr"), Language::fr);
    EXPECT_EQ(parse_language("en"), Language::en);
    EXPECT_EQ(to_string(Language::en), "en");
    EXPECT_THROW(parse_language("de"), std::invalid_argument);
}

TEST(Catalogue, EveryKeyTheCodeAsksForIsDefined) {
    const auto defined = message_keys();
    const std::set<std::string> known(defined.begin(), defined.end());
    std::size_t scanned = 0;
    for (const char* folder : {"reports", "host/app"}) {
        for (const auto& entry :
             fs::recursive_directory_iterator(fs::path(FINMECH_SOURCE_DIR) / folder)) {
            const auto extension = entry.path().extension();
            if (extension != ".cpp" && extension != ".hpp") continue;
            std::ifstream in(entry.path());
            std::stringstream code;
            code << in.rdbuf();
            for (const auto& key : requested_keys(code.str())) {
                ++scanned;
                EXPECT_TRUE(known.count(key)) << entry.path().filename() << " asks for \"" << key
                                              << "\", which no catalogue file defines";
            }
        }
    }
    EXPECT_GT(scanned, 10u);  // the scan did find the code's keys
}
