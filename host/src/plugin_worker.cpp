#include "finmech/host/plugin_worker.hpp"

#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <thread>

#include "finmech/host/plugin_failure.hpp"
#include "finmech/host/plugin_library.hpp"
#include "shared_memory.hpp"
#include "worker_protocol.hpp"

namespace finmech::host {

namespace {

using namespace worker_protocol;

SharedHeader* volatile crash_header = nullptr;

// A failed allocation leaves errno at ENOMEM; a plugin that does not check it crashes soon
// after. Say so to the host, then die of the same signal (SA_RESETHAND restored the default).
void on_fatal_signal(int) {
    if (errno == ENOMEM && crash_header) crash_header->out_of_memory = 1;
}

void install_crash_handlers() {
    static char alternate_stack[1 << 16];  // a stack overflow still reaches the handler
    stack_t stack{};
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    sigaltstack(&stack, nullptr);
    struct sigaction action {};
    action.sa_handler = &on_fatal_signal;
    action.sa_flags = SA_RESETHAND | SA_ONSTACK;
    for (int signal : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL}) sigaction(signal, &action, nullptr);
}

// A worker whose host is gone (killed, or interrupted by the user) must not go on computing, or
// loop forever if its plugin does: a thread waits for the host's end of the socket to close.
void end_with_the_host() {
    std::thread([] {
        pollfd hangup{channel_fd, 0, 0};  // no events asked: poll still reports POLLHUP
        while (poll(&hangup, 1, -1) < 0 && errno == EINTR) {
        }
        _exit(0);
    }).detach();
}

void cap_memory(std::size_t memory_mib) {
    const rlim_t bytes = static_cast<rlim_t>(memory_mib) << 20;
    const rlimit limit{bytes, bytes};
    setrlimit(RLIMIT_AS, &limit);
}

// Puts `text` in the shared memory and sends `reply`.
bool send_reply(Reply reply, const std::string& text, SharedMemory& shared) {
    std::byte* base = shared.at_least(text_offset + text.size());
    std::memcpy(base + text_offset, text.data(), text.size());
    reply.text_size = text.size();
    reply.shared_size = shared.size();
    return send(channel_fd, &reply, sizeof reply, MSG_NOSIGNAL) == sizeof reply;
}

finmech_status_t serve(const PluginLibrary& library, const Request& request, std::byte* base,
                       std::string& out) {
    const std::string text(reinterpret_cast<const char*>(base + text_offset), request.text_size);
    switch (request.op) {
        case Op::describe: return library.describe(out);
        case Op::evaluate: return library.evaluate(text, out);
        case Op::evaluate_batch: {
            const BatchLayout at(request);
            // Cells a plugin leaves unwritten read 0, as in the host's own memory, not what an
            // earlier call left there.
            std::memset(base + at.gross_revenue, 0, at.end - at.gross_revenue);
            const auto array = [base](std::size_t offset) {
                return reinterpret_cast<double*>(base + offset);
            };
            const BatchArrays arrays{request.draws,         request.columns,
                                     request.years,         request.indicators,
                                     array(at.parameters),  array(at.gross_revenue),
                                     array(at.collection_cost), array(at.indicators)};
            return library.evaluate_batch(text, arrays, out);
        }
    }
    out = "unknown request";
    return FINMECH_STATUS_MODEL_FAILED;
}

}  // namespace

int run_plugin_worker(const std::filesystem::path& plugin, std::size_t memory_mib) {
    cap_memory(memory_mib);
    install_crash_handlers();
    end_with_the_host();
    SharedMemory shared(shared_fd);
    std::unique_ptr<PluginLibrary> library;
    Reply hello;
    std::string reason;
    try {
        library = std::make_unique<PluginLibrary>(plugin);
        hello.abi_major = FINMECH_ABI_MAJOR;
        hello.abi_minor = library->abi_minor();
    } catch (const PluginRefused& e) {
        hello.status = refused;
        reason = e.what();
    }
    if (!send_reply(hello, reason, shared) || !library) return 0;

    Request request;
    while (recv(channel_fd, &request, sizeof request, 0) == sizeof request) {
        std::byte* base = shared.at_least(request.shared_size);
        crash_header = reinterpret_cast<SharedHeader*>(base);
        crash_header->out_of_memory = 0;
        std::string out;
        errno = 0;
        Reply reply;
        reply.status = serve(*library, request, base, out);
        reply.out_of_memory = reply.status != FINMECH_STATUS_OK && errno == ENOMEM;
        crash_header = nullptr;
        // What the plugin printed reaches the run log now, not at some later call.
        std::fflush(stdout);
        std::fflush(stderr);
        if (!send_reply(reply, out, shared)) break;
    }
    return 0;
}

}  // namespace finmech::host
