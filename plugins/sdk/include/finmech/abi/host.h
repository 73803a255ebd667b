/* finmech plugin ABI: services the host offers to a plugin. */
#ifndef FINMECH_ABI_HOST_H
#define FINMECH_ABI_HOST_H

#include "version.h"

#define FINMECH_LOG_INFO 0
#define FINMECH_LOG_WARNING 1

typedef struct finmech_host {
    uint32_t abi_major;
    uint32_t abi_minor;
    uint32_t struct_size;

    /* Opaque; passed back unchanged to every service below. */
    void* host_data;

    /* Records `utf8` (NUL-terminated, copied) in the host's run log at `level`
     * (FINMECH_LOG_INFO or FINMECH_LOG_WARNING). [thread-safe] */
    void (*log)(void* host_data, int32_t level, const char* utf8);
} finmech_host_t;

#endif
