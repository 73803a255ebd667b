#include "finmech/reports/csv_tables.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace finmech::reports {

namespace {

struct Format {
    char separator;
    char decimal;
};

std::string number(double value, Format format) {
    if (!std::isfinite(value)) return "";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    std::string text = buffer;
    std::replace(text.begin(), text.end(), '.', format.decimal);
    return text;
}

}  // namespace

std::string csv_field(std::string_view text, char separator) {
    if (text.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string render_csv_tables(const std::vector<Table>& tables, CsvDialect dialect) {
    const Format format = dialect == CsvDialect::standard ? Format{',', '.'} : Format{';', ','};
    std::size_t width = 1;
    for (const auto& table : tables) width = std::max(width, table.columns.size());

    std::string out = dialect == CsvDialect::french_excel ? "\xEF\xBB\xBF" : "";
    const auto record = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < width; ++i) {
            if (i > 0) out += format.separator;
            if (i < fields.size()) out += csv_field(fields[i], format.separator);
        }
        out += "\r\n";
    };
    for (const auto& table : tables) {
        record({table.title});
        std::vector<std::string> header;
        for (const auto& column : table.columns) header.push_back(header_with_unit(column));
        record(header);
        for (const auto& row : table.rows) {
            std::vector<std::string> fields;
            for (const auto& cell : row) {
                if (const auto* value = std::get_if<double>(&cell))
                    fields.push_back(number(*value, format));
                else if (const auto* text = std::get_if<std::string>(&cell))
                    fields.push_back(*text);
                else
                    fields.emplace_back();
            }
            record(fields);
        }
        if (!table.note.empty()) record({table.note});
        record({});
    }
    return out;
}

}  // namespace finmech::reports
