/* The bytecode interpreter: computed-goto dispatch over the JVM instruction set.
 *
 * Java-to-Java calls do not recurse in C: a call pushes a frame on the thread's Java stack and the loop goes
 * on in the callee; a return pops it. The loop returns to C when the frame it was entered with (FRAME_ENTRY)
 * returns or unwinds. C code re-enters Java through rt_call (class initialisers, natives calling back).
 *
 * GC points: before anything that may allocate, throw or call out, SAVE() writes pc and sp to the frame
 * (see the Frame invariant in rt.h). */
#include "rt_internal.h"
#include "rt_profile.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define U1(p) ((uint8_t)(p)[0])
#define S1(p) ((int8_t)(p)[0])
#define U2(p) ((uint16_t)(((p)[0] << 8) | (p)[1]))
#define S2(p) ((int16_t)U2(p))
#define S4(p) ((int32_t)(((uint32_t)(p)[0] << 24) | ((uint32_t)(p)[1] << 16) | ((uint32_t)(p)[2] << 8) | (p)[3]))

static int32_t f2i(float v) {
    if (v != v) return 0;
    if (v >= 2147483647.0f) return INT32_MAX;
    if (v <= -2147483648.0f) return INT32_MIN;
    return (int32_t)v;
}
static int64_t f2l(float v) {
    if (v != v) return 0;
    if (v >= 9223372036854775807.0f) return INT64_MAX;
    if (v <= -9223372036854775808.0f) return INT64_MIN;
    return (int64_t)v;
}
static int32_t d2i(double v) {
    if (v != v) return 0;
    if (v >= 2147483647.0) return INT32_MAX;
    if (v <= -2147483648.0) return INT32_MIN;
    return (int32_t)v;
}
static int64_t d2l(double v) {
    if (v != v) return 0;
    if (v >= 9223372036854775807.0) return INT64_MAX;
    if (v <= -9223372036854775808.0) return INT64_MIN;
    return (int64_t)v;
}

/* Where execution resumes in a caller after its callee returned: past the invoke instruction. */
static inline const uint8_t *after_invoke(const uint8_t *pc) {
    return pc + ((*pc == 185 || *pc == 186) ? 5 : 3);
}

static bool check_cast_fail(Thread *t, Object *o, Class *target) {
    rt_throw_class_cast(t, o->klass, target);
    return false;
}

Method *rt_select_interface(Thread *t, Class *rc, Method *m) {
    Class *itf = m->owner;
    for (uint16_t i = 0; i < rc->n_itable; i++) {
        if (rc->itable[i].itf == itf) {
            Method *impl = rc->itable[i].methods ? rc->itable[i].methods[m->itable_index] : NULL;
            if (!impl || (impl->access & ACC_ABSTRACT)) {
                rt_throw_abstract(t, rc, m);
                return NULL;
            }
            return impl;
        }
    }
    char a[512], b[512];
    rt_java_name(rc, a, sizeof a);
    rt_java_name(itf, b, sizeof b);
    rt_throw_new(t, WK_IncompatibleClassChangeError, "Class %s does not implement the requested interface %s", a, b);
    return NULL;
}

Method *rt_resolve_virtual(Class *rc, Method *m) {
    if (m->vtable_index >= 0) return rc->vtable[m->vtable_index];
    if (m->itable_index >= 0) {
        for (uint16_t i = 0; i < rc->n_itable; i++)
            if (rc->itable[i].itf == m->owner) return rc->itable[i].methods[m->itable_index];
    }
    return m;
}

/* The loop, twice (rt_interp_loop.h): the profiling tier 0 and the plain interpreter of -Xint. A profiling
 * decision made once per VM costs a well-predicted test per call into the interpreter rather than a test at
 * every branch. */
#define INTERP_FN interpret_plain
#define INTERP_PROFILE 0
#include "rt_interp_loop.h"
#undef INTERP_FN
#undef INTERP_PROFILE
#define INTERP_FN interpret_profiling
#define INTERP_PROFILE 1
#include "rt_interp_loop.h"
#undef INTERP_FN
#undef INTERP_PROFILE

bool rt_interpret(Thread *t, Frame *entry) {
    return VM->tier.profiling ? interpret_profiling(t, entry) : interpret_plain(t, entry);
}
