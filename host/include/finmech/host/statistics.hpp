// finmech host: summaries of Monte Carlo samples.
#pragma once

#include <span>
#include <vector>

namespace finmech::host {

struct Percentiles {
    double mean = 0, p5 = 0, p50 = 0, p95 = 0;
};

// Mean, 5th, 50th and 95th percentiles of a non-empty sample of finite numbers, exactly, in
// linear time. A percentile is interpolated linearly between order statistics (Hyndman & Fan
// type 7, the default of R and NumPy).
Percentiles summarize(std::span<const double> sample);

// summarize() of each column of a row-major matrix of finite numbers with `columns` columns and
// at least one row (draws x years, as batches are laid out), read row by row: three sequential
// passes over the matrix rather than a strided pass, or a copy, per column.
std::vector<Percentiles> summarize_columns(std::span<const double> matrix, std::size_t columns);

// `p` with every statistic multiplied by `factor` >= 0, which keeps their order: the
// percentiles of a sample scaled by a positive constant.
// The mean and sample variance (divisor n - 1; 0 for one row) of each column of a row-major
// matrix with `columns` columns, read row by row: two passes, no strided access.
struct ColumnMoments {
    std::vector<double> mean, variance;
};
ColumnMoments column_moments(std::span<const double> matrix, std::size_t columns);

Percentiles scaled(const Percentiles& p, double factor);

}  // namespace finmech::host
