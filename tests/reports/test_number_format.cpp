// Numbers as French and English readers write them. Expected strings are written by hand from
// the typographic rules (U+202F thousands and before '%' in French; U+00A0 joining amounts).
#include <finmech/reports/number_format.hpp>

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

using namespace finmech::reports;

namespace {
const std::string nnbsp = "\xE2\x80\xAF";  // U+202F narrow no-break space
const std::string nbsp = "\xC2\xA0";       // U+00A0 no-break space
}  // namespace

TEST(FormatNumber, FrenchGroupsThousandsWithNarrowNoBreakSpace) {
    EXPECT_EQ(format_number(12345.6, 1, Language::fr), "12" + nnbsp + "345,6");
    EXPECT_EQ(format_number(1234567.891, 2, Language::fr),
              "1" + nnbsp + "234" + nnbsp + "567,89");
    EXPECT_EQ(format_number(999, 0, Language::fr), "999");
    EXPECT_EQ(format_number(0.05, 2, Language::fr), "0,05");
}

TEST(FormatNumber, EnglishGroupsThousandsWithCommas) {
    EXPECT_EQ(format_number(12345.6, 1, Language::en), "12,345.6");
    EXPECT_EQ(format_number(1234567.891, 2, Language::en), "1,234,567.89");
    EXPECT_EQ(format_number(100000, 0, Language::en), "100,000");
}

TEST(FormatNumber, RoundsAndSigns) {
    EXPECT_EQ(format_number(2.25, 0, Language::en), "2");
    EXPECT_EQ(format_number(2.5001, 0, Language::en), "3");
    EXPECT_EQ(format_number(-1234.5, 1, Language::fr), "-1" + nnbsp + "234,5");
    EXPECT_EQ(format_number(-0.04, 1, Language::en), "0.0");  // no "-0.0"
}

TEST(FormatNumber, NotANumberIsNotAvailable) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(format_number(nan, 1, Language::fr), "n.d.");
    EXPECT_EQ(format_number(nan, 1, Language::en), "n/a");
    EXPECT_EQ(format_percent(std::numeric_limits<double>::infinity(), 1, Language::en), "n/a");
}

TEST(FormatPercent, FrenchSpacesThePercentSign) {
    EXPECT_EQ(format_percent(12.5, 1, Language::fr), "12,5" + nnbsp + "%");
    EXPECT_EQ(format_percent(12.5, 1, Language::en), "12.5%");
    EXPECT_EQ(format_percent(85, 0, Language::fr), "85" + nnbsp + "%");
}

TEST(FormatSignificant, ThreeFiguresWithinTheGivenPlacesTrailingZerosDropped) {
    EXPECT_EQ(format_significant(0.01834, 6, Language::en), "0.0183");
    EXPECT_EQ(format_significant(0.01834, 2, Language::en), "0.02");  // the places run out first
    EXPECT_EQ(format_significant(0.000123, 6, Language::en), "0.000123");
    EXPECT_EQ(format_significant(0.000123, 3, Language::en), "0");
    EXPECT_EQ(format_significant(2.5, 3, Language::fr), "2,5");
    EXPECT_EQ(format_significant(-12.34, 3, Language::fr), "-12,3");
    EXPECT_EQ(format_significant(99.96, 6, Language::en), "100");  // rounds up to a whole number
    EXPECT_EQ(format_significant(52460, 6, Language::fr), "52" + nnbsp + "460");  // no place
    EXPECT_EQ(format_significant(0, 3, Language::en), "0");
    EXPECT_EQ(format_significant(std::numeric_limits<double>::quiet_NaN(), 3, Language::fr),
              "n.d.");
}

TEST(FormatAmount, ScalesToBillionsAndMillions) {
    EXPECT_EQ(format_amount(12.3e9, "FCFA", Language::fr), "12,3" + nbsp + "Mds" + nbsp + "FCFA");
    EXPECT_EQ(format_amount(850e6, "FCFA", Language::fr), "850" + nbsp + "M" + nbsp + "FCFA");
    EXPECT_EQ(format_amount(12.3e9, "FCFA", Language::en), "FCFA" + nbsp + "12.3" + nbsp + "bn");
    EXPECT_EQ(format_amount(850e6, "FCFA", Language::en), "FCFA" + nbsp + "850" + nbsp + "m");
}

TEST(FormatAmount, ThreeSignificantFigures) {
    EXPECT_EQ(format_amount(1234.5e9, "FCFA", Language::en),
              "FCFA" + nbsp + "1,230" + nbsp + "bn");
    EXPECT_EQ(format_amount(1.5e9, "FCFA", Language::en), "FCFA" + nbsp + "1.5" + nbsp + "bn");
    EXPECT_EQ(format_amount(45678, "FCFA", Language::fr), "45" + nnbsp + "700" + nbsp + "FCFA");
    // Rounding that reaches the next unit moves to it: 999.96 m is 1 bn, not 1,000 m.
    EXPECT_EQ(format_amount(999.96e6, "FCFA", Language::en), "FCFA" + nbsp + "1" + nbsp + "bn");
    EXPECT_EQ(format_amount(-2.345e9, "FCFA", Language::fr),
              "-2,35" + nbsp + "Mds" + nbsp + "FCFA");
    EXPECT_EQ(format_amount(0, "FCFA", Language::en), "FCFA" + nbsp + "0");
}
