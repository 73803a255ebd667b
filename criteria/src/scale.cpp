#include "finmech/criteria/scale.hpp"

#include <algorithm>
#include <cmath>

#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria {
namespace {

// Index i holds the symbol of score i + 1.
constexpr std::array<std::string_view, 5> symbols{"--", "-", "+-", "+", "++"};

// Replaces the en dash and the minus sign (UTF-8) by '-'.
std::string ascii_dashes(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::string_view rest = text.substr(i);
        if (rest.starts_with("\u2013") || rest.starts_with("\u2212")) {
            out += '-';
            i += 2;
        } else if (text[i] != ' ') {
            out += text[i];
        }
    }
    return out;
}

}  // namespace

int score_from_symbol(std::string_view symbol, const std::string& location) {
    const std::string ascii = ascii_dashes(symbol);
    const auto* found = std::find(symbols.begin(), symbols.end(), ascii);
    if (found == symbols.end()) {
        throw InputError(location, "expected one of ++ + +- - -- (or a score 1-5); found \"" +
                                       std::string(symbol) + "\"");
    }
    return static_cast<int>(found - symbols.begin()) + lowest_score;
}

std::string_view symbol_of_score(int score) {
    if (score < lowest_score || score > highest_score) {
        throw InputError("/score", "expected a score from 1 to 5; found " + std::to_string(score));
    }
    return symbols[static_cast<std::size_t>(score - lowest_score)];
}

int score_indicator(const ThresholdRule& rule, double value) {
    if (!std::isfinite(value)) {
        throw InputError(
            "/indicators/" + rule.indicator,
            "expected a finite value in " + rule.unit + "; found " + std::to_string(value));
    }
    const auto passed =
        std::count_if(rule.thresholds.begin(), rule.thresholds.end(),
                      [&](double t) { return rule.higher_is_better ? value >= t : value <= t; });
    return lowest_score + static_cast<int>(passed);
}

}  // namespace finmech::criteria
