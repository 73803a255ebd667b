// finmech reports: the ranked brief for the finance ministry, as one self-contained HTML page.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "finmech/reports/language.hpp"

namespace finmech::reports {

// How many of the first-ranked options the brief recommends (fewer when fewer were ranked).
inline constexpr std::size_t brief_recommended_options = 3;

// A 2–4 page A4 note (docs/reports.md): the ask in one sentence, an executive summary, the fiscal
// context, the options screened, the ranked table with the weights and a robustness sentence
// computed from SMAA, one card per recommended option, earmarking safeguards, risks and
// counter-arguments, next steps and an annex of assumptions and sources. Every number comes from
// `results`; what the mechanism is (how it works, precedent, rules, who pays, legal instrument,
// collection agent) comes from each mechanism's "profile" in the results. Same bytes for the
// same results. Inline CSS, no script, nothing external.
std::string render_brief(const nlohmann::json& results, Language language);

}  // namespace finmech::reports
