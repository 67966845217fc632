/* Internal to runtime/: prototypes of the native method implementations listed in rt_natives.def. */
#ifndef EMBER_RT_NATIVES_H
#define EMBER_RT_NATIVES_H
#include "rt_internal.h"

#define NATIVE(cls, name, desc, fn) void fn(Thread *t, Slot *args, Slot *ret);
#include "rt_natives.def"
#undef NATIVE

#endif
