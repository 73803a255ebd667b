#include "finmech/host/batch_checks.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace finmech::host {

namespace {

std::string year_text(std::size_t cell, std::size_t years) {
    return "year " + std::to_string(cell % years + 1);
}

// The draw a flat index of a draws x width array falls in.
std::size_t draw_of(std::size_t cell, std::size_t width) { return width ? cell / width : 0; }

}  // namespace

std::optional<PluginFault> impossible_output(const BatchResult& batch, bool gross_is_change) {
    const auto first = [](const std::vector<double>& values, auto bad) {
        return static_cast<std::size_t>(std::find_if(values.begin(), values.end(), bad) -
                                        values.begin());
    };
    const auto not_finite = [](double x) { return !std::isfinite(x); };
    const auto negative = [](double x) { return x < 0; };
    struct Finding {
        std::size_t draw;
        std::string text;
        FaultKind kind;
    };
    std::optional<Finding> earliest;
    const auto note = [&](const std::vector<double>& values, std::size_t width, auto bad,
                          FaultKind kind, const std::string& what) {
        const std::size_t cell = first(values, bad);
        if (cell == values.size()) return;
        const std::size_t draw = draw_of(cell, width);
        if (earliest && earliest->draw <= draw) return;
        earliest = Finding{draw, what + " (" + year_text(cell, width) + ": " +
                                     std::to_string(values[cell]) + ")", kind};
    };
    note(batch.gross_revenue, batch.years, not_finite, FaultKind::non_finite,
         "gross revenue is not a finite number");
    note(batch.collection_cost, batch.years, not_finite, FaultKind::non_finite,
         "collection cost is not a finite number");
    if (!gross_is_change)
        note(batch.gross_revenue, batch.years, negative, FaultKind::impossible,
             "gross revenue is negative, and the plugin declares it new revenue, not a change");
    note(batch.collection_cost, batch.years, negative, FaultKind::impossible,
         "collection cost is negative, which would make net revenue exceed gross revenue");
    const std::size_t cell = first(batch.indicators, not_finite);
    if (cell != batch.indicators.size()) {
        const std::size_t draw = draw_of(cell, batch.indicator_count);
        if (!earliest || draw < earliest->draw)
            earliest = Finding{draw, "indicator " + std::to_string(cell % batch.indicator_count + 1) +
                                         " is not a finite number",
                               FaultKind::non_finite};
    }
    if (!earliest) return std::nullopt;
    return PluginFault(earliest->kind, earliest->text, earliest->draw);
}

std::optional<PluginFault> unrepeatable_output(const Plugin& plugin, const nlohmann::json& request,
                                               const std::vector<double>& parameters,
                                               const BatchResult& batch) {
    constexpr std::size_t sample = 16;
    const std::size_t count = std::min(sample, batch.draws);
    if (count == 0) return std::nullopt;
    const std::size_t columns = parameters.size() / batch.draws;
    std::vector<std::size_t> rows(count);
    for (std::size_t k = 0; k < count; ++k) rows[k] = batch.draws - 1 - k;
    std::vector<double> again;
    for (std::size_t row : rows)
        again.insert(again.end(), parameters.begin() + static_cast<long>(row * columns),
                     parameters.begin() + static_cast<long>((row + 1) * columns));
    const BatchResult repeat = plugin.evaluate_batch(request, again, count, batch.years);
    const auto same = [](const double* a, const double* b, std::size_t n) {
        return std::memcmp(a, b, n * sizeof(double)) == 0;
    };
    for (std::size_t k = count; k-- > 0;) {  // the earliest draw first
        const std::size_t row = rows[k], y = batch.years, n = batch.indicator_count;
        if (!same(&repeat.gross_revenue[k * y], &batch.gross_revenue[row * y], y) ||
            !same(&repeat.collection_cost[k * y], &batch.collection_cost[row * y], y) ||
            !same(repeat.indicators.data() + k * n, batch.indicators.data() + row * n, n))
            return PluginFault(FaultKind::non_deterministic,
                               "gave other numbers for the same draw in a second call: its "
                               "results depend on what it computed before",
                               row);
    }
    return std::nullopt;
}

std::optional<std::size_t> first_failing_draw(const Plugin& plugin, const nlohmann::json& request,
                                              const std::vector<double>& parameters,
                                              std::size_t draws, std::size_t years) {
    const std::size_t columns = draws ? parameters.size() / draws : 0;
    const auto fails = [&](std::size_t first, std::size_t count) {
        const auto begin = parameters.begin() + static_cast<long>(first * columns);
        try {
            plugin.evaluate_batch(request,
                                  {begin, begin + static_cast<long>(count * columns)}, count,
                                  years);
        } catch (const PluginCallFailed&) {
            return true;
        }
        return false;
    };
    // Invariant: the failure lies in [low, high).
    std::size_t low = 0, high = draws;
    if (draws == 0 || !fails(low, high)) return std::nullopt;
    while (high - low > 1) {
        const std::size_t middle = low + (high - low) / 2;
        if (fails(low, middle - low))
            high = middle;
        else
            low = middle;
    }
    return low;
}

}  // namespace finmech::host
