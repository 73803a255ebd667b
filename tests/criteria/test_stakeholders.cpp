// Political feasibility from a stakeholder table: the net support index of docs/criteria.md,
// worked by hand, and the table's checks.
#include <gtest/gtest.h>

#include <finmech/criteria/input_error.hpp>
#include <finmech/criteria/stakeholders.hpp>
#include <nlohmann/json.hpp>

namespace {

using finmech::criteria::InputError;
using finmech::criteria::net_support_index;
using finmech::criteria::read_stakeholder_table;
using nlohmann::json;

json actor(const char* id, int position, int power, double salience) {
    return {{"actor", id},
            {"position", position},
            {"power", power},
            {"salience", salience},
            {"reason", {{"fr", "raison"}, {"en", "reason"}}}};
}

// The finance ministry (+2, power 3) and the health ministry (+2, power 2) for, the industry
// (-2, power 3) against, all fully concerned; the others indifferent.
json table() {
    return {{"by", "study team"},
            {"source", "interviews"},
            {"evidence", "assumed"},
            {"actors",
             {actor("finance_ministry", 2, 3, 1.0), actor("health_ministry", 2, 2, 1.0),
              actor("parliament", 1, 2, 0.0), actor("industry", -2, 3, 1.0),
              actor("consumers", -1, 1, 0.0), actor("unions", 0, 1, 0.0),
              actor("donors", 1, 1, 0.0), actor("regional_commission", 0, 1, 0.0)}}};
}

std::string fault(const json& t) {
    try {
        read_stakeholder_table(t);
    } catch (const InputError& e) {
        return e.location() + ": " + e.what();
    }
    return "accepted";
}

TEST(Stakeholders, NetSupportIsTheWeightedPositionsOverTheirLargestSize) {
    // (2 x 3 + 2 x 2 - 2 x 3) / (2 x 3 + 2 x 2 + 2 x 3) = 4 / 16 = 0.25.
    EXPECT_DOUBLE_EQ(net_support_index(read_stakeholder_table(table())), 0.25);
}

TEST(Stakeholders, FlagsAddTheirSupportWithinMinusOneToOne) {
    json t = table();
    t["flags"] = {{"existing_tax", true}};
    EXPECT_DOUBLE_EQ(net_support_index(read_stakeholder_table(t)), 0.35);
    t["flags"]["regional_directive"] = true;
    EXPECT_DOUBLE_EQ(net_support_index(read_stakeholder_table(t)), 0.45);
    t["actors"][3]["position"] = 2;  // everyone concerned is for: 1, and the flags cannot pass it
    EXPECT_DOUBLE_EQ(net_support_index(read_stakeholder_table(t)), 1.0);
}

TEST(Stakeholders, EveryActorOnceWithinItsRanges) {
    json t = table();
    t["actors"].erase(7);
    EXPECT_EQ(fault(t), "/actors: missing actor 'regional_commission'; list every actor, with "
                        "salience 0 when the measure does not concern it");
    t = table();
    t["actors"][7]["actor"] = "finance_ministry";
    EXPECT_EQ(fault(t), "/actors/7/actor: actor 'finance_ministry' appears twice");
    t = table();
    t["actors"][0]["power"] = 4;
    EXPECT_EQ(fault(t), "/actors/0/power: expected a whole number from 1 to 3; found 4");
    t = table();
    t["actors"][0]["salience"] = 1.5;
    EXPECT_EQ(fault(t), "/actors/0/salience: expected a number from 0 to 1; found 1.5");
    t = table();
    t["actors"][2]["actor"] = "presidency";
    EXPECT_NE(fault(t).find("/actors/2/actor: unknown actor 'presidency'"), std::string::npos);
    t = table();
    for (auto& a : t["actors"]) a["salience"] = 0;
    EXPECT_EQ(fault(t), "/actors: every salience is 0: no actor cares, so support is unknown");
    t = table();
    t["flags"] = {{"existing_tax", "yes"}};
    EXPECT_EQ(fault(t), "/flags/existing_tax: expected true or false; found \"yes\"");
}

}  // namespace
