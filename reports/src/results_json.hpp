// finmech reports, internal: reading results.json leniently — every key beyond the evaluation is
// optional, and a renderer shows what is there.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "finmech/reports/language.hpp"

namespace finmech::reports {

// object[key], or a null value when the object or the key is missing.
const nlohmann::json& member(const nlohmann::json& object, std::string_view key);
// object[key] when it is a string, else "".
std::string string_at(const nlohmann::json& object, std::string_view key);
// A {fr, en} object in `language`, a plain string as it is, else "".
std::string localized(const nlohmann::json& text, Language language);

}  // namespace finmech::reports
