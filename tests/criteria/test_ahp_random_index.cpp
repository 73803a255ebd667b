#include <gtest/gtest.h>

#include <set>
#include <string>

#include "finmech/criteria/ahp_random_index.hpp"
#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria {
namespace {

TEST(AhpRandomIndex, CarriesTheSevenPublishedTablesWithSources) {
    std::set<std::string_view> ids;
    for (const auto& table : random_index_tables()) {
        ids.insert(table.id);
        EXPECT_FALSE(table.source.empty()) << table.id;
    }
    EXPECT_EQ(ids.size(), 7u);
    EXPECT_TRUE(ids.contains(default_random_index_table));
}

TEST(AhpRandomIndex, PublishedValues) {
    EXPECT_EQ(random_index("saaty1980", 3), 0.58);
    EXPECT_EQ(random_index("saaty1980", 10), 1.49);
    EXPECT_EQ(random_index("donegan_dodd1991", 4), 0.8286);
    EXPECT_EQ(random_index("aguaron_morenojimenez2003", 16), 1.595);
    EXPECT_EQ(random_index("tummala_ling1998", 15), 1.5831);
    EXPECT_EQ(random_index("ahpsurvey", 11), 1.5141022);
    EXPECT_EQ(random_index("saaty2005_anp", 2), 0.0);
    EXPECT_EQ(random_index("saaty2005_anp", 1), 0.0);
}

TEST(AhpRandomIndex, OrdersBeyondATableAndUnknownTablesAreErrors) {
    try {
        random_index("saaty1980", 16);
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/random_index");
        EXPECT_NE(std::string(e.what()).find("covers n = 1..15"), std::string::npos);
    }
    EXPECT_THROW(random_index("ahpsurvey", 12), InputError);
    try {
        random_index("saaty", 3);
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("saaty1980"), std::string::npos);
    }
}

}  // namespace
}  // namespace finmech::criteria
