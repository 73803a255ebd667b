#include "error_location.hpp"
#include "finmech/criteria/rank_document.hpp"

#include <gtest/gtest.h>

namespace finmech::criteria {
namespace {

using nlohmann::json;

// R. Hodgett's TOPSIS car example (hodgett.co.uk/topsis-in-excel): closeness 0.4817, 0.5182, 0.1780.
json hodgett_cars() {
    return json::parse(R"({
      "alternatives": ["Corsa", "Clio", "Fiesta"],
      "criteria": [
        {"id": "price", "direction": "cost", "weight": 0.35},
        {"id": "economy", "direction": "benefit", "weight": 0.25},
        {"id": "aesthetics", "direction": "benefit", "weight": 0.25},
        {"id": "boot", "direction": "benefit", "weight": 0.15}],
      "matrix": [[5490, 51.4, 8.5, 285], [6500, 70.6, 7, 288], [6489, 54.3, 7.5, 290]],
      "method": {"name": "topsis"}})");
}

// The specialists of test_weight_stability: weighted sum t, 1 - t, 0.6 under w = (t, 1 - t).
json specialists(const char* method) {
    json doc = json::parse(R"({
      "alternatives": ["north", "south", "both"],
      "criteria": [{"id": "yield", "direction": "benefit", "weight": 7},
                   {"id": "equity", "direction": "benefit", "weight": 3}],
      "matrix": [[1, 0], [0, 1], [0.6, 0.6]]})");
    doc["method"] = {{"name", method}, {"normalization", "none"}};
    return doc;
}

std::string location_of(const json& doc) {
    return testing::error_location([&] { rank_document(doc); });
}

TEST(RankDocument, TopsisMatchesHodgett) {
    const json out = rank_document(hodgett_cars());
    EXPECT_EQ(out["method"], "topsis");
    EXPECT_EQ(out["normalization"], "vector");
    const std::vector<double> published{0.4817, 0.5182, 0.178};
    const std::vector<int> ranks{2, 1, 3};
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_NEAR(out["results"][i]["score"].get<double>(), published[i], 5e-5);
        EXPECT_EQ(out["results"][i]["rank"], ranks[i]);
        EXPECT_TRUE(out["results"][i].contains("d_plus"));
        EXPECT_TRUE(out["results"][i].contains("d_minus"));
    }
    EXPECT_EQ(out["results"][1]["alternative"], "Clio");
    EXPECT_TRUE(out["notes"].empty());
}

TEST(RankDocument, WeightedSumNormalisesWeightsAndGivesExactStability) {
    const json out = rank_document(specialists("wsm"));
    EXPECT_DOUBLE_EQ(out["weights"]["yield"].get<double>(), 0.7);
    ASSERT_FALSE(out["notes"].empty());
    EXPECT_NE(out["notes"][0].get<std::string>().find("summed to 10"), std::string::npos);
    EXPECT_EQ(out["results"][0]["rank"], 1);
    EXPECT_NEAR(out["weight_stability"]["yield"][0].get<double>(), 0.6, 1e-12);
    EXPECT_NEAR(out["weight_stability"]["yield"][1].get<double>(), 1.0, 1e-12);
    EXPECT_NEAR(out["weight_stability"]["equity"][1].get<double>(), 0.4, 1e-12);
}

// S = (0.3, 0.7, 0.4) and R = (0.3, 0.7, 0.28) under w = (0.7, 0.3): hand-computed VIKOR.
TEST(RankDocument, VikorReportsSRQAndTheCompromiseByName) {
    const json out = rank_document(specialists("vikor"));
    EXPECT_NEAR(out["results"][0]["S"].get<double>(), 0.3, 1e-12);
    EXPECT_NEAR(out["results"][1]["S"].get<double>(), 0.7, 1e-12);
    EXPECT_NEAR(out["results"][2]["S"].get<double>(), 0.4, 1e-12);
    EXPECT_NEAR(out["results"][2]["R"].get<double>(), 0.28, 1e-12);
    EXPECT_EQ(out["results"][0]["score"], out["results"][0]["Q"]);
    EXPECT_TRUE(out.contains("acceptable_advantage"));
    EXPECT_TRUE(out["compromise_set"].is_array());
    EXPECT_TRUE(out["compromise_set"][0].is_string());
}

TEST(RankDocument, PrometheeUsesEachCriterionsPreference) {
    json doc = specialists("promethee2");
    doc["criteria"][0]["preference"] = {{"function", "linear"}, {"q", 0.2}, {"p", 0.6}};
    const json out = rank_document(doc);
    // Criterion 0: north over both by 0.4 -> (0.4 - 0.2) / 0.4 = 0.5; north over south by 1 -> 1.
    // phi+ of north = 0.7 * (1 + 0.5) / 2.
    EXPECT_NEAR(out["results"][0]["phi_plus"].get<double>(), 0.525, 1e-12);
    EXPECT_TRUE(out["results"][0].contains("phi_minus"));
}

TEST(RankDocument, SmaaAddsAcceptabilitiesCentralWeightsAndConfidence) {
    json doc = specialists("wsm");
    doc["smaa"] = {{"draws", 20000}, {"seed", 3}};
    const json out = rank_document(doc);
    EXPECT_EQ(out["smaa"]["weights"], "uniform");
    // Analytic: north first iff t > 0.6, both first iff 0.4 < t < 0.6.
    EXPECT_NEAR(out["results"][0]["rank_acceptability"][0].get<double>(), 0.4, 0.015);
    EXPECT_NEAR(out["results"][2]["rank_acceptability"][0].get<double>(), 0.2, 0.015);
    EXPECT_NEAR(out["results"][2]["central_weights"][0].get<double>(), 0.5, 0.01);
    EXPECT_EQ(out["results"][0]["confidence_factor"], 1.0);
    EXPECT_EQ(out["results"][0]["rank_acceptability"].size(), 3U);
}

TEST(RankDocument, SmaaOrderAndDistributionCells) {
    json doc = specialists("wsm");
    doc["matrix"][2][0] = {{"dist", "uniform"}, {"low", 0.4}, {"high", 0.8}};
    doc["smaa"] = {{"draws", 2000}, {"weights", {{"order", {"equity", "yield"}}}}};
    const json out = rank_document(doc);
    // Equity weighs more in every draw, so north (all on yield) is never first.
    EXPECT_EQ(out["results"][0]["rank_acceptability"][0], 0.0);
    EXPECT_TRUE(out["results"][0]["central_weights"].is_null());
    EXPECT_NEAR(out["results"][2]["score"].get<double>(), 0.6 * 0.7 + 0.6 * 0.3, 1e-12);
}

TEST(RankDocument, ErrorsCarryTheirJsonPointer) {
    json doc = hodgett_cars();
    doc["matrix"][1][0] = "expensive";
    EXPECT_EQ(location_of(doc), "/matrix/1/0");
    doc = hodgett_cars();
    doc["method"]["name"] = "electre";
    EXPECT_EQ(location_of(doc), "/method/name");
    doc = hodgett_cars();
    doc["method"]["normalization"] = "range";
    EXPECT_EQ(location_of(doc), "/criteria/0/range");
    doc = hodgett_cars();
    doc["smaa"] = {{"weights", {{"order", {"colour", "price", "economy", "boot"}}}}};
    EXPECT_EQ(location_of(doc), "/smaa/weights/order/0");
    doc = hodgett_cars();
    doc["matrix"].erase(2);
    EXPECT_EQ(location_of(doc), "/matrix");
    doc = hodgett_cars();
    doc["criteria"][2]["weight"] = -1;
    EXPECT_EQ(location_of(doc), "/criteria/2/weight");
}

TEST(RankCsv, ConvertsToTheJsonDocument) {
    const json doc = parse_rank_csv(
        "alternative,price,economy\n"
        "direction,cost,benefit\n"
        "weight,0.6,0.4\n"
        "\"Corsa, 1.2\",5490,51.4\r\n"
        "Clio,6500,70.6\n");
    EXPECT_EQ(doc["alternatives"], json({"Corsa, 1.2", "Clio"}));
    EXPECT_EQ(doc["criteria"][0], json({{"id", "price"}, {"direction", "cost"}, {"weight", 0.6}}));
    EXPECT_EQ(doc["matrix"][1], json({6500, 70.6}));
    EXPECT_NO_THROW(rank_document(doc));
}

TEST(RankCsv, ReadsSemicolonsAndDecimalCommas) {
    const json doc = parse_rank_csv("critère;recettes;équité\ndirection;benefit;benefit\nweight;0,5;0,5\ntabac;3,5;2\n");
    EXPECT_EQ(doc["matrix"][0], json({3.5, 2.0}));
    EXPECT_EQ(doc["criteria"][1]["weight"], 0.5);
}

TEST(RankCsv, ErrorsGiveLineAndColumn) {
    const auto location = [](const char* text) { return testing::error_location([&] { parse_rank_csv(text); }); };
    EXPECT_EQ(location("a,x,y\ndirection,cost,benefit\nweight,1,1\nA,1,abc\n"), "line 4, column 3");
    EXPECT_EQ(location("a,x,y\ndirection,cost,more\nweight,1,1\nA,1,2\n"), "line 2, column 3");
    EXPECT_EQ(location("a,x,y\ndirection,cost,benefit\nweight,1,1\nA,1\n"), "line 4, column 1");
    EXPECT_EQ(location("a,x,y\nweight,1,1\nA,1,2\n"), "line 2");
}

TEST(RankText, PrintsTheTableInRankOrder) {
    json doc = hodgett_cars();
    doc["smaa"] = {{"draws", 500}};
    const std::string text = format_rank_text(rank_document(doc));
    const auto clio = text.find("   1  Clio");
    const auto corsa = text.find("   2  Corsa");
    ASSERT_NE(clio, std::string::npos) << text;
    ASSERT_NE(corsa, std::string::npos) << text;
    EXPECT_LT(clio, corsa);
    EXPECT_NE(text.find("d_plus"), std::string::npos);
    EXPECT_NE(text.find("weight stability"), std::string::npos);
    EXPECT_NE(text.find("SMAA-2: 500 draws"), std::string::npos);
}

}  // namespace
}  // namespace finmech::criteria
