// A small results.json written by hand, so the renderers' tests know every number in it.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace finmech::test {

// Two mechanisms over three years (middle year 2025), two criteria, one judged score.
inline nlohmann::json small_results() {
    using nlohmann::json;
    const auto yearly = [](double a, double b, double c) {
        return json{{"mean", {a, b, c}}, {"p5", {a * 0.5, b * 0.5, c * 0.5}},
                    {"p50", {a, b, c}}, {"p95", {a * 2, b * 2, c * 2}}};
    };
    const auto expressed = [&](const char* unit, double a, double b, double c) {
        json e = yearly(a, b, c);
        e["unit"] = unit;
        return e;
    };
    json mechanisms = json::array();
    mechanisms.push_back(
        {{"label", "Taxe télécom 2 %"},
         {"plugin", "telecom_levy"},
         {"plugin_version", "1.0.0"},
         {"net_revenue", yearly(14e9, 15.25e9, 16e9)},
         {"expressed",
          {{"usd", expressed("US$", 23e6, 25e6, 26e6)},
           {"percent_gdp", expressed("% of GDP", 0.08, 0.0875, 0.09)},
           {"percent_gge", expressed("% of general government expenditure", 0.3, 0.325, 0.33)},
           {"percent_financing_gap", expressed("% of the UHC financing gap", 0.3, 0.5, 0.33)},
           {"effective_for_health", expressed("FCFA", 4e9, 4.5e9, 5e9)}}}});
    mechanisms.push_back({{"label", "Accise tabac; \"UEMOA\""},  // a separator and quotes
                          {"plugin", "tobacco_excise"},
                          {"plugin_version", "1.0.0"},
                          {"net_revenue", yearly(50e9, 58.5e9, 60e9)},
                          {"expressed", json::object()}});
    json criteria = json::array(
        {{{"id", "revenue_potential"},
          {"name", {{"fr", "Potentiel de recettes"}, {"en", "Revenue potential"}}},
          {"weight", 0.75}},
         {{"id", "political_feasibility"},
          {"name", {{"fr", "Faisabilité politique"}, {"en", "Political feasibility"}}},
          {"weight", 0.25}}});
    json results = json::array(
        {{{"alternative", "Taxe télécom 2 %"},
          {"rank", 2},
          {"score", 0.25},
          {"rank_acceptability", {0.125, 0.875}},
          {"criteria",
           {{"revenue_potential",
             {{"score", 2.5}, {"symbol", "+-"}, {"provenance", "modelled"},
              {"indicator", "revenue_percent_gdp"}, {"indicator_mean", 0.0875}}},
            {"political_feasibility",
             {{"score", 4.0}, {"symbol", "+"}, {"provenance", "judged"},
              {"by", "Groupe 2, atelier 2015"}}}}}},
         {{"alternative", "Accise tabac; \"UEMOA\""},
          {"rank", 1},
          {"score", 0.75},
          {"rank_acceptability", {0.875, 0.125}},
          {"criteria",
           {{"revenue_potential",
             {{"score", 4.5}, {"symbol", "++"}, {"provenance", "modelled"},
              {"indicator", "revenue_percent_gdp"}, {"indicator_mean", 0.35}}}}}}});
    return {{"schema_version", 1},
            {"finmech_version", "0.1.0"},
            {"scenario", "test"},
            {"seed", 7},
            {"draws", 100},
            {"currency", "FCFA"},
            {"years", {2024, 2025, 2026}},
            {"mechanisms", mechanisms},
            {"ranking",
             {{"method", "wsm"}, {"criteria", criteria}, {"results", results}}},
            {"provenance", {{"generated", "2026-03-04"}}},
            {"context",
             json::array({{{"key", "gdp"}, {"value", 12e12}, {"unit", "FCFA"}, {"year", 2023},
                           {"source", "IMF"}, {"evidence", "sourced"}}})},
            {"assumptions",
             json::array({{{"mechanism", "Taxe télécom 2 %"},
                           {"plugin", "telecom_levy"},
                           {"parameter", "elasticity"},
                           {"label", {{"fr", "Élasticité-prix"}, {"en", "Price elasticity"}}},
                           {"value", -0.5},
                           {"law", {{"dist", "triangular"}, {"low", -0.8}, {"mode", -0.5},
                                    {"high", -0.3}}},
                           {"unit", "dimensionless"},
                           {"source", "Sawadogo 2021"},
                           {"evidence", "assumed"}}})}};
}

// `results` as `evaluate --judged` leaves them: three groups scored both mechanisms on three
// criteria. Only "Taxe télécom 2 %" on political feasibility spreads 2 points or more (1, 4, 5).
// The concordance, by hand (Kendall 1948, W = 12 S / (m^2 (n^3 - n)), m = 3 groups, n = 2
// mechanisms): on their means (A 2 against 3, B 3 against 3.33, C 3.67 against 3.33) and on
// political feasibility two groups put one mechanism first and the third the other, so rank
// sums 5 and 4, S = 0.5, W = 1/9, chi2 = m (n - 1) W = 1/3, p = 0.564; on equity and
// acceptability every group puts the same one first: W = 1, chi2 = 3, p = 0.0833.
inline nlohmann::json with_workshop(nlohmann::json results) {
    using nlohmann::json;
    const std::vector<std::string> groups{"Groupe A", "Groupe B", "Groupe C"};
    const std::string telecom = "Taxe télécom 2 %", tobacco = "Accise tabac; \"UEMOA\"";
    // criterion -> mechanism -> the groups' scores
    const std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::vector<int>>>>> table{
        {"political_feasibility", {{telecom, {1, 4, 5}}, {tobacco, {3, 3, 4}}}},
        {"equity", {{telecom, {2, 2, 3}}, {tobacco, {4, 5, 4}}}},
        {"acceptability", {{telecom, {3, 3, 3}}, {tobacco, {2, 2, 2}}}}};
    json scores = json::array(), cells = json::array();
    for (const auto& [criterion, rows] : table)
        for (const auto& [mechanism, values] : rows) {
            for (std::size_t g = 0; g < groups.size(); ++g)
                scores.push_back({{"group", groups[g]}, {"mechanism", mechanism},
                                  {"criterion", criterion}, {"score", values[g]}});
            const auto [low, high] = std::minmax_element(values.begin(), values.end());
            std::vector<int> sorted = values;
            std::sort(sorted.begin(), sorted.end());
            cells.push_back({{"mechanism", mechanism}, {"criterion", criterion}, {"n", 3},
                             {"mean", (values[0] + values[1] + values[2]) / 3.0},
                             {"median", sorted[1]}, {"min", *low}, {"max", *high},
                             {"iqr", (sorted[2] - sorted[0]) / 2.0},
                             {"disagreement", *high - *low >= 2}});
        }
    const json weak{{"W", 1.0 / 9}, {"W_corrected", 1.0 / 9}, {"S", 0.5}, {"chi2", 1.0 / 3},
                    {"df", 1}, {"p_value", 0.5637}, {"groups", 3}, {"mechanisms", 2}};
    const json full{{"W", 1.0}, {"W_corrected", 1.0}, {"S", 4.5}, {"chi2", 3.0},
                    {"df", 1}, {"p_value", 0.0833}, {"groups", 3}, {"mechanisms", 2}};
    results["workshop"] = {
        {"session", "0123456789abcdef"},
        {"groups", groups},
        {"criteria", json::array({"political_feasibility", "equity", "acceptability"})},
        {"mechanisms", json::array({telecom, tobacco})},
        {"merged_sha256", std::string(64, 'a')},
        {"consensus",
         {{"cells", cells},
          {"concordance",
           {{"overall", weak},
            {"per_criterion",
             {{"political_feasibility", weak}, {"equity", full}, {"acceptability", full}}}}}}},
        {"scores", scores}};
    return results;
}

}  // namespace finmech::test
