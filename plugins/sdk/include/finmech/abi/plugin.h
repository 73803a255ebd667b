/* finmech plugin ABI: the function table a plugin gives the host.
 *
 * Only plain data crosses: UTF-8 JSON text in, UTF-8 text out through a host-owned sink, numbers
 * in host-owned arrays. No memory is freed on the other side and no exception crosses. Every
 * function is pure: the same request gives the same answer, on any thread.
 *
 * Request texts (JSON objects):
 *   context    {"base_year": int, "years": int, "currency": str,
 *               "values": {key: number | [number, ...]}}   (one entry per context field)
 *   evaluate   {"context": context, "parameters": {key: value}}   (absent keys take defaults)
 *   batch      {"context": context, "fixed": {key: value}}        (non-numeric parameters)
 * Answer of evaluate:
 *   {"gross_revenue": [Y], "collection_cost": [Y], "net_revenue": [Y], "indicators": {key: number}}
 */
#ifndef FINMECH_ABI_PLUGIN_H
#define FINMECH_ABI_PLUGIN_H

#include "batch.h"
#include "status.h"
#include "version.h"

typedef struct finmech_plugin {
    uint32_t abi_major;
    uint32_t abi_minor;
    uint32_t struct_size;

    /* snake_case id, equal to the library's file stem, and semantic version. Static strings,
     * valid while the library is loaded. */
    const char* id;
    const char* version;

    /* Writes the descriptor (JSON: id, version, names, parameters, indicators, requires).
     * [thread-safe] */
    finmech_status_t (*describe)(finmech_write_fn write, void* sink);

    /* Evaluates one parameter set. Writes the answer JSON on success, a message otherwise.
     * [thread-safe] */
    finmech_status_t (*evaluate)(const char* request, size_t request_size, finmech_write_fn write,
                                 void* sink);

    /* Evaluates batch->draws parameter sets into the batch's arrays. On failure writes a message
     * naming the failing draw; the arrays' contents are then unspecified. [thread-safe] */
    finmech_status_t (*evaluate_batch)(const char* request, size_t request_size,
                                       const finmech_batch_t* batch, finmech_write_fn write_error,
                                       void* sink);
} finmech_plugin_t;

#endif
