#include "html.hpp"

#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/number_format.hpp"
#include "finmech/reports/svg.hpp"
#include "results_json.hpp"

namespace finmech::reports::html {

using nlohmann::json;

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
.indicative { font-weight: bold; color: #8a4b00; border: 1px solid #e0b070; background: #fff6e5; padding: 3pt 6pt; }
)";

}  // namespace

std::string text(std::string_view key, Language language) {
    return std::string(message(key, language));
}

std::string produced_by(const json& results, Language language) {
    const Provenance provenance = read_provenance(results);
    if (provenance.generated.empty()) return {};
    return message("common.generated", language,
                   {provenance.finmech_version, format_date(provenance.generated, language)});
}

std::string compact(double value, Language language) {
    return format_significant(value, 3, language);
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
