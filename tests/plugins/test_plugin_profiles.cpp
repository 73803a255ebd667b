// Every mechanism plugin describes its mechanism for the ranked brief (finmech/sdk/profile.hpp),
// checked alike for all of them. The host already refuses a profile with an empty text; here each
// plugin must have one, translated rather than copied, with the same caveats in both languages.
#include <gtest/gtest.h>

#include <filesystem>
#include <finmech/host/plugin.hpp>
#include <sstream>
#include <string>
#include <vector>
#include "isolation.hpp"

namespace {

// The ids of the plugins the build makes (FINMECH_PLUGIN_IDS, separated by commas).
std::vector<std::string> plugin_ids() {
    std::vector<std::string> ids;
    std::istringstream list(FINMECH_PLUGIN_IDS);
    for (std::string id; std::getline(list, id, ',');) ids.push_back(id);
    return ids;
}

std::size_t occurrences(const std::string& text, const std::string& word) {
    std::size_t count = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++count;
    return count;
}

// A caveat as the French and the English texts write it.
struct Caveat {
    const char* fr;
    const char* en;
};
const Caveat caveats[] = {
    {"non vérifi", "unverified"}, {"à confirmer", "to confirm"}, {"hypothèse", "assumption"}};

class PluginProfile : public testing::TestWithParam<std::string> {};

TEST_P(PluginProfile, IsTranslatedWithTheSameCaveatsAndSourced) {
    const auto plugin = finmech::host::Plugin::load(std::filesystem::path(FINMECH_PLUGIN_DIR) /
                                                    (GetParam() + ".so"), finmech_test::isolation());
    const auto& profile = plugin->descriptor().profile;
    ASSERT_TRUE(profile.has_value());
    for (const auto& [key, member] : finmech::profile_texts) {
        const finmech::Text& text = *profile.*member;
        EXPECT_NE(text.fr, text.en) << key;
        for (const Caveat& caveat : caveats)
            EXPECT_EQ(occurrences(text.fr, caveat.fr), occurrences(text.en, caveat.en))
                << key << ": \"" << caveat.fr << "\" against \"" << caveat.en << "\"";
    }
    EXPECT_FALSE(profile->sources.empty());
}

INSTANTIATE_TEST_SUITE_P(EveryPlugin, PluginProfile, testing::ValuesIn(plugin_ids()),
                         [](const testing::TestParamInfo<std::string>& p) { return p.param; });

}  // namespace
