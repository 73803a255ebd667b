#pragma once

#include "finmech/criteria/normalization.hpp"

#include <Eigen/Core>

#include <span>

// The allocation-free cores of the methods, shared by the public functions (methods.hpp) and by
// Scorer, which calls them once per SMAA draw. Inputs are assumed checked.
namespace finmech::criteria::detail {

// Throws InputError unless r has one column per direction and per weight, and every weight is
// finite and >= 0.
void require_consistent(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                        const Eigen::VectorXd& w);

// Throws InputError at the first cell a weighted product cannot raise to a power.
void require_product_domain(const Eigen::MatrixXd& r, std::span<const Direction> directions);

void weighted_sum_into(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                       const Eigen::VectorXd& w, Eigen::Ref<Eigen::VectorXd> score);

void weighted_product_into(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                           const Eigen::VectorXd& w, Eigen::Ref<Eigen::VectorXd> score);

void topsis_into(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                 const Eigen::VectorXd& w, Eigen::Ref<Eigen::VectorXd> closeness,
                 Eigen::Ref<Eigen::VectorXd> d_plus, Eigen::Ref<Eigen::VectorXd> d_minus);

void vikor_into(const Eigen::MatrixXd& r, std::span<const Direction> directions,
                const Eigen::VectorXd& w, double v, Eigen::Ref<Eigen::VectorXd> s,
                Eigen::Ref<Eigen::VectorXd> regret, Eigen::Ref<Eigen::VectorXd> q);

}  // namespace finmech::criteria::detail
