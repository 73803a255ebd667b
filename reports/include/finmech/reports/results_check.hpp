// finmech reports: is a results.json document one the renderers can read?
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace finmech::reports {

// The results.json layout this version renders ("schema_version").
inline constexpr int supported_schema_version = 1;

struct ResultsProblem {
    std::string pointer;  // JSON pointer of the fault, e.g. "/ranking/results/3/rank"
    std::string problem;  // what was expected and what was found
};

// The first fault that stops the reports: a schema_version other than the supported one, or a
// required key missing or of the wrong type (years, currency, mechanisms with their label and
// net_revenue, ranking with its criteria and results). Keys beyond these are optional. nullopt
// when the document can be rendered.
std::optional<ResultsProblem> results_problem(const nlohmann::json& results);

}  // namespace finmech::reports
