#include "finmech/host/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace finmech::host {

double quantile(const std::vector<double>& sorted, double q) {
    const double position = q * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double fraction = position - static_cast<double>(below);
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
}

Percentiles summarize(std::vector<double> sample) {
    std::sort(sample.begin(), sample.end());
    const double mean =
        std::accumulate(sample.begin(), sample.end(), 0.0) / static_cast<double>(sample.size());
    return {mean, quantile(sample, 0.05), quantile(sample, 0.50), quantile(sample, 0.95)};
}

}  // namespace finmech::host
