// finmech reports: numbers as readers of each language write them.
// French: decimal comma, U+202F (narrow no-break space) between thousands, "12 345,6".
// English: "12,345.6". Negative numbers take a plain '-'. NaN and infinities read "n.d." in
// French, "n/a" in English.
#pragma once

#include <string>
#include <string_view>

#include "finmech/reports/language.hpp"

namespace finmech::reports {

// `value` rounded to `decimals` places (0 or more), thousands grouped.
std::string format_number(double value, int decimals, Language language);

// `percent` is already in percent: 12.5 -> "12,5 %" in French (U+202F before '%'), "12.5%" in
// English.
std::string format_percent(double percent, int decimals, Language language);

// `value` to three significant figures with at most `max_decimals` places, trailing zeros after
// the decimal separator dropped: 0.0183, 0.5, 52 460 ("0,02" from 0.0183 with 2 places at most).
std::string format_significant(double value, int max_decimals, Language language);

// An ISO date "2026-12-03" as a reader writes it: "3 décembre 2026", "3 December 2026"; any
// other text as it is.
std::string format_date(std::string_view iso, Language language);

// Money scaled to a readable unit, three significant figures (trailing zeros after the decimal
// separator dropped): French "12,3 Mds FCFA", "850 M FCFA", "45 600 FCFA"; English
// "FCFA 12.3 bn", "FCFA 850 m", "FCFA 45,600". Number, scale and currency are joined by U+00A0
// (no-break space) so they never wrap apart.
std::string format_amount(double value, std::string_view currency, Language language);

}  // namespace finmech::reports
