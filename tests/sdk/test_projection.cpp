// What a model returns (finmech/sdk/projection.hpp).
#include <cmath>
#include <stdexcept>
#include <vector>

#include <finmech/sdk/projection.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

finmech::Context three_years_two_indicators() {
    finmech::Context ctx(nlohmann::json{{"base_year", 2023},
                                        {"years", 3},
                                        {"currency", "FCFA"},
                                        {"values", nlohmann::json::object()}});
    ctx.declare_indicators({"price_change", "volume_change"});
    return ctx;
}

TEST(SdkProjection, StartsZeroFilledForTheHorizon) {
    const finmech::Context ctx = three_years_two_indicators();
    const finmech::Projection out(ctx);
    EXPECT_EQ(out.gross_revenue, (std::vector<double>{0, 0, 0}));
    EXPECT_EQ(out.collection_cost, (std::vector<double>{0, 0, 0}));
}

TEST(SdkProjection, LeavesAnIndicatorNeverSetAsNaN) {
    const finmech::Context ctx = three_years_two_indicators();
    finmech::Projection out(ctx);
    out.set("volume_change", -0.02);
    ASSERT_EQ(out.indicators().size(), 2u);
    EXPECT_TRUE(std::isnan(out.indicators()[0]));
    EXPECT_EQ(out.indicators()[1], -0.02);
}

TEST(SdkProjection, KeepsIndicatorsInDeclarationOrder) {
    const finmech::Context ctx = three_years_two_indicators();
    finmech::Projection out(ctx);
    out.set("volume_change", -0.02);
    out.set("price_change", 0.01);
    EXPECT_EQ(out.indicators(), (std::vector<double>{0.01, -0.02}));
}

TEST(SdkProjection, RefusesAnIndicatorNotDeclared) {
    const finmech::Context ctx = three_years_two_indicators();
    finmech::Projection out(ctx);
    try {
        out.set("welfare_loss", 1.0);
        FAIL() << "an undeclared indicator was set";
    } catch (const std::invalid_argument& e) {
        EXPECT_STREQ(e.what(), "indicator 'welfare_loss' is not declared in describe()");
    }
}

}  // namespace
