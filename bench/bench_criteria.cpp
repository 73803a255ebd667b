// Decision engine speed on the sizes of a national workshop: 20 alternatives x 6 criteria.
// Targets (issue 4): one TOPSIS call under 1 us; SMAA-2 with 10^6 weight draws under 1 s.
#include "finmech/criteria/methods.hpp"
#include "finmech/criteria/normalization.hpp"
#include "finmech/criteria/scorer.hpp"
#include "finmech/criteria/smaa.hpp"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

using namespace finmech::criteria;

constexpr Eigen::Index alternatives = 20;
constexpr Eigen::Index criteria = 6;

// A fixed, reproducible matrix with values in [1, 100]: no random numbers needed.
Eigen::MatrixXd workshop_matrix() {
    Eigen::MatrixXd m(alternatives, criteria);
    for (Eigen::Index i = 0; i < alternatives; ++i) {
        for (Eigen::Index j = 0; j < criteria; ++j) m(i, j) = 1.0 + static_cast<double>((37 * i + 11 * j * j + 5) % 100);
    }
    return m;
}

const std::vector<Direction> directions{Direction::benefit, Direction::cost, Direction::benefit,
                                        Direction::benefit, Direction::cost, Direction::benefit};

// One call as a user makes it: vector normalisation, then TOPSIS with its distances.
void topsis_one_call(benchmark::State& state) {
    const Eigen::MatrixXd m = workshop_matrix();
    const Eigen::VectorXd w = Eigen::VectorXd::Constant(criteria, 1.0 / criteria);
    for (auto _ : state) {
        const Eigen::MatrixXd r = normalize(m, directions, Normalization::vector);
        TopsisResult result = topsis(r, directions, w);
        benchmark::DoNotOptimize(result.closeness.data());
    }
}
BENCHMARK(topsis_one_call);

void smaa_weight_draws(benchmark::State& state, MethodName method) {
    const Eigen::MatrixXd m = workshop_matrix();
    MethodSpec spec;
    spec.name = method;
    spec.normalization = default_normalization(method);
    Scorer scorer(spec, directions);
    const SmaaOptions options{static_cast<std::size_t>(state.range(0)), 1, UniformWeights{}};
    for (auto _ : state) {
        SmaaResult result = smaa2(scorer, m, options);
        benchmark::DoNotOptimize(result.rank_acceptability.data());
    }
}
BENCHMARK_CAPTURE(smaa_weight_draws, wsm, MethodName::wsm)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(smaa_weight_draws, topsis, MethodName::topsis)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

}  // namespace
