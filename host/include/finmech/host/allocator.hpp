// finmech host: memory settings for Monte Carlo runs.
#pragma once

namespace finmech::host {

// Keeps large blocks (up to 256 MB) in the heap once freed. An evaluation allocates and frees
// arrays of several MB per mechanism (draws x years); glibc would otherwise map each one afresh
// and page-fault it in again, which costs a third of an evaluation's time. Call once, at start.
void keep_large_blocks_on_heap();

}  // namespace finmech::host
