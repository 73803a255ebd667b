// Conformance: every WSM, WPM, TOPSIS, VIKOR, PROMETHEE II and SMAA-2 vector of the published
// worked examples, read as it is and checked against its `expected` at its own tolerance.
#include "finmech/criteria/cell_distribution.hpp"
#include "finmech/criteria/methods.hpp"
#include "finmech/criteria/normalization.hpp"
#include "finmech/criteria/promethee.hpp"
#include "finmech/criteria/ranking.hpp"
#include "finmech/criteria/scorer.hpp"
#include "finmech/criteria/smaa.hpp"
#include "finmech/criteria/weights.hpp"
#include "mcda_vectors.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

namespace finmech::criteria {
namespace {

using Json = nlohmann::ordered_json;
using testing::load_mcda_vectors;

Eigen::MatrixXd matrix_of(const Json& rows) {
    Eigen::MatrixXd m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows[0].size()));
    for (Eigen::Index i = 0; i < m.rows(); ++i) {
        for (Eigen::Index j = 0; j < m.cols(); ++j) m(i, j) = rows[i][j].get<double>();
    }
    return m;
}

Eigen::VectorXd vector_of(const Json& values) {
    const auto v = values.get<std::vector<double>>();
    return Eigen::Map<const Eigen::VectorXd>(v.data(), static_cast<Eigen::Index>(v.size()));
}

std::vector<Direction> directions_of(const Json& parameters) {
    std::vector<Direction> d;
    for (const auto& type : parameters.at("criteria_types")) d.push_back(parse_direction(type.get<std::string>(), "criteria_types"));
    return d;
}

// The file's weights as its notes say they were used: raw where a note says they deliberately do
// not sum to 1, divided by their sum otherwise.
Eigen::VectorXd weights_of(const Json& parameters) {
    const Eigen::VectorXd raw = vector_of(parameters.at("weights"));
    const std::string note = parameters.value("weights_note", "");
    if (note.find("do NOT sum to 1") != std::string::npos) return raw;
    const auto w = raw.eval();
    return direct_weights(std::span<const double>(w.data(), static_cast<std::size_t>(w.size()))).values;
}

Normalization normalization_of(const Json& parameters) {
    const std::string key = parameters.value("norm_key", "none");
    return parse_normalization(key == "max_linear" ? "max" : key, "norm_key");
}

// numpy.isclose semantics: |actual - expected| <= abs + rel * |expected|.
struct Tolerance {
    double abs = 0.0;
    double rel = 0.0;
};

Tolerance tolerance_of(const Json& vector, const char* abs_key = "abs") {
    const Json& t = vector.at("tolerance");
    return {t.at(abs_key).get<double>(), t.value("rel", 0.0)};
}

void expect_close(const Eigen::VectorXd& actual, const Json& expected, Tolerance tol, const std::string& what) {
    ASSERT_EQ(actual.size(), static_cast<Eigen::Index>(expected.size())) << what;
    for (Eigen::Index i = 0; i < actual.size(); ++i) {
        const double e = expected[static_cast<std::size_t>(i)].get<double>();
        EXPECT_LE(std::abs(actual[i] - e), tol.abs + tol.rel * std::abs(e))
            << what << "[" << i << "] = " << actual[i] << ", expected " << e;
    }
}

void expect_ranking(const Eigen::VectorXd& scores, Better better, const Json& expected, const std::string& what) {
    EXPECT_EQ(competition_ranks(scores, better), expected.get<std::vector<int>>()) << what;
}

// Runs `check` on every vector of `method`, traced by its id; there must be at least one.
void for_each_vector(const std::filesystem::path& dir, std::string_view method,
                     const std::function<void(const Json&)>& check) {
    const auto vectors = load_mcda_vectors(dir, method);
    ASSERT_FALSE(vectors.empty()) << "no " << method << " vector";
    for (const auto& vector : vectors) {
        SCOPED_TRACE(vector.at("id").get<std::string>());
        check(vector);
    }
}

struct Prepared {
    Eigen::MatrixXd r;
    std::vector<Direction> directions;
    Eigen::VectorXd w;
};

Prepared prepare(const Json& vector) {
    const Json& parameters = vector.at("parameters");
    const Normalization n = normalization_of(parameters);
    const auto directions = directions_of(parameters);
    return {normalize(matrix_of(vector.at("decision_matrix")), directions, n),
            directions_after(n, directions), weights_of(parameters)};
}

TEST(ConformanceMethods, WeightedSum) {
    FINMECH_REQUIRE_MCDA_VECTORS(dir);
    for_each_vector(dir, "WSM", [](const Json& vector) {
        const Prepared p = prepare(vector);
        const Eigen::VectorXd score = weighted_sum(p.r, p.directions, p.w);
        const Json& expected = vector.at("expected");
        expect_close(score, expected.at("scores"), tolerance_of(vector), "score");
        if (expected.contains("ranking")) expect_ranking(score, Better::higher, expected.at("ranking"), "ranking");
    });
}

TEST(ConformanceMethods, WeightedProduct) {
    FINMECH_REQUIRE_MCDA_VECTORS(dir);
    for_each_vector(dir, "WPM", [](const Json& vector) {
        const Prepared p = prepare(vector);
        expect_close(weighted_product(p.r, p.directions, p.w), vector.at("expected").at("scores"),
                     tolerance_of(vector), "score");
    });
}

TEST(ConformanceMethods, Topsis) {
    FINMECH_REQUIRE_MCDA_VECTORS(dir);
    for_each_vector(dir, "TOPSIS", [](const Json& vector) {
        const Prepared p = prepare(vector);
        const TopsisResult result = topsis(p.r, p.directions, p.w);
        const Json& expected = vector.at("expected");
        const Tolerance tol = tolerance_of(vector);
        expect_close(result.closeness, expected.at("scores"), tol, "closeness");
        expect_ranking(result.closeness, Better::higher, expected.at("ranking"), "ranking");
        if (expected.contains("PIS")) expect_close(result.ideal, expected.at("PIS"), tol, "PIS");
        if (expected.contains("NIS")) expect_close(result.anti_ideal, expected.at("NIS"), tol, "NIS");
        if (expected.contains("S_plus")) expect_close(result.d_plus, expected.at("S_plus"), tol, "S+");
        if (expected.contains("S_minus")) expect_close(result.d_minus, expected.at("S_minus"), tol, "S-");
    });
}

TEST(ConformanceMethods, Vikor) {
    FINMECH_REQUIRE_MCDA_VECTORS(dir);
    for_each_vector(dir, "VIKOR", [](const Json& vector) {
        const Prepared p = prepare(vector);
        const VikorResult result = vikor(p.r, p.directions, p.w, vector.at("parameters").at("v").get<double>());
        const Json& expected = vector.at("expected");
        const Tolerance tol = tolerance_of(vector);
        expect_close(result.s, expected.at("S"), tol, "S");
        expect_close(result.r, expected.at("R"), tol, "R");
        expect_close(result.q, expected.at("Q"), tol, "Q");
        if (expected.contains("ranking_by_Q")) expect_ranking(result.q, Better::lower, expected.at("ranking_by_Q"), "ranking by Q");
        EXPECT_EQ(result.acceptable_advantage, expected.at("acceptable_advantage").get<bool>());
        EXPECT_EQ(result.acceptable_stability, expected.at("acceptable_stability").get<bool>());
        // The published set is a set; this project lists it in order of Q.
        auto compromise = result.compromise_set;
        auto published = expected.at("compromise_set").get<std::vector<std::size_t>>();
        std::sort(compromise.begin(), compromise.end());
        std::sort(published.begin(), published.end());
        EXPECT_EQ(compromise, published);
    });
}

std::vector<PreferenceFunction> preference_functions_of(const Json& parameters) {
    const Json& names = parameters.contains("pf_key") ? parameters.at("pf_key") : parameters.at("preference_functions");
    const auto threshold = [&](const char* key, std::size_t j) {
        const Json& values = parameters.value(key, Json());
        return values.is_array() ? values[j].get<double>() : 0.0;
    };
    std::vector<PreferenceFunction> functions;
    for (std::size_t j = 0; j < names.size(); ++j) {
        functions.push_back({parse_preference_shape(names[j].get<std::string>(), "pf_key"),
                             threshold("q", j), threshold("p", j), threshold("s", j)});
    }
    return functions;
}

// "n-1" (Brans) or "n (R MCDA divides ...)".
FlowDivisor flow_divisor_of(const Json& parameters) {
    const std::string text = parameters.value("flow_divisor", "n-1");
    return text.rfind("n-1", 0) == 0 ? FlowDivisor::alternatives_minus_one : FlowDivisor::alternatives;
}

TEST(ConformanceMethods, PrometheeII) {
    FINMECH_REQUIRE_MCDA_VECTORS(dir);
    for_each_vector(dir, "PROMETHEE II", [](const Json& vector) {
        const Prepared p = prepare(vector);
        const Json& parameters = vector.at("parameters");
        const PrometheeResult result = promethee2(p.r, p.directions, p.w, preference_functions_of(parameters),
                                                  flow_divisor_of(parameters));
        const Json& expected = vector.at("expected");
        const Tolerance tol = tolerance_of(vector);
        if (expected.contains("net_flow")) expect_close(result.net_flow, expected.at("net_flow"), tol, "net flow");
        if (expected.contains("phi_plus_div_n")) expect_close(result.phi_plus, expected.at("phi_plus_div_n"), tol, "phi+");
        if (expected.contains("phi_minus_div_n")) expect_close(result.phi_minus, expected.at("phi_minus_div_n"), tol, "phi-");
        expect_ranking(result.net_flow, Better::higher, expected.at("ranking"), "ranking");
    });
}

// Rank acceptabilities and central weights as alternatives x columns, from either a list of rows
// or an object keyed by alternative name in file order.
Eigen::MatrixXd table_of(const Json& value) {
    Json rows = Json::array();
    if (value.is_object()) {
        for (const auto& [name, row] : value.items()) rows.push_back(row);
    } else {
        rows = value;
    }
    return matrix_of(rows);
}

Eigen::VectorXd column_of(const Json& value) {
    Json values = Json::array();
    for (const auto& [name, x] : value.items()) values.push_back(x);
    return vector_of(values);
}

void expect_table_close(const Eigen::MatrixXd& actual, const Eigen::MatrixXd& expected, double tol, const std::string& what) {
    ASSERT_EQ(actual.rows(), expected.rows()) << what;
    ASSERT_EQ(actual.cols(), expected.cols()) << what;
    EXPECT_LE((actual - expected).cwiseAbs().maxCoeff(), tol) << what << ":\n" << actual << "\nexpected\n" << expected;
}

void expect_smaa(const SmaaResult& result, const Json& vector) {
    const Json& expected = vector.at("expected");
    const Json& tolerance = vector.at("tolerance");
    const double tol_acceptability = tolerance.at("abs_rank_acceptability").get<double>();
    // Central weights use their own tolerance where the file gives one; confidence factors are
    // probabilities like the acceptabilities and share their tolerance.
    const double tol_weights = tolerance.value("abs_central_weights", tol_acceptability);
    expect_table_close(result.rank_acceptability, table_of(expected.at("rank_acceptability")), tol_acceptability,
                       "rank acceptability");
    expect_table_close(result.central_weights, table_of(expected.at("central_weights")), tol_weights,
                       "central weights");
    const Json& confidence = expected.contains("confidence_factors") ? expected.at("confidence_factors")
                                                                     : expected.at("confidence_factor");
    const Eigen::VectorXd published = confidence.is_object() ? column_of(confidence) : vector_of(confidence);
    EXPECT_LE((result.confidence_factor - published).cwiseAbs().maxCoeff(), tol_acceptability)
        << result.confidence_factor.transpose();
}

TEST(ConformanceMethods, Smaa2) {
    FINMECH_REQUIRE_MCDA_VECTORS(dir);
    for_each_vector(dir, "SMAA-2", [](const Json& vector) {
        const Json& parameters = vector.at("parameters");
        if (vector.contains("decision_matrix")) {
            // Exact values already on a [0, 1] value scale: additive model, no normalisation.
            const Eigen::MatrixXd matrix = matrix_of(vector.at("decision_matrix"));
            MethodSpec additive;
            additive.normalization = Normalization::none;
            Scorer scorer(additive, std::vector<Direction>(static_cast<std::size_t>(matrix.cols()), Direction::benefit));
            // The file's tolerance is stated for 10^6 draws.
            expect_smaa(smaa2(scorer, matrix, {1'000'000, 20240601, UniformWeights{}}), vector);
            return;
        }
        // Beta measurements through decreasing linear partial value functions over pvf_ranges.
        std::vector<ValueRange> ranges;
        for (const auto& [key, range] : parameters.at("pvf_ranges").items()) {
            ranges.push_back({range[0].get<double>(), range[1].get<double>()});
        }
        const Json& measurements = parameters.at("measurements").at("params");
        CellMatrix cells{measurements.size(), ranges.size(), {}};
        for (const auto& [alternative, row] : measurements.items()) {
            for (const auto& [criterion, ab] : row.items()) {
                cells.cells.emplace_back(BetaCell{ab[0].get<double>(), ab[1].get<double>()});
            }
        }
        MethodSpec value_functions;
        value_functions.normalization = Normalization::range;
        Scorer scorer(value_functions, std::vector<Direction>(ranges.size(), Direction::cost), ranges);
        expect_smaa(smaa2(scorer, cell_sampler(cells, 7), {100'000, 20240601, UniformWeights{}}), vector);
    });
}

}  // namespace
}  // namespace finmech::criteria
