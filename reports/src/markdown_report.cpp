#include "finmech/reports/markdown_report.hpp"

#include <variant>

#include "finmech/reports/catalogue.hpp"
#include "finmech/reports/tables.hpp"

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

std::string text_or_unknown(const json& object, const char* key) {
    if (!object.is_object() || !object.contains(key)) return "?";
    return object[key].is_string() ? object[key].get<std::string>() : object[key].dump();
}

// "- Label : value" in French, "- Label: value" in English.
std::string item(const char* key, const std::string& value, Language language) {
    return "- " + message("common.field", language, {message(key, language), value}) + "\n";
}

std::string provenance_section(const json& results, Language language) {
    const json& provenance = results.contains("provenance") ? results["provenance"] : json();
    std::string out = "## " + std::string(message("common.provenance", language)) + "\n\n";
    std::string scenario = text_or_unknown(results, "scenario");
    if (provenance.is_object() && provenance.contains("scenario"))
        scenario += " (SHA-256 `" + text_or_unknown(provenance["scenario"], "sha256") + "`)";
    out += item("common.scenario", scenario, language);
    out += item("common.version", "finmech " + text_or_unknown(results, "finmech_version"),
                language);
    out += item("common.seed", text_or_unknown(results, "seed"), language);
    out += item("common.draws", text_or_unknown(results, "draws"), language);
    if (!provenance.is_object())
        return out + "\n" + std::string(message("common.not_available", language)) + "\n\n";
    out += item("common.generated_on", text_or_unknown(provenance, "generated"), language);
    out += item("common.plugins", "", language);
    if (provenance.contains("plugins"))
        for (const auto& plugin : provenance["plugins"])
            out += "  - " + text_or_unknown(plugin, "id") + " " +
                   text_or_unknown(plugin, "version") + " (" + text_or_unknown(plugin, "file") +
                   ", SHA-256 `" + text_or_unknown(plugin, "sha256") + "`)\n";
    return out + "\n";
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

std::string render_markdown_report(const json& results, Language language) {
    std::string out = "# " + std::string(message("common.report_title", language)) + "\n\n";
    out += provenance_section(results, language);
    for (const auto& table : report_tables(results, language))
        out += table_section(table, language);
    return out;
}

}  // namespace finmech::reports
