// The SDK's glue (finmech/sdk/entry.hpp), called in-process through the C table it gives a host.
//
// The test model: gross_t = rate x base x prices_t x (1 + growth)^t, halved in year 1 when
// phase_in is "half_first_year"; cost_t = cost_share x gross_t; indicators rate x shares[0] and
// rate x shares[4]. The context below makes every figure exact in binary floating point.
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include <finmech/plugin.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using nlohmann::json;

struct TestLevy {
    double rate;
    double growth;
    std::string phase_in;
    double cost_share;
};

finmech::Descriptor<TestLevy> describe() {
    const finmech::Text text{"essai", "test"};
    return {
        .id = "test_levy",
        .version = "0.1.0",
        .name = text,
        .summary = text,
        .formula = "gross_t = rate x base x prices_t x (1+growth)^t",
        .parameters =
            {
                finmech::number("rate", &TestLevy::rate)
                    .unit("fraction of base")
                    .range(0.0, 0.5)
                    .default_value(0.25),
                finmech::number("growth", &TestLevy::growth)
                    .unit("fraction per year")
                    .range(-0.5, 1.0)
                    .default_value(0.0),
                // Between two numbers, so batch columns must skip it.
                finmech::choice("phase_in", &TestLevy::phase_in, {"none", "half_first_year"})
                    .default_value("none"),
                finmech::number("cost_share", &TestLevy::cost_share)
                    .unit("fraction of revenue")
                    .range(0.0, 1.0)
                    .default_value(0.25),
            },
        .indicators = {{"poorest_burden", "fraction", finmech::Direction::lower_is_better, text},
                       {"richest_burden", "fraction", finmech::Direction::neutral, text}},
        .requirements = {{"base", "FCFA", finmech::Shape::number, text},
                         {"prices", "index", finmech::Shape::series, text},
                         {"shares", "fraction", finmech::Shape::quintiles, text}},
    };
}

// How the model misbehaves, so each failure the glue must catch has its own model.
enum class Fault { none, throws, not_finite, short_horizon, indicator_unset };

template <Fault fault>
finmech::Projection project(const finmech::Context& ctx, const TestLevy& p) {
    if constexpr (fault == Fault::throws) throw std::runtime_error("boom");
    finmech::Projection out(ctx);
    const auto prices = ctx.values("prices");
    double base = ctx.number("base");
    for (std::size_t t = 0; t < ctx.years(); ++t) {
        base *= 1.0 + p.growth;
        const double phase = t == 0 && p.phase_in == "half_first_year" ? 0.5 : 1.0;
        out.gross_revenue[t] = p.rate * base * prices[t] * phase;
        out.collection_cost[t] = p.cost_share * out.gross_revenue[t];
    }
    if constexpr (fault == Fault::not_finite)
        out.gross_revenue.back() = std::numeric_limits<double>::infinity();
    if constexpr (fault == Fault::short_horizon) out.collection_cost.pop_back();
    const auto shares = ctx.values("shares");
    out.set("poorest_burden", p.rate * shares[0]);
    if constexpr (fault != Fault::indicator_unset) out.set("richest_burden", p.rate * shares[4]);
    return out;
}

template <Fault fault = Fault::none>
const finmech_plugin_t& model() {
    return *finmech::detail::Adapter<&describe, &project<fault>>::entry(nullptr);
}

struct Answer {
    finmech_status_t status;
    std::string text;
};

void append(void* sink, const char* bytes, std::size_t size) {
    static_cast<std::string*>(sink)->append(bytes, size);
}

Answer evaluate(const finmech_plugin_t& table, const json& request) {
    const std::string text = request.dump();
    Answer answer{};
    answer.status = table.evaluate(text.data(), text.size(), &append, &answer.text);
    return answer;
}

json values() {
    return {{"base", 1000},
            {"prices", {1.0, 1.5, 2.0}},
            {"shares", {0.05, 0.10, 0.15, 0.25, 0.45}}};
}

json context(const json& v = values()) {
    return {{"base_year", 2023}, {"years", 3}, {"currency", "FCFA"}, {"values", v}};
}

json request(const json& parameters = json::object(), const json& ctx = context()) {
    return {{"context", ctx}, {"parameters", parameters}};
}

// The answer of a call expected to succeed.
json answer_of(const json& request, const finmech_plugin_t& table = model()) {
    const Answer answer = evaluate(table, request);
    EXPECT_EQ(answer.status, FINMECH_STATUS_OK) << answer.text;
    return answer.status == FINMECH_STATUS_OK ? json::parse(answer.text) : json();
}

std::vector<double> numbers(const json& array) { return array.get<std::vector<double>>(); }

TEST(SdkEntry, GivesATableOfThisAbiNamedAfterTheDescriptor) {
    const finmech_plugin_t& table = model();
    EXPECT_EQ(table.abi_major, FINMECH_ABI_MAJOR);
    EXPECT_EQ(table.abi_minor, FINMECH_ABI_MINOR);
    EXPECT_EQ(table.struct_size, sizeof(finmech_plugin_t));
    EXPECT_STREQ(table.id, "test_levy");
    EXPECT_STREQ(table.version, "0.1.0");
}

TEST(SdkDescribe, WritesTheAbiTheDefaultsAndTheRequirements) {
    std::string text;
    ASSERT_EQ(model().describe(&append, &text), FINMECH_STATUS_OK);
    const json d = json::parse(text);
    EXPECT_EQ(d["abi"], json({1, 0}));
    EXPECT_EQ(d["id"], "test_levy");
    ASSERT_EQ(d["parameters"].size(), 4u);
    EXPECT_EQ(d["parameters"][0]["default"], 0.25);
    EXPECT_EQ(d["parameters"][2]["type"], "choice");
    EXPECT_EQ(d["parameters"][2]["default"], "none");
    EXPECT_EQ(d["indicators"][1]["key"], "richest_burden");
    EXPECT_EQ(d["requires"][1]["shape"], "series");
    EXPECT_FALSE(d.contains("profile"));  // optional: a descriptor without one stays valid
}

finmech::Descriptor<TestLevy> describe_with_profile() {
    finmech::Descriptor<TestLevy> d = describe();
    const finmech::Text text{"essai", "test"};
    d.profile = finmech::Profile{text, text, text, text, text, {"agent", "agent"}, {"Essai 2024"}};
    return d;
}

TEST(SdkDescribe, WritesTheProfileWhenThereIsOne) {
    const auto* table =
        finmech::detail::Adapter<&describe_with_profile, &project<Fault::none>>::entry(nullptr);
    std::string text;
    ASSERT_EQ(table->describe(&append, &text), FINMECH_STATUS_OK);
    const json profile = json::parse(text).at("profile");
    EXPECT_EQ(profile["collection_agent"], json({{"fr", "agent"}, {"en", "agent"}}));
    EXPECT_EQ(profile["sources"], json({"Essai 2024"}));
}

finmech::Descriptor<TestLevy> describe_without_sources() {
    throw std::invalid_argument("no source for 'rate'");
}

TEST(SdkDescribe, ReportsADescribeThatThrowsAsAModelFailure) {
    const auto* table =
        finmech::detail::Adapter<&describe_without_sources, &project<Fault::none>>::entry(nullptr);
    std::string text;
    EXPECT_EQ(table->describe(&append, &text), FINMECH_STATUS_MODEL_FAILED);
    EXPECT_EQ(text, "model failed: describe() failed: no source for 'rate'");
}

TEST(SdkEvaluate, AppliesDefaultsToAbsentParameters) {
    // rate 0.25, growth 0, cost_share 0.25: gross = 0.25 x 1000 x (1, 1.5, 2) = (250, 375, 500).
    const json a = answer_of(request());
    EXPECT_EQ(numbers(a["gross_revenue"]), (std::vector<double>{250, 375, 500}));
    EXPECT_EQ(numbers(a["collection_cost"]), (std::vector<double>{62.5, 93.75, 125}));
    EXPECT_DOUBLE_EQ(a["indicators"]["poorest_burden"].get<double>(), 0.25 * 0.05);
    EXPECT_DOUBLE_EQ(a["indicators"]["richest_burden"].get<double>(), 0.25 * 0.45);
}

TEST(SdkEvaluate, UsesTheGivenValues) {
    // growth 0.5: base 1500, 2250, 3375; gross = 0.25 x (1500 x 1, 2250 x 1.5, 3375 x 2).
    const json a = answer_of(request({{"growth", 0.5}}));
    EXPECT_EQ(numbers(a["gross_revenue"]), (std::vector<double>{375, 843.75, 1687.5}));
}

TEST(SdkEvaluate, NetRevenueIsGrossMinusCost) {
    const json a = answer_of(request({{"cost_share", 0.5}, {"growth", 0.5}}));
    // gross (375, 843.75, 1687.5), half of it collection cost.
    EXPECT_EQ(numbers(a["net_revenue"]), (std::vector<double>{187.5, 421.875, 843.75}));
}

TEST(SdkEvaluate, AcceptsAChoiceAmongItsValues) {
    const json a = answer_of(request({{"phase_in", "half_first_year"}}));
    EXPECT_EQ(numbers(a["gross_revenue"]), (std::vector<double>{125, 375, 500}));
}

void expect_refused(const json& request, const std::string& message) {
    const Answer answer = evaluate(model(), request);
    EXPECT_EQ(answer.status, FINMECH_STATUS_INVALID_INPUT);
    EXPECT_EQ(answer.text, message);
}

TEST(SdkEvaluate, RefusesAnUnknownParameterNamingIt) {
    expect_refused(request({{"rte", 0.1}}), "unknown parameter 'rte'");
}

TEST(SdkEvaluate, RefusesAValueOutOfRangeWithTheRangeAndUnit) {
    expect_refused(request({{"rate", 0.75}}),
                   "parameter 'rate' = 0.75 is outside [0, 0.5] fraction of base");
    expect_refused(request({{"growth", -0.6}}),
                   "parameter 'growth' = -0.6 is outside [-0.5, 1] fraction per year");
}

TEST(SdkEvaluate, RefusesAValueOfTheWrongType) {
    expect_refused(request({{"rate", "high"}}), "parameter 'rate' must be a number, got \"high\"");
    expect_refused(request({{"phase_in", 1}}),
                   "parameter 'phase_in' must be one of [\"none\",\"half_first_year\"], got 1");
}

TEST(SdkEvaluate, RefusesAChoiceOutsideItsValues) {
    expect_refused(request({{"phase_in", "quarterly"}}),
                   "parameter 'phase_in' must be one of [\"none\",\"half_first_year\"], got "
                   "\"quarterly\"");
}

TEST(SdkEvaluate, RefusesAMissingRequiredContextValue) {
    json v = values();
    v.erase("prices");
    expect_refused(request({}, context(v)),
                   "context lacks 'prices' (index), required by test_levy");
}

TEST(SdkEvaluate, RefusesAContextValueOfTheWrongShape) {
    json v = values();
    v["prices"] = {1.0, 1.5};
    expect_refused(request({}, context(v)),
                   "context value 'prices' has 2 numbers, test_levy needs 3");
    v = values();
    v["shares"] = {0.25, 0.25, 0.25, 0.25};
    expect_refused(request({}, context(v)),
                   "context value 'shares' has 4 numbers, test_levy needs 5");
    v = values();
    v["base"] = {1000, 2000};
    expect_refused(request({}, context(v)),
                   "context value 'base' is an array, test_levy needs a single number");
}

// A one-element array where a single number is required is the user's mistake, not the model's.
TEST(SdkEvaluate, RefusesAOneElementArrayWhereANumberIsRequired) {
    json v = values();
    v["base"] = {1000};
    const Answer answer = evaluate(model(), request({}, context(v)));
    EXPECT_EQ(answer.status, FINMECH_STATUS_INVALID_INPUT) << answer.text;
}

TEST(SdkEvaluate, RefusesARequestWithoutAContextOrNotInJson) {
    expect_refused({{"parameters", json::object()}}, "request lacks a 'context' object");
    const std::string text = "{\"context\": ";
    std::string message;
    EXPECT_EQ(model().evaluate(text.data(), text.size(), &append, &message),
              FINMECH_STATUS_INVALID_INPUT);
    EXPECT_EQ(message.rfind("request is not JSON: ", 0), 0u) << message;
}

TEST(SdkEvaluate, RefusesAMalformedContext) {
    json ctx = context();
    ctx.erase("years");
    const Answer answer = evaluate(model(), request({}, ctx));
    EXPECT_EQ(answer.status, FINMECH_STATUS_INVALID_INPUT);
    EXPECT_EQ(answer.text.rfind("malformed context: ", 0), 0u) << answer.text;
}

// A horizon below one year is a malformed context, refused before any model runs.
TEST(SdkEvaluate, RefusesANegativeHorizonAsAMalformedContext) {
    json ctx = context();
    ctx["years"] = -1;
    const Answer answer = evaluate(model(), request({}, ctx));
    EXPECT_EQ(answer.status, FINMECH_STATUS_INVALID_INPUT);
    EXPECT_EQ(answer.text.rfind("malformed context: ", 0), 0u) << answer.text;
}

void expect_model_failed(const finmech_plugin_t& table, const std::string& message) {
    const Answer answer = evaluate(table, request());
    EXPECT_EQ(answer.status, FINMECH_STATUS_MODEL_FAILED);
    EXPECT_EQ(answer.text, message);
}

TEST(SdkEvaluate, ReportsAThrowingModelAsAModelFailureWithItsMessage) {
    expect_model_failed(model<Fault::throws>(), "model failed: boom");
}

TEST(SdkEvaluate, ReportsANonFiniteOutputAsAModelFailure) {
    expect_model_failed(model<Fault::not_finite>(), "model failed: gross_revenue is not finite");
}

TEST(SdkEvaluate, ReportsAnOutputOfTheWrongLengthAsAModelFailure) {
    expect_model_failed(model<Fault::short_horizon>(),
                        "model failed: collection_cost has 2 years, the horizon has 3");
}

TEST(SdkEvaluate, ReportsAnIndicatorNeverSetAsAModelFailure) {
    expect_model_failed(model<Fault::indicator_unset>(),
                        "model failed: indicator 'richest_burden' was not set or is not finite");
}

// Host-owned arrays for a batch of `draws` rows over the test context (3 years, 2 indicators).
struct Batch {
    explicit Batch(std::vector<double> rows, std::size_t width = 3)
        : parameters(std::move(rows)),
          draws(parameters.size() / width),
          columns(width),
          gross(draws * 3),
          cost(draws * 3),
          indicators(draws * 2) {}

    finmech_batch_t view() {
        return {FINMECH_ABI_MAJOR, FINMECH_ABI_MINOR, sizeof(finmech_batch_t), draws, columns,
                parameters.data(), 3, 2, gross.data(), cost.data(), indicators.data()};
    }

    std::vector<double> parameters;
    std::size_t draws, columns;
    std::vector<double> gross, cost, indicators;
};

Answer evaluate_batch(const finmech_plugin_t& table, const json& fixed, const finmech_batch_t& b) {
    const std::string text = json{{"context", context()}, {"fixed", fixed}}.dump();
    Answer answer{};
    answer.status = table.evaluate_batch(text.data(), text.size(), &b, &append, &answer.text);
    return answer;
}

TEST(SdkBatch, FillsEachRowAsASingleEvaluationWould) {
    // Columns rate, growth, cost_share: the choice parameter travels in "fixed".
    Batch batch({0.25, 0.0, 0.25,  //
                 0.5, 0.5, 0.5});
    const finmech_batch_t view = batch.view();
    const json fixed{{"phase_in", "half_first_year"}};
    const Answer answer = evaluate_batch(model(), fixed, view);
    ASSERT_EQ(answer.status, FINMECH_STATUS_OK) << answer.text;
    // Row 1: 0.5 x (1500 x 1 x 0.5, 2250 x 1.5, 3375 x 2) = (375, 1687.5, 3375).
    EXPECT_EQ(batch.gross, (std::vector<double>{125, 375, 500, 375, 1687.5, 3375}));
    EXPECT_EQ(batch.cost, (std::vector<double>{31.25, 93.75, 125, 187.5, 843.75, 1687.5}));

    const json rows[] = {{{"rate", 0.25}, {"growth", 0.0}, {"cost_share", 0.25}},
                         {{"rate", 0.5}, {"growth", 0.5}, {"cost_share", 0.5}}};
    for (std::size_t draw = 0; draw < 2; ++draw) {
        json parameters = rows[draw];
        parameters.update(fixed);
        const json single = answer_of(request(parameters));
        const auto row = [&](const std::vector<double>& v, std::size_t width) {
            return std::vector<double>(v.begin() + draw * width, v.begin() + (draw + 1) * width);
        };
        EXPECT_EQ(row(batch.gross, 3), numbers(single["gross_revenue"]));
        EXPECT_EQ(row(batch.cost, 3), numbers(single["collection_cost"]));
        EXPECT_EQ(row(batch.indicators, 2),
                  (std::vector<double>{single["indicators"]["poorest_burden"].get<double>(),
                                       single["indicators"]["richest_burden"].get<double>()}));
    }
}

TEST(SdkBatch, RefusesArraysThatDoNotMatchTheDescriptorOrTheContext) {
    const std::string message = "batch shape does not match the descriptor and the context";
    Batch two_columns({0.25, 0.0}, 2);
    Answer answer = evaluate_batch(model(), json::object(), two_columns.view());
    EXPECT_EQ(answer.status, FINMECH_STATUS_INVALID_INPUT);
    EXPECT_EQ(answer.text, message);

    Batch batch({0.25, 0.0, 0.25});
    finmech_batch_t four_years = batch.view();
    four_years.years = 4;
    answer = evaluate_batch(model(), json::object(), four_years);
    EXPECT_EQ(answer.status, FINMECH_STATUS_INVALID_INPUT);
    EXPECT_EQ(answer.text, message);
}

TEST(SdkBatch, RefusesAStructTooSmallToHoldItsArrays) {
    Batch batch({0.25, 0.0, 0.25});
    finmech_batch_t view = batch.view();
    view.struct_size = offsetof(finmech_batch_t, indicators);
    const Answer answer = evaluate_batch(model(), json::object(), view);
    EXPECT_EQ(answer.status, FINMECH_STATUS_INVALID_INPUT);
    EXPECT_EQ(answer.text, "batch struct is missing or too small");
}

TEST(SdkBatch, NamesTheDrawOutOfRange) {
    Batch batch({0.25, 0.0, 0.25,  //
                 0.25, 2.0, 0.25});
    const Answer answer = evaluate_batch(model(), json::object(), batch.view());
    EXPECT_EQ(answer.status, FINMECH_STATUS_INVALID_INPUT);
    EXPECT_EQ(answer.text, "draw 1: parameter 'growth' = 2 is outside [-0.5, 1] fraction per year");
}

TEST(SdkBatch, RefusesANaNDraw) {
    Batch batch({std::numeric_limits<double>::quiet_NaN(), 0.0, 0.25});
    const Answer answer = evaluate_batch(model(), json::object(), batch.view());
    EXPECT_EQ(answer.status, FINMECH_STATUS_INVALID_INPUT);
    EXPECT_EQ(answer.text.rfind("draw 0: parameter 'rate' = ", 0), 0u) << answer.text;
}

TEST(SdkBatch, NamesTheDrawWhoseModelFailed) {
    Batch batch({0.25, 0.0, 0.25});
    const Answer answer = evaluate_batch(model<Fault::throws>(), json::object(), batch.view());
    EXPECT_EQ(answer.status, FINMECH_STATUS_MODEL_FAILED);
    EXPECT_EQ(answer.text, "model failed: draw 0: boom");
}

}  // namespace
