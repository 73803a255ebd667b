// Finding plugins in folders and keeping the refused ones with why
// (finmech/host/plugin_catalog.hpp).
#include <filesystem>
#include <string>
#include <vector>

#include <finmech/host/plugin_catalog.hpp>
#include <gtest/gtest.h>

#include "plugin_files.hpp"
#include "isolation.hpp"

namespace {

using finmech::host::PluginCatalog;
using finmech::host::plugin_folders;
using finmech_test::fixture;
using finmech_test::ScratchFolder;
using finmech_test::telecom_levy_file;
using Paths = std::vector<std::filesystem::path>;

// The user's own plugins win over shipped ones of the same id: theirs are found first.
TEST(PluginFolders, LooksInTheExtraFoldersThenInThePathThenBesideTheExecutable) {
    EXPECT_EQ(plugin_folders("/opt/finmech/lib/finmech/plugins", "/a:/b", {"/c", "/d"}),
              (Paths{"/c", "/d", "/a", "/b", "/opt/finmech/lib/finmech/plugins"}));
}

TEST(PluginFolders, SkipsEmptyEntries) {
    EXPECT_EQ(plugin_folders("/lib", "::/a::/b:", {"", "/c"}), (Paths{"/c", "/a", "/b", "/lib"}));
    EXPECT_EQ(plugin_folders("/lib", "", {}), (Paths{"/lib"}));
}

TEST(PluginCatalog, ARefusalNeverStopsTheOthers) {
    const ScratchFolder good;
    good.copy(telecom_levy_file(), "telecom_levy.so");
    const auto catalog =
        PluginCatalog::load({fixture("garbage").parent_path(), fixture("future_levy").parent_path(),
                             good.path(), fixture("not_a_plugin").parent_path()}, finmech_test::isolation());
    EXPECT_EQ(catalog.ids(), (std::vector<std::string>{"telecom_levy"}));
    ASSERT_EQ(catalog.refusals().size(), 3u);
    EXPECT_EQ(catalog.refusals()[0].file, fixture("garbage"));
    EXPECT_EQ(catalog.refusals()[1].file, fixture("future_levy"));
    EXPECT_EQ(catalog.refusals()[2].file, fixture("not_a_plugin"));
}

TEST(PluginCatalog, UsesTheFirstOfTwoPluginsWithOneIdAndNamesBothFiles) {
    const ScratchFolder first("first"), second("second");
    const auto kept = first.copy(telecom_levy_file(), "telecom_levy.so");
    const auto ignored = second.copy(telecom_levy_file(), "telecom_levy.so");
    const auto catalog =
        PluginCatalog::load({first.path(), second.path()}, finmech_test::isolation());
    ASSERT_EQ(catalog.plugins().size(), 1u);
    EXPECT_EQ(catalog.find("telecom_levy")->file(), kept);
    EXPECT_TRUE(catalog.refusals().empty());
    ASSERT_EQ(catalog.shadowed().size(), 1u);
    EXPECT_EQ(catalog.shadowed()[0].id, "telecom_levy");
    EXPECT_EQ(catalog.shadowed()[0].used, kept);
    EXPECT_EQ(catalog.shadowed()[0].ignored, ignored);
}

TEST(PluginCatalog, RefusesAPluginThatCrashesWhileDescribingItselfByItsFileAlone) {
    const auto catalog = PluginCatalog::load(
        {fixture("segv_describe").parent_path(), telecom_levy_file().parent_path()},
        finmech_test::isolation());
    ASSERT_EQ(catalog.refusals().size(), 1u);
    EXPECT_EQ(catalog.refusals()[0].file, fixture("segv_describe"));
    EXPECT_EQ(catalog.refusals()[0].reason,
              "describe() failed: crashed while loading with signal SIGSEGV (Segmentation fault)");
    EXPECT_NE(catalog.find("telecom_levy"), nullptr);
}

TEST(PluginCatalog, RefusesAPluginWhoseFileNameIsNotItsId) {
    const ScratchFolder folder;
    const auto file = folder.copy(telecom_levy_file(), "other_name.so");
    const auto catalog = PluginCatalog::load({folder.path()}, finmech_test::isolation());
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
    const auto catalog = PluginCatalog::load({missing}, finmech_test::isolation());
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
    const auto catalog = PluginCatalog::load({folder.path()}, finmech_test::isolation());
    EXPECT_EQ(catalog.ids(), (std::vector<std::string>{"telecom_levy"}));
    EXPECT_TRUE(catalog.refusals().empty());
}

TEST(PluginCatalog, ListsPluginsByIdAndFindsThem) {
    const ScratchFolder a("a"), b("b");
    a.copy(telecom_levy_file(), "telecom_levy.so");
    b.copy(fixture("throwing_levy"), "throwing_levy.so");
    const auto catalog = PluginCatalog::load({b.path(), a.path()}, finmech_test::isolation());
    EXPECT_EQ(catalog.ids(), (std::vector<std::string>{"telecom_levy", "throwing_levy"}));
    EXPECT_EQ(catalog.find("throwing_levy")->id(), "throwing_levy");
    EXPECT_EQ(catalog.find("tobacco_excise"), nullptr);
}

}  // namespace
