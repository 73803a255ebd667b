// finmech reports: the report's charts as inline SVG. Pure functions: data in, <svg> text out.
//
// Every text a chart shows comes from the caller, already translated and formatted: labels and
// titles as strings, numbers through the caller's `format` (so French ticks read "2,5"). Charts
// fit the printable width of an A4 page (about 670 CSS px); long labels wrap, and what is cut
// is kept whole in a tooltip.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace finmech::reports::charts {

// Formats an axis tick or a value the chart prints.
using Format = std::function<std::string(double)>;

// What every chart has: an id unique in the page, a title (shown above the chart by the page,
// and announced by screen readers) and a one-sentence description for screen readers.
struct Frame {
    std::string id;
    std::string title;
    std::string description;
};

// One estimate with its interval, e.g. P50 with P5–P95.
struct Estimate {
    std::string label;
    double low = 0, value = 0, high = 0;
};

// Horizontal bars in the given order (top to bottom): the bar is `value`, the whisker runs
// from `low` to `high`.
struct RankingChart {
    Frame frame;
    std::string axis_label;    // unit of the values
    std::string legend;        // what the bar and whisker are, e.g. "P50 (P5–P95)"
    Format format;
    std::vector<Estimate> bars;
};
std::string ranking_chart(const RankingChart& chart);

// Packages as points, yield across and a merit up (their value, or a criterion's score): the
// frontier joined by a line, the best package and the named ones marked, each with a tooltip.
struct PackagePoint {
    std::string label;  // the package's options, for the tooltip
    double yield = 0, merit = 0;
};
struct FrontierChart {
    Frame frame;
    std::string x_label, y_label;  // units
    Format x_format, y_format;
    std::vector<PackagePoint> frontier;  // by decreasing yield
    std::vector<PackagePoint> best;      // none or one
    std::vector<PackagePoint> named;
    std::string frontier_legend, best_legend, named_legend;
};
std::string frontier_chart(const FrontierChart& chart);

// One small multiple of a fan chart: the P5–P95 band and the P50 line over the years.
struct FanChart {
    Frame frame;
    std::string axis_label;  // unit of the values
    Format format;
    std::vector<int> years;
    std::vector<double> p5, p50, p95;  // one per year
};
std::string fan_chart(const FanChart& chart);

// A radar (spider) chart of one alternative on the criteria, on a scale [minimum, maximum]: one
// polygon per series (e.g. one per workshop group), with a legend of the names when there are
// several.
struct RadarSeries {
    std::string name;
    std::vector<double> values;  // one per axis
};
struct RadarChart {
    Frame frame;
    std::vector<std::string> axes;  // criteria names
    std::vector<RadarSeries> series;
    double minimum = 1, maximum = 5;
    Format format;                  // for the scale's rings
};
std::string radar_chart(const RadarChart& chart);

// Rank acceptability: rows are alternatives, columns ranks, cells shares in [0, 1]. A cell shows
// its formatted value when the share is at least 5 %, and carries a tooltip always.
struct Heatmap {
    Frame frame;
    std::string column_axis_label;           // e.g. "Rank"
    std::vector<std::string> row_labels;
    std::vector<std::string> column_labels;  // e.g. "1", "2", ...
    std::vector<std::vector<double>> cells;  // [row][column]
    Format format;                           // cell text, e.g. "61"
};
std::string heatmap(const Heatmap& chart);

// Tornado: for each parameter, the result with the parameter at its low and at its high value,
// drawn as a bar around the base result. Bars in the given order (largest swing first).
struct TornadoBar {
    std::string label;
    double result_low = 0, result_high = 0;
};
struct Tornado {
    Frame frame;
    std::string axis_label;
    std::string low_legend, high_legend;  // e.g. "parameter at its low value"
    std::string base_legend;              // e.g. "central estimate"
    double base = 0;
    Format format;
    std::vector<TornadoBar> bars;
};
std::string tornado(const Tornado& chart);

// Weight stability: for each criterion, the interval of its weight over which the first-ranked
// alternative stays first, and the weight used. Axis from 0 to 1.
struct WeightInterval {
    std::string label;
    double weight = 0, low = 0, high = 0;
};
struct WeightStability {
    Frame frame;
    std::string axis_label;
    std::string weight_legend, interval_legend;
    Format format;
    std::vector<WeightInterval> criteria;
};
std::string weight_stability(const WeightStability& chart);

}  // namespace finmech::reports::charts
