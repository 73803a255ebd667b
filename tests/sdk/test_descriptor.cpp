// How a plugin describes itself (finmech/sdk/descriptor.hpp, uncertainty.hpp, text.hpp,
// profile.hpp).
#include <string>

#include <finmech/sdk/descriptor.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

struct Levy {
    double rate = -1;
    std::string base;
};

TEST(SdkParameter, WritesANumberWithItsRangeDefaultAndUncertainty) {
    const auto p = finmech::number("rate", &Levy::rate)
                       .label("Taux", "Rate")
                       .doc("Part prélevée.", "Share collected.")
                       .unit("fraction")
                       .range(0.0, 0.2)
                       .default_value(0.02)
                       .uncertainty(finmech::triangular(0.01, 0.02, 0.03))
                       .source("Mathauer et al. 2019, Table 3", finmech::Evidence::sourced);
    const json expected{{"key", "rate"},
                        {"type", "number"},
                        {"label", {{"fr", "Taux"}, {"en", "Rate"}}},
                        {"doc", {{"fr", "Part prélevée."}, {"en", "Share collected."}}},
                        {"unit", "fraction"},
                        {"source", "Mathauer et al. 2019, Table 3"},
                        {"evidence", "sourced"},
                        {"default", 0.02},
                        {"min", 0.0},
                        {"max", 0.2},
                        {"uncertainty",
                         {{"dist", "triangular"}, {"low", 0.01}, {"mode", 0.02}, {"high", 0.03}}}};
    EXPECT_EQ(p.to_json(), expected);
}

TEST(SdkParameter, WritesAChoiceWithItsValuesAndNoRange) {
    const auto p = finmech::choice("base", &Levy::base, {"turnover", "airtime"})
                       .default_value(std::string("airtime"));
    const json j = p.to_json();
    EXPECT_EQ(j["type"], "choice");
    EXPECT_EQ(j["default"], "airtime");
    EXPECT_EQ(j["choices"], json({"turnover", "airtime"}));
    EXPECT_FALSE(j.contains("min"));
    EXPECT_EQ(j["evidence"], "unverified");  // until a source says otherwise
}

TEST(SdkParameter, AppliesItsDefaultToItsOwnMember) {
    Levy levy;
    finmech::number("rate", &Levy::rate).default_value(0.02).apply_default(levy);
    finmech::choice("base", &Levy::base, {"turnover"}).default_value(std::string("turnover"))
        .apply_default(levy);
    EXPECT_EQ(levy.rate, 0.02);
    EXPECT_EQ(levy.base, "turnover");
}

TEST(SdkUncertainty, WritesEachDistributionAsTheScenarioFormatDoes) {
    EXPECT_TRUE(finmech::Uncertainty{}.certain());
    EXPECT_EQ(finmech::uniform(0.005, 0.02).spec,
              json({{"dist", "uniform"}, {"low", 0.005}, {"high", 0.02}}));
    EXPECT_EQ(finmech::pert(1, 2, 4).spec,
              json({{"dist", "pert"}, {"low", 1}, {"mode", 2}, {"high", 4}}));
    EXPECT_EQ(finmech::normal(0.5, 0.1).spec,
              json({{"dist", "normal"}, {"mean", 0.5}, {"sd", 0.1}}));
    EXPECT_EQ(finmech::lognormal(0, 0.25).spec,
              json({{"dist", "lognormal"}, {"mu", 0}, {"sigma", 0.25}}));
    EXPECT_FALSE(finmech::normal(0.5, 0.1).certain());
}

TEST(SdkDescriptor, WritesIndicatorsAndRequirementsWithTheirEnumsAsText) {
    const finmech::Indicator i{"price_change", "fraction", finmech::Direction::lower_is_better,
                               {"Prix", "Price"}};
    EXPECT_EQ(json(i), json({{"key", "price_change"},
                             {"unit", "fraction"},
                             {"direction", "lower_is_better"},
                             {"label", {{"fr", "Prix"}, {"en", "Price"}}}}));
    const finmech::Requirement r{
        "shares", "fraction", finmech::Shape::quintiles, {"Parts", "Shares"}};
    EXPECT_EQ(json(r)["shape"], "quintiles");
}

TEST(SdkProfile, WritesEachTextInBothLanguagesAndItsSources) {
    const finmech::Profile profile{{"Comment", "How"},       {"Précédent", "Precedent"},
                                   {"Règles", "Rules"},      {"Qui paie", "Who pays"},
                                   {"Instrument", "Instrument"}, {"Agent", "Agent"},
                                   {"Auteur 2019", "Autre 2021"}};
    const json j = profile;
    EXPECT_EQ(j.size(), 7u);
    EXPECT_EQ(j["how_it_works"], json({{"fr", "Comment"}, {"en", "How"}}));
    EXPECT_EQ(j["precedent"]["fr"], "Précédent");
    EXPECT_EQ(j["regional_rules"]["en"], "Rules");
    EXPECT_EQ(j["who_pays"]["fr"], "Qui paie");
    EXPECT_EQ(j["instrument"]["en"], "Instrument");
    EXPECT_EQ(j["collection_agent"]["en"], "Agent");
    EXPECT_EQ(j["sources"], json({"Auteur 2019", "Autre 2021"}));
}

TEST(SdkText, IsCompleteOnlyInBothLanguages) {
    EXPECT_TRUE((finmech::Text{"Taux", "Rate"}.complete()));
    EXPECT_FALSE((finmech::Text{"Taux", ""}.complete()));
    EXPECT_EQ((json{{"fr", "Taux"}, {"en", "Rate"}}.get<finmech::Text>().en), "Rate");
}

}  // namespace
