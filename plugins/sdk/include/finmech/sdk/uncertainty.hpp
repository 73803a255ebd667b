// finmech SDK: how uncertain a parameter's default is, as a distribution the host samples.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace finmech {

// A distribution written as the scenario format writes it, e.g.
//     {"dist": "triangular", "min": -0.8, "mode": -0.5, "max": -0.3}
// The host samples it (truncated to the parameter's range) in Monte Carlo runs.
struct Uncertainty {
    nlohmann::json spec;  // null: the default is taken as certain

    bool certain() const { return spec.is_null(); }
};

inline Uncertainty uniform(double min, double max) {
    return {{{"dist", "uniform"}, {"min", min}, {"max", max}}};
}
inline Uncertainty triangular(double min, double mode, double max) {
    return {{{"dist", "triangular"}, {"min", min}, {"mode", mode}, {"max", max}}};
}
inline Uncertainty pert(double min, double mode, double max) {
    return {{{"dist", "pert"}, {"min", min}, {"mode", mode}, {"max", max}}};
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
