// `finmech check PLUGIN.so`: the conformance test every plugin gets from finmech_add_plugin().
#include <cmath>
#include <iostream>

#include <finmech/host/embedded_files.hpp>
#include <finmech/host/json_file.hpp>

#include "commands.hpp"

namespace finmech::cli {

namespace {

class Checklist {
public:
    void expect(bool ok, const std::string& what) {
        std::cout << (ok ? "  ok    " : "  FAIL  ") << what << '\n';
        (ok ? passed_ : failed_)++;
    }
    int finish() const {
        std::cout << passed_ << " passed, " << failed_ << " failed\n";
        return failed_ == 0 ? 0 : 1;
    }

private:
    int passed_ = 0, failed_ = 0;
};

bool all_finite(const nlohmann::json& values) {
    for (const auto& v : values)
        if (!v.is_number() || !std::isfinite(v.get<double>())) return false;
    return true;
}

// True when the plugin refuses `parameters` as invalid input.
bool refuses(const host::Plugin& plugin, const nlohmann::json& context,
             const nlohmann::json& parameters) {
    try {
        plugin.evaluate({{"context", context}, {"parameters", parameters}});
    } catch (const host::PluginCallFailed& e) {
        return e.invalid_input;
    }
    return false;
}

void check_evaluations(const host::Plugin& plugin, const host::Scenario& scenario,
                       Checklist& checks) {
    const host::MechanismDescriptor& d = plugin.descriptor();
    const nlohmann::json context = scenario.plugin_context();
    const nlohmann::json request{{"context", context}, {"parameters", nlohmann::json::object()}};
    nlohmann::json first;
    try {
        first = plugin.evaluate(request);
    } catch (const host::PluginCallFailed& e) {
        checks.expect(false, std::string("evaluation with defaults succeeds: ") + e.what());
        return;
    }
    // What the plugin answered, or null for a member it left out.
    const auto member = [&first](const char* key) {
        return first.is_object() ? first.value(key, nlohmann::json()) : nlohmann::json();
    };
    const std::size_t years = static_cast<std::size_t>(scenario.horizon);
    const auto per_year = [&](const char* key) {
        return member(key).is_array() && member(key).size() == years && all_finite(member(key));
    };
    checks.expect(per_year("gross_revenue") && per_year("collection_cost") && per_year("net_revenue"),
                  "evaluation with defaults gives one finite value per year");
    checks.expect(member("indicators").is_object() && all_finite(member("indicators")) &&
                      member("indicators").size() == d.indicators.size(),
                  "every declared indicator is returned, finite");
    checks.expect(plugin.evaluate(request) == first, "evaluation is deterministic");

    std::vector<double> row;
    for (const auto* p : d.numeric_parameters()) row.push_back(p->default_value.get<double>());
    const host::BatchResult batch =
        plugin.evaluate_batch({{"context", context}, {"fixed", nlohmann::json::object()}}, row, 1,
                              years);
    checks.expect(nlohmann::json(batch.gross_revenue) == member("gross_revenue"),
                  "batch evaluation agrees with single evaluation");

    for (const auto* p : d.numeric_parameters()) {
        const double step = std::max(1.0, std::abs(p->max - p->min));
        checks.expect(refuses(plugin, context, {{p->key, p->max + step}}) &&
                          refuses(plugin, context, {{p->key, p->min - step}}),
                      "out-of-range '" + p->key + "' is refused");
    }
    checks.expect(refuses(plugin, context, {{"no_such_parameter", 1}}),
                  "an unknown parameter is refused");
}

}  // namespace

Command add_check_command(CLI::App& app, const Session& session) {
    auto* sub = app.add_subcommand(
        "check", "Run the conformance checks on one plugin library (what ctest runs per plugin)");
    struct Options {
        std::string file, scenario;
    };
    auto options = std::make_shared<Options>();
    sub->add_option("PLUGIN", options->file, "Plugin library, e.g. my_levy.so")->required();
    sub->add_option("--scenario", options->scenario,
                    "Scenario whose context feeds the checks (default: the embedded default)");
    return {sub, [&session, options] {
                Checklist checks;
                std::unique_ptr<host::Plugin> plugin;
                try {
                    plugin = host::Plugin::load(options->file, session.isolation);
                } catch (const host::PluginRefused& e) {
                    checks.expect(false, std::string("loads: ") + e.what());
                    return checks.finish();
                }
                checks.expect(true, "loads, ABI " + plugin->abi_version() + ", descriptor valid");
                const auto* embedded = host::find_embedded(host::embedded_scenarios(), host::default_scenario_name);
                const nlohmann::json document =
                    options->scenario.empty()
                        ? host::parse_json(embedded->text, std::string(embedded->name))
                        : host::read_json_file(options->scenario);
                const host::Scenario scenario = host::read_scenario(
                    document, options->scenario.empty() ? std::string(embedded->name)
                                                        : options->scenario);
                host::check_context(scenario, plugin->descriptor(), "the plugin under check");
                checks.expect(true, "the scenario's context holds every value it requires");
                check_evaluations(*plugin, scenario, checks);
                return checks.finish();
            }};
}

}  // namespace finmech::cli
