/* Internal to runtime/: shared between the interpreter, the natives and the exception machinery. */
#ifndef EMBER_RT_INTERNAL_H
#define EMBER_RT_INTERNAL_H

#include "rt.h"
#include "../gc/gc.h"
#include "../jit/jit.h"
#include "../loader/ld.h"

void rt_java_name(Class *c, char *buf, size_t n);          /* java.lang.String, [I stays [I */
Array *rt_string_array(Thread *t, const char *const *strs, int n); /* String[] of UTF-8 strings; NULL = "" */
char *rt_npe_message(Frame *f); /* malloc'd helpful NPE message for the frame's current instruction, or NULL */
Class *rt_boot_class(Thread *t, const char *name);          /* bootstrap loader, linked, not initialised */
/* C stack guard for nested C → Java calls: false (StackOverflowError pending) when too deep. */
bool rt_enter_native_depth(Thread *t);
/* The C stack alone (compiled code entering the interpreter): false, StackOverflowError pending, when less
 * than 256 KiB of it is left. */
bool rt_c_stack_check(Thread *t);
static inline void rt_leave_native_depth(Thread *t) { t->native_depth--; }

#endif
