#pragma once

#include <Eigen/Dense>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace finmech::criteria {

// Group AHP (Forman & Peniwati 1998, EJOR 108(1):165-169).
enum class GroupAggregation {
    aij,  // aggregate individual judgements: element-wise weighted geometric mean of the matrices
    aip,  // aggregate individual priorities: weighted geometric mean of the priority vectors
};

// "aij" | "aip"; InputError at `location` otherwise.
GroupAggregation group_aggregation_from_name(std::string_view name, const std::string& location);
std::string_view group_aggregation_name(GroupAggregation aggregation);

// Judge weights are normalised to sum 1; empty means equal weights. Throws InputError
// (location "/judges") for no judges, matrices or vectors of different sizes, or weights that
// are negative or sum to zero. The geometric mean keeps the result reciprocal (AIJ) and the
// Pareto principle (AIP).
Eigen::MatrixXd aggregate_judgements(const std::vector<Eigen::MatrixXd>& matrices,
                                     std::span<const double> judge_weights = {});

// The aggregated priorities are renormalised to sum 1.
Eigen::VectorXd aggregate_priorities(const std::vector<Eigen::VectorXd>& priorities,
                                     std::span<const double> judge_weights = {});

}  // namespace finmech::criteria
