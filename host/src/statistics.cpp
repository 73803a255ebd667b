#include "finmech/host/statistics.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <vector>

namespace finmech::host {

namespace {

struct Position {
    std::size_t below;  // the order statistic at or below q (n - 1)
    double fraction;    // how far towards the next one
};

Position position_of(std::size_t n, double q) {
    const double h = q * static_cast<double>(n - 1);
    const auto below = static_cast<std::size_t>(std::floor(h));
    return {below, h - static_cast<double>(below)};
}

// The order statistics `ranks` (0-based) of a sample lying in [low, high], exactly: the sample
// is counted into equal-width bins, which keeps its order across bins, and only the bins holding
// a wanted rank are sorted. Three passes over the sample instead of one selection per rank.
template <std::size_t K>
std::array<double, K> order_statistics(std::span<const double> sample,
                                       const std::array<std::size_t, K>& ranks, double low,
                                       double high) {
    std::array<double, K> out;
    const double scale = 4096.0 / (high - low);
    if (!(high > low) || !std::isfinite(scale)) {
        out.fill(low);  // every value is the same
        return out;
    }
    constexpr std::size_t bins = 4096;
    const auto bin = [&](double x) {
        return std::min(bins - 1, static_cast<std::size_t>((x - low) * scale));
    };
    std::vector<std::size_t> first_rank(bins + 1, 0);  // rank of each bin's smallest value
    for (double x : sample) ++first_rank[bin(x) + 1];
    std::partial_sum(first_rank.begin(), first_rank.end(), first_rank.begin());

    std::array<std::size_t, K> bin_of{};
    for (std::size_t k = 0; k < K; ++k)
        bin_of[k] = static_cast<std::size_t>(
            std::upper_bound(first_rank.begin(), first_rank.end(), ranks[k]) -
            first_rank.begin() - 1);
    std::array<std::vector<double>, K> held;
    for (double x : sample) {
        const std::size_t b = bin(x);
        for (std::size_t k = 0; k < K; ++k)
            if (b == bin_of[k]) {
                held[k].push_back(x);
                break;  // ranks sharing a bin share its values
            }
    }
    for (std::size_t k = 0; k < K; ++k) {
        const std::size_t owner = static_cast<std::size_t>(
            std::find(bin_of.begin(), bin_of.end(), bin_of[k]) - bin_of.begin());
        std::vector<double>& values = held[owner];
        if (owner == k) std::sort(values.begin(), values.end());
        out[k] = values[ranks[k] - first_rank[bin_of[k]]];
    }
    return out;
}

}  // namespace

Percentiles summarize(std::span<const double> sample) {
    const std::size_t n = sample.size();
    double sum = 0, low = sample.front(), high = sample.front();
    for (double x : sample) {
        sum += x;
        low = std::min(low, x);
        high = std::max(high, x);
    }
    const std::array<Position, 3> at{position_of(n, 0.05), position_of(n, 0.50),
                                     position_of(n, 0.95)};
    std::array<std::size_t, 6> ranks{};
    for (std::size_t i = 0; i < 3; ++i) {
        ranks[2 * i] = at[i].below;
        ranks[2 * i + 1] = std::min(at[i].below + 1, n - 1);
    }
    const auto x = order_statistics(sample, ranks, low, high);
    const auto interpolate = [&](std::size_t i) {
        return x[2 * i] + at[i].fraction * (x[2 * i + 1] - x[2 * i]);
    };
    return {sum / static_cast<double>(n), interpolate(0), interpolate(1), interpolate(2)};
}

Percentiles scaled(const Percentiles& p, double factor) {
    return {p.mean * factor, p.p5 * factor, p.p50 * factor, p.p95 * factor};
}

}  // namespace finmech::host
