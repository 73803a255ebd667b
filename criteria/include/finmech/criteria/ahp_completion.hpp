#pragma once

#include <Eigen/Dense>
#include <optional>
#include <string>
#include <vector>

namespace finmech::criteria {

// A pairwise matrix as entered: std::nullopt where a judgement was not given. When only one of
// a_ij and a_ji is given, the other is its reciprocal; a pair is missing when both are absent.
using IncompleteMatrix = std::vector<std::vector<std::optional<double>>>;

struct PairwiseCompletion {
    Eigen::MatrixXd matrix;  // complete, reciprocal
    bool had_gaps = false;   // some entry was absent, so `matrix` should be shown to the user
};

// Fills the missing pairs with the values that minimise lambda_max of the completed matrix
// (Bozoki, Fulop & Ronyai 2010, Mathematical and Computer Modelling 52:318-333, cyclic
// coordinates over x = exp(t), where lambda_max is convex in t). The optimum is unique when the
// given judgements connect every item, so a disconnected matrix is an InputError. Errors in
// entries are located at `location` + "/i/j", as in check_pairwise_matrix.
PairwiseCompletion complete_pairwise(const IncompleteMatrix& entries, const std::string& location);

}  // namespace finmech::criteria
