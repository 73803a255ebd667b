#pragma once

#include <Eigen/Dense>
#include <string>
#include <string_view>

#include "finmech/criteria/ahp_random_index.hpp"

namespace finmech::criteria {

// A pairwise comparison matrix A holds a_ij = how many times item i matters more than item j:
// positive, a_ii = 1 and a_ji = 1 / a_ij.

// How priorities are derived from a complete pairwise matrix.
enum class PriorityMethod {
    eigenvector,     // Saaty: principal right eigenvector (the default)
    geometric_mean,  // normalised row geometric means (RGMM, Crawford & Williams 1985)
    column_mean,     // row means of the column-normalised matrix (Saaty's approximation)
};

// "eigenvector" | "geometric_mean" | "column_mean"; InputError at `location` otherwise.
PriorityMethod priority_method_from_name(std::string_view name, const std::string& location);
std::string_view priority_method_name(PriorityMethod method);

struct Consistency {
    double lambda_max = 0.0;  // mean of (A w)_i / w_i: the principal eigenvalue for eigenvector w
    double ci = 0.0;          // (lambda_max - n) / (n - 1); 0 for n <= 2
    double cr = 0.0;  // ci / RI(n); 0 for n <= 2, where every reciprocal matrix is consistent
    // Triad measures, 0 for n <= 2 (no triads), as in R MCDA pairwiseConsistencyMeasures():
    double congruence = 0.0;  // mean |ln a_ij - ln(a_ik a_kj)| (Siraj, Mikhailov & Keane 2015)
    double dissonance = 0.0;  // share of triads where a_ij and a_ik a_kj disagree on the side of 1
    double koczkodaj = 0.0;  // max over triads of min(|1 - a_ik/(a_ij a_jk)|, |1 - a_ij a_jk/a_ik|)
    bool consistent() const { return cr <= 0.10; }
};

struct AhpWeights {
    Eigen::VectorXd weights;  // positive, summing to 1
    Consistency consistency;
};

// Throws InputError at `location` + "/i/j" for a non-square matrix, an entry that is not finite
// and positive, a diagonal entry other than 1, or a_ij * a_ji != 1 (relative tolerance 1e-6,
// so 0.3333333 passes for 1/3 and 0.33 does not).
void check_pairwise_matrix(const Eigen::MatrixXd& a, const std::string& location);

// Largest real eigenvalue (the Perron root) of a positive square matrix.
double principal_eigenvalue(const Eigen::MatrixXd& a);

// Priorities of a checked pairwise matrix, summing to 1.
Eigen::VectorXd ahp_priorities(const Eigen::MatrixXd& a, PriorityMethod method);

// Consistency of the matrix given its priorities, with RI from the named table.
Consistency ahp_consistency(const Eigen::MatrixXd& a, const Eigen::VectorXd& weights,
                            std::string_view random_index_table = default_random_index_table);

// Checks the matrix (errors located under `location`), then priorities and consistency.
AhpWeights ahp_weights(const Eigen::MatrixXd& a,
                       PriorityMethod method = PriorityMethod::eigenvector,
                       std::string_view random_index_table = default_random_index_table,
                       const std::string& location = "/matrix");

// Distributive synthesis of a hierarchy: global_k = sum_c criteria_weights_c * local(k, c), with
// local holding one column of alternative priorities per criterion.
Eigen::VectorXd synthesise_hierarchy(const Eigen::VectorXd& criteria_weights,
                                     const Eigen::MatrixXd& local_priorities);

}  // namespace finmech::criteria
