#pragma once

#include <span>
#include <string>
#include <vector>

namespace finmech::criteria {

// Equity of a revenue source (domain notes, sections 1.7 and 1.8).

// Concentration index of amounts held by equal-sized population groups ordered from poorest to
// richest (quintiles, deciles): C = 2 sum_g s_g R_g - 1, with s_g the group's share of the total
// and R_g = (g - 1/2) / G its fractional rank. Treating everyone in a group alike, it slightly
// understates the individual-level index. In [-1, 1]; positive when the richer hold more.
// Throws InputError at `location`/g for fewer than 2 groups, a negative or non-finite amount, or
// a zero total.
double concentration_index(std::span<const double> amounts_by_group,
                           const std::string& location = "/amounts");

// Kakwani index K = C_payments - G_income (K > 0 progressive, K < 0 regressive; in [-2, 1]).
// The income Gini uses the same grouped formula on the groups' incomes or income shares.
// Errors are located at "/payments/g" and "/income/g".
double kakwani_index(std::span<const double> payments_by_group,
                     std::span<const double> income_by_group);

struct Household {
    double income = 0.0;   // ability to pay, > 0
    double payment = 0.0;  // what the source takes from the household, >= 0
    double weight = 1.0;   // survey weight, > 0
};

// Horizontal-inequity proxy: HI = sum_b (population share of band b) * CV_w(payment / income
// within b), the weighted coefficient of variation (population standard deviation over mean) of
// effective rates among households of similar income. 0 when equals pay equal rates; a band where
// nobody pays contributes 0. Bands are formed by the caller (e.g. income percentiles).
// Errors are located at "/bands/b/i".
double horizontal_inequity(std::span<const std::vector<Household>> bands);

}  // namespace finmech::criteria
