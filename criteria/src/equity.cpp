#include "finmech/criteria/equity.hpp"

#include <cmath>
#include <numeric>

#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria {
namespace {

std::string at(const std::string& location, std::size_t i) {
    return location + "/" + std::to_string(i);
}

}  // namespace

double concentration_index(std::span<const double> amounts_by_group, const std::string& location) {
    const std::size_t groups = amounts_by_group.size();
    if (groups < 2) {
        throw InputError(location,
                         "expected at least 2 groups ordered from poorest to richest; found " +
                             std::to_string(groups));
    }
    for (std::size_t g = 0; g < groups; ++g) {
        if (!std::isfinite(amounts_by_group[g]) || amounts_by_group[g] < 0.0) {
            throw InputError(at(location, g), "expected an amount >= 0; found " +
                                                  std::to_string(amounts_by_group[g]));
        }
    }
    const double total = std::accumulate(amounts_by_group.begin(), amounts_by_group.end(), 0.0);
    if (total <= 0.0) throw InputError(location, "expected a positive total; found 0");
    double weighted_rank = 0.0;
    for (std::size_t g = 0; g < groups; ++g) {
        const double rank = (static_cast<double>(g) + 0.5) / static_cast<double>(groups);
        weighted_rank += amounts_by_group[g] / total * rank;
    }
    return 2.0 * weighted_rank - 1.0;
}

double kakwani_index(std::span<const double> payments_by_group,
                     std::span<const double> income_by_group) {
    if (payments_by_group.size() != income_by_group.size()) {
        throw InputError("/income", "expected one income per payment group (" +
                                        std::to_string(payments_by_group.size()) + "); found " +
                                        std::to_string(income_by_group.size()));
    }
    return concentration_index(payments_by_group, "/payments") -
           concentration_index(income_by_group, "/income");
}

double horizontal_inequity(std::span<const std::vector<Household>> bands) {
    double population = 0.0;
    double weighted_cv = 0.0;
    for (std::size_t b = 0; b < bands.size(); ++b) {
        double weight = 0.0;
        double rate_sum = 0.0;
        for (std::size_t i = 0; i < bands[b].size(); ++i) {
            const Household& h = bands[b][i];
            const std::string where = at(at("/bands", b), i);
            if (!(h.income > 0.0) || !std::isfinite(h.income)) {
                throw InputError(where + "/income",
                                 "expected an income > 0; found " + std::to_string(h.income));
            }
            if (!(h.payment >= 0.0) || !std::isfinite(h.payment)) {
                throw InputError(where + "/payment",
                                 "expected a payment >= 0; found " + std::to_string(h.payment));
            }
            if (!(h.weight > 0.0) || !std::isfinite(h.weight)) {
                throw InputError(where + "/weight",
                                 "expected a weight > 0; found " + std::to_string(h.weight));
            }
            weight += h.weight;
            rate_sum += h.weight * h.payment / h.income;
        }
        if (weight == 0.0) {
            throw InputError(at("/bands", b), "expected at least one household; found none");
        }
        const double mean = rate_sum / weight;
        double squares = 0.0;
        for (const Household& h : bands[b])
            squares += h.weight * std::pow(h.payment / h.income - mean, 2);
        population += weight;
        if (mean > 0.0) weighted_cv += weight * std::sqrt(squares / weight) / mean;
    }
    if (population == 0.0) throw InputError("/bands", "expected at least one band; found none");
    return weighted_cv / population;
}

}  // namespace finmech::criteria
