// The HTML comparison report: well-formed, self-contained, every chart there, translated, French
// typography in French; optional parts of the results say "not available"; printable on A4.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <finmech/reports/catalogue.hpp>
#include <finmech/reports/html_report.hpp>
#include <finmech/reports/tables.hpp>

#include "page_checks.hpp"
#include "results_fixture.hpp"

namespace {

using namespace finmech;
using reports::Language;

std::size_t count_prefix(const std::vector<std::string>& ids, const std::string& prefix) {
    return static_cast<std::size_t>(std::count_if(
        ids.begin(), ids.end(), [&](const std::string& id) { return id.starts_with(prefix); }));
}

// report.html of `results` with its tables, as the output folder renders it.
std::string html_report(const nlohmann::json& results, Language language) {
    return reports::render_html_report(results, reports::report_tables(results, language),
                                       language);
}

// The results with a tornado for the first-ranked mechanism, as the lead's sensitivity adds it.
nlohmann::json with_sensitivity(nlohmann::json results) {
    results["sensitivity"] = {
        {"alternative", "Prélèvement test"}, {"measure", "net revenue summed over the horizon"},
        {"unit", "FCFA"}, {"base", 80e9},
        {"parameters",
         {{{"plugin", "vat_earmark"}, {"parameter", "compliance"},
           {"label", {{"fr", "Taux de recouvrement"}, {"en", "Compliance"}}}, {"unit", "fraction"},
           {"low", 0.6}, {"high", 0.9}, {"result_low", 60e9}, {"result_high", 95e9}},
          {{"plugin", "vat_earmark"}, {"parameter", "growth"},
           {"label", {{"fr", "Croissance"}, {"en", "Growth"}}}, {"unit", "fraction per year"},
           {"low", 0.01}, {"high", 0.05}, {"result_low", 75e9}, {"result_high", 86e9}}}}};
    return results;
}

TEST(HtmlReport, IsWellFormedWithEveryChart) {
    const auto& results = page_test::evaluated_results();
    for (Language language : {Language::fr, Language::en}) {
        const std::string page = html_report(with_sensitivity(results), language);
        const auto xml = page_test::parse_page(page);
        const auto ids = page_test::chart_ids(xml);
        const std::size_t mechanisms = results["mechanisms"].size();
        EXPECT_EQ(count_prefix(ids, "chart-ranking"), 1u);
        EXPECT_EQ(count_prefix(ids, "chart-fan-"), mechanisms);
        EXPECT_EQ(count_prefix(ids, "chart-radar-"), mechanisms);
        EXPECT_EQ(count_prefix(ids, "chart-acceptability"), 1u);
        EXPECT_EQ(count_prefix(ids, "chart-weight-stability"), 1u);
        EXPECT_EQ(count_prefix(ids, "chart-tornado"), 1u);
        // Every chart has an accessible title.
        for (const auto& svg : xml.select_nodes("//svg"))
            EXPECT_STRNE(svg.node().child("title").text().get(), "");
        // The sections, each with a heading.
        for (const char* id : {"summary", "ranking", "yields", "criteria", "sensitivity", "scores",
                               "assumptions", "provenance"})
            EXPECT_TRUE(xml.select_node(("//section[@id='" + std::string(id) + "']/h2").c_str())) << id;
        EXPECT_STREQ(xml.child("html").attribute("lang").value(),
                     std::string(reports::to_string(language)).c_str());
    }
}

TEST(HtmlReport, ReferencesNothingOutsideItself) {
    page_test::expect_self_contained(html_report(page_test::evaluated_results(), Language::fr));
}

TEST(HtmlReport, HasNoUntranslatedKeyInEitherLanguage) {
    for (Language language : {Language::fr, Language::en})
        page_test::expect_translated(
            html_report(with_sensitivity(page_test::evaluated_results()), language));
}

TEST(HtmlReport, WritesNumbersInTheReadersTypography) {
    const auto fr = page_test::parse_page(html_report(page_test::evaluated_results(), Language::fr));
    const auto en = page_test::parse_page(html_report(page_test::evaluated_results(), Language::en));
    const auto french = page_test::number_cells(fr);
    const auto english = page_test::number_cells(en);
    ASSERT_FALSE(french.empty());
    ASSERT_EQ(french.size(), english.size());
    const std::regex decimal_point(R"([0-9]\.[0-9])"), decimal_comma(R"([0-9],[0-9])");
    bool french_decimals = false;
    for (const auto& cell : french) {
        EXPECT_FALSE(std::regex_search(cell, decimal_point)) << cell;
        french_decimals = french_decimals || std::regex_search(cell, decimal_comma);
    }
    EXPECT_TRUE(french_decimals);
    bool english_decimals = false;
    for (const auto& cell : english) english_decimals = english_decimals || std::regex_search(cell, decimal_point);
    EXPECT_TRUE(english_decimals);
}

TEST(HtmlReport, SaysWhatIsNotAvailable) {
    nlohmann::json results = page_test::evaluated_results();
    results.erase("sensitivity");
    results.erase("provenance");
    results.erase("context");
    results.erase("assumptions");
    const std::string page = html_report(results, Language::en);
    const auto xml = page_test::parse_page(page);
    const auto sensitivity = xml.select_node("//section[@id='sensitivity']").node();
    EXPECT_NE(std::string(sensitivity.child("p").text().get()),
              std::string()) << "a sentence in the empty section";
    EXPECT_EQ(std::string(sensitivity.child("p").text().get()),
              std::string(reports::message("common.not_available", Language::en)));
    EXPECT_EQ(count_prefix(page_test::chart_ids(xml), "chart-tornado"), 0u);
}

TEST(HtmlReport, PlenarySectionShowsDisagreementsGroupRadarsAndConcordance) {
    const auto results = test::with_workshop(test::small_results());
    const auto xml = page_test::parse_page(html_report(results, Language::en));
    const auto plenary = xml.select_node("//section[@id='plenary']").node();
    ASSERT_TRUE(plenary);
    EXPECT_EQ(std::string(plenary.child("h2").text().get()),
              std::string(reports::message("report.section.plenary", Language::en)));
    EXPECT_TRUE(xml.select_node("//nav//a[@href='#plenary']"));

    // The one flagged cell, with the groups' scores and the median, minimum and maximum.
    const auto rows = plenary.select_nodes(".//table[@id='table-disagreements']/tbody/tr");
    ASSERT_EQ(rows.size(), 1u);
    std::vector<std::string> cells;
    for (auto td : rows.first().node().children("td")) cells.push_back(td.text().get());
    ASSERT_EQ(cells.size(), 6u);
    EXPECT_EQ(cells[0], "Taxe télécom 2 %");
    EXPECT_EQ(cells[1], "Political feasibility");  // the ranking's name of the criterion
    EXPECT_EQ(cells[2], "4.0");
    EXPECT_EQ(cells[3], "1");
    EXPECT_EQ(cells[4], "5");
    EXPECT_EQ(cells[5], "Groupe A 1; Groupe B 4; Groupe C 5");

    // One radar per mechanism, one polygon per group, the groups in the legend.
    const auto radars = plenary.select_nodes(".//svg[starts-with(@id, 'chart-plenary-radar-')]");
    ASSERT_EQ(radars.size(), 2u);
    for (const auto& radar : radars) {
        EXPECT_EQ(radar.node().select_nodes("polygon[title]").size(), 3u);
        for (const char* group : {"Groupe A", "Groupe B", "Groupe C"})
            EXPECT_TRUE(radar.node().select_node(("text[. = '" + std::string(group) + "']").c_str()))
                << group;
    }

    // Overall then each criterion; the reading of W = 1/9, not significant (p = 0.564).
    const auto concordance = plenary.select_node(".//table[@id='table-concordance']").node();
    ASSERT_TRUE(concordance);
    EXPECT_EQ(concordance.select_nodes("tbody/tr").size(), 4u);
    const std::string note = plenary.select_node(".//table[@id='table-concordance']/following-sibling::p[1]")
                                 .node().text().get();
    EXPECT_NE(note.find(reports::message("plenary.reading.weak", Language::en, {"0.11"})), std::string::npos)
        << note;
    EXPECT_NE(note.find(reports::message("plenary.reading.not_significant", Language::en, {"0.564"})),
              std::string::npos)
        << note;
}

TEST(HtmlReport, NoPlenaryWithoutAWorkshop) {
    const auto xml = page_test::parse_page(html_report(test::small_results(), Language::fr));
    EXPECT_FALSE(xml.select_node("//section[@id='plenary']"));
    EXPECT_FALSE(xml.select_node("//a[@href='#plenary']"));
    EXPECT_FALSE(xml.select_node("//table[@id='table-disagreements']"));
    EXPECT_EQ(count_prefix(page_test::chart_ids(xml), "chart-plenary-radar-"), 0u);
}

TEST(HtmlReport, PlenaryIsTranslated) {
    page_test::expect_translated(html_report(
        test::with_workshop(test::small_results()), Language::fr));
}

TEST(HtmlReport, SameResultsSameBytes) {
    const auto& results = page_test::evaluated_results();
    EXPECT_EQ(html_report(results, Language::fr),
              html_report(results, Language::fr));
}

TEST(HtmlReport, PrintsOnA4WithChromium) {
    if (!page_test::can_print())
        GTEST_SKIP() << "chromium or pdfinfo (poppler-utils) is not installed: the report is not "
                        "printed to PDF and PNG";
    const auto dir = std::filesystem::temp_directory_path() / "finmech_html_report_print";
    const auto printed = page_test::print_page(
        html_report(with_sensitivity(page_test::evaluated_results()),
                                    Language::fr),
        dir, "report");
    EXPECT_GE(printed.pages, 3) << "every section of a 14-mechanism report does not fit in fewer";
    EXPECT_LE(printed.pages, 30);
    EXPECT_NE(printed.text.find(std::string(reports::message("report.section.sensitivity",
                                                             Language::fr))),
              std::string::npos);
    EXPECT_GT(printed.png_bytes, 30000u);
    std::filesystem::remove_all(dir);
}

}  // namespace
