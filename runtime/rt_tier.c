/* rt_tier.c — the tier policy: when a method gets a profile, and when it should be compiled.
 *
 * HotSpot's non-tiered policy with a profiling interpreter, with the client compiler's (C1's) defaults,
 * because tier 1 is a baseline compiler:
 *   -XX:CompileThreshold=1500            invocations + backedges at which a method is compiled
 *   -XX:InterpreterProfilePercentage=33  a method gets its MethodData at 33% of that (495)
 *   -XX:OnStackReplacePercentage=933     backedges at which a loop is compiled for OSR:
 *                                        CompileThreshold * OnStackReplacePercentage / 100 = 13995
 * The backedge limit is HotSpot's formula without a profiling interpreter. With one, HotSpot uses
 * CompileThreshold * (OnStackReplacePercentage - InterpreterProfilePercentage) / 100, because its backedge
 * counter then lives in the MethodData and starts counting at the profile limit; ours counts from the first
 * execution (Method.backedges), so the plain formula gives the same loop trip count.
 * -Xint and -XX:TieredStopAtLevel=0 run the plain interpreter loop (rt_interp_loop.h): no counters, no
 * profiles, no events, as HotSpot's -Xint. -Xcomp asks for a compilation at every method's first call.
 *
 * Events. The interpreter counts invocations at method entry and backedges at taken backward branches
 * (rt_profile.h) and calls in here when a counter reaches the method's notify value. Both notify values start
 * at 0, so every method's first execution is an event, which sets them to the counts at which the next
 * threshold can be crossed: each counter alone must cover the distance left to the next limit on
 * invocations + backedges, so an event comes late by at most that distance when both counters move (HotSpot's
 * counters, decayed and carried, are no more exact), and never early. A method whose decisions are all made
 * gets UINT32_MAX: it is heard of again only when a counter saturates (every 2^16 counts after 2^32).
 *
 * The compiler plugs in at rt_tier_should_compile / rt_tier_should_compile_osr (jit_request: compiled now
 * under -Xbatch, else queued); a method it declines keeps running in the interpreter, with no further events. */
#include "rt_profile.h"
#include "../jit/jit.h"

static inline uint32_t clamp32(uint64_t v) { return v > UINT32_MAX ? UINT32_MAX : (uint32_t)v; }
static inline uint64_t nonneg(int64_t v) { return v < 0 ? 0 : (uint64_t)v; }

void rt_tier_init(void) {
    const VmOptions *o = &VM->opt;
    RtTier *tr = &VM->tier;
    /* The options were checked by the launcher (deploy/dep_vm.c); callers that build VmOptions themselves
     * (fuzz targets) pass zeros, which only means "profile and ask at once". */
    uint64_t ct = nonneg(o->compile_threshold);
    tr->profiling = !o->xint && o->stop_at_level != 0;
    tr->compile_limit = o->xcomp ? 0 : clamp32(ct);
    tr->profile_limit = clamp32(ct * nonneg(o->profile_percentage) / 100);
    if (tr->profile_limit > tr->compile_limit) tr->profile_limit = tr->compile_limit;
    tr->osr_limit = clamp32(ct * nonneg(o->osr_percentage) / 100);
}

/* ---- the decisions: the baseline compiler (jit/jit_policy.c) --------------------------------------------- */
enum RtTierDecision rt_tier_should_compile(Thread *t, Method *m) {
    if (!VM->tier.profiling || (m->access & (ACC_NATIVE | ACC_ABSTRACT))) return RT_TIER_INTERPRET;
    if (!jit_compilation_enabled()) return RT_TIER_NO_COMPILER;
    return jit_request(t, m, -1) ? RT_TIER_COMPILE : RT_TIER_NO_COMPILER;
}

enum RtTierDecision rt_tier_should_compile_osr(Thread *t, Method *m, uint32_t bci) {
    if (!VM->tier.profiling || (m->access & (ACC_NATIVE | ACC_ABSTRACT))) return RT_TIER_INTERPRET;
    if (!jit_compilation_enabled()) return RT_TIER_NO_COMPILER;
    return jit_request(t, m, (int32_t)bci) ? RT_TIER_COMPILE : RT_TIER_NO_COMPILER;
}

/* ---- events -------------------------------------------------------------------------------------------- */
/* A counter at UINT32_MAX goes back to RT_COUNT_SAT (see rt.h): it can never wrap to small values. */
static inline void saturate(uint32_t *c) {
    if (*c == UINT32_MAX) *c = RT_COUNT_SAT;
}

/* `bci` >= 0: a backedge event to that loop header; -1: an invocation event. */
static void tier_event(Thread *t, Method *m, int64_t bci) {
    RtTier *tr = &VM->tier;
    saturate(&m->invocations);
    saturate(&m->backedges);
    if (!tr->profiling) {
        m->inv_notify = m->be_notify = UINT32_MAX;
        return;
    }
    uint64_t inv = m->invocations, be = m->backedges, total = inv + be;
    MethodData *md = m->mdo;
    if (!md && total >= tr->profile_limit) md = rt_profile_create(m);
    /* The next limit on invocations + backedges, and on backedges, still ahead. A policy that declines
     * (RT_TIER_INTERPRET: not now) is asked again after half a threshold more, as HotSpot's counter decay does. */
    uint64_t next = UINT64_MAX, be_next = UINT64_MAX;
    if (!md) {
        next = tr->profile_limit;
    } else if (!(md->tier_flags & RT_MD_COMPILE_DECIDED)) {
        if (total < tr->compile_limit) {
            next = tr->compile_limit;
        } else {
            md->compile_asked_at = clamp32(total);
            if (rt_tier_should_compile(t, m) != RT_TIER_INTERPRET)
                md->tier_flags |= RT_MD_COMPILE_DECIDED;
            else
                next = total + tr->compile_limit / 2 + 1;
        }
    }
    if (md && !(md->tier_flags & RT_MD_OSR_DECIDED)) {
        if (be < tr->osr_limit || bci < 0) {
            be_next = be < tr->osr_limit ? tr->osr_limit : be + 1;
        } else {
            md->osr_asked_at = (uint32_t)be;
            md->osr_asked_bci = (uint32_t)bci;
            if (rt_tier_should_compile_osr(t, m, (uint32_t)bci) != RT_TIER_INTERPRET)
                md->tier_flags |= RT_MD_OSR_DECIDED;
            else
                be_next = be + tr->osr_limit / 2 + 1;
        }
    }
    /* A loop whose OSR compilation was asked for keeps reporting (every JIT_OSR_POLL backedges) while it runs
     * interpreted: a queued compilation installs later, and other activations of the method find the code. */
    if (md && (md->tier_flags & RT_MD_OSR_DECIDED) && !(m->jit_flags & RT_JIT_OSR_NOT_COMPILABLE) &&
        be + JIT_OSR_POLL < be_next)
        be_next = be + JIT_OSR_POLL;
    uint64_t left = next == UINT64_MAX ? UINT64_MAX : next > total ? next - total : 1;
    m->inv_notify = left == UINT64_MAX ? UINT32_MAX : clamp32(inv + left);
    uint64_t be_at = left == UINT64_MAX ? UINT64_MAX : be + left;
    m->be_notify = clamp32(be_next < be_at ? be_next : be_at);
}

void rt_tier_invocation_overflow(Thread *t, Method *m) {
    jit_poll(t);
    tier_event(t, m, -1);
}

bool rt_tier_backedge_overflow(Thread *t, Method *m, uint32_t target_bci, RtOsr *osr) {
    jit_poll(t);
    tier_event(t, m, target_bci);
    return jit_osr_lookup(m, target_bci, &osr->entry, &osr->target);
}
