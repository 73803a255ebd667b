#pragma once

#include "finmech/criteria/normalization.hpp"

#include <Eigen/Core>

#include <cstddef>
#include <span>
#include <vector>

// The compensatory methods. Each reads a matrix already normalised (alternatives x criteria, see
// normalization.hpp), the directions that still apply after that normalisation
// (directions_after), and one weight per criterion used as given: normalise weights first
// (direct_weights) when they should sum to 1. Sizes that do not match throw InputError.
namespace finmech::criteria {

// Weighted sum: sum_j w_j r_ij, cost columns entering with a minus sign.
Eigen::VectorXd weighted_sum(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                             const Eigen::VectorXd& w);

// Weighted product: prod_j r_ij^w_j, cost columns with exponent -w_j. Needs r >= 0, and r > 0 in
// cost columns (InputError at "/matrix/i/j" otherwise).
Eigen::VectorXd weighted_product(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                                 const Eigen::VectorXd& w);

// TOPSIS (Hwang & Yoon 1981) on the weighted matrix v_ij = w_j r_ij. The ideal takes the column
// maximum for benefit and the minimum for cost; the anti-ideal the opposite. closeness =
// d_minus / (d_plus + d_minus), and 0.5 when both distances are 0 (every alternative alike).
struct TopsisResult {
    Eigen::VectorXd closeness;
    Eigen::VectorXd d_plus;
    Eigen::VectorXd d_minus;
    Eigen::VectorXd ideal;
    Eigen::VectorXd anti_ideal;
};
TopsisResult topsis(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                    const Eigen::VectorXd& w);

// VIKOR (Opricovic & Tzeng 2004). With f*_j / f-_j the best / worst value of criterion j:
//   s_i = sum_j w_j (f*_j - f_ij) / (f*_j - f-_j)     r_i = max_j of the same terms
//   q_i = v (s_i - s*) / (s- - s*) + (1 - v) (r_i - r*) / (r- - r*)
// A constant column adds 0, and a constant s or r adds 0 to q. Lower q is better.
// C1 acceptable advantage: q(a2) - q(a1) >= 1/(m-1) for the two best by q.
// C2 acceptable stability: a1 is also best by s or by r.
// Compromise set: {a1} if both hold; a1 and a2 if only C2 fails; otherwise every a(k) with
// q(a(k)) - q(a1) < 1/(m-1). Listed in order of q; one alternative is its own compromise.
struct VikorResult {
    Eigen::VectorXd s;
    Eigen::VectorXd r;
    Eigen::VectorXd q;
    bool acceptable_advantage = true;
    bool acceptable_stability = true;
    std::vector<std::size_t> compromise_set;
};
VikorResult vikor(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                  const Eigen::VectorXd& w, double v = 0.5);

}  // namespace finmech::criteria
