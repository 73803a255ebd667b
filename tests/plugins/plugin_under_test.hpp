// A mechanism plugin loaded as the host loads it, evaluated on a test's context around a worked
// example, for the model tests of tests/plugins/.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <finmech/host/plugin.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "plugin_checks.hpp"
#include "isolation.hpp"

namespace finmech_test {

class PluginUnderTest {
public:
    // Loads <id>.so from the folder the build writes plugins to (FINMECH_PLUGIN_DIR).
    PluginUnderTest(const std::string& id, nlohmann::json context, nlohmann::json worked_example)
        : plugin_(finmech::host::Plugin::load(std::filesystem::path(FINMECH_PLUGIN_DIR) /
                                              (id + ".so"), finmech_test::isolation())),
          context_(std::move(context)),
          worked_example_(std::move(worked_example)) {}

    const finmech::host::Plugin& plugin() const { return *plugin_; }

    // The descriptor as the plugin wrote it.
    const nlohmann::json& descriptor() const { return plugin_->descriptor().json; }

    // The worked example with `changes` applied.
    nlohmann::json evaluate(const nlohmann::json& changes = nlohmann::json::object()) const {
        nlohmann::json parameters = worked_example_;
        parameters.update(changes);
        return plugin_->evaluate({{"context", context_}, {"parameters", parameters}});
    }

    std::vector<double> gross(const nlohmann::json& changes) const {
        return evaluate(changes)["gross_revenue"].get<std::vector<double>>();
    }

    double indicator(const std::string& key, const nlohmann::json& changes) const {
        return evaluate(changes)["indicators"][key].get<double>();
    }

    // The message of the refusal `changes` cause; a test failure when they are accepted.
    std::string refusal(const nlohmann::json& changes) const {
        try {
            evaluate(changes);
        } catch (const finmech::host::PluginCallFailed& e) {
            EXPECT_TRUE(e.invalid_input) << e.what();
            return e.what();
        }
        ADD_FAILURE() << "accepted " << changes.dump();
        return {};
    }

    // Gross revenue halves, year by year, when parameter `key` does.
    void expect_proportional_to(const std::string& key) const {
        const auto full = gross({{key, 1.0}});
        const auto half = gross({{key, 0.5}});
        for (std::size_t t = 0; t < full.size(); ++t)
            EXPECT_DOUBLE_EQ(half[t], 0.5 * full[t]) << key << ", year " << t + 1;
    }

    // Gross revenue never rises, in any year, as parameter `key` steps from `first` by `step`,
    // `steps` times, with `fixed` applied.
    void expect_never_rising(const std::string& key, double first, double step, int steps,
                             nlohmann::json fixed = nlohmann::json::object()) const {
        fixed[key] = first;
        std::vector<double> previous = gross(fixed);
        for (int i = 1; i <= steps; ++i) {
            fixed[key] = first + step * i;
            const auto current = gross(fixed);
            for (std::size_t t = 0; t < current.size(); ++t)
                EXPECT_LE(current[t], previous[t]) << key << " " << fixed[key] << ", year " << t + 1;
            previous = current;
        }
    }

    // The same numbers on every call, and from the batch entry (columns in descriptor order).
    void expect_deterministic() const {
        const nlohmann::json first = evaluate();
        EXPECT_EQ(evaluate(), first);
        std::vector<double> row;
        for (const auto& parameter : plugin_->descriptor().parameters)
            row.push_back(worked_example_.at(parameter.key).get<double>());
        const auto batch = plugin_->evaluate_batch(
            {{"context", context_}, {"fixed", nlohmann::json::object()}}, row, 1,
            context_.at("years").get<std::size_t>());
        EXPECT_EQ(nlohmann::json(batch.gross_revenue), first["gross_revenue"]);
        EXPECT_EQ(nlohmann::json(batch.collection_cost), first["collection_cost"]);
    }

    // Every parameter of the worked example is a default, with a source.
    void expect_worked_example_is_the_sourced_default() const {
        plugin_checks::expect_defaults(*plugin_, worked_example_);
    }

    const std::string& evidence(const std::string& key) const {
        return plugin_->descriptor().find_parameter(key)->evidence;
    }

private:
    std::unique_ptr<finmech::host::Plugin> plugin_;
    nlohmann::json context_;
    nlohmann::json worked_example_;
};

// Indicator `key` of an evaluation's answer.
inline double indicator(const nlohmann::json& answer, const std::string& key) {
    return answer["indicators"][key].get<double>();
}

// Each year within 1e-12 of its hand-worked figure, relatively.
inline void expect_close(const nlohmann::json& actual, const std::vector<double>& expected) {
    plugin_checks::expect_close(actual.get<std::vector<double>>(), expected, 1e-12);
}

}  // namespace finmech_test
