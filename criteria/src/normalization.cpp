#include "finmech/criteria/normalization.hpp"

#include "finmech/criteria/input_error.hpp"
#include "json_pointer.hpp"

#include <cmath>

namespace finmech::criteria {
namespace {

using detail::cell_pointer;

void require_finite(const Eigen::MatrixXd& matrix) {
    for (Eigen::Index i = 0; i < matrix.rows(); ++i) {
        for (Eigen::Index j = 0; j < matrix.cols(); ++j) {
            if (!std::isfinite(matrix(i, j))) {
                throw InputError(cell_pointer(i, j), "expected a finite number, found " +
                                                         std::to_string(matrix(i, j)));
            }
        }
    }
}

// max and sum are ratios: they need values >= 0, and a cost value of 0 has no inverse.
void require_ratio_scale(const Eigen::MatrixXd& matrix, Eigen::Index j, Direction direction,
                         Normalization normalization) {
    for (Eigen::Index i = 0; i < matrix.rows(); ++i) {
        const double x = matrix(i, j);
        if (x < 0.0) {
            throw InputError(cell_pointer(i, j),
                             "normalisation `" + std::string(to_string(normalization)) +
                                 "` expects values >= 0, found " + std::to_string(x) +
                                 "; use `minmax` or `range`");
        }
        if (x == 0.0 && direction == Direction::cost) {
            throw InputError(cell_pointer(i, j),
                             "normalisation `" + std::string(to_string(normalization)) +
                                 "` inverts cost values and found a cost of 0; use `minmax` or "
                                 "`range`");
        }
    }
}

// Linear partial value: benefit (x - lo) / (hi - lo), cost (hi - x) / (hi - lo); hi > lo.
template <typename In, typename Out>
void linear_value(const In& x, double lo, double hi, bool benefit, Out&& r) {
    if (benefit) {
        r = (x - lo) / (hi - lo);
    } else {
        r = (hi - x) / (hi - lo);
    }
}

void normalize_column(const Eigen::MatrixXd& matrix, Eigen::Index j, Direction direction,
                      Normalization normalization, const ValueRange* range,
                      Eigen::MatrixXd& out) {
    const auto x = matrix.col(j).array();
    auto r = out.col(j).array();
    const double m = static_cast<double>(matrix.rows());
    const bool benefit = direction == Direction::benefit;
    switch (normalization) {
    case Normalization::none:
        r = x;
        return;
    case Normalization::vector: {
        const double norm = matrix.col(j).norm();
        r = norm > 0.0 ? (x / norm).eval() : Eigen::ArrayXd::Constant(x.size(), 1.0 / std::sqrt(m));
        return;
    }
    case Normalization::minmax: {
        const double lo = x.minCoeff();
        const double hi = x.maxCoeff();
        if (hi == lo) {
            r = 1.0;
        } else {
            linear_value(x, lo, hi, benefit, r);
        }
        return;
    }
    case Normalization::max:
        require_ratio_scale(matrix, j, direction, normalization);
        if (benefit) {
            const double hi = x.maxCoeff();
            r = hi > 0.0 ? (x / hi).eval() : Eigen::ArrayXd::Constant(x.size(), 1.0);
        } else {
            r = x.minCoeff() / x;
        }
        return;
    case Normalization::sum: {
        require_ratio_scale(matrix, j, direction, normalization);
        const Eigen::ArrayXd base = benefit ? x.eval() : x.inverse().eval();
        const double total = base.sum();
        r = total > 0.0 ? (base / total).eval() : Eigen::ArrayXd::Constant(x.size(), 1.0 / m);
        return;
    }
    case Normalization::range: {
        const double lo = range->low;
        const double hi = range->high;
        if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi)) {
            throw InputError(detail::criterion_pointer(j, "range"),
                             "expected [low, high] with low < high, found [" + std::to_string(lo) +
                                 ", " + std::to_string(hi) + "]");
        }
        linear_value(x, lo, hi, benefit, r);
        return;
    }
    }
}

}  // namespace

Direction parse_direction(std::string_view text, const std::string& location) {
    if (text == "benefit") return Direction::benefit;
    if (text == "cost") return Direction::cost;
    throw InputError(location, "expected \"benefit\" or \"cost\", found \"" + std::string(text) + "\"");
}

Normalization parse_normalization(std::string_view text, const std::string& location) {
    for (const auto n : {Normalization::none, Normalization::vector, Normalization::minmax,
                         Normalization::max, Normalization::sum, Normalization::range}) {
        if (text == to_string(n)) return n;
    }
    throw InputError(location, "expected one of none, vector, minmax, max, sum, range; found \"" +
                                   std::string(text) + "\"");
}

std::string_view to_string(Direction direction) {
    return direction == Direction::benefit ? "benefit" : "cost";
}

std::string_view to_string(Normalization normalization) {
    switch (normalization) {
    case Normalization::none: return "none";
    case Normalization::vector: return "vector";
    case Normalization::minmax: return "minmax";
    case Normalization::max: return "max";
    case Normalization::sum: return "sum";
    case Normalization::range: return "range";
    }
    return "none";
}

bool absorbs_direction(Normalization normalization) {
    return normalization != Normalization::none && normalization != Normalization::vector;
}

std::vector<Direction> directions_after(Normalization normalization,
                                        std::span<const Direction> directions) {
    if (absorbs_direction(normalization)) {
        return std::vector<Direction>(directions.size(), Direction::benefit);
    }
    return {directions.begin(), directions.end()};
}

Eigen::MatrixXd normalize(const Eigen::MatrixXd& matrix, std::span<const Direction> directions,
                          Normalization normalization, std::span<const ValueRange> ranges) {
    if (static_cast<Eigen::Index>(directions.size()) != matrix.cols()) {
        throw InputError("/criteria", "expected one direction per matrix column (" +
                                          std::to_string(matrix.cols()) + "), found " +
                                          std::to_string(directions.size()));
    }
    if (normalization == Normalization::range &&
        static_cast<Eigen::Index>(ranges.size()) != matrix.cols()) {
        throw InputError("/criteria", "normalisation `range` expects a range for each of the " +
                                          std::to_string(matrix.cols()) + " criteria, found " +
                                          std::to_string(ranges.size()));
    }
    if (matrix.rows() == 0 || matrix.cols() == 0) {
        throw InputError("/matrix", "expected at least one alternative and one criterion");
    }
    require_finite(matrix);
    Eigen::MatrixXd out(matrix.rows(), matrix.cols());
    for (Eigen::Index j = 0; j < matrix.cols(); ++j) {
        const ValueRange* range = ranges.empty() ? nullptr : &ranges[j];
        normalize_column(matrix, j, directions[j], normalization, range, out);
    }
    return out;
}

}  // namespace finmech::criteria
