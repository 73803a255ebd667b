// Leaving a note in the host's run log (finmech/sdk/log.hpp).
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include <finmech/sdk/log.hpp>
#include <gtest/gtest.h>

namespace {

using Notes = std::vector<std::pair<int32_t, std::string>>;

void record(void* host_data, int32_t level, const char* text) {
    static_cast<Notes*>(host_data)->emplace_back(level, text);
}

// Installs `host` as the entry function would, and restores "no host" afterwards.
class WithHost {
public:
    explicit WithHost(const finmech_host_t* host) { finmech::detail::host_services() = host; }
    ~WithHost() { finmech::detail::host_services() = nullptr; }
    WithHost(const WithHost&) = delete;
    WithHost& operator=(const WithHost&) = delete;
};

TEST(SdkLog, HandsTheNoteAndItsLevelToTheHost) {
    Notes notes;
    const finmech_host_t host{FINMECH_ABI_MAJOR, FINMECH_ABI_MINOR, sizeof(finmech_host_t), &notes,
                              &record};
    const WithHost installed(&host);
    finmech::log("rate beyond the evidence", finmech::LogLevel::warning);
    finmech::log("defaults applied");
    EXPECT_EQ(notes, (Notes{{FINMECH_LOG_WARNING, "rate beyond the evidence"},
                            {FINMECH_LOG_INFO, "defaults applied"}}));
}

TEST(SdkLog, SkipsAHostTooOldToOfferLogging) {
    Notes notes;
    const finmech_host_t host{FINMECH_ABI_MAJOR, FINMECH_ABI_MINOR,
                              static_cast<uint32_t>(offsetof(finmech_host_t, log)), &notes,
                              &record};
    const WithHost installed(&host);
    finmech::log("unheard");
    EXPECT_TRUE(notes.empty());
}

TEST(SdkLog, IsSilentWithoutAHost) {
    EXPECT_NO_THROW(finmech::log("nobody listens"));
}

}  // namespace
