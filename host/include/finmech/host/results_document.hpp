// finmech host: the results.json document — everything a run computed, with its provenance, so
// that `finmech report` can re-render any report from it alone (docs/reports.md).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "appraisal.hpp"
#include "evaluation.hpp"
#include "plugin_catalog.hpp"
#include "scenario.hpp"

namespace finmech::host {

// The version of the results.json layout; a reader refuses any other.
inline constexpr int results_schema_version = 1;

struct ResultsInputs {
    const Scenario& scenario;
    std::string_view scenario_text;  // the bytes the scenario was read from, for its digest
    const PluginCatalog& catalog;
    const Evaluation& evaluation;
    const Appraisal& appraisal;
    std::string_view finmech_version;
    std::string_view generated;  // the date stamped on the results, "2026-01-31"
    // The `workshop merge` document the judged scores came from (evaluate --judged) and the
    // SHA-256 of its file; null without --judged.
    const nlohmann::json* workshop = nullptr;
    std::string_view workshop_sha256;
    const nlohmann::json* packages = nullptr;  // packages_document(), when computed
};

// to_json(evaluation) and to_json(appraisal) ("ranking") with "schema_version", "scenario",
// "finmech_version", "provenance" (versions, SHA-256 of the scenario and of each plugin library
// the scenario uses, seed, draws, method, weights, date), "context" (the scenario's figures, and
// the per-year series derived from them) and "assumptions" (each mechanism's parameters: value
// or law, unit, source, evidence); with a workshop, "workshop": its session, groups, criteria,
// mechanisms, file digest, consensus block and every group's score (docs/workshop.md).
nlohmann::json results_document(const ResultsInputs& inputs);

}  // namespace finmech::host
