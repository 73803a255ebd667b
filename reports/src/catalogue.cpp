#include "finmech/reports/catalogue.hpp"

#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "finmech/reports/embedded_files.hpp"

namespace finmech::reports {

namespace {

struct Entry {
    std::string fr;
    std::string en;
};

struct Catalogue {
    std::map<std::string, Entry, std::less<>> entries;
    std::vector<std::string> problems;
};

// Reads every embedded area file; a fault is recorded as a problem, not thrown, so that one bad
// entry does not hide the others from the test that lists them.
Catalogue read_catalogue(std::span<const EmbeddedFile> files) {
    Catalogue catalogue;
    std::map<std::string, std::string, std::less<>> defined_in;  // key -> area file
    for (const auto& file : files) {
        const std::string area = std::string(file.name) + ".json";
        // nlohmann keeps the last of two equal keys silently: the parser callback sees them all.
        std::vector<std::string> keys_in_file;
        nlohmann::json document;
        try {
            document = nlohmann::json::parse(
                file.text, [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& key) {
                    if (depth == 1 && event == nlohmann::json::parse_event_t::key)
                        keys_in_file.push_back(key.get<std::string>());
                    return true;
                });
        } catch (const nlohmann::json::parse_error& e) {
            catalogue.problems.push_back(area + ": not valid JSON: " + e.what());
            continue;
        }
        if (!document.is_object()) {
            catalogue.problems.push_back(area + ": expected an object of messages");
            continue;
        }
        for (const auto& key : keys_in_file) {
            const auto [previous, inserted] = defined_in.emplace(key, area);
            if (!inserted)
                catalogue.problems.push_back(area + ": \"" + key + "\" is already defined in " +
                                             previous->second);
        }
        for (const auto& [key, texts] : document.items()) {
            const auto text = [&](const char* language) -> std::string {
                if (texts.is_object() && texts.contains(language) && texts[language].is_string() &&
                    !texts[language].get_ref<const std::string&>().empty())
                    return texts[language].get<std::string>();
                catalogue.problems.push_back(area + ": \"" + key + "\" has no \"" + language +
                                             "\" text");
                return key;
            };
            Entry entry{text("fr"), text("en")};
            catalogue.entries.emplace(key, std::move(entry));
        }
    }
    return catalogue;
}

const Catalogue& catalogue() {
    static const Catalogue read = read_catalogue(embedded_catalogue());
    return read;
}

}  // namespace

std::string_view message(std::string_view key, Language language) {
    const auto& entries = catalogue().entries;
    const auto found = entries.find(key);
    if (found == entries.end())
        throw std::out_of_range("no message \"" + std::string(key) + "\" in the catalogue");
    return language == Language::en ? found->second.en : found->second.fr;
}

std::string message(std::string_view key, Language language,
                    std::initializer_list<std::string_view> args) {
    const std::string_view pattern = message(key, language);
    std::string text;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const std::size_t close = pattern.find('}', i);
        if (pattern[i] == '{' && close != std::string_view::npos && close > i + 1) {
            const std::string_view digits = pattern.substr(i + 1, close - i - 1);
            if (digits.find_first_not_of("0123456789") == std::string_view::npos) {
                const std::size_t index = std::stoul(std::string(digits));
                if (index >= args.size())
                    throw std::out_of_range("message \"" + std::string(key) + "\" uses {" +
                                            std::string(digits) + "} but was given " +
                                            std::to_string(args.size()) + " argument(s)");
                text += *(args.begin() + index);
                i = close;
                continue;
            }
        }
        text += pattern[i];
    }
    return text;
}

std::vector<std::string> message_keys() {
    std::vector<std::string> keys;
    for (const auto& [key, entry] : catalogue().entries) keys.push_back(key);
    return keys;
}

std::vector<std::string> catalogue_problems(std::span<const EmbeddedFile> files) {
    return read_catalogue(files).problems;
}

}  // namespace finmech::reports
