/* rt_profile.h — internal to runtime/: the interpreter's tier-0 hooks, inline because they run at every
 * call, loop branch, conditional branch and switch. The layout they write is described at MethodData in rt.h;
 * the policy they call is rt_tier.c.
 *
 * Only the profiling loop calls them (rt_interp_loop.h with INTERP_PROFILE; -Xint runs a loop without them).
 * Costs while a method is cold (no MethodData yet): a counter increment and a compare at entry and at each
 * backward branch, a NULL test at each conditional branch, virtual call and switch. */
#ifndef EMBER_RT_PROFILE_H
#define EMBER_RT_PROFILE_H

#include "rt.h"

/* A profile count +1, saturating at UINT32_MAX (the carry test compiles to add + a never-taken jc). */
static inline void rt_sat_inc(uint32_t *c) {
    uint32_t n;
    if (!__builtin_add_overflow(*c, 1u, &n)) *c = n;
}

/* The cells of the site at bci (a site instruction: the index entry is never 0 there, a dropped branch or
 * receiver site points at the sink). */
static inline void *rt_profile_cells(MethodData *md, uint32_t bci) {
    return (uint8_t *)md + ((size_t)md->index[bci] << 3);
}

/* Method entry (interpreted): count, and tell the policy when the count reaches the method's notify value. */
static inline void rt_count_invocation(Thread *t, Method *m) {
    VM->jit.interp_calls++;
    uint32_t c = m->invocations + 1;
    m->invocations = c;
    if (RT_UNLIKELY(c >= m->inv_notify)) rt_tier_invocation_overflow(t, m);
}

/* A taken branch to the same or an earlier instruction (a loop's back edge): count; true when the policy must
 * hear of it (the caller saves its frame first, then calls rt_tier_backedge_overflow). */
static inline bool rt_count_backedge(Method *m) {
    uint32_t c = m->backedges + 1;
    m->backedges = c;
    return RT_UNLIKELY(c >= m->be_notify);
}

static inline void rt_profile_branch(MethodData *md, uint32_t bci, bool taken) {
    RtBranchData *b = rt_profile_cells(md, bci);
    rt_sat_inc(taken ? &b->taken : &b->not_taken);
}

/* HotSpot's ReceiverTypeData update: the row of k, else a free row becomes k's, else the polymorphic count. */
static inline void rt_profile_receiver(MethodData *md, uint32_t bci, Class *k) {
    RtReceiverData *r = rt_profile_cells(md, bci);
    for (int i = 0; i < RT_PROFILE_ROWS; i++) {
        if (r->klass[i] == k) {
            rt_sat_inc(&r->count[i]);
            return;
        }
    }
    for (int i = 0; i < RT_PROFILE_ROWS; i++) {
        if (!r->klass[i]) {
            r->klass[i] = k;
            r->count[i] = 1;
            return;
        }
    }
    rt_sat_inc(&r->polymorphic);
}

/* which: 0 = the default target, 1 + i = the i-th case. A switch without cells (size limit) is skipped. */
static inline void rt_profile_switch(MethodData *md, uint32_t bci, uint32_t which) {
    if (RT_UNLIKELY(!md->index[bci])) return;
    rt_sat_inc((uint32_t *)rt_profile_cells(md, bci) + which);
}

#endif
