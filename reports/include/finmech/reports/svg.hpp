// finmech reports: a small SVG writer for the charts drawn by the project.
//
// Output is deterministic: coordinates are printed with std::to_chars (never the C or C++
// locale) at a fixed precision, so the same chart gives the same bytes on every machine.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace finmech::reports::svg {

// `text` with &, <, >, " and ' escaped for XML text and attribute values.
std::string escape(std::string_view text);

// A coordinate or length: at most two decimals, trailing zeros dropped, '.' as decimal mark,
// "-0" printed as "0". Not for numbers people read (use number_format.hpp for those).
std::string coordinate(double value);

// Number of characters (UTF-8 code points) in `text`.
std::size_t text_length(std::string_view text);

// Estimated width in px of `text` at `font_size` px: SVG cannot measure text, so charts leave
// room for about 0.6 × font size per character.
double text_width(std::string_view text, double font_size);

// `text` broken at spaces into at most `max_lines` lines of at most `max_chars` characters; what
// does not fit ends the last line with "…". A single word longer than a line is cut.
std::vector<std::string> wrap(std::string_view text, std::size_t max_chars, std::size_t max_lines);

// "Nice" axis ticks covering [low, high]: about `target` steps of 1, 2, 2.5 or 5 × 10^k; the
// first tick is <= low and the last >= high. low == high gives a range around that value.
std::vector<double> nice_ticks(double low, double high, int target = 5);

enum class Anchor { start, middle, end };

// Presentation of one shape, written as SVG attributes (no CSS needed, so a chart copied out of
// the page keeps its look). Empty strings and negative numbers are left out.
struct Style {
    std::string fill{};
    std::string stroke{};
    double stroke_width = -1;
    double opacity = -1;   // fill-opacity
    std::string dash{};    // stroke-dasharray
};

// One <svg> element built shape by shape, for inline use in an HTML page (so no xmlns: the HTML
// parser puts <svg> in the SVG namespace, and the page names no external address). Every chart carries a <title> and a <desc> referenced
// by aria-labelledby, and role="img", so screen readers announce it. `id` must be unique in the
// page (it prefixes the title and description ids).
class Document {
public:
    Document(std::string_view id, double width, double height, std::string_view title,
             std::string_view description);

    // `tooltip`, when not empty, becomes a <title> child: browsers show it on hover, no script.
    void rect(double x, double y, double w, double h, const Style& style,
              std::string_view tooltip = {});
    void line(double x1, double y1, double x2, double y2, const Style& style);
    void circle(double cx, double cy, double r, const Style& style, std::string_view tooltip = {});
    // Closed polygon (`closed`) or open polyline through the points (x0, y0, x1, y1, ...).
    void path(const std::vector<double>& xy, bool closed, const Style& style,
              std::string_view tooltip = {});
    // One line of text. `fill` empty means dark grey.
    void text(double x, double y, std::string_view content, double font_size, Anchor anchor,
              std::string_view fill = {});
    // Several lines, the first at `y`, each `font_size` × 1.2 below the previous.
    void lines(double x, double y, const std::vector<std::string>& content, double font_size,
               Anchor anchor, std::string_view fill = {});

    // The finished <svg> element.
    std::string str() const;

private:
    std::string head_, body_;
};

}  // namespace finmech::reports::svg
