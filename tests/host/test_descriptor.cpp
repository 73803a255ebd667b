// Checking a plugin's descriptor before use (finmech/host/descriptor.hpp): each fault is named
// by its JSON pointer.
#include <limits>
#include <stdexcept>
#include <string>

#include <finmech/host/descriptor.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using finmech::host::parse_descriptor;
using nlohmann::json;

json text() { return {{"fr", "texte"}, {"en", "text"}}; }

// A sound descriptor: one number, one choice, one indicator, one requirement.
json sound() {
    return {
        {"id", "telecom_levy"},
        {"version", "1.2.3"},
        {"name", text()},
        {"summary", text()},
        {"formula", "gross = rate x turnover"},
        {"parameters",
         {{{"key", "rate"},
           {"type", "number"},
           {"label", text()},
           {"doc", text()},
           {"unit", "fraction"},
           {"min", 0.0},
           {"max", 0.2},
           {"default", 0.02},
           {"uncertainty", nullptr},
           {"source", "Mathauer et al. 2019"},
           {"evidence", "sourced"}},
          {{"key", "base"},
           {"type", "choice"},
           {"label", text()},
           {"doc", text()},
           {"unit", ""},
           {"choices", {"turnover", "airtime"}},
           {"default", "turnover"},
           {"source", "assumption"},
           {"evidence", "assumed"}}}},
        {"indicators",
         {{{"key", "price_change"},
           {"unit", "fraction"},
           {"direction", "lower_is_better"},
           {"label", text()}}}},
        {"requires",
         {{{"key", "telecom_turnover"}, {"unit", "FCFA"}, {"shape", "number"}, {"doc", text()}}}}};
}

// The fault found in `descriptor`, or "" when it passes.
std::string fault(const json& descriptor) {
    try {
        parse_descriptor(descriptor);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}

// The fault found after setting `pointer` to `value` in `descriptor`, the sound one by default.
std::string fault_with(const char* pointer, const json& value, json descriptor = sound()) {
    descriptor[json::json_pointer(pointer)] = value;
    return fault(descriptor);
}

// The fault found after removing `key` from the object at `pointer`.
std::string fault_without(const char* pointer, const char* key) {
    json d = sound();
    d[json::json_pointer(pointer)].erase(key);
    return fault(d);
}

TEST(DescriptorParsing, ReadsASoundDescriptor) {
    const auto d = parse_descriptor(sound());
    EXPECT_EQ(d.id, "telecom_levy");
    EXPECT_EQ(d.version, "1.2.3");
    EXPECT_EQ(d.parameter_keys(), (std::vector<std::string>{"rate", "base"}));
    ASSERT_EQ(d.numeric_parameters().size(), 1u);
    EXPECT_EQ(d.numeric_parameters()[0]->key, "rate");
    EXPECT_EQ(d.find_parameter("rate")->max, 0.2);
    EXPECT_FALSE(d.find_parameter("base")->is_number);
    EXPECT_EQ(d.find_parameter("base")->choices, (std::vector<std::string>{"turnover", "airtime"}));
    EXPECT_EQ(d.find_parameter("vat"), nullptr);
    EXPECT_EQ(d.indicators[0].direction, "lower_is_better");
    EXPECT_EQ(d.requirements[0].shape, "number");
    EXPECT_EQ(d.json, sound());
}

TEST(DescriptorParsing, RefusesAnIdNotInSnakeCase) {
    EXPECT_EQ(fault_with("/id", "TelecomLevy"), "/id: 'TelecomLevy' is not snake_case");
}

TEST(DescriptorParsing, RefusesAVersionThatIsNotSemantic) {
    EXPECT_EQ(fault_with("/version", "1.0"),
              "/version: '1.0' is not a semantic version such as 1.0.0");
    EXPECT_EQ(fault_with("/version", "2.0.0-rc.1"), "");
}

TEST(DescriptorParsing, RefusesATextMissingALanguage) {
    EXPECT_EQ(fault_without("/name", "en"), "/name: missing 'en'");
    EXPECT_EQ(fault_with("/summary/fr", ""),
              "/summary/fr: expected a non-empty string, found \"\"");
}

TEST(DescriptorParsing, RefusesAParameterWithoutAUnitOrASource) {
    EXPECT_EQ(fault_without("/parameters/0", "unit"), "/parameters/0: missing 'unit'");
    EXPECT_EQ(fault_without("/parameters/1", "source"), "/parameters/1: missing 'source'");
}

TEST(DescriptorParsing, RefusesADefaultOutsideItsRange) {
    EXPECT_EQ(fault_with("/parameters/0/default", 0.25),
              "/parameters/0/default: lies outside [min, max]");
}

TEST(DescriptorParsing, RefusesARangeUpsideDown) {
    EXPECT_EQ(fault_with("/parameters/0/min", 0.3), "/parameters/0: min is above max");
}

TEST(DescriptorParsing, RefusesABoundThatIsNotANumber) {
    EXPECT_EQ(fault_with("/parameters/0/max", "20%"),
              "/parameters/0/max: expected a finite number, found \"20%\"");
}

TEST(DescriptorParsing, RefusesAKeyUsedTwice) {
    EXPECT_EQ(fault_with("/parameters/1/key", "rate"), "/parameters/1/key: 'rate' appears twice");
}

TEST(DescriptorParsing, RefusesAnUnknownParameterType) {
    EXPECT_EQ(fault_with("/parameters/0/type", "text"),
              "/parameters/0/type: expected \"number\" or \"choice\", found \"text\"");
}

TEST(DescriptorParsing, RefusesAChoiceDefaultNotAmongTheChoices) {
    EXPECT_EQ(fault_with("/parameters/1/default", "profit"),
              "/parameters/1/default: is not one of the choices");
}

// Choices that are not text are refused with their pointer, not with a JSON library error.
TEST(DescriptorParsing, RefusesChoicesThatAreNotTextWithTheirPointer) {
    EXPECT_EQ(fault_with("/parameters/1/choices", {1, 2}),
              "/parameters/1/choices: expected an array of strings, found [1,2]");
}

TEST(DescriptorParsing, RefusesAListThatIsNotAnArray) {
    EXPECT_EQ(fault_with("/indicators", json::object()), "/indicators: expected an array");
}

TEST(DescriptorParsing, RefusesAnUnknownShape) {
    EXPECT_EQ(fault_with("/requires/0/shape", "matrix"),
              "/requires/0/shape: expected number, series or quintiles, found 'matrix'");
}

TEST(DescriptorParsing, RefusesAnIndicatorTheHostComputes) {
    EXPECT_EQ(fault_with("/indicators/0/key", "collection_cost_percent"),
              "/indicators/0/key: 'collection_cost_percent' is computed by the host for every "
              "mechanism");
}

// The sound descriptor with a complete profile.
json with_profile() {
    json d = sound();
    d["profile"] = {{"how_it_works", text()}, {"precedent", text()}, {"regional_rules", text()},
                    {"who_pays", text()},     {"instrument", text()}, {"collection_agent", text()},
                    {"sources", {"Mathauer et al. 2019"}}};
    return d;
}

TEST(DescriptorParsing, ReadsAProfileAndDoesWithoutOne) {
    EXPECT_FALSE(parse_descriptor(sound()).profile.has_value());
    const auto d = parse_descriptor(with_profile());
    ASSERT_TRUE(d.profile.has_value());
    EXPECT_EQ(d.profile->collection_agent.en, "text");
    EXPECT_EQ(d.profile->sources, (std::vector<std::string>{"Mathauer et al. 2019"}));
}

TEST(DescriptorParsing, RefusesAProfileTextMissingALanguageOrEmpty) {
    json d = with_profile();
    d["profile"]["who_pays"].erase("fr");
    EXPECT_EQ(fault(d), "/profile/who_pays: missing 'fr'");
    EXPECT_EQ(fault_with("/profile/instrument/en", "", with_profile()),
              "/profile/instrument/en: expected a non-empty string, found \"\"");
    d = with_profile();
    d["profile"].erase("precedent");
    EXPECT_EQ(fault(d), "/profile: missing 'precedent'");
}

TEST(DescriptorParsing, RefusesAProfileWithoutSources) {
    EXPECT_EQ(fault_with("/profile/sources", json::array(), with_profile()),
              "/profile/sources: expected at least one source, found []");
    EXPECT_EQ(fault_with("/profile/sources", {"Gabon 2008", 2008}, with_profile()),
              "/profile/sources/1: expected a non-empty string, found 2008");
    EXPECT_EQ(fault_with("/profile/sources", "Gabon 2008", with_profile()),
              "/profile/sources: expected an array");
}

TEST(DescriptorParsing, RefusesAProfileThatIsNotAnObject) {
    EXPECT_EQ(fault_with("/profile", "Gabon", with_profile()),
              "/profile: expected an object, found \"Gabon\"");
}

TEST(DescriptorParsing, ReadsTheRangeOfARequirement) {
    json d = sound();
    d["requires"][0]["min"] = 0;
    EXPECT_EQ(parse_descriptor(d).requirements[0].min, 0.0);
    EXPECT_EQ(fault_with("/requires/0/max", "lots"),
              "/requires/0/max: expected a finite number, found \"lots\"");
}

TEST(DescriptorParsing, ReadsWhetherARequirementIsOptional) {
    EXPECT_FALSE(parse_descriptor(sound()).requirements[0].optional);
    json d = sound();
    d["requires"][0]["optional"] = true;
    EXPECT_TRUE(parse_descriptor(d).requirements[0].optional);
    EXPECT_EQ(fault_with("/requires/0/optional", "yes"),
              "/requires/0/optional: expected true or false, found \"yes\"");
}

// Households' payments follow one spending distribution: a second one is ambiguous. A
// quintiles requirement without a role is the spending distribution, as before roles existed.
TEST(DescriptorParsing, RefusesASecondQuintileDistributionOfOneRole) {
    json d = sound();
    const json shares{{"key", "tobacco_spending_shares"}, {"unit", "share"},
                      {"shape", "quintiles"}, {"doc", text()}};
    d["requires"].push_back(shares);
    EXPECT_EQ(parse_descriptor(d).spending_shares()->key, "tobacco_spending_shares");
    json payers = shares;
    payers["key"] = "tobacco_payer_shares";
    payers["role"] = "payer_shares";
    d["requires"].push_back(payers);
    EXPECT_EQ(parse_descriptor(d).payer_shares()->key, "tobacco_payer_shares");
    json second = shares;
    second["key"] = "alcohol_spending_shares";
    d["requires"].push_back(second);
    EXPECT_EQ(fault(d), "/requires/3/role: a second 'spending_shares' distribution; "
                        "'tobacco_spending_shares' is one already");
    d["requires"][3]["role"] = "buyers";
    EXPECT_EQ(fault(d),
              "/requires/3/role: expected spending_shares or payer_shares, found 'buyers'");
}

// A rule names one of the plugin's indicators and at least one limit.
TEST(DescriptorParsing, ReadsRulesOnThePluginsIndicators) {
    json d = sound();
    d["indicators"].push_back({{"key", "vat_plus_levy_rate"}, {"unit", "fraction"},
                               {"direction", "lower_is_better"}, {"label", text()}});
    d["rules"] = json::array({{{"id", "waemu_vat_ceiling"}, {"kind", "binding"},
                               {"indicator", "vat_plus_levy_rate"}, {"max", 0.2},
                               {"name", text()}, {"source", "Directive 02/2009/CM/UEMOA"}}});
    const auto parsed = parse_descriptor(d);
    ASSERT_EQ(parsed.rules.size(), 1u);
    EXPECT_TRUE(parsed.rules[0].binding());
    EXPECT_EQ(parsed.rules[0].max, 0.2);
    EXPECT_EQ(parsed.rules[0].min, -std::numeric_limits<double>::infinity());

    d["rules"][0]["indicator"] = "vat_rate";
    EXPECT_EQ(fault(d), "/rules/0/indicator: 'vat_rate' is not one of the plugin's indicators");
    d["rules"][0]["indicator"] = "vat_plus_levy_rate";
    d["rules"][0].erase("max");
    EXPECT_EQ(fault(d), "/rules/0: expected a limit: min, max or both");
    d["rules"][0]["max"] = 0.2;
    d["rules"][0]["kind"] = "mandatory";
    EXPECT_EQ(fault(d), "/rules/0/kind: expected binding or advisory, found 'mandatory'");
}

}  // namespace
