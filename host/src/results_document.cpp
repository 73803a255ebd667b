#include "finmech/host/results_document.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "finmech/host/sensitivity.hpp"
#include "finmech/host/sha256.hpp"

namespace finmech::host {

namespace {

using nlohmann::json;

json localized(const Text& text) { return {{"fr", text.fr}, {"en", text.en}}; }

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
        entry["label"] = localized(*text);
    return entry;
}

// Per-year series the host derived from the figures, recovered from the expressions' factors
// (e.g. GDP_t = 100 / factor of "% of GDP"); only those the context allows.
json derived_series(const Evaluation& evaluation) {
    std::map<std::string, const std::vector<double>*> factor;
    for (const auto& expression : evaluation.expressions.available)
        factor[expression.key] = &expression.factor;
    struct Series {
        const char* key;
        Text label;
        const char* unit;
        std::vector<double> values;
    };
    std::vector<Series> all;
    const auto inverse = [&](const char* expression, double numerator) {
        std::vector<double> values;
        for (double f : *factor.at(expression)) values.push_back(f > 0 ? numerator / f : 0.0);
        return values;
    };
    if (factor.count("percent_gdp"))
        all.push_back({"gdp", {"PIB nominal", "Nominal GDP"}, "currency",
                       inverse("percent_gdp", 100.0)});
    if (factor.count("percent_gge"))
        all.push_back({"government_expenditure",
                       {"Dépenses des administrations publiques", "General government expenditure"},
                       "currency", inverse("percent_gge", 100.0)});
    if (factor.count("percent_che"))
        all.push_back({"health_expenditure",
                       {"Dépense courante de santé", "Current health expenditure"}, "currency",
                       inverse("percent_che", 100.0)});
    if (factor.count("per_capita"))
        all.push_back({"population", {"Population", "Population"}, "persons",
                       inverse("per_capita", 1.0)});
    if (factor.count("percent_financing_gap") && factor.count("effective_for_health")) {
        // percent_financing_gap = 100 x effective / gap, so gap = 100 x effective / factor.
        std::vector<double> gap;
        const auto& effective = *factor.at("effective_for_health");
        const auto& share = *factor.at("percent_financing_gap");
        for (std::size_t t = 0; t < share.size(); ++t)
            gap.push_back(share[t] > 0 ? 100.0 * effective[t] / share[t] : 0.0);
        all.push_back({"financing_gap",
                       {"Besoin de financement de la CSU", "UHC financing gap"}, "currency",
                       gap});
    }
    json out = json::array();
    for (auto& series : all) {
        const std::string unit = std::string(series.unit) == "currency" ? evaluation.currency
                                                                         : series.unit;
        out.push_back({{"key", series.key},
                       {"label", localized(series.label)},
                       {"unit", unit},
                       {"years", evaluation.years},
                       {"values", series.values},
                       {"source", "finmech, from the context figures (docs/scenario.md)"},
                       {"evidence", "derived"}});
    }
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
                     {"label", localized(parameter.label)},
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
    results["scenario"] = in.scenario.file;
    results["finmech_version"] = in.finmech_version;
    results["schema_version"] = results_schema_version;
    results["provenance"] = provenance(in, results["ranking"]);
    results["context"] = context(in);
    results["assumptions"] = assumptions(in);
    results["sensitivity"] = top_ranked_sensitivity(in);
    if (in.workshop) results["workshop"] = workshop_digest(*in.workshop, in.workshop_sha256);
    return results;
}

}  // namespace finmech::host
