// finmech reports: the output folder of `finmech evaluate --out` and `finmech report --out`.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "finmech/reports/language.hpp"

namespace finmech::reports {

struct ReportFile {
    std::string name;   // e.g. "report.md"
    std::string bytes;
};

// Every file of the folder, rendered from `results` alone: results.json, report.html,
// report.md, tables.csv, tables-fr-excel.csv, report.xlsx. Same results and language, same bytes:
// the workbook's creation date is SOURCE_DATE_EPOCH when set, else the results' generated date
// (provenance/generated), else 1970-01-01. std::invalid_argument when SOURCE_DATE_EPOCH is set
// but is not a whole number of seconds.
std::vector<ReportFile> report_files(const nlohmann::json& results, Language language);

// Writes report_files() as `folder`, whole or not at all (write_output_folder()).
void write_report_folder(const std::filesystem::path& folder, const nlohmann::json& results,
                         Language language, bool replace);

}  // namespace finmech::reports
