#include "error_location.hpp"
#include "finmech/criteria/normalization.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace finmech::criteria {
namespace {

constexpr auto B = Direction::benefit;
constexpr auto C = Direction::cost;

// Column 0 benefit, column 1 cost, both 1, 3, 5... down the rows.
Eigen::MatrixXd one_three(int rows) {
    Eigen::MatrixXd m(rows, 2);
    for (int i = 0; i < rows; ++i) m.row(i) << 1.0 + 2 * i, 1.0 + 2 * i;
    return m;
}

void expect_column(const Eigen::MatrixXd& r, Eigen::Index j, std::vector<double> expected) {
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_NEAR(r(static_cast<Eigen::Index>(i), j), expected[i], 1e-12) << "row " << i << " column " << j;
    }
}

TEST(Normalization, MinmaxMapsWorstToZeroAndBestToOne) {
    const auto r = normalize(one_three(3), std::vector{B, C}, Normalization::minmax);
    expect_column(r, 0, {0.0, 0.5, 1.0});
    expect_column(r, 1, {1.0, 0.5, 0.0});
}

TEST(Normalization, VectorDividesByTheEuclideanNormWhateverTheDirection) {
    Eigen::MatrixXd m(2, 2);
    m << 3, 3, 4, 4;
    const auto r = normalize(m, std::vector{B, C}, Normalization::vector);
    expect_column(r, 0, {0.6, 0.8});
    expect_column(r, 1, {0.6, 0.8});
}

TEST(Normalization, MaxIsXOverMaxForBenefitAndMinOverXForCost) {
    const auto r = normalize(one_three(2), std::vector{B, C}, Normalization::max);
    expect_column(r, 0, {1.0 / 3.0, 1.0});
    expect_column(r, 1, {1.0, 1.0 / 3.0});
}

TEST(Normalization, SumUsesSharesOfTheTotalAndOfInversesForCost) {
    const auto r = normalize(one_three(2), std::vector{B, C}, Normalization::sum);
    expect_column(r, 0, {0.25, 0.75});
    expect_column(r, 1, {0.75, 0.25});  // 1/1 and 1/3 over 4/3
}

TEST(Normalization, RangeIsLinearAndUnclipped) {
    Eigen::MatrixXd m(2, 2);
    m << 5, 2, 12, -1;
    const std::vector<ValueRange> ranges{{0, 10}, {0, 10}};
    const auto r = normalize(m, std::vector{B, C}, Normalization::range, ranges);
    expect_column(r, 0, {0.5, 1.2});
    expect_column(r, 1, {0.8, 1.1});
}

TEST(Normalization, NoneKeepsValues) {
    const auto m = one_three(3);
    EXPECT_EQ(normalize(m, std::vector{B, C}, Normalization::none), m);
}

TEST(Normalization, DegenerateColumnsGetTheirConstantLimitNotNaN) {
    Eigen::MatrixXd constant = Eigen::MatrixXd::Constant(4, 1, 7.0);
    Eigen::MatrixXd zero = Eigen::MatrixXd::Zero(4, 1);
    expect_column(normalize(constant, std::vector{C}, Normalization::minmax), 0, {1, 1, 1, 1});
    expect_column(normalize(zero, std::vector{B}, Normalization::vector), 0, {0.5, 0.5, 0.5, 0.5});
    expect_column(normalize(zero, std::vector{B}, Normalization::max), 0, {1, 1, 1, 1});
    expect_column(normalize(zero, std::vector{B}, Normalization::sum), 0, {0.25, 0.25, 0.25, 0.25});
    expect_column(normalize(Eigen::MatrixXd::Constant(1, 1, 3.0), std::vector{B}, Normalization::minmax), 0, {1});
}

TEST(Normalization, BadValuesAreLocated) {
    Eigen::MatrixXd m = one_three(3);
    m(1, 0) = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(testing::error_location([&] { normalize(m, std::vector{B, C}, Normalization::none); }), "/matrix/1/0");
    Eigen::MatrixXd zero_cost = one_three(3);
    zero_cost(2, 1) = 0.0;
    EXPECT_EQ(testing::error_location([&] { normalize(zero_cost, std::vector{B, C}, Normalization::sum); }), "/matrix/2/1");
    EXPECT_EQ(testing::error_location([&] { normalize(zero_cost, std::vector{B, C}, Normalization::max); }), "/matrix/2/1");
    Eigen::MatrixXd negative = one_three(2);
    negative(0, 0) = -1.0;
    EXPECT_EQ(testing::error_location([&] { normalize(negative, std::vector{B, C}, Normalization::max); }), "/matrix/0/0");
    const std::vector<ValueRange> empty_range{{0, 1}, {2, 2}};
    EXPECT_EQ(testing::error_location([&] { normalize(one_three(2), std::vector{B, C}, Normalization::range, empty_range); }),
              "/criteria/1/range");
    EXPECT_EQ(testing::error_location([&] { normalize(one_three(2), std::vector{B}, Normalization::none); }), "/criteria");
}

TEST(Normalization, NamesParseBothWays) {
    for (const auto n : {Normalization::none, Normalization::vector, Normalization::minmax, Normalization::max,
                         Normalization::sum, Normalization::range}) {
        EXPECT_EQ(parse_normalization(to_string(n), "/n"), n);
    }
    EXPECT_EQ(parse_direction("cost", "/d"), C);
    EXPECT_EQ(testing::error_location([] { parse_normalization("zscore", "/method/normalization"); }), "/method/normalization");
    EXPECT_EQ(testing::error_location([] { parse_direction("more", "/criteria/0/direction"); }), "/criteria/0/direction");
}

TEST(Normalization, OnlyDirectionAbsorbingNormalisationsTurnCostsIntoBenefits) {
    const std::vector directions{B, C};
    EXPECT_EQ(directions_after(Normalization::vector, directions), directions);
    EXPECT_EQ(directions_after(Normalization::none, directions), directions);
    EXPECT_EQ(directions_after(Normalization::minmax, directions), (std::vector{B, B}));
}

}  // namespace
}  // namespace finmech::criteria
