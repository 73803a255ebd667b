#pragma once

#include "finmech/criteria/input_error.hpp"

#include <string>
#include <utility>

namespace finmech::criteria::testing {

// The location() of the InputError that `action` throws, or "no error".
template <typename Action>
std::string error_location(Action&& action) {
    try {
        std::forward<Action>(action)();
    } catch (const InputError& e) {
        return e.location();
    }
    return "no error";
}

}  // namespace finmech::criteria::testing
