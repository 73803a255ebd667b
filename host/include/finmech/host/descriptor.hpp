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
};

struct MechanismDescriptor {
    std::string id, version, formula;
    Text name, summary;
    std::vector<ParameterInfo> parameters;
    std::vector<IndicatorInfo> indicators;
    std::vector<RequirementInfo> requirements;
    std::optional<Profile> profile;  // absent from plugins that do not describe their mechanism
    nlohmann::json json;  // as the plugin wrote it

    const ParameterInfo* find_parameter(const std::string& key) const;
    std::vector<std::string> parameter_keys() const;
    // Numeric parameters in descriptor order: the columns of a batch.
    std::vector<const ParameterInfo*> numeric_parameters() const;
    // The quintile distribution of households' spending on the taxed base, if any (at most one).
    const RequirementInfo* spending_shares() const;
};

// Reads and checks a descriptor: snake_case unique keys, semantic version, texts in French and
// English, finite ranges holding their defaults, a unit and a source for every parameter, and
// when there is a profile, each of its texts in both languages and at least one source.
// Throws std::invalid_argument naming the JSON pointer of the first fault.
MechanismDescriptor parse_descriptor(const nlohmann::json& j);

}  // namespace finmech::host
