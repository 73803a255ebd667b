#include "finmech/criteria/ahp_document.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <optional>
#include <string_view>
#include <vector>

#include "finmech/criteria/ahp.hpp"
#include "finmech/criteria/ahp_completion.hpp"
#include "finmech/criteria/ahp_group.hpp"
#include "finmech/criteria/input_error.hpp"
#include "fixed_text.hpp"
#include "finmech/criteria/ranking.hpp"

namespace finmech::criteria {
namespace {

using nlohmann::json;

std::string index_pointer(const std::string& parent, std::size_t i) {
    return parent + "/" + std::to_string(i);
}

std::optional<double> parse_number(std::string_view text) {
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// A judgement: a number, "a" or "a/b" (spaces allowed around the slash), or null (missing).
std::optional<double> parse_entry(const json& value, const std::string& where) {
    if (value.is_null()) return std::nullopt;
    if (value.is_number()) return value.get<double>();
    if (value.is_string()) {
        std::string text = value.get<std::string>();
        std::erase(text, ' ');
        const auto slash = text.find('/');
        const auto numerator = parse_number(std::string_view(text).substr(0, slash));
        const auto denominator = slash == std::string::npos
                                     ? std::optional<double>(1.0)
                                     : parse_number(std::string_view(text).substr(slash + 1));
        if (numerator && denominator && *denominator != 0.0) return *numerator / *denominator;
    }
    throw InputError(
        where, "expected a number, a fraction such as \"1/3\", or null; found " + value.dump());
}

IncompleteMatrix parse_matrix(const json& value, std::size_t n, const std::string& where,
                              std::string_view row_name) {
    const auto shape_error = [&](const std::string& at, std::size_t found) {
        return InputError(at, "expected " + std::to_string(n) + " entries, one per " +
                                  std::string(row_name) + "; found " + std::to_string(found));
    };
    if (!value.is_array())
        throw InputError(where, "expected an array of rows; found " + value.dump());
    if (value.size() != n) throw shape_error(where, value.size());
    IncompleteMatrix matrix(n);
    for (std::size_t i = 0; i < n; ++i) {
        const json& row = value[i];
        const std::string row_at = index_pointer(where, i);
        if (!row.is_array()) throw InputError(row_at, "expected an array; found " + row.dump());
        if (row.size() != n) throw shape_error(row_at, row.size());
        for (std::size_t j = 0; j < n; ++j) {
            matrix[i].push_back(parse_entry(row[j], index_pointer(row_at, j)));
        }
    }
    return matrix;
}

PairwiseCompletion read_pairwise(const json& value, std::size_t n, const std::string& where,
                                 std::string_view row_name) {
    return complete_pairwise(parse_matrix(value, n, where, row_name), where);
}

std::vector<std::string> parse_names(const json& doc, const std::string& key) {
    const std::string where = "/" + key;
    const json& value = doc.at(key);
    if (!value.is_array() || value.empty()) {
        throw InputError(where, "expected a non-empty array of names; found " + value.dump());
    }
    std::vector<std::string> names;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!value[i].is_string() || value[i].get<std::string>().empty()) {
            throw InputError(index_pointer(where, i),
                             "expected a non-empty string; found " + value[i].dump());
        }
        if (std::find(names.begin(), names.end(), value[i].get<std::string>()) != names.end()) {
            throw InputError(index_pointer(where, i),
                             "expected unique names; found " + value[i].dump() + " twice");
        }
        names.push_back(value[i].get<std::string>());
    }
    return names;
}

std::string string_option(const json& doc, const std::string& key, std::string_view fallback) {
    if (!doc.contains(key)) return std::string(fallback);
    if (!doc[key].is_string()) {
        throw InputError("/" + key, "expected a string; found " + doc[key].dump());
    }
    return doc[key].get<std::string>();
}

json matrix_json(const Eigen::MatrixXd& a) {
    json rows = json::array();
    for (Eigen::Index i = 0; i < a.rows(); ++i) {
        json row = json::array();
        for (Eigen::Index j = 0; j < a.cols(); ++j) row.push_back(a(i, j));
        rows.push_back(row);
    }
    return rows;
}

json named_values(const std::vector<std::string>& names, const Eigen::VectorXd& values) {
    json object = json::object();
    for (std::size_t i = 0; i < names.size(); ++i) {
        object[names[i]] = values(static_cast<Eigen::Index>(i));
    }
    return object;
}

void put_consistency(json& out, const Consistency& c) {
    out["lambda_max"] = c.lambda_max;
    out["ci"] = c.ci;
    out["cr"] = c.cr;
    out["consistent"] = c.consistent();
    out["congruence"] = c.congruence;
    out["dissonance"] = c.dissonance;
    out["koczkodaj"] = c.koczkodaj;
}

json ranking_json(const std::vector<std::string>& names, const Eigen::VectorXd& scores) {
    const auto ranks = competition_ranks(scores, Better::higher);
    json ranking = json::object();
    for (std::size_t i = 0; i < names.size(); ++i) ranking[names[i]] = ranks[i];
    return ranking;
}

struct Settings {
    PriorityMethod method;
    std::string random_index;
};

// Criteria weights of a group: every judge's own result, then the aggregate.
void weigh_group(const json& doc, const std::vector<std::string>& criteria,
                 const Settings& settings, json& out) {
    const json& judges = doc["judges"];
    if (!judges.is_array() || judges.empty()) {
        throw InputError("/judges",
                         "expected a non-empty array of matrices; found " + judges.dump());
    }
    const auto aggregation =
        group_aggregation_from_name(string_option(doc, "aggregation", "aij"), "/aggregation");
    std::vector<Eigen::MatrixXd> matrices;
    std::vector<Eigen::VectorXd> priorities;
    std::vector<Consistency> consistencies;
    out["judges"] = json::array();
    for (std::size_t k = 0; k < judges.size(); ++k) {
        const std::string where = index_pointer("/judges", k);
        const auto completion = read_pairwise(judges[k], criteria.size(), where, "criterion");
        const auto own =
            ahp_weights(completion.matrix, settings.method, settings.random_index, where);
        json judge;
        judge["weights"] = named_values(criteria, own.weights);
        put_consistency(judge, own.consistency);
        if (completion.had_gaps) judge["completed_matrix"] = matrix_json(completion.matrix);
        out["judges"].push_back(judge);
        matrices.push_back(completion.matrix);
        priorities.push_back(own.weights);
        consistencies.push_back(own.consistency);
    }
    out["aggregation"] = group_aggregation_name(aggregation);
    if (aggregation == GroupAggregation::aij) {
        const Eigen::MatrixXd group = aggregate_judgements(matrices);
        const auto result = ahp_weights(group, settings.method, settings.random_index, "/judges");
        out["aggregated_matrix"] = matrix_json(group);
        out["weights"] = named_values(criteria, result.weights);
        put_consistency(out, result.consistency);
    } else {
        // No group matrix exists: report the least consistent judge.
        out["weights"] = named_values(criteria, aggregate_priorities(priorities));
        put_consistency(out, *std::max_element(consistencies.begin(), consistencies.end(),
                                               [](const Consistency& a, const Consistency& b) {
                                                   return a.cr < b.cr;
                                               }));
    }
}

void synthesise(const json& doc, const std::vector<std::string>& criteria,
                const Eigen::VectorXd& weights, const Settings& settings, json& out) {
    const auto alternatives = parse_names(doc, "alternatives");
    if (!doc.contains("alternative_matrices") || !doc["alternative_matrices"].is_object()) {
        throw InputError("/alternative_matrices",
                         "expected an object with one pairwise matrix of the alternatives per "
                         "criterion, since \"alternatives\" is given");
    }
    const json& given = doc["alternative_matrices"];
    for (const auto& [key, value] : given.items()) {
        if (std::find(criteria.begin(), criteria.end(), key) == criteria.end()) {
            throw InputError("/alternative_matrices/" + key,
                             "expected a criterion listed in \"criteria\"; found \"" + key + "\"");
        }
    }
    const auto m = alternatives.size();
    Eigen::MatrixXd local(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(criteria.size()));
    out["alternative_consistency"] = json::object();
    for (std::size_t c = 0; c < criteria.size(); ++c) {
        const std::string where = "/alternative_matrices/" + criteria[c];
        if (!given.contains(criteria[c])) {
            throw InputError(where, "expected the pairwise matrix of the alternatives on \"" +
                                        criteria[c] + "\"; found none");
        }
        const auto completion = read_pairwise(given[criteria[c]], m, where, "alternative");
        const auto result =
            ahp_weights(completion.matrix, settings.method, settings.random_index, where);
        local.col(static_cast<Eigen::Index>(c)) = result.weights;
        put_consistency(out["alternative_consistency"][criteria[c]], result.consistency);
        if (completion.had_gaps) {
            out["completed_alternative_matrices"][criteria[c]] = matrix_json(completion.matrix);
        }
    }
    const Eigen::VectorXd scores = synthesise_hierarchy(weights, local);
    out["alternatives"] = alternatives;
    out["scores"] = named_values(alternatives, scores);
    out["ranking"] = ranking_json(alternatives, scores);
}

}  // namespace

json ahp_document(const json& doc) {
    if (!doc.is_object()) throw InputError("", "expected a JSON object; found " + doc.dump());
    if (!doc.contains("criteria"))
        throw InputError("/criteria", "expected the criterion ids; found none");
    const auto criteria = parse_names(doc, "criteria");
    const Settings settings{
        priority_method_from_name(string_option(doc, "method", "eigenvector"), "/method"),
        string_option(doc, "random_index", default_random_index_table)};
    random_index(settings.random_index, 1);  // rejects an unknown table name early

    json out;
    out["criteria"] = criteria;
    out["method"] = priority_method_name(settings.method);
    out["random_index"] = settings.random_index;
    const bool group = doc.contains("judges");
    if (group == doc.contains("matrix")) {
        throw InputError(group ? "/judges" : "/matrix",
                         group ? "expected either \"matrix\" or \"judges\"; found both"
                               : "expected the pairwise matrix of the criteria; found none");
    }
    if (group) {
        weigh_group(doc, criteria, settings, out);
    } else {
        const auto completion =
            read_pairwise(doc["matrix"], criteria.size(), "/matrix", "criterion");
        const auto result =
            ahp_weights(completion.matrix, settings.method, settings.random_index, "/matrix");
        out["weights"] = named_values(criteria, result.weights);
        put_consistency(out, result.consistency);
        if (completion.had_gaps) out["completed_matrix"] = matrix_json(completion.matrix);
    }
    if (doc.contains("alternatives") || doc.contains("alternative_matrices")) {
        if (!doc.contains("alternatives")) {
            throw InputError("/alternatives",
                             "expected the alternative names, since "
                             "\"alternative_matrices\" is given; found none");
        }
        Eigen::VectorXd weights(static_cast<Eigen::Index>(criteria.size()));
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            weights(static_cast<Eigen::Index>(c)) = out["weights"][criteria[c]].get<double>();
        }
        synthesise(doc, criteria, weights, settings, out);
    }
    return out;
}

std::string format_ahp_text(const json& result) {
    std::string text = "AHP weights (" + result["method"].get<std::string>() +
                       ", random index table " + result["random_index"].get<std::string>() + ")\n";
    for (const auto& id : result["criteria"]) {
        text += "  " + id.get<std::string>() + "  " +
                fixed(result["weights"][id.get<std::string>()].get<double>(), 4) + "\n";
    }
    text += "lambda_max " + fixed(result["lambda_max"].get<double>(), 4) + ", CI " +
            fixed(result["ci"].get<double>(), 4) + ", CR " + fixed(result["cr"].get<double>(), 4) +
            (result["consistent"].get<bool>()
                 ? " (consistent: CR <= 0.10)\n"
                 : " (NOT consistent: CR > 0.10, revise the judgements)\n");
    if (result.contains("aggregation")) {
        text += "Group of " + std::to_string(result["judges"].size()) + " judges, aggregation " +
                result["aggregation"].get<std::string>() +
                (result["aggregation"] == "aip" ? " (consistency of the least consistent judge)\n"
                                                : "\n");
        for (std::size_t k = 0; k < result["judges"].size(); ++k) {
            text += "  judge " + std::to_string(k + 1) + ": CR " +
                    fixed(result["judges"][k]["cr"].get<double>(), 4) + "\n";
        }
    }
    if (result.contains("completed_matrix")) {
        text += "Missing judgements were completed (lambda_max-minimising); completed matrix:\n";
        for (const auto& row : result["completed_matrix"]) {
            for (const auto& x : row) text.append("  ").append(fixed(x.get<double>(), 4));
            text += "\n";
        }
    }
    if (result.contains("scores")) {
        text += "Global priorities (rank, alternative, priority):\n";
        auto alternatives = result["alternatives"].get<std::vector<std::string>>();
        std::stable_sort(alternatives.begin(), alternatives.end(),
                         [&](const std::string& a, const std::string& b) {
                             return result["ranking"][a].get<int>() <
                                    result["ranking"][b].get<int>();
                         });
        for (const auto& name : alternatives) {
            text += "  " + std::to_string(result["ranking"][name].get<int>()) + "  " + name + "  " +
                    fixed(result["scores"][name].get<double>(), 4) + "\n";
        }
    }
    return text;
}

}  // namespace finmech::criteria
