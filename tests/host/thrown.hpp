// Catching the exception a test expects, to look at what it says.
#pragma once

#include <functional>
#include <optional>

#include <gtest/gtest.h>

namespace finmech_test {

// The E that `call` throws; a test failure, and nothing, when it throws none.
template <class E>
std::optional<E> thrown(const std::function<void()>& call) {
    try {
        call();
    } catch (const E& e) {
        return e;
    }
    ADD_FAILURE() << "expected an exception, none was thrown";
    return std::nullopt;
}

}  // namespace finmech_test
