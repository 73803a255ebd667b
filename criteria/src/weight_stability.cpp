#include "finmech/criteria/weight_stability.hpp"

#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/ranking.hpp"

#include <algorithm>
#include <cmath>

namespace finmech::criteria {
namespace {

constexpr int scan_steps = 200;
constexpr double bisection_tolerance = 1e-10;

// w with criterion j set to t and the others sharing 1 - t in their original proportions.
Eigen::VectorXd reweighted(const Eigen::VectorXd& w, Eigen::Index j, double t) {
    const Eigen::Index n = w.size();
    const double rest = 1.0 - w[j];
    Eigen::VectorXd out(n);
    for (Eigen::Index k = 0; k < n; ++k) {
        const double share = rest > 0.0 ? w[k] / rest : 1.0 / static_cast<double>(n - 1);
        out[k] = k == j ? t : (1.0 - t) * share;
    }
    return out;
}

Eigen::Index leader(Scorer& scorer, const Eigen::VectorXd& w) {
    Eigen::VectorXd scores(scorer.normalized().rows());
    scorer.score(w, scores);
    const std::vector<int> ranks = competition_ranks(scores, scorer.better());
    return std::find(ranks.begin(), ranks.end(), 1) - ranks.begin();
}

bool stays_first(Scorer& scorer, const Eigen::VectorXd& w, Eigen::Index j, double t, Eigen::Index first) {
    Eigen::VectorXd scores(scorer.normalized().rows());
    scorer.score(reweighted(w, j, t), scores);
    return competition_ranks(scores, scorer.better())[static_cast<std::size_t>(first)] == 1;
}

// Weighted sum: score_i(t) = t a_i + (1 - t) b_i, so "first stays ahead of i" is a half-line in t.
StabilityInterval exact_interval(const Scorer& scorer, const Eigen::VectorXd& w, Eigen::Index j,
                                 Eigen::Index first) {
    const Eigen::MatrixXd& r = scorer.normalized();
    Eigen::VectorXd sign(w.size());
    for (Eigen::Index k = 0; k < w.size(); ++k) {
        sign[k] = scorer.effective_directions()[static_cast<std::size_t>(k)] == Direction::benefit ? 1.0 : -1.0;
    }
    Eigen::VectorXd others = reweighted(w, j, 0.0).cwiseProduct(sign);
    const Eigen::VectorXd a = sign[j] * r.col(j);
    const Eigen::VectorXd b = r * others;
    StabilityInterval interval{0.0, 1.0};
    for (Eigen::Index i = 0; i < r.rows(); ++i) {
        const double at_zero = b[first] - b[i];
        const double slope = (a[first] - a[i]) - at_zero;
        if (slope > 0.0) interval.low = std::max(interval.low, -at_zero / slope);
        if (slope < 0.0) interval.high = std::min(interval.high, -at_zero / slope);
    }
    // Rounding must not push the current weight, where `first` is first by definition, outside.
    interval.low = std::clamp(std::min(interval.low, w[j]), 0.0, 1.0);
    interval.high = std::clamp(std::max(interval.high, w[j]), 0.0, 1.0);
    return interval;
}

// The end of the connected interval from w_j (where first is first) towards `limit`.
double searched_end(Scorer& scorer, const Eigen::VectorXd& w, Eigen::Index j, Eigen::Index first,
                    double limit) {
    double inside = w[j];
    const double step = (limit - inside) / scan_steps;
    for (int k = 1; k <= scan_steps; ++k) {
        const double t = k == scan_steps ? limit : w[j] + k * step;
        if (!stays_first(scorer, w, j, t, first)) {
            double outside = t;
            while (std::abs(outside - inside) > bisection_tolerance) {
                const double middle = 0.5 * (inside + outside);
                (stays_first(scorer, w, j, middle, first) ? inside : outside) = middle;
            }
            return inside;
        }
        inside = t;
    }
    return limit;
}

}  // namespace

std::vector<StabilityInterval> weight_stability(Scorer& scorer, const Eigen::VectorXd& w) {
    const Eigen::Index n = w.size();
    if (n != static_cast<Eigen::Index>(scorer.effective_directions().size()) ||
        std::abs(w.sum() - 1.0) > 1e-9 || (w.array() < 0.0).any()) {
        throw InputError("/criteria", "weight stability expects one weight >= 0 per criterion, "
                                      "summing to 1");
    }
    if (n == 1) return {StabilityInterval{1.0, 1.0}};
    const Eigen::Index first = leader(scorer, w);
    std::vector<StabilityInterval> intervals;
    for (Eigen::Index j = 0; j < n; ++j) {
        if (scorer.spec().name == MethodName::wsm) {
            intervals.push_back(exact_interval(scorer, w, j, first));
        } else {
            intervals.push_back({searched_end(scorer, w, j, first, 0.0),
                                 searched_end(scorer, w, j, first, 1.0)});
        }
    }
    return intervals;
}

}  // namespace finmech::criteria
