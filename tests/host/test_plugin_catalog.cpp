// Finding plugins in folders and keeping the refused ones with why
// (finmech/host/plugin_catalog.hpp).
#include <filesystem>
#include <string>
#include <vector>

#include <finmech/host/plugin_catalog.hpp>
#include <gtest/gtest.h>

#include "plugin_files.hpp"

namespace {

using finmech::host::PluginCatalog;
using finmech::host::plugin_folders;
using finmech_test::fixture;
using finmech_test::ScratchFolder;
using finmech_test::telecom_levy_file;
using Paths = std::vector<std::filesystem::path>;

TEST(PluginFolders, LooksBesideTheExecutableThenInThePathThenInTheExtraFolders) {
    EXPECT_EQ(plugin_folders("/opt/finmech/lib/finmech/plugins", "/a:/b", {"/c", "/d"}),
              (Paths{"/opt/finmech/lib/finmech/plugins", "/a", "/b", "/c", "/d"}));
}

TEST(PluginFolders, SkipsEmptyEntries) {
    EXPECT_EQ(plugin_folders("/lib", "::/a::/b:", {"", "/c"}), (Paths{"/lib", "/a", "/b", "/c"}));
    EXPECT_EQ(plugin_folders("/lib", "", {}), (Paths{"/lib"}));
}

TEST(PluginCatalog, ARefusalNeverStopsTheOthers) {
    const ScratchFolder good;
    good.copy(telecom_levy_file(), "telecom_levy.so");
    const auto catalog =
        PluginCatalog::load({fixture("garbage").parent_path(), fixture("future_levy").parent_path(),
                             good.path(), fixture("not_a_plugin").parent_path()});
    EXPECT_EQ(catalog.ids(), (std::vector<std::string>{"telecom_levy"}));
    ASSERT_EQ(catalog.refusals().size(), 3u);
    EXPECT_EQ(catalog.refusals()[0].file, fixture("garbage"));
    EXPECT_EQ(catalog.refusals()[1].file, fixture("future_levy"));
    EXPECT_EQ(catalog.refusals()[2].file, fixture("not_a_plugin"));
}

TEST(PluginCatalog, KeepsTheFirstOfTwoPluginsWithOneIdAndNamesIt) {
    const ScratchFolder first("first"), second("second");
    const auto kept = first.copy(telecom_levy_file(), "telecom_levy.so");
    const auto refused = second.copy(telecom_levy_file(), "telecom_levy.so");
    const auto catalog = PluginCatalog::load({first.path(), second.path()});
    ASSERT_EQ(catalog.plugins().size(), 1u);
    EXPECT_EQ(catalog.find("telecom_levy")->file(), kept);
    ASSERT_EQ(catalog.refusals().size(), 1u);
    EXPECT_EQ(catalog.refusals()[0].file, refused);
    EXPECT_EQ(catalog.refusals()[0].reason,
              "duplicate id 'telecom_levy', already loaded from " + kept.string());
}

TEST(PluginCatalog, RefusesAPluginWhoseFileNameIsNotItsId) {
    const ScratchFolder folder;
    const auto file = folder.copy(telecom_levy_file(), "other_name.so");
    const auto catalog = PluginCatalog::load({folder.path()});
    EXPECT_TRUE(catalog.plugins().empty());
    ASSERT_EQ(catalog.refusals().size(), 1u);
    EXPECT_EQ(catalog.refusals()[0].file, file);
    EXPECT_EQ(catalog.refusals()[0].reason,
              "its id 'telecom_levy' differs from its file name 'other_name'; a plugin's id and "
              "library name must match");
}

TEST(PluginCatalog, ReportsAMissingFolder) {
    const ScratchFolder folder;
    const auto missing = folder.path() / "not_there";
    const auto catalog = PluginCatalog::load({missing});
    EXPECT_TRUE(catalog.plugins().empty());
    ASSERT_EQ(catalog.refusals().size(), 1u);
    EXPECT_EQ(catalog.refusals()[0].file, missing);
    EXPECT_EQ(catalog.refusals()[0].reason, "no such plugin folder");
}

TEST(PluginCatalog, LoadsOnlyFilesEndingInSo) {
    const ScratchFolder folder;
    folder.copy(telecom_levy_file(), "telecom_levy.so");
    folder.copy(fixture("garbage"), "notes.txt");
    folder.copy(fixture("garbage"), "telecom_levy.so.bak");
    const auto catalog = PluginCatalog::load({folder.path()});
    EXPECT_EQ(catalog.ids(), (std::vector<std::string>{"telecom_levy"}));
    EXPECT_TRUE(catalog.refusals().empty());
}

TEST(PluginCatalog, ListsPluginsByIdAndFindsThem) {
    const ScratchFolder a("a"), b("b");
    a.copy(telecom_levy_file(), "telecom_levy.so");
    b.copy(fixture("throwing_levy"), "throwing_levy.so");
    const auto catalog = PluginCatalog::load({b.path(), a.path()});
    EXPECT_EQ(catalog.ids(), (std::vector<std::string>{"telecom_levy", "throwing_levy"}));
    EXPECT_EQ(catalog.find("throwing_levy")->id(), "throwing_levy");
    EXPECT_EQ(catalog.find("tobacco_excise"), nullptr);
}

}  // namespace
