#pragma once

#include <array>
#include <cstdio>
#include <string>

namespace finmech::criteria {

// `x` with `decimals` digits after the point, whatever the locale: the text tables' format.
inline std::string fixed(double x, int decimals) {
    std::array<char, 64> text{};
    std::snprintf(text.data(), text.size(), "%.*f", decimals, x);
    return text.data();
}

}  // namespace finmech::criteria
