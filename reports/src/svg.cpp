#include <finmech/reports/svg.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace finmech::reports::svg {

namespace {

constexpr std::string_view default_text_fill = "#222";

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The first `count` code points of `text`.
std::string_view first_code_points(std::string_view text, std::size_t count) {
    std::size_t i = 0;
    for (std::size_t seen = 0; i < text.size(); ++i) {
        if (is_continuation_byte(text[i])) continue;
        if (seen++ == count) break;
    }
    return text.substr(0, i);
}

std::string attributes(const Style& style) {
    std::string out;
    if (!style.fill.empty()) out += " fill=\"" + style.fill + "\"";
    if (!style.stroke.empty()) out += " stroke=\"" + style.stroke + "\"";
    if (style.stroke_width >= 0) out += " stroke-width=\"" + coordinate(style.stroke_width) + "\"";
    if (style.opacity >= 0) out += " fill-opacity=\"" + coordinate(style.opacity) + "\"";
    if (!style.dash.empty()) out += " stroke-dasharray=\"" + style.dash + "\"";
    return out;
}

// Closes an element: with a <title> child when there is a tooltip, else self-closing.
std::string close(std::string_view element, std::string_view tooltip) {
    if (tooltip.empty()) return "/>\n";
    return "><title>" + escape(tooltip) + "</title></" + std::string(element) + ">\n";
}

const char* anchor_name(Anchor anchor) {
    switch (anchor) {
        case Anchor::start: return "start";
        case Anchor::middle: return "middle";
        case Anchor::end: return "end";
    }
    return "start";
}

}  // namespace

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string coordinate(double value) {
    if (!std::isfinite(value)) value = 0;
    double rounded = std::round(value * 100) / 100;
    if (rounded == 0) rounded = 0;  // no "-0"
    std::array<char, 64> buffer{};
    const auto [end, error] =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded,
                      std::chars_format::fixed, 2);
    std::string out(buffer.data(), error == std::errc{} ? end : buffer.data());
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
    return out;
}

std::size_t text_length(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation_byte(c); }));
}

double text_width(std::string_view text, double font_size) {
    return 0.6 * font_size * static_cast<double>(text_length(text));
}

std::vector<std::string> wrap(std::string_view text, std::size_t max_chars, std::size_t max_lines) {
    std::vector<std::string> lines;
    std::string current;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        const std::size_t needed = text_length(current) + (current.empty() ? 0 : 1) + text_length(word);
        if (needed <= max_chars) {
            if (!current.empty()) current += ' ';
            current += word;
            continue;
        }
        if (!current.empty()) lines.push_back(current);
        current = std::string(word);
        if (lines.size() == max_lines) break;
    }
    if (lines.size() < max_lines && !current.empty()) {
        lines.push_back(current);
        current.clear();
    }
    const auto shorten = [max_chars](std::string& line) {
        if (text_length(line) + 1 > max_chars)
            line = std::string(first_code_points(line, max_chars > 1 ? max_chars - 1 : 0));
        line += "…";
    };
    for (std::string& line : lines)
        if (text_length(line) > max_chars) shorten(line);
    const bool overflow = !current.empty() || start < text.size();
    if (overflow && !lines.empty() && !lines.back().ends_with("…")) shorten(lines.back());
    return lines;
}

std::vector<double> nice_ticks(double low, double high, int target) {
    if (!std::isfinite(low) || !std::isfinite(high)) return {0, 1};
    if (low > high) std::swap(low, high);
    if (low == high) {
        const double pad = low == 0 ? 1 : std::abs(low) * 0.1;
        low -= pad;
        high += pad;
    }
    const double raw_step = (high - low) / std::max(target, 1);
    const int exponent = static_cast<int>(std::floor(std::log10(raw_step)));
    const double magnitude = std::pow(10.0, exponent);
    double factor = 10;
    for (double nice : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (nice * magnitude >= raw_step) {
            factor = nice;
            break;
        }
    }
    // k × factor ÷ 10^-exponent rather than k × step: 3 × 0.2 is 0.6000000000000001, 6 ÷ 10 is
    // the double nearest 0.6, so ticks print as people write them.
    const auto tick = [&](double k) {
        const double value = exponent < 0 ? k * factor / std::pow(10.0, -exponent)
                                          : k * factor * magnitude;
        return value == 0 ? 0.0 : value;
    };
    const double step = factor * magnitude;
    const double first = std::floor(low / step + 1e-9);
    const double last = std::ceil(high / step - 1e-9);
    std::vector<double> ticks;
    for (double k = first; k <= last; ++k) ticks.push_back(tick(k));
    return ticks;
}

Document::Document(std::string_view id, double width, double height, std::string_view title,
                   std::string_view description) {
    const std::string name = escape(id);
    head_ = "<svg class=\"chart\" id=\"" + name + "\" viewBox=\"0 0 " + coordinate(width) + " " +
            coordinate(height) + "\" width=\"" + coordinate(width) + "\" height=\"" +
            coordinate(height) + "\" role=\"img\" aria-labelledby=\"" + name + "-title " + name +
            "-desc\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">\n<title id=\"" +
            name + "-title\">" + escape(title) + "</title>\n<desc id=\"" + name + "-desc\">" +
            escape(description) + "</desc>\n";
}

void Document::rect(double x, double y, double w, double h, const Style& style,
                    std::string_view tooltip) {
    body_ += "<rect x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" width=\"" +
             coordinate(std::max(w, 0.0)) + "\" height=\"" + coordinate(std::max(h, 0.0)) + "\"" +
             attributes(style) + close("rect", tooltip);
}

void Document::line(double x1, double y1, double x2, double y2, const Style& style) {
    body_ += "<line x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\"" +
             coordinate(x2) + "\" y2=\"" + coordinate(y2) + "\"" + attributes(style) + "/>\n";
}

void Document::circle(double cx, double cy, double r, const Style& style,
                      std::string_view tooltip) {
    body_ += "<circle cx=\"" + coordinate(cx) + "\" cy=\"" + coordinate(cy) + "\" r=\"" +
             coordinate(r) + "\"" + attributes(style) + close("circle", tooltip);
}

void Document::path(const std::vector<double>& xy, bool closed, const Style& style,
                    std::string_view tooltip) {
    const char* element = closed ? "polygon" : "polyline";
    std::string points;
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) {
        if (i) points += ' ';
        points += coordinate(xy[i]);
        points += ',';
        points += coordinate(xy[i + 1]);
    }
    body_ += std::string("<") + element + " points=\"" + points + "\"" + attributes(style) +
             close(element, tooltip);
}

void Document::text(double x, double y, std::string_view content, double font_size, Anchor anchor,
                    std::string_view fill) {
    body_ += "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" font-size=\"" +
             coordinate(font_size) + "\" text-anchor=\"" + anchor_name(anchor) + "\" fill=\"" +
             std::string(fill.empty() ? default_text_fill : fill) + "\">" + escape(content) +
             "</text>\n";
}

void Document::lines(double x, double y, const std::vector<std::string>& content, double font_size,
                     Anchor anchor, std::string_view fill) {
    for (std::size_t i = 0; i < content.size(); ++i)
        text(x, y + static_cast<double>(i) * font_size * 1.2, content[i], font_size, anchor, fill);
}

std::string Document::str() const { return head_ + body_ + "</svg>\n"; }

}  // namespace finmech::reports::svg
