// finmech host: who pays a mechanism, by household quintile (docs/criteria.md, "Incidence").
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "descriptor.hpp"
#include "plugin.hpp"
#include "scenario.hpp"

namespace finmech::host {

// The scenario's welfare distribution: households' consumption by quintile, poorest first, shares
// of the total. Payments are measured against it (Kakwani index).
inline constexpr const char* welfare_shares_key = "consumption_shares_by_quintile";

struct Incidence {
    std::string spending_key;                // the context figure households' payments follow
    std::array<double, 5> payment_shares{};  // of households' payments, poorest first; sum 1
    double household_share = 0.0;            // of gross revenue, mean over draws
    // What the households of each quintile pay, per projection year: mean over draws of gross
    // revenue x household share, spread by payment_shares.
    std::vector<std::array<double, 5>> payments;
    double concentration_index = 0.0;     // of payments over quintiles (criteria/equity.hpp)
    std::optional<double> kakwani_index;  // when the scenario gives its welfare distribution
    // When the plugin names the share of households who pay at all and the scenario gives it:
    std::string payer_key;
    std::array<double, 5> payer_shares{};  // poorest first
    // How unequally equal households are treated (horizontal_inequity_of_payers()); 0 when
    // households pay nothing more.
    std::optional<double> horizontal_inequity;
};

// The horizontal-inequity proxy of a levy that a share p_q of each quintile q pays and the rest
// do not: the mean over quintiles of sqrt((1 - p_q) / p_q), the coefficient of variation of the
// effective rate within a quintile whose payers pay alike (criteria::horizontal_inequity with two
// groups per band). 0 when everyone, or no one, in each quintile pays.
double horizontal_inequity_of_payers(const std::array<double, 5>& payer_shares);

// The incidence of a mechanism on households, when its plugin reports the `household_share`
// indicator and names a spending_shares distribution that the scenario gives; std::nullopt
// otherwise (the vertical-equity criterion is then left to judgement). A mechanism households pay
// nothing more for (an earmark of revenue already raised, a royalty) still has the Kakwani index
// of the distribution it names: that of whoever bears the revenue it takes, its payments zero.
std::optional<Incidence> household_incidence(const Scenario& scenario,
                                             const MechanismDescriptor& plugin,
                                             const BatchResult& batch);

nlohmann::json to_json(const Incidence& incidence);

}  // namespace finmech::host
