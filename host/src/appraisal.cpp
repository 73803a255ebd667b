#include "finmech/host/appraisal.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <finmech/criteria/input_error.hpp>
#include <finmech/criteria/ranking.hpp>
#include <finmech/criteria/scale.hpp>
#include <finmech/criteria/stakeholders.hpp>

#include "finmech/host/embedded_files.hpp"
#include "finmech/host/input_error.hpp"
#include "finmech/host/json_file.hpp"
#include "finmech/host/suggest.hpp"

namespace finmech::host {

std::vector<criteria::Criterion> default_criteria() {
    nlohmann::json files = nlohmann::json::array();
    for (const auto& file : embedded_criteria())
        files.push_back(parse_json(file.text, std::string(file.name) + ".json"));
    return criteria::load_criteria(files);
}

const std::vector<double>* modelled_draws(const MechanismResult& result,
                                          const criteria::Criterion& criterion) {
    if (!criterion.rule) return nullptr;
    for (const auto& [name, draws] : result.indicator_draws)
        if (name == criterion.rule->indicator) return &draws;
    return nullptr;
}

namespace {

using nlohmann::json;

// Reads the scenario's decision block; every error names the scenario file and a JSON pointer.
class DecisionReader {
public:
    explicit DecisionReader(const Scenario& scenario) : scenario_(scenario) {}

    [[noreturn]] void fail(const std::string& pointer, const std::string& problem) const {
        throw InputError(scenario_.file, pointer, problem);
    }

    // `value` as a non-empty string, or an error at `pointer`.
    std::string text(const json& value, const std::string& pointer) const {
        if (!value.is_string() || value.get_ref<const std::string&>().empty())
            fail(pointer, "expected a non-empty string, found " + value.dump());
        return value.get<std::string>();
    }

    // Refuses judged scores for criteria that do not exist, a likely misspelling.
    void check_judged_keys(const std::vector<std::string>& known) const {
        for (const MechanismEntry& entry : scenario_.mechanisms)
            for (const auto& [id, value] : entry.judged.items())
                if (std::find(known.begin(), known.end(), id) == known.end())
                    fail(entry.pointer_to("judged", id),
                         "no criterion '" + id + "'" + did_you_mean(id, known));
    }

    // Runs `read`, moving the decision engine's errors under `prefix` in the scenario.
    template <class Read>
    auto within(const std::string& prefix, Read&& read) const {
        try {
            return read();
        } catch (const criteria::InputError& e) {
            fail(prefix + e.location(), e.what());
        }
    }

    // The criteria the decision block lists; without a list, the `defaults` every mechanism of
    // `evaluation` can be scored on, the others recorded in `left_out` with the reason.
    std::vector<criteria::Criterion> criteria(
        const Evaluation& evaluation, const std::vector<criteria::Criterion>& defaults,
        std::vector<std::pair<std::string, std::string>>& left_out) const {
        if (auto listed = listed_criteria(defaults)) {
            for (const auto& criterion : defaults)
                if (std::none_of(listed->begin(), listed->end(),
                                 [&](const auto& c) { return c.id == criterion.id; }))
                    left_out.emplace_back(criterion.id, "not among the scenario's criteria");
            return std::move(*listed);
        }
        std::vector<criteria::Criterion> usable;
        for (const auto& criterion : defaults) {
            const std::string reason = unscorable(evaluation, criterion);
            if (reason.empty())
                usable.push_back(criterion);
            else
                left_out.emplace_back(criterion.id, reason);
        }
        return usable;
    }

    // See the free listed_criteria().
    std::optional<std::vector<criteria::Criterion>> listed_criteria(
        const std::vector<criteria::Criterion>& defaults) const {
        if (!scenario_.decision.contains("criteria")) return std::nullopt;
        const json& list = scenario_.decision["criteria"];
        if (!list.is_array() || list.empty())
            fail("/decision/criteria", "expected a non-empty array of criterion ids or objects");
        std::vector<std::string> ids;
        for (const auto& c : defaults) ids.push_back(c.id);
        std::vector<criteria::Criterion> chosen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string at = "/decision/criteria/" + std::to_string(i);
            if (list[i].is_string()) {
                const auto id = list[i].get<std::string>();
                const auto it = std::find(ids.begin(), ids.end(), id);
                if (it == ids.end())
                    fail(at, "unknown criterion '" + id + "'" + did_you_mean(id, ids) +
                                 "; give a whole criterion object to add a new one");
                chosen.push_back(defaults[static_cast<std::size_t>(it - ids.begin())]);
            } else {
                try {
                    chosen.push_back(criteria::load_criteria(json::array({list[i]})).front());
                } catch (const criteria::InputError& e) {
                    // load_criteria reads an array; the criterion is its element 0.
                    fail(at + e.location().substr(std::min<std::size_t>(2, e.location().size())),
                         e.what());
                }
            }
            for (std::size_t k = 0; k + 1 < chosen.size(); ++k)
                if (chosen[k].id == chosen.back().id)
                    fail(at, "criterion '" + chosen.back().id + "' appears twice");
        }
        return chosen;
    }

    criteria::Weights weights(const std::vector<criteria::Criterion>& chosen) const {
        if (!scenario_.decision.contains("weights"))
            return criteria::direct_weights(std::vector<double>(chosen.size(), 1.0));
        const json& given = scenario_.decision["weights"];
        if (!given.is_object())
            fail("/decision/weights", "expected an object {criterion id: weight}");
        std::vector<std::string> ids;
        for (const auto& c : chosen) ids.push_back(c.id);
        for (const auto& [key, value] : given.items())
            if (std::find(ids.begin(), ids.end(), key) == ids.end())
                fail("/decision/weights/" + key, "'" + key + "' is not among the criteria" +
                                                     did_you_mean(key, ids));
        std::vector<double> raw;
        for (const auto& id : ids) {
            if (!given.contains(id)) fail("/decision/weights", "missing a weight for '" + id + "'");
            const json& w = given[id];
            if (!w.is_number() || !std::isfinite(w.get<double>()) || w.get<double>() < 0)
                fail("/decision/weights/" + id, "expected a number >= 0, found " + w.dump());
            raw.push_back(w.get<double>());
        }
        if (std::all_of(raw.begin(), raw.end(), [](double w) { return w == 0; }))
            fail("/decision/weights", "expected at least one weight above 0");
        criteria::Weights weights = criteria::direct_weights(raw);
        // Where the weights come from, e.g. the workshop's AHP weights (`evaluate --judged`).
        if (scenario_.decision.contains("weights_note"))
            weights.notes.push_back(text(scenario_.decision["weights_note"], "/decision/weights_note"));
        return weights;
    }

    criteria::MethodSpec method(std::size_t criteria_count) const {
        criteria::MethodSpec spec;
        const json method = scenario_.decision.value("method", json::object());
        if (!method.is_string() && !method.is_object())
            fail("/decision/method", "expected a method name or an object, found " + method.dump());
        const json name = method.is_string() ? method : method.value("name", json("wsm"));
        spec.name = within("/decision/method/name", [&] {
            return criteria::parse_method_name(text(name, "/decision/method/name"), "");
        });
        spec.normalization = criteria::default_normalization(spec.name);
        if (method.is_object() && method.contains("normalization"))
            spec.normalization = within("/decision/method/normalization", [&] {
                return criteria::parse_normalization(
                    text(method["normalization"], "/decision/method/normalization"), "");
            });
        if (method.is_object() && method.contains("v")) {
            if (!method["v"].is_number())
                fail("/decision/method/v", "expected a number, found " + method["v"].dump());
            spec.v = method["v"].get<double>();
        }
        spec.preferences.assign(criteria_count, criteria::PreferenceFunction{});
        return spec;
    }

    criteria::SmaaOptions smaa(const std::vector<criteria::Criterion>& chosen,
                               std::size_t model_draws, std::uint64_t seed) const {
        criteria::SmaaOptions options;
        options.seed = seed;
        const json smaa = scenario_.decision.value("smaa", json::object());
        if (!smaa.is_object()) fail("/decision/smaa", "expected an object, found " + smaa.dump());
        options.draws = std::max<std::size_t>(model_draws, 10000);
        if (smaa.contains("draws")) {
            const json& draws = smaa["draws"];
            if (!draws.is_number_integer() || draws.get<long long>() < 1 ||
                draws.get<long long>() > 10000000)
                fail("/decision/smaa/draws",
                     "expected a whole number from 1 to 10000000, found " + draws.dump());
            options.draws = draws.get<std::size_t>();
        }
        const json weights = smaa.value("weights", json("uniform"));
        if (weights == "fixed") {
            options.weights = criteria::FixedWeights{this->weights(chosen).values};
        } else if (weights.is_object() && weights.contains("order")) {
            criteria::OrderedWeights order;
            for (const auto& id : weights["order"]) {
                const auto it = std::find_if(chosen.begin(), chosen.end(),
                                             [&](const auto& c) { return c.id == id; });
                if (it == chosen.end())
                    fail("/decision/smaa/weights/order", "unknown criterion " + id.dump());
                order.order.push_back(static_cast<std::size_t>(it - chosen.begin()));
            }
            options.weights = order;
        } else if (weights != "uniform") {
            fail("/decision/smaa/weights",
                 "expected \"uniform\", \"fixed\" or {\"order\": [ids]}, found " + weights.dump());
        }
        return options;
    }

    // Why some mechanism can be neither modelled nor judged on `criterion`; empty if all can.
    std::string unscorable(const Evaluation& evaluation, const criteria::Criterion& criterion) const {
        for (std::size_t i = 0; i < evaluation.mechanisms.size(); ++i) {
            const MechanismEntry& entry = scenario_.mechanisms[i];
            if (entry.judged.contains(criterion.id)) continue;
            if (!criterion.rule) return entry.label + ": not modelled, and not judged";
            if (has_prior(entry, criterion)) continue;
            if (!modelled_draws(evaluation.mechanisms[i], criterion))
                return entry.label + ": " + entry.plugin + " does not report '" +
                       criterion.rule->indicator + "', and it is not judged";
        }
        return "";
    }

    // The score of `mechanism` on `criterion`: judged when the scenario says so, else the
    // stakeholders' prior, else modelled.
    CriterionScore score(const MechanismEntry& entry, const MechanismResult& result,
                         const criteria::Criterion& criterion) const {
        CriterionScore score;
        if (!entry.judged.contains(criterion.id) && has_prior(entry, criterion)) {
            score = prior(entry, *criterion.rule);
        } else if (entry.judged.contains(criterion.id)) {
            score.provenance = Provenance::judged;
            const std::string at = entry.pointer_to("judged", criterion.id);
            const json& judged = entry.judged[criterion.id];
            const json value = judged.is_object() ? judged.value("score", json()) : judged;
            // A number within the scale need not be whole: `--judged` gives the mean of the groups.
            const double points = within(at, [&]() -> double {
                if (value.is_string()) return criteria::score_from_symbol(value.get<std::string>(), "");
                if (value.is_number() && value.get<double>() >= criteria::lowest_score &&
                    value.get<double>() <= criteria::highest_score)
                    return value.get<double>();
                throw criteria::InputError(
                    "", "expected a score from " + std::to_string(criteria::lowest_score) + " to " +
                            std::to_string(criteria::highest_score) +
                            " or one of ++ + +- - --, found " + value.dump());
            });
            score.draws = {points};
            if (!judged.is_object() || !judged.contains("by"))
                fail(at, "say who judged it: give {\"score\", \"by\"}");
            score.source = text(judged["by"], at + "/by");
            if (judged.contains("note")) score.note = text(judged["note"], at + "/note");
        } else {
            const std::vector<double>* values = modelled_draws(result, criterion);
            if (!values)
                fail(entry.location(),
                     "no score for criterion '" + criterion.id + "': " + entry.plugin +
                         (criterion.rule ? " does not report '" + criterion.rule->indicator + "'"
                                         : std::string(" cannot model it")) +
                         "; judge it under " + entry.pointer_to("judged", criterion.id) +
                         " or leave it out of /decision/criteria");
            score.source = criterion.rule->indicator;
            for (double x : *values)
                score.draws.push_back(criteria::score_indicator(*criterion.rule, x));
            score.indicator_mean = std::accumulate(values->begin(), values->end(), 0.0) /
                                   static_cast<double>(values->size());
        }
        score.mean = std::accumulate(score.draws.begin(), score.draws.end(), 0.0) /
                     static_cast<double>(score.draws.size());
        return score;
    }

private:
    // The criterion scores the net support index, and the entry has a stakeholder table for it.
    static bool has_prior(const MechanismEntry& entry, const criteria::Criterion& criterion) {
        return criterion.rule && criterion.rule->indicator == net_support_indicator &&
               !entry.stakeholders.is_null();
    }

    CriterionScore prior(const MechanismEntry& entry, const criteria::ThresholdRule& rule) const {
        const std::string at = entry.stakeholders_pointer();
        const criteria::StakeholderTable table =
            within(at, [&] { return criteria::read_stakeholder_table(entry.stakeholders); });
        CriterionScore score;
        score.provenance = Provenance::prior;
        score.source = table.by;
        score.location = at;
        score.note = table.evidence;
        score.indicator_mean = criteria::net_support_index(table);
        score.draws = {static_cast<double>(criteria::score_indicator(rule, score.indicator_mean))};
        return score;
    }

    static constexpr const char* net_support_indicator = "net_support_index";

    const Scenario& scenario_;
};

json localized(const criteria::LocalizedText& text) { return {{"fr", text.fr}, {"en", text.en}}; }

}  // namespace

std::optional<std::vector<criteria::Criterion>> listed_criteria(
    const Scenario& scenario, const std::vector<criteria::Criterion>& defaults) {
    return DecisionReader(scenario).listed_criteria(defaults);
}

Appraisal appraise(const Scenario& scenario, const Evaluation& evaluation, std::uint64_t seed) {
    const DecisionReader read(scenario);
    const std::vector<criteria::Criterion> defaults = default_criteria();
    Appraisal a;
    a.criteria = read.criteria(evaluation, defaults, a.left_out);
    std::vector<std::string> known;
    for (const auto& c : a.criteria) known.push_back(c.id);
    for (const auto& c : defaults) known.push_back(c.id);
    read.check_judged_keys(known);
    if (a.criteria.empty())
        throw InputError(scenario.file, "/decision/criteria",
                         "no criterion can be scored for every mechanism; judge some");
    a.weights = read.weights(a.criteria);
    a.method = read.method(a.criteria.size());

    const std::size_t m = evaluation.mechanisms.size(), n = a.criteria.size();
    Eigen::MatrixXd mean_scores(m, n);
    for (std::size_t i = 0; i < m; ++i) {
        a.alternatives.push_back(evaluation.mechanisms[i].label);
        a.sources.push_back(evaluation.mechanisms[i].source);
        a.admissible.push_back(admissible(evaluation.mechanisms[i].rules));
        a.scores.emplace_back();
        for (std::size_t j = 0; j < n; ++j) {
            a.scores[i].push_back(
                read.score(scenario.mechanisms[i], evaluation.mechanisms[i], a.criteria[j]));
            mean_scores(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
                a.scores[i][j].mean;
        }
    }

    // Scores are 1-5 with 5 best on every criterion, whatever the indicator's own direction.
    criteria::Scorer scorer = read.within("/decision/method", [&] {
        criteria::Scorer s(a.method, std::vector<criteria::Direction>(n, criteria::Direction::benefit));
        s.set_matrix(mean_scores);
        return s;
    });
    a.result.resize(static_cast<Eigen::Index>(m));
    scorer.score(a.weights.values, a.result);
    a.ranks = criteria::competition_ranks(a.result, scorer.better());
    a.weight_stability = criteria::weight_stability(scorer, a.weights.values);

    const auto sampler = [&a, m, n](std::size_t draw, Eigen::MatrixXd& matrix) {
        matrix.resize(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(n));
        for (std::size_t i = 0; i < m; ++i)
            for (std::size_t j = 0; j < n; ++j) {
                const auto& draws = a.scores[i][j].draws;
                matrix(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) =
                    draws[draw % draws.size()];
            }
    };
    const criteria::SmaaOptions options = read.smaa(a.criteria, evaluation.draws, seed);
    a.smaa = read.within("/decision", [&] { return criteria::smaa2(scorer, sampler, options); });
    return a;
}

json to_json(const Appraisal& a) {
    json criteria = json::array();
    for (std::size_t j = 0; j < a.criteria.size(); ++j)
        criteria.push_back({{"id", a.criteria[j].id},
                            {"name", localized(a.criteria[j].name)},
                            {"weight", a.weights.values(static_cast<Eigen::Index>(j))},
                            {"weight_stability",
                             {a.weight_stability[j].low, a.weight_stability[j].high}}});
    json results = json::array();
    for (std::size_t i = 0; i < a.alternatives.size(); ++i) {
        const auto row = static_cast<Eigen::Index>(i);
        json scores = json::object();
        for (std::size_t j = 0; j < a.criteria.size(); ++j) {
            const CriterionScore& s = a.scores[i][j];
            json entry{{"score", s.mean},
                       {"symbol", criteria::symbol_of_score(static_cast<int>(std::lround(s.mean)))},
                       {"provenance", s.provenance}};
            if (s.provenance == Provenance::modelled) {
                entry["indicator"] = s.source;
                entry["indicator_mean"] = s.indicator_mean;
            } else {
                entry["by"] = s.source;
                if (!s.note.empty()) entry["note"] = s.note;
            }
            if (s.provenance == Provenance::prior) {
                entry["indicator"] = a.criteria[j].rule->indicator;
                entry["indicator_mean"] = s.indicator_mean;
                entry["stakeholders"] = s.location;
            }
            scores[a.criteria[j].id] = entry;
        }
        json acceptability = json::array(), acceptability_se = json::array();
        for (Eigen::Index r = 0; r < a.smaa.rank_acceptability.cols(); ++r) {
            acceptability.push_back(a.smaa.rank_acceptability(row, r));
            acceptability_se.push_back(a.smaa.rank_acceptability_se(row, r));
        }
        json central = json::array();
        for (Eigen::Index j = 0; j < a.smaa.central_weights.cols(); ++j)
            central.push_back(a.smaa.central_weights(row, j));
        results.push_back({{"alternative", a.alternatives[i]},
                           {"source", a.sources[i]},
                           {"admissible", static_cast<bool>(a.admissible[i])},
                           {"score", a.result(row)},
                           {"rank", a.ranks[i]},
                           {"criteria", scores},
                           {"rank_acceptability", acceptability},
                           {"rank_acceptability_se", acceptability_se},
                           {"central_weights", central},
                           {"confidence_factor", a.smaa.confidence_factor(row)},
                           {"confidence_factor_se", a.smaa.confidence_factor_se(row)}});
    }
    return {{"method", criteria::to_string(a.method.name)},
            {"normalization", criteria::to_string(a.method.normalization)},
            {"criteria", criteria},
            {"weight_notes", a.weights.notes},
            {"criteria_left_out", [&] {
                 json out = json::array();
                 const std::vector<criteria::Criterion> defaults = default_criteria();
                 for (const auto& [id, reason] : a.left_out) {
                     out.push_back({{"id", id}, {"reason", reason}});
                     for (const auto& c : defaults)
                         if (c.id == id) out.back()["name"] = localized(c.name);
                 }
                 return out;
             }()},
            {"smaa_draws", a.smaa.draws},
            {"results", results}};
}

}  // namespace finmech::host
