// report.md: every table, the provenance, and rows a Markdown reader can parse.
#include <finmech/reports/markdown_report.hpp>
#include <finmech/reports/tables.hpp>

#include <gtest/gtest.h>

#include "results_fixture.hpp"

using namespace finmech::reports;

TEST(MarkdownReport, ContainsEveryTableWithItsRows) {
    const auto results = finmech::test::small_results();
    for (const Language language : {Language::fr, Language::en}) {
        const std::string md = render_markdown_report(results, language);
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
    EXPECT_NE(render_markdown_report(results, Language::fr).find("| 15,25 |"), std::string::npos);
    EXPECT_NE(render_markdown_report(results, Language::en).find("| 15.25 |"), std::string::npos);
}

TEST(MarkdownReport, PipesInTextDoNotBreakTheTable) {
    auto results = finmech::test::small_results();
    results["mechanisms"][0]["label"] = "A | B";
    EXPECT_NE(render_markdown_report(results, Language::en).find("| A \\| B |"), std::string::npos);
}

TEST(MarkdownReport, MissingProvenanceSaysSo) {
    auto results = finmech::test::small_results();
    results.erase("provenance");
    const std::string md = render_markdown_report(results, Language::en);
    EXPECT_NE(md.find("Not available in these results."), std::string::npos);
}
