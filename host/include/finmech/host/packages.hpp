// finmech host: packages of options that can be enacted together — at most one variant per
// source, no option that breaks a binding rule, no two options on a shared tax base — scored on
// the appraisal's criteria, searched exactly, and their yield summed draw by draw
// (docs/decision.md, "Packages").
#pragma once

#include <cstddef>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "appraisal.hpp"
#include "evaluation.hpp"
#include "scenario.hpp"

namespace finmech::host {

// What the user asks of a package: the scenario's /decision/package block.
struct PackageTargets {
    // The share of the UHC financing gap its effective money must cover, mean over the horizon;
    // 0: no target. Read at P50 of the draws, or at P5 when `gap_at_p5`.
    double gap_share = 0;
    bool gap_at_p5 = false;
    std::size_t max_new_taxes = std::numeric_limits<std::size_t>::max();
};

// Reads /decision/package: {"gap_share": 0..1, "at": "p50"|"p5", "max_new_taxes": n}, all
// optional. InputError naming the scenario file and the JSON pointer.
PackageTargets read_package_targets(const Scenario& scenario);

// A package scored on the appraisal's criteria from its members' results.
struct Package {
    std::string name;                  // a named package's name; empty for a found one
    nlohmann::json label;              // a named package's label ({"fr", "en"} or text), or null
    std::string source;                // where a named package comes from, or empty
    std::vector<std::size_t> members;  // indices into the evaluation's mechanisms, in its order
    std::vector<double> scores;        // one per appraisal criterion, 1-5
    double value = 0;                  // sum_j w_j (score_j - 1) / 4, in [0, 1]
    std::vector<double> net_mean;      // per year: the members' mean net revenues, summed
    double percent_gdp = 0;            // mean over the horizon, summed over the members
    double gap_share = 0;              // effective money / financing gap, mean over the horizon
    std::optional<double> kakwani_index;  // yield-weighted, when every member has one
    std::size_t new_taxes = 0;         // members whose stakeholder table does not say existing_tax
};

// The yield of a package from its members' draws added up draw by draw.
struct PackageYield {
    YearlyPercentiles net, effective;  // effective: net x the effective_for_health factor
    // Per draw: mean over the horizon of effective money / financing gap, when the context gives
    // the gap.
    std::optional<Percentiles> gap_share;
};

// Net revenue of option `index` of the evaluation, draws x years (net_revenue_draws()).
using OptionDraws = std::function<std::vector<double>(std::size_t index)>;

// Every package the evaluation's options allow, and how to score, check and add them up.
class PackageSpace {
public:
    PackageSpace(const Scenario& scenario, const Evaluation& evaluation, const Appraisal& appraisal);

    // Why `members` cannot form a package (two variants of one source, an inadmissible option,
    // a shared base), or empty.
    std::string incompatibility(const std::vector<std::size_t>& members) const;
    // `members` scored; they must be compatible.
    Package score(std::vector<std::size_t> members) const;
    // Meets the targets that need no draws: new taxes, and no clearly regressive member (Kakwani
    // index below -0.10, households paying part of it) unless the package as a whole is
    // progressive.
    bool meets_static_targets(const Package& package, const PackageTargets& targets) const;
    // Every compatible non-empty package, exactly, in no particular order. InputError when there
    // are more than `enumeration_limit`.
    std::vector<Package> enumerate() const;
    // The package's yield from the members' draws, added draw by draw.
    PackageYield yield(const Package& package, const OptionDraws& draws) const;
    // Per draw of a draws x years net revenue matrix: the mean over the horizon of the effective
    // money's share of the financing gap; empty when the context gives no gap.
    std::vector<double> gap_share_draws(const std::vector<double>& net) const;
    // The position of criterion `id` among the appraisal's, if it is one.
    std::optional<std::size_t> criterion_index(const std::string& id) const;

    static constexpr std::size_t enumeration_limit = 1'000'000;

private:
    double whole_package_indicator(const std::string& indicator, const Package& p) const;

    const Scenario& scenario_;
    const Evaluation& evaluation_;
    const Appraisal& appraisal_;
    std::vector<std::vector<std::size_t>> sources_;  // admissible options of each source
    // What a package takes from each option, worked out once per option.
    struct OptionFigures {
        double yield;        // mean net revenue over the horizon
        double percent_gdp;  // revenue_percent_gdp, mean over draws
        double real_ratio;   // real_yield_ratio_year10_year1, mean over draws
        double gap_share;    // effective money / financing gap, mean over the horizon
        bool new_tax;        // its stakeholder table does not say existing_tax
    };
    std::vector<OptionFigures> options_;
};

// The search's answer: the best package under the targets, and the frontiers.
struct PackageChoice {
    std::optional<Package> best;        // none when no package meets the targets
    std::optional<PackageYield> best_yield;
    std::optional<Package> runner_up;   // the next best meeting the targets: how close it comes
    std::size_t enumerated = 0;
    // Among the packages that meet the targets needing no draws: those no other beats on both
    // mean yield and value, and on both mean yield and the vertical-equity score.
    std::vector<Package> value_frontier;
    std::vector<Package> equity_frontier;
};

// The highest-value package meeting `targets` (ties: the larger yield), checking the gap target
// on the draws of the candidates in order of value.
PackageChoice choose_package(const PackageSpace& space, const PackageTargets& targets,
                             const OptionDraws& draws);

// The packages the scenario names (/packages: [{"name", "label", "source", "options": ["plugin"
// or "plugin:variant", ...]}], label and source optional), in its order. InputError (scenario file, JSON pointer) for an unknown
// option or an incompatible package.
std::vector<Package> named_packages(const Scenario& scenario, const PackageSpace& space);

// The options `references` name ("plugin" or "plugin:variant"), as evaluation indices;
// InputError at `where`/i for one that names no option of the scenario.
std::vector<std::size_t> resolve_options(const Scenario& scenario,
                                         const std::vector<std::string>& references,
                                         const std::string& file, const std::string& where);

// The "packages" block of the results: {"targets", "enumerated", "best" (or null), "named",
// "frontier": {"value", "vertical_equity"}}; the best and named packages with their yield from
// the options' draws, which `catalog` re-runs with `options` exactly as evaluate() did.
nlohmann::json packages_document(const Scenario& scenario, const PluginCatalog& catalog,
                                 const EvaluationOptions& options, const Evaluation& evaluation,
                                 const Appraisal& appraisal);

// {"name", "options": [labels], "sources", "value", "scores": {criterion: score}, "net_mean",
//  "percent_gdp", "gap_share", "kakwani_index", "new_taxes"} and, given its yield, "yield":
// {"net", "effective": {mean, p5, p50, p95 per year}, "gap_share": {mean, p5, p50, p95}}.
nlohmann::json to_json(const Package& package, const Evaluation& evaluation,
                       const Appraisal& appraisal, const PackageYield* yield = nullptr);

}  // namespace finmech::host
