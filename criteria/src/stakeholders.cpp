#include "finmech/criteria/stakeholders.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "finmech/criteria/input_error.hpp"
#include "json_fields.hpp"

namespace finmech::criteria {
namespace {

using nlohmann::json;

void expect_only(const json& object, std::initializer_list<const char*> keys,
                 const std::string& where) {
    if (!object.is_object())
        throw InputError(where.empty() ? "" : where, "expected an object; found " + object.dump());
    for (const auto& [key, value] : object.items())
        if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; }))
            throw InputError(where + "/" + key, "unknown key '" + key + "'");
}

int whole_in(const json& object, const char* key, int low, int high, const std::string& where) {
    const json& value = detail::member(object, key, where);
    if (!value.is_number_integer() || value.get<long long>() < low ||
        value.get<long long>() > high)
        throw InputError(where + "/" + key, "expected a whole number from " +
                                                std::to_string(low) + " to " +
                                                std::to_string(high) + "; found " + value.dump());
    return value.get<int>();
}

bool flag(const json& flags, const char* key, const std::string& where) {
    if (!flags.contains(key)) return false;
    if (!flags[key].is_boolean())
        throw InputError(where + "/" + key, "expected true or false; found " + flags[key].dump());
    return flags[key].get<bool>();
}

Stakeholder read_actor(const json& entry, const std::string& where) {
    expect_only(entry, {"actor", "position", "power", "salience", "reason"}, where);
    Stakeholder s;
    s.actor = detail::text(entry, "actor", where);
    if (std::find_if(std::begin(stakeholder_actors), std::end(stakeholder_actors),
                     [&](const char* a) { return s.actor == a; }) == std::end(stakeholder_actors))
        throw InputError(where + "/actor", "unknown actor '" + s.actor +
                                               "'; expected finance_ministry, health_ministry, "
                                               "parliament, industry, consumers, unions, donors "
                                               "or regional_commission");
    s.position = whole_in(entry, "position", -2, 2, where);
    s.power = whole_in(entry, "power", 1, 3, where);
    const json& salience = detail::member(entry, "salience", where);
    if (!salience.is_number() || !(salience.get<double>() >= 0) || salience.get<double>() > 1)
        throw InputError(where + "/salience",
                         "expected a number from 0 to 1; found " + salience.dump());
    s.salience = salience.get<double>();
    s.reason = detail::localized(detail::member(entry, "reason", where), where + "/reason");
    return s;
}

}  // namespace

StakeholderTable read_stakeholder_table(const json& table) {
    expect_only(table, {"by", "source", "evidence", "note", "flags", "actors"}, "");
    StakeholderTable t;
    t.by = detail::text(table, "by", "");
    t.source = detail::text(table, "source", "");
    t.evidence = detail::text(table, "evidence", "");
    if (table.contains("flags")) {
        const json& flags = table["flags"];
        expect_only(flags,
                    {"existing_tax", "existing_tax_why", "regional_directive", "regional_directive_why"},
                    "/flags");
        t.existing_tax = flag(flags, "existing_tax", "/flags");
        t.regional_directive = flag(flags, "regional_directive", "/flags");
    }
    const json& actors = detail::member(table, "actors", "");
    if (!actors.is_array()) throw InputError("/actors", "expected an array; found " + actors.dump());
    for (std::size_t i = 0; i < actors.size(); ++i) {
        const std::string at = "/actors/" + std::to_string(i);
        t.actors.push_back(read_actor(actors[i], at));
        for (std::size_t k = 0; k < i; ++k)
            if (t.actors[k].actor == t.actors[i].actor)
                throw InputError(at + "/actor", "actor '" + t.actors[i].actor + "' appears twice");
    }
    for (const char* actor : stakeholder_actors)
        if (std::none_of(t.actors.begin(), t.actors.end(),
                         [&](const Stakeholder& s) { return s.actor == actor; }))
            throw InputError("/actors", std::string("missing actor '") + actor +
                                            "'; list every actor, with salience 0 when the "
                                            "measure does not concern it");
    if (std::all_of(t.actors.begin(), t.actors.end(),
                    [](const Stakeholder& s) { return s.salience == 0; }))
        throw InputError("/actors", "every salience is 0: no actor cares, so support is unknown");
    return t;
}

double net_support_index(const StakeholderTable& table) {
    double support = 0, largest = 0;
    for (const Stakeholder& s : table.actors) {
        support += s.position * s.power * s.salience;
        largest += 2.0 * s.power * s.salience;
    }
    double index = largest > 0 ? support / largest : 0.0;
    if (table.existing_tax) index += existing_tax_support;
    if (table.regional_directive) index += regional_directive_support;
    return std::clamp(index, -1.0, 1.0);
}

}  // namespace finmech::criteria
