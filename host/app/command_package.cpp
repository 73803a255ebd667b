// `finmech package`: the yield and value of a package of options the user names.
#include <cstdio>
#include <iostream>

#include <finmech/host/appraisal.hpp>
#include <finmech/host/evaluation.hpp>
#include <finmech/host/input_error.hpp>
#include <finmech/host/number_text.hpp>
#include <finmech/host/packages.hpp>

#include "commands.hpp"

namespace finmech::cli {

void print_package(const nlohmann::json& package, const host::Appraisal& appraisal,
                   const host::Evaluation& evaluation, const Session& s) {
    const bool fr = s.lang == "fr";
    std::cout << (fr ? "\nPaquet" : "\nPackage")
              << (package.contains("name") ? " « " + package["name"].get<std::string>() + " »" : "")
              << (fr ? " (valeur multicritère " : " (multi-criteria value ")
              << host::number_text(package["value"].get<double>(), 3)
              << (fr ? " sur 1 : somme pondérée des notes ramenées à 0-1) :\n"
                     : " out of 1: weighted sum of the scores brought to 0-1):\n");
    for (const auto& option : package["options"]) std::cout << "  - " << option.get<std::string>() << '\n';
    std::cout << (fr ? "  notes : " : "  scores: ");
    for (std::size_t j = 0; j < appraisal.criteria.size(); ++j)
        std::cout << (j ? ", " : "") << s.pick(Text{appraisal.criteria[j].name.fr, appraisal.criteria[j].name.en})
                  << ' ' << host::number_text(package["scores"][appraisal.criteria[j].id].get<double>(), 2);
    std::cout << '\n';
    const nlohmann::json& net = package["yield"]["net"];
    std::cout << (fr ? "  année  net P50     net P5-P95  (Mds " : "  year   net P50     net P5-P95  (bn ")
              << evaluation.currency << ")\n";
    for (std::size_t t = 0; t < evaluation.years.size(); ++t) {
        char line[120];
        std::snprintf(line, sizeof line, "  %d   %-10.3f  %.3f-%.3f\n", evaluation.years[t],
                      net["p50"][t].get<double>() / 1e9, net["p5"][t].get<double>() / 1e9,
                      net["p95"][t].get<double>() / 1e9);
        std::cout << line;
    }
    const nlohmann::json& gap = package["yield"].value("gap_share", nlohmann::json());
    if (!gap.is_null())
        std::cout << (fr ? "  part du besoin de financement couverte (moyenne de l'horizon) : P50 "
                         : "  share of the financing gap covered (mean of the horizon): P50 ")
                  << host::number_text(100 * gap["p50"].get<double>(), 3) << " % (P5 "
                  << host::number_text(100 * gap["p5"].get<double>(), 3) << " %)\n";
}

Command add_package_command(CLI::App& app, const Session& session) {
    auto* sub = app.add_subcommand(
        "package", "Yield and value of a package of options, added up draw by draw");
    struct Options {
        std::string scenario;
        std::vector<std::string> options;
        bool json = false;
        host::EvaluationOptions evaluation;
    };
    auto options = std::make_shared<Options>();
    sub->add_option("OPTION", options->options,
                    "The options, as plugin or plugin:variant (telecom_levy:proposed)")
        ->required();
    sub->add_option("--scenario", options->scenario,
                    "Scenario file, or the name of an embedded scenario (default: mali-2023)");
    sub->add_flag("--json", options->json, "Print the package as JSON");
    sub->add_option("--draws", options->evaluation.draws, "Monte Carlo draws")
        ->check(CLI::Range(std::size_t{1}, std::size_t{10000000}))
        ->capture_default_str();
    sub->add_option("--seed", options->evaluation.seed, "Seed of the random draws")
        ->capture_default_str();
    return {sub, [&session, options] {
                const host::PluginCatalog catalog = session.load_plugins();
                const host::Scenario whole = load_scenario(options->scenario, catalog);
                const host::Evaluation evaluation =
                    session.evaluate(whole, catalog, options->evaluation);
                const host::Scenario scenario = host::evaluated_part(whole, evaluation);
                const auto members = host::resolve_options(scenario, options->options,
                                                           "command line", "OPTION");
                const host::Appraisal appraisal =
                    host::appraise(scenario, evaluation, options->evaluation.seed);
                const host::PackageSpace space(scenario, evaluation, appraisal);
                if (const std::string why = space.incompatibility(members); !why.empty())
                    throw host::InputError("command line", "OPTION", why);
                const host::Package package = space.score(members);
                const host::PackageYield yield = space.yield(package, [&](std::size_t i) {
                    const host::MechanismEntry& entry = scenario.mechanisms[i];
                    return host::net_revenue_draws(scenario, entry, *catalog.find(entry.plugin),
                                                   options->evaluation);
                });
                const nlohmann::json out = host::to_json(package, evaluation, appraisal, &yield);
                if (options->json)
                    std::cout << out.dump(2) << '\n';
                else
                    print_package(out, appraisal, evaluation, session);
                return session.finish(catalog, evaluation);
            }};
}

}  // namespace finmech::cli
