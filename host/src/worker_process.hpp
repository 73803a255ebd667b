// finmech host: one plugin worker, seen from the host: a child process running
// `finmech --plugin-worker`, the socket to it, the memory shared with it and the file its
// stdout and stderr go to. Internal to finmech::host.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "shared_memory.hpp"
#include "worker_protocol.hpp"

namespace finmech::host {

class WorkerProcess {
public:
    // Starts `program` as the worker of `plugin`, capped at `memory_mib`, and waits up to
    // `timeout` for it to load the library. PluginRefused when the worker cannot load it;
    // PluginFault when the worker dies or hangs while loading.
    WorkerProcess(const std::filesystem::path& program, const std::filesystem::path& plugin,
                  std::size_t memory_mib, std::chrono::milliseconds timeout);
    // Ends the worker (SIGKILL: it holds no state worth saving) and reaps it.
    ~WorkerProcess();
    WorkerProcess(const WorkerProcess&) = delete;
    WorkerProcess& operator=(const WorkerProcess&) = delete;

    uint32_t abi_minor() const { return abi_minor_; }

    // The shared memory, at least `size` bytes; void after the next call().
    std::byte* shared(std::size_t size) { return shared_.at_least(size); }

    // Sends `request` (its text and arrays already in shared()) and waits up to `timeout` for
    // the reply. PluginFault when the worker dies or outlives the timeout: it is then gone.
    worker_protocol::Reply call(worker_protocol::Request request, std::chrono::milliseconds timeout);

    // The reply's text, in the shared memory.
    std::string_view text(const worker_protocol::Reply& reply);

    // What the plugin printed since the last take.
    std::string take_output();

private:
    worker_protocol::Reply receive(std::chrono::milliseconds timeout, std::string_view doing);
    // Kills and reaps the worker if it runs, and closes the host's descriptors.
    void end();
    [[noreturn]] void fail(std::string_view doing, std::chrono::milliseconds timeout, bool hung);

    std::size_t memory_mib_;
    pid_t pid_ = -1;
    int channel_ = -1;
    int log_ = -1;
    off_t log_read_ = 0;
    SharedMemory shared_;
    uint32_t abi_minor_ = 0;
};

}  // namespace finmech::host
