// finmech report RESULTS.json --out DIR: the reports again, from a results.json alone.
#include <iostream>

#include <finmech/reports/report_folder.hpp>

#include "commands.hpp"

namespace finmech::cli {

Command add_report_command(CLI::App& app, const Session& session) {
    auto* sub = app.add_subcommand(
        "report", "Render the reports (docs/reports.md) again from a results.json, in --lang");
    struct Options {
        std::string results;
        std::string out;
        bool force = false;
    };
    auto options = std::make_shared<Options>();
    sub->add_option("RESULTS", options->results,
                    "results.json written by `finmech evaluate --out`")
        ->required();
    sub->add_option("--out", options->out, "Write the reports into this new folder")->required();
    sub->add_flag("--force", options->force, "Replace the --out folder if it exists");
    return {sub, [&session, options] {
                const nlohmann::json results = read_results(options->results);
                reports::write_report_folder(options->out, results,
                                             reports::parse_language(session.lang),
                                             options->force);
                std::cerr << (session.lang == "fr" ? "Rapports écrits dans "
                                                   : "Reports written to ")
                          << options->out << '\n';
                return 0;
            }};
}

}  // namespace finmech::cli
