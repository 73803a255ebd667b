// The charts: well-formed SVG, one mark per datum, marks where the data puts them, inside the
// drawing, with the caller's labels and number format.
#include <gtest/gtest.h>

#include <cmath>
#include <pugixml.hpp>
#include <sstream>

#include <finmech/reports/charts.hpp>
#include <finmech/reports/svg.hpp>

namespace {

using namespace finmech::reports::charts;

pugi::xml_document parse(const std::string& svg) {
    pugi::xml_document xml;
    const auto result = xml.load_string(svg.c_str());
    EXPECT_TRUE(result) << result.description() << "\n" << svg;
    return xml;
}

// A French-looking format, to see that ticks and values go through the caller's format.
std::string comma(double v) {
    std::string text = finmech::reports::svg::coordinate(v);
    for (char& c : text)
        if (c == '.') c = ',';
    return text;
}

Frame frame(const std::string& id) { return {id, "Titre " + id, "Description " + id}; }

// The shapes carrying a tooltip: the data marks.
std::vector<pugi::xml_node> marks(const pugi::xml_document& xml, const char* element) {
    std::vector<pugi::xml_node> out;
    for (auto node : xml.child("svg").children(element))
        if (node.child("title")) out.push_back(node);
    return out;
}

// Every x and y coordinate of every shape lies inside the viewBox.
void expect_inside(const pugi::xml_document& xml) {
    const auto root = xml.child("svg");
    const double width = root.attribute("width").as_double();
    const double height = root.attribute("height").as_double();
    for (auto node : root.children()) {
        for (const char* a : {"x", "x1", "x2", "cx"}) {
            if (auto attr = node.attribute(a)) {
                EXPECT_TRUE(attr.as_double() >= 0 && attr.as_double() <= width)
                    << node.name() << " " << a << "=" << attr.value();
            }
        }
        for (const char* a : {"y", "y1", "y2", "cy"}) {
            if (auto attr = node.attribute(a)) {
                EXPECT_TRUE(attr.as_double() >= 0 && attr.as_double() <= height)
                    << node.name() << " " << a << "=" << attr.value();
            }
        }
        if (auto attr = node.attribute("width")) {
            EXPECT_LE(node.attribute("x").as_double() + attr.as_double(), width + 0.01);
        }
    }
}

bool has_text(const pugi::xml_document& xml, const std::string& text) {
    for (auto node : xml.child("svg").children("text"))
        if (text == node.text().get()) return true;
    return false;
}

TEST(Charts, RankingBarsAreProportionalToTheValues) {
    // Values up to 1.5: ticks every 0.5, so the axis needs decimals.
    RankingChart chart{frame("rank"), "Mds FCFA", "P50 (P5–P95)", comma,
                       {{"TVA & santé", 0.5, 1, 1.5}, {"Tabac", 0.1, 0.25, 0.4},
                        {"Timbres", 0.025, 0.05, 0.075}}};
    const auto xml = parse(ranking_chart(chart));
    EXPECT_STREQ(xml.child("svg").child("title").text().get(), "Titre rank");
    const auto bars = marks(xml, "rect");
    ASSERT_EQ(bars.size(), 3u);
    const double w0 = bars[0].attribute("width").as_double();
    EXPECT_NEAR(bars[1].attribute("width").as_double() / w0, 0.25, 0.01);
    EXPECT_NEAR(bars[2].attribute("width").as_double() / w0, 0.05, 0.01);
    // The first bar is above the second.
    EXPECT_LT(bars[0].attribute("y").as_double(), bars[1].attribute("y").as_double());
    EXPECT_NE(std::string(bars[0].child("title").text().get()).find("TVA & santé"),
              std::string::npos);
    // Ticks and values in the caller's format, never the writer's own.
    EXPECT_TRUE(has_text(xml, "0,5") && has_text(xml, "1,5")) << "ticks in the caller's format";
    EXPECT_TRUE(has_text(xml, "0,25")) << "values in the caller's format";
    EXPECT_FALSE(has_text(xml, "0.5") || has_text(xml, "1.5") || has_text(xml, "0.25"));
    expect_inside(xml);
}

TEST(Charts, FanChartHasABandAndAMedianLine) {
    FanChart chart{frame("fan"), "Mds FCFA", comma, {2024, 2025, 2026, 2027, 2028},
                   {1, 1.1, 1.2, 1.3, 1.4}, {2, 2.2, 2.4, 2.6, 2.8}, {3, 3.3, 3.6, 3.9, 4.2}};
    const auto xml = parse(fan_chart(chart));
    const auto root = xml.child("svg");
    const auto band = root.child("polygon");
    const auto median = root.child("polyline");
    ASSERT_TRUE(band && median);
    std::istringstream band_points(band.attribute("points").value());
    std::istringstream median_points(median.attribute("points").value());
    std::string point;
    std::size_t band_count = 0, median_count = 0;
    while (band_points >> point) ++band_count;
    while (median_points >> point) ++median_count;
    EXPECT_EQ(band_count, 10u);
    EXPECT_EQ(median_count, 5u);
    EXPECT_TRUE(has_text(xml, "2024"));
    EXPECT_TRUE(has_text(xml, "2028"));
    expect_inside(xml);
}

TEST(Charts, RadarHasOneVertexPerCriterionFurtherOutForHigherScores) {
    RadarChart chart{frame("radar"), {"Potentiel de recettes", "Faisabilité administrative",
                                      "Durabilité", "Stabilité"},
                     {{"", {5, 1, 3, 3}}}, 1, 5, comma};
    const auto xml = parse(radar_chart(chart));
    const auto shape = marks(xml, "polygon");
    ASSERT_EQ(shape.size(), 1u);
    std::istringstream points(shape[0].attribute("points").value());
    std::vector<std::pair<double, double>> vertices;
    std::string point;
    while (points >> point) {
        const auto comma_at = point.find(',');
        vertices.emplace_back(std::stod(point.substr(0, comma_at)), std::stod(point.substr(comma_at + 1)));
    }
    ASSERT_EQ(vertices.size(), 4u);
    // Score 1 is the centre; score 5 the outer ring; 3 half-way.
    const auto [cx, cy] = vertices[1];
    const double outer = std::hypot(vertices[0].first - cx, vertices[0].second - cy);
    EXPECT_GT(outer, 20);
    EXPECT_NEAR(std::hypot(vertices[2].first - cx, vertices[2].second - cy), outer / 2, 0.5);
    EXPECT_TRUE(has_text(xml, "Durabilité"));
    expect_inside(xml);
}

TEST(Charts, RadarOverlayDrawsOnePolygonPerSeriesWithALegend) {
    RadarChart chart{frame("overlay"), {"Équité", "Faisabilité politique", "Acceptabilité"},
                     {{"Groupe A", {5, 1, 3}}, {"Groupe B", {1, 5, 3}}, {"Groupe C", {3, 3, 3}}},
                     1, 5, comma};
    const auto xml = parse(radar_chart(chart));
    const auto shapes = marks(xml, "polygon");
    ASSERT_EQ(shapes.size(), 3u);
    // Each group its own colour, each named in the legend and in its polygon's tooltip.
    EXPECT_STRNE(shapes[0].attribute("stroke").value(), shapes[1].attribute("stroke").value());
    EXPECT_STRNE(shapes[1].attribute("stroke").value(), shapes[2].attribute("stroke").value());
    for (const char* group : {"Groupe A", "Groupe B", "Groupe C"}) EXPECT_TRUE(has_text(xml, group));
    EXPECT_NE(std::string(shapes[1].child("title").text().get()).find("Groupe B"), std::string::npos);
    // Different scores, different polygons.
    EXPECT_STRNE(shapes[0].attribute("points").value(), shapes[1].attribute("points").value());
    expect_inside(xml);
}

TEST(Charts, HeatmapHasACellPerRankDarkerForLargerShares) {
    Heatmap chart{frame("heat"), "Rang", {"A", "B"}, {"1", "2"}, {{0.9, 0.1}, {0.1, 0.9}},
                  [](double v) { return comma(std::round(v * 100)); }};
    const auto xml = parse(heatmap(chart));
    const auto cells = marks(xml, "rect");
    ASSERT_EQ(cells.size(), 4u);
    const std::string dark = cells[0].attribute("fill").value();
    const std::string light = cells[1].attribute("fill").value();
    EXPECT_LT(dark, light) << "a darker fill has smaller hex digits";
    EXPECT_TRUE(has_text(xml, "90"));
    expect_inside(xml);
}

TEST(Charts, TornadoDrawsBothEndsOfEachParameterAroundTheBase) {
    Tornado chart{frame("tornado"), "Mds FCFA", "bas", "haut", "central", 10, comma,
                  {{"Élasticité", 6, 15}, {"Taux de recouvrement", 8, 11}}};
    const auto xml = parse(tornado(chart));
    const auto bars = marks(xml, "rect");
    ASSERT_EQ(bars.size(), 4u);
    // Each pair of bars meets at the base line.
    const double base_x = std::min(bars[0].attribute("x").as_double(), bars[1].attribute("x").as_double()) +
                          std::min(bars[0].attribute("width").as_double(), bars[1].attribute("width").as_double());
    EXPECT_NEAR(bars[2].attribute("x").as_double() + bars[2].attribute("width").as_double(), base_x, 0.02);
    // The first parameter's swing is the larger one.
    const double swing0 = bars[0].attribute("width").as_double() + bars[1].attribute("width").as_double();
    const double swing1 = bars[2].attribute("width").as_double() + bars[3].attribute("width").as_double();
    EXPECT_GT(swing0, swing1);
    EXPECT_TRUE(has_text(xml, "15"));
    expect_inside(xml);
}

TEST(Charts, WeightStabilityShowsTheIntervalAndTheWeight) {
    WeightStability chart{frame("ws"), "Poids", "poids retenu", "intervalle de stabilité", comma,
                          {{"Potentiel", 0.25, 0.05, 1}, {"Stabilité", 0.25, 0, 0.38}}};
    const auto xml = parse(weight_stability(chart));
    const auto intervals = marks(xml, "rect");
    const auto dots = marks(xml, "circle");
    ASSERT_EQ(intervals.size(), 2u);
    ASSERT_EQ(dots.size(), 2u);
    const double x0 = intervals[1].attribute("x").as_double();
    const double full = intervals[0].attribute("width").as_double() / 0.95;
    EXPECT_NEAR(dots[1].attribute("cx").as_double(), x0 + 0.25 * full, 0.05);
    EXPECT_TRUE(has_text(xml, "0,05 – 1"));
    expect_inside(xml);
}

TEST(Charts, SameDataSameBytes) {
    RankingChart chart{frame("rank"), "u", "l", comma, {{"A", 1, 2, 3}}};
    EXPECT_EQ(ranking_chart(chart), ranking_chart(chart));
}

TEST(Charts, EmptyDataStillGivesAWellFormedChart) {
    parse(ranking_chart({frame("r"), "u", "l", comma, {}}));
    parse(fan_chart({frame("f"), "u", comma, {}, {}, {}, {}}));
    parse(radar_chart({frame("d"), {}, {}, 1, 5, comma}));
    parse(heatmap({frame("h"), "Rang", {}, {}, {}, comma}));
    parse(tornado({frame("t"), "u", "b", "h", "c", 0, comma, {}}));
    parse(weight_stability({frame("w"), "u", "p", "i", comma, {}}));
}

}  // namespace

namespace {

// Three frontier packages, the best one and a named one: five marks with their tooltips, the
// larger yield further right, the higher value higher up, all inside the drawing.
TEST(FrontierChart, OneMarkPerPackageWhereItsYieldAndMeritPutIt) {
    FrontierChart chart{frame("frontier"), "Mds FCFA", "valeur", comma, comma,
                        {{"a; b", 30, 0.6}, {"a", 20, 0.7}, {"b", 10, 0.9}},
                        {{"a", 20, 0.7}},
                        {{"c", 25, 0.4}},
                        "frontière", "meilleur", "nommés"};
    const auto xml = parse(frontier_chart(chart));
    const auto dots = marks(xml, "circle");
    ASSERT_EQ(dots.size(), 5u);
    EXPECT_EQ(std::string(dots[0].child_value("title")), "a; b — 30 ; 0,6");
    EXPECT_GT(dots[0].attribute("cx").as_double(), dots[1].attribute("cx").as_double());
    EXPECT_LT(dots[2].attribute("cy").as_double(), dots[1].attribute("cy").as_double());
    EXPECT_EQ(std::string(dots[3].child_value("title")), "c — 25 ; 0,4");  // the named one
    EXPECT_EQ(std::string(dots[4].child_value("title")), "a — 20 ; 0,7");  // the best, on top
    expect_inside(xml);
}

}  // namespace
