#include <gtest/gtest.h>

#include <vector>

#include "finmech/criteria/ahp_group.hpp"
#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria {
namespace {

Eigen::MatrixXd pair_matrix(double a12) {
    Eigen::Matrix2d a;
    a << 1, a12, 1 / a12, 1;
    return a;
}

TEST(AhpGroup, AijIsTheWeightedGeometricMeanOfJudgements) {
    const std::vector judges{pair_matrix(2), pair_matrix(8)};
    // Equal weights: sqrt(2 * 8) = 4. Weights 3 : 1: 2^0.75 * 8^0.25 = 2^1.5 = 2.828427.
    EXPECT_NEAR(aggregate_judgements(judges)(0, 1), 4.0, 1e-12);
    EXPECT_NEAR(aggregate_judgements(judges)(1, 0), 0.25, 1e-12);
    const std::vector weights{3.0, 1.0};
    EXPECT_NEAR(aggregate_judgements(judges, weights)(0, 1), 2.828427, 1e-6);
}

TEST(AhpGroup, AipIsTheRenormalisedGeometricMeanOfPriorities) {
    // sqrt(0.5 * 0.8) = 0.632456 and sqrt(0.5 * 0.2) = 0.316228, i.e. 2/3 and 1/3 once summed to 1.
    const std::vector<Eigen::VectorXd> priorities{Eigen::Vector2d(0.5, 0.5),
                                                  Eigen::Vector2d(0.8, 0.2)};
    EXPECT_TRUE(
        aggregate_priorities(priorities).isApprox(Eigen::Vector2d(2.0 / 3, 1.0 / 3), 1e-12));
}

TEST(AhpGroup, BadGroupsAreErrors) {
    EXPECT_THROW(aggregate_judgements({}), InputError);
    try {
        aggregate_judgements({pair_matrix(2), Eigen::MatrixXd::Ones(3, 3)});
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/judges/1");
    }
    const std::vector negative{1.0, -1.0};
    EXPECT_THROW(aggregate_judgements({pair_matrix(2), pair_matrix(3)}, negative), InputError);
    const std::vector too_few{1.0};
    EXPECT_THROW(aggregate_judgements({pair_matrix(2), pair_matrix(3)}, too_few), InputError);
}

TEST(AhpGroup, AggregationNames) {
    EXPECT_EQ(group_aggregation_from_name("aip", "/aggregation"), GroupAggregation::aip);
    EXPECT_EQ(group_aggregation_name(GroupAggregation::aij), "aij");
    EXPECT_THROW(group_aggregation_from_name("mean", "/aggregation"), InputError);
}

}  // namespace
}  // namespace finmech::criteria
