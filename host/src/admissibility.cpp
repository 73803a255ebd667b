#include "finmech/host/admissibility.hpp"

#include <algorithm>
#include <cmath>

#include "finmech/host/input_error.hpp"
#include "finmech/host/statistics.hpp"
#include "finmech/host/suggest.hpp"

namespace finmech::host {

namespace {

bool within(double value, const RuleInfo& rule) {
    const auto slack = [](double limit) { return 1e-9 * std::max(1.0, std::abs(limit)); };
    return !(value < rule.min - slack(rule.min)) && !(value > rule.max + slack(rule.max));
}

}  // namespace

std::vector<RuleCheck> check_rules(const MechanismDescriptor& plugin,
                                   const IndicatorDraws& indicators, const MechanismEntry& entry) {
    std::vector<RuleCheck> checks;
    for (const RuleInfo& rule : plugin.rules) {
        const auto measured = std::find_if(indicators.begin(), indicators.end(),
                                           [&](const auto& i) { return i.first == rule.indicator; });
        if (measured == indicators.end()) continue;  // parse_descriptor makes this unreachable
        const std::vector<double>& values = measured->second;
        RuleCheck check{rule, 0.0, 0.0, {}};
        const auto broken = std::count_if(values.begin(), values.end(),
                                          [&](double x) { return !within(x, rule); });
        check.broken_share = static_cast<double>(broken) / static_cast<double>(values.size());
        check.median = summarize(values).p50;
        if (entry.waivers.contains(rule.id))
            check.waiver = entry.waivers[rule.id]["reason"].get<std::string>();
        checks.push_back(std::move(check));
    }
    return checks;
}

bool admissible(const std::vector<RuleCheck>& checks) {
    return std::none_of(checks.begin(), checks.end(), [](const RuleCheck& c) { return c.excludes(); });
}

void check_waivers(const MechanismEntry& entry, const MechanismDescriptor& plugin,
                   const std::string& file) {
    std::vector<std::string> binding;
    for (const RuleInfo& rule : plugin.rules)
        if (rule.binding()) binding.push_back(rule.id);
    for (const auto& [id, waiver] : entry.waivers.items()) {
        const std::string at = entry.pointer_to("waivers", id);
        if (std::find(binding.begin(), binding.end(), id) == binding.end())
            throw InputError(file, at,
                             "'" + id + "' is not a binding rule of " + plugin.id +
                                 (binding.empty() ? std::string(", which declares none")
                                                  : did_you_mean(id, binding)));
        if (!waiver.is_object() || !waiver.contains("reason") || !waiver["reason"].is_string() ||
            waiver["reason"].get_ref<const std::string&>().empty())
            throw InputError(file, at,
                             "expected {\"reason\": \"why the scenario sets this rule aside\"}, "
                             "found " + waiver.dump());
    }
}

nlohmann::json to_json(const std::vector<RuleCheck>& checks) {
    nlohmann::json out = nlohmann::json::array();
    for (const RuleCheck& c : checks) {
        nlohmann::json j{{"id", c.rule.id},
                         {"kind", c.rule.kind},
                         {"name", c.rule.name},
                         {"source", c.rule.source},
                         {"indicator", c.rule.indicator},
                         {"median", c.median},
                         {"broken_share", c.broken_share},
                         {"broken", c.broken()}};
        if (std::isfinite(c.rule.min)) j["min"] = c.rule.min;
        if (std::isfinite(c.rule.max)) j["max"] = c.rule.max;
        if (!c.waiver.empty()) j["waiver"] = c.waiver;
        out.push_back(std::move(j));
    }
    return out;
}

}  // namespace finmech::host
