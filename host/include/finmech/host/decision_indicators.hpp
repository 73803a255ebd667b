// finmech host: the indicators criteria score, computed from a mechanism's Monte Carlo draws.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "expressions.hpp"
#include "incidence.hpp"
#include "plugin.hpp"

namespace finmech::host {

// One value per draw of each indicator, in a fixed order. Computed here rather than by plugins,
// so every mechanism is measured alike (docs/criteria.md, "Indicators"):
//   revenue_percent_gdp            mean over years of net revenue in % of GDP, when `expressed`
//                                  has percent_gdp
//   collection_cost_percent        100 x total collection cost / total gross revenue
//   real_yield_ratio_year10_year1  net revenue of the last year, deflated by the rise of prices
//                                  since the first (`expressed` price_index), over the first
//                                  year's, when the context has inflation
//   yield_cv_percent               100 x mean over years of the coefficient of variation of net
//                                  revenue across draws (the same value in every draw)
//   kakwani_index                  of households' payments (incidence.hpp), when known; the same
//                                  value in every draw, as the spending shares are fixed
//   horizontal_inequity_index      of the share of households who pay at all (incidence.hpp),
//                                  when known; the same value in every draw
// followed by the plugin's own indicators.
using IndicatorDraws = std::vector<std::pair<std::string, std::vector<double>>>;

// The keys of the indicators computed here, which a plugin may not declare as its own.
// decision_indicators() names its indicators through this list: a key missing here fails its
// build.
inline constexpr const char* host_indicator_keys[] = {
    "revenue_percent_gdp", "collection_cost_percent", "real_yield_ratio_year10_year1",
    "yield_cv_percent", "kakwani_index", "horizontal_inequity_index"};

// `net` is the batch's net revenue, gross - collection cost, laid out as the batch is (draws x
// years).
IndicatorDraws decision_indicators(const Expressions& expressed, const MechanismDescriptor& plugin,
                                   const BatchResult& batch, std::span<const double> net,
                                   const std::optional<Incidence>& incidence);

}  // namespace finmech::host
