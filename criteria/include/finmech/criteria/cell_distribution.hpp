#pragma once

#include <Eigen/Core>
#include <boost/random/beta_distribution.hpp>
#include <boost/random/lognormal_distribution.hpp>
#include <boost/random/mersenne_twister.hpp>
#include <boost/random/normal_distribution.hpp>
#include <boost/random/triangle_distribution.hpp>
#include <boost/random/uniform_real_distribution.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <variant>
#include <vector>

// Uncertain matrix cells: a value known only as a distribution, drawn afresh in each SMAA draw.
namespace finmech::criteria {

struct UniformCell { double low, high; };
struct TriangularCell { double low, mode, high; };
struct PertCell { double low, mode, high; };  // Beta on [low, high], shape 4 (Vose)
struct NormalCell {
    double mean, sd;
    double low = -std::numeric_limits<double>::infinity();   // optional truncation
    double high = std::numeric_limits<double>::infinity();
};
struct LogNormalCell { double mu, sigma; };  // parameters of log(x)
struct BetaCell { double alpha, beta; };

using Cell = std::variant<double, UniformCell, TriangularCell, PertCell, NormalCell, LogNormalCell,
                          BetaCell>;

// A number, or {"dist": "uniform", "low", "high"} | {"dist": "triangular", "low", "mode", "high"} |
// {"dist": "pert", "low", "mode", "high"} | {"dist": "normal", "mean", "sd"[, "low", "high"]} |
// {"dist": "lognormal", "mu", "sigma"} | {"dist": "beta", "alpha", "beta"}.
// Throws InputError at `location` (or below it) for anything else or impossible parameters.
Cell parse_cell(const nlohmann::json& value, const std::string& location);

double mean(const Cell& cell);

// Draws from one cell again and again. Its distribution is set up once (Boost.Random's objects
// precompute square roots, and a truncated normal its probability mass), not at every draw.
class CellSampler {
public:
    explicit CellSampler(const Cell& cell);

    // One draw from `engine` (Boost.Random, so the same on every platform).
    double operator()(boost::random::mt19937_64& engine);

private:
    struct Fixed {
        double value;
    };
    struct Pert {  // low + width x beta
        double low, width;
        boost::random::beta_distribution<double> beta;
    };
    struct TruncatedNormal {
        NormalCell cell;
        double mass_below_low, mass_below_high;  // the CDF at the bounds
    };
    using Law = std::variant<Fixed, boost::random::uniform_real_distribution<double>,
                             boost::random::triangle_distribution<double>, Pert,
                             boost::random::normal_distribution<double>, TruncatedNormal,
                             boost::random::lognormal_distribution<double>,
                             boost::random::beta_distribution<double>>;
    static Law set_up(const Cell& cell);

    Law law_;
};

bool is_fixed(const Cell& cell);

// A decision matrix whose cells may be distributions; row-major, alternatives x criteria.
struct CellMatrix {
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::vector<Cell> cells;

    const Cell& at(std::size_t i, std::size_t j) const { return cells[i * cols + j]; }
    bool all_fixed() const;
    Eigen::MatrixXd means() const;
};

// Fills `matrix` (resized by the caller or by the sampler) for Monte Carlo draw k. SMAA calls it
// with k = 0, 1, ..., N-1, and again with k = 0, ..., N-1 for the confidence factors, so a host can
// hand over its own modelled draws by index.
using MatrixSampler = std::function<void(std::size_t draw, Eigen::MatrixXd& matrix)>;

// A sampler drawing every cell independently from a mt19937_64 seeded with `seed`; the same seed
// gives the same sequence of matrices.
MatrixSampler cell_sampler(CellMatrix matrix, std::uint64_t seed);

}  // namespace finmech::criteria
