// finmech SDK: text shown to users, in French and English.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace finmech {

// A user-facing text in both languages of the tool. French first: workshops read French.
struct Text {
    std::string fr;
    std::string en;

    bool complete() const { return !fr.empty() && !en.empty(); }
};

inline void to_json(nlohmann::json& j, const Text& text) {
    j = nlohmann::json{{"fr", text.fr}, {"en", text.en}};
}

inline void from_json(const nlohmann::json& j, Text& text) {
    text = {j.at("fr").get<std::string>(), j.at("en").get<std::string>()};
}

}  // namespace finmech
