#include "finmech/reports/report_folder.hpp"

#include <map>

#include "finmech/reports/csv_tables.hpp"
#include "finmech/reports/html_report.hpp"
#include "finmech/reports/markdown_report.hpp"
#include "finmech/reports/output_folder.hpp"
#include "finmech/reports/source_date.hpp"
#include "finmech/reports/tables.hpp"
#include "finmech/reports/xlsx_report.hpp"

namespace finmech::reports {

namespace {

// SOURCE_DATE_EPOCH when set, else the results' date, else 1970-01-01: never the clock.
std::time_t creation_time(const nlohmann::json& results) {
    if (const auto epoch = source_date_epoch()) return *epoch;
    const nlohmann::json generated =
        results.value(nlohmann::json::json_pointer("/provenance/generated"), nlohmann::json());
    if (generated.is_string())
        if (const auto time = parse_utc_date(generated.get<std::string>())) return *time;
    return 0;
}

}  // namespace

std::vector<ReportFile> report_files(const nlohmann::json& results, Language language) {
    const std::vector<Table> tables = report_tables(results, language);
    return {{"results.json", results.dump(2) + "\n"},
            {"report.html", render_html_report(results, tables, language)},
            {"report.md", render_markdown_report(results, tables, language)},
            {"tables.csv", render_csv_tables(tables, CsvDialect::standard)},
            {"tables-fr-excel.csv", render_csv_tables(tables, CsvDialect::french_excel)},
            {"report.xlsx", render_xlsx_report(tables, creation_time(results))}};
}

void write_report_folder(const std::filesystem::path& folder, const nlohmann::json& results,
                         Language language, bool replace) {
    std::map<std::string, std::string> files;
    for (auto& file : report_files(results, language))
        files.emplace(std::move(file.name), std::move(file.bytes));
    write_output_folder(folder, files, replace);
}

}  // namespace finmech::reports
