/* gc_frames.c — the references of Java frames, for the collector's root walk, and -XX:+VerifyRefMaps.
 *
 * Interpreted frames are read with the reference map at their pc (gc_refmap.c). That relies on the Frame
 * invariant of rt.h: at every point where a collection can happen, a frame's pc is the instruction it is
 * executing and sp its operand stack top. sp may be below the map's depth (an invoke's arguments belong to
 * the callee's locals; exception dispatch empties the stack) but never above it: that is checked on every
 * scan, since a frame that breaks it would have slots no map describes. Inside jsr subroutines a local may
 * hold a caller's value whose type depends on which jsr called; those are settled from the frame itself,
 * through the return addresses (ctx_ref).
 *
 * Native frames (FRAME_NATIVE, no pc) hold only their arguments, locals[0 .. arg_slots): `this` unless
 * static, then the descriptor's parameters; their map is the one record gc_refmap.c keeps at bci 0. */
#include "gc_refmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "java.lang.String.indexOf (II)I" */
static void method_name(Method *m, char *buf, size_t n) {
    snprintf(buf, n, "%s.%s %s", m->owner->name->text, m->name->text, m->desc->text);
    for (char *p = buf; *p && *p != ' '; p++)
        if (*p == '/') *p = '.';
}

static inline bool bit(const uint8_t *map, uint32_t i) { return (map[i >> 3] >> (i & 7)) & 1; }

/* Visits slots[k] for each set bit first+k of map, k < n; skips zero bytes (most of a map). */
static void visit_bits(const uint8_t *map, uint32_t first, Slot *slots, uint32_t n,
                       void (*visit)(Object **slot, void *ctx), void *ctx) {
    for (uint32_t k = 0; k < n;) {
        uint32_t i = first + k;
        if ((i & 7) == 0 && k + 8 <= n && map[i >> 3] == 0) {
            k += 8;
            continue;
        }
        if (bit(map, i)) visit(&slots[k].l, ctx);
        k++;
    }
}

/* The jsr whose return address is r, if it calls the subroutine at `entry`: r - 3 (jsr) or r - 5 (jsr_w),
 * whichever is a reachable instruction; -1 when neither is (the frame or the maps are wrong). */
static int64_t calling_jsr(Method *m, int32_t r, uint32_t entry) {
    for (int w = 3; w <= 5; w += 2) {
        int64_t j = (int64_t)r - w;
        if (j < 0 || (uint64_t)r > m->code_len || !gc_refmap_at(m, (uint32_t)j)) continue;
        const uint8_t *p = m->code + j;
        int64_t off = w == 3 ? (int16_t)((p[1] << 8) | p[2])
                             : (int32_t)(((uint32_t)p[1] << 24) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 8) | p[4]);
        if (p[0] == (w == 3 ? 168 : 201) && j + off == (int64_t)entry) return j;
    }
    return -1;
}

/* Local i of frame f at bci, inside a subroutine where the map depends on the caller (GcRefCtx): follows the
 * return addresses outwards until a jsr site's map decides. A return address is read from the frame only if
 * no subroutine entered since that jsr has written its slot; otherwise that outer subroutine can no longer
 * ret, so the caller's values are dead (see gc_refmap.c). */
static bool ctx_ref(Frame *f, Method *m, uint32_t bci, uint32_t i) {
    uint32_t chain[256];
    uint32_t n = 0, at = bci;
    for (;;) {
        const uint8_t *map = gc_refmap_at(m, at);
        GcRefCtx cx;
        if (!map || n == 256) break;
        if (bit(map, i)) return true;
        if (!gc_refmap_ctx(m, at, &cx) || !bit(cx.unmod, i)) return false;
        Slot *s;
        if (cx.ret_slot < m->max_locals) {
            for (uint32_t k = 0; k < n; k++) {
                GcRefCtx inner;
                if (!gc_refmap_ctx(m, chain[k], &inner) || !bit(inner.unmod, cx.ret_slot)) return false;
            }
            s = &f->locals[cx.ret_slot];
        } else {
            if (n > 0 || cx.ret_slot - m->max_locals >= (uint32_t)(f->sp - f->stack)) return false;
            s = &f->stack[cx.ret_slot - m->max_locals];
        }
        int64_t j = calling_jsr(m, s->i, cx.entry);
        if (j < 0) break;
        chain[n++] = at;
        at = (uint32_t)j;
    }
    char name[600];
    method_name(m, name, sizeof name);
    rt_fatal("frame of %s at bci %u: no jsr found for the return address of its subroutine (VM bug)", name, bci);
}

void gc_frame_refs(Frame *f, void (*visit)(Object **slot, void *ctx), void *ctx) {
    Method *m = f->method;
    char name[600];
    if (f->flags & FRAME_NATIVE) {
        const uint8_t *map = gc_refmap_at(m, 0);
        if (!map) {
            method_name(m, name, sizeof name);
            rt_fatal("no argument map for the native frame of %s (malformed descriptor)", name);
        }
        visit_bits(map, 0, f->locals, m->arg_slots, visit, ctx);
        return;
    }
    if (!m->code || f->pc < m->code || f->pc >= m->code + m->code_len) {
        method_name(m, name, sizeof name);
        rt_fatal("frame of %s has a pc outside its code (%p)", name, (const void *)f->pc);
    }
    uint32_t bci = (uint32_t)(f->pc - m->code), depth;
    const uint8_t *map = gc_refmap_lookup(m, bci, &depth);
    if (RT_UNLIKELY(!map)) {
        uint32_t at = 0;
        const char *why = gc_refmap_failure(m, &at);
        method_name(m, name, sizeof name);
        if (why) rt_fatal("reference maps of %s could not be computed (%s at bci %u); its frame at bci %u cannot be scanned",
                          name, why, at, bci);
        rt_fatal("no reference map for %s at bci %u: not the start of a reachable instruction (VM bug)", name, bci);
    }
    if (RT_UNLIKELY(f->sp < f->stack || (size_t)(f->sp - f->stack) > depth)) {
        method_name(m, name, sizeof name);
        rt_fatal("frame of %s at bci %u has %td operand stack slots, its reference map only %u (VM bug)", name, bci,
                 f->sp - f->stack, depth);
    }
    GcRefCtx cx;
    if (RT_UNLIKELY(gc_refmap_ctx(m, bci, &cx))) {
        for (uint32_t i = 0; i < m->max_locals; i++)
            if (bit(map, i) || (bit(cx.unmod, i) && ctx_ref(f, m, bci, i))) visit(&f->locals[i].l, ctx);
    } else {
        visit_bits(map, 0, f->locals, m->max_locals, visit, ctx);
    }
    visit_bits(map, m->max_locals, f->stack, (uint32_t)(f->sp - f->stack), visit, ctx);
}

/* ---- -XX:+VerifyRefMaps -------------------------------------------------------------------------------- */
/* Called on every invoke when the option is set: the first call of any method of a class computes (and so
 * verifies, see gc_refmap_verify) the maps of all its methods, so a class counts as checked once one of its
 * methods has maps; the later calls cost one test. */
void gc_refmap_check_method(Method *m) {
    if (RT_LIKELY(m->gc_refmaps != NULL)) return;
    Class *c = m->owner;
    for (uint16_t i = 0; i < c->n_methods; i++) gc_refmap_at(&c->methods[i], 0);
    gc_refmap_at(m, 0);
}

/* Verification types of the StackMapTable, reduced to what a map can say. */
enum { K_TOP, K_REF, K_VAL };

typedef struct Vt {
    uint8_t kind, width;   /* width 2: long and double (the second slot is never a reference) */
} Vt;

typedef struct SmtReader {
    Method *m;
    const uint8_t *p, *end;
    bool bad;
} SmtReader;

static uint32_t rd_u1(SmtReader *R) {
    if (R->p + 1 > R->end) return R->bad = true, 0;
    return *R->p++;
}
static uint32_t rd_u2(SmtReader *R) {
    if (R->p + 2 > R->end) return R->bad = true, 0;
    uint32_t v = (uint32_t)(R->p[0] << 8) | R->p[1];
    R->p += 2;
    return v;
}

static Vt rd_vt(SmtReader *R) {
    uint32_t tag = rd_u1(R);
    switch (tag) {
    case 0: return (Vt){K_TOP, 1};
    case 1: case 2: return (Vt){K_VAL, 1};           /* Integer, Float */
    case 3: case 4: return (Vt){K_VAL, 2};           /* Double, Long */
    case 5: case 6: return (Vt){K_REF, 1};           /* Null, UninitializedThis */
    case 7: case 8: rd_u2(R); return (Vt){K_REF, 1}; /* Object, Uninitialized(offset) */
    default: R->bad = true; return (Vt){K_TOP, 1};
    }
}

static const char *kind_name(int k) { return k == K_REF ? "reference" : k == K_VAL ? "non-reference" : "top"; }

static _Noreturn void mismatch(Method *m, uint32_t bci, const char *what) {
    char name[600];
    method_name(m, name, sizeof name);
    fprintf(stderr, "ember: VerifyRefMaps: %s bci %u%s\n", name, bci, what);
    rt_fatal("VerifyRefMaps: the reference maps of %s are wrong", name);
}

/* Expands verification types into slots; false when they need more than n slots. */
static bool expand(const Vt *vt, uint32_t nvt, uint8_t *slots, uint32_t n, uint32_t *used) {
    uint32_t i = 0;
    for (uint32_t k = 0; k < nvt; k++) {
        if (i + vt[k].width > n) return false;
        slots[i++] = vt[k].kind;
        if (vt[k].width == 2) slots[i++] = K_VAL;
    }
    *used = i;
    return true;
}

/* One StackMapTable frame (or the implicit one at bci 0) against the computed map at bci. */
static void check_frame(Method *m, uint32_t bci, const Vt *loc, uint32_t nloc, const Vt *stk, uint32_t nstk,
                        uint8_t *slots) {
    uint32_t nl = m->max_locals, ns = m->max_stack, depth, nlu, nsu;
    const uint8_t *map = gc_refmap_lookup(m, bci, &depth);
    if (!map) return; /* unreachable code: no frame of it can exist */
    char what[200];
    if (!expand(loc, nloc, slots, nl, &nlu) || !expand(stk, nstk, slots + nl, ns, &nsu)) {
        snprintf(what, sizeof what, ": the StackMapTable frame does not fit in max_locals/max_stack");
        mismatch(m, bci, what);
    }
    for (uint32_t i = nlu; i < nl; i++) slots[i] = K_TOP;
    if (nsu != depth) {
        snprintf(what, sizeof what, " stack depth: expected %u, computed %u", nsu, depth);
        mismatch(m, bci, what);
    }
    for (uint32_t i = 0; i < nl + nsu; i++) {
        if (slots[i] == K_TOP || (slots[i] == K_REF) == bit(map, i)) continue;
        char where[40];
        if (i < nl) snprintf(where, sizeof where, "local %u", i);
        else snprintf(where, sizeof where, "stack %u", i - nl);
        snprintf(what, sizeof what, " slot %u (%s): expected %s, computed %s", i, where, kind_name(slots[i]),
                 bit(map, i) ? "reference" : "non-reference");
        mismatch(m, bci, what);
    }
}

void gc_refmap_verify(Method *m) {
    uint32_t at = 0;
    const char *why = gc_refmap_failure(m, &at);
    if (why) {
        char what[200];
        snprintf(what, sizeof what, ": analysis failed: %s", why);
        mismatch(m, at, what);
    }
    if (!m->code) return;
    uint32_t nl = m->max_locals, cap = nl + 1;
    /* locals as verification types (chop and append count types, not slots); at most one per slot */
    Vt *loc = calloc(cap, sizeof(Vt)), *stk = calloc((size_t)m->max_stack + 1, sizeof(Vt));
    uint8_t *slots = calloc((size_t)nl + m->max_stack + 2, 1);
    uint32_t nloc = 0, nstk = 0;
    if (!(m->access & ACC_STATIC) && nloc < cap) loc[nloc++] = (Vt){K_REF, 1};
    for (const char *d = m->desc->text + 1; *d && *d != ')' && nloc < cap; d = rt_desc_next(d))
        loc[nloc++] = (Vt){*d == 'L' || *d == '[' ? K_REF : K_VAL, *d == 'J' || *d == 'D' ? 2 : 1};
    check_frame(m, 0, loc, nloc, stk, 0, slots);
    /* With jsr, HotSpot does not use the StackMapTable (class files of version 50 fall back to the old
     * verifier), so it need not describe the code. */
    if (m->stackmap && !(gc_refmap_flags(m) & GC_RM_JSR)) {
        SmtReader R = {m, m->stackmap, m->stackmap + m->stackmap_len, false};
        uint32_t n = rd_u2(&R);
        int64_t bci = -1;
        for (uint32_t k = 0; k < n && !R.bad; k++) {
            uint32_t ft = rd_u1(&R), delta;
            nstk = 0;
            if (ft <= 63) {
                delta = ft;
            } else if (ft <= 127) {
                delta = ft - 64;
                stk[nstk++] = rd_vt(&R);
            } else if (ft < 247) {
                R.bad = true;
                break;
            } else {
                delta = rd_u2(&R);
                if (ft == 247) {
                    stk[nstk++] = rd_vt(&R);
                } else if (ft <= 250) {
                    if (251 - ft > nloc) R.bad = true;
                    else nloc -= 251 - ft;
                } else if (ft >= 252 && ft <= 254) {
                    for (uint32_t i = 0; i < ft - 251 && !R.bad; i++) {
                        if (nloc >= cap) R.bad = true;
                        else loc[nloc++] = rd_vt(&R);
                    }
                } else if (ft == 255) {
                    uint32_t a = rd_u2(&R);
                    if (a > cap) R.bad = true;
                    for (nloc = 0; nloc < a && !R.bad; nloc++) loc[nloc] = rd_vt(&R);
                    uint32_t b = rd_u2(&R);
                    if (b > (uint32_t)m->max_stack + 1u) R.bad = true;
                    for (nstk = 0; nstk < b && !R.bad; nstk++) stk[nstk] = rd_vt(&R);
                }
            }
            bci = bci < 0 ? delta : bci + delta + 1;
            if (R.bad || bci >= m->code_len) {
                R.bad = true;
                break;
            }
            check_frame(m, (uint32_t)bci, loc, nloc, stk, nstk, slots);
        }
        if (R.bad) mismatch(m, bci < 0 ? 0 : (uint32_t)bci, ": malformed StackMapTable");
    }
    free(loc);
    free(stk);
    free(slots);
}

int32_t gc_refmap_depth(Method *m, uint32_t bci) {
    uint32_t depth;
    if (!m->code || bci >= m->code_len || !gc_refmap_lookup(m, bci, &depth)) return -1;
    return (int32_t)depth;
}
