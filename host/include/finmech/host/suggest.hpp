// finmech host: "did you mean" hints for misspelt ids and keys.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace finmech::host {

// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo
// (at most a third of the word's length); empty otherwise.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" for the closest candidate, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace finmech::host
