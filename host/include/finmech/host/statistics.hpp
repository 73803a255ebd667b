// finmech host: summaries of Monte Carlo samples.
#pragma once

#include <span>
#include <vector>

namespace finmech::host {

struct Percentiles {
    double mean = 0, p5 = 0, p50 = 0, p95 = 0;
};

// The q-quantile (0 <= q <= 1) of a non-empty sample, interpolated linearly between order
// statistics (Hyndman & Fan type 7, the default of R and NumPy). Found by selection, in linear
// time; the sample's order changes.
double quantile(std::vector<double>& sample, double q);

// Mean, 5th, 50th and 95th percentiles (type 7, as quantile()) of a non-empty sample of finite
// numbers, exactly, in linear time.
Percentiles summarize(std::span<const double> sample);

// `p` with every statistic multiplied by `factor` >= 0, which keeps their order: the
// percentiles of a sample scaled by a positive constant.
Percentiles scaled(const Percentiles& p, double factor);

}  // namespace finmech::host
