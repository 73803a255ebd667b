#include "finmech/host/descriptor.hpp"

#include <finmech/criteria/input_error.hpp>

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>
#include <stdexcept>

#include "finmech/host/decision_indicators.hpp"
#include "finmech/host/parameter_draws.hpp"

namespace finmech::host {

namespace {

const std::regex snake_case("[a-z][a-z0-9_]*");
const std::regex semantic_version(R"(\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)");

[[noreturn]] void fail(const std::string& pointer, const std::string& problem) {
    throw std::invalid_argument((pointer.empty() ? "descriptor" : pointer) + ": " + problem);
}

const nlohmann::json& member(const nlohmann::json& j, const std::string& pointer,
                             const char* key) {
    if (!j.is_object() || !j.contains(key)) fail(pointer, std::string("missing '") + key + "'");
    return j[key];
}

std::string string_at(const nlohmann::json& j, const std::string& pointer, const char* key) {
    const auto& v = member(j, pointer, key);
    if (!v.is_string() || v.get_ref<const std::string&>().empty())
        fail(pointer + "/" + key, "expected a non-empty string, found " + v.dump());
    return v.get<std::string>();
}

std::string key_at(const nlohmann::json& j, const std::string& pointer, const char* key,
                   std::set<std::string>& seen) {
    std::string k = string_at(j, pointer, key);
    if (!std::regex_match(k, snake_case)) fail(pointer + "/" + key, "'" + k + "' is not snake_case");
    if (!seen.insert(k).second) fail(pointer + "/" + key, "'" + k + "' appears twice");
    return k;
}

Text text_at(const nlohmann::json& j, const std::string& pointer, const char* key) {
    const auto& v = member(j, pointer, key);
    const std::string here = pointer + "/" + key;
    return {string_at(v, here, "fr"), string_at(v, here, "en")};
}

double finite_at(const nlohmann::json& j, const std::string& pointer, const char* key) {
    const auto& v = member(j, pointer, key);
    if (!v.is_number() || !std::isfinite(v.get<double>()))
        fail(pointer + "/" + key, "expected a finite number, found " + v.dump());
    return v.get<double>();
}

const nlohmann::json& array_at(const nlohmann::json& j, const std::string& pointer,
                               const char* key) {
    const auto& v = member(j, pointer, key);
    if (!v.is_array()) fail(pointer + "/" + key, "expected an array");
    return v;
}

ParameterInfo parse_parameter(const nlohmann::json& j, const std::string& at,
                              std::set<std::string>& keys) {
    ParameterInfo p;
    p.key = key_at(j, at, "key", keys);
    p.label = text_at(j, at, "label");
    p.doc = text_at(j, at, "doc");
    p.source = string_at(j, at, "source");
    p.evidence = string_at(j, at, "evidence");
    const std::string type = string_at(j, at, "type");
    p.default_value = member(j, at, "default");
    if (type == "number") {
        p.unit = string_at(j, at, "unit");
        p.min = finite_at(j, at, "min");
        p.max = finite_at(j, at, "max");
        const double value = finite_at(j, at, "default");
        if (p.min > p.max) fail(at, "min is above max");
        if (value < p.min || value > p.max) fail(at + "/default", "lies outside [min, max]");
        p.uncertainty = j.value("uncertainty", nlohmann::json());
        try {
            parameter_law("", p, nlohmann::json(), at + "/uncertainty");
        } catch (const criteria::InputError& e) {
            fail(e.location(), e.what());
        }
    } else if (type == "choice") {
        p.is_number = false;
        const auto& choices = array_at(j, at, "choices");
        for (const auto& c : choices)
            if (!c.is_string())
                fail(at + "/choices", "expected an array of strings, found " + choices.dump());
        p.choices = choices.get<std::vector<std::string>>();
        if (!p.default_value.is_string() ||
            std::find(p.choices.begin(), p.choices.end(), p.default_value.get<std::string>()) ==
                p.choices.end())
            fail(at + "/default", "is not one of the choices");
    } else {
        fail(at + "/type", "expected \"number\" or \"choice\", found \"" + type + "\"");
    }
    return p;
}

Profile parse_profile(const nlohmann::json& j) {
    const std::string at = "/profile";
    if (!j.is_object()) fail(at, "expected an object, found " + j.dump());
    Profile profile;
    for (const auto& [key, text] : profile_texts) profile.*text = text_at(j, at, key);
    const auto& sources = array_at(j, at, "sources");
    if (sources.empty()) fail(at + "/sources", "expected at least one source, found []");
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const auto& source = sources[i];
        if (!source.is_string() || source.get_ref<const std::string&>().empty())
            fail(at + "/sources/" + std::to_string(i),
                 "expected a non-empty string, found " + source.dump());
        profile.sources.push_back(source.get<std::string>());
    }
    return profile;
}

RequirementInfo parse_requirement(const nlohmann::json& j, const std::string& at,
                                  std::set<std::string>& keys) {
    RequirementInfo info{key_at(j, at, "key", keys), string_at(j, at, "unit"),
                         string_at(j, at, "shape"), text_at(j, at, "doc")};
    if (info.shape != "number" && info.shape != "series" && info.shape != "quintiles")
        fail(at + "/shape", "expected number, series or quintiles, found '" + info.shape + "'");
    if (j.contains("min")) info.min = finite_at(j, at, "min");
    if (j.contains("max")) info.max = finite_at(j, at, "max");
    if (info.min > info.max) fail(at, "min is above max");
    if (j.contains("optional")) {
        if (!j["optional"].is_boolean())
            fail(at + "/optional", "expected true or false, found " + j["optional"].dump());
        info.optional = j["optional"].get<bool>();
    }
    if (info.shape == "quintiles" && j.contains("role")) {
        info.role = string_at(j, at, "role");
        if (info.role != "spending_shares" && info.role != "payer_shares")
            fail(at + "/role",
                 "expected spending_shares or payer_shares, found '" + info.role + "'");
    }
    return info;
}

RuleInfo parse_rule(const nlohmann::json& j, const std::string& at,
                    const std::vector<IndicatorInfo>& indicators, std::set<std::string>& ids) {
    RuleInfo rule;
    rule.id = key_at(j, at, "id", ids);
    rule.kind = string_at(j, at, "kind");
    if (rule.kind != "binding" && rule.kind != "advisory")
        fail(at + "/kind", "expected binding or advisory, found '" + rule.kind + "'");
    rule.indicator = string_at(j, at, "indicator");
    if (std::none_of(indicators.begin(), indicators.end(),
                     [&](const IndicatorInfo& i) { return i.key == rule.indicator; }))
        fail(at + "/indicator", "'" + rule.indicator + "' is not one of the plugin's indicators");
    if (j.contains("min")) rule.min = finite_at(j, at, "min");
    if (j.contains("max")) rule.max = finite_at(j, at, "max");
    if (!std::isfinite(rule.min) && !std::isfinite(rule.max))
        fail(at, "expected a limit: min, max or both");
    if (rule.min > rule.max) fail(at, "min is above max");
    rule.name = text_at(j, at, "name");
    rule.source = string_at(j, at, "source");
    return rule;
}

}  // namespace

const ParameterInfo* MechanismDescriptor::find_parameter(const std::string& key) const {
    for (const auto& p : parameters)
        if (p.key == key) return &p;
    return nullptr;
}

std::vector<std::string> MechanismDescriptor::parameter_keys() const {
    std::vector<std::string> keys;
    for (const auto& p : parameters) keys.push_back(p.key);
    return keys;
}

std::vector<const ParameterInfo*> MechanismDescriptor::numeric_parameters() const {
    std::vector<const ParameterInfo*> numeric;
    for (const auto& p : parameters)
        if (p.is_number) numeric.push_back(&p);
    return numeric;
}

const RequirementInfo* MechanismDescriptor::quintiles(const std::string& role) const {
    for (const auto& r : requirements)
        if (r.shape == "quintiles" && r.role == role) return &r;
    return nullptr;
}

const RequirementInfo* MechanismDescriptor::spending_shares() const {
    return quintiles("spending_shares");
}

const RequirementInfo* MechanismDescriptor::payer_shares() const {
    return quintiles("payer_shares");
}

MechanismDescriptor parse_descriptor(const nlohmann::json& j) {
    MechanismDescriptor d;
    d.json = j;
    std::set<std::string> ids;
    d.id = key_at(j, "", "id", ids);
    d.version = string_at(j, "", "version");
    if (!std::regex_match(d.version, semantic_version))
        fail("/version", "'" + d.version + "' is not a semantic version such as 1.0.0");
    d.name = text_at(j, "", "name");
    d.summary = text_at(j, "", "summary");
    d.formula = string_at(j, "", "formula");

    std::set<std::string> keys;
    const auto& parameters = array_at(j, "", "parameters");
    for (std::size_t i = 0; i < parameters.size(); ++i)
        d.parameters.push_back(
            parse_parameter(parameters[i], "/parameters/" + std::to_string(i), keys));

    std::set<std::string> indicator_keys;
    const auto& indicators = array_at(j, "", "indicators");
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        const std::string at = "/indicators/" + std::to_string(i);
        IndicatorInfo info{key_at(indicators[i], at, "key", indicator_keys),
                           string_at(indicators[i], at, "unit"),
                           string_at(indicators[i], at, "direction"),
                           text_at(indicators[i], at, "label")};
        for (const char* reserved : host_indicator_keys)
            if (info.key == reserved)
                fail(at + "/key", "'" + info.key + "' is computed by the host for every mechanism");
        d.indicators.push_back(std::move(info));
    }

    std::set<std::string> required;
    const auto& requirements = array_at(j, "", "requires");
    for (std::size_t i = 0; i < requirements.size(); ++i) {
        const std::string at = "/requires/" + std::to_string(i);
        RequirementInfo info = parse_requirement(requirements[i], at, required);
        // Households' payments follow one distribution, and their payers another.
        if (info.shape == "quintiles")
            if (const RequirementInfo* same = d.quintiles(info.role))
                fail(at + "/role", "a second '" + info.role + "' distribution; '" + same->key +
                                       "' is one already");
        d.requirements.push_back(std::move(info));
    }
    if (j.contains("rules")) {
        std::set<std::string> rule_ids;
        const auto& rules = array_at(j, "", "rules");
        for (std::size_t i = 0; i < rules.size(); ++i)
            d.rules.push_back(
                parse_rule(rules[i], "/rules/" + std::to_string(i), d.indicators, rule_ids));
    }
    if (j.contains("bases")) {
        std::set<std::string> seen;
        const auto& bases = array_at(j, "", "bases");
        for (std::size_t i = 0; i < bases.size(); ++i) {
            const std::string at = "/bases/" + std::to_string(i);
            if (!bases[i].is_string() || !std::regex_match(bases[i].get<std::string>(), snake_case))
                fail(at, "expected a snake_case base name, found " + bases[i].dump());
            if (!seen.insert(bases[i].get<std::string>()).second) fail(at, "appears twice");
            d.bases.push_back(bases[i].get<std::string>());
        }
    }
    if (j.contains("gross_revenue")) {
        const auto& kind = j["gross_revenue"];
        if (kind != "new" && kind != "change")
            fail("/gross_revenue", "expected \"new\" or \"change\", found " + kind.dump());
        d.gross_is_change = kind == "change";
    }
    if (j.contains("profile")) d.profile = parse_profile(j["profile"]);
    return d;
}

}  // namespace finmech::host
