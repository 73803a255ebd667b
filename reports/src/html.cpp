#include "html.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/number_format.hpp"
#include "finmech/reports/svg.hpp"

namespace finmech::reports::html {

namespace {

// Print-ready on A4: 12 mm side margins leave about 700 CSS px; the body keeps to 680.
constexpr std::string_view base_css = R"(@page { size: A4; margin: 14mm 12mm 16mm 12mm; }
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 9.5pt; line-height: 1.4;
  color: #222; max-width: 680px; margin: 0 auto; padding: 0 4px; }
h1 { font-size: 17pt; color: #1f4e79; margin: 0 0 4pt; line-height: 1.2; }
h2 { font-size: 12.5pt; color: #1f4e79; border-bottom: 1px solid #a9c9e6; margin: 16pt 0 6pt;
  break-after: avoid; }
h3 { font-size: 10.5pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 4pt 0; }
table { border-collapse: collapse; width: 100%; font-size: 7.5pt; margin: 4pt 0; }
caption { caption-side: top; text-align: left; font-weight: bold; font-size: 8.5pt;
  padding-bottom: 3pt; }
th, td { border-bottom: 1px solid #ddd; padding: 2pt 3pt; vertical-align: top; text-align: left; }
th { background: #eef4fa; font-weight: bold; }
th .unit { display: block; font-weight: normal; color: #555; }
td.num { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
tr, figure, .keep { break-inside: avoid; }
figure { margin: 6pt 0 10pt; }
figcaption { font-size: 8pt; color: #444; margin-top: 2pt; }
svg.chart { display: block; max-width: 100%; height: auto; }
.grid { display: flex; flex-wrap: wrap; column-gap: 6px; }
.grid figure { width: 222px; margin: 2pt 0 6pt; }
.grid figcaption { font-size: 7.5pt; min-height: 2.6em; margin: 0 0 2pt; }
.note { font-size: 7.5pt; color: #555; }
)";

constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

// The language's decimal separator.
char decimal_mark(Language language) { return language == Language::fr ? ',' : '.'; }

// "2,50" -> "2,5", "10,00" -> "10".
std::string drop_trailing_zeros(std::string text, Language language) {
    if (text.find(decimal_mark(language)) == std::string::npos) return text;
    while (!text.empty() && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == decimal_mark(language)) text.pop_back();
    return text;
}

// The first object of the array `list` whose `field` is `value`, or nullptr.
const json* find_entry(const json& list, std::string_view field, std::string_view value);

}  // namespace

double yearly(const json& series, std::string_view statistic, std::size_t index) {
    const json& values = member(series, statistic);
    if (!values.is_array() || index >= values.size() || !values[index].is_number())
        return not_a_number;
    return values[index].get<double>();
}

namespace {

const json* find_entry(const json& list, std::string_view field, std::string_view value) {
    if (!list.is_array()) return nullptr;
    for (const auto& entry : list)
        if (string_at(entry, field) == value) return &entry;
    return nullptr;
}

}  // namespace

std::vector<const json*> ranked(const json& results) {
    std::vector<const json*> order;
    const json& list = member(member(results, "ranking"), "results");
    if (!list.is_array()) return order;
    for (const auto& result : list) order.push_back(&result);
    std::stable_sort(order.begin(), order.end(), [](const json* a, const json* b) {
        return a->value("rank", 0) < b->value("rank", 0);
    });
    return order;
}

const json* mechanism(const json& results, std::string_view label) {
    return find_entry(member(results, "mechanisms"), "label", label);
}

std::size_t middle_year_index(const json& results) {
    const json& years = member(results, "years");
    return years.is_array() && !years.empty() ? (years.size() - 1) / 2 : 0;
}

int middle_year(const json& results) {
    const json& years = member(results, "years");
    const std::size_t middle = middle_year_index(results);
    return years.is_array() && middle < years.size() && years[middle].is_number_integer()
               ? years[middle].get<int>()
               : 0;
}

const json* context_entry(const json& results, std::string_view key) {
    return find_entry(member(results, "context"), "key", key);
}

std::string produced_by(const json& results, Language language) {
    const std::string generated = string_at(member(results, "provenance"), "generated");
    if (generated.empty()) return {};
    return message("common.generated", language, {string_at(results, "finmech_version"), generated});
}

std::string currency(const json& results) {
    const std::string text = string_at(results, "currency");
    return text.empty() ? "FCFA" : text;
}

std::string significant(double value, Language language) {
    if (!std::isfinite(value) || value == 0) return format_number(value, 0, language);
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
    return format_number(value, std::clamp(2 - magnitude, 0, 3), language);
}

std::string compact(double value, Language language) {
    return drop_trailing_zeros(significant(value, language), language);
}

charts::Format compact_format(Language language) {
    return [language](double value) { return compact(value, language); };
}

std::string share_percent(double share, Language language) {
    return format_percent(100 * share, 0, language);
}

std::string join_list(const std::vector<std::string>& items, Language language) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? message("report.and", language) : ", ";
        out += items[i];
    }
    return out;
}

std::string escape(std::string_view text) { return svg::escape(text); }

std::string paragraph(std::string_view text, std::string_view css_class) {
    return (css_class.empty() ? std::string("<p>")
                              : "<p class=\"" + std::string(css_class) + "\">") +
           escape(text) + "</p>\n";
}

std::string table(const Table& t, Language language, bool group_by_first_column) {
    std::string out = "<table id=\"table-" + escape(t.id) + "\">\n<caption>" + escape(t.title) +
                      "</caption>\n<thead><tr>";
    const std::size_t first = group_by_first_column ? 1 : 0;
    for (std::size_t c = first; c < t.columns.size(); ++c) {
        const Column& column = t.columns[c];
        out += "<th scope=\"col\">" + escape(column.header);
        if (!column.unit.empty()) out += "<span class=\"unit\">" + escape(column.unit) + "</span>";
        out += "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    std::string group;
    for (const auto& row : t.rows) {
        if (group_by_first_column && !row.empty() && cell_text(t, 0, row[0], language) != group) {
            group = cell_text(t, 0, row[0], language);
            out += "<tr class=\"group\"><th colspan=\"" + std::to_string(t.columns.size() - 1) +
                   "\" scope=\"rowgroup\">" + escape(group) + "</th></tr>\n";
        }
        out += "<tr>";
        for (std::size_t c = first; c < row.size(); ++c) {
            const bool number = std::holds_alternative<double>(row[c]);
            out += number ? "<td class=\"num\">" : "<td>";
            out += escape(cell_text(t, c, row[c], language)) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
    if (!t.note.empty()) out += paragraph(t.note, "note");
    return out;
}

std::string figure(std::string_view svg, std::string_view caption, std::string_view css_class) {
    return (css_class.empty() ? std::string("<figure>\n")
                              : "<figure class=\"" + std::string(css_class) + "\">\n") +
           std::string(svg) + "<figcaption>" + escape(caption) + "</figcaption>\n</figure>\n";
}

std::string page(Language language, std::string_view title, std::string_view extra_css,
                 std::string_view body) {
    return "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(language)) +
           "\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" "
           "content=\"width=device-width, initial-scale=1\"/>\n<title>" +
           escape(title) + "</title>\n<style>\n" + std::string(base_css) +
           std::string(extra_css) + "</style>\n</head>\n<body>\n" + std::string(body) +
           "</body>\n</html>\n";
}

}  // namespace finmech::reports::html
