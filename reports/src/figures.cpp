#include "figures.hpp"

#include <cmath>

#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/charts.hpp"
#include "finmech/reports/number_format.hpp"
#include "html.hpp"
#include "results_json.hpp"

namespace finmech::reports::figures {

namespace {

using nlohmann::json;

constexpr double billion = 1e9;
constexpr std::size_t most_tornado_bars = 10;

std::string label_with_rank(const json& result) {
    return std::to_string(result.value("rank", 0)) + ". " + string_at(result, "alternative");
}

// The net revenue series of the mechanism a ranking result is about (null when absent).
const json& net_revenue(const json& results, const json& result) {
    static const json missing;
    const json* m = mechanism(results, string_at(result, "alternative"));
    return m ? member(*m, "net_revenue") : missing;
}

std::vector<double> billions(const json& series, std::string_view statistic) {
    std::vector<double> out;
    const json& values = member(series, statistic);
    if (!values.is_array()) return out;
    for (const auto& v : values) out.push_back(v.is_number() ? v.get<double>() / billion : NAN);
    return out;
}

std::string grid(const std::string& figures) {
    return figures.empty() ? figures : "<div class=\"grid\">\n" + figures + "</div>\n";
}

}  // namespace

std::string ranking(const json& results, Language language) {
    const auto order = ranked(results);
    if (order.empty()) return {};
    const std::size_t middle = middle_year_index(results);
    const std::string year = std::to_string(middle_year(results));
    charts::RankingChart chart{
        {"chart-ranking", message("charts.ranking.title", language, {year}),
         std::string(message("charts.ranking.description", language))},
        message("unit.billions", language, {currency(results)}),
        std::string(message("charts.legend.p50_interval", language)),
        html::compact_format(language),
        {}};
    for (const json* result : order) {
        const json& net = net_revenue(results, *result);
        chart.bars.push_back({label_with_rank(*result), yearly(net, "p5", middle) / billion,
                              yearly(net, "p50", middle) / billion,
                              yearly(net, "p95", middle) / billion});
    }
    return html::figure(charts::ranking_chart(chart), chart.frame.title);
}

std::string fans(const json& results, Language language) {
    std::vector<int> years;
    for (const auto& y : member(results, "years"))
        if (y.is_number_integer()) years.push_back(y.get<int>());
    const std::string unit = message("unit.billions", language, {currency(results)});
    std::string out;
    std::size_t i = 0;
    for (const json* result : ranked(results)) {
        const json& net = net_revenue(results, *result);
        if (net.is_null()) continue;
        const std::string label = label_with_rank(*result);
        const charts::FanChart chart{
            {"chart-fan-" + std::to_string(++i), label,
             message("charts.fan.description", language, {label})},
            unit,
            html::compact_format(language),
            years,
            billions(net, "p5"),
            billions(net, "p50"),
            billions(net, "p95")};
        out += html::figure(charts::fan_chart(chart), label);
    }
    return grid(out);
}

std::string radars(const json& results, Language language) {
    const json& criteria = member(member(results, "ranking"), "criteria");
    if (!criteria.is_array() || criteria.size() < 3) return {};
    std::vector<std::string> axes;
    for (const auto& c : criteria) axes.push_back(localized(member(c, "name"), language));
    std::string out;
    std::size_t i = 0;
    for (const json* result : ranked(results)) {
        std::vector<double> scores;
        for (const auto& c : criteria)
            scores.push_back(
                number_at(member(member(*result, "criteria"), string_at(c, "id")), "score"));
        const std::string label = label_with_rank(*result);
        const charts::RadarChart chart{{"chart-radar-" + std::to_string(++i), label,
                                        message("charts.radar.description", language, {label})},
                                       axes,
                                       {{label, scores}},
                                       1,
                                       5,
                                       html::compact_format(language)};
        out += html::figure(charts::radar_chart(chart), label);
    }
    return grid(out);
}

std::string group_radars(const json& results, Language language) {
    const json& workshop = member(results, "workshop");
    const json& criteria = member(workshop, "criteria");
    const json& groups = member(workshop, "groups");
    if (!criteria.is_array() || criteria.size() < 3 || !groups.is_array()) return {};
    std::vector<std::string> axes;
    for (const auto& id : criteria)
        axes.push_back(
            criterion_name(results, id.is_string() ? id.get<std::string>() : "", language));
    std::string out;
    std::size_t i = 0;
    for (const auto& mechanism : member(workshop, "mechanisms")) {
        const std::string label = mechanism.is_string() ? mechanism.get<std::string>() : "";
        charts::RadarChart chart{{"chart-plenary-radar-" + std::to_string(++i), label,
                                  message("plenary.radar.description", language, {label})},
                                 axes,
                                 {},
                                 1,
                                 5,
                                 html::compact_format(language)};
        for (const auto& group : groups) {
            charts::RadarSeries series{group.is_string() ? group.get<std::string>() : "",
                                       std::vector<double>(criteria.size(), NAN)};
            for (const auto& score : member(workshop, "scores"))
                if (string_at(score, "mechanism") == label &&
                    string_at(score, "group") == series.name && member(score, "score").is_number())
                    for (std::size_t j = 0; j < criteria.size(); ++j)
                        if (criteria[j] == member(score, "criterion"))
                            series.values[j] = score["score"].get<double>();
            chart.series.push_back(std::move(series));
        }
        out += html::figure(charts::radar_chart(chart), label);
    }
    return grid(out);
}

std::string acceptability(const json& results, Language language) {
    const auto order = ranked(results);
    if (order.empty() || !member(*order.front(), "rank_acceptability").is_array()) return {};
    charts::Heatmap chart{{"chart-acceptability",
                           std::string(message("charts.acceptability.title", language)),
                           std::string(message("charts.acceptability.description", language))},
                          std::string(message("charts.rank", language)),
                          {},
                          {},
                          {},
                          [language](double share) {
                              return format_number(100 * share, 0, language);
                          }};
    for (std::size_t r = 0; r < order.size(); ++r) chart.column_labels.push_back(std::to_string(r + 1));
    for (const json* result : order) {
        chart.row_labels.push_back(label_with_rank(*result));
        std::vector<double> row;
        for (const auto& share : member(*result, "rank_acceptability"))
            row.push_back(share.is_number() ? share.get<double>() : NAN);
        chart.cells.push_back(std::move(row));
    }
    return html::figure(charts::heatmap(chart), chart.frame.title);
}

std::string weight_stability(const json& results, Language language) {
    const auto order = ranked(results);
    const json& criteria = member(member(results, "ranking"), "criteria");
    if (order.empty() || !criteria.is_array() || criteria.empty()) return {};
    const std::string top = string_at(*order.front(), "alternative");
    charts::WeightStability chart{
        {"chart-weight-stability", message("charts.weight_stability.title", language, {top}),
         std::string(message("charts.weight_stability.description", language))},
        std::string(message("charts.weight", language)),
        std::string(message("charts.legend.weight", language)),
        std::string(message("charts.legend.stability_interval", language)),
        [language](double w) { return format_number(w, 2, language); },
        {}};
    for (const auto& c : criteria) {
        const json& interval = member(c, "weight_stability");
        const bool known = interval.is_array() && interval.size() == 2 &&
                           interval[0].is_number() && interval[1].is_number();
        chart.criteria.push_back({localized(member(c, "name"), language),
                                  c.value("weight", NAN), known ? interval[0].get<double>() : NAN,
                                  known ? interval[1].get<double>() : NAN});
    }
    return html::figure(charts::weight_stability(chart), chart.frame.title);
}

std::string tornado(const json& results, Language language) {
    const json& sensitivity = member(results, "sensitivity");
    const json& parameters = member(sensitivity, "parameters");
    if (!parameters.is_array() || parameters.empty()) return {};
    const std::string unit = string_at(sensitivity, "unit");
    const bool money = unit == currency(results);
    const double scale = money ? 1 / billion : 1;
    const std::string alternative = string_at(sensitivity, "alternative");
    charts::Tornado chart{
        {"chart-tornado", message("charts.tornado.title", language, {alternative}),
         std::string(message("charts.tornado.description", language))},
        money ? message("unit.billions", language, {unit}) : unit,
        std::string(message("charts.legend.low", language)),
        std::string(message("charts.legend.high", language)),
        std::string(message("charts.legend.base", language)),
        sensitivity.value("base", NAN) * scale,
        html::compact_format(language),
        {}};
    for (const auto& p : parameters) {
        if (chart.bars.size() == most_tornado_bars) break;
        const std::string label = message(
            "charts.tornado.parameter", language,
            {localized(member(p, "label"), language),
             html::compact(p.value("low", NAN), language),
             html::compact(p.value("high", NAN), language)});
        chart.bars.push_back(
            {label, p.value("result_low", NAN) * scale, p.value("result_high", NAN) * scale});
    }
    return html::figure(charts::tornado(chart), chart.frame.title);
}

std::string package_frontiers(const json& results, Language language) {
    const json& packages = member(results, "packages");
    const json& frontiers = member(packages, "frontier");
    if (!frontiers.is_object()) return {};
    const std::size_t t = middle_year_index(results);
    const auto point = [&](const json& p, const std::function<double(const json&)>& merit) {
        std::string options;
        for (const auto& o : member(p, "options"))
            if (o.is_string()) options += (options.empty() ? "" : "; ") + o.get<std::string>();
        return charts::PackagePoint{options, yearly(p, "net_mean", t) / 1e9, merit(p)};
    };
    const std::pair<const char*, std::function<double(const json&)>> views[] = {
        {"value", [](const json& p) { return number_at(p, "value"); }},
        {"vertical_equity",
         [](const json& p) { return number_at(member(p, "scores"), "vertical_equity"); }}};
    std::string out;
    for (const auto& [view, merit] : views) {
        const json& list = member(frontiers, view);
        if (!list.is_array() || list.empty()) continue;
        const bool value = std::string_view(view) == "value";
        charts::FrontierChart chart{
            {std::string("chart-frontier-") + view,
             message(value ? "charts.frontier.value.title" : "charts.frontier.equity.title", language,
                     {std::to_string(middle_year(results))}),
             ""},
            message("unit.billions", language, {currency(results)}),
            std::string(message(value ? "charts.frontier.value.axis" : "charts.frontier.equity.axis",
                                language)),
            html::compact_format(language),
            html::compact_format(language),
            {}, {}, {},
            std::string(message("charts.frontier.legend", language)),
            std::string(message("charts.frontier.best", language)),
            std::string(message("charts.frontier.named", language))};
        chart.frame.description = chart.frame.title;
        for (const auto& p : list) chart.frontier.push_back(point(p, merit));
        if (member(packages, "best").is_object()) chart.best.push_back(point(packages["best"], merit));
        for (const auto& p : member(packages, "named")) chart.named.push_back(point(p, merit));
        out += html::figure(charts::frontier_chart(chart), chart.frame.title);
    }
    return out;
}

}  // namespace finmech::reports::figures
