#include "finmech/reports/markdown_report.hpp"

#include <variant>

#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/tables.hpp"
#include "results_json.hpp"

namespace finmech::reports {

namespace {

using nlohmann::json;

// A cell's text safe inside a Markdown table row.
std::string escaped(std::string text) {
    std::string out;
    for (char c : text) {
        if (c == '|') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

// "?" for what the results do not record.
std::string or_unknown(const std::string& text) { return text.empty() ? "?" : text; }

// "- Label : value" in French, "- Label: value" in English.
std::string item(const char* key, const std::string& value, Language language) {
    return "- " + message("common.field", language, {message(key, language), value}) + "\n";
}

std::string provenance_section(const json& results, Language language) {
    const Provenance p = read_provenance(results);
    const std::string out = "## " + std::string(message("common.provenance", language)) + "\n\n";
    if (!p.recorded) return out + std::string(message("common.not_available", language)) + "\n\n";
    std::string scenario = or_unknown(p.scenario);
    if (!p.scenario_sha256.empty()) scenario += " (SHA-256 `" + p.scenario_sha256 + "`)";
    std::string items =
        item("common.scenario", scenario, language) +
        item("common.version", "finmech " + or_unknown(p.finmech_version), language) +
        item("common.seed", or_unknown(p.seed), language) +
        item("common.draws", or_unknown(p.draws), language) +
        item("common.generated_on", or_unknown(p.generated), language) +
        item("common.plugins", "", language);
    for (const auto& plugin : p.plugins)
        items += "  - " + or_unknown(string_at(plugin, "id")) + " " +
                 or_unknown(string_at(plugin, "version")) + " (" +
                 or_unknown(string_at(plugin, "file")) + ", SHA-256 `" +
                 or_unknown(string_at(plugin, "sha256")) + "`)\n";
    return out + items + "\n";
}

std::string table_section(const Table& table, Language language) {
    std::string out = "## " + table.title + "\n\n";
    if (table.rows.empty()) {
        const std::string note =
            table.note.empty() ? std::string(message("common.not_available", language)) : table.note;
        return out + note + "\n\n";
    }
    std::string header = "|", rule = "|";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        header += " " + escaped(header_with_unit(table.columns[c])) + " |";
        // Right-align a column of numbers: its first non-empty cell is a number.
        bool numbers = false;
        for (const auto& row : table.rows)
            if (c < row.size() && !std::holds_alternative<std::monostate>(row[c])) {
                numbers = std::holds_alternative<double>(row[c]);
                break;
            }
        rule += numbers ? " ---: |" : " --- |";
    }
    out += header + "\n" + rule + "\n";
    for (const auto& row : table.rows) {
        out += "|";
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            out += " " + (c < row.size() ? escaped(cell_text(table, c, row[c], language)) : "") +
                   " |";
        out += "\n";
    }
    if (!table.note.empty()) out += "\n" + table.note + "\n";
    return out + "\n";
}

}  // namespace

std::string render_markdown_report(const json& results, const std::vector<Table>& tables,
                                   Language language) {
    std::string out = "# " + std::string(message("common.report_title", language)) + "\n\n";
    if (indicative(results)) out += "> " + std::string(message("common.indicative", language)) + "\n\n";
    out += provenance_section(results, language);
    for (const auto& table : tables)
        out += table_section(table, language);
    return out;
}

}  // namespace finmech::reports
