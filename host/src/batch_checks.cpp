#include "finmech/host/batch_checks.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace finmech::host {

std::optional<PluginFault> impossible_output(const BatchResult& batch, bool gross_is_change) {
    const auto not_finite = [](double x) { return !std::isfinite(x); };
    const auto negative = [](double x) { return x < 0; };
    std::optional<PluginFault> earliest;
    // Keeps the first cell of `values` (draws x `width`, each column a `column` 1, 2...) that is
    // `bad`, when no earlier draw has a finding already.
    const auto note = [&](std::span<const double> values, std::size_t width, const char* column,
                          auto bad, FaultKind kind, const std::string& what) {
        const auto at = std::find_if(values.begin(), values.end(), bad);
        if (at == values.end()) return;
        const auto cell = static_cast<std::size_t>(at - values.begin());
        const std::size_t draw = cell / width;
        if (earliest && *earliest->draw <= draw) return;
        earliest.emplace(kind,
                         what + " (" + column + " " + std::to_string(cell % width + 1) + ": " +
                             std::to_string(*at) + ")",
                         draw);
    };
    note(batch.gross_revenue, batch.years, "year", not_finite, FaultKind::non_finite,
         "gross revenue is not a finite number");
    note(batch.collection_cost, batch.years, "year", not_finite, FaultKind::non_finite,
         "collection cost is not a finite number");
    if (!gross_is_change)
        note(batch.gross_revenue, batch.years, "year", negative, FaultKind::impossible,
             "gross revenue is negative, and the plugin declares it new revenue, not a change");
    note(batch.collection_cost, batch.years, "year", negative, FaultKind::impossible,
         "collection cost is negative, which would make net revenue exceed gross revenue");
    note(batch.indicators, batch.indicator_count, "indicator", not_finite, FaultKind::non_finite,
         "an indicator is not a finite number");
    return earliest;
}

Repeat repeat_last_draws(const Plugin& plugin, const nlohmann::json& request,
                         const std::vector<double>& parameters, std::size_t draws,
                         std::size_t years) {
    constexpr std::size_t sample = 16;
    Repeat repeat;
    const std::size_t count = std::min(sample, draws);
    if (count == 0) return repeat;
    const std::size_t columns = parameters.size() / draws;
    std::vector<double> rows;
    for (std::size_t k = 0; k < count; ++k) {
        repeat.rows.push_back(draws - 1 - k);
        const auto row = parameters.begin() + static_cast<long>((draws - 1 - k) * columns);
        rows.insert(rows.end(), row, row + static_cast<long>(columns));
    }
    const BatchResult again = plugin.evaluate_batch(request, rows, count, years);
    repeat.values = BatchResult::zeros(count, years, again.indicator_count);
    std::ranges::copy(again.gross_revenue, repeat.values.gross_revenue.begin());
    std::ranges::copy(again.collection_cost, repeat.values.collection_cost.begin());
    std::ranges::copy(again.indicators, repeat.values.indicators.begin());
    return repeat;
}

std::optional<PluginFault> unrepeatable_output(const Repeat& repeat, const BatchResult& batch) {
    const auto same = [](std::span<const double> a, std::span<const double> b) {
        return std::memcmp(a.data(), b.data(), a.size_bytes()) == 0;
    };
    const std::size_t y = batch.years, n = batch.indicator_count;
    const BatchResult& r = repeat.values;
    for (std::size_t k = repeat.rows.size(); k-- > 0;) {  // the earliest draw first
        const std::size_t row = repeat.rows[k];
        if (!same(r.gross_revenue.subspan(k * y, y), batch.gross_revenue.subspan(row * y, y)) ||
            !same(r.collection_cost.subspan(k * y, y), batch.collection_cost.subspan(row * y, y)) ||
            !same(r.indicators.subspan(k * n, n), batch.indicators.subspan(row * n, n)))
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
