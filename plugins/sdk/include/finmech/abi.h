/* finmech plugin ABI, the whole stable C boundary between the host and a mechanism plugin.
 * Plugins written in C include this; plugins written in C++ include <finmech/plugin.hpp>. */
#ifndef FINMECH_ABI_H
#define FINMECH_ABI_H

#include "abi/batch.h"
#include "abi/entry.h"
#include "abi/host.h"
#include "abi/plugin.h"
#include "abi/status.h"
#include "abi/version.h"

#endif
