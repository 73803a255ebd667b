// finmech SDK: how uncertain a parameter's default is, as a distribution the host samples.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace finmech {

// A distribution written as the scenario format writes it, e.g.
//     {"dist": "triangular", "low": -0.8, "mode": -0.5, "high": -0.3}
// The host samples it (truncated to the parameter's range) in Monte Carlo runs.
struct Uncertainty {
    nlohmann::json spec;  // null: the default is taken as certain

    bool certain() const { return spec.is_null(); }
};

inline Uncertainty uniform(double low, double high) {
    return {{{"dist", "uniform"}, {"low", low}, {"high", high}}};
}
inline Uncertainty triangular(double low, double mode, double high) {
    return {{{"dist", "triangular"}, {"low", low}, {"mode", mode}, {"high", high}}};
}
// Beta-PERT on [low, high] with the given mode (shape 4).
inline Uncertainty pert(double low, double mode, double high) {
    return {{{"dist", "pert"}, {"low", low}, {"mode", mode}, {"high", high}}};
}
// Normal with this mean and standard deviation, truncated to the parameter's range.
inline Uncertainty normal(double mean, double sd) {
    return {{{"dist", "normal"}, {"mean", mean}, {"sd", sd}}};
}
// Lognormal: log(x) is normal with mean mu and standard deviation sigma.
inline Uncertainty lognormal(double mu, double sigma) {
    return {{{"dist", "lognormal"}, {"mu", mu}, {"sigma", sigma}}};
}

}  // namespace finmech
