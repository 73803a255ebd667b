#pragma once

#include <Eigen/Core>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace finmech::criteria {

// Whether more of a criterion is better (benefit) or worse (cost).
enum class Direction { benefit, cost };

// How raw criterion values are made comparable, as defined in docs/decision.md:
//   none     x
//   vector   x / sqrt(sum x^2)                 (direction left to the method)
//   minmax   benefit (x-min)/(max-min)         cost (max-x)/(max-min)
//   max      benefit x/max                     cost min/x
//   sum      benefit x/sum(x)                  cost (1/x)/sum(1/x)
//   range    benefit (x-lo)/(hi-lo)            cost (hi-x)/(hi-lo), unclipped, lo/hi given
enum class Normalization { none, vector, minmax, max, sum, range };

// The [low, high] interval of a criterion's partial value function (normalisation `range`).
struct ValueRange {
    double low = 0.0;
    double high = 1.0;
};

// `location` names the value in the error when the text is not a known name.
Direction parse_direction(std::string_view text, const std::string& location);
Normalization parse_normalization(std::string_view text, const std::string& location);
std::string_view to_string(Direction direction);
std::string_view to_string(Normalization normalization);

// True when the normalised values are "larger is better" in every column (minmax, max, sum, range).
bool absorbs_direction(Normalization normalization);

// The directions a method must still honour after `normalization`: all benefit when it absorbs
// direction, the given ones otherwise.
std::vector<Direction> directions_after(Normalization normalization,
                                        std::span<const Direction> directions);

// Normalises each column of `matrix` (alternatives x criteria). Degenerate columns get the value
// every alternative shares in the limit of a constant column: minmax 1, vector 1/sqrt(m), max 1,
// sum 1/m. Throws InputError at "/matrix/i/j" for a non-finite value, a negative value under max or
// sum, or a cost value of 0 under max or sum; at "/criteria/j/range" when high <= low.
// `ranges` is read only for `range` and must then hold one entry per criterion.
Eigen::MatrixXd normalize(const Eigen::MatrixXd& matrix, std::span<const Direction> directions,
                          Normalization normalization, std::span<const ValueRange> ranges = {});

}  // namespace finmech::criteria
