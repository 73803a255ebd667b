#pragma once

#include <span>
#include <string_view>

namespace finmech::criteria {

// A published table of Saaty's random consistency index RI(n): the mean CI of random reciprocal
// matrices of order n. Tools disagree on it, so the table is chosen by the user and reported.
struct RandomIndexTable {
    std::string_view id;
    std::string_view source;
    int first_order;                 // order n of values[0]; RI(1) = RI(2) = 0 in every table
    std::span<const double> values;  // RI(first_order), RI(first_order + 1), ...
};

inline constexpr std::string_view default_random_index_table = "saaty1980";

// Every table the project carries, in a fixed order.
std::span<const RandomIndexTable> random_index_tables();

// RI(n) from the named table. Throws InputError (location "/random_index") for an unknown table
// or an order the table does not cover.
double random_index(std::string_view table_id, int order);

}  // namespace finmech::criteria
