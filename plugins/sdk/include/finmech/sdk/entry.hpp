// finmech SDK: the glue between a plugin's describe()/project() and the C ABI. A plugin author
// only writes FINMECH_PLUGIN(describe, project) at the end of the file; nothing here is theirs
// to call.
//
// The glue applies defaults, refuses unknown keys and out-of-range values, checks the model's
// outputs are finite and of the horizon's length, and turns every exception into a status and a
// message, so nothing but plain data ever crosses the boundary.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "../abi/entry.h"
#include "context.hpp"
#include "descriptor.hpp"
#include "log.hpp"
#include "projection.hpp"

namespace finmech {

// Thrown for a request that breaks the descriptor, or for parameters the model does not cover
// together (say, a rate cut below zero): the user's fault, reported as such. Any other exception
// is a model failure.
struct InvalidInput : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

}  // namespace finmech

namespace finmech::detail {

inline std::string format_number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.10g", value);
    return text;
}

inline void write_text(finmech_write_fn write, void* sink, std::string_view text) {
    write(sink, text.data(), text.size());
}

// Runs `body`, mapping exceptions to statuses with their message written to the sink.
template <class Body>
finmech_status_t guarded(finmech_write_fn write, void* sink, Body&& body) noexcept {
    try {
        body();
        return FINMECH_STATUS_OK;
    } catch (const InvalidInput& e) {
        write_text(write, sink, e.what());
        return FINMECH_STATUS_INVALID_INPUT;
    } catch (const std::exception& e) {
        write_text(write, sink, std::string("model failed: ") + e.what());
    } catch (...) {
        write_text(write, sink, "model failed: unknown exception");
    }
    return FINMECH_STATUS_MODEL_FAILED;
}

template <class Model>
struct ModelTraits;
template <class P>
struct ModelTraits<Projection (*)(const Context&, const P&)> {
    using Params = P;
};

template <auto describe_model, auto project_model>
class Adapter {
    using Params = typename ModelTraits<decltype(project_model)>::Params;

    // The descriptor, built once; `error` holds why describe() failed, if it did.
    struct State {
        Descriptor<Params> descriptor;
        std::string json;
        Params defaults{};
        std::vector<const Parameter<Params>*> numeric;  // batch columns, in descriptor order
        std::vector<std::string> indicator_keys;
        std::string error;
    };

    static State build() {
        State s;
        try {
            s.descriptor = describe_model();
            nlohmann::json j{{"abi", {FINMECH_ABI_MAJOR, FINMECH_ABI_MINOR}},
                             {"id", s.descriptor.id},
                             {"version", s.descriptor.version},
                             {"name", s.descriptor.name},
                             {"summary", s.descriptor.summary},
                             {"formula", s.descriptor.formula},
                             {"parameters", nlohmann::json::array()},
                             {"indicators", s.descriptor.indicators},
                             {"requires", s.descriptor.requirements}};
            if (s.descriptor.profile) j["profile"] = *s.descriptor.profile;
            if (!s.descriptor.rules.empty()) j["rules"] = s.descriptor.rules;
            if (!s.descriptor.bases.empty()) j["bases"] = s.descriptor.bases;
            if (s.descriptor.gross_is_change) j["gross_revenue"] = "change";
            for (const auto& p : s.descriptor.parameters) {
                j["parameters"].push_back(p.to_json());
                p.apply_default(s.defaults);
                if (p.is_number()) s.numeric.push_back(&p);
            }
            for (const auto& i : s.descriptor.indicators) s.indicator_keys.push_back(i.key);
            s.json = j.dump();
        } catch (const std::exception& e) {
            s.error = std::string("describe() failed: ") + e.what();
        } catch (...) {
            s.error = "describe() failed: unknown exception";
        }
        return s;
    }

    static const State& state() {
        static const State s = build();
        return s;
    }

    static const Parameter<Params>& parameter(std::string_view key) {
        for (const auto& p : state().descriptor.parameters)
            if (p.key() == key) return p;
        throw InvalidInput("unknown parameter '" + std::string(key) + "'");
    }

    static void check_range(const Parameter<Params>& p, double value) {
        if (!(value >= p.min() && value <= p.max()))
            throw InvalidInput("parameter '" + p.key() + "' = " + format_number(value) +
                               " is outside [" + format_number(p.min()) + ", " +
                               format_number(p.max()) + "] " + p.unit());
    }

    static void assign(Params& params, const std::string& key, const nlohmann::json& value) {
        const Parameter<Params>& p = parameter(key);
        if (p.is_number()) {
            if (!value.is_number())
                throw InvalidInput("parameter '" + key + "' must be a number, got " + value.dump());
            check_range(p, value.get<double>());
            params.*p.number_member() = value.get<double>();
            return;
        }
        const auto& choices = p.choices();
        if (!value.is_string() ||
            std::find(choices.begin(), choices.end(), value.get<std::string>()) == choices.end())
            throw InvalidInput("parameter '" + key + "' must be one of " +
                               nlohmann::json(choices).dump() + ", got " + value.dump());
        params.*p.choice_member() = value.get<std::string>();
    }

    // Parses the request's context and checks every declared requirement is there, in shape.
    static Context read_context(const nlohmann::json& request) {
        const nlohmann::json* raw = request.contains("context") ? &request["context"] : nullptr;
        if (!raw || !raw->is_object()) throw InvalidInput("request lacks a 'context' object");
        Context ctx = [&] {
            try {
                return Context(*raw);
            } catch (const std::exception& e) {
                throw InvalidInput(std::string("malformed context: ") + e.what());
            }
        }();
        for (const Requirement& r : state().descriptor.requirements) {
            if (!ctx.has(r.key)) {
                if (r.optional) continue;
                throw InvalidInput("context lacks '" + r.key + "' (" + r.unit + "), required by " +
                                   state().descriptor.id);
            }
            for (double x : ctx.values(r.key))
                if (!(x >= r.min && x <= r.max))
                    throw InvalidInput("context value '" + r.key + "' = " + format_number(x) +
                                       " is outside [" + format_number(r.min) + ", " +
                                       format_number(r.max) + "] " + r.unit + ", required by " +
                                       state().descriptor.id);
            const std::size_t size = ctx.values(r.key).size();
            if (r.shape == Shape::number) {
                if (!ctx.holds_number(r.key))
                    throw InvalidInput("context value '" + r.key + "' is an array, " +
                                       state().descriptor.id + " needs a single number");
                continue;
            }
            const std::size_t wanted = r.shape == Shape::series ? ctx.years() : 5;
            if (size != wanted)
                throw InvalidInput("context value '" + r.key + "' has " + std::to_string(size) +
                                   " numbers, " + state().descriptor.id + " needs " +
                                   std::to_string(wanted));
        }
        ctx.declare_indicators(state().indicator_keys);
        return ctx;
    }

    static Projection run(const Context& ctx, const Params& params) {
        Projection out = project_model(ctx, params);
        const auto check = [&](const std::vector<double>& v, const char* what) {
            if (v.size() != ctx.years())
                throw std::length_error(std::string(what) + " has " + std::to_string(v.size()) +
                                        " years, the horizon has " + std::to_string(ctx.years()));
            for (double x : v)
                if (!std::isfinite(x)) throw std::domain_error(std::string(what) + " is not finite");
        };
        check(out.gross_revenue, "gross_revenue");
        check(out.collection_cost, "collection_cost");
        for (std::size_t i = 0; i < out.indicators().size(); ++i)
            if (!std::isfinite(out.indicators()[i]))
                throw std::domain_error("indicator '" + state().indicator_keys[i] +
                                        "' was not set or is not finite");
        return out;
    }

    static nlohmann::json parse(const char* text, std::size_t size) {
        try {
            return nlohmann::json::parse(text, text + size);
        } catch (const nlohmann::json::exception& e) {
            throw InvalidInput(std::string("request is not JSON: ") + e.what());
        }
    }

public:
    static const finmech_plugin_t* entry(const finmech_host_t* host) noexcept {
        host_services() = host;
        static const finmech_plugin_t table{
            FINMECH_ABI_MAJOR,          FINMECH_ABI_MINOR, sizeof(finmech_plugin_t),
            state().descriptor.id.c_str(), state().descriptor.version.c_str(),
            &describe,                  &evaluate,         &evaluate_batch};
        return &table;
    }

    static finmech_status_t describe(finmech_write_fn write, void* sink) noexcept {
        return guarded(write, sink, [&] {
            if (!state().error.empty()) throw std::runtime_error(state().error);
            write_text(write, sink, state().json);
        });
    }

    static finmech_status_t evaluate(const char* request, std::size_t size, finmech_write_fn write,
                                     void* sink) noexcept {
        return guarded(write, sink, [&] {
            const nlohmann::json j = parse(request, size);
            const Context ctx = read_context(j);
            Params params = state().defaults;
            if (j.contains("parameters"))
                for (const auto& [key, value] : j["parameters"].items()) assign(params, key, value);
            const Projection out = run(ctx, params);
            nlohmann::json answer{{"gross_revenue", out.gross_revenue},
                                  {"collection_cost", out.collection_cost}};
            auto& net = answer["net_revenue"] = nlohmann::json::array();
            for (std::size_t t = 0; t < ctx.years(); ++t)
                net.push_back(out.gross_revenue[t] - out.collection_cost[t]);
            auto& indicators = answer["indicators"] = nlohmann::json::object();
            for (std::size_t i = 0; i < state().indicator_keys.size(); ++i)
                indicators[state().indicator_keys[i]] = out.indicators()[i];
            write_text(write, sink, answer.dump());
        });
    }

    static finmech_status_t evaluate_batch(const char* request, std::size_t size,
                                           const finmech_batch_t* batch, finmech_write_fn write,
                                           void* sink) noexcept {
        return guarded(write, sink, [&] {
            if (!batch || !FINMECH_ABI_HAS_FIELD(finmech_batch_t, batch->struct_size, indicators))
                throw InvalidInput("batch struct is missing or too small");
            const nlohmann::json j = parse(request, size);
            const Context ctx = read_context(j);
            const auto& numeric = state().numeric;
            if (batch->parameter_count != numeric.size() || batch->years != ctx.years() ||
                batch->indicator_count != state().indicator_keys.size())
                throw InvalidInput("batch shape does not match the descriptor and the context");
            Params params = state().defaults;
            if (j.contains("fixed"))
                for (const auto& [key, value] : j["fixed"].items()) {
                    if (parameter(key).is_number())
                        throw InvalidInput("parameter '" + key +
                                           "' is numeric: it travels in the batch's columns");
                    assign(params, key, value);
                }
            const std::size_t years = batch->years, k = batch->indicator_count;
            for (std::size_t draw = 0; draw < batch->draws; ++draw) {
                const double* row = batch->parameters + draw * numeric.size();
                try {
                    for (std::size_t c = 0; c < numeric.size(); ++c) {
                        check_range(*numeric[c], row[c]);
                        params.*numeric[c]->number_member() = row[c];
                    }
                    const Projection out = run(ctx, params);
                    std::copy(out.gross_revenue.begin(), out.gross_revenue.end(),
                              batch->gross_revenue + draw * years);
                    std::copy(out.collection_cost.begin(), out.collection_cost.end(),
                              batch->collection_cost + draw * years);
                    std::copy(out.indicators().begin(), out.indicators().end(),
                              batch->indicators + draw * k);
                } catch (const InvalidInput& e) {
                    throw InvalidInput("draw " + std::to_string(draw) + ": " + e.what());
                } catch (const std::exception& e) {
                    throw std::runtime_error("draw " + std::to_string(draw) + ": " + e.what());
                }
            }
        });
    }
};

}  // namespace finmech::detail

// Ends a plugin's source file: exports finmech_plugin_entry for the given describe() and
// project() functions, e.g. FINMECH_PLUGIN(describe, project).
#define FINMECH_PLUGIN(describe_function, project_function)                               \
    extern "C" FINMECH_EXPORT const finmech_plugin_t* finmech_plugin_entry(               \
        const finmech_host_t* host) {                                                     \
        return ::finmech::detail::Adapter<&describe_function, &project_function>::entry(host); \
    }
