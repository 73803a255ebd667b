// finmech reports: the date stamped on outputs, fixed by SOURCE_DATE_EPOCH for reproducible runs
// (https://reproducible-builds.org/specs/source-date-epoch/).
#pragma once

#include <ctime>
#include <optional>
#include <string>

namespace finmech::reports {

// SOURCE_DATE_EPOCH's time; nullopt when it is unset or empty. std::invalid_argument when it is
// not a whole number of seconds since 1970-01-01.
std::optional<std::time_t> source_date_epoch();

// `time`'s UTC date, "2026-01-31".
std::string utc_date(std::time_t time);

// "2026-01-31" as that day at 00:00 UTC; nullopt when `text` is not such a date.
std::optional<std::time_t> parse_utc_date(const std::string& text);

// The date of a new results document: SOURCE_DATE_EPOCH's UTC date when set, else today's.
std::string results_date();

}  // namespace finmech::reports
