// The report's tables from a hand-written results document whose numbers are known.
#include <finmech/reports/catalogue.hpp>
#include <finmech/reports/tables.hpp>

#include <gtest/gtest.h>

#include "results_fixture.hpp"

using namespace finmech::reports;

namespace {

const Table& find(const std::vector<Table>& tables, const std::string& id) {
    for (const auto& table : tables)
        if (table.id == id) return table;
    throw std::out_of_range(id);
}

double number(const Cell& cell) { return std::get<double>(cell); }
const std::string& text(const Cell& cell) { return std::get<std::string>(cell); }

}  // namespace

TEST(ReportTables, IdsInReadingOrder) {
    const auto tables = report_tables(finmech::test::small_results(), Language::fr);
    ASSERT_EQ(tables.size(), 4u);
    EXPECT_EQ(tables[0].id, "yield");
    EXPECT_EQ(tables[1].id, "scores");
    EXPECT_EQ(tables[2].id, "ranking");
    EXPECT_EQ(tables[3].id, "assumptions");
    for (const auto& table : tables)
        for (const auto& row : table.rows) EXPECT_EQ(row.size(), table.columns.size()) << table.id;
}

TEST(ReportTables, YieldIsTheMiddleYearInBillionsAndMillions) {
    const auto tables = report_tables(finmech::test::small_results(), Language::en);
    const Table& yield = find(tables, "yield");
    EXPECT_NE(yield.title.find("2025"), std::string::npos) << yield.title;
    ASSERT_EQ(yield.rows.size(), 2u);
    const auto& telecom = yield.rows[0];
    EXPECT_EQ(text(telecom[0]), "Taxe télécom 2 %");
    EXPECT_DOUBLE_EQ(number(telecom[1]), 15.25);   // mean, bn FCFA
    EXPECT_DOUBLE_EQ(number(telecom[2]), 7.625);   // P5
    EXPECT_DOUBLE_EQ(number(telecom[3]), 30.5);    // P95
    EXPECT_DOUBLE_EQ(number(telecom[4]), 25.0);    // m US$
    EXPECT_DOUBLE_EQ(number(telecom[5]), 0.0875);  // % GDP
    EXPECT_DOUBLE_EQ(number(telecom[7]), 0.5);     // % of the gap
    EXPECT_DOUBLE_EQ(number(telecom[8]), 4.5);     // effective, bn FCFA
    EXPECT_EQ(yield.columns[1].unit, "bn FCFA");
    // The tobacco entry expresses nothing: empty cells, not zeros.
    EXPECT_TRUE(std::holds_alternative<std::monostate>(yield.rows[1][4]));
}

TEST(ReportTables, RankingIsSortedWithProbabilities) {
    const auto tables = report_tables(finmech::test::small_results(), Language::en);
    const Table& ranking = find(tables, "ranking");
    ASSERT_EQ(ranking.rows.size(), 2u);
    EXPECT_DOUBLE_EQ(number(ranking.rows[0][0]), 1);
    EXPECT_EQ(text(ranking.rows[0][1]), "Accise tabac; \"UEMOA\"");
    EXPECT_DOUBLE_EQ(number(ranking.rows[0][2]), 75);    // score in %
    EXPECT_DOUBLE_EQ(number(ranking.rows[0][3]), 87.5);  // P(first)
    EXPECT_DOUBLE_EQ(number(ranking.rows[0][4]), 100);   // P(top three), only two ranks
    EXPECT_NE(ranking.note.find("Revenue potential 0.75"), std::string::npos) << ranking.note;
}

TEST(ReportTables, ScoresSayWhetherModelledOrJudgedAndByWhom) {
    const auto tables = report_tables(finmech::test::small_results(), Language::fr);
    const Table& scores = find(tables, "scores");
    ASSERT_EQ(scores.rows.size(), 3u);  // the tobacco entry has no political score
    const auto& judged = scores.rows[1];
    EXPECT_EQ(text(judged[1]), "Faisabilité politique");
    EXPECT_DOUBLE_EQ(number(judged[2]), 4.0);
    EXPECT_EQ(text(judged[4]), message("tables.scores.judged", Language::fr));
    EXPECT_EQ(text(judged[5]), "Groupe 2, atelier 2015");
    EXPECT_EQ(text(scores.rows[0][4]), message("tables.scores.modelled", Language::fr));
}

TEST(ReportTables, AssumptionsWithLawAndSource) {
    const auto tables = report_tables(finmech::test::small_results(), Language::fr);
    const Table& assumptions = find(tables, "assumptions");
    ASSERT_EQ(assumptions.rows.size(), 2u);
    EXPECT_DOUBLE_EQ(number(assumptions.rows[0][2]), 12e12);
    EXPECT_EQ(text(assumptions.rows[0][5]), "2023");
    EXPECT_EQ(text(assumptions.rows[1][1]), "Élasticité-prix");
    EXPECT_EQ(text(assumptions.rows[1][3]), "triangulaire (min. -0,8 ; mode -0,5 ; max. -0,3)");
    EXPECT_EQ(text(assumptions.rows[1][6]), "Sawadogo 2021");
}

TEST(ReportTables, OptionalKeysMissingGiveAnEmptyTableWithANote) {
    auto results = finmech::test::small_results();
    results.erase("context");
    results.erase("assumptions");
    const auto tables = report_tables(results, Language::en);
    const Table& assumptions = find(tables, "assumptions");
    EXPECT_TRUE(assumptions.rows.empty());
    EXPECT_EQ(assumptions.note, message("common.not_available", Language::en));
}

TEST(ReportTables, CellTextUsesTheColumnsPlaces) {
    const auto tables = report_tables(finmech::test::small_results(), Language::en);
    const Table& yield = find(tables, "yield");
    EXPECT_EQ(cell_text(yield, 1, yield.rows[0][1], Language::en), "15.25");
    EXPECT_EQ(header_with_unit(yield.columns[1]), "Net revenue, mean (bn FCFA)");
    const Table& assumptions = find(tables, "assumptions");
    // The value column shows three significant figures, whatever the magnitude.
    EXPECT_EQ(cell_text(assumptions, 2, Cell{0.01834}, Language::en), "0.0183");
    EXPECT_EQ(cell_text(assumptions, 2, Cell{0.5}, Language::en), "0.5");
    EXPECT_EQ(cell_text(assumptions, 2, Cell{52460.0}, Language::en), "52,460");
    EXPECT_EQ(cell_text(assumptions, 2, Cell{std::monostate{}}, Language::en), "");
}

// A mechanism whose plugin failed has a row of its own, after the yields: what failed, how, and
// at which draw; the kind of failure in the reader's language.
TEST(ReportTables, FailuresListEachMechanismLeftOutWithHowAndWhere) {
    auto results = finmech::test::small_results();
    results["failed"] = {{{"plugin", "cement_levy"},
                          {"label", "Taxe sur le ciment"},
                          {"file", "cement_levy.so"},
                          {"source", "/mechanisms/2"},
                          {"failure", "crashed"},
                          {"reason", "crashed in evaluate_batch() with signal SIGSEGV"},
                          {"draw", 18}}};
    const auto tables = report_tables(results, Language::fr);
    ASSERT_EQ(tables.size(), 5u);
    EXPECT_EQ(tables[1].id, "failures");
    const Table& failures = tables[1];
    ASSERT_EQ(failures.rows.size(), 1u);
    EXPECT_EQ(text(failures.rows[0][0]), "Taxe sur le ciment");
    EXPECT_EQ(text(failures.rows[0][1]), "cement_levy (cement_levy.so)");
    EXPECT_EQ(text(failures.rows[0][2]), "plantage");
    EXPECT_EQ(number(failures.rows[0][4]), 18);
    EXPECT_EQ(text(report_tables(results, Language::en)[1].rows[0][2]), "crash");
}
