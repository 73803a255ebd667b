// finmech SDK: what a model returns for one parameter set.
#pragma once

#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "context.hpp"

namespace finmech {

// Revenue per projection year (index 0 is base_year + 1), in the context's currency, and the
// indicators the plugin declared. Start from `Projection out(ctx);`: the vectors are sized for
// the horizon and zero-filled; every declared indicator must then be set once.
class Projection {
public:
    explicit Projection(const Context& ctx)
        : gross_revenue(ctx.years(), 0.0),
          collection_cost(ctx.years(), 0.0),
          keys_(&ctx.indicator_keys()),
          indicators_(keys_->size(), std::numeric_limits<double>::quiet_NaN()) {}

    std::vector<double> gross_revenue;    // what the levy raises, before collection cost
    std::vector<double> collection_cost;  // what collecting it costs the administration

    // Sets indicator `key`. Throws std::invalid_argument if describe() did not declare it.
    void set(std::string_view key, double value) {
        // Models usually set indicators in declaration order: look where the last one was, first.
        const std::size_t n = keys_->size();
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = (next_ + k) % n;
            if ((*keys_)[i] == key) {
                indicators_[i] = value;
                next_ = i + 1;
                return;
            }
        }
        throw std::invalid_argument("indicator '" + std::string(key) +
                                    "' is not declared in describe()");
    }

    // Indicator values in declaration order; NaN for one never set.
    const std::vector<double>& indicators() const { return indicators_; }

private:
    const std::vector<std::string>* keys_;
    std::vector<double> indicators_;
    std::size_t next_ = 0;  // where set() looks first
};

}  // namespace finmech
