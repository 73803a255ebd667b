#include "finmech/reports/html_report.hpp"

#include <cmath>

#include "figures.hpp"
#include "finmech/reports/brief.hpp"
#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/number_format.hpp"
#include "finmech/reports/tables.hpp"
#include "html.hpp"
#include "results_json.hpp"

namespace finmech::reports {

namespace {

using nlohmann::json;

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

// The first figures of the run: what was evaluated, what came first, what the options the brief
// recommends (the best package) raise.
std::string summary(const json& results, Language language) {
    const std::vector<RankedOption> options = ranked_options(results);
    const json& years = member(results, "years");
    const json& ranking = member(results, "ranking");
    std::string out;
    if (years.is_array() && !years.empty()) {
        out += html::paragraph(message(
            "report.summary.evaluated", language,
            {std::to_string(member(results, "mechanisms").size()), years.front().dump(),
             years.back().dump(), format_number(results.value("draws", 0.0), 0, language),
             std::to_string(member(ranking, "criteria").size()),
             string_at(ranking, "method")}));
    }
    if (const auto failed = failed_labels(results); !failed.empty())
        out += html::paragraph(
            message("failures.brief", language, {html::join_list(failed, language)}), "note");
    if (options.empty()) return out + not_available(language);
    const RankedOption& first = options.front();
    if (const double share = rank_acceptability(*first.result, 1); std::isfinite(share))
        out += html::paragraph(
            message("report.summary.first", language,
                    {first.label, html::share_percent(share, language)}) +
            (first.admissible || !first.mechanism
                 ? std::string()
                 : " " + message("rules.not_admissible", language,
                                 {broken_rules(*first.mechanism, language)}) + "."));

    const Recommendation r = recommendation(results, options, brief_recommended_options);
    std::vector<std::string> labels;
    for (const auto& o : r.options) labels.push_back(o.label);
    if (!labels.empty() && std::isfinite(r.net_mean)) {
        std::string sentence = message(
            "report.summary.leaders", language,
            {html::join_list(labels, language), format_amount(r.net_mean, currency(results), language),
             std::to_string(middle_year(results))});
        if (std::isfinite(r.percent_gdp_p50) && std::isfinite(r.gap_share_p50)) {
            sentence += ' ';
            sentence += message("report.summary.shares", language,
                                {format_percent(r.percent_gdp_p50, 2, language),
                                 format_percent(r.gap_share_p50, 1, language)});
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
    if (find_table(tables, "failures")) out += table_or_not_available(tables, "failures", language);
    if (find_table(tables, "health")) out += table_or_not_available(tables, "health", language);
    const std::string fans = figures::fans(results, language);
    if (!fans.empty())
        out += subsection(message("report.yields.fans", language),
                          message("report.yields.fans_note", language,
                                  {message("unit.billions", language, {currency(results)})}),
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
        {string_at(workshop, "session"), std::to_string(groups.size()),
         html::join_list(groups, language), std::to_string(member(workshop, "mechanisms").size()),
         std::to_string(member(workshop, "criteria").size()),
         string_at(workshop, "merged_sha256")}));
    out += table_or_not_available(tables, "disagreements", language);
    const std::string radars = figures::group_radars(results, language);
    if (!radars.empty())
        out += subsection(message("plenary.radars", language), message("plenary.radars_note", language),
                          radars, false);
    return out + table_or_not_available(tables, "concordance", language);
}

// Provenance as two tables: the run (version, scenario, seed, draws, method, weights, date) and
// the plugins with the digest of each library.
std::string provenance_section(const json& results, Language language) {
    const Provenance p = read_provenance(results);
    if (!p.recorded) return not_available(language);

    Table run{"provenance", html::text("report.provenance.run", language),
              {{html::text("report.provenance.item", language), ""},
               {html::text("report.provenance.value", language), ""}},
              {}, 0, ""};
    const auto add = [&run](std::string label, std::string value) {
        if (!value.empty()) run.rows.push_back({std::move(label), std::move(value)});
    };
    add(html::text("common.version", language) + " finmech", p.finmech_version);
    const std::string scenario = html::text("common.scenario", language);
    add(scenario, p.scenario);
    add(html::text("common.sha256", language) + " (" + scenario + ")", p.scenario_sha256);
    add(html::text("common.seed", language), p.seed);
    add(html::text("common.draws", language), p.draws);
    add(html::text("common.method", language), p.method);
    std::string weights;
    for (const auto& [criterion, weight] : p.weights.items())
        weights += (weights.empty() ? "" : "; ") + criterion + " " +
                   format_number(weight.is_number() ? weight.get<double>() : NAN, 3, language);
    add(html::text("common.weights", language), weights);
    add(html::text("report.provenance.generated", language), p.generated);
    std::string out = html::table(run, language);

    if (!p.plugins.is_array() || p.plugins.empty()) return out + not_available(language);
    Table list{"plugins", html::text("common.plugins", language),
               {{html::text("report.provenance.plugin", language), ""},
                {html::text("common.version", language), ""},
                {html::text("report.provenance.file", language), ""},
                {html::text("common.sha256", language), ""}},
               {}, 0, ""};
    for (const auto& plugin : p.plugins)
        list.rows.push_back({string_at(plugin, "id"), string_at(plugin, "version"),
                             string_at(plugin, "file"), string_at(plugin, "sha256")});
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

std::string render_html_report(const json& results, const std::vector<Table>& tables,
                               Language language) {
    const bool workshop = member(results, "workshop").is_object();
    std::vector<std::string_view> ids{"summary", "ranking"};
    if (find_table(tables, "packages")) ids.push_back("packages");
    ids.insert(ids.end(), {"yields", "criteria", "sensitivity"});
    if (workshop) ids.push_back("plenary");
    ids.insert(ids.end(), {"scores", "assumptions", "provenance"});
    const std::string title = html::text("report.title", language);
    std::string body = "<header>\n<h1>" + html::escape(title) + "</h1>\n";
    std::string subtitle =
        message("report.subtitle", language, {read_provenance(results).scenario});
    if (const std::string produced = html::produced_by(results, language); !produced.empty())
        subtitle += " — " + produced;
    body += html::paragraph(subtitle, "subtitle");
    if (indicative(results)) body += html::paragraph(message("common.indicative", language), "indicative");
    body += "</header>\n" + contents(language, ids);
    body += section("summary", language, summary(results, language));
    body += section("ranking", language, ranking_section(results, tables, language));
    if (find_table(tables, "packages"))
        body += section("packages", language,
                        figures::package_frontiers(results, language) +
                            table_or_not_available(tables, "packages", language));
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
