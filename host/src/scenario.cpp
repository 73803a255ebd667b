#include "finmech/host/scenario.hpp"

#include <cmath>
#include <regex>
#include <string_view>

#include "finmech/host/admissibility.hpp"
#include "finmech/host/input_error.hpp"
#include "finmech/host/suggest.hpp"
#include "finmech/host/number_text.hpp"
#include "finmech/host/expressions.hpp"
#include "finmech/host/parameter_draws.hpp"

#include <finmech/criteria/input_error.hpp>
#include <finmech/criteria/stakeholders.hpp>

namespace finmech::host {

namespace {

const std::regex snake_case("[a-z][a-z0-9_]*");

// Keys of the context that are settings, not figures.
bool is_setting(const std::string& key) {
    return key == "base_year" || key == "horizon" || key == "currency";
}

class Reader {
public:
    explicit Reader(std::string file) : file_(std::move(file)) {}

    [[noreturn]] void fail(const std::string& pointer, const std::string& problem) const {
        throw InputError(file_, pointer, problem);
    }

    nlohmann::json optional_object(const nlohmann::json& parent, const std::string& pointer,
                                   const char* key) const {
        return parent.contains(key) ? object(parent, pointer, key) : nlohmann::json::object();
    }

    const nlohmann::json& object(const nlohmann::json& parent, const std::string& pointer,
                                 const char* key) const {
        if (!parent.contains(key)) fail(pointer, std::string("missing '") + key + "'");
        const auto& value = parent[key];
        if (!value.is_object())
            fail(pointer + "/" + key, "expected an object, found " + value.dump());
        return value;
    }

    int integer(const nlohmann::json& parent, const std::string& pointer, const char* key, int min,
                int max) const {
        if (!parent.contains(key)) fail(pointer, std::string("missing '") + key + "'");
        const auto& value = parent[key];
        if (!value.is_number_integer() || value.get<long long>() < min ||
            value.get<long long>() > max)
            fail(pointer + "/" + key, "expected a whole number from " + std::to_string(min) +
                                          " to " + std::to_string(max) + ", found " +
                                          value.dump());
        return value.get<int>();
    }

    std::string string(const nlohmann::json& parent, const std::string& pointer, const char* key,
                       bool required) const {
        if (!parent.contains(key)) {
            if (required) fail(pointer, std::string("missing '") + key + "'");
            return "";
        }
        const auto& value = parent[key];
        if (!value.is_string() || value.get_ref<const std::string&>().empty())
            fail(pointer + "/" + key, "expected a non-empty string, found " + value.dump());
        return value.get<std::string>();
    }

    double finite(const nlohmann::json& value, const std::string& pointer) const {
        if (!value.is_number() || !std::isfinite(value.get<double>()))
            fail(pointer, "expected a number, found " + value.dump());
        return value.get<double>();
    }

    Figure figure(const nlohmann::json& j, const std::string& pointer) const {
        Figure f;
        const nlohmann::json* value = &j;
        std::string value_pointer = pointer;
        if (j.is_object()) {
            if (!j.contains("value")) fail(pointer, "missing 'value'");
            value = &j["value"];
            value_pointer += "/value";
            f.unit = string(j, pointer, "unit", false);
            f.source = string(j, pointer, "source", false);
            f.evidence = string(j, pointer, "evidence", false);
            f.note = string(j, pointer, "note", false);
            if (j.contains("label")) {
                const nlohmann::json& label = object(j, pointer, "label");
                f.label = {string(label, pointer + "/label", "fr", true),
                           string(label, pointer + "/label", "en", true)};
            }
            if (j.contains("year")) f.year = integer(j, pointer, "year", 1900, 2200);
        }
        f.pointer = value_pointer;
        if (value->is_array()) {
            f.scalar = false;
            if (value->empty()) fail(value_pointer, "expected at least one number");
            for (std::size_t i = 0; i < value->size(); ++i)
                f.values.push_back(finite((*value)[i], value_pointer + "/" + std::to_string(i)));
        } else {
            f.values.push_back(finite(*value, value_pointer));
        }
        return f;
    }

private:
    std::string file_;
};

// Variant names in the order of the published assessments, then the others alphabetically.
std::vector<std::string> variant_order(const nlohmann::json& variants) {
    std::vector<std::string> names;
    for (const char* usual : {"low", "proposed", "high"})
        if (variants.contains(usual)) names.emplace_back(usual);
    for (const auto& [name, value] : variants.items())
        if (name != "low" && name != "proposed" && name != "high") names.push_back(name);
    return names;
}

// Fails unless every number of `figure` lies in [min, max] (or (min, max] when `above_min`);
// `user` says who needs it.
void check_range(const Reader& read, const Figure& figure, const std::string& key, double min,
                 double max, const std::string& unit, const std::string& user,
                 bool above_min = false) {
    for (std::size_t i = 0; i < figure.values.size(); ++i) {
        const double x = figure.values[i];
        if ((above_min ? x > min : x >= min) && x <= max) continue;
        const std::string bounds =
            std::isfinite(max) ? (above_min ? "(" : "[") + number_text(min) + ", " +
                                     number_text(max) + "]"
                               : (above_min ? "above " : "at least ") + number_text(min);
        read.fail(figure.scalar ? figure.pointer : figure.pointer + "/" + std::to_string(i),
                  user + " needs '" + key + "' " + (std::isfinite(max) ? "within " : "") +
                      bounds + " " + unit + ", found " + number_text(x));
    }
}

// What a figure of `shape` ("number", "series", "number_or_series" or "quintiles") holds, when
// `figure` does not hold it; empty when it does.
std::string out_of_shape(const Figure& figure, std::string_view shape, std::size_t horizon) {
    const std::size_t size = figure.values.size();
    const bool series = !figure.scalar && size == horizon;
    const std::string per_year = "one number per projection year (" + std::to_string(horizon) + ")";
    if (shape == "number") return figure.scalar ? "" : "a single number";
    if (shape == "series") return series ? "" : per_year;
    if (shape == "number_or_series")
        return figure.scalar || series ? "" : "a single number or " + per_year;
    return !figure.scalar && size == 5 ? "" : "five numbers, one per quintile, poorest first";
}

// Fails unless `figure` has the shape `user` needs it in.
void check_shape(const Reader& read, const Figure& figure, const std::string& key,
                 std::string_view shape, std::size_t horizon, const std::string& user) {
    const std::string wanted = out_of_shape(figure, shape, horizon);
    if (!wanted.empty())
        read.fail("/context/" + key, user + " needs " + wanted + ", found " +
                                         std::to_string(figure.values.size()) + " number(s)");
}

}  // namespace

std::string MechanismEntry::location() const {
    return variant.empty() ? pointer : pointer + "/variants/" + variant;
}

std::string MechanismEntry::stakeholders_pointer() const {
    return (set_by_variant.count("stakeholders") ? location() : pointer) + "/stakeholders";
}

std::string MechanismEntry::pointer_to(const std::string& section, const std::string& key) const {
    const std::string path = section + "/" + key;
    return (set_by_variant.count(path) ? location() : pointer) + "/" + path;
}

std::vector<int> Scenario::years() const {
    std::vector<int> years;
    for (int t = 1; t <= horizon; ++t) years.push_back(base_year + t);
    return years;
}

nlohmann::json Scenario::plugin_context() const {
    nlohmann::json values = nlohmann::json::object();
    for (const auto& [key, figure] : figures) {
        if (figure.scalar)
            values[key] = figure.values.front();
        else
            values[key] = figure.values;
    }
    return {{"base_year", base_year}, {"years", horizon}, {"currency", currency},
            {"values", values}};
}

Scenario read_scenario(const nlohmann::json& document, const std::string& file) {
    const Reader read(file);
    if (!document.is_object()) read.fail("", "expected a JSON object at the top level");
    Scenario s;
    s.file = file;
    const auto& context = read.object(document, "", "context");
    s.base_year = read.integer(context, "/context", "base_year", 1900, 2200);
    s.horizon = read.integer(context, "/context", "horizon", 1, 100);
    s.currency = read.string(context, "/context", "currency", true);
    if (document.contains("indicative")) {
        if (!document["indicative"].is_boolean())
            read.fail("/indicative", "expected true or false, found " + document["indicative"].dump());
        s.indicative = document["indicative"].get<bool>();
    }
    for (const auto& [key, value] : context.items()) {
        if (is_setting(key)) continue;
        const std::string pointer = "/context/" + key;
        if (!std::regex_match(key, snake_case)) read.fail(pointer, "keys must be snake_case");
        s.figures[key] = read.figure(value, pointer);
    }

    if (!document.contains("mechanisms") || !document["mechanisms"].is_array() ||
        document["mechanisms"].empty())
        read.fail("/mechanisms", "expected a non-empty array of mechanisms");
    const auto& mechanisms = document["mechanisms"];
    for (std::size_t i = 0; i < mechanisms.size(); ++i) {
        const std::string pointer = "/mechanisms/" + std::to_string(i);
        const auto& entry = mechanisms[i];
        if (!entry.is_object()) read.fail(pointer, "expected an object");
        MechanismEntry m;
        m.pointer = pointer;
        m.plugin = read.string(entry, pointer, "plugin", true);
        m.label = read.string(entry, pointer, "label", false);
        if (m.label.empty()) m.label = m.plugin;
        m.parameters = read.optional_object(entry, pointer, "parameters");
        m.judged = read.optional_object(entry, pointer, "judged");
        m.waivers = read.optional_object(entry, pointer, "waivers");
        if (entry.contains("stakeholders")) m.stakeholders = read.object(entry, pointer, "stakeholders");
        if (!entry.contains("variants")) {
            s.mechanisms.push_back(std::move(m));
            continue;
        }
        const auto& variants = read.object(entry, pointer, "variants");
        if (variants.empty()) read.fail(pointer + "/variants", "expected at least one variant");
        for (const std::string& name : variant_order(variants)) {
            const std::string at = pointer + "/variants/" + name;
            const auto& variant = variants[name];
            if (!variant.is_object()) read.fail(at, "expected an object");
            MechanismEntry v = m;
            v.variant = name;
            v.label = read.string(variant, at, "label", false);
            if (v.label.empty()) v.label = m.label + " (" + name + ")";
            for (const char* section : {"parameters", "judged", "waivers"}) {
                const nlohmann::json values = read.optional_object(variant, at, section);
                nlohmann::json& merged = section == std::string("parameters") ? v.parameters
                                         : section == std::string("judged") ? v.judged
                                                                            : v.waivers;
                for (const auto& [key, value] : values.items()) {
                    merged[key] = value;
                    v.set_by_variant.insert(std::string(section) + "/" + key);
                }
            }
            if (variant.contains("stakeholders")) {
                v.stakeholders = read.object(variant, at, "stakeholders");
                v.set_by_variant.insert("stakeholders");
            }
            s.mechanisms.push_back(std::move(v));
        }
    }
    // Reports, briefs and workshop sheets name each option by its label.
    for (std::size_t i = 0; i < s.mechanisms.size(); ++i)
        for (std::size_t k = 0; k < i; ++k)
            if (s.mechanisms[k].label == s.mechanisms[i].label)
                read.fail(s.mechanisms[i].location() + "/label",
                          "the label \"" + s.mechanisms[i].label + "\" is also that of " +
                              s.mechanisms[k].location() + "; give each option its own label");
    s.decision = document.contains("decision") ? read.object(document, "", "decision")
                                               : nlohmann::json::object();
    s.packages = document.value("packages", nlohmann::json::array());
    if (!s.packages.is_array())
        read.fail("/packages", "expected an array of packages, found " + s.packages.dump());
    return s;
}

void check_scenario(const Scenario& scenario, const PluginCatalog& catalog) {
    const Reader read(scenario.file);
    const std::size_t horizon = static_cast<std::size_t>(scenario.horizon);
    for (const HostFigure& h : host_figures()) {
        const auto figure = scenario.figures.find(h.key);
        if (figure == scenario.figures.end()) continue;
        check_shape(read, figure->second, h.key, h.shape, horizon, "finmech");
        check_range(read, figure->second, h.key, h.min, h.max, h.unit, "finmech", h.above_min);
    }
    for (const auto& m : scenario.mechanisms) {
        const Plugin* plugin = catalog.find(m.plugin);
        if (!plugin)
            read.fail(m.pointer + "/plugin", "unknown plugin '" + m.plugin + "'" +
                                                 did_you_mean(m.plugin, catalog.ids()) +
                                                 "; `finmech plugins` lists those loaded");
        const MechanismDescriptor& d = plugin->descriptor();
        for (const auto& [key, value] : m.parameters.items()) {
            const std::string pointer = m.pointer_to("parameters", key);
            const ParameterInfo* p = d.find_parameter(key);
            if (!p)
                read.fail(pointer, d.id + " has no parameter '" + key + "'" +
                                       did_you_mean(key, d.parameter_keys()));
            if (p->is_number) {
                if (value.is_number()) {
                    const double x = read.finite(value, pointer);
                    if (x < p->min || x > p->max)
                        read.fail(pointer, d.id + ": expected a value in [" +
                                               number_text(p->min) + ", " +
                                               number_text(p->max) + "] " + p->unit +
                                               ", found " + number_text(x));
                } else {
                    try {
                        parameter_law(d.id, *p, value, pointer);
                    } catch (const criteria::InputError& e) {
                        read.fail(e.location(), d.id + ": " + e.what());
                    }
                }
            } else if (!value.is_string() || std::find(p->choices.begin(), p->choices.end(),
                                                       value.get<std::string>()) ==
                                                 p->choices.end()) {
                read.fail(pointer, d.id + ": expected one of " + nlohmann::json(p->choices).dump() +
                                       ", found " + value.dump());
            }
        }
        check_context(scenario, d, m.pointer);
        check_waivers(m, d, scenario.file);
        if (!m.stakeholders.is_null()) {
            const std::string at = m.stakeholders_pointer();
            try {
                criteria::read_stakeholder_table(m.stakeholders);
            } catch (const criteria::InputError& e) {
                read.fail(at + e.location(), e.what());
            }
        }
    }
}

void check_context(const Scenario& scenario, const MechanismDescriptor& descriptor,
                   const std::string& user) {
    const Reader read(scenario.file);
    for (const auto& r : descriptor.requirements) {
        const auto figure = scenario.figures.find(r.key);
        if (figure == scenario.figures.end() && r.optional) continue;
        if (figure == scenario.figures.end())
            read.fail("/context", "missing '" + r.key + "' (" + r.unit + "), required by " +
                                      descriptor.id + " at " + user);
        check_shape(read, figure->second, r.key, r.shape,
                    static_cast<std::size_t>(scenario.horizon), descriptor.id);
        check_range(read, figure->second, r.key, r.min, r.max, r.unit, descriptor.id);
    }
}

}  // namespace finmech::host
