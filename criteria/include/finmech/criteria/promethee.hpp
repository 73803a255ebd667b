#pragma once

#include "finmech/criteria/normalization.hpp"

#include <Eigen/Core>

#include <span>
#include <string>

// PROMETHEE II (Brans & Vincke 1985) with the six generalised criteria.
namespace finmech::criteria {

// P(d) for a difference d in favour of one alternative; 0 for d <= 0 in every shape.
//   usual      1 if d > 0
//   u_shape    1 if d > q
//   v_shape    d / p up to p, then 1
//   level      0 up to q, 1/2 up to p, then 1
//   linear     0 up to q, (d - q) / (p - q) up to p, then 1
//   gaussian   1 - exp(-d^2 / (2 s^2))
enum class PreferenceShape { usual, u_shape, v_shape, level, linear, gaussian };

struct PreferenceFunction {
    PreferenceShape shape = PreferenceShape::usual;
    double q = 0.0;
    double p = 0.0;
    double s = 0.0;

    double operator()(double d) const;
};

// Accepts the names above (also "u-shape", "v-shape") or the Roman type numbers I to VI.
PreferenceShape parse_preference_shape(std::string_view text, const std::string& location);
std::string_view to_string(PreferenceShape shape);

// Throws InputError at `location` unless 0 <= q <= p where the shape reads them, p > 0 for v_shape
// and s > 0 for gaussian.
void validate(const PreferenceFunction& f, const std::string& location);

// Brans' definition divides flows by m-1; R's MCDA package divides by m.
enum class FlowDivisor { alternatives_minus_one, alternatives };

// Flows of each criterion alone (alternatives x criteria): PROMETHEE II's flows are their
// weighted sums, phi = unicriterion * w, which is how weights can be redrawn cheaply.
struct UnicriterionFlows {
    Eigen::MatrixXd plus;
    Eigen::MatrixXd minus;
};
UnicriterionFlows unicriterion_flows(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                                     std::span<const PreferenceFunction> functions,
                                     FlowDivisor divisor = FlowDivisor::alternatives_minus_one);

// phi_plus(a) = sum_b pi(a, b) / divisor, phi_minus(a) = sum_b pi(b, a) / divisor,
// pi(a, b) = sum_j w_j P_j(d_j(a, b)); net_flow = phi_plus - phi_minus, higher is better.
// One alternative gets flows of 0.
struct PrometheeResult {
    Eigen::VectorXd phi_plus;
    Eigen::VectorXd phi_minus;
    Eigen::VectorXd net_flow;
};
PrometheeResult promethee2(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                           const Eigen::VectorXd& w, std::span<const PreferenceFunction> functions,
                           FlowDivisor divisor = FlowDivisor::alternatives_minus_one);

}  // namespace finmech::criteria
