// finmech host: memory shared by the host and a plugin worker, in an anonymous file (memfd) that
// either side may grow. Internal to finmech::host.
#pragma once

#include <cstddef>

namespace finmech::host {

class SharedMemory {
public:
    // A new, empty memory (the host's side).
    SharedMemory();
    // The memory behind `fd`, a descriptor inherited from the host (the worker's side).
    explicit SharedMemory(int fd);
    ~SharedMemory();
    SharedMemory(const SharedMemory&) = delete;
    SharedMemory& operator=(const SharedMemory&) = delete;

    int fd() const { return fd_; }
    std::size_t size() const { return mapped_; }

    // The memory, grown to at least `size` bytes if needed and mapped whole, including what the
    // other side has added. Pointers taken before are void.
    std::byte* at_least(std::size_t size);

private:
    int fd_ = -1;
    std::byte* data_ = nullptr;
    std::size_t mapped_ = 0;
};

}  // namespace finmech::host
