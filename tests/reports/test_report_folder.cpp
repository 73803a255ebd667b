// The output folder: every file, same results -> same bytes, SOURCE_DATE_EPOCH honoured.
#include <finmech/reports/report_folder.hpp>
#include <finmech/reports/source_date.hpp>

#include <cstdlib>
#include <fstream>

#include <gtest/gtest.h>

#include "results_fixture.hpp"
#include "zip_entry.hpp"

using namespace finmech::reports;

namespace {

const ReportFile& file(const std::vector<ReportFile>& files, const std::string& name) {
    for (const auto& f : files)
        if (f.name == name) return f;
    throw std::out_of_range(name);
}

// Sets SOURCE_DATE_EPOCH for one scope, then restores it.
class SourceDateEpoch {
public:
    explicit SourceDateEpoch(const char* value) {
        if (const char* old = std::getenv("SOURCE_DATE_EPOCH")) previous_ = old;
        if (value)
            setenv("SOURCE_DATE_EPOCH", value, 1);
        else
            unsetenv("SOURCE_DATE_EPOCH");
    }
    ~SourceDateEpoch() {
        if (previous_)
            setenv("SOURCE_DATE_EPOCH", previous_->c_str(), 1);
        else
            unsetenv("SOURCE_DATE_EPOCH");
    }

private:
    std::optional<std::string> previous_;
};

}  // namespace

TEST(ReportFolder, HasEveryFile) {
    const SourceDateEpoch unset(nullptr);
    std::vector<std::string> names;
    for (const auto& f : report_files(finmech::test::small_results(), Language::fr))
        names.push_back(f.name);
    EXPECT_EQ(names, (std::vector<std::string>{"results.json", "report.html", "report.md",
                                               "tables.csv", "tables-fr-excel.csv",
                                               "report.xlsx"}));
}

TEST(ReportFolder, ResultsJsonIsTheResults) {
    const SourceDateEpoch unset(nullptr);
    const auto results = finmech::test::small_results();
    const auto files = report_files(results, Language::en);
    EXPECT_EQ(nlohmann::json::parse(file(files, "results.json").bytes), results);
}

TEST(ReportFolder, SameResultsSameBytes) {
    const SourceDateEpoch unset(nullptr);
    const auto results = finmech::test::small_results();
    const auto first = report_files(results, Language::fr);
    const auto second = report_files(results, Language::fr);
    ASSERT_EQ(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i)
        EXPECT_EQ(first[i].bytes, second[i].bytes) << first[i].name;
    // Without SOURCE_DATE_EPOCH the workbook takes the results' date.
    const auto core = finmech::test::zip_entry(file(first, "report.xlsx").bytes,
                                               "docProps/core.xml");
    ASSERT_TRUE(core);
    EXPECT_NE(core->find("2026-03-04T00:00:00Z"), std::string::npos) << *core;
}

TEST(ReportFolder, SourceDateEpochFixesTheWorkbookDate) {
    const SourceDateEpoch fixed("1700000000");  // 2023-11-14T22:13:20Z
    const auto files = report_files(finmech::test::small_results(), Language::en);
    const auto core = finmech::test::zip_entry(file(files, "report.xlsx").bytes,
                                               "docProps/core.xml");
    ASSERT_TRUE(core);
    EXPECT_NE(core->find("2023-11-14T22:13:20Z"), std::string::npos) << *core;
    EXPECT_EQ(results_date(), "2023-11-14");
}

TEST(ReportFolder, BadSourceDateEpochIsRefused) {
    const SourceDateEpoch bad("yesterday");
    EXPECT_THROW(report_files(finmech::test::small_results(), Language::en),
                 std::invalid_argument);
}

TEST(ReportFolder, WritesTheFolderWhole) {
    const SourceDateEpoch unset(nullptr);
    const auto folder = std::filesystem::temp_directory_path() / "finmech_report_folder_test";
    std::filesystem::remove_all(folder);
    write_report_folder(folder, finmech::test::small_results(), Language::en, false);
    for (const char* name : {"results.json", "report.html", "report.md", "tables.csv",
                             "tables-fr-excel.csv", "report.xlsx"})
        EXPECT_TRUE(std::filesystem::is_regular_file(folder / name)) << name;
    std::filesystem::remove_all(folder);
}
