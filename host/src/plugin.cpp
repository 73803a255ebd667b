#include "finmech/host/plugin.hpp"

#include <iostream>
#include <mutex>

#include <boost/dll/shared_library_load_mode.hpp>

namespace finmech::host {

namespace {

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

std::string version_text(uint32_t major, uint32_t minor) {
    return std::to_string(major) + "." + std::to_string(minor);
}

void throw_on_failure(finmech_status_t status, const std::string& message) {
    if (status == FINMECH_STATUS_OK) return;
    throw PluginCallFailed(message.empty() ? "the plugin failed without a message" : message,
                           status == FINMECH_STATUS_INVALID_INPUT);
}

}  // namespace

std::unique_ptr<Plugin> Plugin::load(const std::filesystem::path& file) {
    boost::dll::shared_library library;
    try {
        library.load(file, boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
        throw PluginRefused("not a loadable library: " + loader_message(e));
    }
    if (!library.has(FINMECH_ENTRY_SYMBOL))
        throw PluginRefused("a shared library but not a finmech plugin: it does not export '" +
                            std::string(FINMECH_ENTRY_SYMBOL) + "'");
    const auto entry = library.get<const finmech_plugin_t*(const finmech_host_t*)>(
        FINMECH_ENTRY_SYMBOL);
    const finmech_plugin_t* table = entry(&host_services);
    if (!table) throw PluginRefused("its entry function returned no function table");
    // abi_major is the first field of every version; read nothing else before checking it.
    if (table->abi_major != FINMECH_ABI_MAJOR)
        throw PluginRefused("built for plugin ABI " +
                            version_text(table->abi_major, table->abi_minor) +
                            ", this host speaks " +
                            version_text(FINMECH_ABI_MAJOR, FINMECH_ABI_MINOR) +
                            "; rebuild it against this host's SDK");
    if (!FINMECH_ABI_HAS_FIELD(finmech_plugin_t, table->struct_size, evaluate_batch) ||
        !table->describe || !table->evaluate || !table->evaluate_batch)
        throw PluginRefused("its function table is incomplete");
    if (table->abi_minor > FINMECH_ABI_MINOR)
        log_to_stderr(nullptr, FINMECH_LOG_WARNING,
                      (file.filename().string() + " was built for plugin ABI " +
                       version_text(table->abi_major, table->abi_minor) +
                       "; this host uses the 1.x part it knows")
                          .c_str());
    return std::unique_ptr<Plugin>(new Plugin(std::move(library), table, file));
}

Plugin::Plugin(boost::dll::shared_library library, const finmech_plugin_t* table,
               std::filesystem::path file)
    : library_(std::move(library)), table_(table), file_(std::move(file)) {
    std::string text;
    if (table_->describe(&append, &text) != FINMECH_STATUS_OK)
        throw PluginRefused("describe failed: " + text);
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
        descriptor_ = parse_descriptor(json);
    } catch (const std::exception& e) {
        throw PluginRefused(std::string("its descriptor is invalid: ") + e.what());
    }
    const std::string stem = file_.stem().string();
    if (descriptor_.id != stem)
        throw PluginRefused("its id '" + descriptor_.id + "' differs from its file name '" + stem +
                            "'; a plugin's id and library name must match");
}

std::string Plugin::abi_version() const {
    return version_text(table_->abi_major, table_->abi_minor);
}

nlohmann::json Plugin::evaluate(const nlohmann::json& request) const {
    const std::string text = request.dump();
    std::string answer;
    throw_on_failure(table_->evaluate(text.data(), text.size(), &append, &answer), answer);
    try {
        return nlohmann::json::parse(answer);
    } catch (const nlohmann::json::exception&) {
        throw PluginCallFailed("the plugin answered with malformed JSON", false);
    }
}

BatchResult Plugin::evaluate_batch(const nlohmann::json& request,
                                   const std::vector<double>& parameters, std::size_t draws,
                                   std::size_t years) const {
    BatchResult result;
    result.draws = draws;
    result.years = years;
    result.indicator_count = descriptor_.indicators.size();
    result.gross_revenue.assign(draws * years, 0.0);
    result.collection_cost.assign(draws * years, 0.0);
    result.indicators.assign(draws * result.indicator_count, 0.0);
    const std::size_t columns = descriptor_.numeric_parameters().size();
    if (parameters.size() != draws * columns)
        throw std::logic_error("batch parameters do not match draws x numeric parameters");

    const finmech_batch_t batch{FINMECH_ABI_MAJOR,
                                FINMECH_ABI_MINOR,
                                sizeof(finmech_batch_t),
                                draws,
                                columns,
                                parameters.data(),
                                years,
                                result.indicator_count,
                                result.gross_revenue.data(),
                                result.collection_cost.data(),
                                result.indicators.data()};
    const std::string text = request.dump();
    std::string error;
    throw_on_failure(table_->evaluate_batch(text.data(), text.size(), &batch, &append, &error),
                     error);
    return result;
}

}  // namespace finmech::host
