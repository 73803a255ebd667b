// finmech reports: the languages every user-facing string exists in.
#pragma once

#include <string_view>

namespace finmech::reports {

enum class Language { fr, en };

// "fr" or "en"; anything else throws std::invalid_argument naming what was given.
Language parse_language(std::string_view text);

// "fr" or "en".
std::string_view to_string(Language language);

}  // namespace finmech::reports
