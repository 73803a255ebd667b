// How the tests load plugins: in worker processes of the finmech program as built, as the
// command line does.
#pragma once

#include <finmech/host/plugin.hpp>

namespace finmech_test {

inline finmech::host::PluginIsolation isolation() { return {.worker = FINMECH_EXECUTABLE}; }

}  // namespace finmech_test
