/* finmech plugin ABI: what every call returns, and how text travels back to the host. */
#ifndef FINMECH_ABI_STATUS_H
#define FINMECH_ABI_STATUS_H

#include <stddef.h>
#include <stdint.h>

typedef int32_t finmech_status_t;

/* The call succeeded; what it wrote is the answer. */
#define FINMECH_STATUS_OK 0
/* The request breaks the descriptor (unknown key, value out of range, missing context field);
 * what was written is a one-line message in UTF-8 for the user. */
#define FINMECH_STATUS_INVALID_INPUT 1
/* The model failed (it threw, or returned a non-finite value or a wrong length); what was
 * written is a one-line message in UTF-8. */
#define FINMECH_STATUS_MODEL_FAILED 2

/* Appends `size` bytes of UTF-8 text to the host-owned `sink`. The host copies them before it
 * returns, so the caller may free or reuse `bytes` at once. A plugin may call it several times
 * for one answer. Never throws, never fails. [same thread as the call that received it] */
typedef void (*finmech_write_fn)(void* sink, const char* bytes, size_t size);

#endif
