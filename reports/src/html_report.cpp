#include "finmech/reports/html_report.hpp"

#include <cmath>

#include "figures.hpp"
#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/number_format.hpp"
#include "finmech/reports/tables.hpp"
#include "html.hpp"

namespace finmech::reports {

namespace {

using html::member;
using nlohmann::json;

constexpr std::size_t recommended_count = 3;

std::string text(std::string_view key, Language language) { return std::string(message(key, language)); }

std::string not_available(Language language) {
    return html::paragraph(message("common.not_available", language), "note");
}

std::string section(std::string_view id, Language language, const std::string& body) {
    return "<section id=\"" + std::string(id) + "\">\n<h2>" +
           html::escape(message("report.section." + std::string(id), language)) + "</h2>\n" +
           body + "</section>\n";
}

const Table* find_table(const std::vector<Table>& tables, std::string_view id) {
    for (const auto& t : tables)
        if (t.id == id) return &t;
    return nullptr;
}

std::string table_or_not_available(const std::vector<Table>& tables, std::string_view id,
                                   Language language) {
    const Table* t = find_table(tables, id);
    return t ? html::table(*t, language) : not_available(language);
}

// The first figures of the run: what was evaluated, what came first, what the leaders raise.
std::string summary(const json& results, Language language) {
    const auto order = html::ranked(results);
    const json& years = member(results, "years");
    const json& ranking = member(results, "ranking");
    std::string out;
    if (years.is_array() && !years.empty()) {
        out += html::paragraph(message(
            "report.summary.evaluated", language,
            {std::to_string(member(results, "mechanisms").size()), years.front().dump(),
             years.back().dump(), format_number(results.value("draws", 0.0), 0, language),
             std::to_string(member(ranking, "criteria").size()),
             html::string_at(ranking, "method")}));
    }
    if (order.empty()) return out + not_available(language);
    const json& acceptability = member(*order.front(), "rank_acceptability");
    if (acceptability.is_array() && !acceptability.empty() && acceptability[0].is_number())
        out += html::paragraph(message(
            "report.summary.first", language,
            {html::string_at(*order.front(), "alternative"),
             html::share_percent(acceptability[0].get<double>(), language)}));

    const std::size_t middle = html::middle_year_index(results);
    double total = 0, gdp = 0, gap = 0;
    std::vector<std::string> leaders;
    for (std::size_t i = 0; i < std::min(recommended_count, order.size()); ++i) {
        const std::string label = html::string_at(*order[i], "alternative");
        const json* m = html::mechanism(results, label);
        if (!m) continue;
        leaders.push_back(label);
        total += html::yearly(member(*m, "net_revenue"), "mean", middle);
        const json& expressed = member(*m, "expressed");
        gdp += html::yearly(member(expressed, "percent_gdp"), "mean", middle);
        gap += html::yearly(member(expressed, "percent_financing_gap"), "mean", middle);
    }
    if (!leaders.empty() && std::isfinite(total)) {
        std::string sentence = message(
            "report.summary.leaders", language,
            {std::to_string(leaders.size()), format_amount(total, html::currency(results), language),
             std::to_string(html::middle_year(results))});
        if (std::isfinite(gdp) && std::isfinite(gap)) {
            sentence += ' ';
            sentence += message("report.summary.shares", language,
                                {format_percent(gdp, 2, language), format_percent(gap, 1, language)});
        }
        out += html::paragraph(sentence);
    }
    return out;
}

// A titled part of a section: heading, a note on how to read it, and its figures. A single
// figure is kept on one page with its heading (`keep`); a grid of them may break between rows.
std::string subsection(std::string_view heading, std::string_view note, const std::string& figures,
                       bool keep) {
    return std::string(keep ? "<div class=\"keep\">\n" : "<div>\n") + "<h3>" + html::escape(heading) +
           "</h3>\n" + html::paragraph(note, "note") + figures + "</div>\n";
}

std::string ranking_section(const json& results, const std::vector<Table>& tables,
                            Language language) {
    return figures::ranking(results, language) + table_or_not_available(tables, "ranking", language);
}

std::string yields_section(const json& results, const std::vector<Table>& tables,
                           Language language) {
    std::string out = table_or_not_available(tables, "yield", language);
    const std::string fans = figures::fans(results, language);
    if (!fans.empty())
        out += subsection(message("report.yields.fans", language),
                          message("report.yields.fans_note", language,
                                  {message("unit.billions", language, {html::currency(results)})}),
                          fans, false);
    return out;
}

std::string criteria_section(const json& results, Language language) {
    std::string out;
    const std::string radars = figures::radars(results, language);
    if (!radars.empty())
        out += subsection(message("report.criteria.radars", language),
                          message("report.criteria.radars_note", language), radars, false);
    const std::string heatmap = figures::acceptability(results, language);
    if (!heatmap.empty())
        out += subsection(message("report.criteria.acceptability", language),
                          message("report.criteria.acceptability_note", language), heatmap, true);
    const std::string stability = figures::weight_stability(results, language);
    if (!stability.empty())
        out += subsection(message("report.criteria.weight_stability", language),
                          message("report.criteria.weight_stability_note", language), stability, true);
    return out.empty() ? not_available(language) : out;
}

std::string sensitivity_section(const json& results, Language language) {
    const std::string chart = figures::tornado(results, language);
    if (chart.empty()) return not_available(language);
    return html::paragraph(message("report.sensitivity.note", language), "note") + chart;
}

// What the workshop plenary discusses: where the groups disagree, how each group scored each
// mechanism, and how far the groups agree on the order of the mechanisms.
std::string plenary_section(const json& results, const std::vector<Table>& tables,
                            Language language) {
    const json& workshop = member(results, "workshop");
    std::vector<std::string> groups;
    for (const auto& g : member(workshop, "groups"))
        if (g.is_string()) groups.push_back(g.get<std::string>());
    std::string out = html::paragraph(message(
        "plenary.intro", language,
        {html::string_at(workshop, "session"), std::to_string(groups.size()),
         html::join_list(groups, language), std::to_string(member(workshop, "mechanisms").size()),
         std::to_string(member(workshop, "criteria").size()),
         html::string_at(workshop, "merged_sha256")}));
    out += table_or_not_available(tables, "disagreements", language);
    const std::string radars = figures::group_radars(results, language);
    if (!radars.empty())
        out += subsection(message("plenary.radars", language), message("plenary.radars_note", language),
                          radars, false);
    return out + table_or_not_available(tables, "concordance", language);
}

// Provenance as two tables: the run (version, scenario, seed, draws, method, weights, date) and
// the plugins with the digest of each library. Falls back on the top-level keys of older files.
std::string provenance_section(const json& results, Language language) {
    const json& p = member(results, "provenance");
    const json& scenario = member(p, "scenario");
    const auto value_or = [&](std::string_view key, const json& fallback) {
        const json& v = member(p, key);
        return v.is_null() ? fallback : v;
    };
    const auto as_text = [](const json& v) { return v.is_string() ? v.get<std::string>() : v.is_null() ? std::string() : v.dump(); };

    Table run{"provenance", text("report.provenance.run", language),
              {{text("report.provenance.item", language), ""},
               {text("report.provenance.value", language), ""}},
              {}, 0, ""};
    const auto add = [&run](std::string label, std::string value) {
        if (!value.empty()) run.rows.push_back({std::move(label), std::move(value)});
    };
    add(text("common.version", language) + " finmech",
        as_text(value_or("finmech_version", member(results, "finmech_version"))));
    add(text("common.scenario", language),
        scenario.is_object() ? html::string_at(scenario, "name") : as_text(member(results, "scenario")));
    add(text("common.sha256", language) + " (" + text("common.scenario", language) + ")",
        html::string_at(scenario, "sha256"));
    add(text("common.seed", language), as_text(value_or("seed", member(results, "seed"))));
    add(text("common.draws", language), as_text(value_or("draws", member(results, "draws"))));
    add(text("common.method", language),
        as_text(value_or("method", member(member(results, "ranking"), "method"))));
    std::string weights;
    for (const auto& [criterion, weight] : member(p, "weights").items())
        weights += (weights.empty() ? "" : "; ") + criterion + " " +
                   format_number(weight.is_number() ? weight.get<double>() : NAN, 3, language);
    add(text("common.weights", language), weights);
    add(text("report.provenance.generated", language), html::string_at(p, "generated"));
    std::string out = html::table(run, language);

    const json& plugins = member(p, "plugins");
    if (!plugins.is_array() || plugins.empty()) return out + not_available(language);
    Table list{"plugins", text("common.plugins", language),
               {{text("report.provenance.plugin", language), ""},
                {text("common.version", language), ""},
                {text("report.provenance.file", language), ""},
                {text("common.sha256", language), ""}},
               {}, 0, ""};
    for (const auto& plugin : plugins)
        list.rows.push_back({html::string_at(plugin, "id"), html::string_at(plugin, "version"),
                             html::string_at(plugin, "file"), html::string_at(plugin, "sha256")});
    return out + html::table(list, language);
}

std::string contents(Language language, const std::vector<std::string_view>& ids) {
    std::string out = "<nav class=\"keep\">\n<h2>" +
                      html::escape(message("report.contents", language)) + "</h2>\n<ol>\n";
    for (auto id : ids)
        out += "<li><a href=\"#" + std::string(id) + "\">" +
               html::escape(message("report.section." + std::string(id), language)) +
               "</a></li>\n";
    return out + "</ol>\n</nav>\n";
}

constexpr std::string_view report_css = R"(nav ol { columns: 2; margin: 0; padding-left: 18pt; }
nav a { color: #1f4e79; text-decoration: none; }
section { break-before: auto; }
#table-scores td, #table-assumptions td { font-size: 7pt; }
#table-plugins td:last-child { font-family: "DejaVu Sans Mono", monospace; font-size: 6.5pt;
  word-break: break-all; }
.subtitle { color: #555; margin-bottom: 8pt; }
)";

}  // namespace

std::string render_html_report(const json& results, Language language) {
    const std::vector<Table> tables = report_tables(results, language);
    const bool workshop = member(results, "workshop").is_object();
    std::vector<std::string_view> ids{"summary", "ranking", "yields", "criteria", "sensitivity"};
    if (workshop) ids.push_back("plenary");
    ids.insert(ids.end(), {"scores", "assumptions", "provenance"});
    const std::string title = text("report.title", language);
    std::string body = "<header>\n<h1>" + html::escape(title) + "</h1>\n";
    const json& scenario = member(member(results, "provenance"), "scenario");
    const std::string scenario_name = scenario.is_object() ? html::string_at(scenario, "name")
                                                           : html::string_at(results, "scenario");
    std::string subtitle = message("report.subtitle", language, {scenario_name});
    if (const std::string produced = html::produced_by(results, language); !produced.empty())
        subtitle += " — " + produced;
    body += html::paragraph(subtitle, "subtitle");
    body += "</header>\n" + contents(language, ids);
    body += section("summary", language, summary(results, language));
    body += section("ranking", language, ranking_section(results, tables, language));
    body += section("yields", language, yields_section(results, tables, language));
    body += section("criteria", language, criteria_section(results, language));
    body += section("sensitivity", language, sensitivity_section(results, language));
    if (workshop) body += section("plenary", language, plenary_section(results, tables, language));
    body += section("scores", language, table_or_not_available(tables, "scores", language));
    // Grouped by what each figure applies to: the context, then each mechanism.
    const Table* assumptions = find_table(tables, "assumptions");
    body += section("assumptions", language,
                    assumptions ? html::table(*assumptions, language, true) : not_available(language));
    body += section("provenance", language, provenance_section(results, language));
    return html::page(language, title, report_css, body);
}

}  // namespace finmech::reports
