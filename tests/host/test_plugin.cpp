// Loading one plugin, refusing what is not one, calling it, and unloading it
// (finmech/host/plugin.hpp).
#include <link.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <finmech/host/plugin.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "plugin_files.hpp"
#include "thrown.hpp"
#include "isolation.hpp"

namespace {

using finmech::host::Plugin;
using finmech::host::PluginCallFailed;
using finmech::host::PluginRefused;
using finmech_test::fixture;
using finmech_test::telecom_levy_file;
using nlohmann::json;

json context() {
    return {{"base_year", 2023},
            {"years", 3},
            {"currency", "FCFA"},
            {"values", {{"telecom_turnover", 615.3e9}}}};
}

// Why loading `file` was refused, or "" when it loaded.
std::string refusal(const std::filesystem::path& file) {
    try {
        Plugin::load(file, finmech_test::isolation());
    } catch (const PluginRefused& e) {
        return e.what();
    }
    return "";
}

TEST(PluginLoading, LoadsAPluginAndChecksItsDescriptor) {
    const auto plugin = Plugin::load(telecom_levy_file(), finmech_test::isolation());
    EXPECT_EQ(plugin->id(), "telecom_levy");
    EXPECT_EQ(plugin->abi_version(), "1.0");
    EXPECT_EQ(plugin->file(), telecom_levy_file());
    EXPECT_EQ(plugin->descriptor().parameter_keys(),
              (std::vector<std::string>{"rate", "pass_through", "elasticity", "compliance",
                                        "collection_cost", "growth"}));
    ASSERT_EQ(plugin->descriptor().requirements.size(), 3u);
    EXPECT_EQ(plugin->descriptor().requirements[0].key, "telecom_spending_shares");
    EXPECT_TRUE(plugin->descriptor().requirements[0].optional);
    EXPECT_EQ(plugin->descriptor().spending_shares(), &plugin->descriptor().requirements[0]);
    EXPECT_EQ(plugin->descriptor().requirements[1].key, "telecom_payer_shares");
    EXPECT_EQ(plugin->descriptor().payer_shares(), &plugin->descriptor().requirements[1]);
    EXPECT_EQ(plugin->descriptor().requirements[2].key, "telecom_turnover");
    EXPECT_FALSE(plugin->descriptor().requirements[2].optional);
}

TEST(PluginLoading, RefusesAFutureAbiMajor) {
    EXPECT_EQ(refusal(fixture("future_levy")),
              "built for plugin ABI 2.0, this host speaks 1.0; rebuild it against this host's SDK");
}

TEST(PluginLoading, RefusesALibraryWithoutTheEntryPoint) {
    EXPECT_EQ(refusal(fixture("not_a_plugin")),
              "a shared library but not a finmech plugin: it does not export "
              "'finmech_plugin_entry'");
}

TEST(PluginLoading, RefusesATextFileNamedLikeALibrary) {
    const auto file = fixture("garbage");
    EXPECT_EQ(refusal(file), "not a loadable library: " + file.string() + ": invalid ELF header");
}

TEST(PluginLoading, RefusesALibraryWithAnUnresolvedSymbol) {
    const auto file = fixture("needs_missing");
    EXPECT_EQ(refusal(file), "not a loadable library: " + file.string() +
                                 ": undefined symbol: missing_function");
}

TEST(PluginLoading, RefusesAFileThatIsNotThere) {
    const auto file = fixture("no_such_plugin");
    EXPECT_EQ(refusal(file), "not a loadable library: " + file.string() +
                                 ": cannot open shared object file: No such file or directory");
}

TEST(PluginCalls, ReportsAThrowingModelAsAModelFailureWithItsMessage) {
    const auto plugin = Plugin::load(fixture("throwing_levy"), finmech_test::isolation());
    const PluginCallFailed e = finmech_test::thrown<PluginCallFailed>([&] {
        plugin->evaluate({{"context", context()}, {"parameters", json::object()}});
    }).value();
    EXPECT_FALSE(e.invalid_input);
    EXPECT_STREQ(e.what(), "model failed: boom");
}

TEST(PluginCalls, ReportsTheDrawOfAThrowingBatch) {
    const auto plugin = Plugin::load(fixture("throwing_levy"), finmech_test::isolation());
    const PluginCallFailed e = finmech_test::thrown<PluginCallFailed>([&] {
        plugin->evaluate_batch({{"context", context()}, {"fixed", json::object()}}, {0.1, 0.2}, 2,
                               3);
    }).value();
    EXPECT_FALSE(e.invalid_input);
    EXPECT_STREQ(e.what(), "model failed: draw 0: boom");
}

TEST(PluginCalls, ReportsARefusedRequestAsTheUsersFault) {
    const auto plugin = Plugin::load(telecom_levy_file(), finmech_test::isolation());
    const PluginCallFailed e = finmech_test::thrown<PluginCallFailed>([&] {
        plugin->evaluate({{"context", context()}, {"parameters", {{"rate", 0.5}}}});
    }).value();
    EXPECT_TRUE(e.invalid_input);
    EXPECT_STREQ(e.what(), "parameter 'rate' = 0.5 is outside [0, 0.2] fraction of turnover");
}

TEST(PluginCalls, RefusesBatchParametersOfTheWrongSize) {
    const auto plugin = Plugin::load(telecom_levy_file(), finmech_test::isolation());
    // telecom_levy has six numeric parameters: two draws need twelve numbers.
    EXPECT_THROW(plugin->evaluate_batch({{"context", context()}, {"fixed", json::object()}},
                                        std::vector<double>(6, 0.0), 2, 3),
                 std::logic_error);
}

bool is_mapped(const std::filesystem::path& file) {
    struct Search {
        std::filesystem::path file;
        bool found = false;
    } search{file};
    dl_iterate_phdr(
        [](dl_phdr_info* info, std::size_t, void* data) {
            auto* s = static_cast<Search*>(data);
            if (info->dlpi_name && std::filesystem::path(info->dlpi_name) == s->file)
                s->found = true;
            return 0;
        },
        &search);
    return search.found;
}

TEST(PluginIsolation, RunsThePluginOutsideTheHostWhoseResultsOutliveIt) {
    // A copy of its own, so no other test's load can map this file.
    const finmech_test::ScratchFolder folder;
    const auto file = folder.copy(telecom_levy_file(), "telecom_levy.so");

    auto plugin = Plugin::load(file, finmech_test::isolation());
    EXPECT_FALSE(is_mapped(file));
    const json answer = plugin->evaluate({{"context", context()}, {"parameters", json::object()}});
    const finmech::host::MechanismDescriptor descriptor = plugin->descriptor();
    plugin.reset();

    EXPECT_EQ(answer["gross_revenue"].size(), 3u);
    EXPECT_EQ(descriptor.id, "telecom_levy");
    EXPECT_EQ(descriptor.name.en, "Levy on telecom operators' turnover");
}

TEST(PluginIsolation, GivesTheSameNumbersInAWorkerAsInTheHostsOwnProcess) {
    const auto isolated = Plugin::load(telecom_levy_file(), finmech_test::isolation());
    const auto in_process = Plugin::load(telecom_levy_file(), {});
    const json request{{"context", context()}, {"fixed", json::object()}};
    const std::vector<double> rows{0.01, 0.5, -0.3, 0.85, 0.012, 0.04,  // two draws of six
                                   0.02, 0.6, -0.2, 0.9, 0.1, 0.05};
    const auto a = isolated->evaluate_batch(request, rows, 2, 3);
    const auto b = in_process->evaluate_batch(request, rows, 2, 3);
    EXPECT_TRUE(std::ranges::equal(a.gross_revenue, b.gross_revenue));
    EXPECT_TRUE(std::ranges::equal(a.collection_cost, b.collection_cost));
    EXPECT_TRUE(std::ranges::equal(a.indicators, b.indicators));
    EXPECT_TRUE(is_mapped(telecom_levy_file()));  // only the in-process one
}

}  // namespace
