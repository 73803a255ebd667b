#include "finmech/host/statistics.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace finmech::host {

namespace {

// The type-7 q-quantile of the whole sample, selecting only inside [first, last) when that range
// holds its order statistic: elements before `first` must be no larger than those inside, and
// those from `last` on no smaller, as an earlier selection leaves them. Otherwise the whole
// sample is searched.
double quantile_within(std::span<double> sample, std::size_t first, std::size_t last, double q) {
    const std::size_t n = sample.size();
    const double position = q * static_cast<double>(n - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    if (below < first || below >= last) first = 0, last = n;
    const auto at = [&](std::size_t i) { return sample.begin() + static_cast<std::ptrdiff_t>(i); };
    std::nth_element(at(first), at(below), at(last));
    // The next order statistic: the smallest above the nth inside the range, or, at its end,
    // the first element after it.
    const double next = below + 1 < last ? *std::min_element(at(below + 1), at(last))
                        : last < n       ? *std::min_element(at(last), sample.end())
                                         : sample[below];
    const double fraction = position - static_cast<double>(below);
    return sample[below] + fraction * (next - sample[below]);
}

}  // namespace

double quantile(std::vector<double>& sample, double q) {
    return quantile_within(sample, 0, sample.size(), q);
}

Percentiles summarize_in_place(std::span<double> sample) {
    const std::size_t n = sample.size();
    const double mean = std::accumulate(sample.begin(), sample.end(), 0.0) / static_cast<double>(n);
    // Select the median first; the 5th and 95th percentiles then lie on either side of it.
    const auto middle = static_cast<std::size_t>(std::floor(0.5 * static_cast<double>(n - 1)));
    const double p50 = quantile_within(sample, 0, n, 0.50);
    const double p5 = quantile_within(sample, 0, middle, 0.05);
    const double p95 = quantile_within(sample, middle + 1, n, 0.95);
    return {mean, p5, p50, p95};
}

Percentiles scaled(const Percentiles& p, double factor) {
    return {p.mean * factor, p.p5 * factor, p.p50 * factor, p.p95 * factor};
}

}  // namespace finmech::host
