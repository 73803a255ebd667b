// `finmech workshop init` and `finmech workshop merge`: scoring sheets for the groups of a
// workshop, and their strict merge with the consensus statistics (docs/workshop.md).
#include <cstdio>
#include <iostream>

#include <finmech/host/evaluation.hpp>
#include <finmech/host/input_error.hpp>
#include <finmech/host/workshop_init.hpp>
#include <finmech/host/workshop_merge.hpp>
#include <finmech/host/workshop_session.hpp>
#include <finmech/reports/catalogue.hpp>
#include <finmech/reports/output_folder.hpp>

#include "commands.hpp"

namespace finmech::cli {

namespace {

// The disagreements and the concordance of a merge, for the facilitator's screen.
void print_merge_summary(const nlohmann::json& merged, reports::Language language) {
    std::size_t flagged = 0;
    for (const auto& cell : merged["consensus"]["cells"])
        if (cell.value("disagreement", false)) {
            if (flagged++ == 0) std::cout << reports::message("workshop.disagreements", language) << '\n';
            std::cout << "  " << cell["mechanism"].get<std::string>() << " / "
                      << cell["criterion"].get<std::string>() << ": " << cell["min"].get<double>()
                      << "–" << cell["max"].get<double>() << '\n';
        }
    if (flagged == 0) std::cout << reports::message("workshop.no_disagreement", language) << '\n';
    const auto print_w = [&](const std::string& name, const nlohmann::json& w) {
        std::cout << "  " << name << ": ";
        if (w.contains("unavailable"))
            std::cout << w["unavailable"][std::string(reports::to_string(language))].get<std::string>() << '\n';
        else
            std::printf("W = %.3f (%.3f), chi2 = %.3f, df = %d, p = %.4f\n", w["W"].get<double>(),
                        w["W_corrected"].get<double>(), w["chi2"].get<double>(), w["df"].get<int>(),
                        w["p_value"].get<double>());
        std::fflush(stdout);
    };
    std::cout << reports::message("workshop.concordance", language) << '\n';
    const auto& concordance = merged["consensus"]["concordance"];
    print_w(std::string(reports::message("workshop.overall", language)), concordance["overall"]);
    for (const auto& [id, w] : concordance["per_criterion"].items()) print_w(id, w);
    if (!merged.contains("weights")) return;
    // The AIJ weights, then each group's consistency ratio (above 0.10: worth revisiting).
    const auto& weights = merged["weights"];
    std::cout << reports::message("workshop.weights", language) << '\n';
    for (std::size_t j = 0; j < weights["criteria"].size(); ++j)
        std::printf("  %s: %.3f\n", weights["criteria"][j].get<std::string>().c_str(),
                    weights["aij"]["weights"][j].get<double>());
    const std::string cr(reports::message("workshop.consistency_ratio", language));
    std::printf("  AIJ: %s = %.3f\n", cr.c_str(), weights["aij"]["consistency_ratio"].get<double>());
    for (const auto& group : weights["groups"])
        std::printf("  %s: %s = %.3f%s\n", group["group"].get<std::string>().c_str(), cr.c_str(),
                    group["consistency_ratio"].get<double>(), group["consistent"].get<bool>() ? "" : " (> 0.10)");
    std::fflush(stdout);
}

}  // namespace

Command add_workshop_command(CLI::App& app, const Session& session) {
    auto* sub = app.add_subcommand("workshop", "Scoring sheets for workshop groups, and their merge");
    sub->require_subcommand(1);

    struct InitOptions {
        std::string scenario, out;
        std::size_t groups = 0;
        std::vector<std::string> names;
        bool force = false, pairwise = false;
    };
    auto init = std::make_shared<InitOptions>();
    auto* init_parser = sub->add_subcommand(
        "init", "Write a scoring sheet per group: XLSX, CSV and a printable HTML form");
    init_parser->add_option("SCENARIO", init->scenario,
                            "Scenario file or embedded name (default: the embedded default)");
    auto* count = init_parser->add_option("--groups", init->groups, "Number of groups (named Groupe 1..N)")
                      ->check(CLI::Range(std::size_t{1}, std::size_t{99}));
    init_parser->add_option("--group-names", init->names, "Group names, comma-separated")
        ->delimiter(',')
        ->excludes(count);
    init_parser->add_option("--out", init->out, "New folder for the sheets")->required();
    init_parser->add_flag("--force", init->force, "Replace the --out folder if it exists");
    init_parser->add_flag("--pairwise", init->pairwise,
                          "Add a pairwise sheet per group for AHP criteria weights");
    init_parser->fallthrough();

    struct MergeOptions {
        std::vector<std::string> files;
        std::string out, allow_missing;
        bool force = false;
    };
    auto merge = std::make_shared<MergeOptions>();
    auto* merge_parser = sub->add_subcommand(
        "merge", "Check the groups' sheets strictly and merge them, with consensus statistics");
    merge_parser->add_option("FILES", merge->files, "The groups' sheets (.xlsx or .csv)")->required();
    merge_parser->add_option("--out", merge->out, "The merged JSON file to write")->required();
    merge_parser->add_option("--allow-missing", merge->allow_missing,
                             "skip: leave empty cells and absent groups out of the statistics")
        ->check(CLI::IsMember({"skip"}));
    merge_parser->add_flag("--force", merge->force, "Replace the --out file if it exists");
    merge_parser->fallthrough();

    return {sub, [&session, init, init_parser, merge] {
                const reports::Language language = reports::parse_language(session.lang);
                if (init_parser->parsed()) {
                    std::vector<std::string> groups = init->names;
                    if (groups.empty()) {
                        if (init->groups == 0)
                            throw host::InputError("command line", "--groups",
                                                   "give --groups N or --group-names A,B,C");
                        for (std::size_t g = 1; g <= init->groups; ++g)
                            groups.push_back(std::string(reports::message("workshop.group", language)) +
                                             " " + std::to_string(g));
                    }
                    const host::PluginCatalog catalog = session.load_plugins();
                    // One draw tells which criteria the models score, as `evaluate` decides.
                    const host::Scenario scenario = load_scenario(init->scenario, catalog);
                    const host::Evaluation evaluation =
                        session.evaluate(scenario, catalog, {.draws = 1});
                    const host::WorkshopSession plan = host::plan_workshop(
                        host::evaluated_part(scenario, evaluation), evaluation, groups);
                    reports::write_output_folder(init->out, host::workshop_files(plan, language, init->pairwise),
                                                 init->force);
                    std::cout << reports::message("workshop.sheets_written", language, {init->out})
                              << " (session " << plan.id << ")\n";
                    return session.finish(catalog, evaluation);
                }
                std::vector<std::filesystem::path> files(merge->files.begin(), merge->files.end());
                const nlohmann::json merged = host::merge_workshop_sheets(
                    files, merge->allow_missing == "skip" ? host::MissingScores::skip
                                                          : host::MissingScores::refuse);
                reports::write_output_file(merge->out, merged.dump(2) + "\n", merge->force);
                std::cout << reports::message(
                                 "workshop.merged_summary", language,
                                 {std::to_string(merged["inputs"].size()),
                                  std::to_string(merged["mechanisms"].size()),
                                  std::to_string(merged["criteria"].size()),
                                  std::to_string(merged["scores"].size())})
                          << '\n';
                print_merge_summary(merged, language);
                std::cout << reports::message("workshop.merged_written", language, {merge->out}) << '\n';
                return 0;
            }};
}

}  // namespace finmech::cli
