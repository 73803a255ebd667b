// finmech host: whether an option keeps the rules its plugin declares (WAEMU VAT ceiling, tobacco
// minimum...), and the scenario's waivers. An option that breaks a binding rule is not
// admissible: it is ranked, but never recommended nor put in a package.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "decision_indicators.hpp"
#include "descriptor.hpp"
#include "scenario.hpp"

namespace finmech::host {

// One declared rule, checked in every Monte Carlo draw.
struct RuleCheck {
    RuleInfo rule;
    double broken_share = 0;  // share of draws where the indicator lies outside [min, max]
    double median = 0;        // the indicator's median over the draws: the figure to quote
    std::string waiver;       // the scenario's reason for setting the rule aside, or empty

    // Broken in more than half the draws: the rule is broken, as a reader would say it.
    bool broken() const { return broken_share > 0.5; }
    // Broken, binding and not waived: the option is not admissible.
    bool excludes() const { return broken() && rule.binding() && waiver.empty(); }
};

// Every rule `plugin` declares, checked on `indicators` (one value per draw), with the waivers of
// `entry`. A value within a relative 1e-9 of a limit keeps it, so a rate set at the limit does.
std::vector<RuleCheck> check_rules(const MechanismDescriptor& plugin,
                                   const IndicatorDraws& indicators, const MechanismEntry& entry);

// True when no check excludes the option.
bool admissible(const std::vector<RuleCheck>& checks);

// Checks the waivers of `entry`: each names a binding rule of `plugin` and gives its "reason".
// InputError naming `file` and the JSON pointer otherwise.
void check_waivers(const MechanismEntry& entry, const MechanismDescriptor& plugin,
                   const std::string& file);

// [{"id", "kind", "name", "source", "indicator", "min", "max", "median", "broken_share",
//   "broken", "waiver"}] for the results.
nlohmann::json to_json(const std::vector<RuleCheck>& checks);

}  // namespace finmech::host
