// Workshop sheets written by workshop_files(), filled the way groups fill them (cells edited in
// the XLSX package, a CSV edited as text), then merged: every score found again, and each
// problem reported with its file, sheet and cell.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include <zip.h>

#include <finmech/reports/csv_tables.hpp>

#include "finmech/host/appraisal.hpp"
#include "finmech/host/input_error.hpp"
#include "finmech/host/judged_scores.hpp"
#include "finmech/host/workshop_init.hpp"
#include "finmech/host/workshop_merge.hpp"
#include "finmech/host/workshop_session.hpp"
#include "process_output.hpp"

namespace finmech::host {
namespace {

namespace fs = std::filesystem;
using finmech_test::file_bytes;
using reports::Language;

// Replaces the text of one part of a zip package.
void replace_part(const fs::path& package, const std::string& part,
                  const std::function<std::string(std::string)>& edit) {
    int error = 0;
    zip_t* archive = zip_open(package.c_str(), 0, &error);
    ASSERT_NE(archive, nullptr);
    zip_stat_t stat;
    ASSERT_EQ(zip_stat(archive, part.c_str(), 0, &stat), 0);
    std::string text(stat.size, '\0');
    zip_file_t* file = zip_fopen(archive, part.c_str(), 0);
    ASSERT_EQ(zip_fread(file, text.data(), text.size()), static_cast<zip_int64_t>(text.size()));
    zip_fclose(file);
    static std::string edited;  // must outlive zip_close
    edited = edit(text);
    zip_source_t* source = zip_source_buffer(archive, edited.data(), edited.size(), 0);
    ASSERT_GE(zip_file_add(archive, part.c_str(), source, ZIP_FL_OVERWRITE), 0);
    ASSERT_EQ(zip_close(archive), 0);
}

// Gives the blank cell `ref` of the libxlsxwriter sheet a value, as a spreadsheet program would.
std::string with_cell(std::string xml, const std::string& ref, const std::string& value, bool number) {
    const std::regex blank("<c r=\"" + ref + "\" s=\"([0-9]+)\"/>");
    const std::string filled = number ? "<c r=\"" + ref + "\" s=\"$1\"><v>" + value + "</v></c>"
                                      : "<c r=\"" + ref + "\" s=\"$1\" t=\"inlineStr\"><is><t>" +
                                            value + "</t></is></c>";
    const std::string out = std::regex_replace(xml, blank, filled);
    EXPECT_NE(out, xml) << "no blank cell " << ref;
    return out;
}

// The score group g gives mechanism i on criterion j, and how it writes it.
int expected_score(std::size_t g, std::size_t i, std::size_t j) { return static_cast<int>((g + 2 * i + j) % 5) + 1; }
const char* symbol(int score) {
    static const char* symbols[] = {"--", "-", "+-", "+", "++"};
    return symbols[score - 1];
}

class WorkshopMerge : public testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("finmech_workshop_" + std::string(testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        for (const auto& c : default_criteria())
            if (c.id == "political_feasibility" || c.id == "horizontal_equity") session_.criteria.push_back(c);
        session_.id = "0123456789abcdef";
        session_.scenario = "test scenario";
        session_.groups = {"Groupe A", "Groupe B", "Groupe C"};
        session_.mechanisms = {"Taxe télécom 2 %", "Accise tabac", "Billets d'avion"};
        for (const auto& [name, bytes] : workshop_files(session_, Language::fr))
            std::ofstream(dir_ / name, std::ios::binary) << bytes;
    }
    void TearDown() override { fs::remove_all(dir_); }

    // Fills group g's XLSX sheet: numbers for group A, symbols as inline strings for B.
    fs::path filled_xlsx(std::size_t g) {
        const fs::path path = dir_ / ("grille-groupe-" + std::string(1, static_cast<char>('a' + g)) + ".xlsx");
        replace_part(path, "xl/worksheets/sheet1.xml", [&](std::string xml) {
            for (std::size_t i = 0; i < session_.mechanisms.size(); ++i) {
                const int row = sheet_layout::first_mechanism_row + static_cast<int>(i);
                for (std::size_t j = 0; j < session_.criteria.size(); ++j) {
                    const int score = expected_score(g, i, j);
                    const std::string ref = std::string(1, static_cast<char>('B' + j)) + std::to_string(row);
                    xml = with_cell(xml, ref, g == 0 ? std::to_string(score) : symbol(score), g == 0);
                }
                xml = with_cell(xml, "D" + std::to_string(row), "raison " + std::to_string(i), false);
            }
            return xml;
        });
        return path;
    }

    // Group g's CSV with the scores typed in; `edit` changes the text afterwards.
    fs::path filled_csv(std::size_t g, const std::function<void(std::string&)>& edit = {}) {
        std::string text = file_bytes(dir_ / ("grille-groupe-" + std::string(1, static_cast<char>('a' + g)) + ".csv"));
        for (std::size_t i = 0; i < session_.mechanisms.size(); ++i) {
            const std::string empty_row =
                session_.mechanisms[i] + std::string(session_.criteria.size() + 1, ',') + "\n";
            std::string row = session_.mechanisms[i];
            for (std::size_t j = 0; j < session_.criteria.size(); ++j)
                row += "," + std::to_string(expected_score(g, i, j));
            const auto at = text.find(empty_row);
            EXPECT_NE(at, std::string::npos);
            text.replace(at, empty_row.size(), row + ",\"vu, discuté\"\n");
        }
        if (edit) edit(text);
        const fs::path path = dir_ / ("filled-" + std::to_string(g) + ".csv");
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    // The problems merging `files` reports, "file: place: problem" each.
    std::vector<std::string> problems(const std::vector<fs::path>& files,
                                      MissingScores missing = MissingScores::refuse) {
        try {
            merge_workshop_sheets(files, missing);
        } catch (const SheetProblems& e) {
            std::vector<std::string> out;
            for (const auto& p : e.problems()) out.push_back(p.what());
            return out;
        }
        ADD_FAILURE() << "the merge accepted the sheets";
        return {};
    }

    fs::path dir_;
    WorkshopSession session_;
};

TEST_F(WorkshopMerge, SheetRowsFollowTheLayout) {
    const auto rows = sheet_rows(session_, "Groupe B", Language::en);
    EXPECT_EQ(rows[sheet_layout::group_row - 1], (std::vector<std::string>{"Group", "Groupe B"}));
    EXPECT_EQ(rows[sheet_layout::session_row - 1][1], session_.id);
    EXPECT_EQ(rows[sheet_layout::id_row - 1],
              (std::vector<std::string>{"id", "political_feasibility", "horizontal_equity", "comment"}));
    EXPECT_EQ(rows[sheet_layout::header_row - 1][1], "Political feasibility");
    EXPECT_EQ(rows[sheet_layout::first_mechanism_row - 1][0], "Taxe télécom 2 %");
    // A blank row, the scale's title, then the levels, "++ (5)" first.
    ASSERT_EQ(rows[sheet_layout::first_mechanism_row + 4].size(), 6u);
    EXPECT_EQ(rows[sheet_layout::first_mechanism_row + 4][1], "++ (5)");
    EXPECT_EQ(sheet_file_stem("Groupe É 1", Language::fr), "grille-groupe-1");
    EXPECT_EQ(sheet_file_stem("Group B", Language::en), "sheet-group-b");
}

TEST_F(WorkshopMerge, TheSameSessionGivesTheSameBytes) {
    EXPECT_EQ(workshop_files(session_, Language::fr), workshop_files(session_, Language::fr));
    const auto english = workshop_files(session_, Language::en);
    EXPECT_TRUE(english.count("sheet-groupe-a.xlsx"));
    EXPECT_NE(english.at("sheet-groupe-a.html").find("lang=\"en\""), std::string::npos);
}

TEST_F(WorkshopMerge, RoundTripFindsEveryValueAgain) {
    const std::vector<fs::path> files{filled_xlsx(0), filled_xlsx(1), filled_csv(2)};
    std::vector<std::string> before;
    for (const auto& f : files) before.push_back(file_bytes(f));
    const nlohmann::json merged = merge_workshop_sheets(files, MissingScores::refuse);
    EXPECT_EQ(merged["session"], session_.id);
    EXPECT_EQ(merged["groups"], session_.groups);
    ASSERT_EQ(merged["scores"].size(), 3u * 3u * 2u);
    for (const auto& s : merged["scores"]) {
        const auto g = static_cast<std::size_t>(
            std::find(session_.groups.begin(), session_.groups.end(), s["group"]) - session_.groups.begin());
        const auto i = static_cast<std::size_t>(
            std::find(session_.mechanisms.begin(), session_.mechanisms.end(), s["mechanism"]) -
            session_.mechanisms.begin());
        const std::size_t j = s["criterion"] == "political_feasibility" ? 0 : 1;
        EXPECT_EQ(s["score"], expected_score(g, i, j)) << s.dump();
    }
    EXPECT_EQ(merged["scores"][1]["as_written"], "-");  // group B, mechanism 0, criterion 0: 2
    EXPECT_EQ(merged["scores"][0]["cell"], "Notes!B10");
    EXPECT_EQ(merged["comments"].size(), 9u);
    EXPECT_EQ(merged["comments"][2]["comment"], "vu, discuté");
    ASSERT_EQ(merged["inputs"].size(), 3u);
    EXPECT_EQ(merged["inputs"][0]["file"], "grille-groupe-a.xlsx");
    EXPECT_EQ(merged["inputs"][0]["sha256"].get<std::string>().size(), 64u);
    // Mechanism 0, criterion 0: groups give 1, 2, 3.
    const auto& cell = merged["consensus"]["cells"][0];
    EXPECT_EQ(cell["n"], 3);
    EXPECT_EQ(cell["mean"], 2.0);
    EXPECT_EQ(cell["disagreement"], true);
    EXPECT_TRUE(merged["consensus"]["concordance"]["overall"].contains("W"));
    // Same files, same bytes; the inputs untouched.
    EXPECT_EQ(merge_workshop_sheets(files, MissingScores::refuse).dump(), merged.dump());
    for (std::size_t k = 0; k < files.size(); ++k) EXPECT_EQ(file_bytes(files[k]), before[k]);
}

TEST_F(WorkshopMerge, EachProblemNamesFileSheetAndCell) {
    const fs::path a = filled_xlsx(0);
    replace_part(a, "xl/worksheets/sheet1.xml", [](std::string xml) {
        return std::regex_replace(xml, std::regex("<c r=\"C11\" s=\"([0-9]+)\"><v>[0-9]</v></c>"),
                                  "<c r=\"C11\" s=\"$1\"><v>6</v></c>");
    });
    const fs::path b = filled_csv(1, [](std::string& text) {
        text.replace(text.find("Accise tabac,"), 13, "Accise tabak,");
        text.replace(text.find("horizontal_equity"), 17, "horizontal_equite");
        const std::string first_row = "Taxe télécom 2 %,";
        text.erase(text.find(first_row) + first_row.size(), 1);  // an empty score
    });
    const fs::path c = filled_csv(2, [](std::string& text) {
        text.replace(text.find("0123456789abcdef"), 16, "fedcba9876543210");
    });
    const fs::path a_again = dir_ / "copie.csv";
    fs::copy_file(filled_csv(0), a_again);
    const std::vector<std::string> found = problems({a, b, c, a_again});
    const std::vector<std::string> expected{
        a.string() + ": Notes!C11: \"6\" is not on the 1–5 scale",
        b.string() + ": line 9, column 3: unknown criterion \"horizontal_equite\" (did you mean "
                     "'horizontal_equity'?)",
        b.string() + ": line 9, column 1: the column of criterion \"horizontal_equity\" is missing",
        b.string() + ": line 10, column 2: empty; give a score from 1 to 5 or ++ + +- - -- (or merge "
                     "with --allow-missing=skip)",
        b.string() + ": line 11, column 1: unknown mechanism \"Accise tabak\" (did you mean 'Accise tabac'?)",
        b.string() + ": line 10, column 1: the row of mechanism \"Accise tabac\" is missing",
        c.string() + ": line 3, column 2: sheet from another session: \"fedcba9876543210\", while the "
                     "other sheets are from \"0123456789abcdef\"",
        a_again.string() + ": line 2, column 2: group \"Groupe A\" already comes from " + a.string(),
        "command line: FILES: no sheet from group \"Groupe C\" of session 0123456789abcdef (or merge "
        "with --allow-missing=skip)"};
    EXPECT_EQ(found, expected);
}

TEST_F(WorkshopMerge, AllowMissingSkipLeavesGapsOutOfTheStatistics) {
    const fs::path b = filled_csv(1, [](std::string& text) {
        text.replace(text.find(",\"vu, discuté\"\n") - 1, 1, "");
    });
    const nlohmann::json merged = merge_workshop_sheets({filled_xlsx(0), b}, MissingScores::skip);
    EXPECT_EQ(merged["missing_scores"], "skipped");
    EXPECT_EQ(merged["scores"].size(), 2u * 3u * 2u - 1u);
    EXPECT_EQ(merged["consensus"]["cells"][1]["n"], 1);  // mechanism 0, criterion 1: group A only
    // Group C sent nothing and group B has a gap: one complete group left for Kendall's W.
    EXPECT_TRUE(merged["consensus"]["concordance"]["per_criterion"]["horizontal_equity"].contains("unavailable"));
    EXPECT_TRUE(merged["consensus"]["concordance"]["per_criterion"]["political_feasibility"].contains("W"));
}

TEST_F(WorkshopMerge, AFileThatIsNoSheetIsReported) {
    const fs::path text = dir_ / "notes.txt";
    std::ofstream(text) << "hello";
    const auto found = problems({filled_csv(0), text});
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0], text.string() + ": expected a workshop sheet, .xlsx or .csv; found \".txt\"");
}

// --- Pairwise sheets (workshop init --pairwise) and the AIJ weights of the merge. ---

using json = nlohmann::json;

class PairwiseMerge : public WorkshopMerge {
protected:
    void SetUp() override {
        WorkshopMerge::SetUp();
        const auto criteria = default_criteria();
        for (const char* id : {"political_feasibility", "horizontal_equity", "stability"})
            session_.weighed.push_back(*std::find_if(criteria.begin(), criteria.end(),
                                                     [&](const auto& c) { return c.id == id; }));
        for (const auto& [name, bytes] : workshop_files(session_, Language::fr, true))
            std::ofstream(dir_ / name, std::ios::binary) << bytes;
    }

    // Group g's XLSX with its scores and, in the pairwise sheet, a12 a13 a23 at C10 D10 D11.
    fs::path judged_xlsx(std::size_t g, const std::vector<std::string>& upper) {
        const fs::path path = filled_xlsx(g);
        replace_part(path, "xl/worksheets/sheet2.xml", [&](std::string xml) {
            const char* refs[] = {"C10", "D10", "D11"};
            for (std::size_t k = 0; k < upper.size(); ++k)
                if (!upper[k].empty())
                    xml = with_cell(xml, refs[k], upper[k], upper[k].find('/') == std::string::npos);
            return xml;
        });
        return path;
    }

    // Group g's pairwise CSV with a12 a13 a23 typed in; `edit` changes the text afterwards.
    fs::path judged_csv(std::size_t g, const std::vector<std::string>& upper,
                        const std::function<void(std::string&)>& edit = {}) {
        std::string text = file_bytes(dir_ / ("grille-groupe-" + std::string(1, static_cast<char>('a' + g)) +
                                             "-pairwise.csv"));
        const auto row = [&](std::size_t i) { return pick(session_.weighed[i].name); };
        const std::vector<std::pair<std::string, std::string>> rows{
            {row(0) + ",1,,\n", row(0) + ",1," + upper[0] + "," + upper[1] + "\n"},
            {row(1) + ",,1,\n", row(1) + ",,1," + upper[2] + "\n"}};
        for (const auto& [blank, filled] : rows) {
            const auto at = text.find(blank);
            EXPECT_NE(at, std::string::npos) << blank;
            text.replace(at, blank.size(), filled);
        }
        if (edit) edit(text);
        const fs::path path = dir_ / ("judged-" + std::to_string(g) + "-pairwise.csv");
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    static std::string pick(const criteria::LocalizedText& t) { return t.fr; }
};

TEST_F(PairwiseMerge, WithoutPairwiseSheetsTheFilesAndMergeAreUnchanged) {
    WorkshopSession without = session_;
    without.weighed.clear();
    const auto plain = workshop_files(without, Language::fr);
    const auto with = workshop_files(session_, Language::fr, true);
    EXPECT_EQ(plain.size() + session_.groups.size(), with.size());
    for (const auto& [name, bytes] : plain) {
        if (name.ends_with(".csv") || name.ends_with(".html")) {
            EXPECT_EQ(bytes, with.at(name)) << name;
        }
    }
    EXPECT_EQ(workshop_files(session_, Language::fr), plain);  // weighed criteria unused without the flag
    for (const auto& [name, bytes] : plain) std::ofstream(dir_ / name, std::ios::binary) << bytes;
    const json merged = merge_workshop_sheets({filled_xlsx(0), filled_xlsx(1), filled_csv(2)},
                                              MissingScores::refuse);
    EXPECT_FALSE(merged.contains("weights"));
}

TEST_F(PairwiseMerge, PairwiseRowsHaveTheCriteriaAndADiagonalOfOnes) {
    const auto rows = pairwise_rows(session_, "Groupe A", Language::en);
    EXPECT_EQ(rows[sheet_layout::id_row - 1],
              (std::vector<std::string>{"pairwise", "political_feasibility", "horizontal_equity", "stability"}));
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            EXPECT_EQ(rows[sheet_layout::first_mechanism_row - 1 + i][j + 1], i == j ? "1" : "") << i << j;
    EXPECT_EQ(rows[sheet_layout::session_row - 1][1], session_.id);
}

// Three consistent groups, by hand: A (2, 4, 2) gives w = (4, 2, 1)/7; B (8, 4, 1/2) gives
// (8, 1, 2)/11; C (4, 4, 1) gives (4, 1, 1)/6. The element-wise geometric means are
// (2*8*4)^(1/3) = 4, (4*4*4)^(1/3) = 4 and (2 * 1/2 * 1)^(1/3) = 1: C's matrix, w = (2/3, 1/6, 1/6).
TEST_F(PairwiseMerge, TheGroupsMatricesAreAggregatedByAij) {
    const json merged = merge_workshop_sheets(
        {judged_xlsx(0, {"2", "4", "2"}), judged_xlsx(1, {"8", "4", "1/2"}), filled_csv(2),
         judged_csv(2, {"4", "4", "1"})},
        MissingScores::refuse);
    ASSERT_TRUE(merged.contains("weights")) << merged.dump(2);
    const json& w = merged["weights"];
    EXPECT_EQ(w["criteria"], json({"political_feasibility", "horizontal_equity", "stability"}));
    EXPECT_EQ(w["aggregation"], "aij");
    const std::vector<std::vector<double>> expected{{4 / 7.0, 2 / 7.0, 1 / 7.0},
                                                    {8 / 11.0, 1 / 11.0, 2 / 11.0},
                                                    {4 / 6.0, 1 / 6.0, 1 / 6.0}};
    ASSERT_EQ(w["groups"].size(), 3u);
    for (std::size_t g = 0; g < 3; ++g) {
        EXPECT_EQ(w["groups"][g]["group"], session_.groups[g]);
        for (std::size_t k = 0; k < 3; ++k)
            EXPECT_NEAR(w["groups"][g]["weights"][k].get<double>(), expected[g][k], 1e-9) << g << k;
        EXPECT_NEAR(w["groups"][g]["consistency_ratio"].get<double>(), 0.0, 1e-9);
    }
    EXPECT_EQ(w["groups"][1]["sheet"], "Comparaisons");
    EXPECT_DOUBLE_EQ(w["groups"][1]["matrix"][2][1].get<double>(), 2.0);  // reciprocal of 1/2
    EXPECT_TRUE(w["groups"][2]["sheet"].is_null());
    EXPECT_NEAR(w["aij"]["matrix"][0][1].get<double>(), 4.0, 1e-12);
    EXPECT_NEAR(w["aij"]["matrix"][0][2].get<double>(), 4.0, 1e-12);
    EXPECT_NEAR(w["aij"]["matrix"][1][2].get<double>(), 1.0, 1e-12);
    for (std::size_t k = 0; k < 3; ++k)
        EXPECT_NEAR(w["aij"]["weights"][k].get<double>(), expected[2][k], 1e-9) << k;
    EXPECT_NEAR(w["aij"]["consistency_ratio"].get<double>(), 0.0, 1e-9);
}

TEST_F(PairwiseMerge, EachPairwiseProblemNamesFileSheetAndCell) {
    const fs::path a = judged_xlsx(0, {"10", "4", ""});
    const fs::path c = judged_csv(2, {"4", "0.3333", "1"}, [&](std::string& text) {
        text.replace(text.find(session_.id), session_.id.size(), "ffffffffffffffff");
    });
    const fs::path z = judged_csv(1, {"8", "4", "1/2"}, [](std::string& text) {
        text.replace(text.find(",Groupe B\n"), 10, ",Groupe Z\n");
    });
    const auto found = problems({a, judged_xlsx(1, {"8", "4", "1/2"}), filled_csv(2), c, z});
    const std::vector<std::string> expected{
        a.string() + ": Comparaisons!C10: \"10\" is not on Saaty's scale (1/9 ... 1/2, 1 ... 9)",
        a.string() + ": Comparaisons!D11: empty; give how many times \"horizontal_equity\" matters more "
                     "than \"stability\", from 1/9 to 9",
        c.string() + ": line 3, column 2: sheet from another session: \"ffffffffffffffff\", while the "
                     "other sheets are from \"" + session_.id + "\"",
        z.string() + ": line 2, column 2: group \"Groupe Z\" is not one of the session's groups "
                     "(Groupe A, Groupe B, Groupe C)",
        "command line: FILES: no pairwise sheet from group \"Groupe C\" of session " + session_.id +
            " (or merge with --allow-missing=skip)"};
    for (const auto& problem : expected)
        EXPECT_NE(std::find(found.begin(), found.end(), problem), found.end()) << problem;
    EXPECT_EQ(found.size(), expected.size());
}

TEST_F(PairwiseMerge, SaatyFractionsAreReadAsNumbersOrText) {
    const json merged = merge_workshop_sheets(
        {judged_xlsx(0, {"0.5", "1/9", "0.142857"}), judged_xlsx(1, {"8", "4", "1/2"}), filled_csv(2),
         judged_csv(2, {"4", "4", " 1 / 3 "})},
        MissingScores::refuse);
    const json& a = merged["weights"]["groups"][0]["matrix"];
    EXPECT_DOUBLE_EQ(a[0][1].get<double>(), 0.5);
    EXPECT_DOUBLE_EQ(a[0][2].get<double>(), 1 / 9.0);
    EXPECT_DOUBLE_EQ(a[1][2].get<double>(), 1 / 7.0);
    EXPECT_DOUBLE_EQ(merged["weights"]["groups"][2]["matrix"][2][1].get<double>(), 3.0);
}

// --- From the scenario to the ranking: plan_workshop(), the merge, apply_judged_scores(). ---

// The fixture's mechanisms in a scenario without a decision block; their evaluation reports the
// indicator of every default criterion but political feasibility's and horizontal equity's. The
// groups judge those and vertical equity, which workshops judge beside the model; the pairwise
// sheets weigh all seven.
class WorkshopRanking : public WorkshopMerge {
protected:
    void SetUp() override {
        WorkshopMerge::SetUp();
        scenario_.file = "test scenario";
        evaluation_.draws = 1;
        for (std::size_t i = 0; i < session_.mechanisms.size(); ++i) {
            MechanismEntry entry;
            entry.plugin = "levy";
            entry.label = session_.mechanisms[i];
            entry.parameters = nlohmann::json::object();
            entry.judged = nlohmann::json::object();
            entry.pointer = "/mechanisms/" + std::to_string(i);
            scenario_.mechanisms.push_back(entry);
            MechanismResult result;
            result.plugin = entry.plugin;
            result.label = entry.label;
            for (const auto& c : default_criteria())
                if (c.id != "political_feasibility" && c.id != "horizontal_equity")
                    result.indicator_draws.push_back({c.rule->indicator, {static_cast<double>(i)}});
            evaluation_.mechanisms.push_back(result);
        }
    }

    // Plans the session and writes its sheets, pairwise ones included, over the fixture's.
    void plan() {
        session_ = plan_workshop(scenario_, evaluation_, session_.groups);
        for (const auto& [name, bytes] : workshop_files(session_, Language::fr, true))
            std::ofstream(dir_ / name, std::ios::binary) << bytes;
    }

    // Group g's pairwise CSV judging every criterion as important as every other.
    fs::path equal_judgements_csv(std::size_t g) {
        auto rows = pairwise_rows(session_, session_.groups[g], Language::fr);
        for (std::size_t i = 0; i < session_.weighed.size(); ++i)
            for (std::size_t j = i + 1; j < session_.weighed.size(); ++j)
                rows[sheet_layout::first_mechanism_row - 1 + i][j + 1] = "1";
        std::string text;
        for (const auto& row : rows) {
            for (std::size_t k = 0; k < row.size(); ++k)
                text += (k ? "," : "") + reports::csv_field(row[k], ',');
            text += "\n";
        }
        const fs::path path = dir_ / ("equal-" + std::to_string(g) + "-pairwise.csv");
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    Scenario scenario_;
    Evaluation evaluation_;
};

TEST_F(WorkshopRanking, TheRankingUsesEveryCriterionTheGroupsWeighed) {
    plan();
    ASSERT_EQ(session_.criteria.size(), 3u);
    EXPECT_EQ(session_.criteria[0].id, "political_feasibility");
    EXPECT_EQ(session_.criteria[1].id, "vertical_equity");
    EXPECT_EQ(session_.criteria[2].id, "horizontal_equity");
    ASSERT_EQ(session_.weighed.size(), default_criteria().size());
    const json merged = merge_workshop_sheets(
        {filled_csv(0), filled_csv(1), filled_csv(2), equal_judgements_csv(0),
         equal_judgements_csv(1), equal_judgements_csv(2)},
        MissingScores::refuse);
    apply_judged_scores(scenario_, merged, "merged.json", Language::en);
    const Appraisal a = appraise(scenario_, evaluation_, 1);
    ASSERT_EQ(a.criteria.size(), session_.weighed.size());
    for (std::size_t j = 0; j < a.criteria.size(); ++j) {
        EXPECT_EQ(a.criteria[j].id, session_.weighed[j].id);
        EXPECT_NEAR(a.weights.values(static_cast<Eigen::Index>(j)), 1.0 / 7, 1e-9) << j;
    }
    EXPECT_TRUE(a.left_out.empty());
    const auto column = [&](const std::string& id) {
        return static_cast<std::size_t>(std::find_if(a.criteria.begin(), a.criteria.end(),
                                                     [&](const auto& c) { return c.id == id; }) -
                                        a.criteria.begin());
    };
    // Mechanism 0: groups A, B and C give 1, 2, 3 on political feasibility, 2, 3, 4 on vertical
    // equity and 3, 4, 5 on horizontal equity.
    EXPECT_DOUBLE_EQ(a.scores[0][column("political_feasibility")].mean, 2.0);
    EXPECT_DOUBLE_EQ(a.scores[0][column("vertical_equity")].mean, 3.0);
    EXPECT_DOUBLE_EQ(a.scores[0][column("horizontal_equity")].mean, 4.0);
    EXPECT_EQ(a.scores[0][column("horizontal_equity")].provenance,
              finmech::host::Provenance::judged);
    EXPECT_EQ(a.scores[0][column("revenue_potential")].provenance,
              finmech::host::Provenance::modelled);
}

// A cell no group scored (--allow-missing=skip) leaves horizontal equity without a score for
// the first mechanism: the ranking must say so, not drop the criterion the weights name.
TEST_F(WorkshopRanking, ACellNoGroupScoredIsReportedWhenTheGroupsWeighedTheCriteria) {
    plan();
    const auto without_last_score = [](std::string& text) {
        text.replace(text.find(",\"vu, discuté\"\n") - 1, 1, "");  // mechanism 0, horizontal equity
    };
    const json merged = merge_workshop_sheets(
        {filled_csv(0, without_last_score), filled_csv(1, without_last_score),
         filled_csv(2, without_last_score), equal_judgements_csv(0), equal_judgements_csv(1),
         equal_judgements_csv(2)},
        MissingScores::skip);
    ASSERT_TRUE(merged.contains("weights"));
    apply_judged_scores(scenario_, merged, "merged.json", Language::en);
    try {
        appraise(scenario_, evaluation_, 1);
        ADD_FAILURE() << "ranked without a score for horizontal equity";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "test scenario");
        EXPECT_EQ(e.location(), "/mechanisms/0");
        EXPECT_EQ(e.problem(),
                  "no score for criterion 'horizontal_equity': levy does not report "
                  "'horizontal_inequity_index'; judge it under "
                  "/mechanisms/0/judged/horizontal_equity or leave it out of /decision/criteria");
    }
}

// The workshop reads the decision block's criteria as the ranking does: an unknown id is an error
// at init, not a criterion silently left unweighed.
TEST_F(WorkshopRanking, AnUnknownListedCriterionIsReportedAtInit) {
    scenario_.decision = {{"criteria", {"revenue_potential", "political_feasibilty"}}};
    try {
        plan();
        ADD_FAILURE() << "planned a session with an unknown criterion";
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/decision/criteria/1");
        EXPECT_EQ(e.problem(),
                  "unknown criterion 'political_feasibilty' (did you mean 'political_feasibility'?); "
                  "give a whole criterion object to add a new one");
    }
}

}  // namespace
}  // namespace finmech::host
