#include "finmech/criteria/ahp_group.hpp"

#include <algorithm>
#include <numeric>

#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria {
namespace {

std::vector<double> normalised_judge_weights(std::size_t judges, std::span<const double> weights) {
    if (judges == 0) throw InputError("/judges", "expected at least one judge; found none");
    if (weights.empty()) return std::vector<double>(judges, 1.0 / static_cast<double>(judges));
    if (weights.size() != judges) {
        throw InputError("/judges", "expected one weight per judge (" + std::to_string(judges) +
                                        "); found " + std::to_string(weights.size()));
    }
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (std::any_of(weights.begin(), weights.end(), [](double w) { return !(w >= 0.0); }) ||
        !(total > 0.0)) {
        throw InputError("/judges", "expected judge weights >= 0 with a positive sum");
    }
    std::vector<double> result(weights.begin(), weights.end());
    for (double& w : result) w /= total;
    return result;
}

// exp(sum_k w_k log x_k) over same-shaped matrices or vectors.
template <typename Dense>
Dense weighted_geometric_mean(const std::vector<Dense>& items, std::span<const double> weights) {
    const auto w = normalised_judge_weights(items.size(), weights);
    Dense log_sum = Dense::Zero(items.front().rows(), items.front().cols());
    for (std::size_t k = 0; k < items.size(); ++k) {
        if (items[k].rows() != log_sum.rows() || items[k].cols() != log_sum.cols()) {
            throw InputError(
                "/judges/" + std::to_string(k),
                "expected the same size as the first judge's (" + std::to_string(log_sum.rows()) +
                    " x " + std::to_string(log_sum.cols()) + "); found " +
                    std::to_string(items[k].rows()) + " x " + std::to_string(items[k].cols()));
        }
        log_sum += w[k] * items[k].array().log().matrix();
    }
    return log_sum.array().exp().matrix();
}

}  // namespace

GroupAggregation group_aggregation_from_name(std::string_view name, const std::string& location) {
    if (name == "aij") return GroupAggregation::aij;
    if (name == "aip") return GroupAggregation::aip;
    throw InputError(location, "expected \"aij\" or \"aip\"; found \"" + std::string(name) + "\"");
}

std::string_view group_aggregation_name(GroupAggregation aggregation) {
    return aggregation == GroupAggregation::aij ? "aij" : "aip";
}

Eigen::MatrixXd aggregate_judgements(const std::vector<Eigen::MatrixXd>& matrices,
                                     std::span<const double> judge_weights) {
    return weighted_geometric_mean(matrices, judge_weights);
}

Eigen::VectorXd aggregate_priorities(const std::vector<Eigen::VectorXd>& priorities,
                                     std::span<const double> judge_weights) {
    const Eigen::VectorXd mean = weighted_geometric_mean(priorities, judge_weights);
    return mean / mean.sum();
}

}  // namespace finmech::criteria
