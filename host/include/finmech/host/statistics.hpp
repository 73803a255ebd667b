// finmech host: summaries of Monte Carlo samples.
#pragma once

#include <vector>

namespace finmech::host {

struct Percentiles {
    double mean = 0, p5 = 0, p50 = 0, p95 = 0;
};

// The q-quantile (0 <= q <= 1) of a sorted, non-empty sample, interpolated linearly between
// order statistics (Hyndman & Fan type 7, the default of R and NumPy).
double quantile(const std::vector<double>& sorted, double q);

// Mean, 5th, 50th and 95th percentiles of a non-empty sample (taken by value: it is sorted).
Percentiles summarize(std::vector<double> sample);

}  // namespace finmech::host
