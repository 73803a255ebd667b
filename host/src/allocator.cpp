#include "finmech/host/allocator.hpp"

#include <malloc.h>

namespace finmech::host {

void keep_large_blocks_on_heap() {
    constexpr int mapped_above = 256 << 20;  // bytes
    mallopt(M_MMAP_THRESHOLD, mapped_above);
    mallopt(M_TRIM_THRESHOLD, 2 * mapped_above);
}

}  // namespace finmech::host
