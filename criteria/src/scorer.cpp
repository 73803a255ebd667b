#include "finmech/criteria/scorer.hpp"

#include "finmech/criteria/input_error.hpp"
#include "json_pointer.hpp"
#include "method_kernels.hpp"

#include <array>
#include <utility>

namespace finmech::criteria {
namespace {

constexpr std::array<std::pair<MethodName, std::string_view>, 5> method_names{{
    {MethodName::wsm, "wsm"},
    {MethodName::wpm, "wpm"},
    {MethodName::topsis, "topsis"},
    {MethodName::vikor, "vikor"},
    {MethodName::promethee2, "promethee2"},
}};

}  // namespace

MethodName parse_method_name(std::string_view text, const std::string& location) {
    for (const auto& [name, spelling] : method_names) {
        if (text == spelling) return name;
    }
    throw InputError(location, "expected one of wsm, wpm, topsis, vikor, promethee2; found \"" +
                                   std::string(text) + "\"");
}

std::string_view to_string(MethodName name) {
    for (const auto& [known, spelling] : method_names) {
        if (known == name) return spelling;
    }
    return "wsm";
}

Normalization default_normalization(MethodName name) {
    switch (name) {
    case MethodName::wsm: return Normalization::minmax;
    case MethodName::wpm: return Normalization::max;
    case MethodName::topsis: return Normalization::vector;
    case MethodName::vikor:
    case MethodName::promethee2: return Normalization::none;
    }
    return Normalization::none;
}

Scorer::Scorer(MethodSpec spec, std::vector<Direction> directions, std::vector<ValueRange> ranges)
    : spec_(std::move(spec)),
      directions_(std::move(directions)),
      effective_(directions_after(spec_.normalization, directions_)),
      ranges_(std::move(ranges)) {
    if (spec_.name == MethodName::promethee2) {
        if (spec_.preferences.empty()) spec_.preferences.resize(directions_.size());
        if (spec_.preferences.size() != directions_.size()) {
            throw InputError("/criteria", "expected one preference function per criterion");
        }
        for (std::size_t j = 0; j < spec_.preferences.size(); ++j) {
            validate(spec_.preferences[j], detail::criterion_pointer(j, "preference"));
        }
    }
    if (!(spec_.v >= 0.0 && spec_.v <= 1.0)) {
        throw InputError("/method/v", "expected v in [0, 1], found " + std::to_string(spec_.v));
    }
}

void Scorer::set_matrix(const Eigen::MatrixXd& raw) {
    normalized_ = normalize(raw, directions_, spec_.normalization, ranges_);
    if (spec_.name == MethodName::wpm) detail::require_product_domain(normalized_, effective_);
    if (spec_.name == MethodName::promethee2) {
        const UnicriterionFlows flows =
            unicriterion_flows(normalized_, effective_, spec_.preferences, spec_.flow_divisor);
        flows_plus_minus_ = flows.plus - flows.minus;
    }
    scratch_a_.resize(raw.rows());
    scratch_b_.resize(raw.rows());
}

void Scorer::score(const Eigen::VectorXd& w, Eigen::Ref<Eigen::VectorXd> out) {
    switch (spec_.name) {
    case MethodName::wsm: detail::weighted_sum_into(normalized_, effective_, w, out); return;
    case MethodName::wpm: detail::weighted_product_into(normalized_, effective_, w, out); return;
    case MethodName::topsis:
        detail::topsis_into(normalized_, effective_, w, out, scratch_a_, scratch_b_);
        return;
    case MethodName::vikor:
        detail::vikor_into(normalized_, effective_, w, spec_.v, scratch_a_, scratch_b_, out);
        return;
    case MethodName::promethee2: out.noalias() = flows_plus_minus_ * w; return;
    }
}

Better Scorer::better() const {
    return spec_.name == MethodName::vikor ? Better::lower : Better::higher;
}

}  // namespace finmech::criteria
