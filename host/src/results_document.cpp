#include "finmech/host/results_document.hpp"

#include <algorithm>
#include <map>

#include <finmech/criteria/scale.hpp>

#include "finmech/host/sensitivity.hpp"
#include "finmech/host/sha256.hpp"

namespace finmech::host {

namespace {

using nlohmann::json;

// Text of the first requirement of `key` among the scenario's plugins, for a context figure.
const Text* requirement_text(const std::string& key, const Scenario& scenario,
                             const PluginCatalog& catalog) {
    for (const auto& entry : scenario.mechanisms)
        if (const Plugin* plugin = catalog.find(entry.plugin))
            for (const auto& requirement : plugin->descriptor().requirements)
                if (requirement.key == key) return &requirement.doc;
    return nullptr;
}

json figure_entry(const std::string& key, const Figure& figure, const Scenario& scenario,
                  const PluginCatalog& catalog) {
    json entry{{"key", key}, {"unit", figure.unit}, {"source", figure.source},
               {"evidence", figure.evidence}};
    entry["value"] = figure.scalar && figure.values.size() == 1 ? json(figure.values.front())
                                                                : json(figure.values);
    if (figure.year != 0) entry["year"] = figure.year;
    if (!figure.note.empty()) entry["note"] = figure.note;
    if (const Text* text = requirement_text(key, scenario, catalog))
        entry["label"] = *text;
    for (const HostFigure& h : host_figures())
        if (h.key == key) entry["label"] = h.label;
    if (!entry.contains("label") && !figure.label.fr.empty()) entry["label"] = figure.label;
    return entry;
}

// The per-year series the host built from the figures (GDP, the UHC financing gap...).
json derived_series(const Evaluation& evaluation) {
    json out = json::array();
    for (const DerivedSeries& series : evaluation.expressions.derived)
        out.push_back({{"key", series.key},
                       {"label", series.label},
                       {"unit", series.unit},
                       {"years", evaluation.years},
                       {"values", series.values},
                       {"source", "finmech, from the context figures (docs/scenario.md)"},
                       {"evidence", "derived"}});
    return out;
}

json context(const ResultsInputs& in) {
    json out = json::array();
    for (const auto& [key, figure] : in.scenario.figures)
        out.push_back(figure_entry(key, figure, in.scenario, in.catalog));
    for (auto& series : derived_series(in.evaluation)) out.push_back(std::move(series));
    return out;
}

// Each mechanism's parameters as the evaluation used them: the scenario's value or law, else the
// plugin's default and default uncertainty.
json assumptions(const ResultsInputs& in) {
    json out = json::array();
    for (const auto& entry : in.scenario.mechanisms) {
        const Plugin* plugin = in.catalog.find(entry.plugin);
        if (!plugin) continue;
        for (const auto& parameter : plugin->descriptor().parameters) {
            json row{{"mechanism", entry.label},
                     {"plugin", entry.plugin},
                     {"parameter", parameter.key},
                     {"label", parameter.label},
                     {"unit", parameter.unit},
                     {"source", parameter.source},
                     {"evidence", parameter.evidence}};
            const bool set = entry.parameters.is_object() && entry.parameters.contains(parameter.key);
            const json& given = set ? entry.parameters[parameter.key] : json();
            if (set) row["set_in_scenario"] = entry.pointer_to("parameters", parameter.key);
            if (set && given.is_object()) {
                row["law"] = given;
            } else {
                row["value"] = set ? given : parameter.default_value;
                if (!set && !parameter.uncertainty.is_null()) row["law"] = parameter.uncertainty;
            }
            out.push_back(std::move(row));
        }
    }
    return out;
}

json provenance(const ResultsInputs& in, const json& ranking) {
    json plugins = json::array();
    std::map<std::string, bool> listed;
    for (const auto& entry : in.scenario.mechanisms) {
        const Plugin* plugin = in.catalog.find(entry.plugin);
        if (!plugin || listed[entry.plugin]) continue;
        listed[entry.plugin] = true;
        plugins.push_back({{"id", plugin->id()},
                           {"version", plugin->descriptor().version},
                           {"file", plugin->file().filename().string()},
                           {"sha256", file_sha256_hex(plugin->file())}});
    }
    json weights = json::object();
    for (const auto& criterion : ranking.at("criteria"))
        weights[criterion.at("id").get<std::string>()] = criterion.at("weight");
    return {{"finmech_version", in.finmech_version},
            {"scenario", {{"name", in.scenario.file}, {"sha256", sha256_hex(in.scenario_text)}}},
            {"plugins", plugins},
            {"seed", in.evaluation.seed},
            {"draws", in.evaluation.draws},
            {"method", ranking.at("method")},
            {"weights", weights},
            {"generated", in.generated}};
}

// The tornado of the report: what moves the yield of the mechanism ranked first.
json top_ranked_sensitivity(const ResultsInputs& in) {
    const auto first = std::min_element(in.appraisal.ranks.begin(), in.appraisal.ranks.end());
    if (first == in.appraisal.ranks.end()) return nullptr;
    const MechanismEntry& entry =
        in.scenario.mechanisms.at(static_cast<std::size_t>(first - in.appraisal.ranks.begin()));
    return to_json(sensitivity(in.scenario, entry, *in.catalog.find(entry.plugin),
                               in.evaluation.seed),
                   in.evaluation.currency);
}

// Writes into each mechanism's incidence the symbol (-- .. ++) its Kakwani index gets from the
// criterion that scores it: the ranking's when it ranks vertical equity (the scenario may revise
// the thresholds), else the default one, so that the brief words every index alike.
void read_kakwani_on_the_scale(json& mechanisms, const Appraisal& appraisal) {
    const auto rule_in = [](const std::vector<criteria::Criterion>& list) {
        for (const criteria::Criterion& c : list)
            if (c.rule && c.rule->indicator == "kakwani_index") return c.rule;
        return std::optional<criteria::ThresholdRule>();
    };
    std::optional<criteria::ThresholdRule> rule = rule_in(appraisal.criteria);
    if (!rule) rule = rule_in(default_criteria());
    if (!rule) return;
    for (json& mechanism : mechanisms) {
        const auto incidence = mechanism.find("incidence");
        if (incidence == mechanism.end() || !incidence->contains("kakwani_index")) continue;
        const int score =
            criteria::score_indicator(*rule, incidence->at("kakwani_index").get<double>());
        (*incidence)["kakwani_symbol"] = criteria::symbol_of_score(score);
    }
}

// What the plenary section of the report reads: the merged document's session, consensus and
// scores (without the cells and texts as written, which stay in merged.json), tied to it by digest.
json workshop_digest(const json& merged, std::string_view sha256) {
    json scores = json::array();
    for (const auto& s : merged.value("scores", json::array()))
        scores.push_back({{"group", s.at("group")},
                          {"mechanism", s.at("mechanism")},
                          {"criterion", s.at("criterion")},
                          {"score", s.at("score")}});
    return {{"session", merged.at("session")},
            {"groups", merged.at("groups")},
            {"criteria", merged.at("criteria")},
            {"mechanisms", merged.at("mechanisms")},
            {"merged_sha256", sha256},
            {"consensus", merged.value("consensus", json::object())},
            {"scores", scores}};
}

}  // namespace

json results_document(const ResultsInputs& in) {
    json results = to_json(in.evaluation);
    results["ranking"] = to_json(in.appraisal);
    read_kakwani_on_the_scale(results["mechanisms"], in.appraisal);
    results["scenario"] = in.scenario.file;
    results["indicative"] = in.scenario.indicative;
    results["finmech_version"] = in.finmech_version;
    results["schema_version"] = results_schema_version;
    results["provenance"] = provenance(in, results["ranking"]);
    if (in.packages) results["packages"] = *in.packages;
    results["context"] = context(in);
    results["assumptions"] = assumptions(in);
    results["sensitivity"] = top_ranked_sensitivity(in);
    if (in.workshop) results["workshop"] = workshop_digest(*in.workshop, in.workshop_sha256);
    return results;
}

}  // namespace finmech::host
