// finmech: appraise innovative domestic revenue sources for health.
//
// Exit status: 0 success, 2 bad usage or bad input (the message names the file, the place and
// the problem; a plugin that fails under --strict is bad input), 3 completed without the
// mechanisms whose plugins failed, 1 anything else.
#include <cstring>
#include <iostream>
#include <thread>

#include <boost/dll/runtime_symbol_info.hpp>

#include <finmech/host/allocator.hpp>
#include <finmech/host/input_error.hpp>
#include <finmech/host/plugin.hpp>
#include <finmech/host/plugin_worker.hpp>
#include <finmech/reports/output_folder.hpp>

#include "commands.hpp"

int main(int argc, char** argv) {
    using namespace finmech;
    // The hidden worker mode (plugin.hpp): finmech --plugin-worker PLUGIN MEMORY_MIB.
    if (argc == 4 && std::strcmp(argv[1], "--plugin-worker") == 0)
        return host::run_plugin_worker(argv[2], std::stoul(argv[3]));
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
    session.jobs = std::max(1u, std::thread::hardware_concurrency());
    app.add_option("--jobs", session.jobs, "Mechanisms evaluated at once (default: the cores)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{256}));
    double timeout_seconds = 60;
    app.add_option("--plugin-timeout", timeout_seconds,
                   "Seconds a plugin call may take, per 10 000 draws begun")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    app.add_option("--plugin-memory", session.isolation.memory_mib,
                   "Address space a plugin worker may use, in MiB")
        ->check(CLI::Range(std::size_t{64}, std::size_t{1} << 30))
        ->capture_default_str();
    app.add_flag("--strict", session.strict,
                 "Fail the run, writing nothing, when a mechanism's plugin fails");
    bool in_process = false;
    app.add_flag("--in-process", in_process)->group("");  // benchmarks only: no isolation

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

    session.isolation.timeout =
        std::chrono::milliseconds(static_cast<long long>(timeout_seconds * 1000));
    if (!in_process) session.isolation.worker = session.executable;
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
