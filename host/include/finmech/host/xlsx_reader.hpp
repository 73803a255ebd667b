// finmech host: reading the cells of an XLSX sheet, whichever program saved it (Excel,
// LibreOffice, libxlsxwriter, openpyxl, exceljs). libzip opens the package, pugixml reads the
// parts; relationship targets may be relative ("worksheets/sheet1.xml") or absolute
// ("/xl/worksheets/sheet1.xml"), element names may carry a namespace prefix.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace finmech::host {

// A cell's position, 1-based: row 1, column 1 is A1.
struct CellRef {
    int row = 0;
    int column = 0;
    auto operator<=>(const CellRef&) const = default;
};

// "D7" for {7, 4}.
std::string cell_name(CellRef ref);

// {7, 4} for "D7" (or "$D$7"); column 0 when `name` is not a cell reference.
CellRef parse_cell_name(const std::string& name);

struct CellValue {
    // As written in the file: the string (shared, inline or formula result), the number's own
    // text ("3", "3.5"), or "TRUE"/"FALSE". Readers parse numbers from it, as they do a CSV's.
    std::string text;
    bool boolean = false;  // a TRUE/FALSE cell, which is no number even though Excel shows 1/0
};

using SheetCells = std::map<CellRef, CellValue>;

class XlsxWorkbook {
public:
    // Opens the package and reads its sheet list and shared strings. `file` names it in
    // messages. InputError when the file is not a readable XLSX package.
    explicit XlsxWorkbook(const std::filesystem::path& path, std::string file);

    // In workbook order.
    const std::vector<std::string>& sheet_names() const { return names_; }

    // The non-empty cells of the sheet called `name` (error cells are read as text such as
    // "#N/A"). InputError when there is no such sheet or its part cannot be read.
    SheetCells read_sheet(const std::string& name) const;

private:
    class Package;  // the open zip package, kept for read_sheet
    std::string file_;
    std::shared_ptr<const Package> package_;
    std::vector<std::string> names_;
    std::vector<std::string> parts_;  // the worksheet part of each sheet, e.g. "xl/worksheets/sheet1.xml"
    std::vector<std::string> shared_strings_;
};

}  // namespace finmech::host
