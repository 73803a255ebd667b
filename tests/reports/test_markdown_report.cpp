// report.md: every table, the provenance, and rows a Markdown reader can parse.
#include <finmech/reports/catalogue.hpp>
#include <finmech/reports/markdown_report.hpp>
#include <finmech/reports/tables.hpp>

#include <gtest/gtest.h>

#include "results_fixture.hpp"

using namespace finmech::reports;

namespace {

// report.md of `results` with its tables, as the output folder renders it.
std::string markdown_report(const nlohmann::json& results, Language language) {
    return render_markdown_report(results, report_tables(results, language), language);
}

}  // namespace

TEST(MarkdownReport, ContainsEveryTableWithItsRows) {
    const auto results = finmech::test::small_results();
    for (const Language language : {Language::fr, Language::en}) {
        const std::string md = markdown_report(results, language);
        for (const auto& table : report_tables(results, language)) {
            EXPECT_NE(md.find("## " + table.title + "\n"), std::string::npos) << table.title;
            if (!table.rows.empty()) {
                EXPECT_NE(md.find("| " + header_with_unit(table.columns.back()) + " |"),
                          std::string::npos);
            }
        }
    }
}

TEST(MarkdownReport, NumbersInTheLanguagesTypography) {
    const auto results = finmech::test::small_results();
    EXPECT_NE(markdown_report(results, Language::fr).find("| 15,25 |"), std::string::npos);
    EXPECT_NE(markdown_report(results, Language::en).find("| 15.25 |"), std::string::npos);
}

TEST(MarkdownReport, PipesInTextDoNotBreakTheTable) {
    auto results = finmech::test::small_results();
    results["mechanisms"][0]["label"] = "A | B";
    EXPECT_NE(markdown_report(results, Language::en).find("| A \\| B |"), std::string::npos);
}

TEST(MarkdownReport, MissingProvenanceSaysSo) {
    auto results = finmech::test::small_results();
    results.erase("provenance");
    const std::string md = markdown_report(results, Language::en);
    EXPECT_NE(md.find("Not available in these results."), std::string::npos);
}

TEST(MarkdownReport, PlenaryTablesOnlyWithAWorkshop) {
    const auto plain = finmech::test::small_results();
    const auto judged = finmech::test::with_workshop(plain);
    const std::string disagreements(message("plenary.disagreements.title", Language::en));
    const std::string concordance(message("plenary.concordance.title", Language::en));
    EXPECT_EQ(markdown_report(plain, Language::en).find(disagreements), std::string::npos);
    const std::string md = markdown_report(judged, Language::en);
    EXPECT_NE(md.find("## " + disagreements + "\n"), std::string::npos);
    EXPECT_NE(md.find("## " + concordance + "\n"), std::string::npos);
    EXPECT_NE(md.find("Groupe A 1; Groupe B 4; Groupe C 5"), std::string::npos);
}
