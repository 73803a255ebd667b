#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "error_location.hpp"
#include "finmech/criteria/equity.hpp"
#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria {
namespace {

// Quintiles, poorest first; fractional ranks R = 0.1, 0.3, 0.5, 0.7, 0.9.
// Payments 5, 10, 15, 30, 40 (total 100): shares .05 .10 .15 .30 .40,
//   sum s R = .005 + .03 + .075 + .21 + .36 = 0.68, C = 2 * 0.68 - 1 = 0.36.
// Income shares .06 .10 .15 .22 .47:
//   sum s R = .006 + .03 + .075 + .154 + .423 = 0.688, G = 0.376.
// Kakwani = 0.36 - 0.376 = -0.016: roughly proportional.
constexpr std::array payments{5.0, 10.0, 15.0, 30.0, 40.0};
constexpr std::array income_shares{0.06, 0.10, 0.15, 0.22, 0.47};

TEST(Equity, ConcentrationIndexOfQuintilePayments) {
    EXPECT_NEAR(concentration_index(payments), 0.36, 1e-12);
    EXPECT_NEAR(concentration_index(income_shares), 0.376, 1e-12);
    // Equal amounts: no concentration. Everything in the richest fifth: 2 * 0.9 - 1 = 0.8.
    EXPECT_NEAR(concentration_index(std::array{1.0, 1.0, 1.0, 1.0, 1.0}), 0.0, 1e-12);
    EXPECT_NEAR(concentration_index(std::array{0.0, 0.0, 0.0, 0.0, 7.0}), 0.8, 1e-12);
}

TEST(Equity, KakwaniIndex) {
    EXPECT_NEAR(kakwani_index(payments, income_shares), -0.016, 1e-12);
    // Payments proportional to income: K = 0.
    EXPECT_NEAR(kakwani_index(income_shares, income_shares), 0.0, 1e-12);
}

TEST(Equity, BadGroupsArePointedAt) {
    using testing::error_location;
    EXPECT_EQ(error_location([] {
                  kakwani_index(std::array{1.0, -1.0}, std::array{1.0, 2.0});
              }),
              "/payments/1");
    EXPECT_EQ(error_location([] {
                  kakwani_index(std::array{1.0, 1.0}, std::array{0.0, 0.0});
              }),
              "/income");
    EXPECT_EQ(error_location([] {
                  kakwani_index(std::array{1.0, 1.0}, std::array{1.0});
              }),
              "/income");
    EXPECT_EQ(error_location([] { concentration_index(std::array{1.0}); }), "/amounts");
}

TEST(Equity, HorizontalInequityProxy) {
    // Band 1: incomes 100 and 200 paying 5 and 10: rates 0.05 and 0.05, CV 0.
    // Band 2: incomes 1000 and 1000 paying 20 and 60, weights 3 and 1: rates 0.02, 0.06;
    //   mean (3 * 0.02 + 0.06) / 4 = 0.03; variance (3 * 0.01^2 + 0.03^2) / 4 = 0.0003;
    //   CV = sqrt(0.0003) / 0.03 = 0.577350.
    // Population shares 2/6 and 4/6: HI = 2/3 * 0.577350 = 0.384900.
    const std::vector<std::vector<Household>> bands{
        {{100, 5, 1}, {200, 10, 1}},
        {{1000, 20, 3}, {1000, 60, 1}},
    };
    EXPECT_NEAR(horizontal_inequity(bands), 2.0 / 3 * std::sqrt(0.0003) / 0.03, 1e-12);
    EXPECT_NEAR(horizontal_inequity(bands), 0.384900, 1e-6);
    // Nobody pays: equals are treated alike.
    const std::vector<std::vector<Household>> untaxed{{{100, 0, 1}, {300, 0, 2}}};
    EXPECT_EQ(horizontal_inequity(untaxed), 0.0);
}

TEST(Equity, HouseholdsWithoutIncomeAreErrors) {
    const std::vector<std::vector<Household>> bands{{{100, 5, 1}}, {{100, 5, 1}, {0, 1, 1}}};
    try {
        horizontal_inequity(bands);
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.location(), "/bands/1/1/income");
    }
    EXPECT_THROW(horizontal_inequity({}), InputError);
}

}  // namespace
}  // namespace finmech::criteria
