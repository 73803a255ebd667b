// finmech decision engine: political feasibility from a stakeholder analysis (docs/criteria.md,
// "Political feasibility").
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "criteria_set.hpp"

namespace finmech::criteria {

// The actors every stakeholder table weighs, each once: an actor with no stake in a measure is
// listed with salience 0, so that none is forgotten.
inline constexpr const char* stakeholder_actors[] = {
    "finance_ministry",  // the finance ministry and its tax and customs directorates
    "health_ministry",     "parliament",
    "industry",          // the taxed industry: operators, manufacturers, importers, companies
    "consumers",         // consumers' associations and the public who pay
    "unions",              "donors",
    "regional_commission",  // the WAEMU and ECOWAS commissions
};

struct Stakeholder {
    std::string actor;    // one of stakeholder_actors
    int position = 0;     // -2 strongly against .. +2 strongly for
    int power = 1;        // 1 .. 3
    double salience = 0;  // 0 .. 1: how much the measure matters to the actor
    LocalizedText reason;
};

// A stakeholder analysis of one measure, as a scenario gives it.
struct StakeholderTable {
    std::vector<Stakeholder> actors;
    bool existing_tax = false;        // raises or extends a tax that exists, rather than a new one
    bool regional_directive = false;  // a WAEMU or ECOWAS directive requires or supports it
    std::string by;                   // who made the analysis, e.g. the study team
    std::string source;               // the evidence behind the positions
    std::string evidence;             // sourced, derived, assumed or unverified
};

// How much each flag adds to the net support index: defaults to revise (docs/criteria.md).
inline constexpr double existing_tax_support = 0.1;
inline constexpr double regional_directive_support = 0.1;

// Reads {"by", "source", "evidence", "note", "flags": {"existing_tax", "existing_tax_why",
// "regional_directive", "regional_directive_why"},
// "actors": [{"actor", "position", "power", "salience", "reason": {"fr", "en"}}]}. InputError at
// the JSON pointer within the table for a missing or repeated actor, a value out of its range,
// an unknown key, or a table in which no actor cares (every salience 0).
StakeholderTable read_stakeholder_table(const nlohmann::json& table);

// The net support index in [-1, 1]: sum(position x power x salience) over the actors, divided by
// its largest possible size, sum(2 x power x salience), plus existing_tax_support and
// regional_directive_support for the flags that hold, clamped to [-1, 1].
double net_support_index(const StakeholderTable& table);

}  // namespace finmech::criteria
