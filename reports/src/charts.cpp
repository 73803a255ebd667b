#include <finmech/reports/charts.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

#include <finmech/reports/svg.hpp>

namespace finmech::reports::charts {

namespace {

using svg::Anchor;
using svg::Document;
using svg::Style;

// A4 printable width is about 670 CSS px; full-width charts stay inside it.
constexpr double page_width = 660;
constexpr double font = 11;
constexpr double small_font = 9;
constexpr double label_gap = 8;

const std::string dark_blue = "#1f4e79";
const std::string blue = "#2f6f9f";
const std::string light_blue = "#a9c9e6";
const std::string orange = "#d9822b";
const std::string grey = "#666";
const std::string grid_grey = "#d9d9d9";

// Maps [d0, d1] onto [r0, r1].
struct Scale {
    double d0, d1, r0, r1;
    double operator()(double v) const {
        return d1 == d0 ? r0 : r0 + (v - d0) / (d1 - d0) * (r1 - r0);
    }
};

std::string formatted(const Format& format, double value) {
    return format ? format(value) : svg::coordinate(value);
}

double finite_or(double value, double fallback) { return std::isfinite(value) ? value : fallback; }

// Ticks over the values, always including `anchor` (0 for bars), and the scale they span.
std::vector<double> ticks_over(std::vector<double> values, double anchor, int target) {
    values.push_back(anchor);
    std::erase_if(values, [](double v) { return !std::isfinite(v); });
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    return svg::nice_ticks(*lo, *hi, target);
}

// Vertical grid lines and tick labels under a horizontal value axis, then the axis label.
void value_axis(Document& doc, const Scale& x, const std::vector<double>& ticks, double top,
                double bottom, const Format& format, const std::string& axis_label) {
    for (double t : ticks) {
        doc.line(x(t), top, x(t), bottom, {.stroke = grid_grey, .stroke_width = 1});
        doc.text(x(t), bottom + 13, formatted(format, t), small_font, Anchor::middle, grey);
    }
    doc.text((x.r0 + x.r1) / 2, bottom + 28, axis_label, small_font, Anchor::middle, grey);
}

// A row label in the `width` px left of the plot, right-aligned, at most two lines, centred on
// `y`.
void row_label(Document& doc, double y, const std::string& label, double width,
               double font_size = font) {
    const auto max_chars = static_cast<std::size_t>(std::max(4.0, width / (0.6 * font_size)));
    const auto lines = svg::wrap(label, max_chars, 2);
    const double first =
        y + font_size * 0.35 - (static_cast<double>(lines.size()) - 1) * font_size * 0.6;
    doc.lines(width, first, lines, font_size, Anchor::end);
}

struct LegendItem {
    Style swatch;
    std::string text;
    bool dot = false;  // a dot rather than a square
};

// Legend items side by side from (x, y), y being the text baseline.
void legend(Document& doc, double x, double y, const std::vector<LegendItem>& items) {
    for (const auto& item : items) {
        if (item.text.empty()) continue;
        if (item.dot)
            doc.circle(x + 5, y - 3.5, 4, item.swatch);
        else
            doc.rect(x, y - 9, 10, 10, item.swatch);
        doc.text(x + 14, y, item.text, small_font, Anchor::start);
        x += 14 + svg::text_width(item.text, small_font) + 16;
    }
}

// Widest formatted tick, for the room a vertical axis needs.
double widest_tick(const std::vector<double>& ticks, const Format& format, double font_size) {
    double widest = 0;
    for (double t : ticks) widest = std::max(widest, svg::text_width(formatted(format, t), font_size));
    return widest;
}

// Linear blend between white and `dark_blue` for a share in [0, 1].
std::string shade(double share) {
    share = std::clamp(finite_or(share, 0), 0.0, 1.0);
    const auto channel = [share](int dark) {
        return static_cast<int>(std::lround(255 + (dark - 255) * share));
    };
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (int c : {channel(0x1f), channel(0x4e), channel(0x79)}) {
        out += digits[c / 16];
        out += digits[c % 16];
    }
    return out;
}

}  // namespace

std::string ranking_chart(const RankingChart& chart) {
    constexpr double label_width = 250, top = 24, row = 30, bar = 14, right_margin = 60;
    const double plot_left = label_width + label_gap;
    const double plot_right = page_width - right_margin;
    const double plot_bottom = top + row * static_cast<double>(chart.bars.size());
    Document doc(chart.frame.id, page_width, plot_bottom + 36, chart.frame.title,
                 chart.frame.description);

    std::vector<double> values;
    for (const auto& b : chart.bars) values.insert(values.end(), {b.low, b.value, b.high});
    const auto ticks = ticks_over(values, 0, 5);
    const Scale x{ticks.front(), ticks.back(), plot_left, plot_right};
    legend(doc, plot_left, 12,
           {{{.fill = blue}, chart.legend}});
    value_axis(doc, x, ticks, top, plot_bottom, chart.format, chart.axis_label);

    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const auto& b = chart.bars[i];
        const double y = top + row * static_cast<double>(i) + row / 2;
        const double value = finite_or(b.value, 0);
        row_label(doc, y, b.label, label_width);
        const std::string tooltip = b.label + " — " + formatted(chart.format, b.value) + " (" +
                                    formatted(chart.format, b.low) + " – " +
                                    formatted(chart.format, b.high) + ")";
        doc.rect(std::min(x(0), x(value)), y - bar / 2, std::abs(x(value) - x(0)), bar,
                 {.fill = blue}, tooltip);
        const double low = finite_or(b.low, value), high = finite_or(b.high, value);
        const Style whisker{.stroke = "#111", .stroke_width = 1.2};
        doc.line(x(low), y, x(high), y, whisker);
        doc.line(x(low), y - 5, x(low), y + 5, whisker);
        doc.line(x(high), y - 5, x(high), y + 5, whisker);
        doc.text(std::max(x(high), x(value)) + 5, y + 4, formatted(chart.format, b.value),
                 small_font, Anchor::start);
    }
    doc.line(x(0), top, x(0), plot_bottom, {.stroke = grey, .stroke_width = 1});
    return doc.str();
}

std::string fan_chart(const FanChart& chart) {
    constexpr double width = 216, height = 150, top = 18, bottom = 22, right = 10;
    std::vector<double> values = chart.p5;
    values.insert(values.end(), chart.p95.begin(), chart.p95.end());
    values.insert(values.end(), chart.p50.begin(), chart.p50.end());
    const auto ticks = ticks_over(values, 0, 4);
    const double left = widest_tick(ticks, chart.format, small_font) + 8;
    Document doc(chart.frame.id, width, height, chart.frame.title, chart.frame.description);
    const std::size_t n = std::min({chart.years.size(), chart.p5.size(), chart.p50.size(),
                                    chart.p95.size()});
    const Scale y{ticks.front(), ticks.back(), height - bottom, top};
    const Scale x{0, n > 1 ? static_cast<double>(n - 1) : 1, left, width - right};

    doc.text(2, 10, chart.axis_label, small_font, Anchor::start, grey);
    for (double t : ticks) {
        doc.line(left, y(t), width - right, y(t), {.stroke = grid_grey, .stroke_width = 1});
        doc.text(left - 4, y(t) + 3, formatted(chart.format, t), small_font, Anchor::end, grey);
    }
    // Years: the first, the last and, with room, the middle one.
    std::vector<std::size_t> shown{0};
    if (n > 4) shown.push_back((n - 1) / 2);
    if (n > 1) shown.push_back(n - 1);
    // The last year ends at the plot's edge so that it is not cut.
    for (std::size_t t : shown)
        if (t < n)
            doc.text(x(static_cast<double>(t)), height - bottom + 13, std::to_string(chart.years[t]),
                     small_font, t + 1 == n && n > 1 ? Anchor::end : Anchor::middle, grey);

    std::vector<double> band, median;
    for (std::size_t t = 0; t < n; ++t)
        band.insert(band.end(), {x(static_cast<double>(t)), y(finite_or(chart.p95[t], 0))});
    for (std::size_t t = n; t-- > 0;)
        band.insert(band.end(), {x(static_cast<double>(t)), y(finite_or(chart.p5[t], 0))});
    for (std::size_t t = 0; t < n; ++t)
        median.insert(median.end(), {x(static_cast<double>(t)), y(finite_or(chart.p50[t], 0))});
    doc.path(band, true, {.fill = light_blue, .opacity = 0.8});
    doc.path(median, false, {.fill = "none", .stroke = dark_blue, .stroke_width = 2});
    doc.line(left, height - bottom, width - right, height - bottom,
             {.stroke = grey, .stroke_width = 1});
    return doc.str();
}

std::string radar_chart(const RadarChart& chart) {
    constexpr double width = 226, radius = 48, label_font = 8, legend_row = 13;
    // Distinct on paper in grey too: the first is the single-series blue.
    static const std::vector<std::string> palette{dark_blue, orange, "#3a8f3a", "#8e44ad",
                                                  "#b03a2e", "#555555"};
    const bool with_legend = chart.series.size() > 1;
    const double legend_height = with_legend ? legend_row * static_cast<double>(chart.series.size()) : 0;
    const double height = 176 + legend_height;
    const double cx = width / 2, cy = 176.0 / 2 + 2;
    Document doc(chart.frame.id, width, height, chart.frame.title, chart.frame.description);
    const std::size_t n = chart.axes.size();
    if (n < 3 || chart.maximum <= chart.minimum) return doc.str();
    const auto angle = [n](std::size_t j) {
        return -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(j) /
                                           static_cast<double>(n);
    };
    const auto point = [&](std::size_t j, double value) {
        const double share = std::clamp((finite_or(value, chart.minimum) - chart.minimum) /
                                            (chart.maximum - chart.minimum),
                                        0.0, 1.0);
        return std::pair{cx + radius * share * std::cos(angle(j)),
                         cy + radius * share * std::sin(angle(j))};
    };

    // Rings at each whole step of the scale, labelled along the first axis.
    const auto rings = svg::nice_ticks(chart.minimum, chart.maximum, 4);
    for (double level : rings) {
        if (level < chart.minimum || level > chart.maximum) continue;
        std::vector<double> ring;
        for (std::size_t j = 0; j < n; ++j) {
            const auto [px, py] = point(j, level);
            ring.insert(ring.end(), {px, py});
        }
        doc.path(ring, true, {.fill = "none", .stroke = grid_grey, .stroke_width = 1});
        const auto [lx, ly] = point(0, level);
        doc.text(lx + 3, ly + 3, formatted(chart.format, level), 7, Anchor::start, grey);
    }
    for (std::size_t j = 0; j < n; ++j) {
        const auto [ex, ey] = point(j, chart.maximum);
        doc.line(cx, cy, ex, ey, {.stroke = grid_grey, .stroke_width = 1});
        // The label just outside the axis end, anchored away from the centre.
        const double c = std::cos(angle(j)), s = std::sin(angle(j));
        const Anchor anchor = c > 0.3 ? Anchor::start : c < -0.3 ? Anchor::end : Anchor::middle;
        const auto lines = svg::wrap(chart.axes[j], 14, 3);
        const double lx = cx + (radius + 6) * c;
        double ly = cy + (radius + 6) * s + label_font * 0.35;
        const double block = (static_cast<double>(lines.size()) - 1) * label_font * 1.2;
        if (s < -0.5) ly -= block + 2;
        else if (s > 0.5) ly += label_font * 0.6;
        else ly -= block / 2;
        doc.lines(lx, ly, lines, label_font, anchor);
    }
    for (std::size_t k = 0; k < chart.series.size(); ++k) {
        const RadarSeries& series = chart.series[k];
        const std::string& colour = palette[k % palette.size()];
        const auto value = [&](std::size_t j) {
            return j < series.values.size() ? series.values[j] : chart.minimum;
        };
        std::vector<double> shape;
        std::string tooltip = series.name;
        for (std::size_t j = 0; j < n; ++j) {
            const auto [px, py] = point(j, value(j));
            shape.insert(shape.end(), {px, py});
            if (j < series.values.size())
                tooltip += (tooltip.empty() ? "" : "; ") + chart.axes[j] + " " +
                           formatted(chart.format, series.values[j]);
        }
        // One series is filled; several are outlines so that each stays visible.
        doc.path(shape, true,
                 with_legend ? Style{.fill = "none", .stroke = colour, .stroke_width = 1.5}
                             : Style{.fill = blue, .stroke = colour, .stroke_width = 1.5, .opacity = 0.35},
                 tooltip);
        for (std::size_t j = 0; j < n; ++j) {
            const auto [px, py] = point(j, value(j));
            doc.circle(px, py, 2.2, {.fill = colour});
        }
        if (with_legend) {
            const double y = 176 + legend_row * static_cast<double>(k) + 4;
            doc.rect(8, y - 9, 10, 10, {.fill = colour});
            doc.text(22, y, series.name, small_font, Anchor::start);
        }
    }
    return doc.str();
}

std::string heatmap(const Heatmap& chart) {
    constexpr double label_width = 240, top = 34, row = 24, label_font = 9;
    const double columns = static_cast<double>(std::max<std::size_t>(chart.column_labels.size(), 1));
    const double plot_left = label_width + label_gap;
    const double cell = std::min(36.0, (page_width - plot_left - 4) / columns);
    const double height = top + row * static_cast<double>(chart.row_labels.size()) + 6;
    Document doc(chart.frame.id, page_width, height, chart.frame.title, chart.frame.description);

    doc.text(plot_left + cell * columns / 2, 11, chart.column_axis_label, small_font,
             Anchor::middle, grey);
    for (std::size_t c = 0; c < chart.column_labels.size(); ++c)
        doc.text(plot_left + cell * (static_cast<double>(c) + 0.5), top - 6, chart.column_labels[c],
                 small_font, Anchor::middle, grey);
    for (std::size_t r = 0; r < chart.row_labels.size(); ++r) {
        const double y = top + row * static_cast<double>(r);
        row_label(doc, y + row / 2, chart.row_labels[r], label_width, label_font);
        if (r >= chart.cells.size()) continue;
        for (std::size_t c = 0; c < chart.column_labels.size() && c < chart.cells[r].size(); ++c) {
            const double share = finite_or(chart.cells[r][c], 0);
            const double x = plot_left + cell * static_cast<double>(c);
            doc.rect(x, y, cell, row, {.fill = shade(share), .stroke = "#ffffff", .stroke_width = 1},
                     chart.row_labels[r] + " — " + chart.column_axis_label + " " +
                         chart.column_labels[c] + " — " + formatted(chart.format, share));
            if (share >= 0.05)
                doc.text(x + cell / 2, y + row / 2 + 3, formatted(chart.format, share), 8,
                         Anchor::middle, share > 0.5 ? "#ffffff" : "#222");
        }
    }
    return doc.str();
}

std::string tornado(const Tornado& chart) {
    constexpr double label_width = 230, top = 24, row = 26, bar = 14, margin = 56;
    const double plot_left = label_width + label_gap + margin;
    const double plot_right = page_width - margin;
    const double plot_bottom = top + row * static_cast<double>(chart.bars.size());
    Document doc(chart.frame.id, page_width, plot_bottom + 36, chart.frame.title,
                 chart.frame.description);
    std::vector<double> values;
    for (const auto& b : chart.bars) values.insert(values.end(), {b.result_low, b.result_high});
    const auto ticks = ticks_over(values, chart.base, 5);
    const Scale x{ticks.front(), ticks.back(), plot_left, plot_right};
    const Style low_style{.fill = light_blue}, high_style{.fill = orange};
    legend(doc, plot_left - margin, 12,
           {{low_style, chart.low_legend}, {high_style, chart.high_legend},
            {{.fill = "#111"}, chart.base_legend + " " + formatted(chart.format, chart.base)}});
    value_axis(doc, x, ticks, top, plot_bottom, chart.format, chart.axis_label);

    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        const auto& b = chart.bars[i];
        const double y = top + row * static_cast<double>(i) + row / 2;
        row_label(doc, y, b.label, label_width);
        const double low = finite_or(b.result_low, chart.base);
        const double high = finite_or(b.result_high, chart.base);
        const std::string tooltip = b.label + " — " + formatted(chart.format, low) + " – " +
                                    formatted(chart.format, high);
        // The farther end first, so a nearer one on the same side stays visible on top.
        std::vector<std::pair<double, Style>> parts{{low, low_style}, {high, high_style}};
        if (std::abs(low - chart.base) < std::abs(high - chart.base)) std::swap(parts[0], parts[1]);
        for (const auto& [end, style] : parts)
            doc.rect(std::min(x(end), x(chart.base)), y - bar / 2, std::abs(x(end) - x(chart.base)),
                     bar, style, tooltip);
        const auto [left_end, right_end] = std::minmax(low, high);
        doc.text(x(left_end) - 4, y + 3, formatted(chart.format, left_end), small_font, Anchor::end);
        doc.text(x(right_end) + 4, y + 3, formatted(chart.format, right_end), small_font,
                 Anchor::start);
    }
    doc.line(x(chart.base), top, x(chart.base), plot_bottom, {.stroke = "#111", .stroke_width = 1.5});
    return doc.str();
}

std::string weight_stability(const WeightStability& chart) {
    constexpr double label_width = 200, top = 24, row = 24, right_margin = 84;
    const double plot_left = label_width + label_gap;
    const double plot_right = page_width - right_margin;
    const double plot_bottom = top + row * static_cast<double>(chart.criteria.size());
    Document doc(chart.frame.id, page_width, plot_bottom + 36, chart.frame.title,
                 chart.frame.description);
    const std::vector<double> ticks = svg::nice_ticks(0, 1, 5);
    const Scale x{0, 1, plot_left, plot_right};
    const Style interval{.fill = light_blue, .stroke = blue, .stroke_width = 1};
    const Style dot{.fill = dark_blue};
    legend(doc, plot_left, 12,
           {{interval, chart.interval_legend}, {dot, chart.weight_legend, true}});
    value_axis(doc, x, ticks, top, plot_bottom, chart.format, chart.axis_label);
    for (std::size_t i = 0; i < chart.criteria.size(); ++i) {
        const auto& c = chart.criteria[i];
        const double y = top + row * static_cast<double>(i) + row / 2;
        row_label(doc, y, c.label, label_width);
        const double low = std::clamp(finite_or(c.low, 0), 0.0, 1.0);
        const double high = std::clamp(finite_or(c.high, 1), 0.0, 1.0);
        const std::string range = formatted(chart.format, low) + " – " + formatted(chart.format, high);
        doc.rect(x(low), y - 5, x(high) - x(low), 10, interval, c.label + " — " + range);
        doc.circle(x(std::clamp(finite_or(c.weight, 0), 0.0, 1.0)), y, 4.5, dot,
                   c.label + " — " + formatted(chart.format, c.weight));
        doc.text(plot_right + 10, y + 3, range, small_font, Anchor::start);
    }
    return doc.str();
}

std::string frontier_chart(const FrontierChart& chart) {
    constexpr double height = 270, top = 40, bottom = 34, right = 16;
    std::vector<double> xs, ys;
    for (const auto* series : {&chart.frontier, &chart.best, &chart.named})
        for (const auto& p : *series) {
            xs.push_back(p.yield);
            ys.push_back(p.merit);
        }
    const auto x_ticks = ticks_over(xs, 0, 5), y_ticks = ticks_over(ys, 0, 4);
    const double left = widest_tick(y_ticks, chart.y_format, small_font) + 10;
    Document doc(chart.frame.id, page_width, height, chart.frame.title, chart.frame.description);
    const Scale x{x_ticks.front(), x_ticks.back(), left, page_width - right};
    const Scale y{y_ticks.front(), y_ticks.back(), height - bottom, top};
    legend(doc, left, 12,
           {{{.fill = dark_blue}, chart.frontier_legend, true},
            {{.fill = orange}, chart.best_legend, true},
            {{.fill = "white", .stroke = blue, .stroke_width = 1.5}, chart.named_legend, true}});
    for (double t : y_ticks) {
        doc.line(left, y(t), page_width - right, y(t), {.stroke = grid_grey, .stroke_width = 1});
        doc.text(left - 4, y(t) + 3, formatted(chart.y_format, t), small_font, Anchor::end, grey);
    }
    for (double t : x_ticks)
        doc.text(x(t), height - bottom + 13, formatted(chart.x_format, t), small_font,
                 Anchor::middle, grey);
    doc.text(page_width - right, height - 6, chart.x_label, small_font, Anchor::end, grey);
    doc.text(2, top - 8, chart.y_label, small_font, Anchor::start, grey);
    std::vector<double> line;
    for (const auto& p : chart.frontier) line.insert(line.end(), {x(p.yield), y(p.merit)});
    if (line.size() >= 4)
        doc.path(line, false, {.fill = "none", .stroke = dark_blue, .stroke_width = 1.5});
    const auto tooltip = [&](const PackagePoint& p) {
        return p.label + " — " + formatted(chart.x_format, p.yield) + " ; " +
               formatted(chart.y_format, p.merit);
    };
    for (const auto& p : chart.frontier)
        doc.circle(x(p.yield), y(p.merit), 3, {.fill = dark_blue}, tooltip(p));
    for (const auto& p : chart.named)
        doc.circle(x(p.yield), y(p.merit), 5, {.fill = "white", .stroke = blue, .stroke_width = 1.5},
                   tooltip(p));
    for (const auto& p : chart.best) doc.circle(x(p.yield), y(p.merit), 5, {.fill = orange}, tooltip(p));
    doc.line(left, height - bottom, page_width - right, height - bottom,
             {.stroke = grey, .stroke_width = 1});
    return doc.str();
}

}  // namespace finmech::reports::charts
