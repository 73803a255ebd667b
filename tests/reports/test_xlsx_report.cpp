// report.xlsx: a zip that opens, one sheet per table, numbers stored as numbers, fixed bytes.
#include <finmech/reports/xlsx_report.hpp>

#include <pugixml.hpp>

#include <gtest/gtest.h>

#include "results_fixture.hpp"
#include "zip_entry.hpp"

using namespace finmech::reports;
using finmech::test::zip_entry;

namespace {

constexpr std::time_t march_4_2026 = 1772582400;  // 2026-03-04T00:00:00Z

pugi::xml_document parse(const std::string& xml) {
    pugi::xml_document document;
    const auto result = document.load_buffer(xml.data(), xml.size());
    EXPECT_TRUE(result) << result.description();
    return document;
}

}  // namespace

TEST(XlsxReport, OneSheetPerTableNamedByItsId) {
    const auto tables = report_tables(finmech::test::small_results(), Language::en);
    const std::string xlsx = render_xlsx_report(tables, march_4_2026);
    const auto workbook = zip_entry(xlsx, "xl/workbook.xml");
    ASSERT_TRUE(workbook) << "report.xlsx does not unzip";
    const auto document = parse(*workbook);
    std::vector<std::string> names;
    for (const auto& sheet : document.select_nodes("//*[local-name()='sheet']"))
        names.push_back(sheet.node().attribute("name").value());
    EXPECT_EQ(names, (std::vector<std::string>{"yield", "scores", "ranking", "assumptions"}));
}

TEST(XlsxReport, NumbersAreStoredAsNumbers) {
    const auto tables = report_tables(finmech::test::small_results(), Language::en);
    const std::string xlsx = render_xlsx_report(tables, march_4_2026);
    for (std::size_t s = 0; s < tables.size(); ++s) {
        const auto sheet = zip_entry(xlsx, "xl/worksheets/sheet" + std::to_string(s + 1) + ".xml");
        ASSERT_TRUE(sheet);
        const auto document = parse(*sheet);
        // A cell with no type (t) attribute holds a number in <v>.
        std::vector<double> stored;
        for (const auto& cell : document.select_nodes("//*[local-name()='c'][not(@t)]"))
            stored.push_back(cell.node().child("v").text().as_double());
        std::vector<double> expected;
        for (const auto& row : tables[s].rows)
            for (const auto& cell : row)
                if (const auto* value = std::get_if<double>(&cell)) expected.push_back(*value);
        ASSERT_EQ(stored.size(), expected.size()) << tables[s].id;
        for (std::size_t i = 0; i < stored.size(); ++i)
            EXPECT_DOUBLE_EQ(stored[i], expected[i]) << tables[s].id << " #" << i;
    }
}

TEST(XlsxReport, HeadersCarryTheUnits) {
    const auto tables = report_tables(finmech::test::small_results(), Language::en);
    const auto strings = zip_entry(render_xlsx_report(tables, march_4_2026), "xl/sharedStrings.xml");
    ASSERT_TRUE(strings);
    EXPECT_NE(strings->find("Net revenue, mean (bn FCFA)"), std::string::npos);
}

TEST(XlsxReport, TheCreationDateFixesTheBytes) {
    const auto tables = report_tables(finmech::test::small_results(), Language::fr);
    const std::string first = render_xlsx_report(tables, march_4_2026);
    EXPECT_EQ(first, render_xlsx_report(tables, march_4_2026));
    const auto core = zip_entry(first, "docProps/core.xml");
    ASSERT_TRUE(core);
    EXPECT_NE(core->find("2026-03-04T00:00:00Z"), std::string::npos) << *core;
    EXPECT_NE(first, render_xlsx_report(tables, march_4_2026 + 86400));
}
