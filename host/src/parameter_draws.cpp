#include "finmech/host/parameter_draws.hpp"

#include <algorithm>
#include <cmath>
#include <variant>

#include <boost/random/mersenne_twister.hpp>
#include <finmech/criteria/input_error.hpp>
#include "finmech/host/number_text.hpp"

namespace finmech::host {

namespace {

// The interval a bounded distribution covers; unbounded laws are truncated instead.
struct Bounds {
    double low, high;
};
struct BoundsOf {
    Bounds operator()(double v) const { return {v, v}; }
    Bounds operator()(const criteria::UniformCell& c) const { return {c.low, c.high}; }
    Bounds operator()(const criteria::TriangularCell& c) const { return {c.low, c.high}; }
    Bounds operator()(const criteria::PertCell& c) const { return {c.low, c.high}; }
    Bounds operator()(const criteria::BetaCell&) const { return {0.0, 1.0}; }
    Bounds operator()(const criteria::NormalCell& c) const { return {c.low, c.high}; }
    Bounds operator()(const criteria::LogNormalCell& c) const {
        const double median = std::exp(c.mu);
        return {median, median};
    }
};

// SplitMix64: decorrelates neighbouring seeds.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a: a stream's name as a number, the same on every platform (std::hash is not).
std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

}  // namespace

ParameterLaw parameter_law(const std::string& plugin, const ParameterInfo& parameter,
                           const nlohmann::json& value, const std::string& pointer) {
    const nlohmann::json& spec =
        !value.is_null() ? value
                         : (parameter.uncertainty.is_null() ? parameter.default_value
                                                            : parameter.uncertainty);
    ParameterLaw law{plugin + "/" + parameter.key, criteria::parse_cell(spec, pointer), 0.0,
                     parameter.min, parameter.max};
    // The point estimate stays in range: a lognormal's mean may lie beyond its truncation.
    law.central = value.is_number() ? value.get<double>()
                  : value.is_null() ? parameter.default_value.get<double>()
                                    : std::clamp(criteria::mean(law.cell), parameter.min,
                                                 parameter.max);
    if (auto* normal = std::get_if<criteria::NormalCell>(&law.cell)) {
        // Truncated to the parameter's range: what is left of it must hold some probability.
        normal->low = std::max(normal->low, parameter.min);
        normal->high = std::min(normal->high, parameter.max);
        if (!(normal->low < normal->high))
            throw criteria::InputError(pointer, "the normal distribution of '" + parameter.key +
                                                    "' has no part inside the parameter's range [" +
                                                    number_text(parameter.min) + ", " +
                                                    number_text(parameter.max) + "]");
    }
    const Bounds bounds = std::visit(BoundsOf{}, law.cell);
    if (bounds.low < parameter.min || bounds.high > parameter.max)
        throw criteria::InputError(
            pointer, "the distribution of '" + parameter.key + "' reaches [" +
                         number_text(bounds.low) + ", " + number_text(bounds.high) +
                         "], outside the parameter's range [" + number_text(parameter.min) +
                         ", " + number_text(parameter.max) + "] " + parameter.unit);
    return law;
}

std::vector<ParameterLaw> parameter_laws(const MechanismEntry& entry,
                                         const MechanismDescriptor& plugin) {
    std::vector<ParameterLaw> laws;
    for (const ParameterInfo* p : plugin.numeric_parameters())
        laws.push_back(parameter_law(
            plugin.id, *p,
            entry.parameters.contains(p->key) ? entry.parameters[p->key] : nlohmann::json(),
            entry.pointer_to("parameters", p->key)));
    return laws;
}

nlohmann::json fixed_parameters(const MechanismEntry& entry, const MechanismDescriptor& plugin) {
    nlohmann::json fixed = nlohmann::json::object();
    for (const ParameterInfo& p : plugin.parameters)
        if (!p.is_number)
            fixed[p.key] =
                entry.parameters.contains(p.key) ? entry.parameters[p.key] : p.default_value;
    return fixed;
}

std::vector<double> draw_parameters(const std::vector<ParameterLaw>& laws, std::size_t draws,
                                    std::uint64_t seed) {
    const std::size_t columns = laws.size();
    std::vector<double> matrix(draws * columns);
    if (draws == 1) {
        for (std::size_t c = 0; c < columns; ++c) matrix[c] = laws[c].central;
        return matrix;
    }
    for (std::size_t c = 0; c < columns; ++c) {
        boost::random::mt19937_64 engine(mix(mix(seed) ^ fnv1a(laws[c].stream)));
        criteria::CellSampler draw(laws[c].cell);
        for (std::size_t d = 0; d < draws; ++d) {
            // Lognormal tails are cut at the range by resampling; the few left are clamped.
            double x = draw(engine);
            for (int retry = 0; retry < 100 && (x < laws[c].min || x > laws[c].max); ++retry)
                x = draw(engine);
            matrix[d * columns + c] = std::clamp(x, laws[c].min, laws[c].max);
        }
    }
    return matrix;
}

}  // namespace finmech::host
