#include "finmech/reports/brief.hpp"

#include <algorithm>
#include <cmath>

#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/charts.hpp"
#include "finmech/reports/number_format.hpp"
#include "finmech/reports/tables.hpp"
#include "html.hpp"
#include "results_json.hpp"

namespace finmech::reports {

namespace {

using nlohmann::json;

std::string heading(std::string_view key, Language language) {
    return "<h2>" + html::escape(message(key, language)) + "</h2>\n";
}

// A bulleted list of catalogue texts "<prefix>.1", "<prefix>.2", ... up to `count`, then
// `extra` texts as they are.
std::string catalogue_list(std::string_view prefix, int count, Language language,
                           const std::vector<std::string>& extra = {}) {
    std::string out = "<ul class=\"columns\">\n";
    for (int i = 1; i <= count; ++i)
        out += "<li>" + html::escape(message(std::string(prefix) + "." + std::to_string(i), language)) +
               "</li>\n";
    for (const auto& text : extra) out += "<li>" + html::escape(text) + "</li>\n";
    return out + "</ul>\n";
}

// Whose scores the ranking used: a sentence on the workshop, when its groups scored.
std::string workshop_sentence(const json& results, Language language) {
    const json& workshop = member(results, "workshop");
    if (!workshop.is_object()) return {};
    std::vector<std::string> criteria;
    for (const auto& id : member(workshop, "criteria"))
        for (const auto& c : member(member(results, "ranking"), "criteria"))
            if (id.is_string() && string_at(c, "id") == id.get<std::string>())
                criteria.push_back(localized(member(c, "name"), language));
    const json& w = member(member(member(member(workshop, "consensus"), "concordance"), "overall"), "W");
    return message("brief.workshop", language,
                   {html::join_list(criteria, language), string_at(workshop, "session"),
                    std::to_string(member(workshop, "groups").size()),
                    w.is_number() ? format_number(w.get<double>(), 2, language) : "?"});
}

std::vector<std::string> labels(const std::vector<RankedOption>& options) {
    std::vector<std::string> out;
    for (const auto& o : options) out.push_back(o.label);
    return out;
}

// " (x % du PIB ; y % du besoin)" when the shares are known.
std::string shares(double gdp, double gap, Language language) {
    std::vector<std::string> parts;
    if (std::isfinite(gdp)) parts.push_back(message("brief.share_gdp", language, {format_percent(gdp, 2, language)}));
    if (std::isfinite(gap)) parts.push_back(message("brief.share_gap", language, {format_percent(gap, 1, language)}));
    if (parts.empty()) return {};
    std::string out = " (" + parts.front();
    if (parts.size() > 1) out += html::text("brief.separator", language) + parts.back();
    return out + ")";
}

std::string ask(const json& results, const Recommendation& r, Language language) {
    if (r.none_meets_targets)
        return "<p class=\"ask\">" + html::text("brief.ask.none", language) + "</p>\n";
    const std::string money = currency(results);
    const std::string options = html::join_list(labels(r.options), language);
    const std::string year = std::to_string(middle_year(results));
    const bool effective = std::isfinite(r.effective_mean) && r.net_mean > 0;
    std::string text;
    if (std::isfinite(r.net_p50) && effective)
        text = message("brief.ask.package", language,
                       {options, format_amount(r.net_p50, money, language), year,
                        format_amount(r.net_p5, money, language),
                        format_amount(r.net_p95, money, language),
                        format_percent(r.percent_gdp_p50, 2, language),
                        format_amount(r.effective_mean, money, language),
                        html::share_percent(r.effective_mean / r.net_mean, language)});
    else if (effective)
        text = message("brief.ask", language,
                       {options, format_amount(r.net_mean, money, language), year,
                        format_amount(r.effective_mean, money, language),
                        html::share_percent(r.effective_mean / r.net_mean, language)});
    else
        text = message("brief.ask.no_effective", language,
                       {options, format_amount(r.net_mean, money, language), year});
    return "<p class=\"ask\">" + html::escape(text) + "</p>\n";
}

// The package's effective money as a share of the financing gap, year by year, with its band.
std::string package_chart(const json& results, const Recommendation& r, Language language) {
    const json* gap = context_entry(results, "financing_gap");
    if (!r.yield || !gap) return {};
    const json& effective = member(*r.yield, "effective");
    charts::FanChart chart{{"chart-package", "", ""}, std::string(message("brief.chart.axis", language)),
                           html::compact_format(language), {}, {}, {}, {}};
    const json& years = member(results, "years");
    for (std::size_t t = 0; t < years.size(); ++t) {
        const double need = yearly(*gap, "values", t);
        chart.years.push_back(years[t].get<int>());
        chart.p5.push_back(100 * yearly(effective, "p5", t) / need);
        chart.p50.push_back(100 * yearly(effective, "p50", t) / need);
        chart.p95.push_back(100 * yearly(effective, "p95", t) / need);
    }
    if (chart.years.empty() || !std::isfinite(chart.p50.front())) return {};
    chart.frame.title = message("brief.chart.title", language,
                                {std::to_string(chart.years.front()), std::to_string(chart.years.back())});
    chart.frame.description = chart.frame.title;
    return html::figure(charts::fan_chart(chart), chart.frame.title, "package-chart");
}

// The options no recommendation may hold, each with the rule it breaks.
std::string inadmissible(const json& results, const std::vector<RankedOption>& all,
                         Language language) {
    std::vector<std::string> excluded;
    for (const auto& o : all)
        if (!o.admissible)
            excluded.push_back(o.label + " (" +
                               (o.mechanism ? broken_rules(*o.mechanism, language) : "") + ")");
    if (excluded.empty()) return {};
    return html::paragraph(
        message("brief.inadmissible", language, {html::join_list(excluded, language)}), "note");
}

// How often the best option that may be recommended comes first, and in the top three.
std::string robustness(const std::vector<RankedOption>& all, Language language) {
    const auto top = std::find_if(all.begin(), all.end(), [](const auto& o) { return o.admissible; });
    if (top == all.end()) return {};
    const double first = rank_acceptability(*top->result, 1);
    if (!std::isfinite(first)) return {};
    return message("brief.robustness", language,
                   {top->label, html::share_percent(first, language),
                    html::share_percent(rank_acceptability(*top->result, 3), language)});
}

// The criterion whose weight can move least before the first option loses its place.
std::string weight_sensitivity(const json& results, const std::vector<RankedOption>& all,
                               Language language) {
    const json* tightest = nullptr;
    double narrowest = 2;
    for (const auto& c : member(member(results, "ranking"), "criteria")) {
        const json& interval = member(c, "weight_stability");
        if (!interval.is_array() || interval.size() != 2 || !interval[0].is_number() ||
            !interval[1].is_number())
            continue;
        const double width = interval[1].get<double>() - interval[0].get<double>();
        if (width < narrowest) {
            narrowest = width;
            tightest = &c;
        }
    }
    // The intervals keep the first-ranked option first: nothing to say of one never recommended.
    if (!tightest || all.empty() || !all.front().admissible) return {};
    const json& interval = member(*tightest, "weight_stability");
    return message("brief.weight_sensitivity", language,
                   {localized(member(*tightest, "name"), language), all.front().label,
                    format_number(interval[0].get<double>(), 2, language),
                    format_number(interval[1].get<double>(), 2, language),
                    format_number(tightest->value("weight", NAN), 2, language)});
}

// The next best package and how far behind it comes, so that a near tie is seen as one.
std::string runner_up(const json& results, Language language) {
    const json& packages = member(results, "packages");
    const json& next = member(packages, "runner_up");
    if (!next.is_object()) return {};
    std::vector<std::string> options;
    for (const auto& o : member(next, "options"))
        if (o.is_string()) options.push_back(o.get<std::string>());
    const double best = number_at(member(packages, "best"), "value"), second = number_at(next, "value");
    // Under a hundredth of the 0-1 value, the order of the two is not a finding.
    const bool near_tie = best - second < 0.01;
    return html::paragraph(message(near_tie ? "brief.summary.near_tie" : "brief.summary.runner_up",
                                   language,
                                   {html::join_list(options, language),
                                    format_number(second, 3, language),
                                    format_number(best, 3, language)}),
                           "note");
}

std::string summary(const json& results, const std::vector<RankedOption>& all,
                    const Recommendation& r, Language language) {
    std::string out = heading("brief.summary.title", language);
    if (const json* gap = context_entry(results, "financing_gap")) {
        const std::size_t t = middle_year_index(results);
        out += html::paragraph(message(
            "brief.summary.problem", language,
            {format_amount(yearly(*gap, "values", t), currency(results), language),
             std::to_string(middle_year(results))}));
    }
    if (r.none_meets_targets) return out + html::paragraph(message("brief.summary.none", language));
    const json& enumerated = member(member(results, "packages"), "enumerated");
    const std::string chosen = html::join_list(labels(r.options), language);
    const std::string which =
        enumerated.is_number() && r.yield
            ? message("brief.summary.package", language,
                      {std::to_string(all.size()), format_number(enumerated.get<double>(), 0, language),
                       chosen})
            : message("brief.summary.options", language,
                      {std::to_string(all.size()), std::to_string(r.options.size()), chosen});
    const bool drawn = std::isfinite(r.net_p50);
    out += html::paragraph(
        which + " " +
        message(drawn ? "brief.summary.total_median" : "brief.summary.total", language,
                {format_amount(drawn ? r.net_p50 : r.net_mean, currency(results), language),
                 std::to_string(middle_year(results))}) +
        shares(r.percent_gdp_p50, r.gap_share_p50, language) + ".");
    out += runner_up(results, language);
    if (std::isfinite(r.effective_mean) && r.net_mean > 0)
        out += html::paragraph(message("brief.summary.risk", language,
                                       {html::share_percent(r.effective_mean / r.net_mean, language)}));
    if (const std::string workshop = workshop_sentence(results, language); !workshop.empty())
        out += html::paragraph(workshop);
    return out + package_chart(results, r, language);
}

// "value (year; source)" sentences for the context figures the brief relies on.
std::string fiscal_context(const json& results, Language language) {
    std::string out = heading("brief.context.title", language);
    std::string items;
    const std::string money = currency(results);
    if (const json* gap = context_entry(results, "financing_gap")) {
        const json& years = member(*gap, "years");
        const json& values = member(*gap, "values");
        if (years.is_array() && values.is_array() && !values.empty() && years.size() == values.size())
            items += "<li>" + html::escape(message(
                                  "brief.context.gap", language,
                                  {format_amount(values.front().get<double>(), money, language),
                                   years.front().dump(),
                                   format_amount(values.back().get<double>(), money, language),
                                   years.back().dump()})) +
                     "</li>\n";
    }
    // Single figures given as fractions: shown as percentages with their year and source.
    for (const char* key : {"out_of_pocket_share", "budget_execution_rate"}) {
        const json* figure = context_entry(results, key);
        if (!figure || !member(*figure, "value").is_number()) continue;
        items += "<li>" + html::escape(message(
                              "brief.context." + std::string(key), language,
                              {format_percent(100 * member(*figure, "value").get<double>(), 1, language),
                               member(*figure, "year").is_null() ? "" : member(*figure, "year").dump(),
                               string_at(*figure, "source")})) +
                 "</li>\n";
    }
    if (const json* gdp = context_entry(results, "gdp"); gdp && member(*gdp, "value").is_number())
        items += "<li>" + html::escape(message(
                              "brief.context.gdp", language,
                              {format_amount(member(*gdp, "value").get<double>(), money, language),
                               member(*gdp, "year").dump()})) +
                 "</li>\n";
    if (items.empty()) return out + html::paragraph(message("common.not_available", language), "note");
    return out + "<ul>\n" + items + "</ul>\n";
}

std::string options_screened(const json& results, const std::vector<RankedOption>& all,
                             Language language) {
    std::vector<std::string> criteria;
    for (const auto& c : member(member(results, "ranking"), "criteria"))
        criteria.push_back(localized(member(c, "name"), language));
    std::string out = heading("brief.options.title", language) +
                      html::paragraph(message("brief.options.text", language,
                                              {std::to_string(all.size()),
                                               std::to_string(criteria.size()),
                                               html::join_list(criteria, language)}));
    std::vector<std::string> left_out;
    for (const auto& c : member(member(results, "ranking"), "criteria_left_out"))
        left_out.push_back(localized(member(c, "name"), language).empty()
                               ? string_at(c, "id")
                               : localized(member(c, "name"), language));
    if (!left_out.empty())
        out += html::paragraph(message("brief.options.left_out", language,
                                       {html::join_list(left_out, language)}), "note");
    if (const auto failed = failed_labels(results); !failed.empty())
        out += html::paragraph(message("failures.brief", language, {html::join_list(failed, language)}),
                               "note");
    return out;
}

// The ranked table: yield, shares, score on each criterion (weights in the headers), overall
// score and the SMAA probability of ranking first.
// Where the options' scores on criterion `id` come from: one provenance, or "mixed".
std::string provenance_of(const std::vector<RankedOption>& all, const std::string& id,
                          Language language) {
    std::string seen;
    for (const auto& o : all) {
        const std::string p = string_at(member(member(*o.result, "criteria"), id), "provenance");
        if (p.empty()) continue;
        if (!seen.empty() && p != seen) return std::string(message("brief.table.mixed", language));
        seen = p;
    }
    return seen.empty() ? std::string() : std::string(message("tables.scores." + seen, language));
}

std::string ranked_table(const json& results, const std::vector<RankedOption>& all,
                         Language language) {
    const json& criteria = member(member(results, "ranking"), "criteria");
    const std::string billions = message("unit.billions", language, {currency(results)});
    Table t{"brief-ranking",
            message("brief.table.title", language, {std::to_string(middle_year(results))}),
            {{html::text("brief.table.rank", language), "", 0},
             {html::text("brief.table.option", language), ""},
             {html::text("brief.table.yield", language), billions, 2},
             {html::text("brief.table.interval", language), billions},
             {html::text("brief.table.gdp", language), "%", 3},
             {html::text("brief.table.gap", language), "%", 1}},
            {}, 1, ""};
    // Criteria are headed C1, C2... so that seven fit an A4 page; the legend names them, with
    // their weight and where their scores come from.
    std::vector<std::string> legend;
    for (const auto& c : criteria) {
        const std::string code = "C" + std::to_string(legend.size() + 1);
        t.columns.push_back({code, format_number(c.value("weight", NAN), 2, language), 1});
        legend.push_back(message("brief.table.legend", language,
                                 {code, localized(member(c, "name"), language),
                                  provenance_of(all, string_at(c, "id"), language)}));
    }
    t.columns.push_back({html::text("brief.table.score", language), "", 2});
    t.columns.push_back({html::text("brief.table.first", language), "%", 0});
    for (const auto& o : all) {
        if (!o.admissible) continue;  // listed apart, with the rule they break
        std::vector<Cell> row;
        row.emplace_back(static_cast<double>(o.result->value("rank", 0)));
        row.emplace_back(o.label);
        row.emplace_back(o.net_p50 / 1e9);
        row.emplace_back(html::compact(o.net_p5 / 1e9, language) + "\u00a0–\u00a0" +
                         html::compact(o.net_p95 / 1e9, language));
        row.emplace_back(o.percent_gdp);
        row.emplace_back(o.percent_gap);
        for (const auto& c : criteria)
            row.push_back(number_cell(
                number_at(member(member(*o.result, "criteria"), string_at(c, "id")), "score")));
        row.push_back(number_cell(number_at(*o.result, "score")));
        row.emplace_back(100 * rank_acceptability(*o.result, 1));
        t.rows.push_back(std::move(row));
    }
    t.note = message("brief.table.note", language,
                     {string_at(member(results, "ranking"), "method"),
                      format_number(member(member(results, "ranking"), "smaa_draws").is_number()
                                        ? member(member(results, "ranking"), "smaa_draws").get<double>()
                                        : NAN,
                                    0, language)});
    t.note += " " + message("brief.table.criteria", language, {html::join_list(legend, language)});
    std::string out = heading("brief.table.heading", language) + html::table(t, language);
    const std::string robust = robustness(all, language);
    if (!robust.empty()) out += html::paragraph(robust);
    const std::string weights = weight_sensitivity(results, all, language);
    if (!weights.empty()) out += html::paragraph(weights);
    return out;
}

// The message key of how the criterion scoring the Kakwani index (vertical_equity, with the
// run's thresholds) reads it, from the symbol the host wrote beside it; nullptr without one.
const char* kakwani_reading(const json& incidence) {
    const std::string symbol = string_at(incidence, "kakwani_symbol");
    if (symbol == "++" || symbol == "+") return "brief.card.progressive";
    if (symbol == "+-") return "brief.card.proportional";
    if (symbol == "-" || symbol == "--") return "brief.card.regressive";
    return nullptr;
}

// "consumption −18 %; 110 576 smokers quit; 45 919 premature deaths averted"
std::string health_text(const HealthDividend& d, Language language) {
    std::vector<std::string> parts;
    if (std::isfinite(d.consumption_change))
        parts.push_back(message("brief.health.consumption", language,
                                {format_percent(100 * d.consumption_change, 1, language)}));
    if (std::isfinite(d.quitters))
        parts.push_back(message("brief.health.quitters", language,
                                {format_number(d.quitters, 0, language)}));
    if (std::isfinite(d.deaths_averted))
        parts.push_back(message("brief.health.deaths", language,
                                {format_number(d.deaths_averted, 0, language)}));
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : html::text("brief.separator", language)) + p;
    return out;
}

std::string card(const json& results, const RankedOption& o, Language language) {
    std::string out = "<div class=\"card\">\n<h3>" +
                      html::escape(std::to_string(o.result->value("rank", 0)) + ". " + o.label) +
                      "</h3>\n";
    const std::string money = currency(results);
    out += html::paragraph(
        message("brief.card.yield", language,
                {std::to_string(middle_year(results)),
                 format_amount(o.net_p50, money, language),
                 format_amount(o.net_p5, money, language),
                 format_amount(o.net_p95, money, language)}) +
        shares(o.percent_gdp, o.percent_gap, language) + ".");
    const json& profile = o.mechanism ? member(*o.mechanism, "profile") : member(json(), "");
    if (!profile.is_object()) {
        const std::string plugin = o.mechanism ? string_at(*o.mechanism, "plugin") : "";
        return out + html::paragraph(message("brief.card.no_profile", language, {plugin}), "note") +
               "</div>\n";
    }
    out += "<dl>\n";
    for (const char* field :
         {"how_it_works", "precedent", "regional_rules", "who_pays", "instrument", "collection_agent"}) {
        const std::string value = localized(member(profile, field), language);
        if (value.empty()) continue;
        out += "<dt>" + html::escape(message("brief.card." + std::string(field), language)) +
               "</dt><dd>" + html::escape(value) + "</dd>\n";
    }
    const json& incidence = member(*o.mechanism, "incidence");
    const json& kakwani = member(incidence, "kakwani_index");
    if (kakwani.is_number()) {
        const std::string index = format_number(kakwani.get<double>(), 2, language);
        const json* shares = context_entry(results, string_at(incidence, "spending_shares"));
        const std::string evidence = shares ? string_at(*shares, "evidence") : std::string();
        const std::string shares_evidence =
            evidence.empty() ? evidence : html::text("brief.evidence." + evidence, language);
        const char* reading = kakwani_reading(incidence);
        out += "<dt>" + html::escape(message("brief.card.incidence", language)) + "</dt><dd>" +
               html::escape(reading ? message("brief.card.kakwani", language,
                                              {index, message(reading, language), shares_evidence})
                                    : message("brief.card.kakwani_unscored", language,
                                              {index, shares_evidence})) +
               "</dd>\n";
    }
    if (const HealthDividend d = health_dividend(*o.mechanism); d.reported)
        out += "<dt>" + html::escape(message("brief.card.health", language)) + "</dt><dd>" +
               html::escape(health_text(d, language)) + "</dd>\n";
    out += "</dl>\n";
    std::vector<std::string> sources;
    for (const auto& s : member(profile, "sources"))
        if (s.is_string()) sources.push_back(s.get<std::string>());
    if (!sources.empty())
        out += html::paragraph(message("brief.card.sources", language, {html::join_list(sources, language)}),
                               "note");
    return out + "</div>\n";
}

// The annex: the context figures the brief cites and the parameters of the recommended options,
// through the report's own assumptions table (so both documents show them alike), and the
// provenance.
std::string annex(const json& results, const std::vector<RankedOption>& recommended,
                  Language language) {
    std::vector<const json*> figures;
    for (const char* key : {"financing_gap", "out_of_pocket_share", "budget_execution_rate", "gdp"})
        if (const json* entry = context_entry(results, key)) figures.push_back(entry);
    std::vector<const json*> parameters;
    for (const auto& a : member(results, "assumptions"))
        for (const auto& o : recommended)
            if (string_at(a, "mechanism") == o.label) parameters.push_back(&a);
    std::string out = "<section class=\"annex\">\n" + heading("brief.annex.title", language) +
                      html::table(assumptions_table(figures, parameters, language), language, true);
    const Provenance p = read_provenance(results);
    out += html::paragraph(message("brief.annex.provenance", language,
                                   {p.finmech_version, p.scenario, p.seed, p.draws,
                                    p.scenario_sha256.substr(0, 16)}),
                           "note");
    return out + "</section>\n";
}

constexpr std::string_view brief_css = R"(@page { margin: 11mm 11mm 12mm;
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 7pt; color: #555; } }
body { font-size: 8.5pt; line-height: 1.3; max-width: 700px; }
h1 { font-size: 14pt; }
h2 { font-size: 10.5pt; margin: 8pt 0 3pt; }
h3 { font-size: 9pt; margin: 4pt 0 2pt; }
ul { margin: 2pt 0; padding-left: 12pt; }
li { margin: 1pt 0; }
.ask { font-size: 10pt; font-weight: bold; border-left: 4px solid #1f4e79; background: #eef4fa;
  padding: 5pt 8pt; margin: 5pt 0 6pt; }
.card { border: 1px solid #a9c9e6; border-radius: 3px; padding: 1pt 7pt 3pt; margin: 5pt 0;
  break-inside: avoid; font-size: 7.5pt; }
.card p { margin: 2pt 0; }
dl { display: grid; grid-template-columns: 9.5em 1fr; gap: 1pt 6pt; margin: 2pt 0; }
dt { font-weight: bold; color: #1f4e79; }
dd { margin: 0; }
.columns { columns: 2; column-gap: 14pt; font-size: 7.5pt; }
.columns li { break-inside: avoid; }
#table-brief-ranking { font-size: 6.5pt; }
#table-brief-ranking td:nth-child(2) { min-width: 11em; }
#table-brief-ranking td:nth-child(4) { white-space: nowrap; }
#table-assumptions { font-size: 6pt; }
tr.group th { background: none; color: #1f4e79; padding-top: 4pt; border-bottom: 1px solid #a9c9e6; }
)";

}  // namespace

std::string render_brief(const json& results, Language language) {
    const std::vector<RankedOption> all = ranked_options(results);
    const Recommendation recommended = recommendation(results, all, brief_recommended_options);

    const std::string title = html::text("brief.title", language);
    std::string subtitle = html::text("brief.subtitle", language);
    if (const std::string produced = html::produced_by(results, language); !produced.empty())
        subtitle += " — " + produced;
    std::string body = "<header>\n<h1>" + html::escape(title) + "</h1>\n" +
                       html::paragraph(subtitle, "note") +
                       (indicative(results)
                            ? html::paragraph(message("common.indicative", language), "indicative")
                            : std::string()) +
                       "</header>\n";
    if (all.empty()) {
        body += html::paragraph(message("common.not_available", language));
        return html::page(language, title, brief_css, body);
    }
    body += ask(results, recommended, language);
    body += summary(results, all, recommended, language);
    body += fiscal_context(results, language);
    body += options_screened(results, all, language);
    body += ranked_table(results, all, language);
    body += inadmissible(results, all, language);
    body += heading("brief.cards.title", language);
    for (const auto& o : recommended.options) body += card(results, o, language);
    body += heading("brief.earmarking.title", language) + catalogue_list("brief.earmarking", 4, language);
    body += heading("brief.risks.title", language) + catalogue_list("brief.risks", 5, language);
    // Once a workshop has scored, the last step is to share its result, not to hold one.
    const bool workshop = member(results, "workshop").is_object();
    body += heading("brief.next.title", language) +
            catalogue_list("brief.next", 3, language,
                           {std::string(message(workshop ? "brief.next.after_workshop" : "brief.next.4",
                                                language))});
    body += annex(results, recommended.options, language);
    return html::page(language, title, brief_css, body);
}

}  // namespace finmech::reports
