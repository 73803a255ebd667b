#include "finmech/criteria/cell_distribution.hpp"
#include "error_location.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace finmech::criteria {
namespace {

using nlohmann::json;

Cell cell(const char* text) { return parse_cell(json::parse(text), "/matrix/0/0"); }

TEST(CellDistribution, NumbersAreFixedCells) {
    EXPECT_TRUE(is_fixed(parse_cell(json(2.5), "/m")));
    EXPECT_EQ(mean(parse_cell(json(2.5), "/m")), 2.5);
}

// Textbook means: uniform (a+b)/2, triangular (a+c+b)/3, PERT (a+4c+b)/6, lognormal e^(mu+s^2/2),
// beta a/(a+b), standard normal truncated at 0 sqrt(2/pi).
TEST(CellDistribution, MeansOfEachDistribution) {
    EXPECT_DOUBLE_EQ(mean(cell(R"({"dist": "uniform", "low": 2, "high": 4})")), 3.0);
    EXPECT_DOUBLE_EQ(mean(cell(R"({"dist": "triangular", "low": 0, "mode": 1, "high": 5})")), 2.0);
    EXPECT_DOUBLE_EQ(mean(cell(R"({"dist": "pert", "low": 0, "mode": 3, "high": 12})")), 4.0);
    EXPECT_NEAR(mean(cell(R"({"dist": "lognormal", "mu": 0, "sigma": 1})")), std::exp(0.5), 1e-12);
    EXPECT_DOUBLE_EQ(mean(cell(R"({"dist": "beta", "alpha": 2, "beta": 6})")), 0.25);
    EXPECT_NEAR(mean(cell(R"({"dist": "normal", "mean": 0, "sd": 1, "low": 0})")), std::sqrt(2.0 / M_PI), 1e-12);
    EXPECT_DOUBLE_EQ(mean(cell(R"({"dist": "normal", "mean": 5, "sd": 2})")), 5.0);
}

TEST(CellDistribution, BadCellsAreLocated) {
    const auto location = [](const char* text) { return testing::error_location([&] { cell(text); }); };
    EXPECT_EQ(location(R"({"dist": "beta", "alpha": 0, "beta": 2})"), "/matrix/0/0");
    EXPECT_EQ(location(R"({"dist": "beta", "alpha": 1})"), "/matrix/0/0/beta");
    EXPECT_EQ(location(R"({"dist": "cauchy"})"), "/matrix/0/0/dist");
    EXPECT_EQ(location(R"("high")"), "/matrix/0/0");
    EXPECT_EQ(location(R"({"dist": "triangular", "low": 0, "mode": 9, "high": 5})"), "/matrix/0/0");
    EXPECT_EQ(location(R"({"dist": "normal", "mean": 0, "sd": 1, "low": 40})"), "/matrix/0/0");
}

CellMatrix two_cells() {
    return CellMatrix{1, 2, {cell(R"({"dist": "uniform", "low": 2, "high": 4})"),
                             cell(R"({"dist": "normal", "mean": 0, "sd": 1, "low": 0})")}};
}

// Sample means within 5 standard errors: uniform sd 2/sqrt(12), half-normal sd sqrt(1 - 2/pi).
TEST(CellDistribution, SamplerDrawsWithinBoundsAroundTheMean) {
    const auto sampler = cell_sampler(two_cells(), 42);
    const int n = 20000;
    Eigen::MatrixXd m;
    Eigen::Vector2d sum = Eigen::Vector2d::Zero();
    for (int k = 0; k < n; ++k) {
        sampler(static_cast<std::size_t>(k), m);
        ASSERT_GE(m(0, 0), 2.0);
        ASSERT_LE(m(0, 0), 4.0);
        ASSERT_GE(m(0, 1), 0.0);
        sum += m.row(0).transpose();
    }
    EXPECT_NEAR(sum[0] / n, 3.0, 5 * (2 / std::sqrt(12.0)) / std::sqrt(n));
    EXPECT_NEAR(sum[1] / n, std::sqrt(2 / M_PI), 5 * std::sqrt(1 - 2 / M_PI) / std::sqrt(n));
}

// Every kind of cell, through one sampler each: draws stay in the support and average to the
// textbook mean within 5 standard errors. Means: uniform (a + b) / 2; triangular (a + c + b) / 3;
// PERT (a + 4c + b) / 6; normal on [0, 6] mu + s (phi(alpha) - phi(beta)) / (Phi(beta) -
// Phi(alpha)) with alpha = -0.5, beta = 2.5; beta a / (a + b); lognormal e^(mu + s^2 / 2).
// Standard deviations: uniform 2 / sqrt(12); triangular sqrt((a^2 + b^2 + c^2 - ab - ac - bc) /
// 18); PERT 12 x that of its beta(2, 4); the truncated normal's at most its untruncated 2; beta
// sqrt(ab / ((a + b)^2 (a + b + 1))); lognormal sqrt((e^s^2 - 1) e^(2 mu + s^2)).
TEST(CellDistribution, EachCellSamplerDrawsItsLawAroundItsMean) {
    struct Case {
        const char* text;
        double low, high, mean, sd;
    };
    const Case cases[] = {
        {R"({"dist": "uniform", "low": 2, "high": 4})", 2, 4, 3.0, 2 / std::sqrt(12.0)},
        {R"({"dist": "triangular", "low": 0, "mode": 1, "high": 5})", 0, 5, 2.0,
         std::sqrt(21.0 / 18)},
        {R"({"dist": "pert", "low": 0, "mode": 3, "high": 12})", 0, 12, 4.0,
         12 * std::sqrt(8.0 / (36 * 7))},
        {R"({"dist": "normal", "mean": 1, "sd": 2, "low": 0, "high": 6})", 0, 6, 1.9763901096,
         2.0},
        {R"({"dist": "beta", "alpha": 2, "beta": 6})", 0, 1, 0.25, std::sqrt(12.0 / (64 * 9))},
        {R"({"dist": "lognormal", "mu": 0, "sigma": 0.5})", 0, HUGE_VAL, std::exp(0.125),
         std::sqrt((std::exp(0.25) - 1) * std::exp(0.25))},
    };
    const int n = 20000;
    for (const Case& c : cases) {
        boost::random::mt19937_64 engine(11);
        CellSampler draw(cell(c.text));
        double sum = 0;
        for (int k = 0; k < n; ++k) {
            const double x = draw(engine);
            ASSERT_GE(x, c.low) << c.text;
            ASSERT_LE(x, c.high) << c.text;
            sum += x;
        }
        EXPECT_NEAR(sum / n, c.mean, 5 * c.sd / std::sqrt(n)) << c.text;
    }
}

TEST(CellDistribution, SameSeedSameDraws) {
    const auto a = cell_sampler(two_cells(), 7);
    const auto b = cell_sampler(two_cells(), 7);
    const auto c = cell_sampler(two_cells(), 8);
    Eigen::MatrixXd ma, mb, mc;
    for (std::size_t k = 0; k < 5; ++k) {
        a(k, ma);
        b(k, mb);
        c(k, mc);
        EXPECT_EQ(ma, mb);
        EXPECT_NE(ma, mc);
    }
}

TEST(CellDistribution, MatrixOfMeans) {
    const CellMatrix cells = two_cells();
    EXPECT_FALSE(cells.all_fixed());
    EXPECT_DOUBLE_EQ(cells.means()(0, 0), 3.0);
}

}  // namespace
}  // namespace finmech::criteria
