// Checks the plugin tests share: series against hand-worked figures, requests a plugin must
// refuse, and defaults equal to a test's worked example.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <finmech/host/plugin.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <vector>

namespace plugin_checks {

// Each value within `relative` (a fraction) of its hand-worked figure.
inline void expect_close(const std::vector<double>& values, const std::vector<double>& expected,
                         double relative) {
    ASSERT_EQ(values.size(), expected.size());
    for (std::size_t t = 0; t < expected.size(); ++t)
        EXPECT_NEAR(values[t], expected[t], relative * std::abs(expected[t])) << "year " << t + 1;
}

// `evaluate` (parameter changes -> result) must refuse each of `changes` as the user's fault.
inline void expect_refused(const std::function<nlohmann::json(const nlohmann::json&)>& evaluate,
                           const std::vector<nlohmann::json>& changes) {
    for (const nlohmann::json& bad : changes) {
        try {
            evaluate(bad);
            ADD_FAILURE() << "accepted " << bad.dump();
        } catch (const finmech::host::PluginCallFailed& e) {
            EXPECT_TRUE(e.invalid_input) << e.what();
        }
    }
}

// Every parameter of `example` exists, defaults to the example's value and cites a source.
inline void expect_defaults(const finmech::host::Plugin& plugin, const nlohmann::json& example) {
    const auto& d = plugin.descriptor();
    for (const auto& [key, value] : example.items()) {
        const auto* p = d.find_parameter(key);
        ASSERT_NE(p, nullptr) << key;
        EXPECT_EQ(p->default_value, value) << key;
        EXPECT_FALSE(p->source.empty()) << key;
    }
}

}  // namespace plugin_checks
