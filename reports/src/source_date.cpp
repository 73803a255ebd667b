#include "finmech/reports/source_date.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace finmech::reports {

std::optional<std::time_t> source_date_epoch() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch) return std::nullopt;
    const std::string text = epoch;
    if (text.find_first_not_of("0123456789") != std::string::npos || text.size() > 18)
        throw std::invalid_argument(
            "SOURCE_DATE_EPOCH: expected a whole number of seconds since 1970-01-01, found \"" +
            text + "\"");
    return static_cast<std::time_t>(std::stoll(text));
}

std::string utc_date(std::time_t time) {
    using namespace std::chrono;
    const year_month_day date{floor<days>(system_clock::from_time_t(time))};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::optional<std::time_t> parse_utc_date(const std::string& text) {
    int year = 0;
    unsigned month = 0, day = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u", &year, &month, &day) != 3)
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(month),
                                           std::chrono::day(day)};
    if (!date.ok()) return std::nullopt;
    return std::chrono::system_clock::to_time_t(std::chrono::sys_days(date));
}

std::string results_date() {
    return utc_date(source_date_epoch().value_or(std::time(nullptr)));
}

}  // namespace finmech::reports
