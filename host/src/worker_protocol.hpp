// finmech host: what the host and a plugin worker say to each other. Fixed-size messages travel
// on a SOCK_SEQPACKET socket, which keeps their boundaries; texts and arrays travel in shared
// memory (shared_memory.hpp), so a batch costs no serialisation. Internal to finmech::host.
#pragma once

#include <csignal>
#include <cstddef>
#include <cstdint>

namespace finmech::host::worker_protocol {

// The command-line word that turns `finmech` into a worker: finmech <mode> PLUGIN MEMORY_MIB.
inline constexpr const char* mode = "--plugin-worker";

// The worker's descriptors: the socket to the host and the shared memory. Its stdout and stderr
// go to a file the host reads (the run log).
inline constexpr int channel_fd = 3;
inline constexpr int shared_fd = 4;

// The first bytes of the shared memory; the worker's crash handler writes there.
struct SharedHeader {
    volatile std::sig_atomic_t out_of_memory;  // an allocation had just failed when it crashed
};
// Texts start here in the shared memory, after the header.
inline constexpr std::size_t text_offset = 64;

enum class Op : std::uint32_t { describe = 1, evaluate = 2, evaluate_batch = 3 };

// The request text is in the shared memory at text_offset; a batch's arrays follow (BatchLayout).
struct Request {
    Op op = Op::describe;
    std::uint64_t text_size = 0;
    std::uint64_t draws = 0, columns = 0, years = 0, indicators = 0;
    std::uint64_t shared_size = 0;  // bytes of shared memory the host has made
};

// Status `refused`: the worker could not load the library; the text says why.
inline constexpr std::int32_t refused = -1;

// The first reply comes unasked, once the library is loaded (or refused). The reply's text is in
// the shared memory at text_offset, which the worker may have grown to shared_size bytes.
struct Reply {
    std::int32_t status = 0;  // a finmech_status_t, or `refused`
    std::uint32_t abi_major = 0, abi_minor = 0;
    std::uint32_t out_of_memory = 0;  // an allocation had failed when the call returned
    std::uint64_t text_size = 0;
    std::uint64_t shared_size = 0;
};

// Byte offsets of a batch's arrays in the shared memory, each 8-byte aligned, after the text.
struct BatchLayout {
    explicit BatchLayout(const Request& r) {
        constexpr std::size_t d = sizeof(double);
        parameters = (text_offset + r.text_size + 7) / 8 * 8;
        gross_revenue = parameters + r.draws * r.columns * d;
        collection_cost = gross_revenue + r.draws * r.years * d;
        indicators = collection_cost + r.draws * r.years * d;
        end = indicators + r.draws * r.indicators * d;
    }
    std::size_t parameters, gross_revenue, collection_cost, indicators, end;
};

}  // namespace finmech::host::worker_protocol
