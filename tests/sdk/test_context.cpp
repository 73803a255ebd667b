// The context a model reads (finmech/sdk/context.hpp).
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include <finmech/sdk/context.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

json context_text() {
    return {{"base_year", 2023},
            {"years", 2},
            {"currency", "FCFA"},
            {"values", {{"turnover", 615.3e9}, {"prices", {1.0, 1.1}}, {"gdp", 12000e9}}}};
}

// Why `call` refused with std::invalid_argument, or "" when it did not.
std::string refusal(const std::function<void()>& call) {
    try {
        call();
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}

TEST(SdkContext, ReadsTheSettings) {
    const finmech::Context ctx(context_text());
    EXPECT_EQ(ctx.base_year(), 2023);
    EXPECT_EQ(ctx.years(), 2u);
    EXPECT_EQ(ctx.currency(), "FCFA");
}

TEST(SdkContext, FindsEveryValueWhateverItsPlaceInTheText) {
    const finmech::Context ctx(context_text());
    EXPECT_TRUE(ctx.has("gdp"));
    EXPECT_TRUE(ctx.has("turnover"));
    EXPECT_FALSE(ctx.has("population"));
    EXPECT_EQ(ctx.number("turnover"), 615.3e9);
    EXPECT_EQ(ctx.number("gdp"), 12000e9);
    const auto prices = ctx.values("prices");
    EXPECT_EQ(std::vector<double>(prices.begin(), prices.end()), (std::vector<double>{1.0, 1.1}));
}

TEST(SdkContext, GivesASingleNumberAsAListOfOne) {
    const finmech::Context ctx(context_text());
    ASSERT_EQ(ctx.values("gdp").size(), 1u);
    EXPECT_EQ(ctx.values("gdp")[0], 12000e9);
}

TEST(SdkContext, RefusesAnArrayAskedForAsANumber) {
    const finmech::Context ctx(context_text());
    EXPECT_EQ(refusal([&] { (void)ctx.number("prices"); }),
              "context value 'prices' is not a single number");
}

TEST(SdkContext, RefusesAnAbsentValueNamingIt) {
    const finmech::Context ctx(context_text());
    EXPECT_EQ(refusal([&] { (void)ctx.values("population"); }), "context lacks 'population'");
}

// The constructor keeps its contract: std::invalid_argument, whatever is missing.
TEST(SdkContext, RefusesAMissingSettingWithInvalidArgument) {
    json text = context_text();
    text.erase("years");
    EXPECT_THROW(finmech::Context{text}, std::invalid_argument);
}

TEST(SdkContext, StartsWithNoIndicatorsUntilTheSdkDeclaresThem) {
    finmech::Context ctx(context_text());
    EXPECT_TRUE(ctx.indicator_keys().empty());
    ctx.declare_indicators({"price_change", "volume_change"});
    EXPECT_EQ(ctx.indicator_keys(), (std::vector<std::string>{"price_change", "volume_change"}));
}

}  // namespace
