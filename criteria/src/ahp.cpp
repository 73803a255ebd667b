#include "finmech/criteria/ahp.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria {
namespace {

std::string cell(const std::string& location, Eigen::Index i, Eigen::Index j) {
    return location + "/" + std::to_string(i) + "/" + std::to_string(j);
}

std::string number_text(double x) {
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%.6g", x);
    return text.data();
}

}  // namespace

PriorityMethod priority_method_from_name(std::string_view name, const std::string& location) {
    for (auto method : {PriorityMethod::eigenvector, PriorityMethod::geometric_mean,
                        PriorityMethod::column_mean}) {
        if (priority_method_name(method) == name) return method;
    }
    throw InputError(location,
                     "expected \"eigenvector\", \"geometric_mean\" or \"column_mean\"; "
                     "found \"" +
                         std::string(name) + "\"");
}

std::string_view priority_method_name(PriorityMethod method) {
    switch (method) {
        case PriorityMethod::eigenvector:
            return "eigenvector";
        case PriorityMethod::geometric_mean:
            return "geometric_mean";
        case PriorityMethod::column_mean:
            return "column_mean";
    }
    return "eigenvector";
}

void check_pairwise_matrix(const Eigen::MatrixXd& a, const std::string& location) {
    if (a.rows() == 0 || a.rows() != a.cols()) {
        throw InputError(location, "expected a square matrix with at least one row; found " +
                                       std::to_string(a.rows()) + " x " + std::to_string(a.cols()));
    }
    for (Eigen::Index i = 0; i < a.rows(); ++i) {
        for (Eigen::Index j = 0; j < a.cols(); ++j) {
            const double x = a(i, j);
            if (!std::isfinite(x) || x <= 0.0) {
                throw InputError(cell(location, i, j),
                                 "expected a positive number; found " + number_text(x));
            }
            if (i == j && x != 1.0) {
                throw InputError(cell(location, i, j),
                                 "expected 1 on the diagonal; found " + number_text(x));
            }
            if (j > i && std::abs(x * a(j, i) - 1.0) > 1e-6) {
                throw InputError(cell(location, j, i),
                                 "expected the reciprocal of " + cell(location, i, j) + " (1/" +
                                     number_text(x) + " = " + number_text(1.0 / x) +
                                     ", or write \"1/" + number_text(x) + "\"); found " +
                                     number_text(a(j, i)));
            }
        }
    }
}

double principal_eigenvalue(const Eigen::MatrixXd& a) {
    const Eigen::EigenSolver<Eigen::MatrixXd> solver(a, false);
    return solver.eigenvalues().real().maxCoeff();
}

Eigen::VectorXd ahp_priorities(const Eigen::MatrixXd& a, PriorityMethod method) {
    Eigen::VectorXd w;
    switch (method) {
        case PriorityMethod::eigenvector: {
            const Eigen::EigenSolver<Eigen::MatrixXd> solver(a);
            Eigen::Index k = 0;
            solver.eigenvalues().real().maxCoeff(&k);
            w = solver.eigenvectors().col(k).real();
            break;
        }
        case PriorityMethod::geometric_mean:
            w = a.array().log().rowwise().mean().exp().matrix();
            break;
        case PriorityMethod::column_mean:
            w = (a.array().rowwise() / a.array().colwise().sum()).rowwise().mean().matrix();
            break;
    }
    // The Perron vector comes with an arbitrary sign and scale.
    return w / w.sum();
}

Consistency ahp_consistency(const Eigen::MatrixXd& a, const Eigen::VectorXd& weights,
                            std::string_view random_index_table) {
    const auto n = static_cast<int>(a.rows());
    Consistency c;
    c.lambda_max = ((a * weights).array() / weights.array()).mean();
    const double ri = random_index(random_index_table, n);
    if (n <= 2) return c;
    c.ci = (c.lambda_max - n) / (n - 1);
    c.cr = c.ci / ri;
    // Siraj et al. (2015) average over ordered pairs i != j and the n - 2 intermediates k.
    for (Eigen::Index i = 0; i < n; ++i) {
        for (Eigen::Index j = 0; j < n; ++j) {
            for (Eigen::Index k = 0; k < n; ++k) {
                if (i == j || k == i || k == j) continue;
                const double direct = std::log(a(i, j));
                const double through_k = std::log(a(i, k) * a(k, j));
                c.congruence += std::abs(direct - through_k);
                c.dissonance += direct * through_k < 0.0 ? 1.0 : 0.0;
                const double ratio = a(i, k) / (a(i, j) * a(j, k));
                c.koczkodaj = std::max(
                    c.koczkodaj, std::min(std::abs(1.0 - ratio), std::abs(1.0 - 1.0 / ratio)));
            }
        }
    }
    const double triads = static_cast<double>(n) * (n - 1) * (n - 2);
    c.congruence /= triads;
    c.dissonance /= triads;
    return c;
}

AhpWeights ahp_weights(const Eigen::MatrixXd& a, PriorityMethod method,
                       std::string_view random_index_table, const std::string& location) {
    check_pairwise_matrix(a, location);
    AhpWeights result;
    result.weights = ahp_priorities(a, method);
    result.consistency = ahp_consistency(a, result.weights, random_index_table);
    return result;
}

Eigen::VectorXd synthesise_hierarchy(const Eigen::VectorXd& criteria_weights,
                                     const Eigen::MatrixXd& local_priorities) {
    return local_priorities * criteria_weights;
}

}  // namespace finmech::criteria
