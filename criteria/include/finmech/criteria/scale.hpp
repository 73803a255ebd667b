#pragma once

#include <array>
#include <string>
#include <string_view>

namespace finmech::criteria {

// The five-point workshop scale (Mathauer et al. 2019, WHO AFRO workshops), with the numeric
// mapping of the domain notes (section 1.11): -- = 1, - = 2, +- = 3, + = 4, ++ = 5.
inline constexpr int lowest_score = 1;
inline constexpr int highest_score = 5;

// Accepts the ASCII symbols and the typographic ones of printed sheets ("+–", "––", "−").
// Throws InputError at `location` for anything else.
int score_from_symbol(std::string_view symbol, const std::string& location);

// "--" .. "++" for 1 .. 5; InputError (location "/score") outside 1..5.
std::string_view symbol_of_score(int score);

// A default rule mapping a model indicator to the scale by four ascending thresholds, which
// split the indicator's range into the five scores. A value on a threshold gets the better score.
struct ThresholdRule {
    std::string indicator;             // indicator id, e.g. "revenue_percent_gdp"
    std::string unit;                  // as the thresholds are written, e.g. "% of GDP"
    std::array<double, 4> thresholds;  // strictly ascending
    bool higher_is_better = true;      // false: the lowest values score 5 (e.g. collection cost)
};

// Score 1..5 of an indicator value. InputError (location "/indicators/<id>") for NaN or infinity.
int score_indicator(const ThresholdRule& rule, double value);

}  // namespace finmech::criteria
