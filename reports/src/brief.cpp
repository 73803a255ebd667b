#include "finmech/reports/brief.hpp"

#include <cmath>

#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/number_format.hpp"
#include "finmech/reports/tables.hpp"
#include "html.hpp"

namespace finmech::reports {

namespace {

using html::member;
using nlohmann::json;

std::string text(std::string_view key, Language language) { return std::string(message(key, language)); }

std::string heading(std::string_view key, Language language) {
    return "<h2>" + html::escape(message(key, language)) + "</h2>\n";
}

// A bulleted list of catalogue texts "<prefix>.1", "<prefix>.2", ... up to `count`.
std::string catalogue_list(std::string_view prefix, int count, Language language) {
    std::string out = "<ul class=\"columns\">\n";
    for (int i = 1; i <= count; ++i)
        out += "<li>" + html::escape(message(std::string(prefix) + "." + std::to_string(i), language)) +
               "</li>\n";
    return out + "</ul>\n";
}

// What the brief says about one option, read once from the results.
struct Option {
    const json* result = nullptr;     // in ranking.results
    const json* mechanism = nullptr;  // in mechanisms; may be null
    std::string label;
    double net_mean = NAN, net_p5 = NAN, net_p50 = NAN, net_p95 = NAN;
    double percent_gdp = NAN, percent_gap = NAN, effective = NAN;
};

Option read_option(const json& results, const json& result) {
    Option o;
    o.result = &result;
    o.label = html::string_at(result, "alternative");
    o.mechanism = html::mechanism(results, o.label);
    if (!o.mechanism) return o;
    const std::size_t t = html::middle_year_index(results);
    const json& net = member(*o.mechanism, "net_revenue");
    const json& expressed = member(*o.mechanism, "expressed");
    o.net_mean = html::yearly(net, "mean", t);
    o.net_p5 = html::yearly(net, "p5", t);
    o.net_p50 = html::yearly(net, "p50", t);
    o.net_p95 = html::yearly(net, "p95", t);
    o.percent_gdp = html::yearly(member(expressed, "percent_gdp"), "mean", t);
    o.percent_gap = html::yearly(member(expressed, "percent_financing_gap"), "mean", t);
    o.effective = html::yearly(member(expressed, "effective_for_health"), "mean", t);
    return o;
}

double acceptability(const json& result, std::size_t ranks) {
    const json& shares = member(result, "rank_acceptability");
    if (!shares.is_array() || shares.empty()) return NAN;
    double sum = 0;
    for (std::size_t r = 0; r < std::min(ranks, shares.size()); ++r)
        sum += shares[r].is_number() ? shares[r].get<double>() : NAN;
    return sum;
}

struct Totals {
    double net = 0, gdp = 0, gap = 0, effective = 0;
};

Totals totals(const std::vector<Option>& options) {
    Totals t;
    for (const auto& o : options) {
        t.net += o.net_mean;
        t.gdp += o.percent_gdp;
        t.gap += o.percent_gap;
        t.effective += o.effective;
    }
    return t;
}

std::vector<std::string> labels(const std::vector<Option>& options) {
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
    if (parts.size() > 1) out += text("brief.separator", language) + parts.back();
    return out + ")";
}

std::string ask(const json& results, const std::vector<Option>& recommended, Language language) {
    const Totals t = totals(recommended);
    return "<p class=\"ask\">" +
           html::escape(message("brief.ask", language,
                                {html::join_list(labels(recommended), language),
                                 format_amount(t.net, html::currency(results), language),
                                 std::to_string(html::middle_year(results))})) +
           "</p>\n";
}

std::string robustness(const std::vector<Option>& all, Language language) {
    if (all.empty()) return {};
    const json& top = *all.front().result;
    const double first = acceptability(top, 1);
    if (!std::isfinite(first)) return {};
    return message("brief.robustness", language,
                   {all.front().label, html::share_percent(first, language),
                    html::share_percent(acceptability(top, 3), language)});
}

// The criterion whose weight can move least before the first option loses its place.
std::string weight_sensitivity(const json& results, const std::vector<Option>& all,
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
    if (!tightest || all.empty()) return {};
    const json& interval = member(*tightest, "weight_stability");
    return message("brief.weight_sensitivity", language,
                   {html::localized(member(*tightest, "name"), language), all.front().label,
                    format_number(interval[0].get<double>(), 2, language),
                    format_number(interval[1].get<double>(), 2, language),
                    format_number(tightest->value("weight", NAN), 2, language)});
}

std::string summary(const json& results, const std::vector<Option>& all,
                    const std::vector<Option>& recommended, Language language) {
    std::string out = heading("brief.summary.title", language);
    if (const json* gap = html::context_entry(results, "financing_gap")) {
        const std::size_t t = html::middle_year_index(results);
        out += html::paragraph(message(
            "brief.summary.problem", language,
            {format_amount(html::yearly(*gap, "values", t), html::currency(results), language),
             std::to_string(html::middle_year(results))}));
    }
    const Totals t = totals(recommended);
    out += html::paragraph(
        message("brief.summary.options", language,
                {std::to_string(all.size()), std::to_string(recommended.size()),
                 html::join_list(labels(recommended), language)}) +
        " " +
        message("brief.summary.total", language,
                {format_amount(t.net, html::currency(results), language),
                 std::to_string(html::middle_year(results))}) +
        shares(t.gdp, t.gap, language) + ".");
    if (std::isfinite(t.effective) && t.net > 0)
        out += html::paragraph(message("brief.summary.risk", language,
                                       {html::share_percent(t.effective / t.net, language)}));
    return out;
}

// "value (year; source)" sentences for the context figures the brief relies on.
std::string fiscal_context(const json& results, Language language) {
    std::string out = heading("brief.context.title", language);
    std::string items;
    const std::string currency = html::currency(results);
    if (const json* gap = html::context_entry(results, "financing_gap")) {
        const json& years = member(*gap, "years");
        const json& values = member(*gap, "values");
        if (years.is_array() && values.is_array() && !values.empty() && years.size() == values.size())
            items += "<li>" + html::escape(message(
                                  "brief.context.gap", language,
                                  {format_amount(values.front().get<double>(), currency, language),
                                   years.front().dump(),
                                   format_amount(values.back().get<double>(), currency, language),
                                   years.back().dump()})) +
                     "</li>\n";
    }
    // Single figures given as fractions: shown as percentages with their year and source.
    for (const char* key : {"out_of_pocket_share", "budget_execution_rate"}) {
        const json* figure = html::context_entry(results, key);
        if (!figure || !member(*figure, "value").is_number()) continue;
        items += "<li>" + html::escape(message(
                              "brief.context." + std::string(key), language,
                              {format_percent(100 * member(*figure, "value").get<double>(), 1, language),
                               member(*figure, "year").is_null() ? "" : member(*figure, "year").dump(),
                               html::string_at(*figure, "source")})) +
                 "</li>\n";
    }
    if (const json* gdp = html::context_entry(results, "gdp"); gdp && member(*gdp, "value").is_number())
        items += "<li>" + html::escape(message(
                              "brief.context.gdp", language,
                              {format_amount(member(*gdp, "value").get<double>(), currency, language),
                               member(*gdp, "year").dump()})) +
                 "</li>\n";
    if (items.empty()) return out + html::paragraph(message("common.not_available", language), "note");
    return out + "<ul>\n" + items + "</ul>\n";
}

std::string options_screened(const json& results, const std::vector<Option>& all,
                             Language language) {
    std::vector<std::string> criteria;
    for (const auto& c : member(member(results, "ranking"), "criteria"))
        criteria.push_back(html::localized(member(c, "name"), language));
    std::string out = heading("brief.options.title", language) +
                      html::paragraph(message("brief.options.text", language,
                                              {std::to_string(all.size()),
                                               std::to_string(criteria.size()),
                                               html::join_list(criteria, language)}));
    std::vector<std::string> left_out;
    for (const auto& c : member(member(results, "ranking"), "criteria_left_out"))
        left_out.push_back(html::string_at(c, "id") + " (" + html::string_at(c, "reason") + ")");
    if (!left_out.empty())
        out += html::paragraph(message("brief.options.left_out", language,
                                       {html::join_list(left_out, language)}), "note");
    return out;
}

Cell number_cell(const json& value) {
    if (value.is_number()) return value.get<double>();
    return std::monostate{};
}

// The ranked table: yield, shares, score on each criterion (weights in the headers), overall
// score and the SMAA probability of ranking first.
std::string ranked_table(const json& results, const std::vector<Option>& all, Language language) {
    const json& criteria = member(member(results, "ranking"), "criteria");
    const std::string billions = message("unit.billions", language, {html::currency(results)});
    Table t{"brief-ranking",
            message("brief.table.title", language, {std::to_string(html::middle_year(results))}),
            {{text("brief.table.rank", language), "", 0},
             {text("brief.table.option", language), ""},
             {text("brief.table.yield", language), billions, 2},
             {text("brief.table.interval", language), billions},
             {text("brief.table.gdp", language), "%", 3},
             {text("brief.table.gap", language), "%", 1}},
            {}, 1, ""};
    for (const auto& c : criteria)
        t.columns.push_back({html::localized(member(c, "name"), language),
                             message("brief.table.weight", language,
                                     {format_number(c.value("weight", NAN), 2, language)}),
                             1});
    t.columns.push_back({text("brief.table.score", language), "", 2});
    t.columns.push_back({text("brief.table.first", language), "%", 0});
    for (const auto& o : all) {
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
                member(member(member(*o.result, "criteria"), html::string_at(c, "id")), "score")));
        row.push_back(number_cell(member(*o.result, "score")));
        row.emplace_back(100 * acceptability(*o.result, 1));
        t.rows.push_back(std::move(row));
    }
    t.note = message("brief.table.note", language,
                     {html::string_at(member(results, "ranking"), "method"),
                      format_number(member(member(results, "ranking"), "smaa_draws").is_number()
                                        ? member(member(results, "ranking"), "smaa_draws").get<double>()
                                        : NAN,
                                    0, language)});
    std::string out = heading("brief.table.heading", language) + html::table(t, language);
    const std::string robust = robustness(all, language);
    if (!robust.empty()) out += html::paragraph(robust);
    const std::string weights = weight_sensitivity(results, all, language);
    if (!weights.empty()) out += html::paragraph(weights);
    return out;
}

std::string card(const json& results, const Option& o, Language language) {
    std::string out = "<div class=\"card\">\n<h3>" +
                      html::escape(std::to_string(o.result->value("rank", 0)) + ". " + o.label) +
                      "</h3>\n";
    const std::string currency = html::currency(results);
    out += html::paragraph(
        message("brief.card.yield", language,
                {std::to_string(html::middle_year(results)),
                 format_amount(o.net_p50, currency, language),
                 format_amount(o.net_p5, currency, language),
                 format_amount(o.net_p95, currency, language)}) +
        shares(o.percent_gdp, o.percent_gap, language) + ".");
    const json& profile = o.mechanism ? member(*o.mechanism, "profile") : member(json(), "");
    if (!profile.is_object()) {
        const std::string plugin = o.mechanism ? html::string_at(*o.mechanism, "plugin") : "";
        return out + html::paragraph(message("brief.card.no_profile", language, {plugin}), "note") +
               "</div>\n";
    }
    out += "<dl>\n";
    for (const char* field :
         {"how_it_works", "precedent", "regional_rules", "who_pays", "instrument", "collection_agent"}) {
        const std::string value = html::localized(member(profile, field), language);
        if (value.empty()) continue;
        out += "<dt>" + html::escape(message("brief.card." + std::string(field), language)) +
               "</dt><dd>" + html::escape(value) + "</dd>\n";
    }
    const json& incidence = member(*o.mechanism, "incidence");
    const json& kakwani = member(incidence, "kakwani_index");
    if (kakwani.is_number()) {
        // The scale of the vertical-equity criterion: within +-0.02, roughly proportional.
        const double k = kakwani.get<double>();
        const char* reading = k > 0.02    ? "brief.card.progressive"
                              : k < -0.02 ? "brief.card.regressive"
                                          : "brief.card.proportional";
        const json* shares = html::context_entry(results, string_at(incidence, "spending_shares"));
        const std::string evidence = shares ? string_at(*shares, "evidence") : std::string();
        out += "<dt>" + html::escape(message("brief.card.incidence", language)) + "</dt><dd>" +
               html::escape(message("brief.card.kakwani", language,
                                    {format_number(k, 2, language), message(reading, language),
                                     evidence.empty()
                                         ? evidence
                                         : std::string(message("brief.evidence." + evidence,
                                                               language))})) +
               "</dd>\n";
    }
    out += "</dl>\n";
    std::vector<std::string> sources;
    for (const auto& s : member(profile, "sources"))
        if (s.is_string()) sources.push_back(s.get<std::string>());
    if (!sources.empty())
        out += html::paragraph(message("brief.card.sources", language, {html::join_list(sources, language)}),
                               "note");
    return out + "</div>\n";
}

// The annex: the context figures and the parameters of the recommended options, through the
// report's own assumptions table (so both documents show them alike), and the provenance.
std::string annex(const json& results, const std::vector<Option>& recommended, Language language) {
    json subset = results;
    json context = json::array();
    for (const char* key : {"financing_gap", "out_of_pocket_share", "budget_execution_rate", "gdp"})
        if (const json* entry = html::context_entry(results, key)) context.push_back(*entry);
    subset["context"] = context;
    json assumptions = json::array();
    for (const auto& a : member(results, "assumptions"))
        for (const auto& o : recommended)
            if (html::string_at(a, "mechanism") == o.label) assumptions.push_back(a);
    subset["assumptions"] = assumptions;
    std::string out = "<section class=\"annex\">\n" + heading("brief.annex.title", language);
    for (const auto& t : report_tables(subset, language))
        if (t.id == "assumptions") out += html::table(t, language, true);
    const json& p = member(results, "provenance");
    out += html::paragraph(
        message("brief.annex.provenance", language,
                {html::string_at(results, "finmech_version"),
                 html::string_at(member(p, "scenario"), "name").empty()
                     ? html::string_at(results, "scenario")
                     : html::string_at(member(p, "scenario"), "name"),
                 member(results, "seed").dump(), member(results, "draws").dump(),
                 html::string_at(member(p, "scenario"), "sha256").substr(0, 16)}),
        "note");
    return out + "</section>\n";
}

constexpr std::string_view brief_css = R"(@page { margin: 11mm 11mm 12mm; }
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
#table-brief-ranking td:nth-child(2) { min-width: 13em; }
#table-brief-ranking td:nth-child(4) { white-space: nowrap; }
#table-assumptions { font-size: 6pt; }
tr.group th { background: none; color: #1f4e79; padding-top: 4pt; border-bottom: 1px solid #a9c9e6; }
)";

}  // namespace

std::string render_brief(const json& results, Language language) {
    std::vector<Option> all;
    for (const json* result : html::ranked(results)) all.push_back(read_option(results, *result));
    const std::vector<Option> recommended(
        all.begin(), all.begin() + static_cast<std::ptrdiff_t>(std::min(brief_recommended_options, all.size())));

    const std::string title = text("brief.title", language);
    std::string subtitle = text("brief.subtitle", language);
    if (const std::string produced = html::produced_by(results, language); !produced.empty())
        subtitle += " — " + produced;
    std::string body = "<header>\n<h1>" + html::escape(title) + "</h1>\n" +
                       html::paragraph(subtitle, "note") + "</header>\n";
    if (all.empty()) {
        body += html::paragraph(message("common.not_available", language));
        return html::page(language, title, brief_css, body);
    }
    body += ask(results, recommended, language);
    body += summary(results, all, recommended, language);
    body += fiscal_context(results, language);
    body += options_screened(results, all, language);
    body += ranked_table(results, all, language);
    body += heading("brief.cards.title", language);
    for (const auto& o : recommended) body += card(results, o, language);
    body += heading("brief.earmarking.title", language) + catalogue_list("brief.earmarking", 4, language);
    body += heading("brief.risks.title", language) + catalogue_list("brief.risks", 5, language);
    body += heading("brief.next.title", language) + catalogue_list("brief.next", 4, language);
    body += annex(results, recommended, language);
    return html::page(language, title, brief_css, body);
}

}  // namespace finmech::reports
