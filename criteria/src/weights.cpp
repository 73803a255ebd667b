#include "finmech/criteria/weights.hpp"

#include "finmech/criteria/input_error.hpp"
#include "json_pointer.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

namespace finmech::criteria {
namespace {

using detail::criterion_pointer;

void require_criteria(std::size_t n) {
    if (n == 0) throw InputError("/criteria", "expected at least one criterion, found none");
}

// Checks every value is finite and within [0, upper]; returns their sum, which must be > 0.
double checked_sum(std::span<const double> values, double upper) {
    require_criteria(values.size());
    double total = 0.0;
    for (std::size_t j = 0; j < values.size(); ++j) {
        if (!std::isfinite(values[j]) || values[j] < 0.0 || values[j] > upper) {
            std::ostringstream message;
            message << "expected a number in [0, " << upper << "], found " << values[j];
            throw InputError(criterion_pointer(j, "weight"), message.str());
        }
        total += values[j];
    }
    if (total <= 0.0) {
        throw InputError("/criteria", "expected at least one positive weight, found all 0");
    }
    return total;
}

Eigen::VectorXd divided_by(std::span<const double> values, double total) {
    Eigen::VectorXd w(static_cast<Eigen::Index>(values.size()));
    for (std::size_t j = 0; j < values.size(); ++j) w[static_cast<Eigen::Index>(j)] = values[j] / total;
    return w;
}

}  // namespace

Weights direct_weights(std::span<const double> raw) {
    const double total = checked_sum(raw, HUGE_VAL);
    Weights result{divided_by(raw, total), {}};
    if (std::abs(total - 1.0) > 1e-9) {
        std::ostringstream note;
        note << "weights summed to " << total << "; each was divided by that sum";
        result.notes.push_back(note.str());
    }
    return result;
}

Weights rank_order_centroid(std::span<const int> ranks) {
    require_criteria(ranks.size());
    const std::size_t n = ranks.size();
    for (std::size_t j = 0; j < n; ++j) {
        if (ranks[j] < 1) {
            throw InputError(criterion_pointer(j, "weight"),
                             "expected an importance rank >= 1, found " + std::to_string(ranks[j]));
        }
    }
    // centroid[k]: weight of position k (0-based) in a strict order of n criteria.
    std::vector<double> centroid(n);
    double tail = 0.0;
    for (std::size_t k = n; k-- > 0;) {
        tail += 1.0 / static_cast<double>(k + 1);
        centroid[k] = tail / static_cast<double>(n);
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
    Weights result{Eigen::VectorXd(static_cast<Eigen::Index>(n)), {}};
    for (std::size_t first = 0; first < n;) {
        std::size_t last = first;
        while (last < n && ranks[order[last]] == ranks[order[first]]) ++last;
        const double shared = std::accumulate(centroid.begin() + static_cast<std::ptrdiff_t>(first),
                                              centroid.begin() + static_cast<std::ptrdiff_t>(last), 0.0) /
                              static_cast<double>(last - first);
        for (std::size_t k = first; k < last; ++k) result.values[static_cast<Eigen::Index>(order[k])] = shared;
        first = last;
    }
    result.notes.push_back("weights from importance ranks by the rank-order centroid");
    return result;
}

Weights swing_weights(std::span<const double> points) {
    const double total = checked_sum(points, 100.0);
    Weights result{divided_by(points, total), {}};
    result.notes.push_back("weights from swing points divided by their sum");
    return result;
}

}  // namespace finmech::criteria
