// The HTML comparison report: well-formed, self-contained, every chart there, translated, French
// typography in French; optional parts of the results say "not available"; printable on A4.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <finmech/reports/catalogue.hpp>
#include <finmech/reports/html_report.hpp>
#include <finmech/reports/pdf.hpp>

#include "page_checks.hpp"

namespace {

using namespace finmech;
using reports::Language;

std::size_t count_prefix(const std::vector<std::string>& ids, const std::string& prefix) {
    return static_cast<std::size_t>(std::count_if(
        ids.begin(), ids.end(), [&](const std::string& id) { return id.starts_with(prefix); }));
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
        const std::string page = reports::render_html_report(with_sensitivity(results), language);
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
    page_test::expect_self_contained(reports::render_html_report(page_test::evaluated_results(), Language::fr));
}

TEST(HtmlReport, HasNoUntranslatedKeyInEitherLanguage) {
    for (Language language : {Language::fr, Language::en})
        page_test::expect_translated(
            reports::render_html_report(with_sensitivity(page_test::evaluated_results()), language));
}

TEST(HtmlReport, WritesNumbersInTheReadersTypography) {
    const auto fr = page_test::parse_page(reports::render_html_report(page_test::evaluated_results(), Language::fr));
    const auto en = page_test::parse_page(reports::render_html_report(page_test::evaluated_results(), Language::en));
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
    const std::string page = reports::render_html_report(results, Language::en);
    const auto xml = page_test::parse_page(page);
    const auto sensitivity = xml.select_node("//section[@id='sensitivity']").node();
    EXPECT_NE(std::string(sensitivity.child("p").text().get()),
              std::string()) << "a sentence in the empty section";
    EXPECT_EQ(std::string(sensitivity.child("p").text().get()),
              std::string(reports::message("common.not_available", Language::en)));
    EXPECT_EQ(count_prefix(page_test::chart_ids(xml), "chart-tornado"), 0u);
}

TEST(HtmlReport, SameResultsSameBytes) {
    const auto& results = page_test::evaluated_results();
    EXPECT_EQ(reports::render_html_report(results, Language::fr),
              reports::render_html_report(results, Language::fr));
}

TEST(HtmlReport, PrintsOnA4WithChromium) {
    if (!page_test::can_print())
        GTEST_SKIP() << "chromium or pdfinfo (poppler-utils) is not installed: the report is not "
                        "printed to PDF and PNG";
    const auto dir = std::filesystem::temp_directory_path() / "finmech_html_report_print";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto html = dir / "report.html";
    reports::write_output_file(html, reports::render_html_report(with_sensitivity(page_test::evaluated_results()), Language::fr), false);
    reports::print_to_pdf(html, dir / "report.pdf", false);
    reports::capture_png(html, dir / "report.png", 900, 1200, false);
    const int pages = page_test::pdf_pages(dir / "report.pdf");
    EXPECT_GE(pages, 3) << "every section of a 14-mechanism report does not fit in fewer";
    EXPECT_LE(pages, 30);
    const std::string text = page_test::pdf_text(dir / "report.pdf");
    EXPECT_NE(text.find(std::string(reports::message("report.section.sensitivity", Language::fr))),
              std::string::npos);
    // A blank 900 × 1200 capture compresses to a few kilobytes; text and charts do not.
    EXPECT_GT(std::filesystem::file_size(dir / "report.png"), 30000u);
    std::filesystem::remove_all(dir);
}

}  // namespace
