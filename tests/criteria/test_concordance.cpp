#include <gtest/gtest.h>

#include "error_location.hpp"
#include "finmech/criteria/concordance.hpp"

namespace finmech::criteria {
namespace {

using nlohmann::json;

std::string error_location(const json& doc) {
    return testing::error_location([&] { concordance_document(doc); });
}

TEST(Concordance, AverageRanksPutTheLowestFirstAndShareTies) {
    const Eigen::MatrixXd scores{{10}, {20}, {20}, {5}};
    const Eigen::MatrixXd ranks = average_ranks(scores);
    EXPECT_TRUE(ranks.isApprox(Eigen::MatrixXd{{2}, {3.5}, {3.5}, {1}}));
    EXPECT_EQ(tie_sum(ranks.col(0)), 6.0);  // one pair: 2^3 - 2
    EXPECT_EQ(tie_sum(Eigen::VectorXd{{1, 2, 3}}), 0.0);
}

TEST(Concordance, PerfectAgreement) {
    // Three judges rank four objects alike: R = 3, 6, 9, 12, mean 7.5, S = 2 (4.5^2 + 1.5^2) = 45,
    // W = 12 * 45 / (9 * 60) = 1; chi2 = m (n - 1) W = 9 on 3 df, whose upper tail
    // 2 (1 - Phi(3)) + sqrt(18 / pi) exp(-4.5) = 0.029291.
    const Eigen::MatrixXd ranks{{1, 1, 1}, {2, 2, 2}, {3, 3, 3}, {4, 4, 4}};
    const KendallW k = kendall_w(ranks);
    EXPECT_DOUBLE_EQ(k.s, 45.0);
    EXPECT_DOUBLE_EQ(k.w, 1.0);
    EXPECT_DOUBLE_EQ(k.w_corrected, 1.0);
    EXPECT_DOUBLE_EQ(k.chi2, 9.0);
    EXPECT_EQ(k.df, 3);
    EXPECT_NEAR(k.p_value, 0.029291, 1e-6);
}

TEST(Concordance, ScoresGiveTheSameWInEitherDirection) {
    // Judge 2 ties objects 0 and 1: T = 6. Reversing every ranking leaves S unchanged.
    const json scores = json::parse(R"({"scores": [[5, 4], [3, 4], [1, 2]]})");
    const json negated = json::parse(R"({"scores": [[-5, -4], [-3, -4], [-1, -2]]})");
    const auto a = concordance_document(scores);
    const auto b = concordance_document(negated);
    EXPECT_DOUBLE_EQ(a["W"].get<double>(), b["W"].get<double>());
    EXPECT_DOUBLE_EQ(a["tie_sum"].get<double>(), 6.0);
    // Ranks (3, 2, 1) and (2.5, 2.5, 1): R = 5.5, 4.5, 2, mean 4: S = 2.25 + 0.25 + 4 = 6.5;
    // W = 12 * 6.5 / (4 * 24) = 0.8125; corrected 78 / (96 - 12) = 0.928571.
    EXPECT_DOUBLE_EQ(a["S"].get<double>(), 6.5);
    EXPECT_DOUBLE_EQ(a["W"].get<double>(), 0.8125);
    EXPECT_NEAR(a["W_corrected"].get<double>(), 0.928571, 1e-6);
    EXPECT_EQ(a["objects"], 3);
    EXPECT_EQ(a["judges"], 2);
    EXPECT_NE(format_concordance_text(a).find("W                   0.8125"), std::string::npos);
}

TEST(Concordance, TooFewOrMalformedInputIsAnError) {
    EXPECT_EQ(error_location(json::parse(R"({"ranks": [[1], [2], [3]]})")), "/ranks");
    EXPECT_EQ(error_location(json::parse(R"({"scores": [[1, 2]]})")), "/scores");
    // 1, 1, 3 is not in average ranks (1.5, 1.5, 3).
    EXPECT_EQ(error_location(json::parse(R"({"ranks": [[1, 1], [1, 2], [3, 3]]})")), "/ranks/0/0");
    EXPECT_EQ(error_location(json::parse(R"({"ranks": [[1, 1], [2, "2"]]})")), "/ranks/1/1");
    EXPECT_EQ(error_location(json::parse(R"({"ranks": [[1, 1], [2]]})")), "/ranks/1");
    EXPECT_EQ(error_location(json::parse(R"({"scores": [[3, 3], [3, 3]]})")), "/scores");
    EXPECT_EQ(error_location(json::parse(R"({"ranks": [[1, 1]], "scores": [[1, 1]]})")), "");
}

}  // namespace
}  // namespace finmech::criteria
