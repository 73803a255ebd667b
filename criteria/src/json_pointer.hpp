#pragma once

#include <cstddef>
#include <string>

namespace finmech::criteria::detail {

// "/matrix/2/1": the JSON pointer of a matrix cell, rows alternatives and columns criteria.
inline std::string cell_pointer(std::size_t row, std::size_t column) {
    return "/matrix/" + std::to_string(row) + "/" + std::to_string(column);
}

// "/criteria/3/weight": a field of one criterion.
inline std::string criterion_pointer(std::size_t column, const std::string& field) {
    return "/criteria/" + std::to_string(column) + "/" + field;
}

}  // namespace finmech::criteria::detail
