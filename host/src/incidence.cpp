#include "finmech/host/incidence.hpp"

#include <algorithm>
#include <numeric>

#include <finmech/criteria/equity.hpp>

namespace finmech::host {

namespace {

std::optional<std::size_t> indicator_index(const MechanismDescriptor& plugin,
                                           const std::string& key) {
    for (std::size_t k = 0; k < plugin.indicators.size(); ++k)
        if (plugin.indicators[k].key == key) return k;
    return std::nullopt;
}

}  // namespace

std::optional<Incidence> household_incidence(const Scenario& scenario,
                                             const MechanismDescriptor& plugin,
                                             const BatchResult& batch) {
    const RequirementInfo* spending = plugin.spending_shares();
    const auto share_column = indicator_index(plugin, "household_share");
    if (!spending || !share_column) return std::nullopt;
    const auto figure = scenario.figures.find(spending->key);
    if (figure == scenario.figures.end()) return std::nullopt;
    const std::vector<double>& spent = figure->second.values;
    const double total_spent = std::accumulate(spent.begin(), spent.end(), 0.0);

    Incidence out;
    out.spending_key = spending->key;
    std::vector<double> household_gross(batch.years, 0.0);
    for (std::size_t d = 0; d < batch.draws; ++d) {
        const double share = batch.indicators[d * batch.indicator_count + *share_column];
        out.household_share += share / static_cast<double>(batch.draws);
        for (std::size_t t = 0; t < batch.years; ++t)
            household_gross[t] += batch.gross_revenue[d * batch.years + t] * share /
                                  static_cast<double>(batch.draws);
    }
    if (total_spent <= 0) return std::nullopt;

    for (std::size_t q = 0; q < 5; ++q) out.payment_shares[q] = spent[q] / total_spent;
    for (double paid : household_gross) {
        std::array<double, 5> by_quintile{};
        for (std::size_t q = 0; q < 5; ++q) by_quintile[q] = paid * out.payment_shares[q];
        out.payments.push_back(by_quintile);
    }
    out.concentration_index = criteria::concentration_index(out.payment_shares);
    const auto welfare = scenario.figures.find(welfare_shares_key);
    if (welfare != scenario.figures.end())
        out.kakwani_index = criteria::kakwani_index(out.payment_shares, welfare->second.values);
    if (const RequirementInfo* payers = plugin.payer_shares()) {
        const auto given = scenario.figures.find(payers->key);
        if (given != scenario.figures.end()) {
            out.payer_key = payers->key;
            std::copy_n(given->second.values.begin(), 5, out.payer_shares.begin());
            // Where households pay nothing more (an earmark of revenue already raised, a royalty)
            // no household pays more than its equal.
            out.horizontal_inequity = out.household_share > 0
                                          ? horizontal_inequity_of_payers(out.payer_shares)
                                          : 0.0;
        }
    }
    return out;
}

double horizontal_inequity_of_payers(const std::array<double, 5>& payer_shares) {
    std::vector<std::vector<criteria::Household>> quintiles;
    for (double paying : payer_shares) {
        // Equal incomes; a payer pays 1, the others 0: the rate's spread is the payers' share's.
        std::vector<criteria::Household> quintile;
        if (paying > 0) quintile.push_back({1.0, 1.0, paying});
        if (paying < 1) quintile.push_back({1.0, 0.0, 1.0 - paying});
        quintiles.push_back(std::move(quintile));
    }
    return criteria::horizontal_inequity(quintiles);
}

nlohmann::json to_json(const Incidence& incidence) {
    nlohmann::json j{{"spending_shares", incidence.spending_key},
                     {"household_share", incidence.household_share},
                     {"payment_shares", incidence.payment_shares},
                     {"payments_by_year", incidence.payments},
                     {"concentration_index", incidence.concentration_index}};
    if (incidence.kakwani_index) j["kakwani_index"] = *incidence.kakwani_index;
    if (incidence.horizontal_inequity) {
        j["payer_shares_key"] = incidence.payer_key;
        j["payer_shares"] = incidence.payer_shares;
        j["horizontal_inequity_index"] = *incidence.horizontal_inequity;
    }
    return j;
}

}  // namespace finmech::host
