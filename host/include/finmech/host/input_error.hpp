// finmech host: the one error type for bad input, so every message names the file, the place in
// it and the problem, and the command line can exit with status 2.
#pragma once

#include <stdexcept>
#include <string>

namespace finmech::host {

// A problem with what the user gave: `file` (as the user named it), `location` (a JSON pointer,
// "line 3, column 14", or empty when the whole file is at fault) and `problem`, which says what
// was expected and what was found.
class InputError : public std::runtime_error {
public:
    InputError(std::string file, std::string location, std::string problem)
        : std::runtime_error(file + (location.empty() ? "" : ": " + location) + ": " + problem),
          file_(std::move(file)),
          location_(std::move(location)),
          problem_(std::move(problem)) {}

    const std::string& file() const { return file_; }
    const std::string& location() const { return location_; }
    const std::string& problem() const { return problem_; }

private:
    std::string file_, location_, problem_;
};

}  // namespace finmech::host
