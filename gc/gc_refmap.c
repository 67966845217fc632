/* gc_refmap.c — reference maps of interpreted methods: for the start of every reachable instruction, which
 * locals and operand-stack slots hold references. The precise GC (gc_frames.c) reads them to find the
 * references of each frame at its current pc.
 *
 * Computed once per method, on first need, by abstract interpretation: a worklist over basic blocks, each
 * slot typed in a small lattice, joined at merge points until nothing changes. The StackMapTable is not used
 * (class files 45-61 are treated alike; -XX:+VerifyRefMaps cross-checks the result against it).
 *
 * Lattice of a slot (join = least upper bound):
 *        TOP (conflict, or never written)
 *      /   |    \
 *    REF  VAL  RET(k)            REF: reference, null, uninitialized `new` result or `this`
 *      \   |    /                VAL: int, float, either half of a long or double
 *        BOT (not reached)       RET(k): returnAddress pushed by a jsr to subroutine k
 * Only REF gets a bit in the map. That is safe for the GC in both directions as long as the analysis is as
 * precise as the JVM verifier: a slot typed REF holds a reference on every path (so the GC never treats an
 * int as a pointer), and a slot the code will still use as a reference is REF on every path into the use
 * (the verifier requires it), so a moving GC never misses a live reference. TOP slots are dead.
 *
 * Exception handlers: entry locals = join over the state before every instruction of the covered range
 * and after every one that writes a local (as the verifier does); entry stack = [REF].
 *
 * jsr/ret (class files < 51): the returnAddress type carries the subroutine k (numbered by jsr target), so
 * every jsr to the same subroutine pushes the same type and the ret knows whom to return to. Each state also
 * carries `sub` (the subroutine its code runs in) and, per local, a "modified since the subroutine's entry"
 * flag (joined by OR). A `ret` through RET(k) while in subroutine k continues after every jsr to k: a local
 * the subroutine modified takes its type from the ret state, any other from the jsr site (it still holds the
 * caller's value); the stack comes from the ret. This is the old verifier's rule and is exact for javac's
 * finally-subroutines. Inside the subroutine such an unmodified local is TOP when its callers disagree
 * (a reference after one jsr, an int after another), yet live: the caller uses it after the ret. One map
 * per instruction cannot say it, so the maps there also record a context (GcRefCtx: the slot holding the
 * return address, the unmodified locals) from which gc_frames.c finds the calling jsr in the frame and takes
 * the local's type there. Limitations (hand-written code only; javac never produced it):
 *  - a ret that leaves several nested subroutines at once, or through a returnAddress joined from different
 *    subroutines, falls back to the ret state for every local after every jsr of the method (flagged
 *    GC_RM_IMPRECISE): never a false reference, but a local whose type differed between jsr sites becomes
 *    TOP there, so a live reference could be missed;
 *  - operand stack slots a caller leaves below the returnAddress are not resolved by caller (only locals);
 *  - code reached both inside and outside a subroutine (sub = MIXED) gets no context.
 *
 * Failure: code the analysis cannot type (stack underflow or overflow, stack heights that differ at a join,
 * undecodable instructions, bad constant-pool operands) gets no maps, only the reason. That is reported when
 * a frame of the method is scanned (fatal), or at once under -XX:+VerifyRefMaps; never silently empty maps.
 * The stored form is described in gc_refmap_store.c.
 *
 * Cost (measured on the whole class library: 5749 methods, 96k instructions, 178 KB of bytecode): about
 * 25 ms to compute every map, 357 KB of metaspace for them (3.7 bytes per instruction). Maps are made only
 * for methods whose frames a collection scans, so a typical program holds a few KB (a few hundred bytes
 * when collections happen at shallow stacks); -XX:+VerifyRefMaps computes every method of every class used,
 * 20-90 KB on the test programs. */
#include "gc_refmap.h"

#include <stdlib.h>
#include <string.h>

enum { T_BOT = 0, T_REF = 1, T_VAL = 2, T_TOP = 3, T_RET0 = 4 };
#define MAX_SUBS (256 - T_RET0)
enum { SUB_MAIN = -1, SUB_MIXED = -2 };
#define UNREACHED 0xffffffffu

enum {
    R_NONE, R_DECODE, R_TARGET, R_HANDLER, R_UNDERFLOW, R_OVERFLOW, R_HEIGHT, R_LOCAL, R_CP, R_DESC, R_ARGS,
    R_FALLOFF, R_SUBS, R_HANDLER_STACK
};
static const char *const reasons[] = {
    "", "undecodable instruction", "branch target is not an instruction",
    "exception handler range or target is not an instruction", "operand stack underflow",
    "operand stack overflow (max_stack)", "operand stack heights differ at a join",
    "local variable index out of range (max_locals)", "bad constant-pool operand", "malformed descriptor",
    "arguments do not fit in max_locals", "control falls off the end of the code", "too many jsr subroutines",
    "exception handler reachable with max_stack 0",
};

/* Instruction lengths from rt_opcodes.def: 0 = undefined opcode, 255 = variable (switches, wide). */
static const uint8_t op_len[256] = {
#define OP(name, code, len) [code] = (len) ? (len) : 255,
#include "../runtime/rt_opcodes.def"
#undef OP
};

#define U2(p) ((uint32_t)(((p)[0] << 8) | (p)[1]))
#define S2(p) ((int16_t)U2(p))
#define S4(p) ((int32_t)(((uint32_t)(p)[0] << 24) | ((uint32_t)(p)[1] << 16) | ((uint32_t)(p)[2] << 8) | (p)[3]))

typedef struct Ana {
    Method *m;
    Class *c;
    const uint8_t *code;
    uint32_t len, nl, ns, nslots;
    bool has_jsr;
    uint8_t *is_insn;       /* per bci */
    uint8_t *is_leader;     /* per bci: a block starts here (a join point) */
    int32_t *block_of;      /* per bci: block number of a leader, else -1 */
    uint32_t nblocks;
    uint32_t *block_bci;
    /* block entry states */
    uint8_t *types;         /* nslots per block */
    uint32_t *depth;        /* UNREACHED until first merged into */
    int16_t *sub;
    uint8_t *mod;           /* nl per block, jsr methods only */
    uint32_t *work, nwork;
    uint8_t *queued;
    /* subroutines (jsr methods only) */
    int16_t *sub_at;        /* per bci: subroutine number of a jsr target, else -1 */
    uint32_t *sub_entry;    /* per subroutine: its first instruction */
    uint32_t nsubs, njsr;
    uint32_t *jsr_bci, *jsr_next;
    int16_t *jsr_target_sub;
    uint8_t *jsr_seen;      /* the state at the jsr below is known */
    uint8_t *jsr_loc;       /* nl per jsr: locals at the jsr, from the latest (largest) pass */
    uint8_t *jsr_mod;
    int16_t *jsr_ctx;       /* `sub` at the jsr */
    uint8_t *ret_block;     /* per block: contains a reached ret */
    /* the state being stepped */
    uint8_t *cur, *cmod, *tmp, *tmpmod;
    uint32_t sp;
    int16_t csub;
    bool wrote;             /* the instruction just stepped wrote a local */
    bool imprecise;
    int fail;
    uint32_t fail_bci;
} Ana;

static inline uint8_t join(uint8_t a, uint8_t b) {
    if (a == b || b == T_BOT) return a;
    if (a == T_BOT) return b;
    return T_TOP;
}

static int ana_fail(Ana *A, uint32_t bci, int reason) {
    if (!A->fail) {
        A->fail = reason;
        A->fail_bci = bci;
    }
    return -1;
}

static void *alloc_or_die(size_t n) {
    void *p = calloc(n ? n : 1, 1);
    if (!p) rt_fatal("out of process memory computing reference maps");
    return p;
}

/* Length of the instruction at bci, 0 when it is undefined or does not fit in the code. */
static uint32_t insn_len(const uint8_t *code, uint32_t len, uint32_t bci) {
    uint8_t op = code[bci];
    uint32_t n = op_len[op];
    if (n == 0) return 0;
    if (n != 255) return bci + n <= len ? n : 0;
    if (op == 196) { /* wide */
        if (bci + 1 >= len) return 0;
        uint8_t w = code[bci + 1];
        n = w == 132 ? 6 : ((w >= 21 && w <= 25) || (w >= 54 && w <= 58) || w == 169) ? 4 : 0;
        return n && bci + n <= len ? n : 0;
    }
    uint32_t base = (bci + 4) & ~3u; /* switch operands are 4-byte aligned from the start of the code */
    if ((uint64_t)base + (op == 170 ? 12 : 8) > len) return 0;
    uint64_t end;
    if (op == 170) {
        int32_t lo = S4(code + base + 4), hi = S4(code + base + 8);
        if (lo > hi) return 0;
        end = base + 12 + 4 * ((uint64_t)((int64_t)hi - lo) + 1);
    } else {
        int32_t npairs = S4(code + base + 4);
        if (npairs < 0) return 0;
        end = (uint64_t)base + 8 + 8 * (uint64_t)npairs;
    }
    return end <= len ? (uint32_t)(end - bci) : 0;
}

/* Runs DO with `target` set to each branch or switch target of the instruction at bci (not jsr's). */
#define FOR_TARGETS(A, bci, DO)                                                                              \
    do {                                                                                                     \
        const uint8_t *p_ = (A)->code + (bci);                                                               \
        uint8_t op_ = p_[0];                                                                                 \
        if ((op_ >= 153 && op_ <= 167) || op_ == 198 || op_ == 199) {                                        \
            int64_t target = (int64_t)(bci) + S2(p_ + 1);                                                    \
            DO;                                                                                              \
        } else if (op_ == 200) {                                                                             \
            int64_t target = (int64_t)(bci) + S4(p_ + 1);                                                    \
            DO;                                                                                              \
        } else if (op_ == 170 || op_ == 171) {                                                               \
            const uint8_t *b_ = (A)->code + (((bci) + 4) & ~3u);                                             \
            int64_t n_ = op_ == 170 ? (int64_t)S4(b_ + 8) - S4(b_ + 4) + 1 : S4(b_ + 4);                     \
            for (int64_t k_ = -1; k_ < n_; k_++) {                                                           \
                int64_t target = (int64_t)(bci) + S4(k_ < 0 ? b_ : op_ == 170 ? b_ + 12 + 4 * k_ : b_ + 12 + 8 * k_); \
                DO;                                                                                          \
            }                                                                                                \
        }                                                                                                    \
    } while (0)

/* Decodes the code once: instruction starts, join points (blocks), jsr sites and subroutines. */
static bool prescan(Ana *A) {
    uint32_t len = A->len;
    for (uint32_t bci = 0; bci < len;) {
        uint32_t n = insn_len(A->code, len, bci);
        if (!n) return ana_fail(A, bci, R_DECODE), false;
        A->is_insn[bci] = 1;
        uint8_t op = A->code[bci];
        if (op == 168 || op == 201) A->njsr++;
        bci += n;
    }
    A->is_leader[0] = 1;
    A->has_jsr = A->njsr > 0;
    if (A->has_jsr) {
        A->jsr_bci = alloc_or_die(sizeof(uint32_t) * A->njsr);
        A->jsr_next = alloc_or_die(sizeof(uint32_t) * A->njsr);
        A->jsr_target_sub = alloc_or_die(sizeof(int16_t) * A->njsr);
        A->jsr_seen = alloc_or_die(A->njsr);
        A->jsr_loc = alloc_or_die((size_t)A->njsr * A->nl);
        A->jsr_mod = alloc_or_die((size_t)A->njsr * A->nl);
        A->jsr_ctx = alloc_or_die(sizeof(int16_t) * A->njsr);
        A->sub_at = alloc_or_die(sizeof(int16_t) * len);
        A->sub_entry = alloc_or_die(sizeof(uint32_t) * MAX_SUBS);
        for (uint32_t i = 0; i < len; i++) A->sub_at[i] = -1;
    }
    uint32_t j = 0;
    for (uint32_t bci = 0; bci < len; bci += insn_len(A->code, len, bci)) {
        const uint8_t *p = A->code + bci;
        bool bad = false;
        FOR_TARGETS(A, bci, {
            if (target < 0 || target >= len || !A->is_insn[target]) bad = true;
            else A->is_leader[target] = 1;
        });
        if (bad) return ana_fail(A, bci, R_TARGET), false;
        if (p[0] == 168 || p[0] == 201) {
            int64_t target = (int64_t)bci + (p[0] == 168 ? S2(p + 1) : S4(p + 1));
            uint32_t next = bci + (p[0] == 168 ? 3 : 5);
            if (target < 0 || target >= len || !A->is_insn[target] || next >= len)
                return ana_fail(A, bci, R_TARGET), false;
            if (A->sub_at[target] < 0) {
                if (A->nsubs == MAX_SUBS) return ana_fail(A, bci, R_SUBS), false;
                A->sub_entry[A->nsubs] = (uint32_t)target;
                A->sub_at[target] = (int16_t)A->nsubs++;
            }
            A->is_leader[target] = A->is_leader[next] = 1;
            A->jsr_bci[j] = bci;
            A->jsr_next[j] = next;
            A->jsr_target_sub[j] = A->sub_at[target];
            j++;
        }
    }
    for (uint32_t i = 0; i < A->m->n_handlers; i++) {
        ExHandler *h = &A->m->handlers[i];
        if (h->start_pc >= len || !A->is_insn[h->start_pc] || h->end_pc > len || h->end_pc <= h->start_pc ||
            (h->end_pc < len && !A->is_insn[h->end_pc]) || h->handler_pc >= len || !A->is_insn[h->handler_pc])
            return ana_fail(A, 0, R_HANDLER), false;
        A->is_leader[h->handler_pc] = 1;
    }
    for (uint32_t bci = 0; bci < len; bci++)
        if (A->is_leader[bci]) A->nblocks++;
    A->block_bci = alloc_or_die(sizeof(uint32_t) * A->nblocks);
    A->nblocks = 0;
    for (uint32_t bci = 0; bci < len; bci++) {
        A->block_of[bci] = -1;
        if (A->is_leader[bci]) {
            A->block_of[bci] = (int32_t)A->nblocks;
            A->block_bci[A->nblocks++] = bci;
        }
    }
    return true;
}

/* Joins a state into the entry state of the block at `target`; queues the block when that changed it. */
static void merge(Ana *A, uint32_t from, uint32_t target, const uint8_t *loc, const uint8_t *stk, uint32_t sp,
                  int16_t sub, const uint8_t *mod) {
    int32_t b = target < A->len ? A->block_of[target] : -1;
    if (b < 0) {
        ana_fail(A, from, R_TARGET);
        return;
    }
    uint8_t *T = A->types + (size_t)b * A->nslots;
    uint8_t *M = A->has_jsr ? A->mod + (size_t)b * A->nl : NULL;
    bool changed = false;
    if (A->depth[b] == UNREACHED) {
        memcpy(T, loc, A->nl);
        memcpy(T + A->nl, stk, sp);
        A->depth[b] = sp;
        A->sub[b] = sub;
        if (M) memcpy(M, mod, A->nl);
        changed = true;
    } else {
        if (A->depth[b] != sp) {
            ana_fail(A, from, R_HEIGHT);
            return;
        }
        for (uint32_t i = 0; i < A->nl; i++) {
            uint8_t t = join(T[i], loc[i]);
            if (t != T[i]) T[i] = t, changed = true;
        }
        for (uint32_t i = 0; i < sp; i++) {
            uint8_t t = join(T[A->nl + i], stk[i]);
            if (t != T[A->nl + i]) T[A->nl + i] = t, changed = true;
        }
        if (A->sub[b] != sub && A->sub[b] != SUB_MIXED) A->sub[b] = SUB_MIXED, changed = true;
        if (M)
            for (uint32_t i = 0; i < A->nl; i++)
                if (mod[i] && !M[i]) M[i] = 1, changed = true;
    }
    if (changed && !A->queued[b]) {
        A->queued[b] = 1;
        A->work[A->nwork++] = (uint32_t)b;
    }
}

/* The current state flows into every handler covering bci: its locals, and a stack holding the exception. */
static void to_handlers(Ana *A, uint32_t bci) {
    static const uint8_t exc[1] = {T_REF};
    for (uint32_t i = 0; i < A->m->n_handlers; i++) {
        ExHandler *h = &A->m->handlers[i];
        if (bci < h->start_pc || bci >= h->end_pc) continue;
        if (A->ns < 1) {
            ana_fail(A, bci, R_HANDLER_STACK);
            return;
        }
        merge(A, bci, h->handler_pc, A->cur, exc, 1, A->csub, A->cmod);
    }
}

/* Descriptor of the Fieldref/Methodref/InterfaceMethodref/InvokeDynamic/Dynamic entry idx: from its
 * NameAndType when it has one; entries the VM made itself (lambda classes) have only the resolved member. */
static const char *member_desc(Ana *A, uint32_t idx, uint32_t tags) {
    Class *c = A->c;
    if (idx == 0 || idx >= c->n_cp || !(tags & (1u << c->cp[idx].tag))) return NULL;
    CpEntry *e = &c->cp[idx];
    uint32_t nat = e->b;
    if (nat && nat < c->n_cp && c->cp[nat].tag == CP_NAMEANDTYPE) {
        uint32_t d = c->cp[nat].b;
        if (d && d < c->n_cp && c->cp[d].tag == CP_UTF8) return c->cp[d].v.sym->text;
        return NULL;
    }
    if (!e->resolved) return NULL;
    if (e->tag == CP_FIELDREF) return e->v.field->desc->text;
    if (e->tag == CP_METHODREF || e->tag == CP_IMETHODREF) return e->v.method->desc->text;
    return NULL;
}

static inline uint8_t field_type(char t) { return t == 'L' || t == '[' ? T_REF : T_VAL; }
static inline uint32_t field_width(char t) { return t == 'J' || t == 'D' ? 2 : 1; }

#define FAIL(r) return ana_fail(A, bci, (r))
#define POP(n) do { if (A->sp < (uint32_t)(n)) FAIL(R_UNDERFLOW); A->sp -= (uint32_t)(n); } while (0)
#define PUSH(t) do { if (A->sp >= A->ns) FAIL(R_OVERFLOW); stk[A->sp++] = (uint8_t)(t); } while (0)
#define PUSHN(t, n) do { for (uint32_t q_ = 0; q_ < (uint32_t)(n); q_++) PUSH(t); } while (0)
#define NEED(n, room) do { if (A->sp < (uint32_t)(n)) FAIL(R_UNDERFLOW); if (A->sp + (uint32_t)(room) > A->ns) FAIL(R_OVERFLOW); } while (0)

enum { S_NEXT = 0, S_END = 1 }; /* step results; -1 = failed */

static int load(Ana *A, uint32_t bci, uint32_t idx, char kind) {
    uint8_t *stk = A->cur + A->nl;
    uint32_t w = kind == 'J' ? 2 : 1;
    if (idx + w > A->nl) FAIL(R_LOCAL);
    if (kind == 'A') {
        /* Verified code loads only references with aload; a local we typed TOP can only be a reference
         * then (our join lost precision, e.g. through a ret). A definite non-reference stays one. */
        uint8_t t = A->cur[idx];
        PUSH(t == T_VAL || t >= T_RET0 ? t : T_REF);
    } else {
        PUSHN(T_VAL, w);
    }
    return S_NEXT;
}

static int store(Ana *A, uint32_t bci, uint32_t idx, char kind) {
    uint8_t *stk = A->cur + A->nl;
    uint32_t w = kind == 'J' ? 2 : kind == 'N' ? 0 : 1; /* 'N': iinc, no pop */
    if (idx + (w ? w : 1) > A->nl) FAIL(R_LOCAL);
    POP(w);
    /* astore keeps the popped type: it also stores returnAddress values (jsr/ret). */
    A->cur[idx] = kind == 'A' ? stk[A->sp] : T_VAL;
    if (w == 2) A->cur[idx + 1] = T_VAL;
    if (A->cmod) {
        A->cmod[idx] = 1;
        if (w == 2) A->cmod[idx + 1] = 1;
    }
    A->wrote = true;
    return S_NEXT;
}

/* ret: continues after the jsrs of its subroutine (see the header comment for the rule and its limits). */
static void ret_flow(Ana *A, uint32_t bci, uint8_t t) {
    uint8_t *stk = A->cur + A->nl;
    bool exact = t >= T_RET0 && A->csub == t - T_RET0;
    if (!exact) A->imprecise = true;
    for (uint32_t s = 0; s < A->njsr && !A->fail; s++) {
        if (!A->jsr_seen[s] || (exact && A->jsr_target_sub[s] != A->csub)) continue;
        const uint8_t *jl = A->jsr_loc + (size_t)s * A->nl, *jm = A->jsr_mod + (size_t)s * A->nl;
        for (uint32_t i = 0; i < A->nl; i++) {
            A->tmp[i] = exact && !A->cmod[i] ? jl[i] : A->cur[i];
            A->tmpmod[i] = exact ? (uint8_t)(jm[i] | A->cmod[i]) : 1;
        }
        merge(A, bci, A->jsr_next[s], A->tmp, stk, A->sp, A->jsr_ctx[s], A->tmpmod);
    }
}

static int jsr_site(Ana *A, uint32_t bci) {
    for (uint32_t s = 0; s < A->njsr; s++)
        if (A->jsr_bci[s] == bci) return (int)s;
    return -1;
}

/* Steps the current state over the instruction at bci. With `flow`, also joins the result into the
 * instruction's branch targets (falling through is the caller's business). */
static int step(Ana *A, uint32_t bci, bool flow) {
    const uint8_t *p = A->code + bci;
    uint8_t *stk = A->cur + A->nl;
    uint8_t op = p[0];
    Class *c = A->c;
    A->wrote = false;
    switch (op) {
    case 0: return S_NEXT;
    case 1: PUSH(T_REF); return S_NEXT;
    case 2: case 3: case 4: case 5: case 6: case 7: case 8: case 11: case 12: case 13: case 16: case 17:
        PUSH(T_VAL); return S_NEXT;
    case 9: case 10: case 14: case 15: PUSHN(T_VAL, 2); return S_NEXT;
    case 18: case 19: { /* ldc, ldc_w */
        uint32_t idx = op == 18 ? p[1] : U2(p + 1);
        if (idx == 0 || idx >= c->n_cp) FAIL(R_CP);
        switch (c->cp[idx].tag) {
        case CP_INTEGER: case CP_FLOAT: PUSH(T_VAL); return S_NEXT;
        case CP_STRING: case CP_CLASS: case CP_METHODTYPE: case CP_METHODHANDLE: PUSH(T_REF); return S_NEXT;
        case CP_DYNAMIC: {
            const char *d = member_desc(A, idx, 1u << CP_DYNAMIC);
            if (!d || field_width(d[0]) != 1) FAIL(R_CP);
            PUSH(field_type(d[0]));
            return S_NEXT;
        }
        default: FAIL(R_CP);
        }
    }
    case 20: { /* ldc2_w: long, double, or a Dynamic constant of either */
        uint32_t idx = U2(p + 1);
        if (idx == 0 || idx >= c->n_cp) FAIL(R_CP);
        uint8_t tag = c->cp[idx].tag;
        if (tag != CP_LONG && tag != CP_DOUBLE && tag != CP_DYNAMIC) FAIL(R_CP);
        PUSHN(T_VAL, 2);
        return S_NEXT;
    }
    case 21: case 23: return load(A, bci, p[1], 'I');
    case 22: case 24: return load(A, bci, p[1], 'J');
    case 25: return load(A, bci, p[1], 'A');
    case 26: case 27: case 28: case 29: return load(A, bci, op - 26u, 'I');
    case 30: case 31: case 32: case 33: return load(A, bci, op - 30u, 'J');
    case 34: case 35: case 36: case 37: return load(A, bci, op - 34u, 'I');
    case 38: case 39: case 40: case 41: return load(A, bci, op - 38u, 'J');
    case 42: case 43: case 44: case 45: return load(A, bci, op - 42u, 'A');
    case 46: case 48: case 51: case 52: case 53: POP(2); PUSH(T_VAL); return S_NEXT;
    case 47: case 49: POP(2); PUSHN(T_VAL, 2); return S_NEXT;
    case 50: POP(2); PUSH(T_REF); return S_NEXT;
    case 54: case 56: return store(A, bci, p[1], 'I');
    case 55: case 57: return store(A, bci, p[1], 'J');
    case 58: return store(A, bci, p[1], 'A');
    case 59: case 60: case 61: case 62: return store(A, bci, op - 59u, 'I');
    case 63: case 64: case 65: case 66: return store(A, bci, op - 63u, 'J');
    case 67: case 68: case 69: case 70: return store(A, bci, op - 67u, 'I');
    case 71: case 72: case 73: case 74: return store(A, bci, op - 71u, 'J');
    case 75: case 76: case 77: case 78: return store(A, bci, op - 75u, 'A');
    case 79: case 81: case 83: case 84: case 85: case 86: POP(3); return S_NEXT;
    case 80: case 82: POP(4); return S_NEXT;
    case 87: POP(1); return S_NEXT;
    case 88: POP(2); return S_NEXT;
    /* The dup family moves slots exactly as the interpreter does, whatever their categories. */
    case 89: NEED(1, 1); stk[A->sp] = stk[A->sp - 1]; A->sp++; return S_NEXT;
    case 90: { NEED(2, 1); uint8_t *s = stk + A->sp; s[0] = s[-1]; s[-1] = s[-2]; s[-2] = s[0]; A->sp++; return S_NEXT; }
    case 91: {
        NEED(3, 1);
        uint8_t *s = stk + A->sp;
        s[0] = s[-1]; s[-1] = s[-2]; s[-2] = s[-3]; s[-3] = s[0];
        A->sp++;
        return S_NEXT;
    }
    case 92: { NEED(2, 2); uint8_t *s = stk + A->sp; s[0] = s[-2]; s[1] = s[-1]; A->sp += 2; return S_NEXT; }
    case 93: {
        NEED(3, 2);
        uint8_t *s = stk + A->sp;
        s[1] = s[-1]; s[0] = s[-2]; s[-1] = s[-3]; s[-3] = s[0]; s[-2] = s[1];
        A->sp += 2;
        return S_NEXT;
    }
    case 94: {
        NEED(4, 2);
        uint8_t *s = stk + A->sp;
        s[1] = s[-1]; s[0] = s[-2]; s[-1] = s[-3]; s[-2] = s[-4]; s[-4] = s[0]; s[-3] = s[1];
        A->sp += 2;
        return S_NEXT;
    }
    case 95: { NEED(2, 0); uint8_t x = stk[A->sp - 1]; stk[A->sp - 1] = stk[A->sp - 2]; stk[A->sp - 2] = x; return S_NEXT; }
    case 132: return store(A, bci, p[1], 'N');
    case 153: case 154: case 155: case 156: case 157: case 158: case 198: case 199: POP(1); break;
    case 159: case 160: case 161: case 162: case 163: case 164: case 165: case 166: POP(2); break;
    case 167: case 200: break;
    case 168: case 201: { /* jsr: the subroutine starts with the caller's locals and a returnAddress */
        int s = jsr_site(A, bci);
        int64_t target = (int64_t)bci + (op == 168 ? S2(p + 1) : S4(p + 1));
        if (s < 0) FAIL(R_TARGET);
        uint8_t ret = (uint8_t)(T_RET0 + A->jsr_target_sub[s]);
        if (A->sp >= A->ns) FAIL(R_OVERFLOW);
        if (flow) {
            memcpy(A->jsr_loc + (size_t)s * A->nl, A->cur, A->nl);
            memcpy(A->jsr_mod + (size_t)s * A->nl, A->cmod, A->nl);
            A->jsr_ctx[s] = A->csub;
            A->jsr_seen[s] = 1;
            /* Return addresses of earlier calls of the same subroutine are stale inside it: erase them, so
             * that a RET(k) slot seen inside k always holds the current call's (GcRefCtx relies on it). */
            for (uint32_t i = 0; i < A->nl + A->sp; i++) A->tmp[i] = A->cur[i] == ret ? T_TOP : A->cur[i];
            A->tmp[A->nl + A->sp] = ret;
            memset(A->tmpmod, 0, A->nl);
            merge(A, bci, (uint32_t)target, A->tmp, A->tmp + A->nl, A->sp + 1, A->jsr_target_sub[s], A->tmpmod);
            /* The rets of this subroutine combine their state with ours: let them see the new one. */
            for (uint32_t b = 0; b < A->nblocks; b++)
                if (A->ret_block[b] && !A->queued[b]) {
                    A->queued[b] = 1;
                    A->work[A->nwork++] = b;
                }
        }
        PUSH(ret);
        return S_END;
    }
    case 169: /* ret */
        if (p[1] >= A->nl) FAIL(R_LOCAL);
        if (flow) ret_flow(A, bci, A->cur[p[1]]);
        return S_END;
    case 170: case 171: POP(1); break;
    case 172: case 173: case 174: case 175: case 176: case 177: case 191: return S_END;
    case 178: case 179: case 180: case 181: {
        const char *d = member_desc(A, U2(p + 1), 1u << CP_FIELDREF);
        if (!d) FAIL(R_CP);
        uint32_t w = field_width(d[0]);
        if (op == 178) PUSHN(field_type(d[0]), w);
        else if (op == 179) POP(w);
        else if (op == 180) { POP(1); PUSHN(field_type(d[0]), w); }
        else POP(w + 1);
        return S_NEXT;
    }
    case 182: case 183: case 184: case 185: case 186: {
        uint32_t tags = op == 186 ? 1u << CP_INVOKEDYNAMIC
                      : op == 185 ? 1u << CP_IMETHODREF : (1u << CP_METHODREF) | (1u << CP_IMETHODREF);
        const char *d = member_desc(A, U2(p + 1), tags);
        if (!d || d[0] != '(') FAIL(R_CP);
        uint32_t args = op == 184 || op == 186 ? 0 : 1;
        const char *q = d + 1;
        while (*q && *q != ')') {
            args += field_width(*q);
            q = rt_desc_next(q);
        }
        if (*q != ')') FAIL(R_DESC);
        POP(args);
        if (q[1] != 'V') PUSHN(field_type(q[1]), field_width(q[1]));
        return S_NEXT;
    }
    case 187: PUSH(T_REF); return S_NEXT;
    case 188: case 189: case 192: POP(1); PUSH(T_REF); return S_NEXT;
    case 190: case 193: POP(1); PUSH(T_VAL); return S_NEXT;
    case 194: case 195: POP(1); return S_NEXT;
    case 196: { /* wide */
        uint32_t idx = U2(p + 2);
        switch (p[1]) {
        case 21: case 23: return load(A, bci, idx, 'I');
        case 22: case 24: return load(A, bci, idx, 'J');
        case 25: return load(A, bci, idx, 'A');
        case 54: case 56: return store(A, bci, idx, 'I');
        case 55: case 57: return store(A, bci, idx, 'J');
        case 58: return store(A, bci, idx, 'A');
        case 132: return store(A, bci, idx, 'N');
        case 169:
            if (idx >= A->nl) FAIL(R_LOCAL);
            if (flow) ret_flow(A, bci, A->cur[idx]);
            return S_END;
        default: return S_END; /* the interpreter throws VerifyError here */
        }
    }
    case 197: POP(p[3]); PUSH(T_REF); return S_NEXT;
    default:
        if (op >= 96 && op <= 152) { /* arithmetic, conversions, comparisons: values in, values out */
            static const uint8_t io[57] = {
                /* 96 add, sub, mul, div, rem (i l f d each) */ 0x21, 0x42, 0x21, 0x42, 0x21, 0x42, 0x21, 0x42,
                0x21, 0x42, 0x21, 0x42, 0x21, 0x42, 0x21, 0x42, 0x21, 0x42, 0x21, 0x42,
                /* 116 neg */ 0x11, 0x22, 0x11, 0x22,
                /* 120 shl shr ushr (i l) */ 0x21, 0x32, 0x21, 0x32, 0x21, 0x32,
                /* 126 and or xor (i l) */ 0x21, 0x42, 0x21, 0x42, 0x21, 0x42,
                /* 132 iinc (handled above) */ 0x00,
                /* 133 i2l i2f i2d l2i l2f l2d f2i f2l f2d d2i d2l d2f i2b i2c i2s */
                0x12, 0x11, 0x12, 0x21, 0x21, 0x22, 0x11, 0x12, 0x12, 0x21, 0x22, 0x21, 0x11, 0x11, 0x11,
                /* 148 lcmp fcmpl fcmpg dcmpl dcmpg */ 0x41, 0x21, 0x21, 0x41, 0x41,
            };
            uint8_t e = io[op - 96];
            POP(e >> 4);
            PUSHN(T_VAL, e & 15);
            return S_NEXT;
        }
        return S_END; /* undefined opcode: the interpreter throws VerifyError */
    }
    /* branches and switches (the operands are popped above) */
    if (flow) {
        uint32_t sp = A->sp;
        FOR_TARGETS(A, bci, merge(A, bci, (uint32_t)target, A->cur, stk, sp, A->csub, A->cmod));
    }
    return op == 167 || op == 200 || op == 170 || op == 171 ? S_END : S_NEXT;
}

/* ---- emitting the maps ---------------------------------------------------------------------------------- */
/* The map of the current state at bci; inside a subroutine also its caller-dependent context: the locals
 * typed TOP that the subroutine has not written hold the caller's values (their type is the one at the jsr
 * that called, see GcRefCtx), found through a slot holding the current return address. Without such a slot
 * the subroutine can never ret, so those values are dead at every exit (TOP after the join) and the plain
 * map is right. */
static void emit_state(Ana *A, GcMapBuild *B, uint32_t bci, uint8_t *bits) {
    memset(bits, 0, B->map_bytes);
    for (uint32_t i = 0; i < A->nl + A->sp; i++)
        if (A->cur[i] == T_REF) bits[i >> 3] |= (uint8_t)(1u << (i & 7));
    gc_mapb_put(B, bci, A->sp, bits);
    if (A->csub < 0) return;
    uint32_t rs = UINT32_MAX;
    bool need = false;
    for (uint32_t i = 0; i < A->nl + A->sp && rs == UINT32_MAX; i++)
        if (A->cur[i] == T_RET0 + A->csub) rs = i;
    for (uint32_t i = 0; i < A->nl && !need; i++) need = !A->cmod[i] && A->cur[i] == T_TOP;
    if (rs == UINT32_MAX || !need) return;
    memset(bits, 0, B->map_bytes);
    for (uint32_t i = 0; i < A->nl; i++)
        if (!A->cmod[i]) bits[i >> 3] |= (uint8_t)(1u << (i & 7));
    gc_mapb_put_ctx(B, bci, A->sub_entry[A->csub], rs, bits);
}

/* Runs block b from its entry state: to the fixpoint (B == NULL), or recording each instruction's map. */
static void run_block(Ana *A, uint32_t b, GcMapBuild *B, uint8_t *bits) {
    memcpy(A->cur, A->types + (size_t)b * A->nslots, A->nslots);
    A->sp = A->depth[b];
    A->csub = A->sub[b];
    if (A->has_jsr) memcpy(A->cmod, A->mod + (size_t)b * A->nl, A->nl);
    for (uint32_t bci = A->block_bci[b];;) {
        if (B) {
            emit_state(A, B, bci, bits);
        } else {
            to_handlers(A, bci);
            if (A->code[bci] == 169 || (A->code[bci] == 196 && A->code[bci + 1] == 169)) A->ret_block[b] = 1;
        }
        int r = step(A, bci, B == NULL);
        if (r < 0 || A->fail) return;
        if (!B && A->wrote) to_handlers(A, bci);
        if (r == S_END) return;
        bci += insn_len(A->code, A->len, bci);
        if (bci >= A->len) {
            ana_fail(A, bci, R_FALLOFF);
            return;
        }
        if (A->is_leader[bci]) {
            if (!B) merge(A, bci, bci, A->cur, A->cur + A->nl, A->sp, A->csub, A->cmod);
            return;
        }
    }
}

/* The state at bci 0: `this` and the arguments from the descriptor; other locals unknown. Also used alone
 * for methods without code. Returns false when the arguments do not fit in nl slots. */
static bool entry_locals(Method *m, uint8_t *loc, uint32_t nl) {
    uint32_t i = 0;
    for (uint32_t k = 0; k < nl; k++) loc[k] = T_TOP;
    if (!(m->access & ACC_STATIC)) {
        if (nl < 1) return false;
        loc[i++] = T_REF;
    }
    const char *d = m->desc->text;
    if (*d != '(') return false;
    for (d++; *d && *d != ')'; d = rt_desc_next(d)) {
        uint32_t w = field_width(*d);
        if (i + w > nl) return false;
        loc[i] = field_type(*d);
        if (w == 2) loc[i + 1] = T_VAL;
        i += w;
    }
    return *d == ')';
}

/* Native and abstract methods: one record at bci 0 holding the argument slots. */
static void *compute_args_only(Method *m) {
    uint32_t n = m->arg_slots;
    uint8_t *loc = malloc(n + 1), *bits = calloc(n / 8 + 1, 1);
    void *rm;
    if (!loc || !bits) rt_fatal("out of process memory computing reference maps");
    if (entry_locals(m, loc, n)) {
        for (uint32_t i = 0; i < n; i++)
            if (loc[i] == T_REF) bits[i >> 3] |= (uint8_t)(1u << (i & 7));
        GcMapBuild B;
        gc_mapb_init(&B, 1, n, n, 0, 1);
        gc_mapb_put(&B, 0, 0, bits);
        rm = gc_mapb_finish(&B, 0);
    } else {
        rm = gc_mapb_failed(R_ARGS, 0);
    }
    free(loc);
    free(bits);
    return rm;
}

static void ana_free(Ana *A) {
    void *ps[] = {A->is_insn, A->is_leader, A->block_of, A->block_bci, A->types, A->depth, A->sub, A->mod,
                  A->work, A->queued, A->sub_at, A->sub_entry, A->jsr_bci, A->jsr_next, A->jsr_target_sub,
                  A->jsr_seen, A->jsr_loc, A->jsr_mod, A->jsr_ctx, A->ret_block, A->cur, A->cmod, A->tmp,
                  A->tmpmod};
    for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++) free(ps[i]);
}


void *gc_refmap_compute(Method *m) {
    if (!m->code || m->code_len == 0) return compute_args_only(m);
    if (m->code_len > 65535) return gc_mapb_failed(R_DECODE, 0);
    Ana A = {.m = m, .c = m->owner, .code = m->code, .len = m->code_len, .nl = m->max_locals, .ns = m->max_stack};
    A.nslots = A.nl + A.ns;
    void *rm = NULL;
    A.is_insn = alloc_or_die(A.len);
    A.is_leader = alloc_or_die(A.len);
    A.block_of = alloc_or_die(sizeof(int32_t) * A.len);
    A.cur = alloc_or_die(A.nslots + 1);
    A.tmp = alloc_or_die(A.nslots + 1);
    A.tmpmod = alloc_or_die(A.nl + 1);
    if (!prescan(&A)) goto done;
    A.types = alloc_or_die((size_t)A.nblocks * A.nslots);
    A.depth = alloc_or_die(sizeof(uint32_t) * A.nblocks);
    A.sub = alloc_or_die(sizeof(int16_t) * A.nblocks);
    A.work = alloc_or_die(sizeof(uint32_t) * A.nblocks);
    A.queued = alloc_or_die(A.nblocks);
    A.ret_block = alloc_or_die(A.nblocks);
    if (A.has_jsr) {
        A.mod = alloc_or_die((size_t)A.nblocks * A.nl);
        A.cmod = alloc_or_die(A.nl + 1);
    }
    for (uint32_t b = 0; b < A.nblocks; b++) A.depth[b] = UNREACHED;

    if (!entry_locals(m, A.cur, A.nl)) {
        ana_fail(&A, 0, R_ARGS);
        goto done;
    }
    merge(&A, 0, 0, A.cur, A.cur + A.nl, 0, SUB_MAIN, A.tmpmod);
    /* The worklist holds each block at most once (queued[]), so it never outgrows nblocks. Termination:
     * a block is queued only when its entry state rose in a finite lattice, or (rets) when a jsr was
     * stepped, which happens only after its own block's entry state rose. */
    while (A.nwork && !A.fail) {
        uint32_t b = A.work[--A.nwork];
        A.queued[b] = 0;
        run_block(&A, b, NULL, NULL);
    }
    if (A.fail) goto done;

    uint32_t n_insn = 0;
    for (uint32_t i = 0; i < A.len; i++) n_insn += A.is_insn[i];
    GcMapBuild B;
    gc_mapb_init(&B, A.len, A.nslots, A.nl, A.ns, n_insn);
    uint8_t *bits = alloc_or_die(B.map_bytes + 1);
    for (uint32_t b = 0; b < A.nblocks && !A.fail; b++)
        if (A.depth[b] != UNREACHED) run_block(&A, b, &B, bits);
    free(bits);
    uint16_t flags = (A.imprecise ? GC_RM_IMPRECISE : 0) | (A.has_jsr ? GC_RM_JSR : 0);
    rm = gc_mapb_finish(&B, flags);
    if (A.fail) rm = NULL; /* (the block stays in metaspace unused: analysis failures are rare) */
done:
    if (!rm) rm = gc_mapb_failed(A.fail ? (unsigned)A.fail : R_DECODE, A.fail_bci);
    ana_free(&A);
    return rm;
}

const char *gc_refmap_reason(unsigned code) {
    return code < sizeof reasons / sizeof reasons[0] ? reasons[code] : "?";
}
