#include "results_json.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/number_format.hpp"

namespace finmech::reports {

using nlohmann::json;

namespace {

constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

// The first object of the array `list` whose `field` is `value`, or nullptr.
const json* find_entry(const json& list, std::string_view field, std::string_view value) {
    if (!list.is_array()) return nullptr;
    for (const auto& entry : list)
        if (string_at(entry, field) == value) return &entry;
    return nullptr;
}

// A string as it is, another value as JSON writes it, null as "".
std::string as_text(const json& value) {
    if (value.is_string()) return value.get<std::string>();
    return value.is_null() ? std::string() : value.dump();
}

RankedOption read_option(const json& results, const json& result) {
    static const json none;
    RankedOption o;
    o.result = &result;
    o.label = string_at(result, "alternative");
    o.mechanism = mechanism(results, o.label);
    const std::size_t t = middle_year_index(results);
    const json& net = member(o.mechanism ? *o.mechanism : none, "net_revenue");
    const json& expressed = member(o.mechanism ? *o.mechanism : none, "expressed");
    o.net_mean = yearly(net, "mean", t);
    o.net_p5 = yearly(net, "p5", t);
    o.net_p50 = yearly(net, "p50", t);
    o.net_p95 = yearly(net, "p95", t);
    o.percent_gdp = yearly(member(expressed, "percent_gdp"), "mean", t);
    o.percent_gap = yearly(member(expressed, "percent_financing_gap"), "mean", t);
    o.effective = yearly(member(expressed, "effective_for_health"), "mean", t);
    // Results written before sources and rules were recorded: each option its own source.
    o.source = result.contains("source") ? string_at(result, "source") : o.label;
    o.admissible = !member(result, "admissible").is_boolean() || result["admissible"].get<bool>();
    return o;
}

// "≤ 0,2", "≥ 0,5" or "0,15 – 0,5": the range a rule keeps its indicator in.
std::string rule_limit(const json& rule, Language language) {
    const json &min = member(rule, "min"), &max = member(rule, "max");
    const auto number = [&](const json& x) {
        return format_significant(x.get<double>(), 3, language);
    };
    if (min.is_number() && max.is_number())
        return message("rules.between", language, {number(min), number(max)});
    if (min.is_number()) return message("rules.at_least", language, {number(min)});
    if (max.is_number()) return message("rules.at_most", language, {number(max)});
    return {};
}

}  // namespace

const json& member(const json& object, std::string_view key) {
    static const json missing;
    if (!object.is_object()) return missing;
    const auto found = object.find(key);
    return found == object.end() ? missing : *found;
}

std::string string_at(const json& object, std::string_view key) {
    const json& value = member(object, key);
    return value.is_string() ? value.get<std::string>() : std::string();
}

double number_at(const json& object, std::string_view key) {
    const json& value = member(object, key);
    return value.is_number() ? value.get<double>() : not_a_number;
}

std::string localized(const json& text, Language language) {
    if (text.is_string()) return text.get<std::string>();
    return string_at(text, to_string(language));
}

double yearly(const json& series, std::string_view statistic, std::size_t index) {
    const json& values = member(series, statistic);
    if (!values.is_array() || index >= values.size() || !values[index].is_number())
        return not_a_number;
    return values[index].get<double>();
}

std::string currency(const json& results) {
    const std::string text = string_at(results, "currency");
    return text.empty() ? "FCFA" : text;
}

std::size_t middle_year_index(const json& results) {
    const json& years = member(results, "years");
    return years.is_array() && !years.empty() ? (years.size() - 1) / 2 : 0;
}

int middle_year(const json& results) {
    const json& years = member(results, "years");
    const std::size_t middle = middle_year_index(results);
    return years.is_array() && middle < years.size() && years[middle].is_number_integer()
               ? years[middle].get<int>()
               : 0;
}

const json* mechanism(const json& results, std::string_view label) {
    return find_entry(member(results, "mechanisms"), "label", label);
}

const json* context_entry(const json& results, std::string_view key) {
    return find_entry(member(results, "context"), "key", key);
}

std::vector<const json*> ranked(const json& results) {
    std::vector<const json*> order;
    const json& list = member(member(results, "ranking"), "results");
    if (!list.is_array()) return order;
    for (const auto& result : list) order.push_back(&result);
    std::stable_sort(order.begin(), order.end(), [](const json* a, const json* b) {
        return a->value("rank", 0) < b->value("rank", 0);
    });
    return order;
}

std::string criterion_name(const json& results, std::string_view id, Language language) {
    const json* criterion = find_entry(member(member(results, "ranking"), "criteria"), "id", id);
    return criterion ? localized(member(*criterion, "name"), language) : std::string(id);
}

double rank_acceptability(const json& result, std::size_t ranks) {
    const json& shares = member(result, "rank_acceptability");
    if (!shares.is_array() || shares.empty()) return not_a_number;
    double sum = 0;
    for (std::size_t r = 0; r < std::min(ranks, shares.size()); ++r)
        sum += shares[r].is_number() ? shares[r].get<double>() : not_a_number;
    return sum;
}

std::vector<RankedOption> ranked_options(const json& results) {
    std::vector<RankedOption> options;
    for (const json* result : ranked(results)) options.push_back(read_option(results, *result));
    return options;
}

std::vector<RankedOption> recommendable(const std::vector<RankedOption>& all, std::size_t count) {
    std::vector<RankedOption> chosen;
    for (const auto& o : all) {
        if (chosen.size() == count) break;
        if (!o.admissible) continue;
        if (std::any_of(chosen.begin(), chosen.end(),
                        [&](const RankedOption& c) { return c.source == o.source; }))
            continue;
        chosen.push_back(o);
    }
    return chosen;
}

bool indicative(const json& results) {
    const json& flag = member(results, "indicative");
    return flag.is_boolean() && flag.get<bool>();
}

HealthDividend health_dividend(const json& mechanism) {
    const json& indicators = member(mechanism, "indicators");
    const auto mean = [&](const char* key) { return number_at(member(indicators, key), "mean"); };
    HealthDividend d{mean("consumption_change"), mean("quitters"), mean("deaths_averted"), false};
    d.reported = std::isfinite(d.consumption_change) || std::isfinite(d.quitters) ||
                 std::isfinite(d.deaths_averted);
    return d;
}

Recommendation recommendation(const json& results, const std::vector<RankedOption>& all,
                              std::size_t fallback_count) {
    Recommendation r;
    const json& packages = member(results, "packages");
    const json& best = member(packages, "best");
    if (packages.is_object() && !best.is_object()) {
        // The run searched every package and none meets the targets: nothing to ask for.
        r.none_meets_targets = true;
        r.net_mean = r.net_p5 = r.net_p50 = r.net_p95 = not_a_number;
        r.percent_gdp_p50 = r.effective_mean = r.gap_share_p50 = not_a_number;
        return r;
    }
    if (!best.is_object()) {
        r.options = recommendable(all, fallback_count);
        const Totals t = totals(r.options);
        r.net_mean = t.net;
        r.net_p5 = r.net_p50 = r.net_p95 = not_a_number;
        r.percent_gdp_p50 = t.percent_gdp;
        r.effective_mean = t.effective;
        r.gap_share_p50 = t.percent_gap;
        return r;
    }
    for (const auto& label : member(best, "options"))
        for (const auto& o : all)
            if (label.is_string() && o.label == label.get<std::string>()) r.options.push_back(o);
    const std::size_t t = middle_year_index(results);
    r.yield = &member(best, "yield");
    const json& net = member(*r.yield, "net");
    r.net_mean = yearly(net, "mean", t);
    r.net_p5 = yearly(net, "p5", t);
    r.net_p50 = yearly(net, "p50", t);
    r.net_p95 = yearly(net, "p95", t);
    const json* gdp = context_entry(results, "projected_gdp");
    const double gdp_t = gdp ? yearly(*gdp, "values", t) : not_a_number;
    r.percent_gdp_p50 = 100 * r.net_p50 / gdp_t;
    r.effective_mean = yearly(member(*r.yield, "effective"), "mean", t);
    const json* gap = context_entry(results, "financing_gap");
    r.gap_share_p50 = 100 * yearly(member(*r.yield, "effective"), "p50", t) /
                      (gap ? yearly(*gap, "values", t) : not_a_number);
    return r;
}

std::string broken_rules(const json& mechanism, Language language) {
    std::string out;
    for (const char* kind : {"binding", "advisory"})
        for (const auto& rule : member(mechanism, "rules")) {
            if (string_at(rule, "kind") != kind || !member(rule, "broken").is_boolean() ||
                !rule["broken"].get<bool>())
                continue;
            std::string text = message(
                "rules.broken", language,
                {localized(member(rule, "name"), language),
                 format_significant(number_at(rule, "median"), 3, language),
                 rule_limit(rule, language)});
            if (rule.contains("waiver"))
                text += " " + std::string(message("rules.waived", language,
                                                  {string_at(rule, "waiver")}));
            else if (std::string(kind) == "advisory")
                text += " " + std::string(message("rules.advisory", language));
            out += (out.empty() ? "" : "; ") + text;
        }
    return out;
}

Totals totals(const std::vector<RankedOption>& options) {
    Totals t;
    for (const auto& o : options) {
        t.net += o.net_mean;
        t.percent_gdp += o.percent_gdp;
        t.percent_gap += o.percent_gap;
        t.effective += o.effective;
    }
    return t;
}

Provenance read_provenance(const json& results) {
    const json& p = member(results, "provenance");
    const json& scenario = member(p, "scenario");
    return {p.is_object(),
            as_text(member(p, "finmech_version")),
            string_at(scenario, "name"),
            string_at(scenario, "sha256"),
            as_text(member(p, "seed")),
            as_text(member(p, "draws")),
            as_text(member(p, "method")),
            as_text(member(p, "generated")),
            member(p, "weights"),
            member(p, "plugins")};
}

std::vector<std::string> failed_labels(const json& results) {
    std::vector<std::string> labels;
    for (const auto& failed : member(results, "failed")) labels.push_back(string_at(failed, "label"));
    return labels;
}

}  // namespace finmech::reports
