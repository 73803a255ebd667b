// finmech SDK: leaving a note in the host's run log.
#pragma once

#include <string>

#include "../abi/host.h"

namespace finmech {

namespace detail {
// The host services given to finmech_plugin_entry; null until then.
inline const finmech_host_t*& host_services() {
    static const finmech_host_t* host = nullptr;
    return host;
}
}  // namespace detail

enum class LogLevel { info = FINMECH_LOG_INFO, warning = FINMECH_LOG_WARNING };

// Records `message` in the host's run log, e.g. to say a parameter sits beyond the evidence.
inline void log(const std::string& message, LogLevel level = LogLevel::info) {
    const finmech_host_t* host = detail::host_services();
    if (host && FINMECH_ABI_HAS_FIELD(finmech_host_t, host->struct_size, log) && host->log)
        host->log(host->host_data, static_cast<int32_t>(level), message.c_str());
}

}  // namespace finmech
