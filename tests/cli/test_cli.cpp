// The command line as a user meets it: exit codes, and messages that name the file, the place
// and the problem.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "process_output.hpp"

namespace {

namespace fs = std::filesystem;

using finmech_test::file_bytes;
using finmech_test::finmech;
using finmech_test::finmech_stdout;
using finmech_test::Outcome;

// A scratch folder per test, removed afterwards.
class Cli : public testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("finmech_cli_" +
                std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string write(const std::string& name, const std::string& text) const {
        const fs::path path = dir_ / name;
        std::ofstream(path) << text;
        return path.string();
    }
    // The embedded default scenario with `edit` applied, written to a file.
    std::string scenario_with(const std::function<void(nlohmann::json&)>& edit) const {
        std::ifstream in(std::string(FINMECH_SCENARIOS_DIR) + "/mali-2023.json");
        nlohmann::json s = nlohmann::json::parse(in);
        edit(s);
        return write("scenario.json", s.dump(2));
    }

    // Runs finmech with `arguments`; expects the bad-input status, 2, and `message` printed.
    static void expect_bad_input(const std::string& arguments, const std::string& message) {
        const Outcome run = finmech(arguments);
        EXPECT_EQ(run.status, 2) << run.out;
        EXPECT_NE(run.out.find(message), std::string::npos) << run.out;
    }

    fs::path dir_;
};

TEST_F(Cli, EvaluatesTheEmbeddedDefaultScenario) {
    const Outcome run = finmech_stdout("evaluate --json --draws 1");
    ASSERT_EQ(run.status, 0) << run.out;
    const auto results = nlohmann::json::parse(run.out);
    ASSERT_EQ(results["years"].size(), 10u);
    EXPECT_EQ(results["years"][0], 2024);
    EXPECT_EQ(results["currency"], "FCFA");
    // Twelve sources; the telecom levy comes first, in the three rate scenarios of Mathauer et
    // al. 2019, the second being the proposed 2 %.
    ASSERT_EQ(results["mechanisms"].size(), 14u);
    const auto& telecom = results["mechanisms"][1];
    EXPECT_EQ(telecom["plugin"], "telecom_levy");
    // 2024: 0.02 x 615.3e9 x 1.05 x 1.01^0.5 x 0.98, less 1 % collection cost.
    const double gross = 0.02 * 615.3e9 * 1.05 * std::sqrt(1.01) * 0.98;
    EXPECT_NEAR(telecom["gross_revenue"]["p50"][0].get<double>(), gross, 1.0);
    EXPECT_NEAR(telecom["net_revenue"]["mean"][0].get<double>(), gross * 0.99, 1.0);
    EXPECT_EQ(telecom["net_revenue"]["p5"], telecom["net_revenue"]["p95"]);
}

TEST_F(Cli, EvaluatesTheWorkshopScenarioByName) {
    const Outcome run = finmech("evaluate mali-2015-workshop");
    EXPECT_EQ(run.status, 0) << run.out;
    EXPECT_NE(run.out.find("2016"), std::string::npos) << run.out;
}

TEST_F(Cli, ListsAndDescribesThePlugin) {
    const Outcome list = finmech_stdout("plugins --json");
    ASSERT_EQ(list.status, 0);
    const auto listing = nlohmann::json::parse(list.out);
    std::vector<std::string> ids;
    for (const auto& p : listing["plugins"]) ids.push_back(p["id"]);
    EXPECT_NE(std::find(ids.begin(), ids.end(), "telecom_levy"), ids.end());
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
    const Outcome describe = finmech("--lang en describe telecom_levy");
    EXPECT_EQ(describe.status, 0);
    EXPECT_NE(describe.out.find("Mathauer et al. 2019"), std::string::npos) << describe.out;
    EXPECT_NE(describe.out.find("range [0, 0.2]"), std::string::npos) << describe.out;
}

TEST_F(Cli, UnknownPluginIdGetsAHint) {
    expect_bad_input("describe telecom_levi", "did you mean 'telecom_levy'");
}

TEST_F(Cli, MalformedJsonNamesLineAndColumn) {
    // The second comma of line 3 is its 23rd character.
    const std::string file =
        write("broken.json", "{\n  \"context\": {\n    \"base_year\": 2023,,\n");
    expect_bad_input("evaluate " + file, file + ": line 3, column 23: malformed JSON");
}

TEST_F(Cli, UnknownPluginInScenarioNamesThePointer) {
    const std::string file =
        scenario_with([](nlohmann::json& s) { s["mechanisms"][0]["plugin"] = "telecom_lvy"; });
    expect_bad_input("evaluate " + file,
                     file +
                         ": /mechanisms/0/plugin: unknown plugin 'telecom_lvy' (did you "
                         "mean 'telecom_levy'?)");
}

TEST_F(Cli, UnknownParameterGetsAHint) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["mechanisms"][0]["parameters"] = {{"rat", 0.02}};
    });
    expect_bad_input("evaluate " + file,
                     "/mechanisms/0/parameters/rat: telecom_levy has no parameter 'rat' "
                     "(did you mean 'rate'?)");
}

TEST_F(Cli, OutOfRangeValueIsRefused) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["mechanisms"][0]["parameters"] = {{"compliance", 1.5}};
    });
    expect_bad_input("evaluate " + file,
                     "/mechanisms/0/parameters/compliance: telecom_levy: expected a value "
                     "in [0, 1] fraction, found 1.5");
}

TEST_F(Cli, MissingContextValueNamesThePlugin) {
    const std::string file =
        scenario_with([](nlohmann::json& s) { s["context"].erase("telecom_turnover"); });
    expect_bad_input("evaluate " + file,
                     "/context: missing 'telecom_turnover' (currency), required by "
                     "telecom_levy at /mechanisms/0");
}

TEST_F(Cli, OutputFolderIsWrittenAndNeverOverwrittenWithoutForce) {
    const fs::path out = dir_ / "results";
    ASSERT_EQ(finmech("evaluate --out " + out.string()).status, 0);
    const fs::path results = out / "results.json";
    ASSERT_TRUE(fs::exists(results));
    std::ofstream(out / "notes.txt") << "the user's own notes";

    const Outcome again = finmech("evaluate --out " + out.string());
    EXPECT_EQ(again.status, 2);
    EXPECT_NE(again.out.find("already exists; pass --force"), std::string::npos) << again.out;
    EXPECT_TRUE(fs::exists(out / "notes.txt"));

    EXPECT_EQ(finmech("evaluate --force --out " + out.string()).status, 0);
    EXPECT_TRUE(fs::exists(results));
    EXPECT_FALSE(fs::exists(out / "notes.txt"));
    for (const auto& entry : fs::directory_iterator(dir_))
        EXPECT_EQ(entry.path().filename().string().rfind(".results", 0), std::string::npos)
            << "left behind: " << entry.path();
}

TEST_F(Cli, BadUsageExitsWithTwo) {
    EXPECT_EQ(finmech("evaluate --no-such-option").status, 2);
    EXPECT_EQ(finmech("").status, 2);
    EXPECT_EQ(finmech("evaluate no-such-scenario").status, 2);
}

TEST_F(Cli, PluginsOptionIsAcceptedAfterTheSubcommand) {
    const Outcome run = finmech("plugins --plugins " + dir_.string());
    EXPECT_EQ(run.status, 0) << run.out;
}

TEST_F(Cli, MonteCarloIsReproducibleForASeed) {
    const Outcome first = finmech_stdout("evaluate --json --draws 2000 --seed 7");
    ASSERT_EQ(first.status, 0);
    EXPECT_EQ(first.out, finmech_stdout("evaluate --json --draws 2000 --seed 7").out);
    EXPECT_NE(first.out, finmech_stdout("evaluate --json --draws 2000 --seed 8").out);

    const auto net = nlohmann::json::parse(first.out)["mechanisms"][0]["net_revenue"];
    for (std::size_t t = 0; t < 10; ++t) {
        EXPECT_LT(net["p5"][t].get<double>(), net["p50"][t].get<double>());
        EXPECT_LT(net["p50"][t].get<double>(), net["p95"][t].get<double>());
    }
}

TEST_F(Cli, DistributionOutsideTheRangeIsRefused) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["mechanisms"][0]["parameters"]["compliance"] = {
            {"dist", "uniform"}, {"low", 0.9}, {"high", 1.2}};
    });
    expect_bad_input("evaluate " + file,
                     file +
                         ": /mechanisms/0/parameters/compliance: telecom_levy: the "
                         "distribution of 'compliance' reaches [0.9, 1.2], outside the "
                         "parameter's range [0, 1] fraction");
}

}  // namespace

namespace {

TEST_F(Cli, RanksTheMechanismsOfTheDefaultScenario) {
    const Outcome run = finmech_stdout("evaluate --json --draws 500");
    ASSERT_EQ(run.status, 0) << run.out;
    const auto ranking = nlohmann::json::parse(run.out)["ranking"];
    EXPECT_EQ(ranking["method"], "wsm");
    // Every criterion of the Mali study, with equal weights.
    ASSERT_EQ(ranking["criteria"].size(), 7u);
    for (const auto& c : ranking["criteria"]) EXPECT_DOUBLE_EQ(c["weight"].get<double>(), 1.0 / 7);
    EXPECT_EQ(ranking["criteria_left_out"], nlohmann::json::array());
    const auto& results = ranking["results"];
    ASSERT_EQ(results.size(), 14u);
    // A higher rate raises more and costs the same share to collect: it cannot rank lower.
    EXPECT_LE(results[2]["rank"].get<int>(), results[1]["rank"].get<int>());
    EXPECT_LE(results[1]["rank"].get<int>(), results[0]["rank"].get<int>());
    // The three telecom rates are options of one source, which no recommendation adds up.
    EXPECT_EQ(results[0]["source"], "/mechanisms/0");
    EXPECT_EQ(results[2]["source"], "/mechanisms/0");
    EXPECT_EQ(results[3]["source"], "/mechanisms/1");
    for (const auto& r : results) {
        EXPECT_EQ(r["criteria"]["revenue_potential"]["provenance"], "modelled");
        EXPECT_EQ(r["criteria"]["revenue_potential"]["indicator"], "revenue_percent_gdp");
        EXPECT_EQ(r["criteria"]["vertical_equity"]["indicator"], "kakwani_index");
        EXPECT_EQ(r["criteria"]["horizontal_equity"]["indicator"], "horizontal_inequity_index");
        const auto& political = r["criteria"]["political_feasibility"];
        EXPECT_EQ(political["provenance"], "prior");
        EXPECT_EQ(political["stakeholders"], r["source"].get<std::string>() + "/stakeholders");
        EXPECT_EQ(political["indicator"], "net_support_index");
        // 2.5 VAT points on Mali's 18 % break the WAEMU ceiling of 20 %.
        EXPECT_EQ(r["admissible"], r["alternative"].get<std::string>().find("TVA") ==
                                       std::string::npos)
            << r["alternative"];
        ASSERT_EQ(r["rank_acceptability"].size(), results.size());
        double total = 0;
        for (const auto& p : r["rank_acceptability"]) total += p.get<double>();
        EXPECT_NEAR(total, 1.0, 1e-9);
    }
}

// Every Kakwani index is read on the scale of the vertical-equity criterion, the
// default of docs/criteria.md: -0.10, -0.02, 0.02 and 0.10 bound -- - +- + ++, a value on
// a threshold taking the better symbol.
TEST_F(Cli, ReadsEveryKakwaniIndexOnTheDefaultScale) {
    const Outcome run = finmech_stdout("evaluate --json --draws 50");
    ASSERT_EQ(run.status, 0) << run.out;
    const auto results = nlohmann::json::parse(run.out);
    std::size_t read = 0;
    for (const auto& m : results["mechanisms"]) {
        if (!m.contains("incidence") || !m["incidence"].contains("kakwani_index")) continue;
        const double k = m["incidence"]["kakwani_index"].get<double>();
        const char* expected = k >= 0.10 ? "++" : k >= 0.02 ? "+" : k >= -0.02 ? "+-"
                             : k >= -0.10 ? "-" : "--";
        EXPECT_EQ(m["incidence"]["kakwani_symbol"], expected) << m["label"] << " " << k;
        ++read;
    }
    EXPECT_EQ(read, 14u);  // every option, the mining and lottery earmarks included
}

TEST_F(Cli, JudgedScoresCarryWhoJudged) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["mechanisms"] = nlohmann::json::array({s["mechanisms"][0]});  // the telecom levy alone
        auto& variants = s["mechanisms"][0]["variants"];
        const std::pair<const char*, const char*> judged[] = {
            {"low", "+"}, {"proposed", "+-"}, {"high", "--"}};
        for (const auto& [variant, symbol] : judged)
            variants[variant]["judged"]["political_feasibility"] = {
                {"score", symbol}, {"by", "Groupe B"}, {"note", "opérateurs opposés"}};
    });
    const Outcome run = finmech_stdout("evaluate --json --draws 200 " + file);
    ASSERT_EQ(run.status, 0) << run.out;
    const auto results = nlohmann::json::parse(run.out)["ranking"]["results"];
    const auto& judged = results[2]["criteria"]["political_feasibility"];
    EXPECT_EQ(judged["provenance"], "judged");
    EXPECT_EQ(judged["by"], "Groupe B");
    EXPECT_EQ(judged["note"], "opérateurs opposés");
    EXPECT_DOUBLE_EQ(judged["score"].get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(results[0]["criteria"]["political_feasibility"]["score"].get<double>(), 4.0);
}

// Without the welfare distribution, no Kakwani index can be computed for any mechanism.
TEST_F(Cli, ACriterionNoOneCanScoreIsAnError) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["context"].erase("consumption_shares_by_quintile");
    });
    const Outcome run = finmech("evaluate --draws 10 " + file);
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.out.find(file + ": /mechanisms/0/variants/low: no score for criterion "
                                  "'vertical_equity': telecom_levy does not report "
                                  "'kakwani_index'; judge it under "
                                  "/mechanisms/0/judged/vertical_equity"),
              std::string::npos)
        << run.out;
}

TEST_F(Cli, UnknownCriterionGetsAHint) {
    const std::string file = scenario_with(
        [](nlohmann::json& s) { s["decision"]["criteria"][0] = "revenue_potentiel"; });
    expect_bad_input("evaluate --draws 10 " + file,
                     "/decision/criteria/0: unknown criterion 'revenue_potentiel' (did you "
                     "mean 'revenue_potential'?)");
}

TEST_F(Cli, BadJudgedScoreNamesItsPlace) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["mechanisms"] = nlohmann::json::array({s["mechanisms"][0]});  // the telecom levy alone
        s["mechanisms"][0]["judged"]["political_feasibility"] = {{"score", 3}, {"by", "Groupe A"}};
        s["mechanisms"][0]["variants"]["proposed"]["judged"]["political_feasibility"] = {
            {"score", 6}, {"by", "Groupe A"}};
    });
    expect_bad_input("evaluate --draws 10 " + file,
                     "/mechanisms/0/variants/proposed/judged/political_feasibility: expected "
                     "a score from 1 to 5 or one of ++ + +- - --, found 6");
}

TEST_F(Cli, RanksAPlainMatrixWithoutPlugins) {
    const std::string file = write("matrix.json", R"({
      "alternatives": ["A", "B"],
      "criteria": [{"id": "yield", "direction": "benefit", "weight": 0.5},
                   {"id": "cost", "direction": "cost", "weight": 0.5}],
      "matrix": [[10, 2], [5, 1]],
      "method": {"name": "wsm", "normalization": "max"}})");
    const Outcome run = finmech_stdout("rank --json " + file);
    ASSERT_EQ(run.status, 0) << run.out;
    // max normalisation: A = 0.5 x 10/10 + 0.5 x 1/2 = 0.75; B = 0.5 x 5/10 + 0.5 x 1/1 = 0.75.
    const auto results = nlohmann::json::parse(run.out)["results"];
    EXPECT_NEAR(results[0]["score"].get<double>(), 0.75, 1e-12);
    EXPECT_NEAR(results[1]["score"].get<double>(), 0.75, 1e-12);
    EXPECT_EQ(results[0]["rank"], 1);
    EXPECT_EQ(results[1]["rank"], 1);
}

}  // namespace

namespace {

TEST_F(Cli, VariantsBecomeAlternativesAndErrorsPointIntoThem) {
    const Outcome run = finmech_stdout("evaluate --json --draws 1");
    ASSERT_EQ(run.status, 0);
    const auto mechanisms = nlohmann::json::parse(run.out)["mechanisms"];
    ASSERT_GE(mechanisms.size(), 3u);
    EXPECT_EQ(mechanisms[0]["label"], "Taxe télécom 1 % (faible, Mathauer et al. 2019)");
    EXPECT_EQ(mechanisms[2]["label"], "Taxe télécom 3 % (élevée, Mathauer et al. 2019)");
    // Point estimates: pass-through 0.5, elasticity -0.5. Revenue is rate x T x (1 + 0.5 rate)^0.5
    // x the rest, so 3 % over 1 % is 3 x (1.015 / 1.005)^0.5: a turnover levy on inelastic demand
    // raises turnover with the price.
    const double low = mechanisms[0]["net_revenue"]["p50"][0].get<double>();
    const double high = mechanisms[2]["net_revenue"]["p50"][0].get<double>();
    EXPECT_NEAR(high / low, 3.0 * std::sqrt(1.015 / 1.005), 1e-12);

    const std::string file = scenario_with([](nlohmann::json& s) {
        s["mechanisms"][0]["variants"]["high"]["parameters"]["rate"] = 0.3;
    });
    expect_bad_input("evaluate " + file,
                     "/mechanisms/0/variants/high/parameters/rate: telecom_levy: expected a "
                     "value in [0, 0.2] fraction of turnover, found 0.3");
}

}  // namespace

namespace {

TEST_F(Cli, ANegativeCountIsRefusedWithThePluginThatNeedsIt) {
    const std::string file =
        scenario_with([](nlohmann::json& s) { s["context"]["air_passengers"]["value"] = -613837; });
    expect_bad_input("evaluate " + file,
                     file +
                         ": /context/air_passengers/value: air_ticket_levy needs "
                         "'air_passengers' at least 0 passengers per year, found -613837");
}

TEST_F(Cli, AShareAboveOneIsRefused) {
    const std::string file =
        scenario_with([](nlohmann::json& s) { s["context"]["earmarked_share"]["value"] = 1.2; });
    expect_bad_input("evaluate " + file,
                     file +
                         ": /context/earmarked_share/value: finmech needs 'earmarked_share' "
                         "within [0, 1] fraction, found 1.2");
}

}  // namespace

namespace {

TEST_F(Cli, FindsItsPluginsWhenStartedThroughPath) {
    const fs::path bin = fs::path(FINMECH_EXE).parent_path();
    const std::string command =
        "cd " + dir_.string() + " && PATH=" + bin.string() + ":$PATH finmech plugins --json 2>&1";
    const Outcome run = finmech_test::run_command(command);
    ASSERT_EQ(run.status, 0) << run.out;
    EXPECT_NE(run.out.find("\"telecom_levy\""), std::string::npos) << run.out;
}

TEST_F(Cli, DecisionBlockErrorsNameTheirPlace) {
    const auto refused = [&](const std::function<void(nlohmann::json&)>& edit,
                             const std::string& message) {
        expect_bad_input("evaluate --draws 10 " + scenario_with(edit), message);
    };
    refused(
        [](nlohmann::json& s) {
            s["decision"]["method"] = {{"name", "vikor"}, {"v", 1.5}};
        },
        "/decision/method");
    refused([](nlohmann::json& s) { s["decision"]["method"] = 5; },
            "/decision/method: expected a method name or an object, found 5");
    refused(
        [](nlohmann::json& s) {
            s["decision"]["smaa"] = {{"draws", -1}};
        },
        "/decision/smaa/draws: expected a whole number from 1 to 10000000, found -1");
    refused(
        [](nlohmann::json& s) {
            s["decision"]["weights"] = {{"revenue_potential", -1},
                                        {"administrative_feasibility", 1},
                                        {"sustainability", 1},
                                        {"stability", 1}};
        },
        "/decision/weights/revenue_potential: expected a number >= 0, found -1");
    refused(
        [](nlohmann::json& s) {
            s["mechanisms"][0]["judged"]["political_feasability"] = {{"score", "+"}, {"by", "G1"}};
        },
        "/mechanisms/0/judged/political_feasability: no criterion 'political_feasability' (did "
        "you mean 'political_feasibility'?)");
}

TEST_F(Cli, ANormalWithNothingInsideTheRangeIsRefused) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["mechanisms"][0]["parameters"]["elasticity"] = {
            {"dist", "normal"}, {"mean", -0.5}, {"sd", 0.3}, {"low", 0.1}, {"high", 1.0}};
    });
    expect_bad_input("evaluate " + file,
                     "/mechanisms/0/parameters/elasticity: telecom_levy: the normal distribution "
                     "of 'elasticity' has no part inside the parameter's range [-1.5, 0]");
}

TEST_F(Cli, AZeroGdpIsRefused) {
    const std::string file =
        scenario_with([](nlohmann::json& s) { s["context"]["gdp"]["value"] = 0; });
    expect_bad_input("evaluate " + file,
                     "/context/gdp/value: finmech needs 'gdp' above 0 currency, found 0");
}


// --- Workshop sheets (docs/workshop.md): init, fill, merge, evaluate --judged. ---

// Group g's CSV sheet with every score cell filled: (g + row) % 5 + 1.
std::string filled_csv(const fs::path& sheet, int g) {
    std::ifstream in(sheet);
    std::string text, line;
    for (int row = 1; std::getline(in, line); ++row) {
        if (line.ends_with(",,,,") && row >= 10) {
            line.resize(line.size() - 4);
            for (int c = 0; c < 3; ++c) line += "," + std::to_string((g + row + c) % 5 + 1);
            line += ",ok";
        }
        text += line + "\n";
    }
    return text;
}

TEST_F(Cli, WorkshopSheetsAreMergedAndFeedTheEvaluation) {
    const fs::path sheets = dir_ / "sheets";
    ASSERT_EQ(finmech("workshop init mali-2015-workshop --group-names A,B,C --out " + sheets.string()).status, 0);
    for (const char* name : {"grille-a.xlsx", "grille-b.csv", "grille-c.html"})
        EXPECT_TRUE(fs::exists(sheets / name)) << name;
    std::string files;
    for (int g = 0; g < 3; ++g) {
        const std::string name = std::string("grille-") + static_cast<char>('a' + g) + ".csv";
        files += " " + write(name, filled_csv(sheets / name, g));
    }
    const std::string merged = (dir_ / "merged.json").string();
    const Outcome merge = finmech("workshop merge" + files + " --out " + merged);
    ASSERT_EQ(merge.status, 0) << merge.out;
    std::ifstream in(merged);
    const nlohmann::json m = nlohmann::json::parse(in);
    EXPECT_EQ(m["scores"].size(), 3u * 10u * 3u);
    EXPECT_TRUE(m["consensus"]["concordance"]["overall"].contains("W"));

    const std::string again = (dir_ / "again.json").string();
    ASSERT_EQ(finmech("workshop merge" + files + " --out " + again).status, 0);
    EXPECT_EQ(file_bytes(merged), file_bytes(again));
    expect_bad_input("workshop merge" + files + " --out " + merged, "exists");

    const Outcome evaluate =
        finmech_stdout("evaluate mali-2015-workshop --json --draws 1 --judged " + merged);
    ASSERT_EQ(evaluate.status, 0) << evaluate.out;
    const auto results = nlohmann::json::parse(evaluate.out);
    const auto& judged = results["ranking"]["results"][0]["criteria"]["political_feasibility"];
    EXPECT_EQ(judged["provenance"], "judged");
    EXPECT_NE(judged["by"].get<std::string>().find("A, B, C"), std::string::npos);
    // Row 10, the first mechanism: groups give 1, 2, 3 on the first criterion.
    EXPECT_DOUBLE_EQ(judged["score"].get<double>(), 2.0);

    expect_bad_input("evaluate mali-2023 --draws 1 --judged " + merged,
                     "merged.json: /session: session \"" + m["session"].get<std::string>() +
                         "\" was not made for mali-2023 (embedded)");
}

TEST_F(Cli, WorkshopMergeListsEveryProblemAndWritesNothing) {
    const fs::path sheets = dir_ / "sheets";
    ASSERT_EQ(finmech("workshop init mali-2015-workshop --groups 2 --out " + sheets.string()).status, 0);
    std::string one = filled_csv(sheets / "grille-groupe-1.csv", 0);
    one.replace(one.find(",ok\n") - 1, 1, "6");
    std::string two = filled_csv(sheets / "grille-groupe-2.csv", 1);
    two.replace(two.find(",ok\n") - 1, 1, "");
    const std::string files = " " + write("g1.csv", one) + " " + write("g2.csv", two);
    const std::string merged = (dir_ / "merged.json").string();
    const Outcome run = finmech("workshop merge" + files + " --out " + merged);
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.out.find("g1.csv: line 10, column 4: \"6\" is not on the 1–5 scale"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("g2.csv: line 10, column 4: empty"), std::string::npos) << run.out;
    EXPECT_FALSE(fs::exists(merged));
    EXPECT_EQ(finmech("workshop merge" + files + " --allow-missing=skip --out " + merged).status, 2);
}

TEST_F(Cli, WorkshopMergeReadsASheetSavedByAnotherProgram) {
    // tests/fixtures/workshop/README.md: exceljs filled row r, column c with (r + c) % 5 + 1,
    // as a number on even rows and as ++ + +- - -- on odd rows.
    const std::string fixture = std::string(FINMECH_WORKSHOP_FIXTURES_DIR) + "/exceljs-groupe-a.xlsx";
    const std::string merged = (dir_ / "merged.json").string();
    const Outcome run = finmech("workshop merge " + fixture + " --allow-missing=skip --out " + merged);
    ASSERT_EQ(run.status, 0) << run.out;
    std::ifstream in(merged);
    const nlohmann::json m = nlohmann::json::parse(in);
    ASSERT_EQ(m["scores"].size(), 9u * 3u);
    const std::array<const char*, 5> symbols{"--", "-", "+-", "+", "++"};
    for (const auto& s : m["scores"]) {
        const std::string cell = s["cell"];  // "Notes!C12"
        const int column = cell[6] - 'A' + 1;
        const int row = std::stoi(cell.substr(7));
        const int score = (row + column) % 5 + 1;
        EXPECT_EQ(s["score"], score) << cell;
        EXPECT_EQ(s["as_written"], row % 2 == 0 ? std::to_string(score) : symbols[score - 1]) << cell;
    }
    EXPECT_EQ(m["comments"][0]["comment"], "Raison groupe A");  // rich text, two runs
}

// Group g's pairwise CSV with every upper cell `value`: a row of the n x n grid is its name,
// i empty cells, "1", n - 1 - i empty cells.
std::string judged_pairwise_csv(const fs::path& sheet, const std::string& value) {
    std::ifstream in(sheet);
    std::string text, line;
    std::size_t n = 0, i = 0;
    for (int row = 1; std::getline(in, line); ++row) {
        if (row == 9) n = static_cast<std::size_t>(std::count(line.begin(), line.end(), ','));
        const std::string blank = row >= 10 && i < n ? ",1" + std::string(n - 1 - i, ',') : "";
        if (!blank.empty() && line.ends_with(blank)) {
            line.resize(line.size() - blank.size() + 2);
            for (std::size_t j = i + 1; j < n; ++j) line += "," + value;
            ++i;
        }
        text += line + "\n";
    }
    return text;
}

TEST_F(Cli, WorkshopPairwiseSheetsGiveTheDecisionItsWeights) {
    const fs::path sheets = dir_ / "sheets";
    ASSERT_EQ(finmech("workshop init mali-2015-workshop --pairwise --group-names A,B --out " + sheets.string()).status, 0);
    EXPECT_TRUE(fs::exists(sheets / "grille-a-pairwise.csv"));
    // A says 3 and B 1/3 everywhere: their geometric mean is 1, so every weight is 1/n.
    std::string files;
    for (int g = 0; g < 2; ++g) {
        const std::string stem = std::string("grille-") + static_cast<char>('a' + g);
        files += " " + write(stem + ".csv", filled_csv(sheets / (stem + ".csv"), g));
        files += " " + write(stem + "-pairwise.csv",
                             judged_pairwise_csv(sheets / (stem + "-pairwise.csv"), g == 0 ? "3" : "1/3"));
    }
    const std::string merged = (dir_ / "merged.json").string();
    const Outcome merge = finmech("workshop merge" + files + " --out " + merged);
    ASSERT_EQ(merge.status, 0) << merge.out;
    std::ifstream in(merged);
    const nlohmann::json m = nlohmann::json::parse(in);
    ASSERT_TRUE(m.contains("weights"));
    const auto& aij = m["weights"]["aij"];
    const std::size_t n = m["weights"]["criteria"].size();
    ASSERT_GE(n, 3u);
    EXPECT_EQ(m["weights"]["groups"].size(), 2u);
    for (const auto& w : aij["weights"]) EXPECT_NEAR(w.get<double>(), 1.0 / static_cast<double>(n), 1e-9);

    const Outcome evaluate =
        finmech_stdout("evaluate mali-2015-workshop --json --draws 1 --judged " + merged);
    ASSERT_EQ(evaluate.status, 0) << evaluate.out;
    const auto ranking = nlohmann::json::parse(evaluate.out)["ranking"];
    ASSERT_EQ(ranking["criteria"].size(), n);
    for (const auto& c : ranking["criteria"]) EXPECT_NEAR(c["weight"].get<double>(), 1.0 / static_cast<double>(n), 1e-9);
    EXPECT_NE(ranking["weight_notes"].dump().find("AIJ"), std::string::npos) << ranking["weight_notes"];
}

// --- Reports (docs/reports.md) ---

// The SHA-256 of `file` by coreutils' sha256sum: a computation independent of finmech's.
std::string sha256sum(const fs::path& file) {
    return finmech_test::run_command("sha256sum '" + file.string() + "'").out.substr(0, 64);
}

TEST_F(Cli, EvaluateOutWritesTheReportsWithProvenance) {
    const std::string scenario = scenario_with([](nlohmann::json&) {});
    const fs::path out = dir_ / "out";
    const Outcome run = finmech("evaluate " + scenario + " --draws 50 --out " + out.string());
    ASSERT_EQ(run.status, 0) << run.out;
    for (const char* name : {"results.json", "report.html", "report.md", "tables.csv",
                             "tables-fr-excel.csv", "report.xlsx"})
        EXPECT_TRUE(fs::is_regular_file(out / name)) << name;
    const auto results = nlohmann::json::parse(file_bytes(out / "results.json"));
    EXPECT_EQ(results["schema_version"], 1);
    const auto& provenance = results["provenance"];
    EXPECT_EQ(provenance["scenario"]["sha256"], sha256sum(scenario));
    EXPECT_EQ(provenance["draws"], 50);
    EXPECT_EQ(provenance["method"], results["ranking"]["method"]);
    const fs::path plugins = fs::path(FINMECH_EXE).parent_path() / ".." / "lib" / "finmech" / "plugins";
    ASSERT_FALSE(provenance["plugins"].empty());
    for (const auto& plugin : provenance["plugins"])
        EXPECT_EQ(plugin["sha256"], sha256sum(plugins / plugin["file"].get<std::string>()))
            << plugin["id"];
    // The figures, then the series derived from them, each under a key of its own.
    std::set<std::string> keys;
    for (const auto& entry : results["context"])
        EXPECT_TRUE(keys.insert(entry["key"].get<std::string>()).second) << entry["key"];
    for (const char* key :
         {"gdp", "projected_gdp", "population", "projected_population", "financing_gap"})
        EXPECT_EQ(keys.count(key), 1u) << key;
    EXPECT_FALSE(results["assumptions"].empty());
    EXPECT_FALSE(results.contains("workshop")) << "only with --judged";
    EXPECT_EQ(file_bytes(out / "report.html").find("<section id=\"plenary\">"), std::string::npos);
}

TEST_F(Cli, JudgedEvaluationReportsThePlenary) {
    const fs::path sheets = dir_ / "sheets";
    ASSERT_EQ(finmech("workshop init mali-2015-workshop --group-names A,B,C --out " + sheets.string()).status, 0);
    std::string files;
    for (int g = 0; g < 3; ++g) {
        const std::string name = std::string("grille-") + static_cast<char>('a' + g) + ".csv";
        files += " " + write(name, filled_csv(sheets / name, g));
    }
    const fs::path merged = dir_ / "merged.json";
    ASSERT_EQ(finmech("workshop merge" + files + " --out " + merged.string()).status, 0);
    const fs::path out = dir_ / "out";
    const Outcome run = finmech("evaluate mali-2015-workshop --draws 20 --judged " + merged.string() +
                                " --out " + out.string());
    ASSERT_EQ(run.status, 0) << run.out;

    const auto results = nlohmann::json::parse(file_bytes(out / "results.json"));
    const auto m = nlohmann::json::parse(file_bytes(merged));
    const auto& workshop = results["workshop"];
    EXPECT_EQ(workshop["merged_sha256"], sha256sum(merged));
    EXPECT_EQ(workshop["session"], m["session"]);
    EXPECT_EQ(workshop["groups"], nlohmann::json({"A", "B", "C"}));
    EXPECT_EQ(workshop["consensus"], m["consensus"]);
    EXPECT_EQ(workshop["scores"].size(), m["scores"].size());

    const std::string page = file_bytes(out / "report.html");
    EXPECT_NE(page.find("<section id=\"plenary\">"), std::string::npos);
    EXPECT_NE(page.find("id=\"table-disagreements\""), std::string::npos);
    EXPECT_NE(page.find("id=\"chart-plenary-radar-1\""), std::string::npos);
    EXPECT_NE(page.find("id=\"table-concordance\""), std::string::npos);

    // The brief says whose scores it used, and no longer asks for them.
    const fs::path brief = dir_ / "brief.html";
    ASSERT_EQ(finmech("brief " + (out / "results.json").string() + " --out " + brief.string()).status, 0);
    const std::string note = file_bytes(brief);
    EXPECT_NE(note.find("session " + m["session"].get<std::string>() + ", 3 groupes"),
              std::string::npos);
    EXPECT_NE(note.find("Kendall W = "), std::string::npos);
    EXPECT_EQ(note.find("Mettre à jour ce classement avec les notes des groupes"), std::string::npos);
}

TEST_F(Cli, ReportRerendersTheSameBytesFromResultsAlone) {
    const fs::path out = dir_ / "out", again = dir_ / "again";
    ASSERT_EQ(finmech("--lang en evaluate --draws 20 --out " + out.string()).status, 0);
    const Outcome run =
        finmech("report " + (out / "results.json").string() + " --out " + again.string() +
                " --lang en");
    ASSERT_EQ(run.status, 0) << run.out;
    for (const auto& entry : fs::directory_iterator(out))
        EXPECT_EQ(file_bytes(entry.path()), file_bytes(again / entry.path().filename()))
            << entry.path().filename();
    // An existing folder is kept without --force, replaced with it.
    EXPECT_EQ(finmech("report " + (out / "results.json").string() + " --out " + again.string())
                  .status,
              2);
    EXPECT_EQ(finmech("report " + (out / "results.json").string() + " --out " + again.string() +
                      " --force")
                  .status,
              0);
}

TEST_F(Cli, ReportOnABadResultsFileNamesThePointer) {
    const fs::path out = dir_ / "out";
    expect_bad_input("report " + write("old.json", R"({"years": [2024]})") + " --out " +
                         out.string(),
                     "old.json: /schema_version: expected 1");
    ASSERT_EQ(finmech("evaluate --draws 5 --out " + out.string()).status, 0);
    auto results = nlohmann::json::parse(file_bytes(out / "results.json"));
    results["ranking"]["results"][0].erase("rank");
    expect_bad_input("report " + write("bad.json", results.dump()) + " --out " +
                         (dir_ / "again").string(),
                     "bad.json: /ranking/results/0/rank: expected a rank, found nothing");
    expect_bad_input("report " + write("broken.json", "{") + " --out " + (dir_ / "x").string(),
                     "broken.json: line 1");
    EXPECT_FALSE(fs::exists(dir_ / "again"));
}

}  // namespace

// --- The recommendation: admissible options, one variant per source (docs/decision.md). ---

namespace {

// The labels of the options `results` ranks that its brief may not recommend together with
// `label`: its other variants, and every inadmissible option.
std::set<std::string> inadmissible_labels(const nlohmann::json& results) {
    std::set<std::string> out;
    for (const auto& r : results["ranking"]["results"])
        if (!r["admissible"].get<bool>()) out.insert(r["alternative"].get<std::string>());
    return out;
}

// How many options of each source `text` names.
std::map<std::string, int> named_per_source(const nlohmann::json& results, const std::string& text) {
    std::map<std::string, int> count;
    for (const auto& r : results["ranking"]["results"])
        if (text.find(r["alternative"].get<std::string>()) != std::string::npos)
            ++count[r["source"].get<std::string>()];
    return count;
}

// The text of the brief's ask paragraph, markup removed.
std::string ask_of(const std::string& page) {
    const auto start = page.find("<p class=\"ask\">");
    const auto end = page.find("</p>", start);
    return start == std::string::npos ? std::string() : page.substr(start, end - start);
}

}  // namespace

TEST_F(Cli, NoOutputOfAnEmbeddedScenarioRecommendsAnInadmissibleOptionOrTwoVariants) {
    for (const char* scenario : {"mali-2023", "mali-2015-workshop"}) {
        const fs::path out = dir_ / scenario;
        ASSERT_EQ(finmech(std::string("evaluate ") + scenario + " --draws 300 --out " + out.string())
                      .status,
                  0);
        std::ifstream in(out / "results.json");
        const nlohmann::json results = nlohmann::json::parse(in);
        EXPECT_EQ(results["ranking"]["criteria"].size(), 7u) << scenario;
        const auto excluded = inadmissible_labels(results);
        for (const char* language : {"fr", "en"}) {
            const fs::path brief = dir_ / (std::string(scenario) + "-" + language + ".html");
            ASSERT_EQ(finmech("brief " + (out / "results.json").string() + " --lang " + language +
                              " --out " + brief.string())
                          .status,
                      0);
            const std::string page = file_bytes(brief);
            const std::string ask = ask_of(page);
            ASSERT_FALSE(ask.empty()) << scenario << " " << language;
            EXPECT_EQ(page.find("class=\"indicative\"") != std::string::npos,
                      std::string(scenario) == "mali-2015-workshop")
                << scenario << " " << language;
            for (const auto& label : excluded)
                EXPECT_EQ(ask.find(label), std::string::npos) << scenario << ": " << label;
            for (const auto& [source, named] : named_per_source(results, ask))
                EXPECT_EQ(named, 1) << scenario << " " << language << ": " << source << " in " << ask;
        }
        // The workshop scenario is indicative, and every output says so.
        if (std::string(scenario) == "mali-2015-workshop")
            for (const char* file : {"report.md", "report.html", "tables.csv", "tables-fr-excel.csv"})
                EXPECT_NE(file_bytes(out / file).find("Scénario indicatif"), std::string::npos)
                    << file;
        // Every format of the report says which options are not admissible.
        const std::string not_admissible_fr = "non admissible : ";
        for (const char* file : {"report.md", "report.html", "tables.csv", "tables-fr-excel.csv"}) {
            const std::string text = file_bytes(out / file);
            for (const auto& label : excluded) {
                const auto row = text.find(label);
                ASSERT_NE(row, std::string::npos) << file << ": " << label;
                EXPECT_NE(text.find(not_admissible_fr, row), std::string::npos)
                    << scenario << " " << file << ": " << label;
            }
        }
    }
}

// A scenario may set a binding rule aside, saying why; the option is then admissible, and every
// output that shows the rule shows the waiver.
TEST_F(Cli, AWaivedRuleKeepsTheOptionAdmissibleAndIsPrinted) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        for (auto& m : s["mechanisms"])
            if (m["plugin"] == "vat_earmark")
                m["waivers"]["waemu_vat_ceiling"] = {
                    {"reason", "taux de TVA ramené à 17,5 % par la loi de finances"}};
    });
    const Outcome run = finmech_stdout("evaluate --json --draws 100 " + file);
    ASSERT_EQ(run.status, 0) << run.out;
    const auto results = nlohmann::json::parse(run.out);
    for (const auto& m : results["mechanisms"]) {
        if (m["plugin"] != "vat_earmark") continue;
        EXPECT_TRUE(m["admissible"].get<bool>());
        ASSERT_EQ(m["rules"].size(), 1u);
        EXPECT_TRUE(m["rules"][0]["broken"].get<bool>());
        EXPECT_EQ(m["rules"][0]["waiver"], "taux de TVA ramené à 17,5 % par la loi de finances");
        EXPECT_DOUBLE_EQ(m["rules"][0]["median"].get<double>(), 0.205);
    }
    const Outcome text = finmech("evaluate --draws 100 " + file);
    EXPECT_NE(text.out.find("règle levée : Plafond UEMOA du taux de TVA"), std::string::npos)
        << text.out;
}

TEST_F(Cli, AWaiverMustNameABindingRuleAndGiveAReason) {
    const auto with_waiver = [&](const nlohmann::json& waiver, const char* rule) {
        return scenario_with([&](nlohmann::json& s) {
            for (auto& m : s["mechanisms"])
                if (m["plugin"] == "vat_earmark") m["waivers"][rule] = waiver;
        });
    };
    expect_bad_input("evaluate --draws 10 " + with_waiver({{"reason", "x"}}, "waemu_vat_celing"),
                     "/mechanisms/11/waivers/waemu_vat_celing: 'waemu_vat_celing' is not a binding "
                     "rule of vat_earmark (did you mean 'waemu_vat_ceiling'?)");
    expect_bad_input("evaluate --draws 10 " + with_waiver("parce que", "waemu_vat_ceiling"),
                     "/mechanisms/11/waivers/waemu_vat_ceiling: expected {\"reason\": \"why the "
                     "scenario sets this rule aside\"}, found \"parce que\"");
}

// The stakeholder table is checked like any input: the message names the scenario and the place.
TEST_F(Cli, AFaultyStakeholderTableNamesItsPlace) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["mechanisms"][1]["stakeholders"]["actors"][0]["position"] = 3;
    });
    expect_bad_input("evaluate --draws 10 " + file,
                     "/mechanisms/1/stakeholders/actors/0/position: expected a whole number from "
                     "-2 to 2; found 3");
}

TEST_F(Cli, TwoOptionsWithOneLabelAreRefused) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["mechanisms"][2]["label"] = s["mechanisms"][1]["label"];
    });
    expect_bad_input("evaluate --draws 10 " + file,
                     "/mechanisms/2/label: the label \"" +
                         std::string("Droit d'accise sur le tabac au minimum UEMOA (50 %) et CEDEAO") +
                         "\" is also that of /mechanisms/1; give each option its own label");
}

// Checked whatever the criteria: a package counts new taxes from it.
TEST_F(Cli, AStakeholderFlagOfTheWrongTypeIsRefusedEvenUnranked) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["decision"]["criteria"] = {"revenue_potential", "stability"};
        s["mechanisms"][3]["stakeholders"]["flags"]["existing_tax"] = "yes";
    });
    expect_bad_input("evaluate --draws 10 " + file,
                     "/mechanisms/3/stakeholders/flags/existing_tax: expected true or false; "
                     "found \"yes\"");
}

TEST_F(Cli, NamedPackagesAreChecked) {
    const auto with_packages = [&](const nlohmann::json& packages) {
        return scenario_with([&](nlohmann::json& s) { s["packages"] = packages; });
    };
    expect_bad_input("evaluate --draws 10 " +
                         with_packages({{{"name", "a"}, {"opts", {"fuel_levy"}}, {"options", {"fuel_levy"}}}}),
                     "/packages/0/opts: unknown key 'opts'");
    expect_bad_input("evaluate --draws 10 " +
                         with_packages({{{"name", "a"}, {"options", {"fuel_levy", "fuel_levy"}}}}),
                     "/packages/0/options: 'Prélèvement santé de 15 FCFA par litre de carburant' "
                     "is named twice");
    expect_bad_input("evaluate --draws 10 " +
                         with_packages({{{"name", "a"}, {"options", {"fuel_levy"}}},
                                        {{"name", "a"}, {"options", {"ssb_excise"}}}}),
                     "/packages/1/name: a package named 'a' comes earlier");
}

TEST_F(Cli, AGapTargetNeedsTheGap) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["decision"]["package"]["gap_share"] = 0.01;
        s["context"].erase("uhc_cost_per_capita");
    });
    expect_bad_input("evaluate --draws 10 " + file,
                     "/decision/package/gap_share: a share of the UHC financing gap needs the gap, "
                     "and the context lacks 'uhc_cost_per_capita'");
}

// Half the financing gap is out of reach: no package, and the brief asks for none.
TEST_F(Cli, WhenNoPackageMeetsTheTargetsTheBriefAsksForNothing) {
    const std::string file = scenario_with(
        [](nlohmann::json& s) { s["decision"]["package"]["gap_share"] = 0.5; });
    const fs::path out = dir_ / "out";
    const Outcome run = finmech("evaluate --draws 200 --out " + out.string() + " " + file);
    ASSERT_EQ(run.status, 0) << run.out;
    EXPECT_NE(run.out.find("Aucun paquet ne remplit les cibles du scénario"), std::string::npos);
    const fs::path brief = dir_ / "brief.html";
    ASSERT_EQ(finmech("brief " + (out / "results.json").string() + " --out " + brief.string()).status, 0);
    const std::string note = file_bytes(brief);
    EXPECT_NE(note.find("cette note ne formule pas de demande"), std::string::npos);
    EXPECT_EQ(note.find("<div class=\"card\">"), std::string::npos);
}

// A scenario ranking on fewer criteria than the defaults: every output names those left out.
TEST_F(Cli, EveryOutputNamesTheDefaultCriteriaLeftOut) {
    const std::string file = scenario_with([](nlohmann::json& s) {
        s["decision"]["criteria"] = {"revenue_potential", "stability"};
    });
    const fs::path out = dir_ / "out";
    const Outcome run = finmech_stdout("evaluate --draws 100 --out " + out.string() + " " + file);
    ASSERT_EQ(run.status, 0) << run.out;
    EXPECT_NE(run.out.find("critères laissés de côté : Faisabilité politique, Faisabilité "
                           "administrative, Durabilité, Équité verticale, Équité horizontale"),
              std::string::npos)
        << run.out;
    for (const char* report : {"report.md", "report.html", "tables.csv"})
        EXPECT_NE(file_bytes(out / report).find("laissés de côté par le scénario"), std::string::npos)
            << report;
    const fs::path brief = dir_ / "brief.html";
    ASSERT_EQ(finmech("brief " + (out / "results.json").string() + " --out " + brief.string()).status, 0);
    EXPECT_NE(file_bytes(brief).find("Faisabilité politique"), std::string::npos);
}
