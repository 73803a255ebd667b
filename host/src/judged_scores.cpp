#include "finmech/host/judged_scores.hpp"

#include <algorithm>
#include <map>

#include <finmech/criteria/consensus.hpp>
#include <finmech/criteria/scale.hpp>
#include <finmech/reports/catalogue.hpp>

#include "finmech/host/input_error.hpp"
#include "finmech/host/number_text.hpp"
#include "finmech/host/workshop_session.hpp"

namespace finmech::host {

namespace {

using nlohmann::json;

std::vector<std::string> strings_at(const json& merged, const std::string& key, const std::string& file) {
    const json& value = merged.contains(key) ? merged[key] : json();
    if (!value.is_array() || !std::all_of(value.begin(), value.end(), [](const json& v) { return v.is_string(); }))
        throw InputError(file, "/" + key, "expected an array of strings, as `finmech workshop merge` writes");
    return value.get<std::vector<std::string>>();
}

// The AIJ weights of the groups' pairwise sheets become the decision's weights, and the
// criteria they weigh its criteria when it lists none: left to choose, the ranking would leave
// out a criterion some mechanism has no score on (a cell no group scored, with
// --allow-missing=skip) while the weights still name it; listed, the missing score is reported.
void apply_workshop_weights(Scenario& scenario, const json& merged, const std::string& file,
                            reports::Language language) {
    const json& block = merged["weights"];
    const json ids = block.is_object() ? block.value("criteria", json()) : json();
    const json weights = block.is_object() && block.contains("aij") && block["aij"].is_object()
                             ? block["aij"].value("weights", json())
                             : json();
    if (!ids.is_array() || !weights.is_array() || weights.size() != ids.size() ||
        !std::all_of(ids.begin(), ids.end(), [](const json& id) { return id.is_string(); }) ||
        !std::all_of(weights.begin(), weights.end(), [](const json& w) { return w.is_number(); }) ||
        !block["aij"].value("consistency_ratio", json()).is_number() || !block["groups"].is_array())
        throw InputError(file, "/weights",
                         "expected criteria, groups and aij {weights, consistency_ratio}, as `finmech "
                         "workshop merge` writes");
    json by_id = json::object();
    for (std::size_t j = 0; j < ids.size(); ++j) by_id[ids[j].get<std::string>()] = weights[j];
    if (!scenario.decision.is_object()) scenario.decision = json::object();
    if (!scenario.decision.contains("criteria")) scenario.decision["criteria"] = ids;
    scenario.decision["weights"] = by_id;
    scenario.decision["weights_note"] = reports::message(
        "workshop.weights_note", language,
        {merged.value("session", ""), std::to_string(block["groups"].size()),
         number_text(block["aij"]["consistency_ratio"].get<double>(), 2)});
}

}  // namespace

void apply_judged_scores(Scenario& scenario, const json& merged, const std::string& file,
                         reports::Language language) {
    if (!merged.is_object() || merged.value("format", "") != "finmech-workshop-merge/1")
        throw InputError(file, "/format",
                         "expected \"finmech-workshop-merge/1\": the output of `finmech workshop merge`");
    const auto criteria = strings_at(merged, "criteria", file);
    const auto mechanisms = strings_at(merged, "mechanisms", file);
    const auto groups = strings_at(merged, "groups", file);
    const std::string session = merged.value("session", "");
    const std::string expected = session_id(scenario, criteria, mechanisms, groups);
    if (session != expected)
        throw InputError(file, "/session",
                         "session \"" + session + "\" was not made for " + scenario.file +
                             " (with these criteria, mechanisms and groups it would be \"" +
                             expected + "\"); merge the sheets made from this scenario");

    // (mechanism, criterion) -> group -> score
    std::map<std::pair<std::string, std::string>, std::map<std::string, double>> cells;
    const json scores = merged.value("scores", json::array());
    for (std::size_t k = 0; k < scores.size(); ++k) {
        const json& s = scores[k];
        const std::string at = "/scores/" + std::to_string(k);
        const auto known = [&](const char* key, const std::vector<std::string>& list) {
            if (!s.contains(key) || !s[key].is_string() ||
                std::find(list.begin(), list.end(), s[key].get<std::string>()) == list.end())
                throw InputError(file, at + "/" + key, "expected one of the file's " + std::string(key) +
                                                           " names; found " + s.value(key, json()).dump());
            return s[key].get<std::string>();
        };
        const std::string mechanism = known("mechanism", mechanisms);
        const std::string criterion = known("criterion", criteria);
        const std::string group = known("group", groups);
        if (!s.contains("score") || !s["score"].is_number_integer() ||
            s["score"].get<int>() < criteria::lowest_score ||
            s["score"].get<int>() > criteria::highest_score)
            throw InputError(file, at + "/score",
                             "expected a score from " + std::to_string(criteria::lowest_score) +
                                 " to " + std::to_string(criteria::highest_score) + "; found " +
                                 s.value("score", json()).dump());
        cells[{mechanism, criterion}][group] = s["score"].get<double>();
    }

    for (const auto& [cell, by_group] : cells) {
        const auto entry = std::find_if(scenario.mechanisms.begin(), scenario.mechanisms.end(),
                                        [&](const MechanismEntry& m) { return m.label == cell.first; });
        if (entry == scenario.mechanisms.end())
            throw InputError(file, "/mechanisms", "\"" + cell.first + "\" is not a mechanism of " + scenario.file);
        std::vector<double> values;
        std::string who;
        for (const auto& group : groups)  // in the session's order
            if (by_group.count(group)) {
                values.push_back(by_group.at(group));
                who += (who.empty() ? "" : ", ") + group;
            }
        const criteria::ScoreSummary summary = *criteria::summarize_scores(values);
        std::string note = reports::message("workshop.judged_note", language,
                                            {std::to_string(summary.n), number_text(summary.min),
                                             number_text(summary.max)});
        if (summary.disagreement)
            note += "; " + std::string(reports::message("workshop.judged_disagreement", language));
        entry->judged[cell.second] = {
            {"score", summary.mean},
            {"by", reports::message("workshop.judged_by", language, {session, who})},
            {"note", note}};
    }

    if (merged.contains("weights")) apply_workshop_weights(scenario, merged, file, language);

    if (scenario.decision.is_object() && scenario.decision.contains("criteria") &&
        scenario.decision["criteria"].is_array()) {
        json& listed = scenario.decision["criteria"];
        for (const auto& id : criteria)
            if (std::find(listed.begin(), listed.end(), json(id)) == listed.end()) listed.push_back(id);
    }
}

}  // namespace finmech::host
