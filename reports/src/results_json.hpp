// finmech reports, internal: reading results.json leniently — every key beyond the evaluation is
// optional, and a renderer shows what is there. What every renderer reads the same way (the
// middle year, the rank order, an option's figures, the provenance) is read here once.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "finmech/reports/language.hpp"

namespace finmech::reports {

// --- any object --------------------------------------------------------------------------------

// object[key], or a null value when the object or the key is missing.
const nlohmann::json& member(const nlohmann::json& object, std::string_view key);
// object[key] when it is a string, else "".
std::string string_at(const nlohmann::json& object, std::string_view key);
// object[key] when it is a number, else NaN.
double number_at(const nlohmann::json& object, std::string_view key);
// A {fr, en} object in `language`, a plain string as it is, else "".
std::string localized(const nlohmann::json& text, Language language);
// series[statistic][index] when it is a number, else NaN.
double yearly(const nlohmann::json& series, std::string_view statistic, std::size_t index);

// --- results.json ------------------------------------------------------------------------------

// The currency of the results ("FCFA" when absent).
std::string currency(const nlohmann::json& results);
// The index in "years" of the horizon's middle year (the year the tables report).
std::size_t middle_year_index(const nlohmann::json& results);
// The middle year itself, or 0 when there are no years.
int middle_year(const nlohmann::json& results);
// The mechanism whose label is `label`, or nullptr.
const nlohmann::json* mechanism(const nlohmann::json& results, std::string_view label);

// The labels of the mechanisms whose plugin failed ("failed"), in the scenario's order.
std::vector<std::string> failed_labels(const nlohmann::json& results);
// The "context" entry with this key, or nullptr.
const nlohmann::json* context_entry(const nlohmann::json& results, std::string_view key);
// ranking.results in rank order (ties keep the input order).
std::vector<const nlohmann::json*> ranked(const nlohmann::json& results);
// The name of criterion `id` in ranking.criteria, or the id when the ranking does not list it.
std::string criterion_name(const nlohmann::json& results, std::string_view id, Language language);
// The share of the SMAA draws in which `result` (an entry of ranking.results) ranks among the
// first `ranks`; NaN when the results lack it.
double rank_acceptability(const nlohmann::json& result, std::size_t ranks);

// What the reports say of one ranked option, in the horizon's middle year; NaN for what the
// results lack.
struct RankedOption {
    const nlohmann::json* result = nullptr;     // in ranking.results
    const nlohmann::json* mechanism = nullptr;  // in mechanisms; null when none has its label
    std::string label;
    double net_mean, net_p5, net_p50, net_p95;  // net revenue
    double percent_gdp, percent_gap, effective;  // means: % of GDP, % of the financing gap, money
                                                 // effectively added for health
    std::string source;  // the scenario entry it is an option of; variants of one source share it
    bool admissible;     // it breaks no binding rule the scenario keeps
};
// Every entry of ranking.results, in rank order.
std::vector<RankedOption> ranked_options(const nlohmann::json& results);

// The best `count` options of `all` (in rank order) that may be recommended together: admissible,
// and no two variants of one source.
std::vector<RankedOption> recommendable(const std::vector<RankedOption>& all, std::size_t count);

// What a brief recommends: the best package the run found (results "packages"), nothing when
// no package met the targets, or, in results written before packages, the best options that can
// be enacted together. Its figures are those
// of the middle year: the members' sum drawn draw by draw when the package has its yield.
struct Recommendation {
    std::vector<RankedOption> options;
    double net_mean, net_p5, net_p50, net_p95;  // NaN where unknown
    double percent_gdp_p50;                     // P50 as % of GDP
    double effective_mean;                      // money effectively added for health
    double gap_share_p50;                       // effective money (P50) / financing gap, in %
    const nlohmann::json* yield = nullptr;      // the package's "yield", when known
    bool none_meets_targets = false;            // the run found no package meeting the targets
};
Recommendation recommendation(const nlohmann::json& results, const std::vector<RankedOption>& all,
                              std::size_t fallback_count);

// The health dividend a health tax's model computes, mean over draws: the change in what is
// consumed and, for tobacco, smokers who quit and premature deaths averted; each NaN when the
// plugin does not report it. `reported` is false when it reports none of them.
struct HealthDividend {
    double consumption_change, quitters, deaths_averted;
    bool reported;
};
HealthDividend health_dividend(const nlohmann::json& mechanism);

// Whether the results come from a scenario marked indicative.
bool indicative(const nlohmann::json& results);

// The rules `mechanism` breaks, as a reader reads them: "rule (median value; limit)" joined with
// "; ", binding first; waived ones say the scenario's reason. Empty when it breaks none.
std::string broken_rules(const nlohmann::json& mechanism, Language language);

// The sums over some options (NaN when one of them lacks the figure).
struct Totals {
    double net = 0, percent_gdp = 0, percent_gap = 0, effective = 0;
};
Totals totals(const std::vector<RankedOption>& options);

// What the results' "provenance" records, each item as text: strings as they are, numbers as JSON
// writes them, "" when absent.
struct Provenance {
    bool recorded;  // the results have a "provenance" object
    std::string finmech_version, scenario, scenario_sha256, seed, draws, method, generated;
    const nlohmann::json& weights;  // {criterion id: weight}, or null
    const nlohmann::json& plugins;  // [{id, version, file, sha256}], or null
};
Provenance read_provenance(const nlohmann::json& results);

}  // namespace finmech::reports
