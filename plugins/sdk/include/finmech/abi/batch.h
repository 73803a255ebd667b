/* finmech plugin ABI: many evaluations in one call, for Monte Carlo.
 *
 * The host owns every array. Row i of `parameters` is draw i: one column per parameter of type
 * "number", in descriptor order. Parameters of other types are the same for every draw and travel
 * in the request text. The plugin fills row i of each output array with the result of draw i.
 */
#ifndef FINMECH_ABI_BATCH_H
#define FINMECH_ABI_BATCH_H

#include "version.h"

typedef struct finmech_batch {
    uint32_t abi_major;
    uint32_t abi_minor;
    uint32_t struct_size;

    size_t draws;              /* N, rows of every array below */
    size_t parameter_count;    /* P, numeric parameters in descriptor order */
    const double* parameters;  /* N x P, row-major, read only */
    size_t years;              /* Y, equals the context's "years" */
    size_t indicator_count;    /* K, indicators in descriptor order */
    double* gross_revenue;     /* N x Y, written: revenue before collection cost, per year */
    double* collection_cost;   /* N x Y, written: cost of collecting it, per year */
    double* indicators;        /* N x K, written */
} finmech_batch_t;

#endif
