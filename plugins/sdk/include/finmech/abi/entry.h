/* finmech plugin ABI: the one symbol a plugin library exports. */
#ifndef FINMECH_ABI_ENTRY_H
#define FINMECH_ABI_ENTRY_H

#include "host.h"
#include "plugin.h"

#if defined(_WIN32)
#define FINMECH_EXPORT __declspec(dllexport)
#else
#define FINMECH_EXPORT __attribute__((visibility("default")))
#endif

#define FINMECH_ENTRY_SYMBOL "finmech_plugin_entry"

#ifdef __cplusplus
extern "C" {
#endif

/* Returns the plugin's table, never NULL; the table lives as long as the library. `host` stays
 * valid until the library is unloaded. Called once after loading, before any other call; must not
 * throw. The host reads the table's abi_major first and refuses the plugin if it differs from its
 * own. [main thread] */
typedef const finmech_plugin_t* (*finmech_plugin_entry_fn)(const finmech_host_t* host);

FINMECH_EXPORT const finmech_plugin_t* finmech_plugin_entry(const finmech_host_t* host);

#ifdef __cplusplus
}
#endif

#endif
