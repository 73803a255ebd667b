#include "finmech/host/workshop_merge.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include <finmech/criteria/ahp.hpp>
#include <finmech/criteria/ahp_group.hpp>
#include <finmech/criteria/consensus.hpp>
#include <finmech/criteria/input_error.hpp>
#include <finmech/criteria/scale.hpp>

#include "finmech/host/json_file.hpp"
#include "finmech/host/sha256.hpp"
#include "finmech/host/suggest.hpp"
#include "finmech/host/workshop_session.hpp"
#include "finmech/host/xlsx_reader.hpp"

namespace finmech::host {

namespace {

namespace layout = sheet_layout;
using nlohmann::json;

// The sheet names workshop init writes, French then English.
const std::vector<std::string> sheet_names{"Notes", "Scores"};
const std::vector<std::string> pairwise_sheet_names{"Comparaisons", "Pairwise"};

std::string all_lines(const std::vector<InputError>& problems) {
    std::string text;
    for (std::size_t i = 1; i < problems.size(); ++i) text += std::string("\n") + problems[i].what();
    return text + "\n(" + std::to_string(problems.size()) + " problem(s); nothing was written)";
}

// One group's sheet as read.
struct Sheet {
    std::string file;  // as the user named it
    std::string name;  // the XLSX sheet's name; empty for CSV
    std::string sha256;
    SheetCells cells;

    std::string where(CellRef at) const {
        return name.empty() ? "line " + std::to_string(at.row) + ", column " + std::to_string(at.column)
                            : name + "!" + cell_name(at);
    }
    std::string text(int row, int column) const {
        const auto it = cells.find({row, column});
        return it == cells.end() ? "" : it->second.text;
    }
};

std::string trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return "";
    return std::string(s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1));
}

// RFC 4180 fields, quoted fields may span lines; each field at its starting line and column.
SheetCells read_csv(std::string text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') quoted = !quoted;
        if (!quoted && c == ',') ++commas;
        if (!quoted && c == ';') ++semicolons;
    }
    const char separator = semicolons > commas ? ';' : ',';
    SheetCells cells;
    int line = 1, column = 1, field_line = 1;
    std::string field;
    quoted = false;
    const auto finish = [&] {
        const std::string value = trimmed(field);
        if (!value.empty()) cells[{field_line, column}] = CellValue{value};
        field.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
            else if (c == '"') quoted = false;
            else {
                if (c == '\n') ++line;
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator) {
            finish();
            ++column;
            field_line = line;
        } else if (c == '\n') {
            finish();
            column = 1;
            field_line = ++line;
        } else if (c != '\r') {
            field += c;
        }
    }
    finish();
    return cells;
}

// `text` as a number when all of it is one, as XLSX numbers and CSV fields are written.
std::optional<double> number_in(const std::string& text) {
    char* end = nullptr;
    const double number = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0') return std::nullopt;
    return number;
}

// The score a cell holds, or nullopt when it is not on the scale.
std::optional<int> score_of(const CellValue& value) {
    if (value.boolean) return std::nullopt;
    const std::string text = trimmed(value.text);
    if (const std::optional<double> number = number_in(text)) {
        if (*number >= criteria::lowest_score && *number <= criteria::highest_score &&
            *number == std::floor(*number))
            return static_cast<int>(*number);
        return std::nullopt;
    }
    try {
        return criteria::score_from_symbol(text, "");
    } catch (const criteria::InputError&) {
        return std::nullopt;
    }
}

std::string comma_separated(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

std::vector<std::string> split_groups(const std::string& text) {
    std::vector<std::string> groups;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!trimmed(item).empty()) groups.push_back(trimmed(item));
    return groups;
}

// What a sheet declares of its session: the structure every sheet of it must share.
struct Structure {
    std::vector<std::string> criteria, mechanisms, groups;
    auto operator<=>(const Structure&) const = default;
};

Structure structure_of(const Sheet& s) {
    Structure out;
    out.groups = split_groups(s.text(layout::groups_row, layout::value_column));
    for (int c = layout::first_criterion_column;; ++c) {
        const std::string id = s.text(layout::id_row, c);
        if (id.empty() || id == layout::comment_id) break;
        out.criteria.push_back(id);
    }
    for (int r = layout::first_mechanism_row;; ++r) {
        const std::string label = s.text(r, layout::label_column);
        if (label.empty()) break;
        out.mechanisms.push_back(label);
    }
    return out;
}

// The value most items have; ties go to the earliest.
template <class T>
T most_common(const std::vector<T>& items) {
    std::size_t best = 0, best_count = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto count = static_cast<std::size_t>(std::count(items.begin(), items.end(), items[i]));
        if (count > best_count) {
            best = i;
            best_count = count;
        }
    }
    return items[best];
}

bool is_pairwise(const Sheet& s) {
    return s.text(layout::id_row, layout::label_column) == layout::pairwise_marker;
}

// The sheets of one file: a CSV is one sheet (scores, or pairwise judgements when A9 says so);
// an XLSX holds the scores and may hold the pairwise sheet too.
std::vector<Sheet> read_sheets(const std::filesystem::path& path) {
    Sheet sheet;
    sheet.file = path.string();
    const std::string bytes = read_text_file(path);
    sheet.sha256 = sha256_hex(bytes);
    const std::string extension = path.extension().string();
    if (extension == ".csv") {
        sheet.cells = read_csv(bytes);
        return {sheet};
    }
    if (extension != ".xlsx")
        throw InputError(sheet.file, "", "expected a workshop sheet, .xlsx or .csv; found \"" +
                                             extension + "\"");
    const XlsxWorkbook workbook(path, sheet.file);
    const auto first_present = [&](const std::vector<std::string>& names) {
        for (const auto& name : names)
            for (const auto& present : workbook.sheet_names())
                if (present == name) return name;
        return std::string();
    };
    sheet.name = first_present(sheet_names);
    if (sheet.name.empty()) {
        std::string found;
        for (const auto& n : workbook.sheet_names()) found += (found.empty() ? "\"" : ", \"") + n + "\"";
        throw InputError(sheet.file, "", "has no sheet \"Notes\" or \"Scores\"; its sheets: " + found);
    }
    sheet.cells = workbook.read_sheet(sheet.name);
    std::vector<Sheet> sheets{sheet};
    if (const std::string pairwise = first_present(pairwise_sheet_names); !pairwise.empty()) {
        sheet.name = pairwise;
        sheet.cells = workbook.read_sheet(pairwise);
        sheets.push_back(sheet);
    }
    return sheets;
}

// Saaty's scale: 1..9 and 1/2..1/9, as a number (0.333 within 1e-3 passes for 1/3) or as
// the text "1/3"; nullopt otherwise.
std::optional<double> saaty_value(const CellValue& value) {
    if (value.boolean) return std::nullopt;
    const std::string text = trimmed(value.text);
    const auto whole = [](std::optional<double> x) -> std::optional<int> {
        for (int k = 1; x && k <= 9; ++k)
            if (*x == k) return k;
        return std::nullopt;
    };
    if (const auto slash = text.find('/'); slash != std::string::npos) {
        const auto above = whole(number_in(trimmed(text.substr(0, slash))));
        const auto below = whole(number_in(trimmed(text.substr(slash + 1))));
        if (above == 1 && below) return 1.0 / *below;
        return std::nullopt;
    }
    const std::optional<double> x = number_in(text);
    if (const auto k = whole(x)) return *k;
    for (int k = 2; x && k <= 9; ++k)
        if (std::abs(*x * k - 1.0) < 1e-3) return 1.0 / k;
    return std::nullopt;
}

std::vector<std::string> pairwise_criteria(const Sheet& s) {
    std::vector<std::string> ids;
    for (int c = layout::first_criterion_column; !s.text(layout::id_row, c).empty(); ++c)
        ids.push_back(s.text(layout::id_row, c));
    return ids;
}

// Reads the upper triangle of a pairwise sheet whose criteria are `ids`; problems as the
// score cells' ("file: Comparaisons!D11: ...").
std::optional<Eigen::MatrixXd> read_judgements(const Sheet& s, const std::vector<std::string>& ids,
                                               std::vector<InputError>& problems) {
    const auto n = static_cast<Eigen::Index>(ids.size());
    Eigen::MatrixXd a = Eigen::MatrixXd::Ones(n, n);
    bool clean = true;
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = i + 1; j < n; ++j) {
            const CellRef at{layout::first_mechanism_row + static_cast<int>(i),
                             layout::first_criterion_column + static_cast<int>(j)};
            const auto it = s.cells.find(at);
            std::optional<double> value;
            if (it == s.cells.end())
                problems.emplace_back(s.file, s.where(at),
                                      "empty; give how many times \"" + ids[static_cast<std::size_t>(i)] +
                                          "\" matters more than \"" + ids[static_cast<std::size_t>(j)] +
                                          "\", from 1/9 to 9");
            else if (!(value = saaty_value(it->second)))
                problems.emplace_back(s.file, s.where(at),
                                      "\"" + it->second.text + "\" is not on Saaty's scale (1/9 ... 1/2, 1 ... 9)");
            if (!value) {
                clean = false;
                continue;
            }
            a(i, j) = *value;
            a(j, i) = 1.0 / *value;
        }
    if (!clean) return std::nullopt;
    return a;
}

// Row by row, as `finmech ahp` writes matrices.
json matrix_json(const Eigen::MatrixXd& a) {
    json rows = json::array();
    for (const auto& row : a.rowwise()) rows.push_back(std::vector<double>(row.begin(), row.end()));
    return rows;
}

json weights_json(const Eigen::MatrixXd& a) {
    const criteria::AhpWeights w = criteria::ahp_weights(a);
    return {{"matrix", matrix_json(a)},
            {"weights", std::vector<double>(w.weights.begin(), w.weights.end())},
            {"consistency_ratio", w.consistency.cr},
            {"consistent", w.consistency.consistent()}};
}

// The session id a sheet declares.
std::string session_of(const Sheet& s) { return s.text(layout::session_row, layout::value_column); }

// Files the sheets of `session` under their group (an index into `groups`), calling
// accept(sheet, group) in file order for each one filed. Reports, in `problems`, sheets from
// another session and groups that are not the session's or already came; then, unless `missing`
// is skip, the groups no `kind` ("sheet", "pairwise sheet") came from, when some sheet is of the
// session (none at all: the optional pairwise sheets were not used).
std::map<std::size_t, const Sheet*> sheets_by_group(
    const std::vector<Sheet>& sheets, const std::string& session,
    const std::vector<std::string>& groups, const std::string& kind, MissingScores missing,
    std::vector<InputError>& problems, const std::function<void(const Sheet&, std::size_t)>& accept) {
    std::map<std::size_t, const Sheet*> sheet_of_group;
    bool any_of_session = false;
    for (const Sheet& s : sheets) {
        if (const std::string id = session_of(s); id != session) {
            problems.emplace_back(s.file, s.where({layout::session_row, layout::value_column}),
                                  "sheet from another session: \"" + id +
                                      "\", while the other sheets are from \"" + session + "\"");
            continue;
        }
        any_of_session = true;
        const CellRef group_cell{layout::group_row, layout::value_column};
        const std::string group = s.text(group_cell.row, group_cell.column);
        const auto g = static_cast<std::size_t>(std::find(groups.begin(), groups.end(), group) -
                                                groups.begin());
        if (g == groups.size()) {
            problems.emplace_back(s.file, s.where(group_cell),
                                  "group \"" + group + "\" is not one of the session's groups (" +
                                      comma_separated(groups) + ")");
            continue;
        }
        if (const auto [previous, fresh] = sheet_of_group.emplace(g, &s); !fresh) {
            problems.emplace_back(s.file, s.where(group_cell),
                                  "group \"" + group + "\" already comes from " + previous->second->file);
            continue;
        }
        accept(s, g);
    }
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (any_of_session && !sheet_of_group.count(g) && missing == MissingScores::refuse)
            problems.emplace_back("command line", "FILES",
                                  "no " + kind + " from group \"" + groups[g] + "\" of session " +
                                      session + " (or merge with --allow-missing=skip)");
    return sheet_of_group;
}

// The "weights" block of merged.json from the pairwise sheets of `session`, or null when there
// are none. Every session group needs one (unless `missing` is skip); problems are appended.
json merge_pairwise(const std::vector<Sheet>& sheets, const std::string& session,
                    const std::vector<std::string>& groups, MissingScores missing,
                    std::vector<InputError>& problems) {
    std::vector<std::vector<std::string>> criteria_lists;
    for (const Sheet& s : sheets)
        if (session_of(s) == session) criteria_lists.push_back(pairwise_criteria(s));
    const std::vector<std::string> ids = criteria_lists.empty() ? std::vector<std::string>()
                                                                : most_common(criteria_lists);
    std::map<std::size_t, Eigen::MatrixXd> judged;  // group -> its judgements
    const auto check = [&](const Sheet& s, std::size_t g) {
        if (pairwise_criteria(s) != ids)
            problems.emplace_back(s.file, s.where({layout::id_row, layout::first_criterion_column}),
                                  "expected the criteria of the other pairwise sheets (" +
                                      comma_separated(ids) + ")");
        else if (auto matrix = read_judgements(s, ids, problems))
            judged.emplace(g, *matrix);
    };
    const auto sheet_of_group =
        sheets_by_group(sheets, session, groups, "pairwise sheet", missing, problems, check);
    if (!problems.empty() || judged.empty()) return json();

    json per_group = json::array();
    std::vector<Eigen::MatrixXd> matrices;
    for (const auto& [g, matrix] : judged) {
        const Sheet& sheet = *sheet_of_group.at(g);
        json entry{{"group", groups[g]},
                   {"file", std::filesystem::path(sheet.file).filename().string()},
                   {"sheet", sheet.name.empty() ? json() : json(sheet.name)},
                   {"sha256", sheet.sha256}};
        entry.update(weights_json(matrix));
        per_group.push_back(entry);
        matrices.push_back(matrix);
    }
    return {{"criteria", ids},
            {"method", criteria::priority_method_name(criteria::PriorityMethod::eigenvector)},
            {"aggregation", criteria::group_aggregation_name(criteria::GroupAggregation::aij)},
            {"groups", per_group},
            {"aij", weights_json(criteria::aggregate_judgements(matrices))}};
}

struct Score {
    std::size_t mechanism, criterion, group;
    int score;
    std::string as_written, cell;
};

// Checks one sheet against the session's structure; records its scores and comments.
class SheetChecker {
public:
    SheetChecker(const Structure& reference, MissingScores missing, std::vector<InputError>& problems)
        : reference_(reference), missing_(missing), problems_(problems) {}

    void check(const Sheet& s, std::size_t group, std::vector<Score>& scores,
               std::map<std::pair<std::size_t, std::size_t>, std::string>& comments) {
        std::map<std::size_t, int> criterion_column;  // criterion index -> column
        int comment_column = 0;
        for (int c = layout::first_criterion_column;; ++c) {
            const std::string id = s.text(layout::id_row, c);
            if (id == layout::comment_id) comment_column = c;
            if (id.empty() || id == layout::comment_id) break;
            const std::size_t j = index_of(reference_.criteria, id);
            if (j == reference_.criteria.size())
                fail(s, {layout::id_row, c}, "unknown criterion \"" + id + "\"" + did_you_mean(id, reference_.criteria));
            else if (!criterion_column.emplace(j, c).second)
                fail(s, {layout::id_row, c}, "criterion \"" + id + "\" appears twice");
        }
        for (std::size_t j = 0; j < reference_.criteria.size(); ++j)
            if (!criterion_column.count(j))
                fail(s, {layout::id_row, layout::label_column},
                     "the column of criterion \"" + reference_.criteria[j] + "\" is missing");
        if (comment_column == 0)
            fail(s, {layout::id_row, layout::label_column},
                 "the comment column (\"" + std::string(layout::comment_id) + "\") is missing");

        std::set<std::size_t> rows_seen;
        // The mechanisms' rows run to the first empty label, as structure_of() reads them.
        for (int r = layout::first_mechanism_row; !s.text(r, layout::label_column).empty(); ++r) {
            const std::string label = s.text(r, layout::label_column);
            const std::size_t i = index_of(reference_.mechanisms, label);
            if (i == reference_.mechanisms.size()) {
                fail(s, {r, layout::label_column},
                     "unknown mechanism \"" + label + "\"" + did_you_mean(label, reference_.mechanisms));
                continue;
            }
            if (!rows_seen.insert(i).second) {
                fail(s, {r, layout::label_column}, "mechanism \"" + label + "\" appears twice");
                continue;
            }
            for (const auto& [j, column] : criterion_column) read_score(s, {r, column}, i, j, group, scores);
            if (comment_column) {
                const std::string comment = s.text(r, comment_column);
                if (!comment.empty()) comments[{i, group}] = comment;
            }
        }
        for (std::size_t i = 0; i < reference_.mechanisms.size(); ++i)
            if (!rows_seen.count(i))
                fail(s, {layout::first_mechanism_row, layout::label_column},
                     "the row of mechanism \"" + reference_.mechanisms[i] + "\" is missing");
    }

private:
    void fail(const Sheet& s, CellRef at, const std::string& problem) {
        problems_.emplace_back(s.file, s.where(at), problem);
    }

    static std::size_t index_of(const std::vector<std::string>& items, const std::string& item) {
        return static_cast<std::size_t>(std::find(items.begin(), items.end(), item) - items.begin());
    }

    void read_score(const Sheet& s, CellRef at, std::size_t i, std::size_t j, std::size_t group,
                    std::vector<Score>& scores) {
        const auto it = s.cells.find(at);
        if (it == s.cells.end()) {
            if (missing_ == MissingScores::refuse)
                fail(s, at, "empty; give a score from 1 to 5 or ++ + +- - -- (or merge with "
                            "--allow-missing=skip)");
            return;
        }
        const std::optional<int> score = score_of(it->second);
        if (!score) {
            fail(s, at, "\"" + it->second.text + "\" is not on the 1–5 scale");
            return;
        }
        scores.push_back({i, j, group, *score, it->second.text, s.where(at)});
    }

    const Structure& reference_;
    MissingScores missing_;
    std::vector<InputError>& problems_;
};

}  // namespace

SheetProblems::SheetProblems(std::vector<InputError> problems)
    : InputError(problems.at(0).file(), problems.at(0).location(),
                 problems.at(0).problem() + all_lines(problems)),
      problems_(std::move(problems)) {}

json merge_workshop_sheets(const std::vector<std::filesystem::path>& files, MissingScores missing) {
    std::vector<InputError> problems;
    std::vector<Sheet> sheets, pairwise_sheets;
    for (const auto& path : files) {
        try {
            for (Sheet& s : read_sheets(path)) (is_pairwise(s) ? pairwise_sheets : sheets).push_back(std::move(s));
        } catch (const InputError& e) {
            problems.push_back(e);
        }
    }
    if (sheets.empty()) throw SheetProblems(problems);

    std::vector<std::string> sessions;
    for (const Sheet& s : sheets) sessions.push_back(session_of(s));
    const std::string session = most_common(sessions);
    std::vector<Structure> structures;
    for (const Sheet& s : sheets)
        if (session_of(s) == session) structures.push_back(structure_of(s));
    const Structure reference = most_common(structures);

    SheetChecker checker(reference, missing, problems);
    std::vector<Score> scores;
    std::map<std::pair<std::size_t, std::size_t>, std::string> comments;  // (mechanism, group)
    const auto sheet_of_group = sheets_by_group(
        sheets, session, reference.groups, "sheet", missing, problems,
        [&](const Sheet& s, std::size_t g) { checker.check(s, g, scores, comments); });
    const json weights = merge_pairwise(pairwise_sheets, session, reference.groups, missing, problems);
    if (!problems.empty()) throw SheetProblems(problems);

    const std::size_t m = reference.mechanisms.size(), n = reference.criteria.size(),
                      groups = reference.groups.size();
    std::sort(scores.begin(), scores.end(), [](const Score& a, const Score& b) {
        return std::tie(a.mechanism, a.criterion, a.group) < std::tie(b.mechanism, b.criterion, b.group);
    });
    std::vector<Eigen::MatrixXd> tables(
        n, Eigen::MatrixXd::Constant(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(groups),
                                     std::numeric_limits<double>::quiet_NaN()));
    json score_list = json::array();
    for (const Score& s : scores) {
        tables[s.criterion](static_cast<Eigen::Index>(s.mechanism), static_cast<Eigen::Index>(s.group)) = s.score;
        score_list.push_back({{"mechanism", reference.mechanisms[s.mechanism]},
                              {"criterion", reference.criteria[s.criterion]},
                              {"group", reference.groups[s.group]},
                              {"score", s.score},
                              {"as_written", s.as_written},
                              {"cell", s.cell}});
    }
    json comment_list = json::array();
    for (const auto& [key, text] : comments)
        comment_list.push_back({{"mechanism", reference.mechanisms[key.first]},
                                {"group", reference.groups[key.second]},
                                {"comment", text}});
    json inputs = json::array();
    for (const auto& [g, sheet] : sheet_of_group)
        inputs.push_back({{"file", std::filesystem::path(sheet->file).filename().string()},
                          {"group", reference.groups[g]},
                          {"sheet", sheet->name.empty() ? json() : json(sheet->name)},
                          {"sha256", sheet->sha256}});

    const criteria::Consensus consensus = criteria::consensus(tables);
    json cells = json::array();
    for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            json cell{{"mechanism", reference.mechanisms[i]}, {"criterion", reference.criteria[j]}};
            if (consensus.cells[i][j]) cell.update(criteria::to_json(*consensus.cells[i][j]));
            else cell["n"] = 0;
            cells.push_back(cell);
        }
    json per_criterion = json::object();
    for (std::size_t j = 0; j < n; ++j)
        per_criterion[reference.criteria[j]] = criteria::to_json(consensus.per_criterion[j]);
    json merged{{"format", "finmech-workshop-merge/1"},
            {"session", session},
            {"groups", reference.groups},
            {"criteria", reference.criteria},
            {"mechanisms", reference.mechanisms},
            {"missing_scores", missing == MissingScores::skip ? "skipped" : "refused"},
            {"inputs", inputs},
            {"scores", score_list},
            {"comments", comment_list},
            {"consensus",
             {{"cells", cells},
              {"concordance", {{"overall", criteria::to_json(consensus.overall)},
                               {"per_criterion", per_criterion}}}}}};
    if (!weights.is_null()) merged["weights"] = weights;
    return merged;
}

}  // namespace finmech::host
