// `finmech brief` as a user meets it: the files it writes, what it refuses and its exit codes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include <unistd.h>

#include "process_output.hpp"

namespace {

namespace fs = std::filesystem;

using finmech_test::file_bytes;
using finmech_test::finmech;
using finmech_test::Outcome;
using finmech_test::run_command;

class BriefCommand : public testing::Test {
  protected:
    // One results.json for the suite, from the real program. ctest runs each test in a process
    // of its own, in parallel: the process id keeps their folders apart.
    static void SetUpTestSuite() {
        results_dir_ = fs::temp_directory_path() /
                       ("finmech_cli_brief_results-" + std::to_string(getpid()));
        fs::remove_all(results_dir_);
        const Outcome run = finmech("evaluate --draws 200 --out " + results_dir_.string());
        ASSERT_EQ(run.status, 0) << run.out;
    }
    static void TearDownTestSuite() { fs::remove_all(results_dir_); }

    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("finmech_cli_brief_" + std::to_string(getpid()) + "_" +
                std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    static std::string results() { return (results_dir_ / "results.json").string(); }

    static fs::path results_dir_;
    fs::path dir_;
};

fs::path BriefCommand::results_dir_;

TEST_F(BriefCommand, WritesTheHtmlBriefInTheLanguageAsked) {
    const fs::path out = dir_ / "note.html";
    const Outcome run = finmech("brief " + results() + " --lang en --out " + out.string());
    ASSERT_EQ(run.status, 0) << run.out;
    const std::string page = file_bytes(out);
    EXPECT_NE(page.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(page.find("class=\"ask\""), std::string::npos);
    // Nothing left behind but the file itself.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(BriefCommand, ReplacesAnExistingFileOnlyWithForce) {
    const fs::path out = dir_ / "note.html";
    std::ofstream(out) << "mine";
    const Outcome refused = finmech("brief " + results() + " --out " + out.string());
    EXPECT_EQ(refused.status, 2) << refused.out;
    EXPECT_NE(refused.out.find("--force"), std::string::npos) << refused.out;
    EXPECT_EQ(file_bytes(out), "mine");
    const Outcome forced = finmech("brief " + results() + " --out " + out.string() + " --force");
    EXPECT_EQ(forced.status, 0) << forced.out;
    EXPECT_NE(file_bytes(out).find("<html lang=\"fr\">"), std::string::npos);
}

TEST_F(BriefCommand, RefusesAFileThatIsNotResults) {
    const fs::path bad = dir_ / "bad.json";
    std::ofstream(bad) << "{\n  \"years\": [2024,\n}";
    const Outcome syntax = finmech("brief " + bad.string() + " --out " + (dir_ / "n.html").string());
    EXPECT_EQ(syntax.status, 2) << syntax.out;
    EXPECT_NE(syntax.out.find("bad.json"), std::string::npos) << syntax.out;
    EXPECT_NE(syntax.out.find("line 3"), std::string::npos) << syntax.out;

    std::ofstream(bad) << R"({"schema_version": 1, "years": [2024], "currency": "FCFA",
                             "mechanisms": [], "ranking": {"criteria": [], "results": 3}})";
    const Outcome no_ranking = finmech("brief " + bad.string() + " --out " + (dir_ / "n.html").string());
    EXPECT_EQ(no_ranking.status, 2) << no_ranking.out;
    EXPECT_NE(no_ranking.out.find("/ranking/results"), std::string::npos) << no_ranking.out;
    EXPECT_FALSE(fs::exists(dir_ / "n.html"));
}

TEST_F(BriefCommand, WithoutChromiumPdfIsRefusedAndNothingWritten) {
    const fs::path out = dir_ / "note.html";
    // A PATH holding no chromium; finmech itself is named by its full path.
    const Outcome run = run_command("PATH=" + dir_.string() + " " + std::string(FINMECH_EXE) +
                                    " brief " + results() + " --out " + out.string() +
                                    " --pdf 2>&1");
    EXPECT_EQ(run.status, 2) << run.out;
    EXPECT_NE(run.out.find("chromium"), std::string::npos) << run.out;
    EXPECT_FALSE(fs::exists(out));
}

TEST_F(BriefCommand, PrintsTwoToFourPagesWithChromium) {
    if (run_command("command -v chromium").status != 0 ||
        run_command("command -v pdfinfo").status != 0)
        GTEST_SKIP() << "chromium or pdfinfo (poppler-utils) is not installed: --pdf is not tried";
    const fs::path out = dir_ / "note.html";
    const Outcome run = finmech("brief " + results() + " --out " + out.string() + " --pdf");
    ASSERT_EQ(run.status, 0) << run.out;
    const Outcome info = run_command("pdfinfo " + (dir_ / "note.pdf").string() + " 2>&1");
    std::smatch pages;
    ASSERT_TRUE(std::regex_search(info.out, pages, std::regex(R"(Pages:\s+([0-9]+))"))) << info.out;
    EXPECT_GE(std::stoi(pages[1]), 2);
    EXPECT_LE(std::stoi(pages[1]), 4);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 2)
        << "the HTML and the PDF, no temporary file";
}

}  // namespace
