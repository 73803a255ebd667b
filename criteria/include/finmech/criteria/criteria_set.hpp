#pragma once

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "finmech/criteria/normalization.hpp"
#include "finmech/criteria/scale.hpp"

namespace finmech::criteria {

struct LocalizedText {
    std::string en;
    std::string fr;
};

// One level of a criterion's 1-5 scale, with its anchor text in both languages.
struct ScaleAnchor {
    int score = 0;
    std::string symbol;  // "++" for 5 .. "--" for 1
    LocalizedText text;
};

// A criterion as data (criteria/defaults/*.json).
// How a package of options is scored on a criterion (docs/decision.md, "Packages").
enum class PackageAggregation {
    yield_weighted,  // the members' scores weighted by their net yields (equity: who pays what)
    weakest_member,  // the lowest member's score: a package passes only if each member does
    whole_package,   // the criterion's rule on the package's own yield, summed draw by draw,
                     // when it scores a yield indicator every member is modelled on
};

struct Criterion {
    std::string id;
    LocalizedText name;
    LocalizedText description;
    Direction direction = Direction::benefit;  // of the 1-5 score: benefit, 5 is best
    std::array<ScaleAnchor, 5> scale;          // scores 5, 4, 3, 2, 1 in this order
    std::optional<ThresholdRule> rule;         // maps a model indicator to the scale
    // Workshop groups judge it even where a model or a prior scores it, the model's figure
    // beside: the Mali study's qualitative criteria.
    bool judged_in_workshop = false;
    PackageAggregation package = PackageAggregation::yield_weighted;
};

// Reads an array of criterion objects:
//   {"id", "name": {"en", "fr"}, "description": {"en", "fr"}, "direction": "benefit"|"cost",
//    "scale": [{"score": 5, "symbol": "++", "en", "fr"}, ... down to score 1],
//    "rule": {"indicator", "unit", "thresholds": [4 ascending numbers], "better":
//    "higher"|"lower"}}
//    "judged_in_workshop": true|false,
//    "package": "yield_weighted"|"weakest_member"|"whole_package"}
// ("rule", "judged_in_workshop" and "package" optional; other keys such as "source" are kept by the file
// but ignored here).
// Throws InputError with the JSON pointer of the first problem, e.g. "/2/scale/3/fr".
std::vector<Criterion> load_criteria(const nlohmann::json& doc);

}  // namespace finmech::criteria
