#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace finmech::criteria {

// Thrown for any input the engine cannot use. location() points at the offending value: a JSON
// pointer such as "/matrix/2/1", or "line 4, column 3" for text input. what() holds the message
// alone (what was expected and what was found), so callers can print "location: message".
class InputError : public std::runtime_error {
public:
    InputError(std::string location, const std::string& message)
        : std::runtime_error(message), location_(std::move(location)) {}

    const std::string& location() const noexcept { return location_; }

private:
    std::string location_;
};

}  // namespace finmech::criteria
