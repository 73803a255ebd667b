// Plugins that crash, exit, hang, print, exhaust their memory or answer numbers nobody can
// believe, as the command line meets them (docs/plugin-abi.md, "Isolation"): each failure is
// named with its plugin, label and draw, the other mechanisms come out as if the faulty one had
// never been in the scenario, and the run exits 3. The faulty plugins are the fixtures built
// from tests/fixtures/faulty_levy.cpp, one parameter "rate" each.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "host/plugin_files.hpp"
#include "process_output.hpp"

namespace {

namespace fs = std::filesystem;
using finmech_test::file_bytes;
using finmech_test::fixture;
using nlohmann::json;

// Enough draws that the "some draws" faults, which strike in 3 % of them, surely strike.
const std::string draws = "--draws 2000 --seed 11";

// The criteria the fixtures do not model, judged so that a fixture that works can be ranked.
const char* const unmodelled[] = {"political_feasibility", "administrative_feasibility",
                                  "vertical_equity", "horizontal_equity"};

// What one run of finmech printed on each stream, and its exit status.
struct Printed {
    int status;
    std::string out, err;
};

// A scratch folder per test, removed afterwards.
class CliIsolation : public testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("finmech_cli_isolation_" +
                std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    // Runs finmech with `arguments` (and `environment` before it), its streams kept apart.
    Printed run(const std::string& arguments, const std::string& environment = "") const {
        const fs::path out = dir_ / "stdout.txt";
        const auto r = finmech_test::run_command(environment + " " + FINMECH_EXE + " " + arguments +
                                                 " 2>&1 1>" + out.string());
        return {r.status, file_bytes(out), r.out};
    }

    // The embedded mali-2023 scenario with one entry appended per plugin of `plugins`, labelled
    // "Taxe d'essai <plugin>" and judged on what the fixtures do not model; written to `name`.
    std::string scenario(std::initializer_list<const char*> plugins,
                         const std::string& name = "scenario.json") const {
        std::ifstream in(std::string(FINMECH_SCENARIOS_DIR) + "/mali-2023.json");
        json s = json::parse(in);
        for (const std::string plugin : plugins) {
            json entry{{"plugin", plugin}, {"label", label(plugin)}};
            for (const char* criterion : unmodelled)
                entry["judged"][criterion] = {{"score", 3}, {"by", "test"}};
            s["mechanisms"].push_back(entry);
        }
        const fs::path file = dir_ / name;
        std::ofstream(file) << s.dump(2);
        return file.string();
    }

    static std::string label(const std::string& plugin) { return "Taxe d'essai " + plugin; }

    // `--plugins` for the folder of fixture `name`.
    static std::string plugins(const std::string& name) {
        return "--plugins " + fixture(name).parent_path().string();
    }

    // The `--json` results of the scenario without any fixture, with `options`.
    json results_without_fixture(const std::string& options) const {
        const Printed r = run("evaluate --json " + options + " " + scenario({}, "without.json"));
        EXPECT_EQ(r.status, 0) << r.err;
        return json::parse(r.out);
    }

    // Evaluates the scenario with `plugin`'s entry appended (`options` added), and checks what
    // every failed run must show: exit status 3, one failure naming the plugin and its label on
    // stderr and in the results, and the other mechanisms' results those of a run without it.
    // Returns the failure as the results list it.
    json failure_of(const std::string& plugin, const std::string& options = draws) const {
        const Printed r =
            run(plugins(plugin) + " evaluate --json " + options + " " + scenario({plugin.c_str()}));
        EXPECT_EQ(r.status, 3) << r.err;
        const json results = json::parse(r.out);
        EXPECT_NE(r.err.find(label(plugin) + ": plugin " + plugin + " ("), std::string::npos)
            << r.err;
        EXPECT_EQ(results["mechanisms"], results_without_fixture(options)["mechanisms"])
            << "the faulty mechanism changed the others' results";
        if (results["failed"].size() != 1) {
            ADD_FAILURE() << "expected one failure, found " << results["failed"].dump(2);
            return json::object();
        }
        const json& failed = results["failed"][0];
        EXPECT_EQ(failed["plugin"], plugin);
        EXPECT_EQ(failed["label"], label(plugin));
        EXPECT_EQ(failed["file"], plugin + ".so");
        EXPECT_EQ(failed["source"], "/mechanisms/12");  // after mali-2023's twelve entries
        // The terminal names the draw the results do.
        if (failed.contains("draw")) {
            EXPECT_NE(r.err.find(", at draw " + failed["draw"].dump()), std::string::npos) << r.err;
        }
        return failed;
    }

    fs::path dir_;
};

// The reason for the failure of `failed` mentions `text`.
testing::AssertionResult mentions(const json& failed, const std::string& text) {
    const std::string reason = failed.value("reason", "");
    if (reason.find(text) != std::string::npos) return testing::AssertionSuccess();
    return testing::AssertionFailure()
           << "the reason \"" << reason << "\" lacks \"" << text << "\"";
}

// The draw a failure names, when it names one.
std::optional<std::size_t> draw_of(const json& failed) {
    if (!failed.contains("draw")) return std::nullopt;
    return failed["draw"].get<std::size_t>();
}

// --- One test per fault of the fixtures ---

// A null write on the draws whose rate lies in the top 3 % of its range: the draws before it
// went through, so the failure names the one that crashed (test_evaluation.cpp works out which).
TEST_F(CliIsolation, ACrashOnSomeDrawsIsNamedWithItsSignalAndDraw) {
    const json failed = failure_of("segv_some_draws");
    EXPECT_EQ(failed["failure"], "crashed");
    EXPECT_TRUE(mentions(failed, "SIGSEGV"));
    ASSERT_TRUE(draw_of(failed));
    EXPECT_LT(*draw_of(failed), 2000u);
}

// describe() runs when the plugin is loaded: the plugin is refused, and nothing else is hurt.
TEST_F(CliIsolation, ACrashInDescribeRefusesThePluginAndNothingElse) {
    const std::string file = fixture("segv_describe").string();
    const Printed listing = run(plugins("segv_describe") + " plugins");
    EXPECT_EQ(listing.status, 0) << listing.err;
    const auto refused = listing.out.find("Refused (1):");
    ASSERT_NE(refused, std::string::npos) << listing.out;
    const auto line = listing.out.find(file + ": describe() failed", refused);
    ASSERT_NE(line, std::string::npos) << listing.out;
    EXPECT_NE(listing.out.find("SIGSEGV", line), std::string::npos) << listing.out;

    const Printed as_json = run(plugins("segv_describe") + " plugins --json");
    EXPECT_EQ(as_json.status, 0) << as_json.err;
    const json refusals = json::parse(as_json.out)["refused"];
    ASSERT_EQ(refusals.size(), 1u) << as_json.out;
    EXPECT_EQ(refusals[0]["file"], file);
    EXPECT_NE(refusals[0]["reason"].get<std::string>().find("SIGSEGV"), std::string::npos);

    EXPECT_EQ(run(plugins("segv_describe") + " describe telecom_levy").status, 0);
    const Printed evaluated = run(plugins("segv_describe") + " evaluate --draws 20");
    EXPECT_EQ(evaluated.status, 0) << evaluated.err;
}

// exit(3) in the model ends the worker, not finmech; every draw does it, so draw 0 is named.
TEST_F(CliIsolation, AModelThatExitsIsNamedWithItsExitStatus) {
    const json failed = failure_of("exits_in_model");
    EXPECT_EQ(failed["failure"], "exited");
    EXPECT_TRUE(mentions(failed, "exit status 3"));
    EXPECT_EQ(draw_of(failed), 0u);
}

TEST_F(CliIsolation, AModelThatAbortsIsACrashWithSigabrt) {
    const json failed = failure_of("aborts_in_model");
    EXPECT_EQ(failed["failure"], "crashed");
    EXPECT_TRUE(mentions(failed, "SIGABRT"));
    EXPECT_EQ(draw_of(failed), 0u);
}

// A hang has no draw to name: halving the batch would hang as often as it is run.
TEST_F(CliIsolation, AnEndlessModelIsStoppedAtTheTimeout) {
    const json failed = failure_of("endless_loop", "--plugin-timeout 1 --draws 20 --seed 11");
    EXPECT_EQ(failed["failure"], "timed_out");
    EXPECT_TRUE(mentions(failed, "1 s"));
    EXPECT_TRUE(mentions(failed, "--plugin-timeout"));
    EXPECT_FALSE(failed.contains("draw"));
}

// What a plugin prints goes to stderr under its id, so `--json` stays clean on stdout; its
// results are clean_levy's, so the run succeeds.
TEST_F(CliIsolation, WhatAPluginPrintsGoesToStderrUnderItsId) {
    const Printed r = run(plugins("prints_stdout") + " evaluate --json --draws 20 " +
                          scenario({"prints_stdout"}));
    EXPECT_EQ(r.status, 0) << r.err;
    const json results = json::parse(r.out);
    EXPECT_EQ(results["failed"], json::array());
    EXPECT_EQ(r.out.find("speaking"), std::string::npos) << "a plugin wrote on finmech's stdout";
    for (const char* where : {"describe()", "project()"})
        for (const char* stream : {"stdout", "stderr"})
            EXPECT_NE(r.err.find(std::string("[prints_stdout] prints_stdout: ") + where +
                                 " speaking on " + stream + "\n"),
                      std::string::npos)
                << where << " on " << stream << ":\n"
                << r.err;
}

// A plugin that prints in every draw does not bury the run's own messages: the first 50 lines,
// then how many more. 100 draws, two lines each, and the draws checked again, make over 200.
TEST_F(CliIsolation, APluginThatPrintsInEveryDrawShowsItsFirstFiftyLines) {
    const Printed r = run(plugins("prints_stdout") + " --lang en evaluate --draws 100 " +
                          scenario({"prints_stdout"}));
    EXPECT_EQ(r.status, 0) << r.err;
    std::size_t shown = 0;
    for (std::size_t at = r.err.find("[prints_stdout] "); at != std::string::npos;
         at = r.err.find("[prints_stdout] ", at + 1))
        ++shown;
    EXPECT_EQ(shown, 51u);  // 50 lines and the count of the others
    EXPECT_NE(r.err.find("[prints_stdout] … and "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(" more lines\n"), std::string::npos) << r.err;
}

// malloc(64 GiB) fails under the cap and the null pointer is written to: the user learns the cap
// was hit, and which option sets it.
TEST_F(CliIsolation, AHugeAllocationRunsOutOfMemoryUnderTheCap) {
    const json failed = failure_of("huge_malloc", "--plugin-memory 1024 " + draws);
    EXPECT_EQ(failed["failure"], "out_of_memory");
    EXPECT_TRUE(mentions(failed, "1024 MiB"));
    EXPECT_TRUE(mentions(failed, "--plugin-memory"));
    EXPECT_EQ(draw_of(failed), 0u);
}

TEST_F(CliIsolation, NegativeGrossRevenueIsImpossible) {
    const json failed = failure_of("negative_gross");
    EXPECT_EQ(failed["failure"], "impossible");
    EXPECT_TRUE(mentions(failed, "gross revenue is negative"));
    EXPECT_EQ(draw_of(failed), 0u);
}

TEST_F(CliIsolation, NegativeCollectionCostIsImpossible) {
    const json failed = failure_of("negative_cost");
    EXPECT_EQ(failed["failure"], "impossible");
    EXPECT_TRUE(mentions(failed, "collection cost is negative"));
    EXPECT_EQ(draw_of(failed), 0u);
}

// Every call scales the numbers anew, so the draws evaluated a second time all differ.
TEST_F(CliIsolation, ResultsThatDependOnCallOrderAreUnrepeatable) {
    const json failed = failure_of("global_state");
    EXPECT_EQ(failed["failure"], "non_deterministic");
    ASSERT_TRUE(draw_of(failed));
    EXPECT_LT(*draw_of(failed), 2000u);
}

// The SDK catches the NaN itself, as a model failure naming its draw.
TEST_F(CliIsolation, NanOnSomeDrawsIsAModelErrorWithItsDraw) {
    const json failed = failure_of("nan_some_draws");
    EXPECT_EQ(failed["failure"], "model_error");
    EXPECT_TRUE(mentions(failed, "gross_revenue"));
    EXPECT_TRUE(mentions(failed, "not finite"));
    ASSERT_TRUE(draw_of(failed));
    EXPECT_LT(*draw_of(failed), 2000u);
}

// The model's own message, "boom", reaches the user; every draw throws, so draw 0 is named.
TEST_F(CliIsolation, AThrowingModelIsAModelErrorWithItsMessage) {
    const json failed = failure_of("throwing_levy");
    EXPECT_EQ(failed["failure"], "model_error");
    EXPECT_TRUE(mentions(failed, "boom"));
    EXPECT_EQ(draw_of(failed), 0u);
}

// --- Plugins of the user beside the shipped ones ---

// A user's copy of a shipped plugin is used, and both files are named, so that nobody wonders
// which one computed the results.
TEST_F(CliIsolation, AUserPluginWithAShippedIdIsUsedAndBothFilesAreNamed) {
    const fs::path folder = dir_ / "mine";
    fs::create_directories(folder);
    const fs::path copy = folder / "telecom_levy.so";
    fs::copy_file(finmech_test::telecom_levy_file(), copy);
    const std::string option = "--plugins " + folder.string();

    for (const std::string command : {"plugins", "evaluate --draws 20"}) {
        const Printed r = run(option + " " + command);
        EXPECT_EQ(r.status, 0) << command << ": " << r.err;
        const auto note = r.err.find("telecom_levy");
        ASSERT_NE(note, std::string::npos) << command << ": " << r.err;
        const auto used = r.err.find(copy.string(), note);
        EXPECT_NE(used, std::string::npos) << command << ": " << r.err;
        EXPECT_NE(r.err.find(finmech_test::telecom_levy_file().string(), used), std::string::npos)
            << command << ": " << r.err;
    }
    const Printed listing = run(option + " plugins --json");
    const json loaded = json::parse(listing.out)["plugins"];
    const auto telecom = std::find_if(loaded.begin(), loaded.end(),
                                      [](const json& p) { return p["id"] == "telecom_levy"; });
    ASSERT_NE(telecom, loaded.end()) << listing.out;
    EXPECT_EQ((*telecom)["file"], copy.string());
}

// --- What a run with a failed mechanism writes ---

TEST_F(CliIsolation, AFaultyRunWritesACompleteFolderThatListsTheFailure) {
    const fs::path out = dir_ / "out";
    const Printed r = run(plugins("segv_some_draws") + " evaluate " + draws + " --out " +
                          out.string() + " " + scenario({"segv_some_draws"}));
    EXPECT_EQ(r.status, 3) << r.err;
    for (const char* file : {"results.json", "report.html", "report.md", "tables.csv",
                             "tables-fr-excel.csv", "report.xlsx"})
        EXPECT_TRUE(fs::exists(out / file)) << file;
    const json failed = json::parse(file_bytes(out / "results.json"))["failed"];
    ASSERT_EQ(failed.size(), 1u);
    EXPECT_EQ(failed[0]["plugin"], "segv_some_draws");
    EXPECT_EQ(failed[0]["label"], label("segv_some_draws"));
    EXPECT_EQ(failed[0]["failure"], "crashed");
}

// --strict: a plugin that fails is the scenario's fault, and half a result is no result.
TEST_F(CliIsolation, AStrictRunWritesNothingWhenAPluginFails) {
    const fs::path out = dir_ / "out";
    const Printed r = run(plugins("segv_some_draws") + " --strict evaluate " + draws + " --out " +
                          out.string() + " " + scenario({"segv_some_draws"}));
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_FALSE(fs::exists(out));
    EXPECT_NE(r.err.find(label("segv_some_draws")), std::string::npos) << r.err;
}

TEST_F(CliIsolation, AStrictRunDoesNotClaimToHaveCompleted) {
    const Printed r = run(plugins("segv_some_draws") + " --lang en --strict evaluate " + draws +
                          " " + scenario({"segv_some_draws"}));
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_EQ(r.err.find("status 3"), std::string::npos) << r.err;
}

// A named package with a failed option cannot be scored: it is left out with the option, and
// the run completes.
TEST_F(CliIsolation, ANamedPackageWithAFailedOptionIsLeftOut) {
    std::ifstream in(scenario({"segv_some_draws"}));
    json s = json::parse(in);
    s["packages"] = {
        {{"name", "with_crash"}, {"options", {"telecom_levy:proposed", "segv_some_draws"}}},
        {{"name", "telecom_alone"}, {"options", {"telecom_levy:proposed"}}}};
    const fs::path file = dir_ / "packages.json";
    std::ofstream(file) << s.dump(2);
    const Printed r =
        run(plugins("segv_some_draws") + " evaluate --json " + draws + " " + file.string());
    EXPECT_EQ(r.status, 3) << r.err;
    EXPECT_NE(r.out.find("telecom_alone"), std::string::npos);
    EXPECT_EQ(r.out.find("with_crash"), std::string::npos);
}

// Mechanisms evaluated at once, each in its own worker, give the very bytes of one at a time,
// failures included. The date is fixed: the two runs could straddle midnight.
TEST_F(CliIsolation, JobsDoNotChangeTheResultsOfAFaultyRun) {
    const std::string file = scenario({"segv_some_draws", "global_state"});
    const auto with_jobs = [&](const std::string& jobs) {
        return run(plugins("segv_some_draws") + " " + plugins("global_state") + " --jobs " + jobs +
                       " evaluate --json --draws 500 --seed 11 " + file,
                   "SOURCE_DATE_EPOCH=1700000000");
    };
    const Printed one = with_jobs("1"), two = with_jobs("2");
    EXPECT_EQ(one.status, 3) << one.err;
    EXPECT_EQ(two.status, 3) << two.err;
    EXPECT_EQ(json::parse(one.out)["failed"].size(), 2u);
    EXPECT_TRUE(one.out == two.out) << "--jobs 1 and --jobs 2 printed different results";
}

}  // namespace
