#include "finmech/host/packages.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include <finmech/criteria/scale.hpp>
#include <finmech/criteria/stakeholders.hpp>

#include "finmech/host/input_error.hpp"
#include "finmech/host/statistics.hpp"
#include "finmech/host/suggest.hpp"

namespace finmech::host {

namespace {

using nlohmann::json;

// Below this Kakwani index an option is clearly regressive: the default vertical-equity rule's
// lowest threshold (docs/criteria.md).
constexpr double clearly_regressive = -0.10;

double mean_of(const std::vector<double>& values) {
    return values.empty() ? 0.0
                          : std::accumulate(values.begin(), values.end(), 0.0) /
                                static_cast<double>(values.size());
}

// The mean over draws of indicator `key` of `m`, or NaN.
double indicator_mean(const MechanismResult& m, const std::string& key) {
    for (const auto& [name, draws] : m.indicator_draws)
        if (name == key) return mean_of(draws);
    return std::nan("");
}

// The factors of expression `key` per year, or null when the context does not allow it.
const std::vector<double>* expression_factor(const Evaluation& e, std::string_view key) {
    const Expression* x = e.expressions.find(key);
    return x ? &x->factor : nullptr;
}

}  // namespace

// The package's indicator that a whole_package criterion's rule scores, or NaN when the rule
// scores another indicator.
double PackageSpace::whole_package_indicator(const std::string& indicator, const Package& p) const {
    const Evaluation& e = evaluation_;
    if (indicator == "revenue_percent_gdp") return p.percent_gdp;
    const std::size_t years = p.net_mean.size();
    if (indicator == "yield_cv_percent") {
        // Options draw their parameters from streams of their own: variances add up.
        double cv = 0;
        for (std::size_t t = 0; t < years; ++t) {
            double variance = 0;
            for (std::size_t i : p.members) variance += e.mechanisms[i].net_variance[t];
            const double mean = std::abs(p.net_mean[t]);
            cv += (mean > 0 ? 100 * std::sqrt(variance) / mean : 0.0) / static_cast<double>(years);
        }
        return cv;
    }
    if (indicator == "real_yield_ratio_year10_year1") {
        // The members' ratios weighted by their first-year yields: the package's ratio of means.
        double weighted = 0, first = 0;
        for (std::size_t i : p.members) {
            const double y1 = e.mechanisms[i].net_revenue.mean.front();
            weighted += options_[i].real_ratio * y1;
            first += y1;
        }
        return first > 0 ? weighted / first : 1.0;
    }
    return std::nan("");
}

PackageTargets read_package_targets(const Scenario& scenario) {
    PackageTargets targets;
    if (!scenario.decision.contains("package")) return targets;
    const json& block = scenario.decision["package"];
    const std::string at = "/decision/package";
    if (!block.is_object()) throw InputError(scenario.file, at, "expected an object, found " + block.dump());
    for (const auto& [key, value] : block.items()) {
        if (key == "gap_share") {
            if (!value.is_number() || !(value.get<double>() >= 0) || value.get<double>() > 1)
                throw InputError(scenario.file, at + "/gap_share",
                                 "expected a share from 0 to 1, found " + value.dump());
            targets.gap_share = value.get<double>();
        } else if (key == "at") {
            if (value != "p50" && value != "p5")
                throw InputError(scenario.file, at + "/at",
                                 "expected \"p50\" or \"p5\", found " + value.dump());
            targets.gap_at_p5 = value == "p5";
        } else if (key == "max_new_taxes") {
            if (!value.is_number_unsigned())
                throw InputError(scenario.file, at + "/max_new_taxes",
                                 "expected a whole number from 0, found " + value.dump());
            targets.max_new_taxes = value.get<std::size_t>();
        } else {
            throw InputError(scenario.file, at + "/" + key,
                             "unknown key '" + key + "'" +
                                 did_you_mean(key, {"gap_share", "at", "max_new_taxes"}));
        }
    }
    return targets;
}

PackageSpace::PackageSpace(const Scenario& scenario, const Evaluation& evaluation,
                           const Appraisal& appraisal)
    : scenario_(scenario), evaluation_(evaluation), appraisal_(appraisal) {
    const std::vector<double>* gap = expression_factor(evaluation, "percent_financing_gap");
    std::vector<std::string> order;
    for (std::size_t i = 0; i < evaluation.mechanisms.size(); ++i) {
        const MechanismResult& m = evaluation.mechanisms[i];
        OptionFigures o{mean_of(m.net_revenue.mean), indicator_mean(m, "revenue_percent_gdp"),
                        indicator_mean(m, "real_yield_ratio_year10_year1"), 0.0, true};
        for (std::size_t t = 0; gap && t < gap->size(); ++t)
            o.gap_share += m.net_revenue.mean[t] * (*gap)[t] / 100 / static_cast<double>(gap->size());
        // check_scenario() has read every stakeholder table.
        const MechanismEntry& entry = scenario.mechanisms[i];
        if (!entry.stakeholders.is_null())
            o.new_tax = !criteria::read_stakeholder_table(entry.stakeholders).existing_tax;
        options_.push_back(o);
        auto at = std::find(order.begin(), order.end(), m.source);
        if (at == order.end()) {
            order.push_back(m.source);
            sources_.emplace_back();
            at = order.end() - 1;
        }
        if (admissible(m.rules)) sources_[static_cast<std::size_t>(at - order.begin())].push_back(i);
    }
}

std::string PackageSpace::incompatibility(const std::vector<std::size_t>& members) const {
    for (std::size_t a = 0; a < members.size(); ++a) {
        const MechanismResult& x = evaluation_.mechanisms[members[a]];
        for (const RuleCheck& rule : x.rules)
            if (rule.excludes())
                return "'" + x.label + "' is not admissible: it breaks " + rule.rule.name.en;
        for (std::size_t b = a + 1; b < members.size(); ++b) {
            const MechanismResult& y = evaluation_.mechanisms[members[b]];
            if (members[a] == members[b]) return "'" + x.label + "' is named twice";
            if (x.source == y.source)
                return "'" + x.label + "' and '" + y.label +
                       "' are variants of one source; a package holds one";
            for (const std::string& base : x.bases)
                if (std::find(y.bases.begin(), y.bases.end(), base) != y.bases.end())
                    return "'" + x.label + "' and '" + y.label + "' both tax " + base +
                           ": their yields overlap and cannot be added";
        }
    }
    return {};
}

Package PackageSpace::score(std::vector<std::size_t> members) const {
    std::sort(members.begin(), members.end());
    Package p;
    p.members = std::move(members);
    const Evaluation& e = evaluation_;
    p.net_mean.assign(e.years.size(), 0.0);
    double total_yield = 0, kakwani = 0;
    bool every_kakwani = true;
    for (std::size_t i : p.members) {
        const MechanismResult& m = e.mechanisms[i];
        for (std::size_t t = 0; t < p.net_mean.size(); ++t) p.net_mean[t] += m.net_revenue.mean[t];
        const OptionFigures& o = options_[i];
        p.percent_gdp += o.percent_gdp;
        p.gap_share += o.gap_share;
        total_yield += o.yield;
        if (m.incidence && m.incidence->kakwani_index)
            kakwani += *m.incidence->kakwani_index * o.yield;
        else
            every_kakwani = false;
        if (o.new_tax) ++p.new_taxes;
    }
    if (every_kakwani && total_yield > 0) p.kakwani_index = kakwani / total_yield;

    for (std::size_t j = 0; j < appraisal_.criteria.size(); ++j) {
        const criteria::Criterion& c = appraisal_.criteria[j];
        double weighted = 0, lowest = criteria::highest_score;
        bool all_modelled = true;
        for (std::size_t i : p.members) {
            const CriterionScore& s = appraisal_.scores[i][j];
            const double weight = total_yield > 0 ? options_[i].yield / total_yield
                                                  : 1.0 / static_cast<double>(p.members.size());
            weighted += weight * s.mean;
            lowest = std::min(lowest, s.mean);
            all_modelled = all_modelled && s.provenance == Provenance::modelled;
        }
        double score = weighted;
        if (c.package == criteria::PackageAggregation::weakest_member) score = lowest;
        if (c.package == criteria::PackageAggregation::whole_package && c.rule && all_modelled) {
            const double x = whole_package_indicator(c.rule->indicator, p);
            if (std::isfinite(x)) score = criteria::score_indicator(*c.rule, x);
        }
        p.scores.push_back(score);
        p.value += appraisal_.weights.values(static_cast<Eigen::Index>(j)) *
                   (score - criteria::lowest_score) /
                   (criteria::highest_score - criteria::lowest_score);
    }
    return p;
}

bool PackageSpace::meets_static_targets(const Package& p, const PackageTargets& targets) const {
    if (p.new_taxes > targets.max_new_taxes) return false;
    const bool progressive = p.kakwani_index && *p.kakwani_index > 0;
    for (std::size_t i : p.members) {
        const auto& incidence = evaluation_.mechanisms[i].incidence;
        // A member households pay nothing more for takes nothing from the poor.
        if (incidence && incidence->household_share > 0 && incidence->kakwani_index &&
            *incidence->kakwani_index < clearly_regressive && !progressive)
            return false;
    }
    return true;
}

std::vector<Package> PackageSpace::enumerate() const {
    std::size_t count = 1;
    for (const auto& options : sources_) {
        count *= options.size() + 1;
        if (count > enumeration_limit)
            throw InputError(scenario_.file, "/mechanisms",
                             "more than " + std::to_string(enumeration_limit) +
                                 " packages to search; give fewer variants per source");
    }
    std::vector<Package> out;
    std::vector<std::size_t> chosen;
    // Depth-first over the sources: each contributes nothing or one of its options.
    const std::function<void(std::size_t)> visit = [&](std::size_t s) {
        if (s == sources_.size()) {
            if (!chosen.empty()) out.push_back(score(chosen));
            return;
        }
        visit(s + 1);
        for (std::size_t option : sources_[s]) {
            chosen.push_back(option);
            if (incompatibility(chosen).empty()) visit(s + 1);
            chosen.pop_back();
        }
    };
    visit(0);
    return out;
}

std::optional<std::size_t> PackageSpace::criterion_index(const std::string& id) const {
    for (std::size_t j = 0; j < appraisal_.criteria.size(); ++j)
        if (appraisal_.criteria[j].id == id) return j;
    return std::nullopt;
}

PackageYield PackageSpace::yield(const Package& p, const OptionDraws& draws) const {
    const std::size_t years = evaluation_.years.size();
    std::vector<double> total;
    for (std::size_t i : p.members) {
        const std::vector<double> net = draws(i);
        if (total.empty())
            total = net;
        else
            std::transform(total.begin(), total.end(), net.begin(), total.begin(), std::plus<>());
    }
    PackageYield y;
    y.net = summarize_years(total, years);
    const std::vector<double>* effective = expression_factor(evaluation_, "effective_for_health");
    const std::vector<double>* gap = expression_factor(evaluation_, "percent_financing_gap");
    if (effective) {
        std::vector<double> money(total.size());
        for (std::size_t k = 0; k < total.size(); ++k) money[k] = total[k] * (*effective)[k % years];
        y.effective = summarize_years(money, years);
    }
    if (gap) y.gap_share = summarize(gap_share_draws(total));
    return y;
}

std::vector<double> PackageSpace::gap_share_draws(const std::vector<double>& net) const {
    const std::vector<double>* gap = expression_factor(evaluation_, "percent_financing_gap");
    if (!gap) return {};
    const std::size_t years = gap->size(), count = net.size() / years;
    std::vector<double> share(count, 0.0);
    for (std::size_t d = 0; d < count; ++d)
        for (std::size_t t = 0; t < years; ++t)
            share[d] += net[d * years + t] * (*gap)[t] / 100 / static_cast<double>(years);
    return share;
}

PackageChoice choose_package(const PackageSpace& space, const PackageTargets& targets,
                             const OptionDraws& draws) {
    std::vector<Package> all = space.enumerate();
    PackageChoice choice;
    choice.enumerated = all.size();
    const auto total = [](const Package& p) { return mean_of(p.net_mean); };
    std::sort(all.begin(), all.end(), [&](const Package& a, const Package& b) {
        return a.value != b.value ? a.value > b.value : total(a) > total(b);
    });
    // The gap target on the draws: each option's share of the gap per draw is computed once; a
    // package's is their sum, and it cannot pass the sum of its members' largest shares.
    struct OptionGap {
        std::vector<double> share;  // per draw
        double largest = 0;
    };
    std::map<std::size_t, OptionGap> option_gap;
    const auto gap_of = [&](std::size_t i) -> const OptionGap& {
        auto found = option_gap.find(i);
        if (found == option_gap.end()) {
            OptionGap g{space.gap_share_draws(draws(i)), 0.0};
            if (!g.share.empty()) g.largest = *std::max_element(g.share.begin(), g.share.end());
            found = option_gap.emplace(i, std::move(g)).first;
        }
        return found->second;
    };
    const auto reaches_gap = [&](const Package& p) {
        if (targets.gap_share <= 0) return true;
        double bound = 0;
        for (std::size_t i : p.members) bound += gap_of(i).largest;
        if (bound < targets.gap_share) return false;
        std::vector<double> sum(gap_of(p.members.front()).share.size(), 0.0);
        for (std::size_t i : p.members)
            std::transform(sum.begin(), sum.end(), gap_of(i).share.begin(), sum.begin(),
                           std::plus<>());
        const Percentiles reached = summarize(sum);
        return (targets.gap_at_p5 ? reached.p5 : reached.p50) >= targets.gap_share;
    };
    for (const Package& p : all) {
        if (!space.meets_static_targets(p, targets) || !reaches_gap(p)) continue;
        if (!choice.best) {
            choice.best = p;
            choice.best_yield = space.yield(p, draws);
        } else {
            choice.runner_up = p;
            break;
        }
    }
    // Frontiers among the packages the targets allow: by decreasing yield, keep each package
    // better than every larger one.
    const auto frontier = [&](const std::function<double(const Package&)>& merit) {
        std::vector<const Package*> order;
        for (const Package& p : all)
            if (space.meets_static_targets(p, targets)) order.push_back(&p);
        std::sort(order.begin(), order.end(), [&](const Package* a, const Package* b) {
            return total(*a) != total(*b) ? total(*a) > total(*b) : merit(*a) > merit(*b);
        });
        std::vector<Package> out;
        double best = -1;
        for (const Package* p : order)
            if (merit(*p) > best) {
                best = merit(*p);
                out.push_back(*p);
            }
        return out;
    };
    choice.value_frontier = frontier([](const Package& p) { return p.value; });
    if (const auto j = space.criterion_index("vertical_equity"))
        choice.equity_frontier = frontier([j](const Package& p) { return p.scores[*j]; });
    return choice;
}

std::vector<std::size_t> resolve_options(const Scenario& scenario,
                                         const std::vector<std::string>& references,
                                         const std::string& file, const std::string& where) {
    std::vector<std::string> known;
    for (const MechanismEntry& m : scenario.mechanisms)
        known.push_back(m.variant.empty() ? m.plugin : m.plugin + ":" + m.variant);
    std::vector<std::size_t> out;
    for (std::size_t k = 0; k < references.size(); ++k) {
        const auto at = std::find(known.begin(), known.end(), references[k]);
        if (at == known.end())
            throw InputError(file, where + "/" + std::to_string(k),
                             "no option '" + references[k] + "' in the scenario" +
                                 did_you_mean(references[k], known) +
                                 "; name one as plugin or plugin:variant");
        out.push_back(static_cast<std::size_t>(at - known.begin()));
    }
    return out;
}

std::vector<Package> named_packages(const Scenario& scenario, const PackageSpace& space) {
    std::vector<Package> out;
    for (std::size_t n = 0; n < scenario.packages.size(); ++n) {
        const json& entry = scenario.packages[n];
        const std::string at = "/packages/" + std::to_string(n);
        if (!entry.is_object() || !entry.contains("name") || !entry["name"].is_string() ||
            entry["name"].get_ref<const std::string&>().empty() || !entry.contains("options") ||
            !entry["options"].is_array() || entry["options"].empty())
            throw InputError(scenario.file, at,
                             "expected {\"name\", \"label\", \"options\": [\"plugin\" or "
                             "\"plugin:variant\", ...]}, found " + entry.dump());
        for (const auto& [key, value] : entry.items())
            if (key != "name" && key != "label" && key != "source" && key != "options")
                throw InputError(scenario.file, at + "/" + key,
                                 "unknown key '" + key + "'" +
                                     did_you_mean(key, {"name", "label", "source", "options"}));
        const std::string name = entry["name"].get<std::string>();
        for (const Package& earlier : out)
            if (earlier.name == name)
                throw InputError(scenario.file, at + "/name",
                                 "a package named '" + name + "' comes earlier");
        if (entry.contains("label") && !entry["label"].is_string() &&
            !(entry["label"].is_object() && entry["label"].contains("fr") &&
              entry["label"].contains("en") && entry["label"]["fr"].is_string() &&
              entry["label"]["en"].is_string()))
            throw InputError(scenario.file, at + "/label",
                             "expected a text or {\"fr\", \"en\"}, found " + entry["label"].dump());
        std::vector<std::string> references;
        for (std::size_t k = 0; k < entry["options"].size(); ++k) {
            if (!entry["options"][k].is_string())
                throw InputError(scenario.file, at + "/options/" + std::to_string(k),
                                 "expected \"plugin\" or \"plugin:variant\", found " +
                                     entry["options"][k].dump());
            references.push_back(entry["options"][k].get<std::string>());
        }
        const auto members = resolve_options(scenario, references, scenario.file, at + "/options");
        if (const std::string why = space.incompatibility(members); !why.empty())
            throw InputError(scenario.file, at + "/options", why);
        Package p = space.score(members);
        p.name = name;
        p.label = entry.value("label", json());
        if (entry.contains("source")) {
            if (!entry["source"].is_string())
                throw InputError(scenario.file, at + "/source",
                                 "expected the source as text, found " + entry["source"].dump());
            p.source = entry["source"].get<std::string>();
        }
        out.push_back(std::move(p));
    }
    return out;
}

json to_json(const Package& p, const Evaluation& evaluation, const Appraisal& appraisal,
             const PackageYield* yield) {
    json options = json::array(), sources = json::array(), scores = json::object();
    for (std::size_t i : p.members) {
        options.push_back(evaluation.mechanisms[i].label);
        sources.push_back(evaluation.mechanisms[i].source);
    }
    for (std::size_t j = 0; j < p.scores.size(); ++j) scores[appraisal.criteria[j].id] = p.scores[j];
    json out{{"options", options},   {"sources", sources},         {"value", p.value},
             {"scores", scores},     {"net_mean", p.net_mean},     {"percent_gdp", p.percent_gdp},
             {"gap_share", p.gap_share}, {"new_taxes", p.new_taxes}};
    if (!p.name.empty()) out["name"] = p.name;
    if (!p.label.is_null()) out["label"] = p.label;
    if (!p.source.empty()) out["source"] = p.source;
    if (p.kakwani_index) out["kakwani_index"] = *p.kakwani_index;
    if (yield) {
        out["yield"] = {{"net", to_json(yield->net)}};
        if (!yield->effective.mean.empty()) out["yield"]["effective"] = to_json(yield->effective);
        if (const auto& gap = yield->gap_share)
            out["yield"]["gap_share"] = {
                {"mean", gap->mean}, {"p5", gap->p5}, {"p50", gap->p50}, {"p95", gap->p95}};
    }
    return out;
}

json packages_document(const Scenario& scenario, const PluginCatalog& catalog,
                       const EvaluationOptions& options, const Evaluation& evaluation,
                       const Appraisal& appraisal) {
    const PackageSpace space(scenario, evaluation, appraisal);
    const PackageTargets targets = read_package_targets(scenario);
    if (targets.gap_share > 0 && !expression_factor(evaluation, "percent_financing_gap")) {
        std::string lacking;
        for (const auto& m : evaluation.expressions.missing)
            if (m.key == "percent_financing_gap") lacking = m.lacking;
        throw InputError(scenario.file, "/decision/package/gap_share",
                         "a share of the UHC financing gap needs the gap, and the context lacks '" +
                             lacking + "'; give it or drop the target");
    }
    std::map<std::size_t, std::vector<double>> cache;
    const OptionDraws draws = [&](std::size_t i) {
        auto found = cache.find(i);
        if (found == cache.end()) {
            const MechanismEntry& entry = scenario.mechanisms[i];
            found = cache.emplace(i, net_revenue_draws(scenario, entry, *catalog.find(entry.plugin),
                                                       options)).first;
        }
        return found->second;
    };
    const std::vector<Package> named = named_packages(scenario, space);
    const PackageChoice choice = choose_package(space, targets, draws);
    json out{{"targets",
              {{"gap_share", targets.gap_share},
               {"at", targets.gap_at_p5 ? "p5" : "p50"},
               {"max_new_taxes", targets.max_new_taxes == std::numeric_limits<std::size_t>::max()
                                     ? json()
                                     : json(targets.max_new_taxes)}}},
             {"enumerated", choice.enumerated},
             {"best", choice.best ? to_json(*choice.best, evaluation, appraisal, &*choice.best_yield)
                                  : json()},
             {"runner_up", choice.runner_up ? to_json(*choice.runner_up, evaluation, appraisal)
                                            : json()},
             {"named", json::array()},
             {"frontier", {{"value", json::array()}, {"vertical_equity", json::array()}}}};
    for (const Package& p : named) {
        const PackageYield y = space.yield(p, draws);
        out["named"].push_back(to_json(p, evaluation, appraisal, &y));
    }
    for (const Package& p : choice.value_frontier)
        out["frontier"]["value"].push_back(to_json(p, evaluation, appraisal));
    for (const Package& p : choice.equity_frontier)
        out["frontier"]["vertical_equity"].push_back(to_json(p, evaluation, appraisal));
    return out;
}

}  // namespace finmech::host
