#include "finmech/reports/tables.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/number_format.hpp"
#include "results_json.hpp"

namespace finmech::reports {

using nlohmann::json;

namespace {

// The most places shown for three significant figures: a p-value of 0.000123 keeps them all.
constexpr int significant_places = 6;

// The number object[key], scaled, or an empty cell.
Cell cell_at(const json& object, std::string_view key, double scale = 1.0) {
    return number_cell(number_at(object, key) * scale);
}

Cell text_cell(std::string text) {
    if (text.empty()) return std::monostate{};
    return text;
}

// Element `index` of series[statistic] (a per-year array), scaled; else an empty cell.
Cell yearly_cell(const json& series, std::string_view statistic, std::size_t index, double scale) {
    return number_cell(yearly(series, statistic, index) * scale);
}

Table start_table(const char* id, std::string title, int decimals) {
    Table table;
    table.id = id;
    table.title = std::move(title);
    table.decimals = decimals;
    return table;
}

// A column headed by the message `key`.
Column column(const char* key, Language language, std::string unit = "",
              std::optional<int> decimals = std::nullopt) {
    return {std::string(message(key, language)), std::move(unit), decimals};
}

Table yield_table(const json& results, Language language) {
    Table table = start_table("yield", "", 2);
    const std::size_t middle = middle_year_index(results);
    const int year = middle_year(results);
    table.title = message("tables.yield.title", language, {year == 0 ? "?" : std::to_string(year)});
    const std::string billions = message("unit.billions", language, {currency(results)});
    table.columns = {column("tables.mechanism", language),
                     column("tables.yield.net_mean", language, billions),
                     column("tables.yield.net_p5", language, billions),
                     column("tables.yield.net_p95", language, billions),
                     column("tables.yield.usd", language,
                            std::string(message("unit.millions_usd", language))),
                     column("tables.yield.percent_gdp", language, "%"),
                     column("tables.yield.percent_gge", language, "%"),
                     column("tables.yield.percent_gap", language, "%"),
                     column("tables.yield.effective", language, billions)};
    for (const auto& mechanism : member(results, "mechanisms")) {
        const json& expressed = member(mechanism, "expressed");
        const json& net = member(mechanism, "net_revenue");
        table.rows.push_back(
            {text_cell(string_at(mechanism, "label")), yearly_cell(net, "mean", middle, 1e-9),
             yearly_cell(net, "p5", middle, 1e-9), yearly_cell(net, "p95", middle, 1e-9),
             yearly_cell(member(expressed, "usd"), "mean", middle, 1e-6),
             yearly_cell(member(expressed, "percent_gdp"), "mean", middle, 1.0),
             yearly_cell(member(expressed, "percent_gge"), "mean", middle, 1.0),
             yearly_cell(member(expressed, "percent_financing_gap"), "mean", middle, 1.0),
             yearly_cell(member(expressed, "effective_for_health"), "mean", middle, 1e-9)});
    }
    table.note = std::string(message("tables.yield.note", language));
    // The CSV files and the workbook have no title page: the first table says it.
    if (indicative(results))
        table.note = std::string(message("common.indicative", language)) + " " + table.note;
    return table;
}

Table scores_table(const json& ranking, Language language) {
    Table table =
        start_table("scores", std::string(message("tables.scores.title", language)), 2);
    table.columns = {column("tables.mechanism", language),
                     column("tables.criterion", language),
                     column("tables.scores.score", language,
                            std::string(message("unit.score_scale", language))),
                     column("tables.scores.symbol", language),
                     column("tables.scores.provenance", language),
                     column("tables.scores.basis", language),
                     column("tables.scores.indicator_mean", language, "", significant_decimals)};
    for (const auto& result : member(ranking, "results")) {
        for (const auto& criterion : member(ranking, "criteria")) {
            const json& score = member(member(result, "criteria"), string_at(criterion, "id"));
            if (score.is_null()) continue;
            const std::string provenance = string_at(score, "provenance");
            table.rows.push_back(
                {text_cell(string_at(result, "alternative")),
                 text_cell(localized(member(criterion, "name"), language)),
                 cell_at(score, "score"), text_cell(string_at(score, "symbol")),
                 text_cell(std::string(message("tables.scores." + provenance, language))),
                 text_cell(provenance == "modelled" ? string_at(score, "indicator")
                           : provenance == "prior"
                               ? message("tables.scores.prior_basis", language,
                                         {string_at(score, "by"), string_at(score, "stakeholders")})
                               : string_at(score, "by")),
                 cell_at(score, "indicator_mean")});
        }
    }
    table.note = std::string(message("tables.scores.note", language));
    return table;
}

Table ranking_table(const json& results, Language language) {
    const json& ranking = member(results, "ranking");
    Table table =
        start_table("ranking", std::string(message("tables.ranking.title", language)), 0);
    table.columns = {column("tables.ranking.rank", language),
                     column("tables.mechanism", language),
                     column("tables.ranking.score", language, "%"),
                     column("tables.ranking.first", language, "%"),
                     column("tables.ranking.top_three", language, "%"),
                     column("rules.column", language)};
    for (const json* result : ranked(results)) {
        const std::string label = string_at(*result, "alternative");
        const json* option = mechanism(results, label);
        const std::string rules = option ? broken_rules(*option, language) : std::string();
        const bool admissible =
            !member(*result, "admissible").is_boolean() || (*result)["admissible"].get<bool>();
        table.rows.push_back(
            {cell_at(*result, "rank"), text_cell(label), cell_at(*result, "score", 100.0),
             number_cell(100 * rank_acceptability(*result, 1)),
             number_cell(100 * rank_acceptability(*result, 3)),
             text_cell(admissible ? (rules.empty() ? std::string(message("rules.admissible", language))
                                                   : std::string(message("rules.admissible", language)) +
                                                         " — " + rules)
                                  : message("rules.not_admissible", language, {rules}))});
    }
    std::string weights;
    for (const auto& criterion : member(ranking, "criteria")) {
        if (!weights.empty()) weights += "; ";
        weights += localized(member(criterion, "name"), language) + " " +
                   format_number(criterion.value("weight", 0.0), 2, language);
    }
    table.note = message("tables.ranking.note", language,
                         {string_at(ranking, "method"), weights}) +
                 " " + std::string(message("rules.note", language));
    std::vector<std::string> left_out;
    for (const auto& c : member(ranking, "criteria_left_out")) {
        const std::string name = localized(member(c, "name"), language);
        left_out.push_back(name.empty() ? string_at(c, "id") : name);
    }
    if (!left_out.empty()) {
        std::string names;
        for (const auto& n : left_out) names += (names.empty() ? "" : ", ") + n;
        table.note += " " + message("tables.ranking.left_out", language, {names});
    }
    return table;
}

// A value of the context or of a parameter: a number stays a number; a series reads as text.
Cell value_cell(const json& entry, Language language) {
    const json& value = member(entry, "value");
    if (value.is_number()) return value.get<double>();
    if (value.is_array()) {
        std::string text;
        for (const auto& v : value)
            text += (text.empty() ? "" : "; ") +
                    (v.is_number() ? format_number(v.get<double>(), 3, language) : v.dump());
        return text;
    }
    if (value.is_string()) return value.get<std::string>();
    return std::monostate{};
}

// A parameter's law as a reader sees it: "triangulaire (min. 0,3 ; mode 0,5 ; max. 1)".
Cell law_cell(const json& parameter, Language language) {
    const json& law = member(parameter, "law");
    if (!law.is_object()) return std::monostate{};
    struct Named {
        const char* id;   // as results.json writes it
        const char* key;  // its message
    };
    static constexpr Named names[] = {
        {"triangular", "tables.law.triangular"}, {"uniform", "tables.law.uniform"},
        {"normal", "tables.law.normal"},         {"lognormal", "tables.law.lognormal"},
        {"pert", "tables.law.pert"},             {"beta", "tables.law.beta"}};
    static constexpr Named arguments[] = {
        {"low", "tables.law.low"},   {"mode", "tables.law.mode"}, {"high", "tables.law.high"},
        {"mean", "tables.law.mean"}, {"sd", "tables.law.sd"}};
    const std::string dist = string_at(law, "dist");
    std::string text = dist;
    for (const auto& name : names)
        if (dist == name.id) text = std::string(message(name.key, language));
    // The arguments in a reader's order (low, mode, high...), then any other.
    std::vector<std::pair<std::string, std::string>> shown;  // key, label
    for (const auto& name : arguments) shown.emplace_back(name.id, message(name.key, language));
    for (const auto& item : law.items())
        if (std::none_of(shown.begin(), shown.end(),
                         [&](const auto& s) { return s.first == item.key(); }))
            shown.emplace_back(item.key(), item.key());
    std::string values;
    for (const auto& [key, label] : shown) {
        if (!law.contains(key) || !law[key].is_number()) continue;
        if (!values.empty()) values += language == Language::fr ? " ; " : "; ";
        values += label + " " + format_significant(law[key].get<double>(), significant_places,
                                                   language);
    }
    return values.empty() ? text : text + " (" + values + ")";
}

// An evidence grade in the reader's words; an unknown grade as written.
Cell evidence_cell(const json& entry, Language language) {
    static constexpr std::pair<const char*, const char*> grades[] = {
        {"sourced", "evidence.sourced"}, {"derived", "evidence.derived"},
        {"assumed", "evidence.assumed"}, {"unverified", "evidence.unverified"}};
    const std::string grade = string_at(entry, "evidence");
    for (const auto& [id, key] : grades)
        if (grade == id) return std::string(message(key, language));
    return text_cell(grade);
}

// A year reads "2023" in every language, never "2 023": text.
Cell year_cell(const json& figure) {
    const json& year = member(figure, "year");
    if (year.is_number_integer() && year.get<int>() != 0) return std::to_string(year.get<int>());
    return std::monostate{};
}

}  // namespace

Table assumptions_table(const std::vector<const json*>& figures,
                        const std::vector<const json*>& parameters, Language language) {
    Table table =
        start_table("assumptions", std::string(message("tables.assumptions.title", language)), 3);
    table.columns = {column("tables.assumptions.applies_to", language),
                     column("tables.assumptions.figure", language),
                     column("tables.assumptions.value", language, "", significant_decimals),
                     column("tables.assumptions.law", language),
                     column("tables.assumptions.unit", language),
                     column("tables.assumptions.year", language),
                     column("tables.assumptions.source", language),
                     column("tables.assumptions.evidence", language)};
    const std::string context(message("tables.assumptions.context", language));
    for (const json* entry : figures) {
        const json& figure = *entry;
        std::string label = localized(member(figure, "label"), language);
        if (label.empty()) label = string_at(figure, "key");
        if (!figure.contains("value")) continue;  // a derived series: see the report's charts
        table.rows.push_back({context, text_cell(label), value_cell(figure, language),
                              std::monostate{}, text_cell(string_at(figure, "unit")), year_cell(figure),
                              text_cell(string_at(figure, "source")),
                              evidence_cell(figure, language)});
    }
    for (const json* entry : parameters) {
        const json& parameter = *entry;
        std::string label = localized(member(parameter, "label"), language);
        if (label.empty()) label = string_at(parameter, "parameter");
        table.rows.push_back({text_cell(string_at(parameter, "mechanism")), text_cell(label),
                              value_cell(parameter, language), law_cell(parameter, language),
                              text_cell(string_at(parameter, "unit")), std::monostate{},
                              text_cell(string_at(parameter, "source")),
                              evidence_cell(parameter, language)});
    }
    if (table.rows.empty())
        table.note = std::string(message("common.not_available", language));
    return table;
}

namespace {

// Every entry of the array results[key].
std::vector<const json*> entries(const json& results, std::string_view key) {
    std::vector<const json*> out;
    for (const auto& entry : member(results, key)) out.push_back(&entry);
    return out;
}

// The workshop cells flagged as disagreements, with each group's score.
Table disagreements_table(const json& results, Language language) {
    const json& workshop = member(results, "workshop");
    Table table = start_table("disagreements",
                              std::string(message("plenary.disagreements.title", language)), 1);
    const std::string scale(message("unit.score_scale", language));
    table.columns = {column("tables.mechanism", language), column("tables.criterion", language),
                     column("plenary.disagreements.median", language, scale),
                     column("plenary.disagreements.min", language, scale, 0),
                     column("plenary.disagreements.max", language, scale, 0),
                     column("plenary.disagreements.by_group", language)};
    for (const auto& cell : member(member(workshop, "consensus"), "cells")) {
        if (!member(cell, "disagreement").is_boolean() || !cell["disagreement"].get<bool>()) continue;
        const std::string mechanism = string_at(cell, "mechanism"), criterion = string_at(cell, "criterion");
        std::string by_group;
        for (const auto& score : member(workshop, "scores"))
            if (string_at(score, "mechanism") == mechanism && string_at(score, "criterion") == criterion &&
                member(score, "score").is_number())
                by_group += (by_group.empty() ? "" : "; ") + string_at(score, "group") + " " +
                            format_number(score["score"].get<double>(), 0, language);
        table.rows.push_back({text_cell(mechanism),
                              text_cell(criterion_name(results, criterion, language)),
                              cell_at(cell, "median"), cell_at(cell, "min"), cell_at(cell, "max"),
                              text_cell(by_group)});
    }
    table.note = std::string(message(table.rows.empty() ? "plenary.disagreements.none"
                                                        : "plenary.disagreements.note",
                                     language));
    return table;
}

// A sentence reading the overall W: its strength, in three bands merged from the finer scale of
// Schmidt 1997 (0.3 weak, 0.5 moderate, 0.7 strong; quoted from memory, not checked against the
// paper here), and whether it is significant at 5 %.
std::string concordance_reading(const json& overall, Language language) {
    if (!member(overall, "W").is_number())
        return message("plenary.reading.unavailable", language,
                       {localized(member(overall, "unavailable"), language)});
    const double w = overall["W"].get<double>();
    const char* strength = w >= 0.7 ? "plenary.reading.strong"
                           : w >= 0.3 ? "plenary.reading.moderate"
                                      : "plenary.reading.weak";
    std::string reading = message(strength, language, {format_number(w, 2, language)});
    if (member(overall, "p_value").is_number()) {
        const double p = overall["p_value"].get<double>();
        reading += ' ';
        reading += message(p < 0.05 ? "plenary.reading.significant" : "plenary.reading.not_significant",
                           language, {format_significant(p, significant_places, language)});
    }
    return reading;
}

// Kendall's W among the groups, overall then per criterion; its note reads the overall W.
Table concordance_table(const json& results, Language language) {
    Table table = start_table("concordance",
                              std::string(message("plenary.concordance.title", language)), 3);
    table.columns = {column("plenary.concordance.scope", language),
                     {"W", ""},
                     column("plenary.concordance.w_corrected", language),
                     column("plenary.concordance.chi2", language),
                     column("plenary.concordance.df", language, "", 0),
                     column("plenary.concordance.p_value", language, "", significant_decimals),
                     column("plenary.concordance.groups", language, "", 0),
                     column("plenary.concordance.remark", language)};
    const json& concordance =
        member(member(member(results, "workshop"), "consensus"), "concordance");
    const auto add = [&](std::string scope, const json& w) {
        table.rows.push_back({text_cell(std::move(scope)), cell_at(w, "W"),
                              cell_at(w, "W_corrected"), cell_at(w, "chi2"), cell_at(w, "df"),
                              cell_at(w, "p_value"), cell_at(w, "groups"),
                              text_cell(localized(member(w, "unavailable"), language))});
    };
    const json& overall = member(concordance, "overall");
    add(std::string(message("plenary.concordance.overall", language)), overall);
    for (const auto& [id, w] : member(concordance, "per_criterion").items())
        add(criterion_name(results, id, language), w);
    table.note = concordance_reading(overall, language) + " " +
                 std::string(message("plenary.concordance.note", language));
    return table;
}

}  // namespace

// The health taxes' dividend: consumption change, quitters, deaths averted.
Table health_table(const json& results, Language language) {
    Table table = start_table("health", std::string(message("health.title", language)), 1);
    table.columns = {column("tables.mechanism", language),
                     column("health.consumption_change", language, "%"),
                     column("health.quitters", language, "", 0),
                     column("health.deaths_averted", language, "", 0)};
    for (const auto& mechanism : member(results, "mechanisms")) {
        const HealthDividend d = health_dividend(mechanism);
        if (!d.reported) continue;
        table.rows.push_back({text_cell(string_at(mechanism, "label")),
                              number_cell(100 * d.consumption_change), number_cell(d.quitters),
                              number_cell(d.deaths_averted)});
    }
    table.note = std::string(message("health.note", language));
    return table;
}

// The message naming a failure's kind, e.g. "crash" for "crashed" (plugin_failure.hpp).
std::string failure_kind(const std::string& kind, Language language) {
    static const std::map<std::string, const char*> keys{
        {"model_error", "failures.kind.model_error"},
        {"crashed", "failures.kind.crashed"},
        {"exited", "failures.kind.exited"},
        {"timed_out", "failures.kind.timed_out"},
        {"out_of_memory", "failures.kind.out_of_memory"},
        {"non_finite", "failures.kind.non_finite"},
        {"impossible", "failures.kind.impossible"},
        {"non_deterministic", "failures.kind.non_deterministic"}};
    const auto key = keys.find(kind);
    return key == keys.end() ? kind : std::string(message(key->second, language));
}

// The mechanisms whose plugin failed, with how and where.
Table failures_table(const json& results, Language language) {
    Table table = start_table("failures", std::string(message("failures.title", language)), 0);
    table.columns = {column("tables.mechanism", language), column("failures.plugin", language),
                     column("failures.failure", language), column("failures.reason", language),
                     column("failures.draw", language)};
    for (const auto& failed : member(results, "failed")) {
        const json& draw = member(failed, "draw");
        table.rows.push_back({text_cell(string_at(failed, "label")),
                              text_cell(string_at(failed, "plugin") + " (" +
                                        string_at(failed, "file") + ")"),
                              text_cell(failure_kind(string_at(failed, "failure"), language)),
                              text_cell(string_at(failed, "reason")),
                              draw.is_number() ? Cell(draw.get<double>()) : Cell()});
    }
    table.note = std::string(message("failures.note", language));
    return table;
}

// One row of the packages table: which package, its options, value and yield.
std::vector<Cell> package_row(const json& results, const json& package, std::string_view kind,
                              Language language) {
    std::string options;
    for (const auto& o : member(package, "options"))
        if (o.is_string()) options += (options.empty() ? "" : "; ") + o.get<std::string>();
    const std::size_t t = middle_year_index(results);
    const json& net = member(member(package, "yield"), "net");
    const bool drawn = net.is_object();
    return {text_cell(std::string(kind)),
            text_cell(options),
            cell_at(package, "value"),
            number_cell(drawn ? yearly(net, "p50", t) * 1e-9 : yearly(package, "net_mean", t) * 1e-9),
            drawn ? text_cell(format_significant(yearly(net, "p5", t) * 1e-9, 2, language) + " – " +
                              format_significant(yearly(net, "p95", t) * 1e-9, 2, language))
                  : Cell{},
            cell_at(package, "percent_gdp"),
            cell_at(package, "gap_share", 100.0),
            cell_at(package, "new_taxes")};
}

// At most this many packages of each frontier in the table.
constexpr std::size_t frontier_rows = 6;

Table packages_table(const json& results, Language language) {
    const json& packages = member(results, "packages");
    Table table = start_table("packages", std::string(message("packages.title", language)), 2);
    const std::string billions = message("unit.billions", language, {currency(results)});
    const int year = middle_year(results);
    table.columns = {column("packages.kind", language),
                     column("packages.options", language),
                     column("packages.value", language),
                     column("packages.net", language, billions + ", " + std::to_string(year)),
                     column("packages.interval", language, billions),
                     column("packages.percent_gdp", language, "%"),
                     column("packages.gap_share", language, "%"),
                     column("packages.new_taxes", language, "", 0)};
    if (member(packages, "best").is_object())
        table.rows.push_back(package_row(results, packages["best"], message("packages.best", language), language));
    for (const auto& named : member(packages, "named"))
        table.rows.push_back(package_row(
            results, named,
            message("packages.named", language,
                    {localized(member(named, "label"), language).empty()
                         ? string_at(named, "name")
                         : localized(member(named, "label"), language)}),
            language));
    const std::pair<const char*, const char*> frontiers[] = {
        {"value", "packages.frontier.value"},
        {"vertical_equity", "packages.frontier.vertical_equity"}};
    // A frontier can hold dozens of packages: a few spread along it are shown, the rest stay in
    // results.json.
    std::size_t shown = 0, found = 0;
    for (const auto& [frontier, kind] : frontiers) {
        const json& list = member(member(packages, "frontier"), frontier);
        if (!list.is_array()) continue;
        found += list.size();
        // Evenly spread, both ends included: the largest yield and the highest merit.
        const std::size_t count = std::min(list.size(), frontier_rows);
        for (std::size_t r = 0; r < count; ++r, ++shown) {
            const std::size_t k = count == 1 ? 0 : r * (list.size() - 1) / (count - 1);
            table.rows.push_back(package_row(results, list[k], message(kind, language), language));
        }
    }
    table.note = message("packages.note", language,
                         {format_number(number_at(packages, "enumerated"), 0, language),
                          std::to_string(shown), std::to_string(found)});
    if (table.rows.empty()) table.note = std::string(message("common.not_available", language));
    return table;
}

std::vector<Table> report_tables(const json& results, Language language) {
    std::vector<Table> tables{yield_table(results, language)};
    if (Table failures = failures_table(results, language); !failures.rows.empty())
        tables.push_back(std::move(failures));
    tables.push_back(scores_table(member(results, "ranking"), language));
    tables.push_back(ranking_table(results, language));
    if (member(results, "packages").is_object()) tables.push_back(packages_table(results, language));
    if (Table health = health_table(results, language); !health.rows.empty())
        tables.push_back(std::move(health));
    tables.push_back(

        assumptions_table(entries(results, "context"), entries(results, "assumptions"), language));
    if (member(results, "workshop").is_object()) {
        tables.push_back(disagreements_table(results, language));
        tables.push_back(concordance_table(results, language));
    }
    return tables;
}

Cell number_cell(double value) {
    if (std::isnan(value)) return std::monostate{};
    return value;
}

std::string header_with_unit(const Column& column) {
    return column.unit.empty() ? column.header : column.header + " (" + column.unit + ")";
}

std::string cell_text(const Table& table, std::size_t column, const Cell& cell,
                      Language language) {
    if (const auto* number = std::get_if<double>(&cell)) {
        int decimals = table.decimals;
        if (column < table.columns.size() && table.columns[column].decimals)
            decimals = *table.columns[column].decimals;
        if (decimals == significant_decimals)
            return format_significant(*number, significant_places, language);
        return format_number(*number, decimals, language);
    }
    if (const auto* text = std::get_if<std::string>(&cell)) return *text;
    return {};
}

}  // namespace finmech::reports
