// finmech host: a plugin's descriptor, read from the JSON it writes and checked before use.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <finmech/sdk/profile.hpp>
#include <finmech/sdk/text.hpp>
#include <nlohmann/json.hpp>

namespace finmech::host {

struct ParameterInfo {
    std::string key;
    bool is_number = true;
    Text label, doc;
    std::string unit;
    double min = 0, max = 0;
    nlohmann::json default_value;          // number, or one of `choices`
    nlohmann::json uncertainty;            // distribution spec, or null
    std::vector<std::string> choices;      // for choice parameters
    std::string source;                    // citation of the default
    std::string evidence;                  // sourced, derived, assumed, unverified
};

struct IndicatorInfo {
    std::string key, unit, direction;
    Text label;
};

struct RequirementInfo {
    std::string key, unit, shape;  // shape: number, series or quintiles
    Text doc;
    double min = -std::numeric_limits<double>::infinity();  // every number must lie in [min, max]
    double max = std::numeric_limits<double>::infinity();
    bool optional = false;  // the scenario may leave it out
    // For quintiles: spending_shares (who pays how much) or payer_shares (who pays at all).
    std::string role = "spending_shares";
};

// A rule an option must keep (finmech/sdk/descriptor.hpp, Rule): it holds while `indicator`
// lies in [min, max]. Binding: an option that breaks it is not admissible; advisory: shown.
struct RuleInfo {
    std::string id, kind, indicator;
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    Text name;
    std::string source;

    bool binding() const { return kind == "binding"; }
};

struct MechanismDescriptor {
    std::string id, version, formula;
    Text name, summary;
    std::vector<ParameterInfo> parameters;
    std::vector<IndicatorInfo> indicators;
    std::vector<RequirementInfo> requirements;
    std::vector<RuleInfo> rules;
    std::vector<std::string> bases;  // the tax bases it levies, snake_case
    // Gross revenue is a change against today's yield of the same tax, and may be negative
    // (descriptor "gross_revenue": "change"; the default, "new", may not).
    bool gross_is_change = false;
    std::optional<Profile> profile;  // absent from plugins that do not describe their mechanism
    nlohmann::json json;  // as the plugin wrote it

    const ParameterInfo* find_parameter(const std::string& key) const;
    std::vector<std::string> parameter_keys() const;
    // Numeric parameters in descriptor order: the columns of a batch.
    std::vector<const ParameterInfo*> numeric_parameters() const;
    // The quintiles requirement of `role`, if any (at most one each).
    const RequirementInfo* quintiles(const std::string& role) const;
    // Households' spending on the taxed base, by quintile: quintiles("spending_shares").
    const RequirementInfo* spending_shares() const;
    // The share of households who pay at all, by quintile: quintiles("payer_shares").
    const RequirementInfo* payer_shares() const;
};

// Reads and checks a descriptor: snake_case unique keys, semantic version, texts in French and
// English, finite ranges holding their defaults, a unit and a source for every parameter, and
// when there is a profile, each of its texts in both languages and at least one source; rules on
// the plugin's own indicators, with a limit, a name in both languages and a source.
// Throws std::invalid_argument naming the JSON pointer of the first fault.
MechanismDescriptor parse_descriptor(const nlohmann::json& j);

}  // namespace finmech::host
