// The SVG writer: escaping, locale-free numbers, label wrapping, nice ticks, well-formed output.
#include <gtest/gtest.h>

#include <clocale>
#include <cmath>
#include <locale>
#include <pugixml.hpp>
#include <sstream>

#include <finmech/reports/svg.hpp>

namespace {

using namespace finmech::reports::svg;

TEST(Svg, EscapesTheFiveXmlSpecialCharacters) {
    EXPECT_EQ(escape(R"(a & b < c > d "e" 'f')"),
              "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;");
    EXPECT_EQ(escape("Équité — 1–5"), "Équité — 1–5");
}

TEST(Svg, PrintsCoordinatesWithAtMostTwoDecimalsAndADot) {
    EXPECT_EQ(coordinate(1.5), "1.5");
    EXPECT_EQ(coordinate(2.0), "2");
    EXPECT_EQ(coordinate(0.125), "0.13");
    EXPECT_EQ(coordinate(-0.001), "0");
    EXPECT_EQ(coordinate(1234567.891), "1234567.89");
    EXPECT_EQ(coordinate(std::nan("")), "0");
}

// A decimal comma for C++ streams, built here so that no installed locale is needed.
struct DecimalComma : std::numpunct<char> {
    char do_decimal_point() const override { return ','; }
};

TEST(Svg, CoordinatesIgnoreTheGlobalCppLocale) {
    // A stream-based writer would print "1,5" under this locale; to_chars never looks at it.
    const std::locale previous =
        std::locale::global(std::locale(std::locale::classic(), new DecimalComma));
    std::ostringstream stream;
    stream << 1.5;
    const std::string through_a_stream = stream.str();
    const std::string written = coordinate(1.5);
    std::locale::global(previous);
    ASSERT_EQ(through_a_stream, "1,5") << "the locale must really use a decimal comma";
    EXPECT_EQ(written, "1.5");
}

TEST(Svg, CoordinatesIgnoreTheCLocale) {
    // printf would print "1,5" under a French C locale; to_chars never looks at it. Only
    // meaningful where a locale with a decimal comma is installed.
    bool comma = false;
    for (const char* name : {"fr_FR.UTF-8", "fr_FR.utf8", "de_DE.UTF-8", "de_DE.utf8"})
        if (std::setlocale(LC_NUMERIC, name) &&
            std::string(std::localeconv()->decimal_point) == ",") {
            comma = true;
            break;
        }
    if (!comma) {
        std::setlocale(LC_NUMERIC, "C");
        GTEST_SKIP() << "no installed locale uses a decimal comma (fr_FR.UTF-8, de_DE.UTF-8)";
    }
    const std::string written = coordinate(1.5);
    std::setlocale(LC_NUMERIC, "C");
    EXPECT_EQ(written, "1.5");
}

TEST(Svg, CountsCodePointsNotBytes) {
    EXPECT_EQ(text_length("Équité"), 6u);
    EXPECT_DOUBLE_EQ(text_width("Équité", 10), 36);
}

TEST(Svg, WrapsAtSpacesAndMarksWhatIsCut) {
    EXPECT_EQ(wrap("Taxe sur les boissons sucrées", 14, 3),
              (std::vector<std::string>{"Taxe sur les", "boissons", "sucrées"}));
    const auto cut = wrap("Prélèvement santé de 2,5 points sur la base TVA", 12, 2);
    ASSERT_EQ(cut.size(), 2u);
    EXPECT_TRUE(cut.back().ends_with("…"));
    for (const auto& line : cut) EXPECT_LE(text_length(line), 12u) << line;
    const auto long_word = wrap("Anticonstitutionnellement", 10, 1);
    ASSERT_EQ(long_word.size(), 1u);
    EXPECT_EQ(text_length(long_word[0]), 10u);
    EXPECT_TRUE(long_word[0].ends_with("…"));
    EXPECT_EQ(wrap("court", 10, 2), std::vector<std::string>{"court"});
}

// Whether `step` is 1, 2, 2.5 or 5 times a power of ten.
bool is_nice_step(double step) {
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
    for (double nice : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(mantissa - nice) < 1e-9) return true;
    return false;
}

TEST(Svg, NiceTicksCoverTheRangeInNiceSteps) {
    const std::vector<std::pair<double, double>> ranges{
        {0, 97.3}, {0.2, 0.83}, {-12, 40}, {1.9e9, 7.4e10}, {3, 3}, {0, 1}};
    for (const auto& [low, high] : ranges) {
        const auto ticks = nice_ticks(low, high, 5);
        ASSERT_GE(ticks.size(), 2u) << low << " " << high;
        EXPECT_LE(ticks.front(), low);
        EXPECT_GE(ticks.back(), high);
        EXPECT_LE(ticks.size(), 12u);
        const double step = ticks[1] - ticks[0];
        EXPECT_TRUE(is_nice_step(step)) << step;
        for (std::size_t i = 1; i < ticks.size(); ++i)
            EXPECT_NEAR(ticks[i] - ticks[i - 1], step, step * 1e-9);
    }
    EXPECT_EQ(nice_ticks(0, 1, 5), (std::vector<double>{0, 0.2, 0.4, 0.6, 0.8, 1}));
}

TEST(Svg, DocumentIsWellFormedAndAccessible) {
    Document doc("c1", 100, 50, "Titre & <sous-titre>", "Une description");
    doc.rect(1, 2, 3, 4, {.fill = "#abc"}, "bulle \"info\"");
    doc.line(0, 0, 10, 10, {.stroke = "#000", .stroke_width = 1});
    doc.path({0, 0, 5, 5, 10, 0}, true, {.fill = "none"});
    doc.text(5, 5, "Élément < 5", 10, Anchor::middle);
    pugi::xml_document xml;
    ASSERT_TRUE(xml.load_string(doc.str().c_str())) << doc.str();
    const auto root = xml.child("svg");
    EXPECT_STREQ(root.attribute("role").value(), "img");
    EXPECT_STREQ(root.attribute("viewBox").value(), "0 0 100 50");
    EXPECT_STREQ(root.child("title").text().get(), "Titre & <sous-titre>");
    EXPECT_STREQ(root.attribute("aria-labelledby").value(), "c1-title c1-desc");
    EXPECT_STREQ(root.child("rect").child("title").text().get(), "bulle \"info\"");
    EXPECT_STREQ(root.child("polygon").attribute("points").value(), "0,0 5,5 10,0");
    EXPECT_STREQ(root.child("text").text().get(), "Élément < 5");
}

}  // namespace
