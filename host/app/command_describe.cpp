#include <cmath>
#include <iostream>
#include <iterator>

#include <finmech/host/input_error.hpp>
#include <finmech/host/number_text.hpp>
#include <finmech/host/suggest.hpp>

#include "commands.hpp"

namespace finmech::cli {

namespace {

// ", within [0, 1]" or ", at least 0" for a requirement's range; "" when unbounded.
// ", within [min, max]" or ", at least min", then ", optional" when the scenario may omit it.
std::string requirement_terms(const host::RequirementInfo& r) {
    const std::string range =
        std::isfinite(r.max)
            ? ", within [" + host::number_text(r.min, 6) + ", " + host::number_text(r.max, 6) + "]"
        : std::isfinite(r.min) ? ", at least " + host::number_text(r.min, 6)
                               : "";
    return range + (r.optional ? ", optional" : "");
}

// The headings of the profile's texts, in the order of finmech::profile_texts.
const Text profile_text_headings[] = {
    {"Fonctionnement", "How it works"},
    {"Précédent", "Precedent"},
    {"Règles régionales (UEMOA, CEDEAO)", "Regional rules (WAEMU, ECOWAS)"},
    {"Qui paie", "Who pays"},
    {"Instrument juridique", "Legal instrument"},
    {"Agent de recouvrement", "Collection agent"},
};
static_assert(std::size(profile_text_headings) == profile_texts.size());
const Text profile_heading{"Le mécanisme", "The mechanism"};
const Text sources_heading{"Sources", "Sources"};

void print_profile(const Profile& profile, const Session& s) {
    std::cout << '\n' << s.pick(profile_heading) << ":\n";
    for (std::size_t i = 0; i < profile_texts.size(); ++i)
        std::cout << "  " << s.pick(profile_text_headings[i]) << ": "
                  << s.pick(profile.*profile_texts[i].second) << '\n';
    std::cout << "  " << s.pick(sources_heading) << ":\n";
    for (const auto& source : profile.sources) std::cout << "    - " << source << '\n';
}

void print_profile_markdown(const Profile& profile, const Session& s) {
    std::cout << s.pick(profile_heading) << ":\n\n";
    for (std::size_t i = 0; i < profile_texts.size(); ++i)
        std::cout << "- **" << s.pick(profile_text_headings[i]) << ".** "
                  << s.pick(profile.*profile_texts[i].second) << '\n';
    std::cout << "- **" << s.pick(sources_heading) << ":**\n";
    for (const auto& source : profile.sources) std::cout << "  - " << source << '\n';
    std::cout << '\n';
}

void print_descriptor(const host::MechanismDescriptor& d, const Session& s) {
    std::cout << d.id << ' ' << d.version << " — " << s.pick(d.name) << "\n\n"
              << s.pick(d.summary) << "\n\nModel: " << d.formula << "\n\nParameters:\n";
    for (const auto& p : d.parameters) {
        std::cout << "  " << p.key << " — " << s.pick(p.label) << "\n    ";
        if (p.is_number)
            std::cout << "default " << host::number_text(p.default_value.get<double>()) << ' '
                      << p.unit << ", range [" << host::number_text(p.min) << ", "
                      << host::number_text(p.max) << "]"
                      << (p.uncertainty.is_null() ? "" : ", uncertainty " + p.uncertainty.dump());
        else
            std::cout << "default " << p.default_value.get<std::string>() << ", one of "
                      << nlohmann::json(p.choices).dump();
        std::cout << "\n    " << s.pick(p.doc) << "\n    source (" << p.evidence
                  << "): " << p.source << '\n';
    }
    std::cout << "\nIndicators:\n";
    for (const auto& i : d.indicators)
        std::cout << "  " << i.key << " (" << i.unit << ", " << i.direction << ") — "
                  << s.pick(i.label) << '\n';
    std::cout << "\nRequires from the scenario's context:\n";
    for (const auto& r : d.requirements)
        std::cout << "  " << r.key << " (" << r.shape << ", " << r.unit << requirement_terms(r) << ") — "
                  << s.pick(r.doc) << '\n';
    if (d.profile) print_profile(*d.profile, s);
}


// "triangular(-0.8, -0.5, -0.3)" for a distribution spec; "-" when there is none.
std::string uncertainty_text(const nlohmann::json& spec) {
    if (spec.is_null()) return "-";
    std::string text = spec.value("dist", "") + "(";
    bool first = true;
    for (const char* key : {"low", "mode", "high", "mean", "sd", "mu", "sigma", "alpha", "beta"}) {
        if (!spec.contains(key)) continue;
        text += (first ? "" : ", ") + host::number_text(spec[key].get<double>(), 6);
        first = false;
    }
    return text + ")";
}

// `text` safe inside a Markdown table cell.
std::string cell(std::string text) {
    for (std::size_t at = text.find('|'); at != std::string::npos; at = text.find('|', at + 2))
        text.replace(at, 1, "\\|");
    return text;
}

// The reference page of one plugin, the section docs/mechanisms.md holds for it.
void print_markdown(const host::MechanismDescriptor& d, const Session& s) {
    std::cout << "## `" << d.id << "` " << d.version << ": " << s.pick(d.name) << "\n\n"
              << s.pick(d.summary) << "\n\nModel: `" << d.formula << "`\n\n"
              << "| parameter | unit | default | range | uncertainty | source | evidence |\n"
              << "|---|---|---|---|---|---|---|\n";
    for (const auto& p : d.parameters) {
        const std::string range =
            p.is_number ? "[" + host::number_text(p.min, 6) + ", " + host::number_text(p.max, 6) + "]"
                        : nlohmann::json(p.choices).dump();
        const std::string value = p.is_number ? host::number_text(p.default_value.get<double>(), 6)
                                              : p.default_value.get<std::string>();
        std::cout << "| `" << p.key << "`: " << cell(s.pick(p.label)) << " | " << cell(p.unit)
                  << " | " << value << " | " << cell(range) << " | "
                  << uncertainty_text(p.uncertainty) << " | " << cell(p.source) << " | "
                  << p.evidence << " |\n";
    }
    std::cout << "\nIndicators:\n\n";
    for (const auto& i : d.indicators)
        std::cout << "- `" << i.key << "` (" << i.unit << ", " << i.direction
                  << "): " << s.pick(i.label) << "\n";
    std::cout << "\nContext values required:\n\n";
    for (const auto& r : d.requirements)
        std::cout << "- `" << r.key << "` (" << r.shape << ", " << r.unit << requirement_terms(r)
                  << "): " << s.pick(r.doc) << "\n";
    std::cout << "\n";
    if (d.profile) print_profile_markdown(*d.profile, s);
}

}  // namespace

Command add_describe_command(CLI::App& app, const Session& session) {
    auto* sub = app.add_subcommand(
        "describe", "Show plugins' parameters with unit, range, default, uncertainty and source");
    struct Options {
        std::vector<std::string> ids;
        bool json = false;
        bool markdown = false;
    };
    auto options = std::make_shared<Options>();
    sub->add_option("ID", options->ids, "Plugin ids, e.g. telecom_levy (default: every plugin)");
    auto* json = sub->add_flag("--json", options->json, "Print the descriptors as JSON");
    sub->add_flag("--markdown", options->markdown,
                  "Print the reference of docs/mechanisms.md, in Markdown")
        ->excludes(json);
    return {sub, [&session, options] {
                const host::PluginCatalog catalog = session.load_plugins();
                std::vector<const host::Plugin*> plugins;
                for (const auto& id : options->ids) {
                    const host::Plugin* plugin = catalog.find(id);
                    if (!plugin)
                        throw host::InputError("command line", "ID",
                                               "unknown plugin '" + id + "'" +
                                                   host::did_you_mean(id, catalog.ids()));
                    plugins.push_back(plugin);
                }
                if (options->ids.empty())
                    for (const auto& plugin : catalog.plugins()) plugins.push_back(plugin.get());

                if (options->json) {
                    nlohmann::json out = nlohmann::json::array();
                    for (const auto* p : plugins) out.push_back(p->descriptor().json);
                    std::cout << (options->ids.size() == 1 ? out[0] : out).dump(2) << '\n';
                    return 0;
                }
                if (options->markdown)
                    std::cout << "# Mechanisms\n\nGenerated by `finmech --lang " << session.lang
                              << " describe --markdown` from the plugins' descriptors; "
                                 "`scripts/update-docs` writes it again.\n\n";
                for (const auto* p : plugins)
                    (options->markdown ? print_markdown : print_descriptor)(p->descriptor(), session);
                return 0;
            }};
}

}  // namespace finmech::cli
