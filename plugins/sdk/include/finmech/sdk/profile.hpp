// finmech SDK: what a mechanism is, for the card a ranked brief gives each recommended option.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "text.hpp"

namespace finmech {

// Facts about the mechanism rather than the model: the plugin's author knows them and cites the
// works they come from. A figure the author could not check says so in its text.
struct Profile {
    Text how_it_works;
    Text precedent;         // where it was done, with numbers and years
    Text regional_rules;    // WAEMU / ECOWAS directives that bound it
    Text who_pays;          // consumers, firms, passengers, recipients...
    Text instrument;        // the legal act that creates it: finance law article, decree...
    Text collection_agent;  // who collects it: DGI, customs, operators, airlines...
    std::vector<std::string> sources;  // the works cited, each with its year
};

// The profile's texts with their keys in the descriptor, in the order a brief's card gives them.
inline constexpr std::array<std::pair<const char*, Text Profile::*>, 6> profile_texts{{
    {"how_it_works", &Profile::how_it_works},
    {"precedent", &Profile::precedent},
    {"regional_rules", &Profile::regional_rules},
    {"who_pays", &Profile::who_pays},
    {"instrument", &Profile::instrument},
    {"collection_agent", &Profile::collection_agent},
}};

// The descriptor's "profile" member (docs/plugin-abi.md).
inline void to_json(nlohmann::json& j, const Profile& p) {
    j = {{"sources", p.sources}};
    for (const auto& [key, text] : profile_texts) j[key] = p.*text;
}

}  // namespace finmech
