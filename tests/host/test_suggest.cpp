// "Did you mean" hints (finmech/host/suggest.hpp). A candidate qualifies within
// max(1, length / 3) edits (insertions, deletions, substitutions) of the word.
#include <string>
#include <vector>

#include <finmech/host/suggest.hpp>
#include <gtest/gtest.h>

namespace {

using finmech::host::closest_match;
using finmech::host::did_you_mean;
using Words = std::vector<std::string>;

TEST(ClosestMatch, FindsAOneLetterTypo) {
    EXPECT_EQ(closest_match("telecom_levi", {"tobacco_excise", "telecom_levy"}), "telecom_levy");
    EXPECT_EQ(closest_match("rat", {"pass_through", "rate", "growth"}), "rate");
}

TEST(ClosestMatch, AllowsAThirdOfTheWordInEdits) {
    // "abcdefghi" has 9 letters: 3 edits qualify, 4 do not.
    EXPECT_EQ(closest_match("abcdefghi", {"abcdefxyz"}), "abcdefxyz");
    EXPECT_EQ(closest_match("abcdefghi", {"abcdewxyz"}), "");
    // Short words still get one edit.
    EXPECT_EQ(closest_match("ab", {"abc"}), "abc");
    EXPECT_EQ(closest_match("ab", {"xyz"}), "");
}

TEST(ClosestMatch, PrefersTheNearestThenTheFirst) {
    EXPECT_EQ(closest_match("growtth", {"grow", "growth"}), "growth");  // 1 edit against 3
    EXPECT_EQ(closest_match("cat", {"bat", "cap"}), "bat");
}

TEST(ClosestMatch, FindsNothingAmongNoCandidates) { EXPECT_EQ(closest_match("rate", {}), ""); }

TEST(DidYouMean, WritesTheHintOrNothing) {
    EXPECT_EQ(did_you_mean("rat", {"rate"}), " (did you mean 'rate'?)");
    EXPECT_EQ(did_you_mean("tobacco", {"rate"}), "");
}

}  // namespace
