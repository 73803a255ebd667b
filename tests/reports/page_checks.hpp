// What the tests of the HTML pages (report, brief) share: results made by the real program
// (`finmech evaluate --json --draws 200` on the embedded default scenario, run once per test
// program), the page parsed as XML, its charts, and printing it with Chromium and poppler when
// installed.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <regex>
#include <string>

#include <finmech/reports/catalogue.hpp>
#include <finmech/reports/output_folder.hpp>
#include <finmech/reports/pdf.hpp>

#include "process_output.hpp"

namespace finmech::page_test {

using finmech_test::run_command;

inline const nlohmann::json& evaluated_results() {
    static const nlohmann::json results = [] {
        const auto [status, out] = finmech_test::finmech_stdout("evaluate --json --draws 200");
        EXPECT_EQ(status, 0) << out;
        return nlohmann::json::parse(out);
    }();
    return results;
}

// The page parsed as XML: the renderers write well-formed, XHTML-compatible HTML.
inline pugi::xml_document parse_page(const std::string& page) {
    pugi::xml_document xml;
    const auto result = xml.load_string(page.c_str(), pugi::parse_default | pugi::parse_doctype);
    EXPECT_TRUE(result) << result.description() << " at offset " << result.offset;
    return xml;
}

// What would make a page depend on anything outside itself.
inline void expect_self_contained(const std::string& page) {
    for (const char* reference : {"http:", "https:", "src=", "@import", "<script", "<link", "<img"})
        EXPECT_EQ(page.find(reference), std::string::npos) << reference;
    for (std::size_t at = page.find("url("); at != std::string::npos; at = page.find("url(", at + 1))
        EXPECT_EQ(page.compare(at, 9, "url(data:"), 0) << page.substr(at, 40);
}

// No placeholder left, and no catalogue key shown instead of its text.
inline void expect_translated(const std::string& page) {
    EXPECT_FALSE(std::regex_search(page, std::regex(R"(\{[0-9]\})"))) << "a {n} placeholder";
    for (const auto& key : reports::message_keys()) {
        EXPECT_EQ(page.find(">" + key + "<"), std::string::npos) << key;
        EXPECT_EQ(page.find(key + " "), std::string::npos) << key;
    }
}

// The text, or the attribute `attribute` when given, of every node `xpath` selects.
inline std::vector<std::string> select_all(const pugi::xml_document& xml, const char* xpath,
                                           const char* attribute = nullptr) {
    std::vector<std::string> out;
    for (const auto& found : xml.select_nodes(xpath))
        out.push_back(attribute ? found.node().attribute(attribute).value() : found.node().text().get());
    return out;
}

// The tables' number cells, and the ids of the charts.
inline std::vector<std::string> number_cells(const pugi::xml_document& xml) {
    return select_all(xml, "//td[@class='num']");
}
inline std::vector<std::string> chart_ids(const pugi::xml_document& xml) {
    return select_all(xml, "//svg", "id");
}

// Whether Chromium and poppler's pdfinfo can print and count pages here.
inline bool can_print() {
    return run_command("command -v chromium >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1")
               .status == 0;
}

// Pages of a PDF as pdfinfo counts them; -1 when it cannot.
inline int pdf_pages(const std::filesystem::path& pdf) {
    const auto [status, out] = run_command("pdfinfo '" + pdf.string() + "' 2>/dev/null");
    std::smatch match;
    if (status != 0 || !std::regex_search(out, match, std::regex(R"(Pages:\s+([0-9]+))"))) return -1;
    return std::stoi(match[1]);
}

inline std::string pdf_text(const std::filesystem::path& pdf) {
    return run_command("pdftotext -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null").out;
}

// A word of a PDF page and where it ends, from pdftotext -bbox, in points.
struct PdfWord {
    std::string text;
    double x_max, page_width;
};

inline std::vector<PdfWord> pdf_words(const std::filesystem::path& pdf) {
    const std::string xml = run_command("pdftotext -bbox -enc UTF-8 '" + pdf.string() + "' - 2>/dev/null").out;
    std::vector<PdfWord> words;
    const std::regex page(R"re(<page width="([0-9.]+)")re"), word(R"re(xMax="([0-9.]+)"[^>]*>([^<]*)<)re");
    double width = 0;
    for (std::size_t at = 0; at < xml.size();) {
        std::smatch p, w;
        const auto from = xml.begin() + static_cast<std::ptrdiff_t>(at);
        const bool has_page = std::regex_search(from, xml.end(), p, page);
        const bool has_word = std::regex_search(from, xml.end(), w, word);
        if (!has_word) break;
        if (has_page && p.position(0) < w.position(0)) {
            width = std::stod(p[1]);
            at += static_cast<std::size_t>(p.position(0) + p.length(0));
            continue;
        }
        words.push_back({w[2], std::stod(w[1]), width});
        at += static_cast<std::size_t>(w.position(0) + w.length(0));
    }
    return words;
}

// The brief's right page margin, 11 mm, in points.
inline constexpr double brief_right_margin_pt = 11 / 25.4 * 72;

// What Chromium made of a page: the pages and the text of its PDF, and the size of its
// 900 x 1200 PNG capture (a blank one compresses to a few kilobytes; text and charts do not).
struct Printed {
    int pages;
    std::string text;
    std::uintmax_t png_bytes;
};

// Writes `page` to `dir`/`name`.html and prints it beside, to `name`.pdf and `name`.png,
// replacing what a previous run left. Needs can_print().
inline Printed print_page(const std::string& page, const std::filesystem::path& dir,
                          const std::string& name) {
    std::filesystem::create_directories(dir);
    const auto file = [&](const char* extension) { return dir / (name + extension); };
    reports::write_output_file(file(".html"), page, true);
    reports::print_to_pdf(file(".html"), file(".pdf"), true);
    reports::capture_png(file(".html"), file(".png"), 900, 1200, true);
    return {pdf_pages(file(".pdf")), pdf_text(file(".pdf")),
            std::filesystem::file_size(file(".png"))};
}

}  // namespace finmech::page_test
