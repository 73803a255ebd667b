#include "finmech/host/plugin.hpp"

#include <cstring>
#include <mutex>

#include "finmech/host/plugin_library.hpp"
#include "worker_process.hpp"

namespace finmech::host {

namespace {

using namespace worker_protocol;

void throw_on_failure(finmech_status_t status, const std::string& message) {
    if (status == FINMECH_STATUS_OK) return;
    throw PluginCallFailed(message.empty() ? "the plugin failed without a message" : message,
                           status == FINMECH_STATUS_INVALID_INPUT);
}

// A failed call that had just seen an allocation fail is named for what it most likely is.
void throw_on_failure(const Reply& reply, const std::string& message, std::size_t memory_mib) {
    if (reply.status != FINMECH_STATUS_OK && reply.out_of_memory)
        throw PluginFault(FaultKind::out_of_memory,
                          "ran out of memory under its cap of " + std::to_string(memory_mib) +
                              " MiB (--plugin-memory): " + message);
    throw_on_failure(reply.status, message);
}

void put_text(WorkerProcess& worker, const std::string& text) {
    std::memcpy(worker.shared(text_offset + text.size()) + text_offset, text.data(), text.size());
}

}  // namespace

// A plugin's idle workers, and what its workers printed.
struct WorkerPool {
    std::mutex mutex;
    std::vector<std::unique_ptr<WorkerProcess>> idle;
    std::string output;

    std::unique_ptr<WorkerProcess> take() {
        const std::lock_guard lock(mutex);
        if (idle.empty()) return nullptr;
        auto worker = std::move(idle.back());
        idle.pop_back();
        return worker;
    }
    void give_back(std::unique_ptr<WorkerProcess> worker) {
        const std::lock_guard lock(mutex);
        idle.push_back(std::move(worker));
    }
    void keep_output(WorkerProcess& worker) {
        const std::string printed = worker.take_output();
        const std::lock_guard lock(mutex);
        output += printed;
    }
};

template <class Call>
auto Plugin::with_worker(Call call) const {
    std::unique_ptr<WorkerProcess> worker = pool_->take();
    if (!worker)
        worker = std::make_unique<WorkerProcess>(isolation_.worker, file_, isolation_.memory_mib,
                                                 timeout(1));
    // Unless the call kept it, the worker goes back to the idle ones; not after a fault: it is
    // dead, or its memory is exhausted.
    const auto hand_back = [&](bool faulted) {
        if (!worker) return;
        pool_->keep_output(*worker);  // what it printed before failing may say why
        if (!faulted) pool_->give_back(std::move(worker));
    };
    try {
        auto result = call(worker);
        hand_back(false);
        return result;
    } catch (const PluginFault&) {
        hand_back(true);
        throw;
    } catch (...) {
        hand_back(false);
        throw;
    }
}

BatchResult BatchResult::zeros(std::size_t draws, std::size_t years, std::size_t indicator_count) {
    const std::size_t cells = draws * years;
    auto values = std::make_shared<std::vector<double>>(2 * cells + draws * indicator_count, 0.0);
    const std::span<double> all(*values);
    return {draws,
            years,
            indicator_count,
            all.subspan(0, cells),
            all.subspan(cells, cells),
            all.subspan(2 * cells),
            std::move(values)};
}

std::unique_ptr<Plugin> Plugin::load(const std::filesystem::path& file,
                                     const PluginIsolation& isolation) {
    return std::unique_ptr<Plugin>(new Plugin(file, isolation));
}

Plugin::Plugin(std::filesystem::path file, PluginIsolation isolation)
    : file_(std::move(file)), isolation_(std::move(isolation)), pool_(std::make_shared<WorkerPool>()) {
    std::string text;
    finmech_status_t status = FINMECH_STATUS_OK;
    try {
        if (isolation_.worker.empty()) {
            library_ = std::make_unique<PluginLibrary>(file_);
            abi_minor_ = library_->abi_minor();
            status = library_->describe(text);
        } else {
            status = with_worker([&](std::unique_ptr<WorkerProcess>& worker) {
                abi_minor_ = worker->abi_minor();
                const Reply reply = worker->call({.op = Op::describe}, timeout(1));
                text = worker->text(reply);
                return reply.status;
            });
        }
    } catch (const PluginFault& e) {
        throw PluginRefused(std::string("describe() failed: ") + e.what());
    }
    if (status != FINMECH_STATUS_OK) throw PluginRefused("describe failed: " + text);
    try {
        descriptor_ = parse_descriptor(nlohmann::json::parse(text));
    } catch (const std::exception& e) {
        throw PluginRefused(std::string("its descriptor is invalid: ") + e.what());
    }
    const std::string stem = file_.stem().string();
    if (descriptor_.id != stem)
        throw PluginRefused("its id '" + descriptor_.id + "' differs from its file name '" + stem +
                            "'; a plugin's id and library name must match");
}

Plugin::~Plugin() = default;

std::string Plugin::abi_version() const { return version_text(FINMECH_ABI_MAJOR, abi_minor_); }

std::chrono::milliseconds Plugin::timeout(std::size_t draws) const {
    constexpr std::size_t draws_per_timeout = 10000;
    const std::size_t periods = std::max<std::size_t>(1, (draws + draws_per_timeout - 1) /
                                                             draws_per_timeout);
    return isolation_.timeout * static_cast<long>(periods);
}

nlohmann::json Plugin::evaluate(const nlohmann::json& request) const {
    const std::string text = request.dump();
    std::string answer;
    if (library_) {
        throw_on_failure(library_->evaluate(text, answer), answer);
    } else {
        with_worker([&](std::unique_ptr<WorkerProcess>& worker) {
            put_text(*worker, text);
            const Reply reply =
                worker->call({.op = Op::evaluate, .text_size = text.size()}, timeout(1));
            answer = worker->text(reply);
            throw_on_failure(reply, answer, isolation_.memory_mib);
            return 0;
        });
    }
    try {
        return nlohmann::json::parse(answer);
    } catch (const nlohmann::json::exception&) {
        throw PluginCallFailed("the plugin answered with malformed JSON", false);
    }
}

BatchResult Plugin::evaluate_batch(const nlohmann::json& request,
                                   const std::vector<double>& parameters, std::size_t draws,
                                   std::size_t years) const {
    const std::size_t columns = descriptor_.numeric_parameters().size();
    const std::size_t indicator_count = descriptor_.indicators.size();
    if (parameters.size() != draws * columns)
        throw std::logic_error("batch parameters do not match draws x numeric parameters");
    const std::string text = request.dump();
    std::string error;

    if (library_) {
        BatchResult result = BatchResult::zeros(draws, years, indicator_count);
        const BatchArrays arrays{draws,
                                 columns,
                                 years,
                                 indicator_count,
                                 parameters.data(),
                                 result.gross_revenue.data(),
                                 result.collection_cost.data(),
                                 result.indicators.data()};
        throw_on_failure(library_->evaluate_batch(text, arrays, error), error);
        return result;
    }
    const Request call{.op = Op::evaluate_batch,
                       .text_size = text.size(),
                       .draws = draws,
                       .columns = columns,
                       .years = years,
                       .indicators = indicator_count};
    const BatchLayout at(call);
    return with_worker([&](std::unique_ptr<WorkerProcess>& worker) {
        put_text(*worker, text);
        std::memcpy(worker->shared(at.end) + at.parameters, parameters.data(),
                    parameters.size() * sizeof(double));
        const Reply reply = worker->call(call, timeout(draws));
        error = worker->text(reply);
        throw_on_failure(reply, error, isolation_.memory_mib);
        const auto array = [base = worker->shared(at.end)](std::size_t offset, std::size_t size) {
            return std::span<double>(reinterpret_cast<double*>(base + offset), size);
        };
        BatchResult result{draws,
                           years,
                           indicator_count,
                           array(at.gross_revenue, draws * years),
                           array(at.collection_cost, draws * years),
                           array(at.indicators, draws * indicator_count),
                           {}};
        pool_->keep_output(*worker);
        // The batch keeps the worker, and its memory, until the batch ends; then the worker is
        // idle again, or ended if the plugin is gone.
        result.storage = std::shared_ptr<WorkerProcess>(
            worker.release(), [pool = std::weak_ptr(pool_)](WorkerProcess* leased) {
                std::unique_ptr<WorkerProcess> back(leased);
                if (const auto owner = pool.lock()) owner->give_back(std::move(back));
            });
        return result;
    });
}

std::string Plugin::take_output() const {
    const std::lock_guard lock(pool_->mutex);
    return std::exchange(pool_->output, {});
}

}  // namespace finmech::host
