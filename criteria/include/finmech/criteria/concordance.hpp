#pragma once

#include <Eigen/Dense>
#include <nlohmann/json.hpp>
#include <string>

namespace finmech::criteria {

// Kendall's coefficient of concordance W for m judges ranking n objects (Kendall & Babington
// Smith 1939). With R_i the rank sum of object i:
//   S = sum_i (R_i - m(n+1)/2)^2,   W = 12 S / (m^2 (n^3 - n)),
//   W_corrected = 12 S / (m^2 (n^3 - n) - m T),   T = sum over judges and tied groups of t^3 - t,
//   chi2 = m (n - 1) W (uncorrected W, as the contract asks),  df = n - 1.
struct KendallW {
    double w = 0.0;
    double w_corrected = 0.0;
    double s = 0.0;
    double tie_sum = 0.0;  // T
    double chi2 = 0.0;
    int df = 0;
    double p_value = 1.0;  // upper tail of the chi-square distribution with df degrees of freedom
};

// Average ranks of each column: rank 1 = lowest value, tied values share the mean of their
// positions (so 1, 1, 2 gives 1.5, 1.5, 3). W does not depend on this direction: reversing every
// ranking leaves S unchanged.
Eigen::MatrixXd average_ranks(const Eigen::MatrixXd& scores);

// Sum of t^3 - t over the groups of t equal values in one judge's ranking.
double tie_sum(const Eigen::VectorXd& ranking);

// `ranks` has one row per object and one column per judge, each column a ranking in average
// ranks (as average_ranks gives). Throws InputError, located at `location` or `location`/i/j,
// for fewer than 2 objects or 2 judges, a column that is not a ranking, or judges who all tie
// every object.
KendallW kendall_w(const Eigen::MatrixXd& ranks, const std::string& location = "/ranks");

// The `finmech concordance FILE` contract: {"ranks": [[...]]} or {"scores": [[...]]}, one row per
// object and one column per judge; scores (higher is better) are converted to average ranks.
// Output: {"W", "W_corrected", "S", "chi2", "df", "p_value", "objects", "judges", "tie_sum"}.
nlohmann::json concordance_document(const nlohmann::json& doc);

std::string format_concordance_text(const nlohmann::json& result);

}  // namespace finmech::criteria
