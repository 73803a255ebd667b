#include "finmech/reports/language.hpp"

#include <stdexcept>
#include <string>

namespace finmech::reports {

Language parse_language(std::string_view text) {
    if (text == "fr") return Language::fr;
    if (text == "en") return Language::en;
    throw std::invalid_argument("unknown language \"" + std::string(text) +
                                "\": expected \"fr\" or \"en\"");
}

std::string_view to_string(Language language) {
    return language == Language::en ? "en" : "fr";
}

}  // namespace finmech::reports
