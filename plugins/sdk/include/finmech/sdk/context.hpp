// finmech SDK: the scenario's context as a model sees it.
#pragma once

#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

namespace finmech {

// The base year, the projection horizon and the scenario's values (macro figures, tax bases,
// quintile shares), parsed once per request. Values are numbers or arrays of numbers; a model
// asks for the ones it declared in its descriptor's requirements.
class Context {
public:
    // Parses the context text of the ABI (see finmech/abi/plugin.h). Throws std::invalid_argument
    // naming what is missing or malformed.
    explicit Context(const nlohmann::json& j) {
        try {
            base_year_ = j.at("base_year").get<int>();
            const auto& years = j.at("years");
            if (!years.is_number_integer() || years.get<long long>() < 1)
                throw std::invalid_argument("'years' must be a whole number of at least 1, not " +
                                            years.dump());
            years_ = years.get<std::size_t>();
            currency_ = j.at("currency").get<std::string>();
            for (const auto& [key, value] : j.at("values").items()) {
                Entry entry{{}, value.is_number()};
                if (entry.scalar)
                    entry.values.push_back(value.get<double>());
                else
                    entry.values = value.get<std::vector<double>>();
                entries_.emplace(key, std::move(entry));
            }
        } catch (const nlohmann::json::exception& e) {
            throw std::invalid_argument(e.what());
        }
    }

    int base_year() const { return base_year_; }
    // Number of projection years: base_year + 1 to base_year + years().
    std::size_t years() const { return years_; }
    const std::string& currency() const { return currency_; }

    bool has(std::string_view key) const { return find(key) != nullptr; }
    // True when `key` holds a single number rather than an array.
    bool holds_number(std::string_view key) const { return has(key) && at(key).scalar; }

    // The number stored under `key`. Throws std::invalid_argument when it is absent or an array.
    double number(std::string_view key) const {
        const Entry& entry = at(key);
        if (!entry.scalar)
            throw std::invalid_argument("context value '" + std::string(key) +
                                        "' is not a single number");
        return entry.values.front();
    }

    // The numbers stored under `key` (one for a single number). Throws when absent.
    std::span<const double> values(std::string_view key) const { return at(key).values; }

    // Names of the indicators the plugin declared, in order; set by the SDK.
    const std::vector<std::string>& indicator_keys() const { return indicator_keys_; }
    void declare_indicators(std::vector<std::string> keys) { indicator_keys_ = std::move(keys); }

private:
    struct Entry {
        std::vector<double> values;
        bool scalar = true;
    };
    // Hashes a key without copying it into a std::string: models look values up at every draw.
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const {
            return std::hash<std::string_view>{}(key);
        }
    };

    const Entry* find(std::string_view key) const {
        const auto it = entries_.find(key);
        return it != entries_.end() ? &it->second : nullptr;
    }
    const Entry& at(std::string_view key) const {
        if (const Entry* entry = find(key)) return *entry;
        throw std::invalid_argument("context lacks '" + std::string(key) + "'");
    }

    int base_year_ = 0;
    std::size_t years_ = 0;
    std::string currency_;
    std::unordered_map<std::string, Entry, KeyHash, std::equal_to<>> entries_;
    std::vector<std::string> indicator_keys_;
};

}  // namespace finmech
