#pragma once

#include "finmech/criteria/normalization.hpp"
#include "finmech/criteria/promethee.hpp"
#include "finmech/criteria/ranking.hpp"

#include <Eigen/Core>

#include <string>
#include <string_view>
#include <vector>

namespace finmech::criteria {

enum class MethodName { wsm, wpm, topsis, vikor, promethee2 };

MethodName parse_method_name(std::string_view text, const std::string& location);
std::string_view to_string(MethodName name);

// The normalisation a method uses unless told otherwise: minmax for the weighted sum, max for the
// weighted product (minmax would put a 0 in every product), vector for TOPSIS (Hwang & Yoon), none
// for VIKOR (it rescales by itself) and PROMETHEE II (thresholds are in the criterion's units).
Normalization default_normalization(MethodName name);

// Everything that fixes how one method turns a decision matrix and weights into scores.
struct MethodSpec {
    MethodName name = MethodName::wsm;
    Normalization normalization = Normalization::minmax;
    double v = 0.5;                                  // VIKOR
    std::vector<PreferenceFunction> preferences;     // PROMETHEE II, one per criterion
    FlowDivisor flow_divisor = FlowDivisor::alternatives_minus_one;
};

// The headline score of one method: the weighted sum or product, TOPSIS closeness, VIKOR Q (lower
// is better) or PROMETHEE II net flow. A matrix is prepared once (normalised; for PROMETHEE its
// unicriterion flows computed) and then scored under many weight vectors without allocating:
// this is the inner loop of SMAA and of the weight stability search.
class Scorer {
public:
    // Checks the spec against the criteria (InputError on a mismatch or a bad threshold).
    Scorer(MethodSpec spec, std::vector<Direction> directions, std::vector<ValueRange> ranges = {});

    // Normalises a raw matrix (alternatives x criteria) and keeps what scoring needs.
    void set_matrix(const Eigen::MatrixXd& raw);

    // Scores of every alternative of the last matrix under weights w (one per criterion, >= 0).
    void score(const Eigen::VectorXd& w, Eigen::Ref<Eigen::VectorXd> out);

    Better better() const;
    const MethodSpec& spec() const { return spec_; }
    // The last matrix after normalisation, and the directions that still apply to it.
    const Eigen::MatrixXd& normalized() const { return normalized_; }
    const std::vector<Direction>& effective_directions() const { return effective_; }

private:
    MethodSpec spec_;
    std::vector<Direction> directions_;
    std::vector<Direction> effective_;
    std::vector<ValueRange> ranges_;
    Eigen::MatrixXd normalized_;
    Eigen::MatrixXd flows_plus_minus_;  // PROMETHEE: unicriterion phi+ - phi-
    Eigen::VectorXd scratch_a_;
    Eigen::VectorXd scratch_b_;
};

}  // namespace finmech::criteria
