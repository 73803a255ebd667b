#include <iostream>

#include <finmech/host/input_error.hpp>
#include <finmech/host/number_text.hpp>
#include <finmech/host/suggest.hpp>

#include "commands.hpp"

namespace finmech::cli {

namespace {

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
        std::cout << "  " << r.key << " (" << r.shape << ", " << r.unit << ") — " << s.pick(r.doc)
                  << '\n';
}

}  // namespace

Command add_describe_command(CLI::App& app, const Session& session) {
    auto* sub = app.add_subcommand("describe", "Show a plugin's parameters, units, ranges and sources");
    struct Options {
        std::string id;
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    sub->add_option("ID", options->id, "Plugin id, e.g. telecom_levy")->required();
    sub->add_flag("--json", options->json, "Print the descriptor as JSON");
    return {sub, [&session, options] {
                const host::PluginCatalog catalog = session.load_plugins();
                const host::Plugin* plugin = catalog.find(options->id);
                if (!plugin)
                    throw host::InputError("command line", "ID",
                                           "unknown plugin '" + options->id + "'" +
                                               host::did_you_mean(options->id, catalog.ids()));
                if (options->json)
                    std::cout << plugin->descriptor().json.dump(2) << '\n';
                else
                    print_descriptor(plugin->descriptor(), session);
                return 0;
            }};
}

}  // namespace finmech::cli
