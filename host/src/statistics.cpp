#include "finmech/host/statistics.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <numeric>
#include <vector>

namespace finmech::host {

namespace {

constexpr std::array<double, 3> levels{0.05, 0.50, 0.95};
constexpr std::size_t wanted = 2 * levels.size();  // the order statistics either side of each
constexpr std::size_t bins = 4096;
constexpr std::uint8_t no_list = wanted;

struct Position {
    std::size_t below;  // the order statistic at or below q (n - 1)
    double fraction;    // how far towards the next one
};

Position position_of(std::size_t n, double q) {
    const double h = q * static_cast<double>(n - 1);
    const auto below = static_cast<std::size_t>(std::floor(h));
    return {below, h - static_cast<double>(below)};
}

}  // namespace

// Each column's percentiles, exactly, in three passes over the matrix, row after row: its sum and
// extremes; the bin of each value among equal-width bins between them, which keeps the order
// across bins, and how many values each bin holds; the values of the few bins that hold a
// wanted order statistic, among which alone it is then selected. Per-column state lies in one
// array per quantity, indexed by column.
std::vector<Percentiles> summarize_columns(std::span<const double> matrix, std::size_t columns) {
    const std::size_t n = matrix.size() / columns;

    std::vector<double> sum(columns, 0.0);
    std::vector<double> low(matrix.begin(), matrix.begin() + static_cast<std::ptrdiff_t>(columns));
    std::vector<double> high = low;
    for (std::size_t r = 0, i = 0; r < n; ++r)
        for (std::size_t c = 0; c < columns; ++c, ++i) {
            sum[c] += matrix[i];
            low[c] = std::min(low[c], matrix[i]);
            high[c] = std::max(high[c], matrix[i]);
        }

    // Bins per unit of value; 0 for a column of one value, which then fills bin 0 alone.
    std::vector<double> scale(columns, 0.0);
    for (std::size_t c = 0; c < columns; ++c)
        if (const double s = static_cast<double>(bins) / (high[c] - low[c]);
            high[c] > low[c] && std::isfinite(s))
            scale[c] = s;
    // bin[i]: the bin of matrix[i]; first_rank[c * (bins + 1) + b]: the rank of the smallest
    // value of column c's bin b.
    const auto bin = std::make_unique_for_overwrite<std::uint16_t[]>(matrix.size());
    std::vector<std::size_t> first_rank(columns * (bins + 1), 0);
    for (std::size_t r = 0, i = 0; r < n; ++r)
        for (std::size_t c = 0; c < columns; ++c, ++i) {
            // Through int: converting a double to a 64-bit unsigned integer costs a branch.
            bin[i] = static_cast<std::uint16_t>(static_cast<int>(
                std::min(static_cast<double>(bins - 1), (matrix[i] - low[c]) * scale[c])));
            ++first_rank[c * (bins + 1) + bin[i] + 1];
        }

    std::array<Position, levels.size()> at{};
    std::array<std::size_t, wanted> rank{};
    for (std::size_t i = 0; i < levels.size(); ++i) {
        at[i] = position_of(n, levels[i]);
        rank[2 * i] = at[i].below;
        rank[2 * i + 1] = std::min(at[i].below + 1, n - 1);
    }
    // Which list keeps the values of column c's bin b, if one does: ranks sharing a bin share
    // the list of the first of them.
    std::vector<std::uint8_t> list_of_bin(columns * bins, no_list);
    std::vector<std::array<std::size_t, wanted>> bin_of_rank(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        if (scale[c] == 0) continue;  // its one value is every order statistic
        const auto first = first_rank.begin() + static_cast<std::ptrdiff_t>(c * (bins + 1));
        std::partial_sum(first, first + bins + 1, first);
        for (std::size_t k = 0; k < wanted; ++k) {
            const std::size_t b = bin_of_rank[c][k] =
                static_cast<std::size_t>(std::upper_bound(first, first + bins + 1, rank[k]) -
                                         first - 1);
            if (list_of_bin[c * bins + b] == no_list)
                list_of_bin[c * bins + b] = static_cast<std::uint8_t>(k);
        }
    }
    std::vector<std::array<std::vector<double>, wanted>> held(columns);
    for (std::size_t r = 0, i = 0; r < n; ++r)
        for (std::size_t c = 0; c < columns; ++c, ++i)
            if (const std::uint8_t list = list_of_bin[c * bins + bin[i]]; list != no_list)
                held[c][list].push_back(matrix[i]);

    std::vector<Percentiles> out;
    for (std::size_t c = 0; c < columns; ++c) {
        std::array<double, wanted> x;
        x.fill(low[c]);
        for (std::size_t k = 0; k < wanted && scale[c] > 0; ++k) {
            const std::size_t b = bin_of_rank[c][k];
            std::vector<double>& values = held[c][list_of_bin[c * bins + b]];
            const auto nth = values.begin() +
                             static_cast<std::ptrdiff_t>(rank[k] - first_rank[c * (bins + 1) + b]);
            std::nth_element(values.begin(), nth, values.end());
            x[k] = *nth;
        }
        const auto interpolate = [&](std::size_t i) {
            return x[2 * i] + at[i].fraction * (x[2 * i + 1] - x[2 * i]);
        };
        out.push_back(
            {sum[c] / static_cast<double>(n), interpolate(0), interpolate(1), interpolate(2)});
    }
    return out;
}

Percentiles summarize(std::span<const double> sample) {
    return summarize_columns(sample, 1).front();
}

Percentiles scaled(const Percentiles& p, double factor) {
    return {p.mean * factor, p.p5 * factor, p.p50 * factor, p.p95 * factor};
}

ColumnMoments column_moments(std::span<const double> matrix, std::size_t columns) {
    const std::size_t rows = columns ? matrix.size() / columns : 0;
    ColumnMoments m{std::vector<double>(columns, 0.0), std::vector<double>(columns, 0.0)};
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c) m.mean[c] += matrix[r * columns + c];
    for (double& x : m.mean) x /= static_cast<double>(std::max<std::size_t>(rows, 1));
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c) {
            const double deviation = matrix[r * columns + c] - m.mean[c];
            m.variance[c] += deviation * deviation;
        }
    for (double& v : m.variance) v = rows > 1 ? v / static_cast<double>(rows - 1) : 0.0;
    return m;
}

}  // namespace finmech::host
