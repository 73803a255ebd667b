// finmech command line: the subcommands. Each registers itself and its options on the parser and
// returns what to run when the command line names it; that returns the exit status.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>
#include <finmech/host/appraisal.hpp>
#include <finmech/host/evaluation.hpp>
#include <nlohmann/json.hpp>

#include "session.hpp"

namespace finmech::cli {

struct Command {
    CLI::App* parser;
    std::function<int()> run;
};

Command add_plugins_command(CLI::App& app, const Session& session);
Command add_describe_command(CLI::App& app, const Session& session);
Command add_evaluate_command(CLI::App& app, const Session& session);
Command add_check_command(CLI::App& app, const Session& session);
Command add_rank_command(CLI::App& app);
Command add_ahp_command(CLI::App& app);
Command add_concordance_command(CLI::App& app);
Command add_report_command(CLI::App& app, const Session& session);
Command add_brief_command(CLI::App& app, const Session& session);
Command add_workshop_command(CLI::App& app, const Session& session);
Command add_package_command(CLI::App& app, const Session& session);

// Prints a package of the results (host::to_json(Package)): its options, value, scores and
// yield year by year, P50 with P5-P95.
void print_package(const nlohmann::json& package, const host::Appraisal& appraisal,
                   const host::Evaluation& evaluation, const Session& session);

}  // namespace finmech::cli
