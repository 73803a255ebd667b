#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "finmech/criteria/consensus.hpp"

namespace finmech::criteria {
namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

TEST(Consensus, SummaryOfThreeScores) {
    // Sorted 2, 3, 5: Q1 at h = 0.5 is 2.5, Q3 at h = 1.5 is 4, so IQR 1.5; spread 3 >= 2.
    const std::vector<double> scores{5, 2, 3};
    const auto s = summarize_scores(scores);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->n, 3u);
    EXPECT_DOUBLE_EQ(s->mean, 10.0 / 3.0);
    EXPECT_DOUBLE_EQ(s->median, 3.0);
    EXPECT_DOUBLE_EQ(s->min, 2.0);
    EXPECT_DOUBLE_EQ(s->max, 5.0);
    EXPECT_DOUBLE_EQ(s->iqr, 1.5);
    EXPECT_TRUE(s->disagreement);
}

TEST(Consensus, MissingScoresAreLeftOut) {
    // 4, 4, 5: Q1 = 4, Q3 at h = 1.5 is 4.5; spread 1, no disagreement.
    const std::vector<double> scores{4, missing, 5, 4};
    const auto s = summarize_scores(scores);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->n, 3u);
    EXPECT_DOUBLE_EQ(s->iqr, 0.5);
    EXPECT_FALSE(s->disagreement);
    EXPECT_FALSE(summarize_scores(std::vector<double>{missing, missing}));
}

TEST(Consensus, EvenCountMedianAndASpreadOfExactlyTwo) {
    // 3, 5: median 4; Q1 at h = 0.25 is 3.5, Q3 at h = 0.75 is 4.5.
    const auto s = summarize_scores(std::vector<double>{5, 3});
    ASSERT_TRUE(s);
    EXPECT_DOUBLE_EQ(s->median, 4.0);
    EXPECT_DOUBLE_EQ(s->iqr, 1.0);
    EXPECT_TRUE(s->disagreement);
}

TEST(Consensus, KendallWAcrossGroupsWithATie) {
    // Group 1 scores 5, 3, 1 (ranks 3, 2, 1); group 2 scores 4, 4, 2 (ranks 2.5, 2.5, 1).
    // R = 5.5, 4.5, 2 around m(n+1)/2 = 4: S = 2.25 + 0.25 + 4 = 6.5; W = 12 S / (4 * 24) =
    // 0.8125; T = 2^3 - 2 = 6, W_corrected = 78 / (96 - 2 * 6); chi2 = 2 * 2 * W = 3.25 on
    // 2 df, upper tail exp(-3.25 / 2).
    const Eigen::MatrixXd scores{{5, 4}, {3, 4}, {1, 2}};
    const GroupConcordance c = group_concordance(scores);
    ASSERT_TRUE(c.w);
    EXPECT_EQ(c.groups, 2u);
    EXPECT_EQ(c.mechanisms, 3u);
    EXPECT_DOUBLE_EQ(c.w->s, 6.5);
    EXPECT_DOUBLE_EQ(c.w->w, 0.8125);
    EXPECT_DOUBLE_EQ(c.w->w_corrected, 78.0 / 84.0);
    EXPECT_DOUBLE_EQ(c.w->chi2, 3.25);
    EXPECT_EQ(c.w->df, 2);
    EXPECT_NEAR(c.w->p_value, std::exp(-1.625), 1e-12);
}

TEST(Consensus, TooFewGroupsOrMechanismsOrAllTiedIsAGapWithAMessage) {
    const GroupConcordance one_mechanism = group_concordance(Eigen::MatrixXd{{5, 4, 3}});
    EXPECT_EQ(one_mechanism.gap, ConcordanceGap::too_few_mechanisms);
    EXPECT_FALSE(one_mechanism.w);

    // The second group has a missing score, so one complete group is left.
    const GroupConcordance one_group = group_concordance(Eigen::MatrixXd{{5, 4}, {3, missing}});
    EXPECT_EQ(one_group.gap, ConcordanceGap::too_few_groups);
    EXPECT_EQ(one_group.groups, 1u);
    const nlohmann::json json = to_json(one_group);
    EXPECT_FALSE(json.contains("W"));
    EXPECT_EQ(json["unavailable"]["en"], describe(ConcordanceGap::too_few_groups).en);
    EXPECT_FALSE(json["unavailable"]["fr"].get<std::string>().empty());

    EXPECT_EQ(group_concordance(Eigen::MatrixXd{{3, 4}, {3, 4}}).gap, ConcordanceGap::all_tied);
}

TEST(Consensus, CellsPerCriterionAndOverallOnTheMeanOverCriteria) {
    // Means over the two criteria: group 1 gives 5, 2, 2 (ranks 3, 1.5, 1.5), group 2 gives
    // 4, 3, 2 (ranks 3, 2, 1). R = 6, 3.5, 2.5 around 4: S = 4 + 0.25 + 2.25 = 6.5.
    const std::vector<Eigen::MatrixXd> tables{Eigen::MatrixXd{{5, 4}, {3, 4}, {1, 2}},
                                              Eigen::MatrixXd{{5, 4}, {1, 2}, {3, 2}}};
    const Consensus c = consensus(tables);
    ASSERT_EQ(c.cells.size(), 3u);
    ASSERT_EQ(c.cells[0].size(), 2u);
    EXPECT_DOUBLE_EQ(c.cells[1][0]->mean, 3.5);
    EXPECT_DOUBLE_EQ(c.cells[1][1]->mean, 1.5);
    ASSERT_EQ(c.per_criterion.size(), 2u);
    EXPECT_DOUBLE_EQ(c.per_criterion[0].w->s, 6.5);
    ASSERT_TRUE(c.overall.w);
    EXPECT_DOUBLE_EQ(c.overall.w->s, 6.5);
}

}  // namespace
}  // namespace finmech::criteria
