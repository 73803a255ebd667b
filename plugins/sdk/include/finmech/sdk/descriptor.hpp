// finmech SDK: what a plugin says about itself — its parameters, indicators and the context it
// needs. The host validates scenarios, writes documentation and samples uncertainty from it.
#pragma once

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "profile.hpp"
#include "text.hpp"
#include "uncertainty.hpp"

namespace finmech {

// How strong the evidence behind a default is, with the tags of the project's domain notes.
enum class Evidence {
    sourced,     // read in the cited source
    derived,     // arithmetic on sourced figures, working given in the source text
    assumed,     // a standard literature value or a modelling assumption, to confirm
    unverified,  // conflicting or unchecked: shown with a warning
};

NLOHMANN_JSON_SERIALIZE_ENUM(Evidence, {{Evidence::sourced, "sourced"},
                                        {Evidence::derived, "derived"},
                                        {Evidence::assumed, "assumed"},
                                        {Evidence::unverified, "unverified"}})

// A model input, bound to a member of the plugin's parameter struct. Build it with number() or
// choice() and chain the setters:
//     finmech::number("rate", &Levy::rate).unit("fraction").range(0, 0.2).default_value(0.02)
template <class Params>
class Parameter {
public:
    Parameter(std::string key, double Params::*member) : key_(std::move(key)), number_(member) {}
    Parameter(std::string key, std::string Params::*member, std::vector<std::string> choices)
        : key_(std::move(key)), choice_(member), choices_(std::move(choices)) {}

    Parameter& label(std::string fr, std::string en) { return set(label_, fr, en); }
    Parameter& doc(std::string fr, std::string en) { return set(doc_, fr, en); }
    Parameter& unit(std::string unit) { return assign(unit_, std::move(unit)); }
    Parameter& range(double min, double max) {
        min_ = min;
        max_ = max;
        return *this;
    }
    Parameter& default_value(double value) { return assign(default_number_, value); }
    Parameter& default_value(std::string value) { return assign(default_choice_, std::move(value)); }
    Parameter& uncertainty(Uncertainty u) { return assign(uncertainty_, std::move(u)); }
    // Where the default comes from: author, year, table or page.
    Parameter& source(std::string citation, Evidence evidence) {
        evidence_ = evidence;
        return assign(source_, std::move(citation));
    }

    const std::string& key() const { return key_; }
    bool is_number() const { return number_ != nullptr; }
    double min() const { return min_; }
    double max() const { return max_; }
    const std::string& unit() const { return unit_; }
    const std::vector<std::string>& choices() const { return choices_; }
    double Params::*number_member() const { return number_; }
    std::string Params::*choice_member() const { return choice_; }

    // Writes the default into `params`.
    void apply_default(Params& params) const {
        if (is_number())
            params.*number_ = default_number_;
        else
            params.*choice_ = default_choice_;
    }

    nlohmann::json to_json() const {
        nlohmann::json j{{"key", key_},        {"type", is_number() ? "number" : "choice"},
                         {"label", label_},    {"doc", doc_},
                         {"unit", unit_},      {"source", source_},
                         {"evidence", evidence_}};
        if (is_number()) {
            j["default"] = default_number_;
            j["min"] = min_;
            j["max"] = max_;
            j["uncertainty"] = uncertainty_.spec;
        } else {
            j["default"] = default_choice_;
            j["choices"] = choices_;
        }
        return j;
    }

private:
    Parameter& set(Text& text, std::string& fr, std::string& en) {
        text = {std::move(fr), std::move(en)};
        return *this;
    }
    template <class T, class V>
    Parameter& assign(T& field, V&& value) {
        field = std::forward<V>(value);
        return *this;
    }

    std::string key_;
    double Params::*number_ = nullptr;
    std::string Params::*choice_ = nullptr;
    std::vector<std::string> choices_;
    Text label_, doc_;
    std::string unit_;
    double min_ = 0, max_ = 0, default_number_ = 0;
    std::string default_choice_;
    Uncertainty uncertainty_;
    std::string source_;
    Evidence evidence_ = Evidence::unverified;
};

// A numeric parameter bound to `member` of the plugin's parameter struct.
template <class Params>
Parameter<Params> number(std::string key, double Params::*member) {
    return {std::move(key), member};
}

// A parameter taking one of `choices`, bound to a std::string member. It is the same for every
// Monte Carlo draw.
template <class Params>
Parameter<Params> choice(std::string key, std::string Params::*member,
                         std::vector<std::string> choices) {
    return {std::move(key), member, std::move(choices)};
}

// Which way an indicator is better, so criteria can score it.
enum class Direction { higher_is_better, lower_is_better, neutral };

NLOHMANN_JSON_SERIALIZE_ENUM(Direction, {{Direction::higher_is_better, "higher_is_better"},
                                         {Direction::lower_is_better, "lower_is_better"},
                                         {Direction::neutral, "neutral"}})

// A number the model reports for each evaluation besides revenue, e.g. the consumer price change.
struct Indicator {
    std::string key;
    std::string unit;
    Direction direction = Direction::neutral;
    Text label;
};

// The shape of a context value a plugin requires.
enum class Shape {
    number,     // one number, at the base year
    series,     // one number per projection year
    quintiles,  // five numbers, poorest quintile first
};

NLOHMANN_JSON_SERIALIZE_ENUM(Shape, {{Shape::number, "number"},
                                     {Shape::series, "series"},
                                     {Shape::quintiles, "quintiles"}})

// What the host itself makes of a quintiles requirement, besides handing it to the model.
enum class QuintileRole {
    spending_shares,  // households' spending on the taxed base: who pays how much (Kakwani index)
    payer_shares,     // the share of households who pay at all: equals treated alike or not
};

NLOHMANN_JSON_SERIALIZE_ENUM(QuintileRole, {{QuintileRole::spending_shares, "spending_shares"},
                                            {QuintileRole::payer_shares, "payer_shares"}})

// A value the plugin reads from the scenario's context, e.g. the telecom sector's turnover, and
// the range each of its numbers must lie in: the host refuses a scenario whose value does not.
struct Requirement {
    std::string key;
    std::string unit;
    Shape shape = Shape::number;
    Text doc;
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    // An optional value may be missing from the scenario: the model then does without it
    // (Context::has), and so does whatever the host derives from it.
    bool optional = false;
    // For Shape::quintiles: which distribution of households it is. Appended: a descriptor
    // without it is read as spending shares.
    QuintileRole role = QuintileRole::spending_shares;
};

// Whether breaking a rule rules an option out.
enum class RuleKind {
    binding,   // a law or regional directive: an option that breaks it is not admissible
    advisory,  // worth knowing, e.g. past the revenue-maximising rate: shown, never excluding
};

NLOHMANN_JSON_SERIALIZE_ENUM(RuleKind, {{RuleKind::binding, "binding"},
                                        {RuleKind::advisory, "advisory"}})

// A rule an option must keep, measured by one of the plugin's indicators: it holds while the
// indicator lies in [min, max], e.g. VAT plus levy at most 20 % (WAEMU). The host checks it in
// every draw and marks an option that breaks a binding rule as not admissible.
struct Rule {
    std::string id;         // snake_case, e.g. "waemu_vat_ceiling"; a scenario waives it by id
    RuleKind kind = RuleKind::binding;
    std::string indicator;  // the key of one of the plugin's indicators
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    Text name;              // the rule as a reader knows it, with its limit
    std::string source;     // the law or directive: its number, year and title
};

// Everything describe() returns.
template <class Params>
struct Descriptor {
    std::string id;       // snake_case, equal to the library's file stem
    std::string version;  // semantic version of the model
    Text name;
    Text summary;
    std::string formula;  // the model in one or a few lines, for the documentation
    std::vector<Parameter<Params>> parameters;
    std::vector<Indicator> indicators;
    std::vector<Requirement> requirements;  // context values the model reads
    // What the mechanism is, for the ranked brief. The initializer spares plugins without one a
    // -Wmissing-field-initializers warning.
    std::optional<Profile> profile = std::nullopt;
    std::vector<Rule> rules = {};  // binding and advisory rules on the plugin's indicators
    // The tax bases the mechanism levies, snake_case, e.g. "telecom_services": the host never
    // adds up two options of different sources that share one, as their yields would overlap.
    std::vector<std::string> bases = {};
    // True when gross revenue is the change against what the same tax yields today, as for the
    // reform of an existing excise: it is then negative where the reform loses revenue (a cut,
    // or a rate past the revenue-maximising one). False: a new levy, whose gross revenue the
    // host refuses to see below zero.
    bool gross_is_change = false;
};

inline void to_json(nlohmann::json& j, const Indicator& i) {
    j = {{"key", i.key}, {"unit", i.unit}, {"direction", i.direction}, {"label", i.label}};
}

inline void to_json(nlohmann::json& j, const Requirement& r) {
    j = {{"key", r.key}, {"unit", r.unit}, {"shape", r.shape}, {"doc", r.doc}};
    if (std::isfinite(r.min)) j["min"] = r.min;
    if (std::isfinite(r.max)) j["max"] = r.max;
    if (r.optional) j["optional"] = true;
    if (r.shape == Shape::quintiles) j["role"] = r.role;
}

inline void to_json(nlohmann::json& j, const Rule& r) {
    j = {{"id", r.id}, {"kind", r.kind}, {"indicator", r.indicator}, {"name", r.name},
         {"source", r.source}};
    if (std::isfinite(r.min)) j["min"] = r.min;
    if (std::isfinite(r.max)) j["max"] = r.max;
}

}  // namespace finmech
