#include "finmech/criteria/promethee.hpp"

#include "finmech/criteria/input_error.hpp"
#include "method_kernels.hpp"

#include <array>
#include <cmath>
#include <utility>

namespace finmech::criteria {
namespace {

struct ShapeName {
    PreferenceShape shape;
    std::string_view name;
    std::string_view alias;
    std::string_view roman;
};

constexpr std::array<ShapeName, 6> shape_names{{
    {PreferenceShape::usual, "usual", "usual", "I"},
    {PreferenceShape::u_shape, "u_shape", "u-shape", "II"},
    {PreferenceShape::v_shape, "v_shape", "v-shape", "III"},
    {PreferenceShape::level, "level", "level", "IV"},
    {PreferenceShape::linear, "linear", "linear", "V"},
    {PreferenceShape::gaussian, "gaussian", "gaussian", "VI"},
}};

}  // namespace

double PreferenceFunction::operator()(double d) const {
    if (d <= 0.0) return 0.0;
    switch (shape) {
    case PreferenceShape::usual: return 1.0;
    case PreferenceShape::u_shape: return d > q ? 1.0 : 0.0;
    case PreferenceShape::v_shape: return d >= p ? 1.0 : d / p;
    case PreferenceShape::level: return d <= q ? 0.0 : (d <= p ? 0.5 : 1.0);
    case PreferenceShape::linear: return d <= q ? 0.0 : (d >= p ? 1.0 : (d - q) / (p - q));
    case PreferenceShape::gaussian: return 1.0 - std::exp(-d * d / (2.0 * s * s));
    }
    return 0.0;
}

PreferenceShape parse_preference_shape(std::string_view text, const std::string& location) {
    for (const auto& entry : shape_names) {
        if (text == entry.name || text == entry.alias || text == entry.roman) return entry.shape;
    }
    throw InputError(location, "expected a preference function (usual, u_shape, v_shape, level, "
                               "linear, gaussian, or I to VI), found \"" + std::string(text) + "\"");
}

std::string_view to_string(PreferenceShape shape) {
    for (const auto& entry : shape_names) {
        if (entry.shape == shape) return entry.name;
    }
    return "usual";
}

void validate(const PreferenceFunction& f, const std::string& location) {
    const auto fail = [&](const std::string& message) { throw InputError(location, message); };
    const bool reads_q = f.shape == PreferenceShape::u_shape || f.shape == PreferenceShape::level ||
                         f.shape == PreferenceShape::linear;
    const bool reads_p = f.shape == PreferenceShape::v_shape || f.shape == PreferenceShape::level ||
                         f.shape == PreferenceShape::linear;
    if (reads_q && !(f.q >= 0.0 && std::isfinite(f.q))) {
        fail("expected an indifference threshold q >= 0, found " + std::to_string(f.q));
    }
    if (reads_p && !(f.p >= (reads_q ? f.q : 0.0) && std::isfinite(f.p))) {
        fail("expected a preference threshold p >= q, found p = " + std::to_string(f.p) +
             " and q = " + std::to_string(f.q));
    }
    if (f.shape == PreferenceShape::v_shape && !(f.p > 0.0)) {
        fail("the v_shape function expects p > 0, found " + std::to_string(f.p));
    }
    if (f.shape == PreferenceShape::gaussian && !(f.s > 0.0 && std::isfinite(f.s))) {
        fail("the gaussian function expects s > 0, found " + std::to_string(f.s));
    }
}

UnicriterionFlows unicriterion_flows(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                                     std::span<const PreferenceFunction> functions,
                                     FlowDivisor divisor) {
    const Eigen::Index m = r.rows();
    const Eigen::Index n = r.cols();
    if (static_cast<Eigen::Index>(functions.size()) != n ||
        static_cast<Eigen::Index>(directions.size()) != n) {
        throw InputError("/criteria", "expected one direction and one preference function for each "
                                      "of the " + std::to_string(n) + " matrix columns");
    }
    UnicriterionFlows flows{Eigen::MatrixXd::Zero(m, n), Eigen::MatrixXd::Zero(m, n)};
    const Eigen::Index count = divisor == FlowDivisor::alternatives ? m : m - 1;
    if (count == 0) return flows;
    for (Eigen::Index j = 0; j < n; ++j) {
        const double sign = directions[j] == Direction::benefit ? 1.0 : -1.0;
        for (Eigen::Index a = 0; a < m; ++a) {
            for (Eigen::Index b = 0; b < m; ++b) {
                const double preference = functions[j](sign * (r(a, j) - r(b, j)));
                flows.plus(a, j) += preference;
                flows.minus(b, j) += preference;
            }
        }
    }
    flows.plus /= static_cast<double>(count);
    flows.minus /= static_cast<double>(count);
    return flows;
}

PrometheeResult promethee2(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                           const Eigen::VectorXd& w, std::span<const PreferenceFunction> functions,
                           FlowDivisor divisor) {
    detail::require_consistent(r, directions, w);
    const UnicriterionFlows flows = unicriterion_flows(r, directions, functions, divisor);
    PrometheeResult result{flows.plus * w, flows.minus * w, {}};
    result.net_flow = result.phi_plus - result.phi_minus;
    return result;
}

}  // namespace finmech::criteria
