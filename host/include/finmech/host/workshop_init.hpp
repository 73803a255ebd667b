// finmech host: the files `finmech workshop init` writes for each group of a session — the
// scoring sheet as XLSX (protected, 1-5 validation), as CSV (UTF-8) and as a printable HTML form.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <finmech/reports/language.hpp>

#include "workshop_session.hpp"

namespace finmech::host {

// The sheet of `group` as rows of cell texts, row 1 first, laid out as sheet_layout says: what
// the CSV holds and the XLSX shows. Score and comment cells are empty; the scale's anchor texts
// follow the mechanisms after a blank row.
std::vector<std::vector<std::string>> sheet_rows(const WorkshopSession& session,
                                                 const std::string& group,
                                                 reports::Language language);

// The pairwise sheet of `group` (`workshop init --pairwise`): rows 1-6 as in sheet_rows, the
// weighed criteria's names in row 8 and ids in row 9 (A9: pairwise_marker), then one row per
// criterion: its name, "1" on the diagonal, empty cells elsewhere. Groups fill the upper
// triangle with Saaty's scale; the lower one is implied by reciprocity. A legend follows.
std::vector<std::vector<std::string>> pairwise_rows(const WorkshopSession& session,
                                                    const std::string& group,
                                                    reports::Language language);

// "grille-groupe-a" for group "Groupe A" in French: the stem of the group's files. ASCII
// letters and digits lowercased, any other run of characters a single '-'.
std::string sheet_file_stem(const std::string& group, reports::Language language);

// Every file for every group: "<stem>.xlsx", "<stem>.csv", "<stem>.html" -> bytes; with
// `pairwise`, the XLSX gains the pairwise sheet ("Comparaisons" / "Pairwise") and
// "<stem>-pairwise.csv" its twin. The same session and language give the same bytes.
// InputError when two groups would share a file name.
std::map<std::string, std::string> workshop_files(const WorkshopSession& session,
                                                  reports::Language language,
                                                  bool pairwise = false);

}  // namespace finmech::host
