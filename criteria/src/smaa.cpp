#include "finmech/criteria/smaa.hpp"

#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/ranking.hpp"

#include <boost/random/exponential_distribution.hpp>
#include <boost/random/mersenne_twister.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace finmech::criteria {
namespace {

using Engine = boost::random::mt19937_64;

// Rejection sampling for interval weights gives up after this many tries for one draw.
constexpr std::size_t max_interval_tries = 100000;

void fail(const std::string& message) { throw InputError("/smaa/weights", message); }

class WeightSampler {
public:
    WeightSampler(const WeightModel& model, std::size_t criteria) : model_(model), n_(criteria) {
        std::visit([this](const auto& m) { check(m); }, model_);
    }

    void operator()(Engine& engine, Eigen::VectorXd& w) {
        std::visit([&](const auto& m) { draw(m, engine, w); }, model_);
    }

private:
    void check(const UniformWeights&) const {}
    void check(const FixedWeights& m) const {
        if (static_cast<std::size_t>(m.weights.size()) != n_ || (m.weights.array() < 0.0).any()) {
            fail("expected " + std::to_string(n_) + " fixed weights >= 0");
        }
    }
    void check(const OrderedWeights& m) const {
        std::vector<std::size_t> sorted = m.order;
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::size_t> all(n_);
        std::iota(all.begin(), all.end(), 0);
        if (sorted != all) fail("expected an order listing every criterion exactly once");
    }
    void check(const IntervalWeights& m) const {
        if (m.bounds.size() != n_) fail("expected one weight interval per criterion");
        double low = 0.0;
        double high = 0.0;
        for (const auto& b : m.bounds) {
            if (!(b.low >= 0.0 && b.low <= b.high && b.high <= 1.0)) {
                fail("expected weight intervals with 0 <= low <= high <= 1");
            }
            low += b.low;
            high += b.high;
        }
        if (low > 1.0 || high < 1.0) fail("no weights summing to 1 fit these intervals");
    }

    // Uniform on the simplex: normalised unit exponentials (a flat Dirichlet).
    static void simplex(Engine& engine, Eigen::VectorXd& w) {
        boost::random::exponential_distribution<double> exponential;
        for (Eigen::Index j = 0; j < w.size(); ++j) w[j] = exponential(engine);
        w /= w.sum();
    }

    void draw(const UniformWeights&, Engine& engine, Eigen::VectorXd& w) const { simplex(engine, w); }
    void draw(const FixedWeights& m, Engine&, Eigen::VectorXd& w) const { w = m.weights; }
    void draw(const OrderedWeights& m, Engine& engine, Eigen::VectorXd& w) {
        simplex(engine, scratch_);
        std::sort(scratch_.data(), scratch_.data() + scratch_.size(), std::greater<>());
        for (std::size_t k = 0; k < n_; ++k) w[static_cast<Eigen::Index>(m.order[k])] = scratch_[static_cast<Eigen::Index>(k)];
    }
    // Lower bounds are met exactly by drawing the slack 1 - sum(low) on the simplex; draws that
    // break an upper bound are rejected, which keeps the draw uniform on the allowed polytope.
    void draw(const IntervalWeights& m, Engine& engine, Eigen::VectorXd& w) {
        double slack = 1.0;
        for (const auto& b : m.bounds) slack -= b.low;
        for (std::size_t attempt = 0; attempt < max_interval_tries; ++attempt) {
            simplex(engine, scratch_);
            bool inside = true;
            for (std::size_t j = 0; j < n_ && inside; ++j) {
                const auto jj = static_cast<Eigen::Index>(j);
                w[jj] = m.bounds[j].low + slack * scratch_[jj];
                inside = w[jj] <= m.bounds[j].high;
            }
            if (inside) return;
        }
        fail("the weight intervals leave too small a share of the simplex to sample");
    }

    const WeightModel& model_;
    std::size_t n_;
    Eigen::VectorXd scratch_ = Eigen::VectorXd(static_cast<Eigen::Index>(n_));
};

double binomial_se(double p, double n) { return std::sqrt(std::max(0.0, p * (1.0 - p)) / n); }

// One pass of draws accumulating rank counts and first-rank weights, then a pass at each central
// weight vector. Without a sampler the matrix is set once and the second pass needs one draw.
SmaaResult run(Scorer& scorer, const MatrixSampler* sampler, const SmaaOptions& options) {
    if (options.draws == 0) throw InputError("/smaa/draws", "expected at least 1 draw, found 0");
    const auto n = static_cast<Eigen::Index>(scorer.effective_directions().size());
    const Eigen::Index m = scorer.normalized().rows();
    const auto next_matrix = [&](std::size_t k) {
        if (sampler == nullptr) return;
        Eigen::MatrixXd raw;
        (*sampler)(k, raw);
        if (raw.rows() != m || raw.cols() != n) {
            throw InputError("/matrix", "the matrix of draw " + std::to_string(k) + " is " +
                                            std::to_string(raw.rows()) + " x " + std::to_string(raw.cols()) +
                                            ", expected " + std::to_string(m) + " x " + std::to_string(n));
        }
        scorer.set_matrix(raw);
    };

    Engine engine(options.seed);
    WeightSampler weights(options.weights, static_cast<std::size_t>(n));
    Eigen::VectorXd w(n);
    Eigen::VectorXd scores(m);
    std::vector<int> ranks(static_cast<std::size_t>(m));
    Eigen::MatrixXd rank_counts = Eigen::MatrixXd::Zero(m, m);
    Eigen::MatrixXd weight_sum = Eigen::MatrixXd::Zero(m, n);
    Eigen::MatrixXd weight_square_sum = Eigen::MatrixXd::Zero(m, n);
    SmaaResult result;
    result.draws = options.draws;
    result.first_rank_draws.assign(static_cast<std::size_t>(m), 0);

    for (std::size_t k = 0; k < options.draws; ++k) {
        if (k > 0) next_matrix(k);  // the caller set the matrix of draw 0
        weights(engine, w);
        scorer.score(w, scores);
        competition_ranks(scores, scorer.better(), ranks);
        for (Eigen::Index i = 0; i < m; ++i) {
            const int rank = ranks[static_cast<std::size_t>(i)];
            rank_counts(i, rank - 1) += 1.0;
            if (rank == 1) {
                ++result.first_rank_draws[static_cast<std::size_t>(i)];
                weight_sum.row(i) += w.transpose();
                weight_square_sum.row(i) += w.cwiseAbs2().transpose();
            }
        }
    }

    const auto total = static_cast<double>(options.draws);
    result.rank_acceptability = rank_counts / total;
    result.rank_acceptability_se = result.rank_acceptability.unaryExpr(
        [total](double p) { return binomial_se(p, total); });
    result.central_weights = Eigen::MatrixXd::Zero(m, n);
    result.central_weights_se = Eigen::MatrixXd::Zero(m, n);
    for (Eigen::Index i = 0; i < m; ++i) {
        const auto count = static_cast<double>(result.first_rank_draws[static_cast<std::size_t>(i)]);
        if (count == 0.0) continue;
        result.central_weights.row(i) = weight_sum.row(i) / count;
        if (count < 2.0) continue;
        const Eigen::RowVectorXd variance =
            ((weight_square_sum.row(i) / count).array() - result.central_weights.row(i).array().square())
                .max(0.0) * count / (count - 1.0);
        result.central_weights_se.row(i) = (variance / count).cwiseSqrt();
    }

    const std::size_t confidence_draws = sampler == nullptr ? 1 : options.draws;
    Eigen::VectorXd hits = Eigen::VectorXd::Zero(m);
    for (std::size_t k = 0; k < confidence_draws; ++k) {
        next_matrix(k);
        for (Eigen::Index i = 0; i < m; ++i) {
            if (result.first_rank_draws[static_cast<std::size_t>(i)] == 0) continue;
            w = result.central_weights.row(i).transpose();
            scorer.score(w, scores);
            competition_ranks(scores, scorer.better(), ranks);
            hits[i] += ranks[static_cast<std::size_t>(i)] == 1 ? 1.0 : 0.0;
        }
    }
    const auto confidence_total = static_cast<double>(confidence_draws);
    result.confidence_factor = hits / confidence_total;
    result.confidence_factor_se = result.confidence_factor.unaryExpr(
        [confidence_total](double p) { return binomial_se(p, confidence_total); });
    return result;
}

}  // namespace

Eigen::MatrixXd sample_weights(const WeightModel& model, std::size_t criteria, std::size_t draws,
                               std::uint64_t seed) {
    Engine engine(seed);
    WeightSampler sampler(model, criteria);
    Eigen::MatrixXd out(static_cast<Eigen::Index>(draws), static_cast<Eigen::Index>(criteria));
    Eigen::VectorXd w(static_cast<Eigen::Index>(criteria));
    for (Eigen::Index k = 0; k < out.rows(); ++k) {
        sampler(engine, w);
        out.row(k) = w.transpose();
    }
    return out;
}

SmaaResult smaa2(Scorer& scorer, const Eigen::MatrixXd& matrix, const SmaaOptions& options) {
    scorer.set_matrix(matrix);
    return run(scorer, nullptr, options);
}

SmaaResult smaa2(Scorer& scorer, const MatrixSampler& sampler, const SmaaOptions& options) {
    Eigen::MatrixXd first;
    sampler(0, first);
    scorer.set_matrix(first);
    return run(scorer, &sampler, options);
}

}  // namespace finmech::criteria
