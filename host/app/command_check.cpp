// `finmech check PLUGIN.so`: the conformance test every plugin gets from finmech_add_plugin().
// The plugin runs in a worker, as in a real run; each check is printed and flushed as it ends,
// so a check that hangs or crashes the worker still shows how far it got.
#include <cmath>
#include <iostream>

#include <finmech/host/batch_checks.hpp>
#include <finmech/host/embedded_files.hpp>
#include <finmech/host/json_file.hpp>
#include <finmech/host/number_text.hpp>
#include <finmech/host/parameter_draws.hpp>

#include "commands.hpp"

namespace finmech::cli {

namespace {

class Checklist {
public:
    void expect(bool ok, const std::string& what) {
        std::cout << (ok ? "  ok    " : "  FAIL  ") << what << std::endl;
        (ok ? passed_ : failed_)++;
    }
    int finish() const {
        std::cout << passed_ << " passed, " << failed_ << " failed" << std::endl;
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
    checks.expect(nlohmann::json(std::vector<double>(batch.gross_revenue.begin(),
                                                     batch.gross_revenue.end())) ==
                      member("gross_revenue"),
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

// Every numeric parameter uniform over its whole range, not only its default uncertainty: the
// corners a scenario may reach are where models divide by zero or go negative.
std::vector<host::ParameterLaw> whole_ranges(const host::MechanismDescriptor& d) {
    std::vector<host::ParameterLaw> laws;
    for (const auto* p : d.numeric_parameters())
        laws.push_back(host::parameter_law(d.id, *p,
                                           {{"dist", "uniform"}, {"low", p->min}, {"high", p->max}},
                                           "/" + p->key));
    return laws;
}

// "key=value, ..." for row `draw` of `rows`, so an author can replay it.
std::string draw_text(const host::MechanismDescriptor& d, const std::vector<double>& rows,
                      std::size_t draw) {
    const auto numeric = d.numeric_parameters();
    std::string text = "draw " + std::to_string(draw) + " (";
    for (std::size_t c = 0; c < numeric.size(); ++c)
        text += (c ? ", " : "") + numeric[c]->key + "=" +
                host::number_text(rows[draw * numeric.size() + c], 4);
    return text + ")";
}

// Each draw in a call of its own: a draw the plugin refuses as a combination it cannot model
// (invalid input) is counted apart instead of failing the others; a crash names its draw.
void check_monte_carlo(const host::Plugin& plugin, const host::Scenario& scenario,
                       std::size_t draws, Checklist& checks) {
    const host::MechanismDescriptor& d = plugin.descriptor();
    const std::size_t years = static_cast<std::size_t>(scenario.horizon);
    const std::size_t columns = d.numeric_parameters().size();
    const nlohmann::json request{{"context", scenario.plugin_context()},
                                 {"fixed", nlohmann::json::object()}};
    const std::vector<double> rows = host::draw_parameters(whole_ranges(d), draws, 20150101);
    const std::string sample = std::to_string(draws) + " draws across the parameters' ranges";
    const std::string possible =
        d.gross_is_change ? " give finite numbers and a non-negative collection cost"
                          : " give finite numbers, non-negative revenue and collection cost";
    std::vector<double> accepted, gross, cost, indicators;  // of the draws evaluated
    std::string refused;
    std::size_t refusals = 0;
    for (std::size_t draw = 0; draw < draws; ++draw) {
        const std::vector<double> row(rows.begin() + static_cast<long>(draw * columns),
                                      rows.begin() + static_cast<long>((draw + 1) * columns));
        try {
            const host::BatchResult one = plugin.evaluate_batch(request, row, 1, years);
            if (const auto fault = host::impossible_output(one, d.gross_is_change)) {
                checks.expect(false, sample + possible + ": " +
                                         fault->what() + " at " + draw_text(d, rows, draw));
                return;
            }
            accepted.insert(accepted.end(), row.begin(), row.end());
            for (auto [from, to] : {std::pair{&one.gross_revenue, &gross},
                                    {&one.collection_cost, &cost},
                                    {&one.indicators, &indicators}})
                to->insert(to->end(), from->begin(), from->end());
        } catch (const host::PluginCallFailed& e) {
            if (!e.invalid_input) {
                checks.expect(false, sample + " evaluate: " + e.what() + " at " +
                                         draw_text(d, rows, draw));
                return;
            }
            if (refusals++ == 0) refused = std::string(e.what()) + " at " + draw_text(d, rows, draw);
        }
    }
    checks.expect(true, sample + possible +
                            (refusals ? "; " + std::to_string(refusals) +
                                            " refused as combinations the model does not "
                                            "cover, first: " + refused
                                      : ""));
    const std::size_t evaluated = draws - refusals;
    host::BatchResult batch = host::BatchResult::zeros(evaluated, years, d.indicators.size());
    std::ranges::copy(gross, batch.gross_revenue.begin());
    std::ranges::copy(cost, batch.collection_cost.begin());
    std::ranges::copy(indicators, batch.indicators.begin());
    const auto unrepeatable =
        evaluated ? host::unrepeatable_output(
                        host::repeat_last_draws(plugin, request, accepted, evaluated, years), batch)
                  : std::nullopt;
    checks.expect(!unrepeatable, "the same draws give the same numbers in another call" +
                                     (unrepeatable ? std::string(": ") + unrepeatable->what() : ""));
}

}  // namespace

Command add_check_command(CLI::App& app, const Session& session) {
    auto* sub = app.add_subcommand(
        "check", "Run the conformance checks on one plugin library (what ctest runs per plugin)");
    struct Options {
        std::string file, scenario;
        std::size_t draws = 1000;
    };
    auto options = std::make_shared<Options>();
    sub->add_option("PLUGIN", options->file, "Plugin library, e.g. my_levy.so")->required();
    sub->add_option("--scenario", options->scenario,
                    "Scenario whose context feeds the checks (default: the embedded default)");
    sub->add_option("--draws", options->draws,
                    "Monte Carlo draws across the parameters' ranges")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))
        ->capture_default_str();
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
                try {
                    check_evaluations(*plugin, scenario, checks);
                    check_monte_carlo(*plugin, scenario, options->draws, checks);
                } catch (const host::PluginCallFailed& e) {
                    checks.expect(false, std::string("a call to the plugin failed: ") + e.what());
                }
                return checks.finish();
            }};
}

}  // namespace finmech::cli
