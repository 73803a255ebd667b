// finmech reports: data files compiled into the program (see cmake/FinmechEmbed.cmake); the host
// embeds its scenarios and criteria as the same type.
#pragma once

#include <span>
#include <string_view>

namespace finmech::reports {

struct EmbeddedFile {
    std::string_view name;  // the file's stem, e.g. "common"
    std::string_view text;
};

// reports/catalogue/*.json, in the order reports/catalogue/catalogue.cmake lists them.
std::span<const EmbeddedFile> embedded_catalogue();

}  // namespace finmech::reports
