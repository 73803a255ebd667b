/* finmech plugin ABI: version numbers and the rules that keep old plugins loading.
 *
 * Every struct that crosses the boundary begins with abi_major, abi_minor and struct_size, in that
 * order, forever. The reader checks them before touching anything else:
 *  - a different abi_major means an incompatible layout: the host refuses the plugin;
 *  - a higher abi_minor only appends fields at the end of structs: the reader uses a trailing
 *    field only when struct_size says the writer knew it (FINMECH_ABI_HAS_FIELD);
 *  - fields are never removed, reordered or retyped, and the entry signature never changes.
 */
#ifndef FINMECH_ABI_VERSION_H
#define FINMECH_ABI_VERSION_H

#include <stddef.h>
#include <stdint.h>

#define FINMECH_ABI_MAJOR 1u
#define FINMECH_ABI_MINOR 0u

/* True when a struct of `size` bytes written by the other side contains `field`. */
#define FINMECH_ABI_HAS_FIELD(type, size, field) \
    (offsetof(type, field) + sizeof(((type*)0)->field) <= (size))

#endif
