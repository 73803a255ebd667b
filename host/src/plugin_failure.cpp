#include "finmech/host/plugin_failure.hpp"

namespace finmech::host {

const char* to_string(FaultKind kind) {
    switch (kind) {
        case FaultKind::model_error: return "model_error";
        case FaultKind::crashed: return "crashed";
        case FaultKind::exited: return "exited";
        case FaultKind::timed_out: return "timed_out";
        case FaultKind::out_of_memory: return "out_of_memory";
        case FaultKind::non_finite: return "non_finite";
        case FaultKind::impossible: return "impossible";
        case FaultKind::non_deterministic: return "non_deterministic";
    }
    return "model_error";
}

}  // namespace finmech::host
