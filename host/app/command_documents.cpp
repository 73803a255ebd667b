// `finmech rank`, `finmech ahp` and `finmech concordance`: each reads one document, hands it to
// the decision engine and prints the answer as a table or as JSON. No plugin is involved, so a
// workshop can rank a spreadsheet of scores on its own.
#include <iostream>

#include <finmech/criteria/ahp_document.hpp>
#include <finmech/criteria/concordance.hpp>
#include <finmech/criteria/input_error.hpp>
#include <finmech/criteria/rank_document.hpp>
#include <finmech/host/input_error.hpp>
#include <finmech/host/json_file.hpp>

#include "commands.hpp"

namespace finmech::cli {

namespace {

struct Document {
    const char* name;
    const char* description;
    nlohmann::json (*compute)(const nlohmann::json&);
    std::string (*format)(const nlohmann::json&);
    bool reads_csv;
};

Command add_document_command(CLI::App& app, const Document& document) {
    auto* sub = app.add_subcommand(document.name, document.description);
    struct Options {
        std::string file;
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    sub->add_option("FILE", options->file,
                    document.reads_csv ? "Input document (.json, or .csv)" : "Input document (JSON)")
        ->required();
    sub->add_flag("--json", options->json, "Print JSON");
    return {sub, [document, options] {
                const std::string& file = options->file;
                const std::string text = host::read_text_file(file);
                nlohmann::json result;
                try {
                    const bool csv = document.reads_csv &&
                                     std::filesystem::path(file).extension() == ".csv";
                    result = document.compute(csv ? criteria::parse_rank_csv(text)
                                                  : host::parse_json(text, file));
                } catch (const criteria::InputError& e) {
                    throw host::InputError(file, e.location(), e.what());
                }
                if (options->json)
                    std::cout << result.dump(2) << '\n';
                else
                    std::cout << document.format(result);
                return 0;
            }};
}

}  // namespace

Command add_rank_command(CLI::App& app) {
    return add_document_command(
        app, {"rank", "Rank alternatives from a decision matrix (JSON or CSV), with SMAA",
              &criteria::rank_document, &criteria::format_rank_text, true});
}

Command add_ahp_command(CLI::App& app) {
    return add_document_command(
        app, {"ahp", "Weights and consistency from AHP pairwise comparisons",
              &criteria::ahp_document, &criteria::format_ahp_text, false});
}

Command add_concordance_command(CLI::App& app) {
    return add_document_command(
        app, {"concordance", "Kendall's W: how far judges agree on a ranking",
              &criteria::concordance_document, &criteria::format_concordance_text, false});
}

}  // namespace finmech::cli
