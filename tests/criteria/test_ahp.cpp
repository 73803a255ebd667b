#include <gtest/gtest.h>

#include <cmath>

#include "error_location.hpp"
#include "finmech/criteria/ahp.hpp"
#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria {
namespace {

// a_ij = w_i / w_j for w = (0.5, 0.3, 0.2): perfectly consistent, so every method returns w,
// lambda_max = n and CI = CR = 0.
Eigen::MatrixXd consistent_matrix() {
    const Eigen::Vector3d w(0.5, 0.3, 0.2);
    return w * w.cwiseInverse().transpose();
}

// a12 = 2, a13 = 4, a23 = 4. Hand computation:
//  geometric mean: row products 8, 2, 1/16 -> cube roots 2, 1.259921, 0.396850, sum 3.656771
//    -> (0.546931, 0.344545, 0.108525); for n = 3 the eigenvector is the same vector.
//  column mean: column sums 1.75, 3.25, 9 -> row means of A / column sums
//    -> (0.543753, 0.345950, 0.110297).
//  lambda_max of a 3 x 3 reciprocal matrix: 1 + c^(1/3) + c^(-1/3), c = a12 a23 / a13 = 2
//    -> 3.053622; CI = 0.026811; CR with Saaty's RI(3) = 0.58: 0.046225.
Eigen::MatrixXd inconsistent_matrix() {
    Eigen::Matrix3d a;
    a << 1, 2, 4, 0.5, 1, 4, 0.25, 0.25, 1;
    return a;
}

TEST(Ahp, EveryMethodRecoversTheWeightsOfAConsistentMatrix) {
    for (auto method : {PriorityMethod::eigenvector, PriorityMethod::geometric_mean,
                        PriorityMethod::column_mean}) {
        const auto result = ahp_weights(consistent_matrix(), method);
        EXPECT_TRUE(result.weights.isApprox(Eigen::Vector3d(0.5, 0.3, 0.2), 1e-12));
        EXPECT_NEAR(result.consistency.lambda_max, 3.0, 1e-12);
        EXPECT_NEAR(result.consistency.cr, 0.0, 1e-12);
        EXPECT_TRUE(result.consistency.consistent());
    }
}

TEST(Ahp, PrioritiesOfAnInconsistentMatrixFollowTheMethod) {
    const Eigen::Vector3d geometric(0.546931, 0.344545, 0.108525);
    EXPECT_LT((ahp_priorities(inconsistent_matrix(), PriorityMethod::geometric_mean) - geometric)
                  .cwiseAbs()
                  .maxCoeff(),
              1e-6);
    EXPECT_LT((ahp_priorities(inconsistent_matrix(), PriorityMethod::eigenvector) - geometric)
                  .cwiseAbs()
                  .maxCoeff(),
              1e-6);
    EXPECT_LT((ahp_priorities(inconsistent_matrix(), PriorityMethod::column_mean) -
               Eigen::Vector3d(0.543753, 0.345950, 0.110297))
                  .cwiseAbs()
                  .maxCoeff(),
              1e-6);
}

TEST(Ahp, EigenvectorConsistencyMatchesTheClosedFormForOrderThree) {
    const auto result = ahp_weights(inconsistent_matrix());
    EXPECT_NEAR(result.consistency.lambda_max, 3.053622, 1e-6);
    EXPECT_NEAR(principal_eigenvalue(inconsistent_matrix()), 3.053622, 1e-6);
    EXPECT_NEAR(result.consistency.ci, 0.026811, 1e-6);
    EXPECT_NEAR(result.consistency.cr, 0.046225, 1e-6);
    EXPECT_NEAR(ahp_weights(inconsistent_matrix(), PriorityMethod::eigenvector, "saaty2005_anp")
                    .consistency.cr,
                0.026811 / 0.52, 1e-6);
}

TEST(Ahp, TriadMeasuresOfAThreeCycle) {
    // a12 = 2, a23 = 3, a13 = 1/2: every triad deviates by c = a12 a23 / a13 = 12, so
    // congruence = ln 12 = 2.484907; a_ij and a_ik a_kj fall on opposite sides of 1 for all six
    // ordered pairs, so dissonance = 1; Koczkodaj = min(|1 - 1/12|, |1 - 12|) = 0.916667.
    Eigen::Matrix3d a;
    a << 1, 2, 0.5, 0.5, 1, 3, 2, 1.0 / 3, 1;
    const auto c = ahp_weights(a).consistency;
    EXPECT_NEAR(c.congruence, 2.484907, 1e-6);
    EXPECT_NEAR(c.dissonance, 1.0, 1e-12);
    EXPECT_NEAR(c.koczkodaj, 0.916667, 1e-6);
    // The first example: c = 2, congruence ln 2, no dissonance, Koczkodaj min(1/2, 1).
    const auto d = ahp_weights(inconsistent_matrix()).consistency;
    EXPECT_NEAR(d.congruence, std::log(2.0), 1e-12);
    EXPECT_NEAR(d.dissonance, 0.0, 1e-12);
    EXPECT_NEAR(d.koczkodaj, 0.5, 1e-12);
}

TEST(Ahp, OrdersOneAndTwoAreAlwaysConsistent) {
    Eigen::Matrix2d a;
    a << 1, 3, 1.0 / 3, 1;
    const auto result = ahp_weights(a);
    EXPECT_TRUE(result.weights.isApprox(Eigen::Vector2d(0.75, 0.25), 1e-12));
    EXPECT_EQ(result.consistency.cr, 0.0);
    const auto single = ahp_weights(Eigen::MatrixXd::Ones(1, 1));
    EXPECT_EQ(single.weights(0), 1.0);
    EXPECT_EQ(single.consistency.ci, 0.0);
}

TEST(Ahp, ChecksNameTheOffendingCell) {
    auto location_of = [](const Eigen::MatrixXd& a) {
        return testing::error_location([&] { check_pairwise_matrix(a, "/matrix"); });
    };
    Eigen::MatrixXd a = inconsistent_matrix();
    a(2, 1) = 0.3;  // not 1/4
    EXPECT_EQ(location_of(a), "/matrix/2/1");
    a = inconsistent_matrix();
    a(0, 2) = -4;
    EXPECT_EQ(location_of(a), "/matrix/0/2");
    a = inconsistent_matrix();
    a(1, 1) = 2;
    EXPECT_EQ(location_of(a), "/matrix/1/1");
    EXPECT_EQ(location_of(Eigen::MatrixXd::Ones(2, 3)), "/matrix");
    a = inconsistent_matrix();
    a(1, 0) = 0.5000001;  // typed reciprocals within 1e-6 pass
    EXPECT_EQ(location_of(a), "no error");
}

TEST(Ahp, PriorityMethodNamesRoundTrip) {
    for (auto method : {PriorityMethod::eigenvector, PriorityMethod::geometric_mean,
                        PriorityMethod::column_mean}) {
        EXPECT_EQ(priority_method_from_name(priority_method_name(method), "/method"), method);
    }
    EXPECT_THROW(priority_method_from_name("power", "/method"), InputError);
}

TEST(Ahp, HierarchySynthesisWeighsLocalPriorities) {
    // 0.6 * 0.5 + 0.4 * 0.2 = 0.38 and 0.6 * 0.5 + 0.4 * 0.8 = 0.62.
    Eigen::Matrix2d local;
    local << 0.5, 0.2, 0.5, 0.8;
    EXPECT_TRUE(synthesise_hierarchy(Eigen::Vector2d(0.6, 0.4), local)
                    .isApprox(Eigen::Vector2d(0.38, 0.62), 1e-12));
}

}  // namespace
}  // namespace finmech::criteria
