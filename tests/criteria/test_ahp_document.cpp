#include <gtest/gtest.h>

#include "error_location.hpp"
#include "finmech/criteria/ahp_document.hpp"

namespace finmech::criteria {
namespace {

using nlohmann::json;

std::string error_location(const json& doc) {
    return testing::error_location([&] { ahp_document(doc); });
}

TEST(AhpDocument, FractionsAsStringsGiveTheWeights) {
    // a12 = 3: weights 3/4 and 1/4.
    const auto result = ahp_document(
        json::parse(R"({"criteria": ["cost", "equity"], "matrix": [[1, "3"], [" 1 / 3 ", 1]]})"));
    EXPECT_NEAR(result["weights"]["cost"].get<double>(), 0.75, 1e-12);
    EXPECT_NEAR(result["weights"]["equity"].get<double>(), 0.25, 1e-12);
    EXPECT_EQ(result["cr"].get<double>(), 0.0);
    EXPECT_TRUE(result["consistent"].get<bool>());
    EXPECT_EQ(result["method"], "eigenvector");
    EXPECT_EQ(result["random_index"], "saaty1980");
    EXPECT_FALSE(result.contains("completed_matrix"));
    EXPECT_FALSE(result.contains("scores"));
}

TEST(AhpDocument, MissingJudgementsAreCompletedAndShown) {
    // a13 = a12 a23 = 6 closes the matrix consistently.
    const auto result = ahp_document(json::parse(
        R"({"criteria": ["a", "b", "c"], "matrix": [[1, 2, null], ["1/2", 1, 3], [null, "1/3", 1]]})"));
    ASSERT_TRUE(result.contains("completed_matrix"));
    EXPECT_NEAR(result["completed_matrix"][0][2].get<double>(), 6.0, 1e-5);
    EXPECT_NEAR(result["cr"].get<double>(), 0.0, 1e-9);
}

TEST(AhpDocument, InconsistencyIsFlagged) {
    // The three-cycle a12 = 2, a23 = 3, a13 = 1/2: lambda_max = 1 + 12^(1/3) + 12^(-1/3)
    // = 3.726219, CI = 0.363109, CR = 0.626051 with RI(3) = 0.58.
    const auto result = ahp_document(json::parse(
        R"({"criteria": ["a", "b", "c"], "matrix": [[1, 2, "1/2"], ["1/2", 1, 3], [2, "1/3", 1]]})"));
    EXPECT_NEAR(result["lambda_max"].get<double>(), 3.726219, 1e-6);
    EXPECT_NEAR(result["cr"].get<double>(), 0.626051, 1e-6);
    EXPECT_FALSE(result["consistent"].get<bool>());
    EXPECT_NE(format_ahp_text(result).find("NOT consistent"), std::string::npos);
}

TEST(AhpDocument, GroupsAggregateJudgementsOrPriorities) {
    // Judges say 2 and 8. AIJ: sqrt(16) = 4, so weights 0.8 and 0.2. AIP: the judges' weights
    // (2/3, 1/3) and (8/9, 1/9); geometric means sqrt(16/27) = 0.769800 and sqrt(1/27) = 0.192450,
    // renormalised 0.8 and 0.2 as well (Barzilai & Golany: AIJ = AIP for geometric means when
    // n = 2). Each judge's own result is reported.
    json doc = json::parse(
        R"({"criteria": ["x", "y"], "judges": [[[1, 2], ["1/2", 1]], [[1, 8], ["1/8", 1]]]})");
    for (const char* aggregation : {"aij", "aip"}) {
        doc["aggregation"] = aggregation;
        const auto result = ahp_document(doc);
        EXPECT_EQ(result["aggregation"], aggregation);
        EXPECT_NEAR(result["weights"]["x"].get<double>(), 0.8, 1e-12);
        ASSERT_EQ(result["judges"].size(), 2u);
        EXPECT_NEAR(result["judges"][1]["weights"]["x"].get<double>(), 8.0 / 9, 1e-12);
    }
}

TEST(AhpDocument, HierarchyGivesGlobalPrioritiesAndRanks) {
    // Criteria weights 0.75 / 0.25; local priorities (0.5, 0.5) on c1 and (0.8, 0.2) on c2:
    // x = 0.75 * 0.5 + 0.25 * 0.8 = 0.575, y = 0.425.
    const auto result = ahp_document(json::parse(R"({
        "criteria": ["c1", "c2"], "matrix": [[1, 3], ["1/3", 1]],
        "alternatives": ["x", "y"],
        "alternative_matrices": {"c1": [[1, 1], [1, 1]], "c2": [[1, 4], [0.25, 1]]}})"));
    EXPECT_NEAR(result["scores"]["x"].get<double>(), 0.575, 1e-12);
    EXPECT_NEAR(result["scores"]["y"].get<double>(), 0.425, 1e-12);
    EXPECT_EQ(result["ranking"]["x"], 1);
    EXPECT_EQ(result["ranking"]["y"], 2);
    EXPECT_TRUE(result["alternative_consistency"]["c2"]["consistent"].get<bool>());
    const std::string text = format_ahp_text(result);
    EXPECT_NE(text.find("  1  x  0.5750"), std::string::npos) << text;
    EXPECT_NE(text.find("  c1  0.7500"), std::string::npos) << text;
}

TEST(AhpDocument, ErrorsPointAtTheInput) {
    EXPECT_EQ(
        error_location(json::parse(R"({"criteria": ["a", "b"], "matrix": [[1, "x"], [1, 1]]})")),
        "/matrix/0/1");
    EXPECT_EQ(
        error_location(json::parse(R"({"criteria": ["a", "b"], "matrix": [[1, 2], [0.4, 1]]})")),
        "/matrix/1/0");
    EXPECT_EQ(error_location(json::parse(R"({"criteria": ["a", "b"], "matrix": [[1, 2]]})")),
              "/matrix");
    EXPECT_EQ(
        error_location(json::parse(R"({"criteria": ["a", "a"], "matrix": [[1, 2], [0.5, 1]]})")),
        "/criteria/1");
    EXPECT_EQ(error_location(json::parse(R"({"criteria": ["a", "b"]})")), "/matrix");
    EXPECT_EQ(error_location(json::parse(
                  R"({"criteria": ["a", "b"], "matrix": [[1, 2], [0.5, 1]], "judges": []})")),
              "/judges");
    EXPECT_EQ(error_location(json::parse(
                  R"({"criteria": ["a", "b"], "matrix": [[1, 2], [0.5, 1]], "method": "power"})")),
              "/method");
    EXPECT_EQ(
        error_location(json::parse(
            R"({"criteria": ["a", "b"], "matrix": [[1, 2], [0.5, 1]], "random_index": "x"})")),
        "/random_index");
    EXPECT_EQ(error_location(json::parse(R"({"criteria": ["a", "b"], "matrix": [[1, 2], [0.5, 1]],
        "alternatives": ["x", "y"], "alternative_matrices": {"a": [[1, 1], [1, 1]]}})")),
              "/alternative_matrices/b");
}

}  // namespace
}  // namespace finmech::criteria
