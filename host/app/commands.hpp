// finmech command line: the subcommands. Each registers itself and its options on the parser and
// returns what to run when the command line names it; that returns the exit status.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

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

}  // namespace finmech::cli
