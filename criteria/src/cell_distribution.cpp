#include "finmech/criteria/cell_distribution.hpp"

#include "finmech/criteria/input_error.hpp"

#include <boost/math/distributions/normal.hpp>
#include <boost/random/uniform_01.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <type_traits>
#include <utility>

namespace finmech::criteria {
namespace {

using Engine = boost::random::mt19937_64;

class Fields {
public:
    Fields(const nlohmann::json& object, const std::string& location)
        : object_(object), location_(location) {}

    double number(const char* key) const {
        const auto it = object_.find(key);
        if (it == object_.end() || !it->is_number() || !std::isfinite(it->get<double>())) {
            throw InputError(location_ + "/" + key, std::string("expected a finite number for \"") +
                                                        key + "\"" +
                                                        (it == object_.end() ? ", found nothing"
                                                                             : ", found " + it->dump()));
        }
        return it->get<double>();
    }

    double number_or(const char* key, double fallback) const {
        return object_.contains(key) ? number(key) : fallback;
    }

    void require(bool condition, const std::string& message) const {
        if (!condition) throw InputError(location_, message);
    }

private:
    const nlohmann::json& object_;
    const std::string& location_;
};

boost::math::normal standard_normal() { return boost::math::normal(0.0, 1.0); }

// Probability mass of a normal between its truncation bounds, as (cdf(low), cdf(high)).
std::pair<double, double> truncation_mass(const NormalCell& c) {
    const auto z = standard_normal();
    const double a = std::isfinite(c.low) ? boost::math::cdf(z, (c.low - c.mean) / c.sd) : 0.0;
    const double b = std::isfinite(c.high) ? boost::math::cdf(z, (c.high - c.mean) / c.sd) : 1.0;
    return {a, b};
}

bool is_truncated(const NormalCell& c) { return std::isfinite(c.low) || std::isfinite(c.high); }

std::pair<double, double> pert_shape(const PertCell& c) {
    const double width = c.high - c.low;
    return {1.0 + 4.0 * (c.mode - c.low) / width, 1.0 + 4.0 * (c.high - c.mode) / width};
}

struct Mean {
    double operator()(double value) const { return value; }
    double operator()(const UniformCell& c) const { return 0.5 * (c.low + c.high); }
    double operator()(const TriangularCell& c) const { return (c.low + c.mode + c.high) / 3.0; }
    double operator()(const PertCell& c) const { return (c.low + 4.0 * c.mode + c.high) / 6.0; }
    double operator()(const NormalCell& c) const {
        if (!is_truncated(c)) return c.mean;
        const auto z = standard_normal();
        const auto [a, b] = truncation_mass(c);
        const double pdf_low = std::isfinite(c.low) ? boost::math::pdf(z, (c.low - c.mean) / c.sd) : 0.0;
        const double pdf_high = std::isfinite(c.high) ? boost::math::pdf(z, (c.high - c.mean) / c.sd) : 0.0;
        return c.mean + c.sd * (pdf_low - pdf_high) / (b - a);
    }
    double operator()(const LogNormalCell& c) const { return std::exp(c.mu + 0.5 * c.sigma * c.sigma); }
    double operator()(const BetaCell& c) const { return c.alpha / (c.alpha + c.beta); }
};

Cell parse_distribution(const nlohmann::json& value, const std::string& location) {
    const auto kind = value.find("dist");
    if (kind == value.end() || !kind->is_string()) {
        throw InputError(location + "/dist", "expected \"dist\": one of uniform, triangular, pert, "
                                             "normal, lognormal, beta");
    }
    const Fields f(value, location);
    const std::string name = kind->get<std::string>();
    if (name == "uniform") {
        const UniformCell c{f.number("low"), f.number("high")};
        f.require(c.low < c.high, "a uniform distribution expects low < high");
        return c;
    }
    if (name == "triangular" || name == "pert") {
        const double low = f.number("low");
        const double mode = f.number("mode");
        const double high = f.number("high");
        f.require(low <= mode && mode <= high && low < high,
                  "a " + name + " distribution expects low <= mode <= high and low < high");
        if (name == "pert") return PertCell{low, mode, high};
        return TriangularCell{low, mode, high};
    }
    if (name == "normal") {
        const NormalCell c{f.number("mean"), f.number("sd"),
                           f.number_or("low", -std::numeric_limits<double>::infinity()),
                           f.number_or("high", std::numeric_limits<double>::infinity())};
        f.require(c.sd > 0.0, "a normal distribution expects sd > 0");
        f.require(c.low < c.high, "a truncated normal expects low < high");
        const auto [a, b] = truncation_mass(c);
        f.require(b - a > 1e-9, "the truncation bounds of this normal hold almost no probability");
        return c;
    }
    if (name == "lognormal") {
        const LogNormalCell c{f.number("mu"), f.number("sigma")};
        f.require(c.sigma > 0.0, "a lognormal distribution expects sigma > 0");
        return c;
    }
    if (name == "beta") {
        const BetaCell c{f.number("alpha"), f.number("beta")};
        f.require(c.alpha > 0.0 && c.beta > 0.0, "a beta distribution expects alpha > 0 and beta > 0");
        return c;
    }
    throw InputError(location + "/dist", "expected one of uniform, triangular, pert, normal, "
                                         "lognormal, beta; found \"" + name + "\"");
}

}  // namespace

Cell parse_cell(const nlohmann::json& value, const std::string& location) {
    if (value.is_number()) {
        const double x = value.get<double>();
        if (!std::isfinite(x)) throw InputError(location, "expected a finite number, found " + value.dump());
        return x;
    }
    if (value.is_object()) return parse_distribution(value, location);
    throw InputError(location, "expected a number or a distribution object, found " + value.dump());
}

double mean(const Cell& cell) { return std::visit(Mean{}, cell); }

CellSampler::CellSampler(const Cell& cell) : law_(set_up(cell)) {}

CellSampler::Law CellSampler::set_up(const Cell& cell) {
    struct SetUp {
        Law operator()(double value) const { return Fixed{value}; }
        Law operator()(const UniformCell& c) const {
            return boost::random::uniform_real_distribution<double>(c.low, c.high);
        }
        Law operator()(const TriangularCell& c) const {
            return boost::random::triangle_distribution<double>(c.low, c.mode, c.high);
        }
        Law operator()(const PertCell& c) const {
            const auto [a, b] = pert_shape(c);
            return Pert{c.low, c.high - c.low, boost::random::beta_distribution<double>(a, b)};
        }
        Law operator()(const NormalCell& c) const {
            if (!is_truncated(c)) return boost::random::normal_distribution<double>(c.mean, c.sd);
            const auto [a, b] = truncation_mass(c);
            return TruncatedNormal{c, a, b};
        }
        Law operator()(const LogNormalCell& c) const {
            return boost::random::lognormal_distribution<double>(c.mu, c.sigma);
        }
        Law operator()(const BetaCell& c) const {
            return boost::random::beta_distribution<double>(c.alpha, c.beta);
        }
    };
    return std::visit(SetUp{}, cell);
}

double CellSampler::operator()(Engine& engine) {
    return std::visit(
        [&](auto& law) -> double {
            using Kind = std::decay_t<decltype(law)>;
            if constexpr (std::is_same_v<Kind, Fixed>) {
                return law.value;
            } else if constexpr (std::is_same_v<Kind, Pert>) {
                return law.low + law.width * law.beta(engine);
            } else if constexpr (std::is_same_v<Kind, TruncatedNormal>) {
                // Inverse CDF on the truncated mass: exact, no rejection loop.
                const double a = law.mass_below_low, b = law.mass_below_high;
                const double u = a + (b - a) * boost::random::uniform_01<double>()(engine);
                const double z = boost::math::quantile(standard_normal(), std::clamp(u, a, b));
                return std::clamp(law.cell.mean + law.cell.sd * z, law.cell.low, law.cell.high);
            } else {
                return law(engine);  // one of Boost.Random's distributions
            }
        },
        law_);
}

bool is_fixed(const Cell& cell) { return std::holds_alternative<double>(cell); }

bool CellMatrix::all_fixed() const {
    return std::all_of(cells.begin(), cells.end(), [](const Cell& c) { return is_fixed(c); });
}

Eigen::MatrixXd CellMatrix::means() const {
    Eigen::MatrixXd m(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
    for (std::size_t i = 0; i < rows; ++i) {
        for (std::size_t j = 0; j < cols; ++j) {
            m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = mean(at(i, j));
        }
    }
    return m;
}

MatrixSampler cell_sampler(CellMatrix matrix, std::uint64_t seed) {
    auto engine = std::make_shared<Engine>(seed);
    std::vector<CellSampler> samplers(matrix.cells.begin(), matrix.cells.end());
    return [rows = matrix.rows, cols = matrix.cols, samplers = std::move(samplers),
            engine](std::size_t, Eigen::MatrixXd& out) mutable {
        out.resize(static_cast<Eigen::Index>(rows), static_cast<Eigen::Index>(cols));
        for (std::size_t i = 0; i < rows; ++i) {
            for (std::size_t j = 0; j < cols; ++j) {
                out(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
                    samplers[i * cols + j](*engine);
            }
        }
    };
}

}  // namespace finmech::criteria
