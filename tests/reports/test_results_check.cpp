// Which results.json documents the reports accept, and the JSON pointer of the first fault.
#include <finmech/reports/results_check.hpp>

#include <gtest/gtest.h>

#include "results_fixture.hpp"

using namespace finmech::reports;

TEST(ResultsCheck, AcceptsACompleteDocument) {
    EXPECT_FALSE(results_problem(finmech::test::small_results()));
}

TEST(ResultsCheck, OptionalKeysMayBeMissing) {
    auto results = finmech::test::small_results();
    for (const char* key : {"provenance", "context", "assumptions"}) results.erase(key);
    EXPECT_FALSE(results_problem(results));
}

TEST(ResultsCheck, RefusesAnotherSchemaVersion) {
    auto results = finmech::test::small_results();
    results["schema_version"] = 2;
    const auto problem = results_problem(results);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->pointer, "/schema_version");
    EXPECT_NE(problem->problem.find("expected 1"), std::string::npos) << problem->problem;
    EXPECT_NE(problem->problem.find("2"), std::string::npos) << problem->problem;
    results.erase("schema_version");
    EXPECT_EQ(results_problem(results)->pointer, "/schema_version");
}

TEST(ResultsCheck, NamesTheMissingOrMistypedKey) {
    auto results = finmech::test::small_results();
    results["ranking"]["results"][1]["rank"] = "first";
    auto problem = results_problem(results);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->pointer, "/ranking/results/1/rank");
    EXPECT_NE(problem->problem.find("\"first\""), std::string::npos) << problem->problem;

    results = finmech::test::small_results();
    results["mechanisms"][0].erase("label");
    problem = results_problem(results);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->pointer, "/mechanisms/0/label");
    EXPECT_NE(problem->problem.find("found nothing"), std::string::npos) << problem->problem;
}
