#include "worker_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <vector>

#include "finmech/host/plugin_failure.hpp"

extern char** environ;

namespace finmech::host {

namespace {

using namespace worker_protocol;

[[noreturn]] void system_failure(const char* what) {
    throw std::system_error(errno, std::generic_category(), what);
}

// A copy of `fd` numbered 10 or more, so that placing it at 1..4 in the child never meets
// another of the descriptors being placed.
int high_copy(int fd) {
    const int copy = fcntl(fd, F_DUPFD_CLOEXEC, 10);
    if (copy < 0) system_failure("fcntl");
    close(fd);
    return copy;
}

std::string signal_text(int signal) {
    const char* abbreviation = sigabbrev_np(signal);
    const char* description = sigdescr_np(signal);
    return std::string("SIG") + (abbreviation ? abbreviation : std::to_string(signal).c_str()) +
           " (" + (description ? description : "unknown signal") + ")";
}

std::string seconds_text(std::chrono::milliseconds t) {
    const auto ms = t.count();
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s"
                          : std::to_string(ms / 1000) + "." + std::to_string(ms % 1000 / 100) + " s";
}

}  // namespace

WorkerProcess::WorkerProcess(const std::filesystem::path& program,
                             const std::filesystem::path& plugin, std::size_t memory_mib,
                             std::chrono::milliseconds timeout)
    : memory_mib_(memory_mib) {
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0)
        system_failure("socketpair");
    channel_ = pair[0];
    const int child_channel = high_copy(pair[1]);
    log_ = memfd_create("finmech-plugin-output", MFD_CLOEXEC);
    if (log_ < 0) system_failure("memfd_create");
    const int child_log = high_copy(dup(log_));
    const int child_shared = high_copy(dup(shared_.fd()));
    shared_.at_least(text_offset);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, child_log, 1);
    posix_spawn_file_actions_adddup2(&actions, child_log, 2);
    posix_spawn_file_actions_adddup2(&actions, child_channel, channel_fd);
    posix_spawn_file_actions_adddup2(&actions, child_shared, shared_fd);
    const std::string memory = std::to_string(memory_mib);
    std::vector<char*> argv{const_cast<char*>(program.c_str()), const_cast<char*>(mode),
                            const_cast<char*>(plugin.c_str()), const_cast<char*>(memory.c_str()),
                            nullptr};
    const int spawned = posix_spawn(&pid_, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    for (int fd : {child_channel, child_log, child_shared}) close(fd);
    if (spawned != 0) {
        pid_ = -1;
        close(channel_);
        close(log_);
        errno = spawned;
        system_failure("starting the plugin worker");
    }
    try {
        const Reply hello = receive(timeout, "while loading");
        if (hello.status == refused) throw PluginRefused(std::string(text(hello)));
        abi_minor_ = hello.abi_minor;
    } catch (...) {
        end();  // no destructor runs for a constructor that throws
        throw;
    }
}

WorkerProcess::~WorkerProcess() { end(); }

void WorkerProcess::end() {
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }
    close(channel_);
    close(log_);
}

Reply WorkerProcess::call(Request request, std::chrono::milliseconds timeout) {
    request.shared_size = shared_.size();
    const char* doing = request.op == Op::describe   ? "in describe()"
                        : request.op == Op::evaluate ? "in evaluate()"
                                                     : "in evaluate_batch()";
    if (send(channel_, &request, sizeof request, MSG_NOSIGNAL) != sizeof request)
        fail(doing, timeout, false);
    return receive(timeout, doing);
}

Reply WorkerProcess::receive(std::chrono::milliseconds timeout, std::string_view doing) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    pollfd ready{channel_, POLLIN, 0};
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        const int n = poll(&ready, 1, static_cast<int>(std::max<long long>(0, left.count())));
        if (n > 0) break;
        if (n == 0) fail(doing, timeout, true);
        if (errno != EINTR) system_failure("poll");
    }
    Reply reply;
    if (recv(channel_, &reply, sizeof reply, 0) != sizeof reply) fail(doing, timeout, false);
    shared_.at_least(reply.shared_size);
    return reply;
}

std::string_view WorkerProcess::text(const Reply& reply) {
    return {reinterpret_cast<const char*>(shared_.at_least(text_offset) + text_offset),
            reply.text_size};
}

std::string WorkerProcess::take_output() {
    std::string out;
    char buffer[4096];
    for (ssize_t n; (n = pread(log_, buffer, sizeof buffer, log_read_)) > 0; log_read_ += n)
        out.append(buffer, static_cast<std::size_t>(n));
    return out;
}

void WorkerProcess::fail(std::string_view doing, std::chrono::milliseconds timeout, bool hung) {
    if (hung) kill(pid_, SIGKILL);
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    const std::string where(doing);
    if (hung)
        throw PluginFault(FaultKind::timed_out, "did not answer " + where + " within " +
                                                    seconds_text(timeout) +
                                                    " and was stopped (--plugin-timeout)");
    const auto* header = reinterpret_cast<const SharedHeader*>(shared_.at_least(text_offset));
    if (WIFSIGNALED(status) && header->out_of_memory)
        throw PluginFault(FaultKind::out_of_memory,
                          "ran out of memory " + where + " under its cap of " +
                              std::to_string(memory_mib_) +
                              " MiB (--plugin-memory), then crashed with signal " +
                              signal_text(WTERMSIG(status)));
    if (WIFSIGNALED(status))
        throw PluginFault(FaultKind::crashed,
                          "crashed " + where + " with signal " + signal_text(WTERMSIG(status)));
    throw PluginFault(FaultKind::exited, "ended its process " + where + " with exit status " +
                                             std::to_string(WEXITSTATUS(status)));
}

}  // namespace finmech::host
