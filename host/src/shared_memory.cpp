#include "shared_memory.hpp"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <system_error>

namespace finmech::host {

namespace {

[[noreturn]] void fail(const char* what) {
    throw std::system_error(errno, std::generic_category(), what);
}

}  // namespace

SharedMemory::SharedMemory() : fd_(memfd_create("finmech-batch", MFD_CLOEXEC)) {
    if (fd_ < 0) fail("memfd_create");
}

SharedMemory::SharedMemory(int fd) : fd_(fd) {}

SharedMemory::~SharedMemory() {
    if (data_) munmap(data_, mapped_);
    close(fd_);
}

std::byte* SharedMemory::at_least(std::size_t size) {
    struct stat file {};
    if (fstat(fd_, &file) != 0) fail("fstat of the shared memory");
    const std::size_t current = static_cast<std::size_t>(file.st_size);
    if (current < size && ftruncate(fd_, static_cast<off_t>(size)) != 0)
        fail("growing the shared memory");
    const std::size_t wanted = std::max(current, size);
    if (data_ && wanted == mapped_) return data_;
    if (data_) munmap(data_, mapped_);
    data_ = nullptr;
    mapped_ = 0;
    void* map = mmap(nullptr, wanted, PROT_READ | PROT_WRITE, MAP_SHARED, fd_, 0);
    if (map == MAP_FAILED) fail("mapping the shared memory");
    data_ = static_cast<std::byte*>(map);
    mapped_ = wanted;
    return data_;
}

}  // namespace finmech::host
