#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/smaa.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace finmech::criteria {
namespace {

constexpr auto B = Direction::benefit;

Scorer additive(std::size_t criteria) {
    MethodSpec spec;
    spec.normalization = Normalization::none;
    return Scorer(spec, std::vector<Direction>(criteria, B));
}

TEST(Smaa, UniformWeightsLieOnTheSimplexWithMeanOneOverN) {
    const Eigen::MatrixXd w = sample_weights(UniformWeights{}, 4, 20000, 3);
    EXPECT_LE((w.rowwise().sum().array() - 1.0).abs().maxCoeff(), 1e-12);
    EXPECT_GE(w.minCoeff(), 0.0);
    // Each weight is Beta(1, 3): sd sqrt(3/80); the mean is within 5 standard errors of 1/4.
    const Eigen::RowVectorXd mean = w.colwise().mean();
    for (Eigen::Index j = 0; j < 4; ++j) EXPECT_NEAR(mean[j], 0.25, 5 * std::sqrt(3.0 / 80) / std::sqrt(20000.0));
}

// The centroid of the simplex under w_a >= w_b >= w_c is the rank-order centroid (11, 5, 2) / 18.
TEST(Smaa, OrderedWeightsAverageToTheRankOrderCentroid) {
    const Eigen::MatrixXd w = sample_weights(OrderedWeights{{2, 0, 1}}, 3, 40000, 5);
    for (Eigen::Index k = 0; k < w.rows(); ++k) {
        ASSERT_GE(w(k, 2), w(k, 0));
        ASSERT_GE(w(k, 0), w(k, 1));
    }
    const Eigen::RowVectorXd mean = w.colwise().mean();
    EXPECT_NEAR(mean[2], 11.0 / 18, 0.005);
    EXPECT_NEAR(mean[0], 5.0 / 18, 0.005);
    EXPECT_NEAR(mean[1], 2.0 / 18, 0.005);
}

TEST(Smaa, IntervalWeightsStayInsideTheirIntervals) {
    const IntervalWeights model{{{0.5, 0.7}, {0.1, 0.4}, {0.0, 1.0}}};
    const Eigen::MatrixXd w = sample_weights(model, 3, 5000, 9);
    EXPECT_LE((w.rowwise().sum().array() - 1.0).abs().maxCoeff(), 1e-12);
    EXPECT_GE(w.col(0).minCoeff(), 0.5);
    EXPECT_LE(w.col(0).maxCoeff(), 0.7);
    EXPECT_GE(w.col(1).minCoeff(), 0.1);
    EXPECT_LE(w.col(1).maxCoeff(), 0.4);
    try {
        sample_weights(IntervalWeights{{{0.6, 1.0}, {0.6, 1.0}}}, 2, 1, 1);
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/smaa/weights");
    }
    EXPECT_THROW(sample_weights(OrderedWeights{{0, 0}}, 2, 1, 1), InputError);
}

TEST(Smaa, ADominatedAlternativeIsNeverFirst) {
    Eigen::MatrixXd m(2, 2);
    m << 1.0, 1.0, 0.0, 0.5;
    Scorer scorer = additive(2);
    const SmaaResult s = smaa2(scorer, m, {5000, 1, UniformWeights{}});
    EXPECT_EQ(s.rank_acceptability, (Eigen::Matrix2d() << 1.0, 0.0, 0.0, 1.0).finished());
    EXPECT_EQ(s.rank_acceptability_se, Eigen::Matrix2d::Zero());
    EXPECT_EQ(s.first_rank_draws, (std::vector<std::size_t>{5000, 0}));
    EXPECT_EQ(s.confidence_factor, Eigen::Vector2d(1.0, 0.0));
    EXPECT_EQ(s.central_weights.row(1), Eigen::RowVector2d::Zero());
    // With no preference information the first alternative's central weight is the simplex centre.
    EXPECT_NEAR(s.central_weights(0, 0), 0.5, 0.02);
    EXPECT_GT(s.central_weights_se(0, 0), 0.0);
}

// Draws alternate which of two alternatives is better on a single criterion, so each is first in
// exactly half the draws and, at its central weight, in half the matrix draws.
TEST(Smaa, MatrixDrawsFromASampler) {
    const MatrixSampler alternating = [](std::size_t k, Eigen::MatrixXd& m) {
        m.resize(2, 1);
        m << (k % 2 == 0 ? 1.0 : 0.0), (k % 2 == 0 ? 0.0 : 1.0);
    };
    Scorer scorer = additive(1);
    const SmaaResult s = smaa2(scorer, alternating, {1000, 1, UniformWeights{}});
    EXPECT_EQ(s.rank_acceptability, Eigen::Matrix2d::Constant(0.5));
    EXPECT_EQ(s.confidence_factor, Eigen::Vector2d(0.5, 0.5));
    EXPECT_NEAR(s.confidence_factor_se[0], std::sqrt(0.25 / 1000), 1e-15);
    EXPECT_NEAR(s.rank_acceptability_se(0, 0), std::sqrt(0.25 / 1000), 1e-15);
}

TEST(Smaa, SameSeedSameNumbers) {
    Eigen::MatrixXd m(3, 2);
    m << 1.0, 0.0, 0.0, 1.0, 0.6, 0.6;
    Scorer scorer = additive(2);
    const SmaaResult a = smaa2(scorer, m, {2000, 11, UniformWeights{}});
    const SmaaResult b = smaa2(scorer, m, {2000, 11, UniformWeights{}});
    const SmaaResult c = smaa2(scorer, m, {2000, 12, UniformWeights{}});
    EXPECT_EQ(a.rank_acceptability, b.rank_acceptability);
    EXPECT_EQ(a.central_weights, b.central_weights);
    EXPECT_NE(a.rank_acceptability, c.rank_acceptability);
}

TEST(Smaa, ZeroDrawsIsAnError) {
    Scorer scorer = additive(1);
    const Eigen::MatrixXd matrix = Eigen::MatrixXd::Ones(2, 1);
    try {
        smaa2(scorer, matrix, {0, 1, UniformWeights{}});
        FAIL();
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/smaa/draws");
    }
}

}  // namespace
}  // namespace finmech::criteria
