#pragma once

#include "finmech/criteria/cell_distribution.hpp"
#include "finmech/criteria/normalization.hpp"
#include "finmech/criteria/scorer.hpp"

#include <Eigen/Core>

#include <cstddef>
#include <cstdint>
#include <variant>
#include <vector>

// SMAA-2 (Lahdelma & Salminen 2001) for any method a Scorer computes.
namespace finmech::criteria {

// What is known about the weights: nothing (uniform on the simplex), exact values, an order of
// importance, or an interval per criterion. Each draw is uniform over the weights allowed.
struct UniformWeights {};
struct FixedWeights { Eigen::VectorXd weights; };
struct OrderedWeights { std::vector<std::size_t> order; };  // criterion indices, most important first
struct IntervalWeights { std::vector<ValueRange> bounds; };   // one [low, high] per criterion
using WeightModel = std::variant<UniformWeights, FixedWeights, OrderedWeights, IntervalWeights>;

struct SmaaOptions {
    std::size_t draws = 10000;
    std::uint64_t seed = 1;
    WeightModel weights = UniformWeights{};
};

// Outputs with their Monte Carlo standard errors (binomial sqrt(p(1-p)/N) for probabilities,
// sd / sqrt(count) for central weights, 0 where fewer than two draws back an estimate).
struct SmaaResult {
    std::size_t draws = 0;
    Eigen::MatrixXd rank_acceptability;     // alternatives x ranks: share of draws at each rank
    Eigen::MatrixXd rank_acceptability_se;
    Eigen::MatrixXd central_weights;        // alternatives x criteria: mean weights when ranked first
    Eigen::MatrixXd central_weights_se;
    Eigen::VectorXd confidence_factor;      // P(first | central weights), over the matrix draws
    Eigen::VectorXd confidence_factor_se;
    std::vector<std::size_t> first_rank_draws;  // 0: never first, central weights undefined (zeros)
};

// Weight vectors drawn as SMAA draws them (draws x criteria): for checking a weight model, not for
// large N. Throws InputError at "/smaa/weights" for a model that allows no weights.
Eigen::MatrixXd sample_weights(const WeightModel& model, std::size_t criteria, std::size_t draws,
                               std::uint64_t seed);

// SMAA-2 on a fixed matrix: only the weights vary; confidence factors are then exact (0 or 1).
// Ranks are competition ranks, ties sharing the best. Memory does not grow with the draws.
SmaaResult smaa2(Scorer& scorer, const Eigen::MatrixXd& matrix, const SmaaOptions& options);

// SMAA-2 where the matrix of draw k comes from `sampler` (cell distributions, or a host's Monte
// Carlo draws of modelled scores); weights drawn as in `options`.
SmaaResult smaa2(Scorer& scorer, const MatrixSampler& sampler, const SmaaOptions& options);

}  // namespace finmech::criteria
