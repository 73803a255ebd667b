// tables.csv in both dialects: read back with a small RFC 4180 parser, the same numbers.
#include <finmech/reports/csv_tables.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

#include <gtest/gtest.h>

#include "results_fixture.hpp"

using namespace finmech::reports;

namespace {

using Records = std::vector<std::vector<std::string>>;

// RFC 4180 records: `separator` between fields, CRLF between records, "" for a quote inside a
// quoted field. Fails the test on a bare LF or a stray quote.
Records parse_csv(const std::string& text, char separator) {
    Records records(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        std::string& field = records.back().back();
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            EXPECT_TRUE(field.empty()) << "quote inside an unquoted field at byte " << i;
            quoted = true;
        } else if (c == separator) {
            records.back().emplace_back();
        } else if (c == '\r') {
            EXPECT_EQ(text[i + 1], '\n') << "CR without LF at byte " << i;
            ++i;
            records.emplace_back(1);
        } else {
            EXPECT_NE(c, '\n') << "bare LF at byte " << i;
            field += c;
        }
    }
    EXPECT_FALSE(quoted);
    EXPECT_EQ(records.back(), std::vector<std::string>(1));  // the file ends with CRLF
    records.pop_back();
    return records;
}

// `field` as a number in the dialect whose decimal separator is `decimal`, when it is one whole.
std::optional<double> as_number(std::string field, char decimal) {
    if (field.empty() || field.find_first_not_of("0123456789-+.,e") != std::string::npos)
        return std::nullopt;
    if (field.find(decimal == ',' ? '.' : ',') != std::string::npos) return std::nullopt;
    std::replace(field.begin(), field.end(), ',', '.');
    try {
        std::size_t used = 0;
        const double value = std::stod(field, &used);
        if (used == field.size()) return value;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

// The numbers of every table, in order, as they should read back: number cells, and text cells
// that read as numbers (years).
std::vector<double> table_numbers(const std::vector<Table>& tables) {
    std::vector<double> numbers;
    for (const auto& table : tables)
        for (const auto& row : table.rows)
            for (const auto& cell : row) {
                if (const auto* value = std::get_if<double>(&cell)) numbers.push_back(*value);
                if (const auto* text = std::get_if<std::string>(&cell))
                    if (const auto value = as_number(*text, '.')) numbers.push_back(*value);
            }
    return numbers;
}

// The fields of `records` that read as numbers, in order.
std::vector<double> csv_numbers(const Records& records, char decimal) {
    std::vector<double> numbers;
    for (const auto& record : records)
        for (const auto& field : record)
            if (const auto value = as_number(field, decimal)) numbers.push_back(*value);
    return numbers;
}

void expect_same_numbers(const std::vector<double>& read, const std::vector<double>& expected) {
    ASSERT_EQ(read.size(), expected.size());
    for (std::size_t i = 0; i < read.size(); ++i)
        EXPECT_NEAR(read[i], expected[i], 1e-12 * std::max(1.0, std::fabs(expected[i]))) << i;
}

}  // namespace

TEST(CsvTables, StandardDialectReadsBackTheSameNumbers) {
    const auto tables = report_tables(finmech::test::small_results(), Language::en);
    const std::string csv = render_csv_tables(tables, CsvDialect::standard);
    EXPECT_NE(csv.substr(0, 3), "\xEF\xBB\xBF");
    const Records records = parse_csv(csv, ',');
    for (const auto& record : records) EXPECT_EQ(record.size(), records.front().size());
    expect_same_numbers(csv_numbers(records, '.'), table_numbers(tables));
    // A label with a separator and quotes survives intact.
    bool found = false;
    for (const auto& record : records) found |= record[1] == "Accise tabac; \"UEMOA\"";
    EXPECT_TRUE(found);
}

TEST(CsvTables, FrenchExcelDialectReadsBackTheSameNumbers) {
    const auto tables = report_tables(finmech::test::small_results(), Language::fr);
    const std::string csv = render_csv_tables(tables, CsvDialect::french_excel);
    ASSERT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");  // UTF-8 BOM
    const Records records = parse_csv(csv.substr(3), ';');
    for (const auto& record : records) EXPECT_EQ(record.size(), records.front().size());
    expect_same_numbers(csv_numbers(records, ','), table_numbers(tables));
    bool decimal_comma = false;
    for (const auto& record : records)
        for (const auto& field : record) decimal_comma |= field == "15,25";
    EXPECT_TRUE(decimal_comma);
    // The two dialects hold the same numbers.
    const auto standard = parse_csv(render_csv_tables(tables, CsvDialect::standard), ',');
    expect_same_numbers(csv_numbers(records, ','), csv_numbers(standard, '.'));
}

TEST(CsvTables, EachTableHasItsTitleAndHeaderWithUnits) {
    const auto tables = report_tables(finmech::test::small_results(), Language::en);
    const Records records = parse_csv(render_csv_tables(tables, CsvDialect::standard), ',');
    for (const auto& table : tables) {
        const auto title = std::find_if(records.begin(), records.end(),
                                        [&](const auto& r) { return r[0] == table.title; });
        ASSERT_NE(title, records.end()) << table.id;
        EXPECT_EQ((title + 1)->at(0), header_with_unit(table.columns[0]));
    }
}
