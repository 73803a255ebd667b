#include <iostream>
#include <numeric>

#include <finmech/host/appraisal.hpp>
#include <finmech/host/evaluation.hpp>
#include <finmech/host/judged_scores.hpp>
#include <finmech/host/json_file.hpp>
#include <finmech/host/number_text.hpp>
#include <finmech/host/packages.hpp>
#include <finmech/host/results_document.hpp>
#include <finmech/host/sha256.hpp>
#include <finmech/reports/report_folder.hpp>
#include <finmech/reports/source_date.hpp>

#include "commands.hpp"

namespace finmech::cli {

namespace {

void print_ranking(const host::Appraisal& a, const host::Evaluation& e, const Session& s) {
    const bool fr = s.lang == "fr";
    std::cout << '\n'
              << (fr ? "Classement (" : "Ranking (") << criteria::to_string(a.method.name)
              << (fr ? ", poids : " : ", weights: ");
    for (std::size_t j = 0; j < a.criteria.size(); ++j)
        std::cout << (j ? ", " : "") << s.pick(Text{a.criteria[j].name.fr, a.criteria[j].name.en})
                  << ' ' << host::number_text(a.weights.values(static_cast<Eigen::Index>(j)), 3);
    std::cout << ")\n";
    if (!a.left_out.empty()) {
        std::cout << (fr ? "  critères laissés de côté : " : "  criteria left out: ");
        const auto defaults = host::default_criteria();
        for (std::size_t k = 0; k < a.left_out.size(); ++k)
            for (const auto& c : defaults)
                if (c.id == a.left_out[k].first)
                    std::cout << (k ? ", " : "") << s.pick(Text{c.name.fr, c.name.en});
        std::cout << '\n';
    }
    std::vector<std::size_t> order(a.alternatives.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return a.ranks[x] < a.ranks[y]; });
    for (std::size_t i : order) {
        std::cout << "  " << a.ranks[i] << ". " << a.alternatives[i] << "  ("
                  << host::number_text(a.result(static_cast<Eigen::Index>(i)), 3) << "; "
                  << (fr ? "premier dans " : "first in ")
                  << host::number_text(100 * a.smaa.rank_acceptability(static_cast<Eigen::Index>(i), 0), 3)
                  << (fr ? " % des tirages)\n" : " % of draws)\n");
        for (const host::RuleCheck& rule : e.mechanisms[i].rules)
            if (rule.broken() && rule.rule.binding())
                std::cout << "     " << (rule.waiver.empty() ? (fr ? "NON ADMISSIBLE : " : "NOT ADMISSIBLE: ")
                                                            : (fr ? "règle levée : " : "rule waived: "))
                          << s.pick(rule.rule.name) << " (" << host::number_text(rule.median, 3)
                          << ")\n";
    }
}

void print_evaluation(const host::Evaluation& e, const host::Scenario& scenario,
                      const Session& s) {
    const bool fr = s.lang == "fr";
    const double billion = 1e9;
    const std::string unit = (fr ? "Mds " : "bn ") + e.currency;
    std::cout << scenario.file << ": " << e.years.front() << "-" << e.years.back() << ", "
              << e.draws << (fr ? " tirage(s), graine " : " draw(s), seed ") << e.seed << "\n";
    for (const auto& m : e.mechanisms) {
        std::cout << '\n' << m.label << " (" << m.plugin << ' ' << m.plugin_version << ")\n"
                  << (fr ? "  année  brut (P50)  net (P50)   net P5-P95  (" : "  year   gross (P50) net (P50)   net P5-P95  (")
                  << unit << ")\n";
        for (std::size_t t = 0; t < e.years.size(); ++t) {
            char line[160];
            std::snprintf(line, sizeof line, "  %d   %-10.3f  %-10.3f  %.3f-%.3f\n", e.years[t],
                          m.gross_revenue.p50[t] / billion, m.net_revenue.p50[t] / billion,
                          m.net_revenue.p5[t] / billion, m.net_revenue.p95[t] / billion);
            std::cout << line;
        }
    }
    for (const auto& f : e.failures)
        std::cout << '\n' << f.label << " (" << f.plugin << ")\n  "
                  << (fr ? "ÉCHEC, non évalué : " : "FAILED, not evaluated: ") << f.reason
                  << (f.draw ? (fr ? ", tirage " : ", draw ") + std::to_string(*f.draw) : "")
                  << '\n';
}

}  // namespace

Command add_evaluate_command(CLI::App& app, const Session& session) {
    auto* sub = app.add_subcommand(
        "evaluate", "Project each mechanism of a scenario (default: the embedded Mali scenario)");
    struct Options {
        std::string scenario;
        bool json = false;
        std::string out;
        bool force = false;
        std::string judged;  // a `workshop merge` file
        host::EvaluationOptions evaluation;
    };
    auto options = std::make_shared<Options>();
    sub->add_option("SCENARIO", options->scenario,
                    "Scenario file, or the name of an embedded scenario (mali-2023, "
                    "mali-2015-workshop)");
    sub->add_flag("--json", options->json, "Print the results as JSON");
    sub->add_option("--out", options->out,
                    "Write results.json and the reports (docs/reports.md) into this new folder");
    sub->add_flag("--force", options->force, "Replace the --out folder if it exists");
    sub->add_option("--draws", options->evaluation.draws,
                    "Monte Carlo draws of the uncertain parameters; 1 gives the point estimates")
        ->check(CLI::Range(std::size_t{1}, std::size_t{10000000}))
        ->capture_default_str();
    sub->add_option("--seed", options->evaluation.seed, "Seed of the random draws")
        ->capture_default_str();
    sub->add_option("--judged", options->judged,
                    "Workshop scores merged by `finmech workshop merge`, used as judged scores");
    return {sub, [&session, options] {
                const host::PluginCatalog catalog = session.load_plugins();
                const ScenarioSource source = read_scenario_source(options->scenario);
                host::Scenario scenario = load_scenario(source, catalog);
                nlohmann::json merged;
                std::string merged_sha256;
                if (!options->judged.empty()) {
                    // One read, so the digest is of the very bytes the scores came from.
                    const std::string merged_text = host::read_text_file(options->judged);
                    merged = host::parse_json(merged_text, options->judged);
                    host::apply_judged_scores(scenario, merged, options->judged,
                                              reports::parse_language(session.lang));
                    merged_sha256 = host::sha256_hex(merged_text);
                }
                const host::Evaluation evaluation =
                    session.evaluate(scenario, catalog, options->evaluation);
                // The failed mechanisms are reported, not ranked.
                scenario = host::evaluated_part(scenario, evaluation);
                const host::Appraisal appraisal =
                    host::appraise(scenario, evaluation, options->evaluation.seed);
                const nlohmann::json packages = host::packages_document(
                    scenario, catalog, options->evaluation, evaluation, appraisal);
                // The results document costs a sensitivity run and the plugins' digests: made
                // only when it is written or printed.
                if (!options->out.empty() || options->json) {
                    const std::string generated = reports::results_date();
                    const nlohmann::json results = host::results_document(
                        {scenario, source.text, catalog, evaluation, appraisal, FINMECH_VERSION,
                         generated, options->judged.empty() ? nullptr : &merged, merged_sha256,
                         &packages});
                    if (!options->out.empty())
                        reports::write_report_folder(options->out, results,
                                                     reports::parse_language(session.lang),
                                                     options->force);
                    if (options->json) std::cout << results.dump(2) << '\n';
                }
                if (!options->json) {
                    print_evaluation(evaluation, scenario, session);
                    print_ranking(appraisal, evaluation, session);
                    if (packages["best"].is_null())
                        std::cout << (session.lang == "fr"
                                          ? "\nAucun paquet ne remplit les cibles du scénario.\n"
                                          : "\nNo package meets the scenario's targets.\n");
                    else
                        print_package(packages["best"], appraisal, evaluation, session);
                }
                if (!options->out.empty())
                    std::cerr << (session.lang == "fr" ? "Résultats et rapports écrits dans "
                                                       : "Results and reports written to ")
                              << options->out << '\n';
                return session.finish(catalog, evaluation);
            }};
}

}  // namespace finmech::cli
