#include "finmech/criteria/consensus.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace finmech::criteria {
namespace {

// Type 7 quantile of sorted, non-empty `x`.
double quantile_of_sorted(const std::vector<double>& x, double p) {
    const double h = static_cast<double>(x.size() - 1) * p;
    const auto k = static_cast<std::size_t>(std::floor(h));
    if (k + 1 >= x.size()) return x.back();
    return x[k] + (h - static_cast<double>(k)) * (x[k + 1] - x[k]);
}

bool complete(const Eigen::VectorXd& column) { return column.array().isFinite().all(); }

}  // namespace

std::optional<ScoreSummary> summarize_scores(std::span<const double> scores) {
    std::vector<double> x;
    std::copy_if(scores.begin(), scores.end(), std::back_inserter(x),
                 [](double s) { return std::isfinite(s); });
    if (x.empty()) return std::nullopt;
    std::sort(x.begin(), x.end());
    ScoreSummary s;
    s.n = x.size();
    s.mean = std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(x.size());
    s.median = quantile_of_sorted(x, 0.5);
    s.min = x.front();
    s.max = x.back();
    s.iqr = quantile_of_sorted(x, 0.75) - quantile_of_sorted(x, 0.25);
    s.disagreement = s.max - s.min >= disagreement_spread;
    return s;
}

LocalizedText describe(ConcordanceGap gap) {
    switch (gap) {
        case ConcordanceGap::too_few_groups:
            return {"Kendall's W needs the complete scores of at least 2 groups",
                    "Le W de Kendall demande les notes complètes d'au moins 2 groupes"};
        case ConcordanceGap::too_few_mechanisms:
            return {"Kendall's W needs at least 2 mechanisms to rank",
                    "Le W de Kendall demande au moins 2 mécanismes à classer"};
        case ConcordanceGap::all_tied:
            return {"every group gave all mechanisms the same score: no ranking to agree on",
                    "chaque groupe a donné la même note à tous les mécanismes : aucun classement "
                    "sur lequel s'accorder"};
        case ConcordanceGap::none:
            break;
    }
    return {};
}

GroupConcordance group_concordance(const Eigen::MatrixXd& scores) {
    GroupConcordance result;
    result.mechanisms = static_cast<std::size_t>(scores.rows());
    std::vector<Eigen::Index> kept;
    for (Eigen::Index g = 0; g < scores.cols(); ++g)
        if (complete(scores.col(g))) kept.push_back(g);
    result.groups = kept.size();
    if (result.mechanisms < 2) {
        result.gap = ConcordanceGap::too_few_mechanisms;
        return result;
    }
    if (result.groups < 2) {
        result.gap = ConcordanceGap::too_few_groups;
        return result;
    }
    const Eigen::MatrixXd table = scores(Eigen::all, kept);
    const bool all_tied = std::all_of(kept.begin(), kept.end(), [&](Eigen::Index g) {
        return (scores.col(g).array() == scores(0, g)).all();
    });
    if (all_tied) {
        result.gap = ConcordanceGap::all_tied;
        return result;
    }
    result.w = kendall_w(average_ranks(table));
    return result;
}

Consensus consensus(const std::vector<Eigen::MatrixXd>& scores) {
    Consensus c;
    if (scores.empty()) return c;
    const Eigen::Index mechanisms = scores.front().rows(), groups = scores.front().cols();
    Eigen::MatrixXd mean_over_criteria = Eigen::MatrixXd::Zero(mechanisms, groups);
    for (const Eigen::MatrixXd& table : scores) {
        c.per_criterion.push_back(group_concordance(table));
        mean_over_criteria += table / static_cast<double>(scores.size());  // NaN stays NaN
    }
    c.overall = group_concordance(mean_over_criteria);
    for (Eigen::Index i = 0; i < mechanisms; ++i) {
        c.cells.emplace_back();
        for (const Eigen::MatrixXd& table : scores) {
            const Eigen::VectorXd row = table.row(i).transpose();
            c.cells.back().push_back(summarize_scores({row.data(), static_cast<std::size_t>(row.size())}));
        }
    }
    return c;
}

nlohmann::json to_json(const ScoreSummary& s) {
    return {{"n", s.n},           {"mean", s.mean}, {"median", s.median},
            {"min", s.min},       {"max", s.max},   {"iqr", s.iqr},
            {"disagreement", s.disagreement}};
}

nlohmann::json to_json(const GroupConcordance& c) {
    nlohmann::json out{{"groups", c.groups}, {"mechanisms", c.mechanisms}};
    if (!c.w) {
        const LocalizedText why = describe(c.gap);
        out["unavailable"] = {{"fr", why.fr}, {"en", why.en}};
        return out;
    }
    out.update({{"W", c.w->w},
                {"W_corrected", c.w->w_corrected},
                {"S", c.w->s},
                {"chi2", c.w->chi2},
                {"df", c.w->df},
                {"p_value", c.w->p_value}});
    return out;
}

}  // namespace finmech::criteria
