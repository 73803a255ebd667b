// finmech host: numbers in messages, the same whatever the locale.
#pragma once

#include <cstdio>
#include <string>

namespace finmech::host {

// `value` with at most `digits` significant digits and no trailing zeros: 0.2, 615300000000.
inline std::string number_text(double value, int digits = 10) {
    char text[40];
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    return text;
}

}  // namespace finmech::host
