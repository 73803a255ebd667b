// Reading a scenario and checking it against the plugins (finmech/host/scenario.hpp): every
// message names the file, the JSON pointer and the problem.
#include <functional>
#include <string>
#include <vector>

#include <finmech/host/embedded_files.hpp>
#include <finmech/host/input_error.hpp>
#include <finmech/host/json_file.hpp>
#include <finmech/host/scenario.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "plugin_files.hpp"
#include "thrown.hpp"
#include "isolation.hpp"

namespace {

using finmech::host::InputError;
using finmech::host::PluginCatalog;
using finmech::host::Scenario;
using nlohmann::json;

json document() {
    return {{"context",
             {{"base_year", 2023},
              {"horizon", 3},
              {"currency", "FCFA"},
              {"telecom_turnover",
               {{"value", 615.3e9},
                {"unit", "FCFA"},
                {"year", 2023},
                {"source", "AMRTP via Ecofin"},
                {"evidence", "derived"}}},
              {"price_index", {1.0, 1.1, 1.2}}}},
            {"mechanisms",
             {{{"plugin", "telecom_levy"},
               {"label", "Taxe de 2 %"},
               {"parameters", {{"rate", 0.02}}}}}}};
}

Scenario read(const json& d) { return finmech::host::read_scenario(d, "mali.json"); }

// The error of a call expected to refuse the scenario.
InputError error_of(const std::function<void()>& call) {
    return finmech_test::thrown<InputError>(call).value();
}

void expect_read_error(const json& d, const std::string& location, const std::string& problem) {
    const InputError e = error_of([&] { read(d); });
    EXPECT_EQ(e.file(), "mali.json");
    EXPECT_EQ(e.location(), location);
    EXPECT_EQ(e.problem(), problem);
}

// `document()` with `pointer` set to `value`.
json with(const char* pointer, const json& value) {
    json d = document();
    d[json::json_pointer(pointer)] = value;
    return d;
}

TEST(ScenarioReading, ReadsSettingsFiguresAndMechanisms) {
    const Scenario s = read(document());
    EXPECT_EQ(s.file, "mali.json");
    EXPECT_EQ(s.years(), (std::vector<int>{2024, 2025, 2026}));
    EXPECT_EQ(s.currency, "FCFA");
    const auto& turnover = s.figures.at("telecom_turnover");
    EXPECT_TRUE(turnover.scalar);
    EXPECT_EQ(turnover.values, std::vector<double>{615.3e9});
    EXPECT_EQ(turnover.year, 2023);
    EXPECT_EQ(turnover.evidence, "derived");
    EXPECT_FALSE(s.figures.at("price_index").scalar);
    ASSERT_EQ(s.mechanisms.size(), 1u);
    EXPECT_EQ(s.mechanisms[0].pointer, "/mechanisms/0");
    EXPECT_EQ(s.mechanisms[0].label, "Taxe de 2 %");
    EXPECT_EQ(s.mechanisms[0].parameters, json({{"rate", 0.02}}));
}

TEST(ScenarioReading, LabelsAMechanismWithItsPluginWhenUnlabelled) {
    json d = document();
    d["mechanisms"][0].erase("label");
    EXPECT_EQ(read(d).mechanisms[0].label, "telecom_levy");
}

TEST(ScenarioReading, GivesPluginsTheContextOfTheAbi) {
    EXPECT_EQ(
        read(document()).plugin_context(),
        json({{"base_year", 2023},
              {"years", 3},
              {"currency", "FCFA"},
              {"values", {{"telecom_turnover", 615.3e9}, {"price_index", {1.0, 1.1, 1.2}}}}}));
}

TEST(ScenarioReading, RefusesADocumentThatIsNotAnObject) {
    expect_read_error(json::array(), "", "expected a JSON object at the top level");
}

TEST(ScenarioReading, RefusesAMissingContext) {
    json d = document();
    d.erase("context");
    expect_read_error(d, "", "missing 'context'");
    EXPECT_STREQ(error_of([&] { read(d); }).what(), "mali.json: missing 'context'");
}

TEST(ScenarioReading, RefusesAHorizonOutOfRangeOrNotWhole) {
    expect_read_error(with("/context/horizon", 0), "/context/horizon",
                      "expected a whole number from 1 to 100, found 0");
    expect_read_error(with("/context/horizon", 2.5), "/context/horizon",
                      "expected a whole number from 1 to 100, found 2.5");
    EXPECT_STREQ(error_of([&] { read(with("/context/horizon", 0)); }).what(),
                 "mali.json: /context/horizon: expected a whole number from 1 to 100, found 0");
}

TEST(ScenarioReading, RefusesAFigureKeyNotInSnakeCase) {
    expect_read_error(with("/context/TelecomTurnover", 1.0), "/context/TelecomTurnover",
                      "keys must be snake_case");
}

TEST(ScenarioReading, RefusesAFigureWithoutANumber) {
    json d = document();
    d["context"]["telecom_turnover"].erase("value");
    expect_read_error(d, "/context/telecom_turnover", "missing 'value'");
    expect_read_error(with("/context/price_index", json::array()), "/context/price_index",
                      "expected at least one number");
    expect_read_error(with("/context/price_index/1", "n/a"), "/context/price_index/1",
                      "expected a number, found \"n/a\"");
    expect_read_error(with("/context/telecom_turnover/value", "615 bn"),
                      "/context/telecom_turnover/value", "expected a number, found \"615 bn\"");
}

TEST(ScenarioReading, RefusesAnEmptyListOfMechanisms) {
    expect_read_error(with("/mechanisms", json::array()), "/mechanisms",
                      "expected a non-empty array of mechanisms");
}

TEST(ScenarioReading, RefusesAMechanismWithoutAPluginOrWithOddParameters) {
    json d = document();
    d["mechanisms"][0].erase("plugin");
    expect_read_error(d, "/mechanisms/0", "missing 'plugin'");
    expect_read_error(with("/mechanisms/0/parameters", {0.02}), "/mechanisms/0/parameters",
                      "expected an object, found [0.02]");
}

const PluginCatalog& catalog() {
    static const PluginCatalog catalog =
        PluginCatalog::load({finmech_test::telecom_levy_file().parent_path()}, finmech_test::isolation());
    return catalog;
}

void expect_check_error(const json& d, const std::string& location, const std::string& problem) {
    const InputError e = error_of([&] { check_scenario(read(d), catalog()); });
    EXPECT_EQ(e.file(), "mali.json");
    EXPECT_EQ(e.location(), location);
    EXPECT_EQ(e.problem(), problem);
}

TEST(ScenarioChecking, AcceptsASoundScenario) {
    EXPECT_NO_THROW(check_scenario(read(document()), catalog()));
}

TEST(ScenarioChecking, AcceptsTheEmbeddedScenarios) {
    ASSERT_FALSE(finmech::host::embedded_scenarios().empty());
    for (const auto& embedded : finmech::host::embedded_scenarios()) {
        const std::string name(embedded.name);
        EXPECT_NO_THROW(check_scenario(
            finmech::host::read_scenario(finmech::host::parse_json(embedded.text, name), name),
            catalog()))
            << name;
    }
}

TEST(ScenarioChecking, RefusesAnUnknownPluginSuggestingTheNearest) {
    expect_check_error(with("/mechanisms/0/plugin", "telecom_levi"), "/mechanisms/0/plugin",
                       "unknown plugin 'telecom_levi' (did you mean 'telecom_levy'?); "
                       "`finmech plugins` lists those loaded");
}

TEST(ScenarioChecking, RefusesAnUnknownParameterSuggestingTheNearest) {
    expect_check_error(with("/mechanisms/0/parameters", {{"rat", 0.02}}),
                       "/mechanisms/0/parameters/rat",
                       "telecom_levy has no parameter 'rat' (did you mean 'rate'?)");
}

TEST(ScenarioChecking, RefusesAValueOutOfRangeWithTheRangeAndUnit) {
    expect_check_error(
        with("/mechanisms/0/parameters/rate", 0.5), "/mechanisms/0/parameters/rate",
        "telecom_levy: expected a value in [0, 0.2] fraction of turnover, found 0.5");
}

TEST(ScenarioChecking, RefusesAValueOfTheWrongType) {
    expect_check_error(with("/mechanisms/0/parameters/rate", "2%"), "/mechanisms/0/parameters/rate",
                       "telecom_levy: expected a number or a distribution object, found \"2%\"");
}

TEST(ScenarioChecking, RefusesAMissingContextValueNamingThePluginThatNeedsIt) {
    json d = document();
    d["context"].erase("telecom_turnover");
    expect_check_error(d, "/context",
                       "missing 'telecom_turnover' (currency), required by telecom_levy at "
                       "/mechanisms/0");
}

TEST(ScenarioChecking, RefusesAContextValueOfTheWrongShape) {
    expect_check_error(with("/context/telecom_turnover/value", {1.0, 2.0, 3.0}),
                       "/context/telecom_turnover",
                       "telecom_levy needs a single number, found 3 number(s)");
}

// A descriptor requiring one series and one set of quintiles, for check_context alone.
finmech::host::MechanismDescriptor needs_series_and_quintiles() {
    finmech::host::MechanismDescriptor d;
    d.id = "equity_levy";
    d.requirements = {{"price_index", "index", "series", {}},
                      {"consumption_shares", "fraction", "quintiles", {}}};
    return d;
}

TEST(ScenarioChecking, RefusesASeriesOrQuintilesOfTheWrongLength) {
    json d = document();
    d["context"]["consumption_shares"] = {0.05, 0.10, 0.15, 0.25, 0.45};
    EXPECT_NO_THROW(check_context(read(d), needs_series_and_quintiles(), "/mechanisms/0"));

    d["context"]["price_index"] = {1.0, 1.1};
    InputError e = error_of([&] { check_context(read(d), needs_series_and_quintiles(), "/m"); });
    EXPECT_EQ(e.location(), "/context/price_index");
    EXPECT_EQ(e.problem(),
              "equity_levy needs one number per projection year (3), found 2 number(s)");

    d = document();
    d["context"]["consumption_shares"] = 0.2;
    e = error_of([&] { check_context(read(d), needs_series_and_quintiles(), "/m"); });
    EXPECT_EQ(e.location(), "/context/consumption_shares");
    EXPECT_EQ(e.problem(),
              "equity_levy needs five numbers, one per quintile, poorest first, found 1 number(s)");
}

TEST(ScenarioChecking, AnOptionalRequirementMayBeLeftOutButIsCheckedWhenGiven) {
    finmech::host::MechanismDescriptor d = needs_series_and_quintiles();
    d.requirements.erase(d.requirements.begin());
    d.requirements.front().optional = true;
    d.requirements.front().max = 1.0;
    EXPECT_NO_THROW(check_context(read(document()), d, "/m"));

    json given = document();
    given["context"]["consumption_shares"] = {0.05, 0.10, 0.15, 0.25, 1.45};
    const InputError e = error_of([&] { check_context(read(given), d, "/m"); });
    EXPECT_EQ(e.location(), "/context/consumption_shares/4");
}

TEST(ScenarioChecking, RefusesAWelfareDistributionThatIsNotFiveShares) {
    expect_check_error(with("/context/consumption_shares_by_quintile", {0.2, 0.3, 0.5}),
                       "/context/consumption_shares_by_quintile",
                       "finmech needs five numbers, one per quintile, poorest first, found 3 "
                       "number(s)");
    expect_check_error(with("/context/consumption_shares_by_quintile",
                            {0.1, 0.15, 0.2, 0.25, 1.3}),
                       "/context/consumption_shares_by_quintile/4",
                       "finmech needs 'consumption_shares_by_quintile' within [0, 1] share of "
                       "households' consumption, found 1.3");
}

// The host reads its figures (inflation, GDP growth...) one per projection year, or one held over
// the horizon: a series of another length would leave years without a value.
TEST(ScenarioChecking, RefusesAHostSeriesOfTheWrongLength) {
    expect_check_error(with("/context/inflation", {0.03, 0.02}), "/context/inflation",
                       "finmech needs a single number or one number per projection year (3), "
                       "found 2 number(s)");
    expect_check_error(with("/context/gdp_nominal_growth", {{"value", {0.1, 0.1, 0.1, 0.1}}}),
                       "/context/gdp_nominal_growth",
                       "finmech needs a single number or one number per projection year (3), "
                       "found 4 number(s)");
    for (const json& inflation : {json{0.03, 0.02, 0.02}, json(0.03)})
        EXPECT_NO_THROW(check_scenario(read(with("/context/inflation", inflation)), catalog()))
            << inflation;
}

}  // namespace
