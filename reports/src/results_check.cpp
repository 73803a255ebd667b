#include "finmech/reports/results_check.hpp"

#include <functional>

namespace finmech::reports {

namespace {

using nlohmann::json;

std::string found(const json* value) {
    if (!value) return "nothing";
    std::string text = value->dump();
    if (text.size() > 40) text = text.substr(0, 37) + "...";
    return std::string(value->type_name()) + " " + text;
}

// Walks the required layout, stopping at the first fault.
class Checker {
public:
    std::optional<ResultsProblem> problem;

    // `object[key]` at `pointer` when it passes `is_right`; records the fault otherwise.
    const json* require(const json& object, const std::string& pointer, const std::string& key,
                        bool (json::*is_right)() const noexcept, const char* expected) {
        if (problem) return nullptr;
        const json* value =
            object.is_object() && object.contains(key) ? &object.at(key) : nullptr;
        if (value && ((*value).*is_right)()) return value;
        problem = ResultsProblem{pointer + "/" + key,
                                 std::string("expected ") + expected + ", found " + found(value)};
        return nullptr;
    }

    void each(const json* array, const std::string& pointer,
              const std::function<void(const json&, const std::string&)>& check) {
        if (!array) return;
        for (std::size_t i = 0; i < array->size() && !problem; ++i)
            check((*array)[i], pointer + "/" + std::to_string(i));
    }
};

}  // namespace

std::optional<ResultsProblem> results_problem(const json& results) {
    if (!results.is_object()) return ResultsProblem{"", "expected a results.json object, found " +
                                                            found(&results)};
    const json* version = results.contains("schema_version") ? &results["schema_version"] : nullptr;
    if (!version || !version->is_number_integer() ||
        version->get<int>() != supported_schema_version)
        return ResultsProblem{"/schema_version",
                              "expected " + std::to_string(supported_schema_version) +
                                  " (results.json written by this finmech), found " +
                                  found(version)};
    Checker c;
    const json* years = c.require(results, "", "years", &json::is_array, "an array of years");
    c.each(years, "/years", [&](const json& year, const std::string& at) {
        if (!year.is_number_integer())
            c.problem = ResultsProblem{at, "expected a year, found " + found(&year)};
    });
    c.require(results, "", "currency", &json::is_string, "a currency name");
    const json* mechanisms =
        c.require(results, "", "mechanisms", &json::is_array, "an array of mechanisms");
    c.each(mechanisms, "/mechanisms", [&](const json& mechanism, const std::string& at) {
        c.require(mechanism, at, "label", &json::is_string, "the mechanism's label");
        c.require(mechanism, at, "net_revenue", &json::is_object,
                  "an object of per-year statistics");
    });
    const json* ranking = c.require(results, "", "ranking", &json::is_object, "an object");
    if (ranking) {
        const json* criteria =
            c.require(*ranking, "/ranking", "criteria", &json::is_array, "an array of criteria");
        c.each(criteria, "/ranking/criteria", [&](const json& criterion, const std::string& at) {
            c.require(criterion, at, "id", &json::is_string, "the criterion's id");
            c.require(criterion, at, "weight", &json::is_number, "a weight");
        });
        const json* ranked =
            c.require(*ranking, "/ranking", "results", &json::is_array, "an array of results");
        c.each(ranked, "/ranking/results", [&](const json& result, const std::string& at) {
            c.require(result, at, "alternative", &json::is_string, "the mechanism's label");
            c.require(result, at, "rank", &json::is_number_integer, "a rank");
            c.require(result, at, "score", &json::is_number, "a score");
        });
    }
    return c.problem;
}

}  // namespace finmech::reports
