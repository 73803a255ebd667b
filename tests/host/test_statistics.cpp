// Summaries of samples (finmech/host/statistics.hpp), against values worked by hand with the
// type 7 rule: the q-quantile of n sorted values sits at position h = (n - 1) q, counted from 0,
// between x[floor h] and x[floor h + 1]. R's quantile() and NumPy's percentile() agree.
#include <vector>

#include <finmech/host/statistics.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

using finmech::host::summarize;

TEST(Summarize, InterpolatesBetweenOrderStatistics) {
    const auto p = summarize(std::vector<double>{4, 1, 5, 3, 2});
    EXPECT_DOUBLE_EQ(p.p5, 1.2);   // h = 0.2: 1 + 0.2 x (2 - 1)
    EXPECT_DOUBLE_EQ(p.p50, 3.0);  // h = 2
    EXPECT_DOUBLE_EQ(p.p95, 4.8);  // h = 3.8: 4 + 0.8 x (5 - 4)
}

// Unequal gaps between order statistics weigh the interpolation.
TEST(Summarize, NeedsNoSortedSample) {
    const auto p = summarize(std::vector<double>{80, 10, 40, 20});
    EXPECT_DOUBLE_EQ(p.mean, 37.5);  // 150 / 4
    EXPECT_DOUBLE_EQ(p.p5, 11.5);
    EXPECT_DOUBLE_EQ(p.p50, 30.0);
    EXPECT_DOUBLE_EQ(p.p95, 74.0);
}

TEST(Summarize, GivesTheValueItselfForASampleOfOne) {
    const auto p = summarize(std::vector<double>{7.25});
    EXPECT_EQ(p.mean, 7.25);
    EXPECT_EQ(p.p5, 7.25);
    EXPECT_EQ(p.p50, 7.25);
    EXPECT_EQ(p.p95, 7.25);
}

}  // namespace

namespace {

// The type-7 percentile read off a fully sorted copy: the plain definition, as a reference.
double sorted_quantile(std::vector<double> x, double q) {
    std::sort(x.begin(), x.end());
    const double h = q * static_cast<double>(x.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, x.size() - 1);
    return x[lo] + (h - static_cast<double>(lo)) * (x[hi] - x[lo]);
}

TEST(Summarize, AgreesWithSortingForEverySampleSize) {
    for (std::size_t n = 1; n <= 60; ++n) {
        std::vector<double> x;
        for (std::size_t i = 0; i < n; ++i)
            x.push_back(static_cast<double>((i * 7919) % 101) - 50.0 + (i % 3 == 0 ? 0.5 : 0.0));
        const auto p = finmech::host::summarize(x);
        EXPECT_DOUBLE_EQ(p.p5, sorted_quantile(x, 0.05)) << "n = " << n;
        EXPECT_DOUBLE_EQ(p.p50, sorted_quantile(x, 0.50)) << "n = " << n;
        EXPECT_DOUBLE_EQ(p.p95, sorted_quantile(x, 0.95)) << "n = " << n;
    }
}

// Large samples whose values crowd into few bins: ties, one far outlier, a long right tail.
TEST(Summarize, AgreesWithSortingOnCrowdedLargeSamples) {
    std::vector<std::vector<double>> samples(3);
    for (std::size_t i = 0; i < 100000; ++i) {
        samples[0].push_back(static_cast<double>(i % 7));
        samples[1].push_back(i == 4242 ? 1e12 : 1.0 + static_cast<double>(i % 1000) * 1e-9);
        samples[2].push_back(std::exp(static_cast<double>((i * 7919) % 100003) / 5000.0));
    }
    for (const auto& x : samples) {
        const auto p = finmech::host::summarize(x);
        EXPECT_EQ(p.p5, sorted_quantile(x, 0.05));
        EXPECT_EQ(p.p50, sorted_quantile(x, 0.50));
        EXPECT_EQ(p.p95, sorted_quantile(x, 0.95));
    }
}

}  // namespace

namespace {

// A draws x years batch whose columns differ in kind: spread, constant, crowded with ties and
// an outlier. Each column's summary must equal the summary of that column alone.
TEST(SummarizeColumns, EqualsSummarizingEachColumnOnItsOwn) {
    const std::size_t rows = 20000, columns = 4;
    std::vector<double> matrix;
    std::vector<std::vector<double>> column(columns);
    for (std::size_t r = 0; r < rows; ++r) {
        const double row[] = {std::exp(static_cast<double>((r * 7919) % 10007) / 2000.0), 3.5,
                              r == 777 ? 1e15 : static_cast<double>(r % 5),
                              -static_cast<double>((r * 104729) % 1009)};
        for (std::size_t c = 0; c < columns; ++c) {
            matrix.push_back(row[c]);
            column[c].push_back(row[c]);
        }
    }
    const auto together = finmech::host::summarize_columns(matrix, columns);
    ASSERT_EQ(together.size(), columns);
    for (std::size_t c = 0; c < columns; ++c) {
        const auto alone = summarize(column[c]);
        EXPECT_DOUBLE_EQ(together[c].mean,
                  std::accumulate(column[c].begin(), column[c].end(), 0.0) /
                      static_cast<double>(rows))
            << "column " << c;
        EXPECT_EQ(together[c].p5, sorted_quantile(column[c], 0.05)) << "column " << c;
        EXPECT_EQ(together[c].p50, sorted_quantile(column[c], 0.50)) << "column " << c;
        EXPECT_EQ(together[c].p95, sorted_quantile(column[c], 0.95)) << "column " << c;
        EXPECT_EQ(together[c].p95, alone.p95) << "column " << c;
    }
    EXPECT_EQ(together[1].p5, 3.5);
}

}  // namespace
