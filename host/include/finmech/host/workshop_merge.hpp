// finmech host: `finmech workshop merge` — reading the groups' scoring sheets back (XLSX or
// CSV), checking them strictly, and merging them with the consensus statistics.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "input_error.hpp"

namespace finmech::host {

// How empty score cells are treated: refused (the default), or left out of the statistics.
enum class MissingScores { refuse, skip };

// Every problem found in the sheets, so the facilitator can fix them all in one round. what()
// lists one problem per line, each "file: place: problem".
class SheetProblems : public InputError {
public:
    explicit SheetProblems(std::vector<InputError> problems);
    const std::vector<InputError>& problems() const { return problems_; }

private:
    std::vector<InputError> problems_;
};

// Reads each file (".xlsx": the sheet "Notes" or "Scores"; ".csv": comma- or
// semicolon-separated, UTF-8) and checks it against the session most sheets belong to: the
// session id, the group (one of the session's, each once), the criterion ids of the id row, the
// mechanisms, and every score cell (1-5 or ++ + +- - --; empty only with MissingScores::skip);
// a session group without a sheet is a gap like an empty cell. Throws SheetProblems listing every
// problem at "file: Notes!D7" or "file: line 7, column 4". Files are only read.
//
// The result (docs/workshop.md): the session, groups, criteria and mechanisms; each input's
// file name, group and SHA-256; every score with its group, cell and text as written; the
// groups' comments; per (mechanism, criterion) n, mean, median, min, max, IQR and the
// disagreement flag; Kendall's W overall and per criterion. The same files give the same JSON.
nlohmann::json merge_workshop_sheets(const std::vector<std::filesystem::path>& files,
                                     MissingScores missing);

}  // namespace finmech::host
