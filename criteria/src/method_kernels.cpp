#include "method_kernels.hpp"

#include "finmech/criteria/input_error.hpp"
#include "json_pointer.hpp"

#include <cmath>
#include <utility>

namespace finmech::criteria::detail {
namespace {

// Best and worst value of column j: (max, min) for benefit, (min, max) for cost.
std::pair<double, double> best_and_worst(const Eigen::MatrixXd& r, Eigen::Index j, Direction d) {
    const double hi = r.col(j).maxCoeff();
    const double lo = r.col(j).minCoeff();
    return d == Direction::benefit ? std::pair{hi, lo} : std::pair{lo, hi};
}

// (x - lo) / (hi - lo), or 0 when the range is empty.
double share_of_range(double x, double lo, double hi) { return hi == lo ? 0.0 : (x - lo) / (hi - lo); }

}  // namespace

void require_consistent(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                        const Eigen::VectorXd& w) {
    if (r.rows() == 0 || r.cols() == 0) {
        throw InputError("/matrix", "expected at least one alternative and one criterion");
    }
    if (static_cast<Eigen::Index>(directions.size()) != r.cols() || w.size() != r.cols()) {
        throw InputError("/criteria", "expected one direction and one weight for each of the " +
                                          std::to_string(r.cols()) + " matrix columns, found " +
                                          std::to_string(directions.size()) + " and " +
                                          std::to_string(w.size()));
    }
    for (Eigen::Index j = 0; j < w.size(); ++j) {
        if (!std::isfinite(w[j]) || w[j] < 0.0) {
            throw InputError(criterion_pointer(j, "weight"),
                             "expected a finite weight >= 0, found " + std::to_string(w[j]));
        }
    }
}

void require_product_domain(const Eigen::MatrixXd& r, std::span<const Direction> directions) {
    for (Eigen::Index j = 0; j < r.cols(); ++j) {
        for (Eigen::Index i = 0; i < r.rows(); ++i) {
            const bool cost = directions[j] == Direction::cost;
            if (r(i, j) < 0.0 || (cost && r(i, j) == 0.0)) {
                throw InputError(cell_pointer(i, j),
                                 std::string("the weighted product expects normalised values ") +
                                     (cost ? "> 0 in a cost column" : ">= 0") + ", found " +
                                     std::to_string(r(i, j)));
            }
        }
    }
}

void weighted_sum_into(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                       const Eigen::VectorXd& w, Eigen::Ref<Eigen::VectorXd> score) {
    score.setZero();
    for (Eigen::Index j = 0; j < r.cols(); ++j) {
        const double signed_weight = directions[j] == Direction::benefit ? w[j] : -w[j];
        score += signed_weight * r.col(j);
    }
}

void weighted_product_into(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                           const Eigen::VectorXd& w, Eigen::Ref<Eigen::VectorXd> score) {
    score.setOnes();
    for (Eigen::Index j = 0; j < r.cols(); ++j) {
        if (w[j] == 0.0) continue;
        const double exponent = directions[j] == Direction::benefit ? w[j] : -w[j];
        score.array() *= r.col(j).array().pow(exponent);
    }
}

void topsis_into(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                 const Eigen::VectorXd& w, Eigen::Ref<Eigen::VectorXd> closeness,
                 Eigen::Ref<Eigen::VectorXd> d_plus, Eigen::Ref<Eigen::VectorXd> d_minus) {
    d_plus.setZero();
    d_minus.setZero();
    for (Eigen::Index j = 0; j < r.cols(); ++j) {
        // w_j >= 0, so the ideal of the weighted column is w_j times the ideal of the column.
        const auto [best, worst] = best_and_worst(r, j, directions[j]);
        const double wj2 = w[j] * w[j];
        d_plus.array() += wj2 * (r.col(j).array() - best).square();
        d_minus.array() += wj2 * (r.col(j).array() - worst).square();
    }
    d_plus = d_plus.cwiseSqrt();
    d_minus = d_minus.cwiseSqrt();
    for (Eigen::Index i = 0; i < r.rows(); ++i) {
        const double total = d_plus[i] + d_minus[i];
        closeness[i] = total > 0.0 ? d_minus[i] / total : 0.5;
    }
}

void vikor_into(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                const Eigen::VectorXd& w, double v, Eigen::Ref<Eigen::VectorXd> s,
                Eigen::Ref<Eigen::VectorXd> regret, Eigen::Ref<Eigen::VectorXd> q) {
    s.setZero();
    regret.setZero();
    for (Eigen::Index j = 0; j < r.cols(); ++j) {
        const auto [best, worst] = best_and_worst(r, j, directions[j]);
        for (Eigen::Index i = 0; i < r.rows(); ++i) {
            const double term = w[j] * share_of_range(r(i, j), best, worst);
            s[i] += term;
            regret[i] = std::max(regret[i], term);
        }
    }
    const double s_best = s.minCoeff();
    const double s_worst = s.maxCoeff();
    const double r_best = regret.minCoeff();
    const double r_worst = regret.maxCoeff();
    for (Eigen::Index i = 0; i < r.rows(); ++i) {
        q[i] = v * share_of_range(s[i], s_best, s_worst) +
               (1.0 - v) * share_of_range(regret[i], r_best, r_worst);
    }
}

}  // namespace finmech::criteria::detail
