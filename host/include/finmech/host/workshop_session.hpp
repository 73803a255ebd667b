// finmech host: a workshop session — the groups, the mechanisms they score and the judged
// criteria they score them on — and the layout of its scoring sheet, which `workshop init`
// writes and `workshop merge` reads back (docs/workshop.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <finmech/criteria/criteria_set.hpp>

#include "evaluation.hpp"
#include "scenario.hpp"

namespace finmech::host {

struct WorkshopSession {
    std::string id;                             // session_id() of the rest
    std::string scenario;                       // the scenario as named, for the sheet's heading
    std::vector<std::string> groups;            // in the order given
    std::vector<criteria::Criterion> criteria;  // the judged criteria, the sheet's columns
    std::vector<std::string> mechanisms;        // the alternatives' labels, the sheet's rows
    // What the groups' pairwise sheets weigh: the decision block's criteria (all the default
    // criteria when it lists none), then the judged criteria it lacks.
    std::vector<criteria::Criterion> weighed;
};

// The first 16 hex digits of the SHA-256 of what the groups score: each mechanism's plugin,
// label and parameters, the criteria ids, the mechanisms' labels and the group names. Another
// scenario, criterion list or group list gives another id.
std::string session_id(const Scenario& scenario, const std::vector<std::string>& criteria,
                       const std::vector<std::string>& mechanisms,
                       const std::vector<std::string>& groups);

// The criteria groups judge: those of the scenario's decision block that some mechanism of
// `evaluation` cannot be modelled on (no rule, or the evaluation lacks its indicator), as
// appraise() decides; when there are none, the default criteria some mechanism cannot be
// modelled on (political feasibility, horizontal equity, and so on). InputError (scenario file
// and JSON pointer, or the command line) when mechanism labels repeat, group names repeat or are
// empty, the decision block's criteria list is faulty (as appraise() reports it), or no
// criterion is left to judge.
WorkshopSession plan_workshop(const Scenario& scenario, const Evaluation& evaluation,
                              const std::vector<std::string>& groups);

// Where things sit on the sheet (1-based rows and columns), the same in the XLSX and the CSV.
namespace sheet_layout {
inline constexpr int title_row = 1;
inline constexpr int group_row = 2;     // label in A, group name in B
inline constexpr int session_row = 3;   // label in A, session id in B
inline constexpr int groups_row = 4;    // label in A, every group of the session in B
inline constexpr int scenario_row = 5;  // label in A, scenario in B
inline constexpr int instructions_row = 6;
inline constexpr int header_row = 8;    // "Mechanism", criterion names, "Comment"
inline constexpr int id_row = 9;        // id_marker, criterion ids, comment_id
inline constexpr int first_mechanism_row = 10;
inline constexpr int label_column = 1;
inline constexpr int value_column = 2;
inline constexpr int first_criterion_column = 2;
inline constexpr std::string_view id_marker = "id";
inline constexpr std::string_view comment_id = "comment";
// In A9 (id_row) of a pairwise sheet, where a scoring sheet has id_marker; the criteria are
// then the rows from first_mechanism_row and the columns from first_criterion_column.
inline constexpr std::string_view pairwise_marker = "pairwise";
// Between the groups of the session in its cell.
inline constexpr std::string_view group_separator = ", ";
}  // namespace sheet_layout

}  // namespace finmech::host
