#include "finmech/criteria/methods.hpp"

#include "finmech/criteria/input_error.hpp"
#include "method_kernels.hpp"

#include <algorithm>
#include <numeric>

namespace finmech::criteria {

Eigen::VectorXd weighted_sum(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                             const Eigen::VectorXd& w) {
    detail::require_consistent(r, directions, w);
    Eigen::VectorXd score(r.rows());
    detail::weighted_sum_into(r, directions, w, score);
    return score;
}

Eigen::VectorXd weighted_product(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                                 const Eigen::VectorXd& w) {
    detail::require_consistent(r, directions, w);
    detail::require_product_domain(r, directions);
    Eigen::VectorXd score(r.rows());
    detail::weighted_product_into(r, directions, w, score);
    return score;
}

TopsisResult topsis(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                    const Eigen::VectorXd& w) {
    detail::require_consistent(r, directions, w);
    const Eigen::Index m = r.rows();
    TopsisResult result{Eigen::VectorXd(m), Eigen::VectorXd(m), Eigen::VectorXd(m),
                        Eigen::VectorXd(r.cols()), Eigen::VectorXd(r.cols())};
    detail::topsis_into(r, directions, w, result.closeness, result.d_plus, result.d_minus);
    for (Eigen::Index j = 0; j < r.cols(); ++j) {
        const double hi = w[j] * r.col(j).maxCoeff();
        const double lo = w[j] * r.col(j).minCoeff();
        const bool benefit = directions[j] == Direction::benefit;
        result.ideal[j] = benefit ? hi : lo;
        result.anti_ideal[j] = benefit ? lo : hi;
    }
    return result;
}

VikorResult vikor(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                  const Eigen::VectorXd& w, double v) {
    detail::require_consistent(r, directions, w);
    if (!(v >= 0.0 && v <= 1.0)) {
        throw InputError("/method/v", "expected v in [0, 1], found " + std::to_string(v));
    }
    const Eigen::Index m = r.rows();
    VikorResult result{Eigen::VectorXd(m), Eigen::VectorXd(m), Eigen::VectorXd(m), true, true, {}};
    detail::vikor_into(r, directions, w, v, result.s, result.r, result.q);

    std::vector<std::size_t> by_q(static_cast<std::size_t>(m));
    std::iota(by_q.begin(), by_q.end(), 0);
    std::stable_sort(by_q.begin(), by_q.end(), [&](std::size_t a, std::size_t b) {
        return result.q[static_cast<Eigen::Index>(a)] < result.q[static_cast<Eigen::Index>(b)];
    });
    if (m == 1) {
        result.compromise_set = by_q;
        return result;
    }
    // Rounding must not turn a published "Q(a2) - Q(a1) = DQ" into a failed condition.
    constexpr double slack = 1e-12;
    const double dq = 1.0 / static_cast<double>(m - 1);
    const auto q_of = [&](std::size_t k) { return result.q[static_cast<Eigen::Index>(by_q[k])]; };
    const auto a1 = static_cast<Eigen::Index>(by_q[0]);
    result.acceptable_advantage = q_of(1) - q_of(0) >= dq - slack;
    result.acceptable_stability =
        result.s[a1] <= result.s.minCoeff() || result.r[a1] <= result.r.minCoeff();
    if (!result.acceptable_advantage) {
        for (std::size_t k = 0; k < by_q.size() && q_of(k) - q_of(0) < dq - slack; ++k) {
            result.compromise_set.push_back(by_q[k]);
        }
    } else {
        const std::size_t size = result.acceptable_stability ? 1 : 2;
        result.compromise_set.assign(by_q.begin(), by_q.begin() + static_cast<std::ptrdiff_t>(size));
    }
    return result;
}

}  // namespace finmech::criteria
