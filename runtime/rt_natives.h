/* Internal to runtime/: prototypes of the native method implementations listed in rt_natives.def. */
#ifndef EMBER_RT_NATIVES_H
#define EMBER_RT_NATIVES_H
#include "rt_internal.h"

#define NATIVE(cls, name, desc, fn) void fn(Thread *t, Slot *args, Slot *ret);
#include "rt_natives.def"
#undef NATIVE

/* rt_natives_ref.c: enqueues what the collector left on Vm.heap.ref_pending (runs Java code; false with an
 * exception pending) — for the end of Runtime.gc(). */
bool rt_ref_process_pending(Thread *t);

#endif
