// `finmech brief RESULTS.json --out FILE [--pdf] [--force]`: the ranked brief for the finance
// ministry, as HTML, and as PDF too when chromium is installed.
#include <iostream>

#include <finmech/reports/brief.hpp>
#include <finmech/reports/output_folder.hpp>
#include <finmech/reports/pdf.hpp>

#include "commands.hpp"

namespace finmech::cli {

Command add_brief_command(CLI::App& app, const Session& session) {
    auto* sub = app.add_subcommand(
        "brief", "Write the ranked brief for the finance ministry (HTML, and PDF with --pdf)");
    struct Options {
        std::string results;
        std::string out;
        bool pdf = false;
        bool force = false;
    };
    auto options = std::make_shared<Options>();
    sub->add_option("RESULTS", options->results, "results.json written by `finmech evaluate --out`")
        ->required();
    sub->add_option("--out", options->out, "The HTML file to write (with --pdf, also FILE.pdf)")
        ->required();
    sub->add_flag("--pdf", options->pdf,
                  "Also print the brief to PDF beside it, with chromium (exit 2 when it is "
                  "not installed)");
    sub->add_flag("--force", options->force, "Replace the output files if they exist");
    return {sub, [&session, options] {
                const bool fr = session.lang != "en";
                const std::filesystem::path html = options->out;
                const std::filesystem::path pdf = std::filesystem::path(html).replace_extension(".pdf");
                // Refuse before writing anything: no HTML left behind without its PDF.
                if (options->pdf && !reports::find_chromium()) {
                    std::cerr << (fr ? "erreur : chromium n'est pas installé (introuvable dans "
                                       "PATH) ; installez le paquet Debian « chromium » pour "
                                       "produire le PDF, ou retirez --pdf\n"
                                     : "error: chromium is not installed (not found on PATH); "
                                       "install the Debian package 'chromium' to print the PDF, "
                                       "or leave out --pdf\n");
                    return 2;
                }
                for (const auto& file : options->pdf ? std::vector{html, pdf} : std::vector{html})
                    reports::refuse_existing(file, options->force);
                const nlohmann::json results = read_results(options->results);
                const std::string text =
                    reports::render_brief(results, reports::parse_language(session.lang));
                reports::write_output_file(html, text, options->force);
                std::cerr << (fr ? "Note écrite dans " : "Brief written to ") << html.string() << '\n';
                if (options->pdf) {
                    reports::print_to_pdf(html, pdf, options->force);
                    std::cerr << (fr ? "PDF écrit dans " : "PDF written to ") << pdf.string() << '\n';
                }
                return 0;
            }};
}

}  // namespace finmech::cli
