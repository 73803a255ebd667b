#include "finmech/criteria/ahp_completion.hpp"

#include <algorithm>
#include <boost/math/tools/minima.hpp>
#include <cmath>
#include <limits>
#include <utility>

#include "finmech/criteria/ahp.hpp"
#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria {
namespace {

using Pair = std::pair<Eigen::Index, Eigen::Index>;

// Items reachable from item 0 through given judgements.
std::vector<bool> reachable_from_first(const std::vector<std::vector<bool>>& given) {
    std::vector<bool> seen(given.size(), false);
    std::vector<std::size_t> stack{0};
    seen[0] = true;
    while (!stack.empty()) {
        const std::size_t i = stack.back();
        stack.pop_back();
        for (std::size_t j = 0; j < given.size(); ++j) {
            if (given[i][j] && !seen[j]) {
                seen[j] = true;
                stack.push_back(j);
            }
        }
    }
    return seen;
}

}  // namespace

PairwiseCompletion complete_pairwise(const IncompleteMatrix& entries, const std::string& location) {
    const std::size_t n = entries.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (entries[i].size() != n) {
            throw InputError(location + "/" + std::to_string(i),
                             "expected a square matrix: " + std::to_string(n) +
                                 " entries in this row; found " +
                                 std::to_string(entries[i].size()));
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            const auto& x = entries[i][j];
            if (x && !(std::isfinite(*x) && *x > 0.0)) {
                throw InputError(location + "/" + std::to_string(i) + "/" + std::to_string(j),
                                 "expected a positive number or null; found " + std::to_string(*x));
            }
        }
    }
    PairwiseCompletion result;
    const auto order = static_cast<Eigen::Index>(n);
    result.matrix = Eigen::MatrixXd::Ones(order, order);
    std::vector<std::vector<bool>> given(n, std::vector<bool>(n, false));
    std::vector<Pair> missing;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            const auto& a = entries[i][j];
            const auto& b = entries[j][i];
            const auto r = static_cast<Eigen::Index>(i);
            const auto c = static_cast<Eigen::Index>(j);
            result.had_gaps = result.had_gaps || !a;
            given[i][j] = a || b;
            if (a) {
                result.matrix(r, c) = *a;
            } else if (b) {
                result.matrix(r, c) = 1.0 / *b;
            } else if (i < j) {
                missing.emplace_back(r, c);
            }
        }
    }
    check_pairwise_matrix(result.matrix, location);
    if (missing.empty()) return result;

    const auto seen = reachable_from_first(given);
    const auto cut = std::find(seen.begin(), seen.end(), false);
    if (cut != seen.end()) {
        throw InputError(location, "the given judgements do not link item 0 with item " +
                                       std::to_string(cut - seen.begin()) +
                                       ", so the missing ones cannot be estimated; add a "
                                       "judgement that compares the two groups");
    }

    // The optimum of each coordinate lies within the spread of the path products of given
    // judgements, which the bound below exceeds.
    const double bound =
        static_cast<double>(n - 1) * result.matrix.array().log().abs().maxCoeff() + 1.0;
    constexpr int bits = std::numeric_limits<double>::digits / 2;
    // Each coordinate is found to about sqrt(machine epsilon), so stop a little above that.
    constexpr double tolerance = 1e-6;
    for (int sweep = 0; sweep < 200; ++sweep) {
        double largest_step = 0.0;
        for (const auto& [i, j] : missing) {
            Eigen::MatrixXd& a = result.matrix;
            auto lambda_at = [&](double t) {
                a(i, j) = std::exp(t);
                a(j, i) = std::exp(-t);
                return principal_eigenvalue(a);
            };
            const double before = std::log(a(i, j));
            const double best =
                boost::math::tools::brent_find_minima(lambda_at, -bound, bound, bits).first;
            lambda_at(best);
            largest_step = std::max(largest_step, std::abs(best - before));
        }
        if (largest_step < tolerance) break;
    }
    return result;
}

}  // namespace finmech::criteria
