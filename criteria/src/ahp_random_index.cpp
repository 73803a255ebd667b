#include "finmech/criteria/ahp_random_index.hpp"

#include <array>
#include <string>

#include "finmech/criteria/input_error.hpp"

namespace finmech::criteria {
namespace {

// Values as published, from order 3 upwards; sources as transcribed in the MCDA reference
// vectors (ahp_random_index_tables.json). Alonso & Lamata (2006) is not carried: the vectors
// give only its regression, not a table.
constexpr std::array saaty1980{0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45,
                               1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
constexpr std::array saaty2005_anp{0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45,
                                   1.49, 1.52, 1.54, 1.56, 1.58, 1.59};
constexpr std::array donegan_dodd1991{0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733,
                                      1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969};
constexpr std::array aguaron_morenojimenez2003{0.525, 0.882, 1.115, 1.252, 1.341, 1.404, 1.452,
                                               1.484, 1.513, 1.535, 1.555, 1.570, 1.583, 1.595};
constexpr std::array tummala_ling1998{0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537,
                                      1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831};
constexpr std::array scikit_criteria_ahp_ext{0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46,
                                             1.49, 1.52, 1.54, 1.56, 1.58, 1.59};
constexpr std::array ahpsurvey{0.5251686, 0.8836651, 1.1081014, 1.2492774, 1.3415514,
                               1.4048466, 1.4507197, 1.4857266, 1.5141022};

constexpr std::array tables{
    RandomIndexTable{"saaty1980",
                     "Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill; n <= 10 as "
                     "in Saaty (1990) EJOR 48:9-26. n = 11..15 as transcribed in pyDecision "
                     "(including the non-monotone RI(12) = 1.48): check against the book.",
                     3, saaty1980},
    RandomIndexTable{"saaty2005_anp",
                     "Saaty, T. L. (2005). Theory and Applications of the Analytic Network "
                     "Process. RWS Publications, p. 31.",
                     3, saaty2005_anp},
    RandomIndexTable{"donegan_dodd1991",
                     "Donegan, H. A., & Dodd, F. J. (1991). A note on Saaty's random indexes. "
                     "Mathematical and Computer Modelling 15(10):135-137. "
                     "doi:10.1016/0895-7177(91)90098-R",
                     3, donegan_dodd1991},
    RandomIndexTable{"aguaron_morenojimenez2003",
                     "Aguaron, J., & Moreno-Jimenez, J. M. (2003). The geometric consistency "
                     "index: approximated thresholds. EJOR 147(1):137-145. "
                     "doi:10.1016/S0377-2217(02)00255-2",
                     3, aguaron_morenojimenez2003},
    RandomIndexTable{"tummala_ling1998",
                     "Tummala, V. M. R., & Ling, H. (1998). A note on the computation of the mean "
                     "random consistency index of the AHP. Theory and Decision 44(3):221-230.",
                     3, tummala_ling1998},
    RandomIndexTable{"scikit_criteria_ahp_ext",
                     "quatrope/scikit-criteria, ahp_ext/ahp.py SAATY_RI (no citation given; the "
                     "library stores it as float16).",
                     3, scikit_criteria_ahp_ext},
    RandomIndexTable{"ahpsurvey",
                     "frankiecho/ahpsurvey, R/ahp_cr.R (the package's own simulation; published "
                     "for n = 3..11 only).",
                     3, ahpsurvey},
};

}  // namespace

std::span<const RandomIndexTable> random_index_tables() { return tables; }

double random_index(std::string_view table_id, int order) {
    for (const auto& table : tables) {
        if (table.id != table_id) continue;
        if (order >= 1 && order <= 2) return 0.0;
        const int last_order = table.first_order + static_cast<int>(table.values.size()) - 1;
        if (order < table.first_order || order > last_order) {
            throw InputError("/random_index", "random index table \"" + std::string(table_id) +
                                                  "\" covers n = 1.." + std::to_string(last_order) +
                                                  ", but the matrix has n = " +
                                                  std::to_string(order) + "; choose another table");
        }
        return table.values[static_cast<std::size_t>(order - table.first_order)];
    }
    std::string known;
    for (const auto& table : tables) known += (known.empty() ? "" : ", ") + std::string(table.id);
    throw InputError("/random_index",
                     "expected one of " + known + "; found \"" + std::string(table_id) + "\"");
}

}  // namespace finmech::criteria
