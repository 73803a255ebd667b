// Rules checked in every draw: broken in more than half of them, a binding rule rules the option
// out unless the scenario waives it; an advisory one never does.
#include <gtest/gtest.h>

#include <limits>

#include <finmech/host/admissibility.hpp>
#include <finmech/host/input_error.hpp>

namespace {

using namespace finmech::host;

RuleInfo ceiling(const char* kind) {
    RuleInfo rule;
    rule.id = "waemu_vat_ceiling";
    rule.kind = kind;
    rule.indicator = "vat_plus_levy_rate";
    rule.max = 0.20;
    return rule;
}

MechanismDescriptor plugin_with(RuleInfo rule) {
    MechanismDescriptor d;
    d.id = "vat_earmark";
    d.rules = {std::move(rule)};
    return d;
}

MechanismEntry entry() {
    MechanismEntry e;
    e.pointer = "/mechanisms/0";
    e.waivers = nlohmann::json::object();
    return e;
}

TEST(Admissibility, ABindingRuleBrokenInMostDrawsRulesTheOptionOut) {
    const IndicatorDraws draws{{"vat_plus_levy_rate", {0.19, 0.21, 0.205}}};
    const auto checks = check_rules(plugin_with(ceiling("binding")), draws, entry());
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_DOUBLE_EQ(checks[0].broken_share, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(checks[0].median, 0.205);
    EXPECT_TRUE(checks[0].excludes());
    EXPECT_FALSE(admissible(checks));
}

TEST(Admissibility, AValueAtTheLimitKeepsIt) {
    // 0.18 + 0.02 is 0.19999999999999998 in binary; 0.2 + 1e-12 is within the slack too.
    const IndicatorDraws draws{{"vat_plus_levy_rate", {0.18 + 0.02, 0.2 + 1e-12, 0.2}}};
    const auto checks = check_rules(plugin_with(ceiling("binding")), draws, entry());
    EXPECT_EQ(checks[0].broken_share, 0.0);
    EXPECT_TRUE(admissible(checks));
}

TEST(Admissibility, AWaiverOrAnAdvisoryRuleKeepsTheOptionIn) {
    const IndicatorDraws draws{{"vat_plus_levy_rate", {0.205}}};
    MechanismEntry waived = entry();
    waived.waivers["waemu_vat_ceiling"] = {{"reason", "VAT cut to 17.5 %"}};
    const auto checks = check_rules(plugin_with(ceiling("binding")), draws, waived);
    EXPECT_TRUE(checks[0].broken());
    EXPECT_EQ(checks[0].waiver, "VAT cut to 17.5 %");
    EXPECT_TRUE(admissible(checks));
    EXPECT_TRUE(admissible(check_rules(plugin_with(ceiling("advisory")), draws, entry())));
}

TEST(Admissibility, OnlyABindingRuleOfThePluginCanBeWaived) {
    MechanismEntry e = entry();
    e.waivers["waemu_vat_ceiling"] = {{"reason", "x"}};
    EXPECT_THROW(check_waivers(e, plugin_with(ceiling("advisory")), "s.json"), InputError);
    EXPECT_NO_THROW(check_waivers(e, plugin_with(ceiling("binding")), "s.json"));
}

}  // namespace
