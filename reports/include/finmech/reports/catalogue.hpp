// finmech reports: the message catalogue. Every user-facing string of the reports comes from
// reports/catalogue/<area>.json, compiled into the program:
//     { "ranking.title": { "fr": "Classement", "en": "Ranking" }, ... }
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "finmech/reports/embedded_files.hpp"
#include "finmech/reports/language.hpp"

namespace finmech::reports {

// Looks up a user-facing string. Throws std::out_of_range naming the key if it is missing.
std::string_view message(std::string_view key, Language language);

// message() with {0}, {1}... replaced by args in order.
std::string message(std::string_view key, Language language,
                    std::initializer_list<std::string_view> args);

// Every key, sorted (for tests).
std::vector<std::string> message_keys();

// What is wrong with catalogue files: a key defined twice (even across files), a key without
// both "fr" and "en" strings, a file that is not an object of such entries. Empty when they are
// sound; a test keeps the embedded catalogue's list empty.
std::vector<std::string> catalogue_problems(
    std::span<const EmbeddedFile> files = embedded_catalogue());

}  // namespace finmech::reports
