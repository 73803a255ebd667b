// finmech: appraise innovative domestic revenue sources for health.
//
// Exit status: 0 success, 2 bad usage or bad input (the message names the file, the place and
// the problem), 1 an evaluation failed.
#include <iostream>

#include <boost/dll/runtime_symbol_info.hpp>

#include <finmech/host/allocator.hpp>
#include <finmech/host/input_error.hpp>
#include <finmech/host/plugin.hpp>
#include <finmech/reports/output_folder.hpp>

#include "commands.hpp"

int main(int argc, char** argv) {
    using namespace finmech;
    host::keep_large_blocks_on_heap();
    cli::Session session;
    // The program's own file, wherever PATH or a symlink found it: its plugins sit beside it.
    std::error_code unknown;
    session.executable = boost::dll::program_location(unknown);
    if (unknown) session.executable = std::filesystem::absolute(argv[0]);

    CLI::App app{"finmech — appraise innovative domestic financing for health"};
    app.set_version_flag("--version", FINMECH_VERSION);
    app.require_subcommand(1);
    app.add_option("--plugins", session.plugin_dirs,
                   "Also load plugins from this folder (repeatable)");
    app.add_option("--lang", session.lang, "Language of the output: fr or en")
        ->check(CLI::IsMember({"fr", "en"}))
        ->envname("FINMECH_LANG");

    const std::vector<cli::Command> commands{
        cli::add_plugins_command(app, session), cli::add_describe_command(app, session),
        cli::add_evaluate_command(app, session), cli::add_check_command(app, session),
        cli::add_rank_command(app),              cli::add_ahp_command(app),
        cli::add_concordance_command(app),       cli::add_report_command(app, session),
        cli::add_brief_command(app, session),
        cli::add_workshop_command(app, session), cli::add_package_command(app, session)};
    for (const auto& command : commands) command.parser->fallthrough();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int status = app.exit(e);
        return status == 0 ? 0 : 2;
    }

    try {
        for (const auto& command : commands)
            if (command.parser->parsed()) return command.run();
    } catch (const host::InputError& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 2;
    } catch (const reports::OutputExists& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 2;
    } catch (const host::PluginCallFailed& e) {
        std::cerr << "error: " << e.what() << '\n';
        return e.invalid_input ? 2 : 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 2;
}
