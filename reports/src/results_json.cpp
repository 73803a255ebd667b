#include "results_json.hpp"

namespace finmech::reports {

using nlohmann::json;

const json& member(const json& object, std::string_view key) {
    static const json missing;
    if (!object.is_object()) return missing;
    const auto found = object.find(key);
    return found == object.end() ? missing : *found;
}

std::string string_at(const json& object, std::string_view key) {
    const json& value = member(object, key);
    return value.is_string() ? value.get<std::string>() : std::string();
}

std::string localized(const json& text, Language language) {
    if (text.is_string()) return text.get<std::string>();
    return string_at(text, to_string(language));
}

}  // namespace finmech::reports
