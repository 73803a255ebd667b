#include "finmech/criteria/concordance.hpp"

#include <algorithm>
#include <array>
#include <boost/math/distributions/chi_squared.hpp>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <vector>

#include "finmech/criteria/input_error.hpp"
#include "fixed_text.hpp"

namespace finmech::criteria {
namespace {

using nlohmann::json;

std::string cell(const std::string& location, Eigen::Index i, Eigen::Index j) {
    return location + "/" + std::to_string(i) + "/" + std::to_string(j);
}

// Positions 0..n-1 of the values sorted ascending, in groups of equal values.
template <typename Visit>
void for_each_tie_group(const Eigen::VectorXd& values, Visit visit) {
    std::vector<Eigen::Index> order(static_cast<std::size_t>(values.size()));
    std::iota(order.begin(), order.end(), Eigen::Index{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](Eigen::Index a, Eigen::Index b) { return values(a) < values(b); });
    for (std::size_t first = 0; first < order.size();) {
        std::size_t last = first + 1;
        while (last < order.size() && values(order[last]) == values(order[first])) ++last;
        visit(std::span<const Eigen::Index>(order).subspan(first, last - first), first);
        first = last;
    }
}

Eigen::MatrixXd read_table(const json& doc, const std::string& key) {
    const json& rows = doc[key];
    const std::string where = "/" + key;
    if (!rows.is_array() || rows.empty()) {
        throw InputError(where, "expected an array with one row per object; found " + rows.dump());
    }
    const std::size_t judges = rows[0].is_array() ? rows[0].size() : 0;
    Eigen::MatrixXd table(static_cast<Eigen::Index>(rows.size()),
                          static_cast<Eigen::Index>(judges));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string row_at = where + "/" + std::to_string(i);
        if (!rows[i].is_array() || rows[i].size() != judges || judges == 0) {
            throw InputError(row_at, "expected an array of " + std::to_string(judges) +
                                         " numbers, one per judge, as in the first row; found " +
                                         rows[i].dump());
        }
        for (std::size_t j = 0; j < judges; ++j) {
            const json& x = rows[i][j];
            if (!x.is_number() || !std::isfinite(x.get<double>())) {
                throw InputError(row_at + "/" + std::to_string(j),
                                 "expected a number; found " + x.dump());
            }
            table(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = x.get<double>();
        }
    }
    return table;
}

}  // namespace

Eigen::MatrixXd average_ranks(const Eigen::MatrixXd& scores) {
    Eigen::MatrixXd ranks(scores.rows(), scores.cols());
    for (Eigen::Index j = 0; j < scores.cols(); ++j) {
        for_each_tie_group(scores.col(j), [&](auto group, std::size_t first) {
            // Positions first+1 .. first+t share their mean.
            const double rank =
                static_cast<double>(first) + (static_cast<double>(group.size()) + 1.0) / 2.0;
            for (const auto i : group) ranks(i, j) = rank;
        });
    }
    return ranks;
}

double tie_sum(const Eigen::VectorXd& ranking) {
    double sum = 0.0;
    for_each_tie_group(ranking, [&](auto group, std::size_t) {
        const auto t = static_cast<double>(group.size());
        sum += t * t * t - t;
    });
    return sum;
}

KendallW kendall_w(const Eigen::MatrixXd& ranks, const std::string& location) {
    const Eigen::Index n = ranks.rows();
    const Eigen::Index m = ranks.cols();
    if (n < 2 || m < 2) {
        throw InputError(location,
                         "Kendall's W needs at least 2 objects (rows) and 2 judges "
                         "(columns); found " +
                             std::to_string(n) + " objects and " + std::to_string(m) + " judges");
    }
    const Eigen::MatrixXd expected = average_ranks(ranks);
    for (Eigen::Index j = 0; j < m; ++j) {
        for (Eigen::Index i = 0; i < n; ++i) {
            if (std::abs(ranks(i, j) - expected(i, j)) > 1e-9) {
                throw InputError(cell(location, i, j),
                                 "expected rank " + fixed(expected(i, j), 1) +
                                     " (each judge ranks 1.." + std::to_string(n) +
                                     ", ties sharing the mean of their positions); found " +
                                     fixed(ranks(i, j), 1));
            }
        }
    }
    KendallW k;
    const double nd = static_cast<double>(n);
    const double md = static_cast<double>(m);
    const Eigen::VectorXd rank_sums = ranks.rowwise().sum();
    k.s = (rank_sums.array() - md * (nd + 1.0) / 2.0).square().sum();
    for (Eigen::Index j = 0; j < m; ++j) k.tie_sum += tie_sum(ranks.col(j));
    const double full = md * md * (nd * nd * nd - nd);
    const double corrected = full - md * k.tie_sum;
    if (corrected <= 0.0) {
        throw InputError(location,
                         "every judge tied all objects, so there is no ranking to "
                         "agree on and W is undefined");
    }
    k.w = 12.0 * k.s / full;
    k.w_corrected = 12.0 * k.s / corrected;
    k.df = static_cast<int>(n - 1);
    k.chi2 = md * (nd - 1.0) * k.w;
    const boost::math::chi_squared distribution(k.df);
    k.p_value = boost::math::cdf(boost::math::complement(distribution, k.chi2));
    return k;
}

json concordance_document(const json& doc) {
    if (!doc.is_object() || doc.contains("ranks") == doc.contains("scores")) {
        throw InputError("",
                         "expected an object with either \"ranks\" or \"scores\" (one row per "
                         "object, one column per judge)");
    }
    const std::string key = doc.contains("scores") ? "scores" : "ranks";
    const Eigen::MatrixXd table = read_table(doc, key);
    const KendallW k = kendall_w(key == "scores" ? average_ranks(table) : table, "/" + key);
    return json{{"W", k.w},
                {"W_corrected", k.w_corrected},
                {"S", k.s},
                {"chi2", k.chi2},
                {"df", k.df},
                {"p_value", k.p_value},
                {"objects", table.rows()},
                {"judges", table.cols()},
                {"tie_sum", k.tie_sum}};
}

std::string format_concordance_text(const json& result) {
    return "Kendall's W for " + std::to_string(result["judges"].get<int>()) + " judges and " +
           std::to_string(result["objects"].get<int>()) + " objects\n" + "  W                   " +
           fixed(result["W"].get<double>(), 4) + "\n" + "  W corrected (ties)  " +
           fixed(result["W_corrected"].get<double>(), 4) + "\n" + "  S                   " +
           fixed(result["S"].get<double>(), 2) + "\n" + "  chi-square (from W) " +
           fixed(result["chi2"].get<double>(), 4) + "\n" + "  df                  " +
           std::to_string(result["df"].get<int>()) + "\n" + "  p-value             " +
           fixed(result["p_value"].get<double>(), 4) + "\n";
}

}  // namespace finmech::criteria
