// The XLSX reader on a workbook libxlsxwriter writes, and on a package built by hand the way
// other writers lay theirs out: absolute relationship targets, inline strings, rich text,
// namespace prefixes, cells without references.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <xlsxwriter.h>
#include <zip.h>

#include "finmech/host/input_error.hpp"
#include "finmech/host/xlsx_reader.hpp"

namespace finmech::host {
namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name) {
    return fs::temp_directory_path() / ("finmech_xlsx_" + name);
}

// A zip package of `parts` (name -> XML text).
void write_package(const fs::path& path, const std::map<std::string, std::string>& parts) {
    fs::remove(path);
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(archive, nullptr);
    for (const auto& [name, text] : parts) {
        zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
        ASSERT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8), 0);
    }
    ASSERT_EQ(zip_close(archive), 0);
}

TEST(XlsxReader, CellNames) {
    EXPECT_EQ(cell_name({7, 4}), "D7");
    EXPECT_EQ(cell_name({10, 27}), "AA10");
    EXPECT_EQ(parse_cell_name("AA10"), (CellRef{10, 27}));
    EXPECT_EQ(parse_cell_name("$B$3"), (CellRef{3, 2}));
    EXPECT_EQ(parse_cell_name("7D").column, 0);
    EXPECT_EQ(parse_cell_name("D").column, 0);
}

TEST(XlsxReader, ReadsWhatLibxlsxwriterWrites) {
    const fs::path path = scratch("libxlsxwriter.xlsx");
    lxw_workbook* wb = workbook_new(path.c_str());
    workbook_add_worksheet(wb, "Vide");
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Données");
    worksheet_write_string(ws, 0, 0, "Équité ++", nullptr);
    worksheet_write_number(ws, 1, 1, 3.5, nullptr);
    worksheet_write_boolean(ws, 2, 2, 1, nullptr);
    worksheet_write_blank(ws, 3, 3, workbook_add_format(wb));
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

    const XlsxWorkbook book(path, "book.xlsx");
    EXPECT_EQ(book.sheet_names(), (std::vector<std::string>{"Vide", "Données"}));
    const SheetCells cells = book.read_sheet("Données");
    ASSERT_EQ(cells.size(), 3u);  // the blank, formatted cell is not a value
    EXPECT_EQ(cells.at({1, 1}).text, "Équité ++");
    EXPECT_FALSE(cells.at({1, 1}).boolean);
    EXPECT_EQ(cells.at({2, 2}).text, "3.5");  // a number as its own text
    EXPECT_FALSE(cells.at({2, 2}).boolean);
    EXPECT_TRUE(cells.at({3, 3}).boolean);
    EXPECT_EQ(cells.at({3, 3}).text, "TRUE");
    EXPECT_TRUE(book.read_sheet("Vide").empty());
    fs::remove(path);
}

TEST(XlsxReader, AbsoluteTargetsInlineAndRichStringsAndPrefixes) {
    const fs::path path = scratch("by_hand.xlsx");
    const std::string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    write_package(
        path,
        {{"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
         {"_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"/xl/workbook.xml\"/>"
          "</Relationships>"},
         {"xl/workbook.xml",
          "<x:workbook xmlns:x=\"" + main + "\" xmlns:r=\"" + rel + "\"><x:sheets>"
          "<x:sheet name=\"Scores\" sheetId=\"1\" r:id=\"rId7\"/></x:sheets></x:workbook>"},
         {"xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId7\" Type=\"" + rel + "/worksheet\" Target=\"/xl/worksheets/s1.xml\"/>"
          "<Relationship Id=\"rId8\" Type=\"" + rel + "/sharedStrings\" Target=\"/xl/strings.xml\"/>"
          "</Relationships>"},
         {"xl/strings.xml",
          "<x:sst xmlns:x=\"" + main + "\"><x:si><x:t>plain</x:t></x:si>"
          "<x:si><x:r><x:t>Faisa</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space=\"preserve\">bilité </x:t></x:r>"
          "<x:rPh><x:t>ignored</x:t></x:rPh></x:si></x:sst>"},
         {"xl/worksheets/s1.xml",
          "<x:worksheet xmlns:x=\"" + main + "\"><x:sheetData>"
          "<x:row r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>1</x:v></x:c><x:c t=\"inlineStr\"><x:is><x:t>+-</x:t></x:is></x:c>"
          "<x:c><x:v>4</x:v></x:c></x:row>"
          "<x:row><x:c r=\"C3\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"D3\" t=\"str\"><x:f>A1</x:f><x:v>--</x:v></x:c></x:row>"
          "</x:sheetData></x:worksheet>"}});
    const XlsxWorkbook book(path, "by_hand.xlsx");
    ASSERT_EQ(book.sheet_names(), std::vector<std::string>{"Scores"});
    const SheetCells cells = book.read_sheet("Scores");
    ASSERT_EQ(cells.size(), 5u);
    EXPECT_EQ(cells.at({2, 1}).text, "Faisabilité ");
    EXPECT_EQ(cells.at({2, 2}).text, "+-");  // no reference: the next column
    EXPECT_EQ(cells.at({2, 3}).text, "4");
    EXPECT_EQ(cells.at({3, 3}).text, "plain");  // row without r: the next row
    EXPECT_EQ(cells.at({3, 4}).text, "--");
    fs::remove(path);
}

TEST(XlsxReader, NotAWorkbookOrNoSuchSheetIsAnInputError) {
    const fs::path path = scratch("not_a_zip.xlsx");
    std::ofstream(path) << "group,score\n";
    try {
        XlsxWorkbook book(path, "groupe-B.xlsx");
        FAIL() << "read a text file as a workbook";
    } catch (const InputError& e) {
        EXPECT_EQ(e.file(), "groupe-B.xlsx");
        EXPECT_NE(e.problem().find("cannot be read as an XLSX workbook"), std::string::npos);
    }
    lxw_workbook* wb = workbook_new(path.c_str());
    workbook_add_worksheet(wb, "Feuil1");
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
    try {
        XlsxWorkbook(path, "groupe-B.xlsx").read_sheet("Notes");
        FAIL() << "read a sheet that is not there";
    } catch (const InputError& e) {
        EXPECT_EQ(e.problem(), "has no sheet \"Notes\"; its sheets: \"Feuil1\"");
    }
    fs::remove(path);
}

}  // namespace
}  // namespace finmech::host
