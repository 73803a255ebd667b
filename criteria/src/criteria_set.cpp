#include "finmech/criteria/criteria_set.hpp"

#include <algorithm>

#include "finmech/criteria/input_error.hpp"
#include "json_fields.hpp"

namespace finmech::criteria {
namespace {

using nlohmann::json;
using detail::localized;
using detail::member;
using detail::text;

ThresholdRule read_rule(const json& rule, const std::string& where) {
    ThresholdRule result;
    result.indicator = text(rule, "indicator", where);
    result.unit = text(rule, "unit", where);
    const json& thresholds = member(rule, "thresholds", where);
    if (!thresholds.is_array() || thresholds.size() != result.thresholds.size()) {
        throw InputError(where + "/thresholds",
                         "expected 4 numbers splitting the indicator into the 5 scores; found " +
                             thresholds.dump());
    }
    for (std::size_t i = 0; i < thresholds.size(); ++i) {
        const std::string at = where + "/thresholds/" + std::to_string(i);
        if (!thresholds[i].is_number())
            throw InputError(at, "expected a number; found " + thresholds[i].dump());
        result.thresholds[i] = thresholds[i].get<double>();
        if (i > 0 && !(result.thresholds[i] > result.thresholds[i - 1])) {
            throw InputError(
                at, "expected thresholds in strictly ascending order; found " + thresholds.dump());
        }
    }
    const std::string better = text(rule, "better", where);
    if (better != "higher" && better != "lower") {
        throw InputError(where + "/better",
                         "expected \"higher\" or \"lower\"; found \"" + better + "\"");
    }
    result.higher_is_better = better == "higher";
    return result;
}

Criterion read_criterion(const json& doc, const std::string& where) {
    Criterion c;
    c.id = text(doc, "id", where);
    c.name = localized(member(doc, "name", where), where + "/name");
    c.description = localized(member(doc, "description", where), where + "/description");
    c.direction = parse_direction(text(doc, "direction", where), where + "/direction");
    const json& scale = member(doc, "scale", where);
    if (!scale.is_array() || scale.size() != c.scale.size()) {
        throw InputError(where + "/scale", "expected 5 levels, scores 5 down to 1; found " +
                                               std::to_string(scale.is_array() ? scale.size() : 0));
    }
    for (std::size_t i = 0; i < scale.size(); ++i) {
        const std::string at = where + "/scale/" + std::to_string(i);
        ScaleAnchor& anchor = c.scale[i];
        anchor.score = highest_score - static_cast<int>(i);
        const json& score = member(scale[i], "score", at);
        if (score != anchor.score) {
            throw InputError(at + "/score", "expected " + std::to_string(anchor.score) +
                                                " (levels go from 5 down to 1); found " +
                                                score.dump());
        }
        anchor.symbol = text(scale[i], "symbol", at);
        if (score_from_symbol(anchor.symbol, at + "/symbol") != anchor.score) {
            throw InputError(at + "/symbol", "expected \"" +
                                                 std::string(symbol_of_score(anchor.score)) +
                                                 "\" for score " + std::to_string(anchor.score) +
                                                 "; found \"" + anchor.symbol + "\"");
        }
        anchor.text = localized(scale[i], at);
    }
    if (doc.contains("rule")) c.rule = read_rule(doc["rule"], where + "/rule");
    if (doc.contains("judged_in_workshop")) {
        if (!doc["judged_in_workshop"].is_boolean())
            throw InputError(where + "/judged_in_workshop",
                             "expected true or false; found " + doc["judged_in_workshop"].dump());
        c.judged_in_workshop = doc["judged_in_workshop"].get<bool>();
    }
    if (doc.contains("package")) {
        const std::string how = text(doc, "package", where);
        if (how == "yield_weighted") c.package = PackageAggregation::yield_weighted;
        else if (how == "weakest_member") c.package = PackageAggregation::weakest_member;
        else if (how == "whole_package") c.package = PackageAggregation::whole_package;
        else
            throw InputError(where + "/package",
                             "expected \"yield_weighted\", \"weakest_member\" or "
                             "\"whole_package\"; found \"" + how + "\"");
    }
    return c;
}

}  // namespace

std::vector<Criterion> load_criteria(const json& doc) {
    if (!doc.is_array() || doc.empty()) {
        throw InputError("", "expected a non-empty array of criteria; found " + doc.dump());
    }
    std::vector<Criterion> criteria;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        const std::string where = std::string("/").append(std::to_string(i));
        Criterion c = read_criterion(doc[i], where);
        if (std::any_of(criteria.begin(), criteria.end(),
                        [&](const Criterion& o) { return o.id == c.id; })) {
            throw InputError(where + "/id", "expected a unique id; found \"" + c.id + "\" twice");
        }
        criteria.push_back(std::move(c));
    }
    return criteria;
}

}  // namespace finmech::criteria
