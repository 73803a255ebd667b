// Reading the fields of the engine's JSON documents; every error names the JSON pointer.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "finmech/criteria/criteria_set.hpp"
#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria::detail {

// `object`'s member `key`; InputError at `where` when `object` is no object, at `where`/`key`
// when the member is missing.
inline const nlohmann::json& member(const nlohmann::json& object, const std::string& key,
                                    const std::string& where) {
    if (!object.is_object()) throw InputError(where, "expected an object; found " + object.dump());
    if (!object.contains(key))
        throw InputError(where + "/" + key, "expected \"" + key + "\"; found nothing");
    return object[key];
}

// The non-empty string `object`[`key`].
inline std::string text(const nlohmann::json& object, const std::string& key,
                        const std::string& where) {
    const nlohmann::json& value = member(object, key, where);
    if (!value.is_string() || value.get<std::string>().empty())
        throw InputError(where + "/" + key, "expected a non-empty string; found " + value.dump());
    return value.get<std::string>();
}

// {"en", "fr"}, both non-empty.
inline LocalizedText localized(const nlohmann::json& object, const std::string& where) {
    return {text(object, "en", where), text(object, "fr", where)};
}

}  // namespace finmech::criteria::detail
