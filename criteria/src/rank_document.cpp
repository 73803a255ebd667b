#include "finmech/criteria/rank_document.hpp"

#include "finmech/criteria/cell_distribution.hpp"
#include "finmech/criteria/input_error.hpp"
#include "finmech/criteria/methods.hpp"
#include "finmech/criteria/promethee.hpp"
#include "finmech/criteria/scorer.hpp"
#include "finmech/criteria/smaa.hpp"
#include "finmech/criteria/weight_stability.hpp"
#include "finmech/criteria/weights.hpp"
#include "json_pointer.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace finmech::criteria {
namespace {

using nlohmann::json;
using detail::criterion_pointer;

std::string describe(const json& value) { return value.is_null() ? "nothing" : value.dump(); }

const json& member(const json& object, const char* key, const std::string& at) {
    const auto it = object.find(key);
    if (it == object.end()) throw InputError(at + "/" + key, std::string("expected \"") + key + "\", found nothing");
    return *it;
}

std::string text_of(const json& value, const std::string& at) {
    if (!value.is_string()) throw InputError(at, "expected a string, found " + describe(value));
    return value.get<std::string>();
}

double number_of(const json& value, const std::string& at) {
    if (!value.is_number() || !std::isfinite(value.get<double>())) {
        throw InputError(at, "expected a finite number, found " + describe(value));
    }
    return value.get<double>();
}

std::uint64_t count_of(const json& value, const std::string& at, std::uint64_t low) {
    if (!value.is_number_integer() || value.get<std::int64_t>() < static_cast<std::int64_t>(low)) {
        throw InputError(at, "expected an integer >= " + std::to_string(low) + ", found " + describe(value));
    }
    return value.get<std::uint64_t>();
}

const json& array_of(const json& value, const std::string& at, std::size_t size) {
    if (!value.is_array() || value.size() != size) {
        throw InputError(at, "expected an array of " + std::to_string(size) + ", found " + describe(value));
    }
    return value;
}

ValueRange range_of(const json& value, const std::string& at) {
    const json& pair = array_of(value, at, 2);
    return {number_of(pair[0], at + "/0"), number_of(pair[1], at + "/1")};
}

struct Problem {
    std::vector<std::string> alternatives;
    std::vector<std::string> ids;
    std::vector<Direction> directions;
    std::vector<ValueRange> ranges;
    CellMatrix cells;
    MethodSpec spec;
    Weights weights;
};

std::vector<std::string> unique_names(const json& list, const std::string& at, const char* what) {
    if (!list.is_array() || list.empty()) throw InputError(at, std::string("expected a non-empty array of ") + what);
    std::vector<std::string> names;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string where = at + "/" + std::to_string(i);
        names.push_back(text_of(list[i], where));
        if (!seen.insert(names.back()).second) throw InputError(where, "\"" + names.back() + "\" appears twice");
    }
    return names;
}

MethodSpec read_method(const json& doc) {
    MethodSpec spec;
    const json method = doc.value("method", json("wsm"));
    const json& name = method.is_object() ? member(method, "name", "/method") : method;
    spec.name = parse_method_name(text_of(name, method.is_object() ? "/method/name" : "/method"),
                                  method.is_object() ? "/method/name" : "/method");
    spec.normalization = default_normalization(spec.name);
    if (!method.is_object()) return spec;
    if (method.contains("normalization")) {
        spec.normalization = parse_normalization(text_of(method["normalization"], "/method/normalization"),
                                                 "/method/normalization");
    }
    if (method.contains("v")) spec.v = number_of(method["v"], "/method/v");
    if (method.contains("flow_divisor")) {
        const std::string divisor = text_of(method["flow_divisor"], "/method/flow_divisor");
        if (divisor != "m-1" && divisor != "m") {
            throw InputError("/method/flow_divisor", "expected \"m-1\" or \"m\", found \"" + divisor + "\"");
        }
        spec.flow_divisor = divisor == "m" ? FlowDivisor::alternatives : FlowDivisor::alternatives_minus_one;
    }
    return spec;
}

PreferenceFunction read_preference(const json& criterion, std::size_t j) {
    PreferenceFunction f;
    if (!criterion.contains("preference")) return f;
    const std::string at = criterion_pointer(j, "preference");
    const json& p = criterion["preference"];
    f.shape = parse_preference_shape(text_of(member(p, "function", at), at + "/function"), at + "/function");
    for (auto [key, field] : {std::pair{"q", &f.q}, std::pair{"p", &f.p}, std::pair{"s", &f.s}}) {
        if (p.contains(key)) *field = number_of(p[key], at + "/" + key);
    }
    return f;
}

Weights read_weights(const json& doc, const std::vector<double>& given) {
    const std::string weighting = text_of(doc.value("weighting", json("direct")), "/weighting");
    if (weighting == "direct") return direct_weights(given);
    if (weighting == "swing") return swing_weights(given);
    if (weighting == "roc") {
        std::vector<int> ranks;
        for (std::size_t j = 0; j < given.size(); ++j) {
            if (given[j] != std::floor(given[j])) {
                throw InputError(criterion_pointer(j, "weight"), "the roc weighting expects an integer importance rank");
            }
            ranks.push_back(static_cast<int>(given[j]));
        }
        return rank_order_centroid(ranks);
    }
    throw InputError("/weighting", "expected \"direct\", \"roc\" or \"swing\", found \"" + weighting + "\"");
}

Problem read_problem(const json& doc) {
    if (!doc.is_object()) throw InputError("", "expected a JSON object, found " + describe(doc));
    Problem problem;
    problem.alternatives = unique_names(member(doc, "alternatives", ""), "/alternatives", "alternative names");
    const json& criteria = member(doc, "criteria", "");
    if (!criteria.is_array() || criteria.empty()) throw InputError("/criteria", "expected a non-empty array of criteria");
    problem.spec = read_method(doc);
    std::vector<double> given;
    std::set<std::string> seen;
    for (std::size_t j = 0; j < criteria.size(); ++j) {
        const std::string at = "/criteria/" + std::to_string(j);
        const json& c = criteria[j];
        if (!c.is_object()) throw InputError(at, "expected a criterion object, found " + describe(c));
        problem.ids.push_back(text_of(member(c, "id", at), at + "/id"));
        if (!seen.insert(problem.ids.back()).second) throw InputError(at + "/id", "\"" + problem.ids.back() + "\" appears twice");
        problem.directions.push_back(parse_direction(text_of(member(c, "direction", at), at + "/direction"), at + "/direction"));
        given.push_back(number_of(member(c, "weight", at), at + "/weight"));
        if (problem.spec.normalization == Normalization::range) {
            problem.ranges.push_back(range_of(member(c, "range", at), at + "/range"));
        }
        if (problem.spec.name == MethodName::promethee2) problem.spec.preferences.push_back(read_preference(c, j));
    }
    problem.weights = read_weights(doc, given);

    const std::size_t m = problem.alternatives.size();
    const std::size_t n = problem.ids.size();
    const json& rows = array_of(member(doc, "matrix", ""), "/matrix", m);
    problem.cells = CellMatrix{m, n, {}};
    for (std::size_t i = 0; i < m; ++i) {
        const json& row = array_of(rows[i], "/matrix/" + std::to_string(i), n);
        for (std::size_t j = 0; j < n; ++j) problem.cells.cells.push_back(parse_cell(row[j], detail::cell_pointer(i, j)));
    }
    return problem;
}

std::vector<double> std_vector(const Eigen::VectorXd& v) { return {v.data(), v.data() + v.size()}; }

void add_column(json& results, const char* key, const Eigen::VectorXd& values) {
    for (std::size_t i = 0; i < results.size(); ++i) results[i][key] = values[static_cast<Eigen::Index>(i)];
}

// Fills score and the method's own columns; returns the headline score.
Eigen::VectorXd method_results(const Problem& problem, const Eigen::MatrixXd& matrix, json& out) {
    const Eigen::MatrixXd r = normalize(matrix, problem.directions, problem.spec.normalization, problem.ranges);
    const auto d = directions_after(problem.spec.normalization, problem.directions);
    const Eigen::VectorXd& w = problem.weights.values;
    json& results = out["results"];
    switch (problem.spec.name) {
    case MethodName::wsm: return weighted_sum(r, d, w);
    case MethodName::wpm: return weighted_product(r, d, w);
    case MethodName::topsis: {
        const TopsisResult t = topsis(r, d, w);
        add_column(results, "d_plus", t.d_plus);
        add_column(results, "d_minus", t.d_minus);
        return t.closeness;
    }
    case MethodName::vikor: {
        const VikorResult v = vikor(r, d, w, problem.spec.v);
        add_column(results, "S", v.s);
        add_column(results, "R", v.r);
        add_column(results, "Q", v.q);
        out["compromise_set"] = json::array();
        for (const std::size_t i : v.compromise_set) out["compromise_set"].push_back(problem.alternatives[i]);
        out["acceptable_advantage"] = v.acceptable_advantage;
        out["acceptable_stability"] = v.acceptable_stability;
        return v.q;
    }
    case MethodName::promethee2: {
        const PrometheeResult p = promethee2(r, d, w, problem.spec.preferences, problem.spec.flow_divisor);
        add_column(results, "phi_plus", p.phi_plus);
        add_column(results, "phi_minus", p.phi_minus);
        return p.net_flow;
    }
    }
    return {};
}

std::size_t criterion_index(const Problem& problem, const json& id, const std::string& at) {
    const std::string name = text_of(id, at);
    const auto it = std::find(problem.ids.begin(), problem.ids.end(), name);
    if (it == problem.ids.end()) throw InputError(at, "\"" + name + "\" is not a criterion id");
    return static_cast<std::size_t>(it - problem.ids.begin());
}

WeightModel read_weight_model(const Problem& problem, const json& model) {
    const std::string at = "/smaa/weights";
    if (model.is_string() && model == "uniform") return UniformWeights{};
    if (model.is_string() && model == "fixed") return FixedWeights{problem.weights.values};
    if (model.is_object() && model.contains("order")) {
        OrderedWeights ordered;
        const json& order = array_of(model["order"], at + "/order", problem.ids.size());
        for (std::size_t k = 0; k < order.size(); ++k) {
            ordered.order.push_back(criterion_index(problem, order[k], at + "/order/" + std::to_string(k)));
        }
        return ordered;
    }
    if (model.is_object() && model.contains("intervals")) {
        IntervalWeights intervals{std::vector<ValueRange>(problem.ids.size(), ValueRange{0.0, 1.0})};
        for (const auto& [id, range] : model["intervals"].items()) {
            const std::string where = at + "/intervals/" + id;
            intervals.bounds[criterion_index(problem, json(id), where)] = range_of(range, where);
        }
        return intervals;
    }
    throw InputError(at, "expected \"uniform\", \"fixed\", {\"order\": [ids]} or {\"intervals\": {id: [low, high]}}, found " +
                             describe(model));
}

json row_json(const Eigen::MatrixXd& table, Eigen::Index i) {
    return std_vector(table.row(i).transpose());
}

void add_smaa(const Problem& problem, const json& request, json& out) {
    if (!request.is_object()) throw InputError("/smaa", "expected an object, found " + describe(request));
    SmaaOptions options;
    options.draws = count_of(request.value("draws", json(10000)), "/smaa/draws", 1);
    options.seed = count_of(request.value("seed", json(1)), "/smaa/seed", 0);
    const json model = request.value("weights", json("uniform"));
    options.weights = read_weight_model(problem, model);

    Scorer scorer(problem.spec, problem.directions, problem.ranges);
    // The cells get their own stream so that adding a distribution does not shift the weights.
    const SmaaResult s = problem.cells.all_fixed()
                             ? smaa2(scorer, problem.cells.means(), options)
                             : smaa2(scorer, cell_sampler(problem.cells, options.seed ^ 0x9E3779B97F4A7C15ULL), options);
    json& results = out["results"];
    for (Eigen::Index i = 0; i < static_cast<Eigen::Index>(results.size()); ++i) {
        json& entry = results[static_cast<std::size_t>(i)];
        entry["rank_acceptability"] = row_json(s.rank_acceptability, i);
        entry["rank_acceptability_se"] = row_json(s.rank_acceptability_se, i);
        const bool ever_first = s.first_rank_draws[static_cast<std::size_t>(i)] > 0;
        entry["central_weights"] = ever_first ? row_json(s.central_weights, i) : json(nullptr);
        entry["central_weights_se"] = ever_first ? row_json(s.central_weights_se, i) : json(nullptr);
        entry["confidence_factor"] = s.confidence_factor[i];
        entry["confidence_factor_se"] = s.confidence_factor_se[i];
    }
    out["smaa"] = {{"draws", options.draws}, {"seed", options.seed}, {"weights", model}};
    if (!problem.cells.all_fixed()) {
        out["notes"].push_back("SMAA draws every distribution cell afresh in each draw");
    }
}

void add_data_notes(const Problem& problem, const Eigen::MatrixXd& matrix, json& notes) {
    for (Eigen::Index j = 0; j < matrix.cols(); ++j) {
        const std::string& id = problem.ids[static_cast<std::size_t>(j)];
        if (matrix.col(j).maxCoeff() == matrix.col(j).minCoeff()) {
            notes.push_back("criterion \"" + id + "\" has the same value for every alternative: it separates none");
        }
        if (problem.weights.values[j] == 0.0) notes.push_back("criterion \"" + id + "\" has weight 0: it plays no part");
    }
    if (!problem.cells.all_fixed()) notes.push_back("distribution cells enter the scores at their means");
}

}  // namespace

json rank_document(const json& doc) {
    const Problem problem = read_problem(doc);
    const Eigen::MatrixXd matrix = problem.cells.means();
    const Better better = problem.spec.name == MethodName::vikor ? Better::lower : Better::higher;

    json out;
    out["method"] = to_string(problem.spec.name);
    out["normalization"] = to_string(problem.spec.normalization);
    out["weights"] = json::object();
    for (std::size_t j = 0; j < problem.ids.size(); ++j) out["weights"][problem.ids[j]] = problem.weights.values[static_cast<Eigen::Index>(j)];
    out["notes"] = problem.weights.notes;
    add_data_notes(problem, matrix, out["notes"]);
    out["results"] = json::array();
    for (const auto& name : problem.alternatives) out["results"].push_back({{"alternative", name}});

    const Eigen::VectorXd score = method_results(problem, matrix, out);
    const std::vector<int> ranks = competition_ranks(score, better);
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        out["results"][i]["score"] = score[static_cast<Eigen::Index>(i)];
        out["results"][i]["rank"] = ranks[i];
    }

    Scorer scorer(problem.spec, problem.directions, problem.ranges);
    scorer.set_matrix(matrix);
    const auto intervals = weight_stability(scorer, problem.weights.values);
    out["weight_stability"] = json::object();
    for (std::size_t j = 0; j < intervals.size(); ++j) {
        out["weight_stability"][problem.ids[j]] = {intervals[j].low, intervals[j].high};
    }

    if (doc.contains("smaa")) add_smaa(problem, doc["smaa"], out);
    return out;
}

}  // namespace finmech::criteria
