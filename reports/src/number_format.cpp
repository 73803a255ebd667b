#include "finmech/reports/number_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "finmech/reports/catalogue.hpp"

namespace finmech::reports {

namespace {

constexpr std::string_view narrow_no_break_space = "\u202F";
constexpr std::string_view no_break_space = "\u00A0";

std::string not_available(Language language) { return language == Language::fr ? "n.d." : "n/a"; }

// "-12345.60" (printf's form) with the language's separators: "-12 345,60" / "-12,345.60".
std::string localise(const std::string& plain, Language language) {
    const std::string_view thousands = language == Language::fr ? narrow_no_break_space : ",";
    const char decimal = language == Language::fr ? ',' : '.';
    const bool negative = !plain.empty() && plain.front() == '-';
    const std::string unsigned_part = negative ? plain.substr(1) : plain;
    const std::size_t point = unsigned_part.find('.');
    const std::string integer = unsigned_part.substr(0, point);

    std::string text = negative ? "-" : "";
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0) text += thousands;
        text += integer[i];
    }
    if (point != std::string::npos) text += decimal + unsigned_part.substr(point + 1);
    return text;
}

std::string fixed(double value, int decimals) {
    if (decimals < 0) decimals = 0;
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string plain = buffer;
    // A negative value that rounds to zero reads "0", not "-0".
    if (plain.front() == '-' && plain.find_first_not_of("-0.") == std::string::npos)
        plain.erase(0, 1);
    return plain;
}

}  // namespace

std::string format_number(double value, int decimals, Language language) {
    if (!std::isfinite(value)) return not_available(language);
    return localise(fixed(value, decimals), language);
}

std::string format_percent(double percent, int decimals, Language language) {
    if (!std::isfinite(percent)) return not_available(language);
    const std::string number = format_number(percent, decimals, language);
    return language == Language::fr ? number + std::string(narrow_no_break_space) + "%"
                                    : number + "%";
}

std::string format_significant(double value, int max_decimals, Language language) {
    if (!std::isfinite(value)) return not_available(language);
    const double magnitude = value == 0.0 ? 0.0 : std::floor(std::log10(std::fabs(value)));
    const int decimals =
        static_cast<int>(std::clamp(2.0 - magnitude, 0.0, static_cast<double>(max_decimals)));
    std::string plain = fixed(value, decimals);
    if (plain.find('.') != std::string::npos) {
        plain.erase(plain.find_last_not_of('0') + 1);
        if (plain.back() == '.') plain.pop_back();
    }
    return localise(plain, language);
}

std::string format_amount(double value, std::string_view currency, Language language) {
    if (!std::isfinite(value)) return not_available(language);
    // Round to three significant figures first, so that 999.96 million reads "1 Mds", not
    // "1 000 M".
    double rounded = value;
    if (value != 0.0) {
        const double magnitude = std::floor(std::log10(std::fabs(value)));
        const double step = std::pow(10.0, magnitude - 2.0);
        rounded = std::round(value / step) * step;
    }
    struct Scale {
        double factor;
        std::string_view fr, en;
    };
    static constexpr Scale scales[] = {{1e9, "Mds", "bn"}, {1e6, "M", "m"}, {1.0, "", ""}};
    const Scale* scale = &scales[2];
    for (const auto& candidate : scales)
        if (std::fabs(rounded) >= candidate.factor) {
            scale = &candidate;
            break;
        }
    // As many places as three significant figures need: 12.3, 850, 0.00125.
    const std::string number = format_significant(rounded / scale->factor,
                                                   std::numeric_limits<int>::max(), language);
    const std::string_view unit = language == Language::fr ? scale->fr : scale->en;
    const std::string space(no_break_space);
    if (language == Language::fr)
        return number + space + (unit.empty() ? "" : std::string(unit) + space) +
               std::string(currency);
    return std::string(currency) + space + number + (unit.empty() ? "" : space + std::string(unit));
}

std::string format_date(std::string_view iso, Language language) {
    int year = 0, month = 0, day = 0;
    if (iso.size() != 10 || std::sscanf(std::string(iso).c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3 ||
        month < 1 || month > 12 || day < 1 || day > 31)
        return std::string(iso);
    return message("common.date", language,
                   {std::to_string(day), std::string(message("common.month." + std::to_string(month), language)),
                    std::to_string(year)});
}

}  // namespace finmech::reports
