#include "finmech/host/plugin_library.hpp"

#include <iostream>
#include <mutex>

#include <boost/dll/shared_library_load_mode.hpp>

#include "finmech/host/plugin_failure.hpp"

namespace finmech::host {

namespace {

// In a worker, stderr is the run log the host reads (plugin_worker.hpp).
void log_to_stderr(void*, int32_t level, const char* text) {
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    std::cerr << (level == FINMECH_LOG_WARNING ? "warning: " : "note: ") << text << '\n';
}

const finmech_host_t host_services{FINMECH_ABI_MAJOR, FINMECH_ABI_MINOR, sizeof(finmech_host_t),
                                   nullptr, &log_to_stderr};

void append(void* sink, const char* bytes, std::size_t size) {
    static_cast<std::string*>(sink)->append(bytes, size);
}

// Boost.DLL wraps dlerror's text in a misleading errno name; keep dlerror's own words.
std::string loader_message(const std::exception& e) {
    const std::string text = e.what();
    const std::string marker = "dlerror system message: ";
    const auto begin = text.find(marker);
    if (begin == std::string::npos) return text;
    const auto end = text.rfind("):");
    return text.substr(begin + marker.size(),
                       end == std::string::npos || end < begin ? std::string::npos
                                                               : end - begin - marker.size());
}

}  // namespace

std::string version_text(uint32_t major, uint32_t minor) {
    return std::to_string(major) + "." + std::to_string(minor);
}

PluginLibrary::PluginLibrary(const std::filesystem::path& file) {
    try {
        library_.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
        throw PluginRefused("not a loadable library: " + loader_message(e));
    }
    if (!library_.has(FINMECH_ENTRY_SYMBOL))
        throw PluginRefused("a shared library but not a finmech plugin: it does not export '" +
                            std::string(FINMECH_ENTRY_SYMBOL) + "'");
    const auto entry = library_.get<const finmech_plugin_t*(const finmech_host_t*)>(
        FINMECH_ENTRY_SYMBOL);
    table_ = entry(&host_services);
    if (!table_) throw PluginRefused("its entry function returned no function table");
    // abi_major is the first field of every version; read nothing else before checking it.
    if (table_->abi_major != FINMECH_ABI_MAJOR)
        throw PluginRefused("built for plugin ABI " +
                            version_text(table_->abi_major, table_->abi_minor) +
                            ", this host speaks " +
                            version_text(FINMECH_ABI_MAJOR, FINMECH_ABI_MINOR) +
                            "; rebuild it against this host's SDK");
    if (!FINMECH_ABI_HAS_FIELD(finmech_plugin_t, table_->struct_size, evaluate_batch) ||
        !table_->describe || !table_->evaluate || !table_->evaluate_batch)
        throw PluginRefused("its function table is incomplete");
    if (table_->abi_minor > FINMECH_ABI_MINOR)
        log_to_stderr(nullptr, FINMECH_LOG_WARNING,
                      (file.filename().string() + " was built for plugin ABI " +
                       version_text(table_->abi_major, table_->abi_minor) +
                       "; this host uses the 1.x part it knows")
                          .c_str());
}

finmech_status_t PluginLibrary::describe(std::string& out) const {
    return table_->describe(&append, &out);
}

finmech_status_t PluginLibrary::evaluate(std::string_view request, std::string& out) const {
    return table_->evaluate(request.data(), request.size(), &append, &out);
}

finmech_status_t PluginLibrary::evaluate_batch(std::string_view request, const BatchArrays& a,
                                               std::string& out) const {
    const finmech_batch_t batch{FINMECH_ABI_MAJOR,  FINMECH_ABI_MINOR,    sizeof(finmech_batch_t),
                                a.draws,            a.columns,            a.parameters,
                                a.years,            a.indicator_count,    a.gross_revenue,
                                a.collection_cost,  a.indicators};
    return table_->evaluate_batch(request.data(), request.size(), &batch, &append, &out);
}

}  // namespace finmech::host
