// Dates of outputs: UTC days, parsed and printed by hand-checked values.
#include <finmech/reports/source_date.hpp>

#include <gtest/gtest.h>

using namespace finmech::reports;

TEST(SourceDate, UtcDateOfKnownTimes) {
    EXPECT_EQ(utc_date(0), "1970-01-01");
    EXPECT_EQ(utc_date(1700000000), "2023-11-14");  // 22:13:20 UTC
    EXPECT_EQ(utc_date(951782400), "2000-02-29");   // a leap day
}

TEST(SourceDate, ParsesDays) {
    EXPECT_EQ(parse_utc_date("2000-02-29"), std::time_t{951782400});
    EXPECT_FALSE(parse_utc_date("2023-02-29"));
    EXPECT_FALSE(parse_utc_date("29/02/2000"));
}
