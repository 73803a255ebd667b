#include <iostream>

#include "commands.hpp"

namespace finmech::cli {

Command add_plugins_command(CLI::App& app, const Session& session) {
    auto* sub = app.add_subcommand("plugins", "List the plugins loaded and those refused, with why");
    auto json = std::make_shared<bool>(false);
    sub->add_flag("--json", *json, "Print JSON");
    return {sub, [&session, json] {
                const host::PluginCatalog catalog = session.load_plugins();
                if (*json) {
                    nlohmann::json out{{"plugins", nlohmann::json::array()},
                                       {"refused", nlohmann::json::array()},
                                       {"shadowed", nlohmann::json::array()}};
                    for (const auto& p : catalog.plugins())
                        out["plugins"].push_back({{"id", p->id()},
                                                  {"version", p->descriptor().version},
                                                  {"abi", p->abi_version()},
                                                  {"name", p->descriptor().name},
                                                  {"file", p->file().string()}});
                    for (const auto& r : catalog.refusals())
                        out["refused"].push_back({{"file", r.file.string()}, {"reason", r.reason}});
                    for (const auto& s : catalog.shadowed())
                        out["shadowed"].push_back({{"id", s.id},
                                                   {"used", s.used.string()},
                                                   {"ignored", s.ignored.string()}});
                    std::cout << out.dump(2) << '\n';
                    return 0;
                }
                std::cout << "Loaded (" << catalog.plugins().size() << "):\n";
                for (const auto& p : catalog.plugins())
                    std::cout << "  " << p->id() << ' ' << p->descriptor().version << "  "
                              << session.pick(p->descriptor().name) << "\n    " << p->file().string()
                              << '\n';
                if (!catalog.refusals().empty()) {
                    std::cout << "Refused (" << catalog.refusals().size() << "):\n";
                    for (const auto& r : catalog.refusals())
                        std::cout << "  " << r.file.string() << ": " << r.reason << '\n';
                }
                if (!catalog.shadowed().empty()) {
                    std::cout << "Ignored, their id being taken by a plugin found first ("
                              << catalog.shadowed().size() << "):\n";
                    for (const auto& s : catalog.shadowed())
                        std::cout << "  " << s.ignored.string() << ": " << s.id << " is "
                                  << s.used.string() << '\n';
                }
                return 0;
            }};
}

}  // namespace finmech::cli
