// finmech host: a scenario — the country context and the mechanisms to appraise in it.
// The format is documented in docs/scenario.md.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "plugin_catalog.hpp"

namespace finmech::host {

// A number (or one per year, or one per quintile) of the context, with where it comes from.
struct Figure {
    std::vector<double> values;
    bool scalar = true;
    std::string pointer;  // of the number, or of the array, e.g. "/context/gdp/value"
    std::string unit, source, evidence, note;
    Text label;  // {"fr", "en"} when the scenario names a figure no plugin or the host names
    int year = 0;  // year the source refers to; 0 when not given
};

// One mechanism to appraise. An entry of the scenario with "variants" (low, proposed, high...)
// gives one MechanismEntry per variant, the variant's parameters and judged scores over the
// entry's.
struct MechanismEntry {
    std::string plugin;
    std::string label;
    nlohmann::json parameters;  // key -> value
    nlohmann::json judged;      // criterion -> {"score", "by", "note"}
    // The study team's stakeholder analysis (criteria/stakeholders.hpp), or null; a variant's
    // own replaces the entry's.
    nlohmann::json stakeholders;
    nlohmann::json waivers;     // rule id -> {"reason"}: binding rules the scenario sets aside
    std::string pointer;        // JSON pointer of the entry, e.g. "/mechanisms/0"
    std::string variant;        // the variant's name, or empty; variants of one entry exclude
                                // each other: `pointer` names the source they are options of
    std::set<std::string> set_by_variant;  // "parameters/<key>", "judged/<criterion>", ...

    // The JSON pointer of the entry, or of its variant.
    std::string location() const;
    // Where its stakeholder table is written: the variant's own, or the entry's.
    std::string stakeholders_pointer() const;
    // Where `section`/`key` (e.g. "parameters", "rate") is written in the scenario.
    std::string pointer_to(const std::string& section, const std::string& key) const;
};

struct Scenario {
    std::string file;  // as the user named it, for messages
    int base_year = 0;
    int horizon = 0;
    std::string currency;
    bool indicative = false;  // its figures illustrate a method: every output says so
    std::map<std::string, Figure> figures;
    std::vector<MechanismEntry> mechanisms;
    nlohmann::json decision;  // criteria, weights, method, smaa (docs/decision.md), as written
    nlohmann::json packages;  // named packages of options (packages.hpp), as written; an array

    // The projection years: base_year + 1 to base_year + horizon.
    std::vector<int> years() const;
    // The context as plugins receive it (finmech/abi/plugin.h).
    nlohmann::json plugin_context() const;
};

// Reads the structure of a scenario document; InputError naming `file` and the JSON pointer.
Scenario read_scenario(const nlohmann::json& document, const std::string& file);

// Checks the scenario against the plugins' descriptors: known plugins and parameters, values of
// the right type within range, every context value a plugin requires present and in shape.
void check_scenario(const Scenario& scenario, const PluginCatalog& catalog);

// Checks that the context holds, in shape, every value `descriptor` requires; `user` names the
// JSON pointer of the mechanism entry that needs them, for the message.
void check_context(const Scenario& scenario, const MechanismDescriptor& descriptor,
                   const std::string& user);

}  // namespace finmech::host
