/* Baseline compiler: the locals a method's loops use most, cached in registers (r13, r14, r15).
 *
 * The cache is write-through: a store to a cached local writes its register and its frame slot, so the frame
 * is always the truth and everything that reads frames — the GC's reference maps, exception dispatch, stack
 * traces, deoptimising into the interpreter one day — sees what it saw before; only the compiled code's own
 * reads come from the register. What the cache takes away is the store-to-load round trip through memory on
 * a loop's carried values (`i++; i < n`, `sum += x`): that chain becomes register-to-register.
 *
 * A register goes stale, and is reloaded from the frame, where something else may have changed the value or
 * the register:
 *   - runtime calls (jc_call_entry): C preserves r13-r15, but a collection may have moved the object a
 *     reference local points to (the GC updates the slot), so reference locals are reloaded;
 *   - compiled calls: the Java convention leaves r13-r15 to the callee (jit_comp.h), so all are reloaded;
 *   - the method's entry, the OSR entry and the jump to an exception handler: all are loaded.
 * Only locals used by one kind of instruction are cached — iload/istore/iinc (an int: the register holds it
 * zero-extended) or aload/astore (a reference) — because javac reuses a slot for variables of other types in
 * other scopes, and the interpreter writes an int's slot only in its low half. */
#include "jit_comp.h"

#include <stdlib.h>
#include <string.h>

/* ORDER: the order the most used locals get them. */
static const JitReg cache_pool[JIT_MAX_CACHED] = {JIT_R13, JIT_R14, JIT_R15};

enum { USE_INT = 1, USE_REF = 2, USE_OTHER = 4 };
#define LOOP_WEIGHT 16u   /* an access inside a loop counts this much more than one outside */

static void use(uint8_t *kinds, uint32_t *weight, uint32_t n, uint32_t idx, uint8_t kind, bool two_slots, uint32_t w) {
    if (idx < n) {
        kinds[idx] |= kind;
        weight[idx] += w;
    }
    if (two_slots && idx + 1 < n) kinds[idx + 1] |= USE_OTHER;
}

/* The kind of local access of the instruction at p (a wide instruction's inner opcode and index when `wide_op`;
 * the pre-pass has checked every instruction's length), with the local's index in *idx, or 0. */
static uint8_t access_kind(const uint8_t *p, bool wide_op, uint32_t *idx, bool *two_slots) {
    uint8_t op = wide_op ? p[1] : p[0];
    *two_slots = false;
    if ((op >= 21 && op <= 25) || (op >= 54 && op <= 58) || op == 132) {
        *idx = wide_op ? U2(p + 2) : p[1];
        if (op == 21 || op == 54 || op == 132) return USE_INT;
        if (op == 25 || op == 58) return USE_REF;
        *two_slots = op == 22 || op == 24 || op == 55 || op == 57;
        return USE_OTHER;
    }
    if (wide_op) return 0;
    uint32_t g;
    if (op >= 26 && op <= 45) g = (op - 26) / 4u, *idx = (op - 26) % 4u;
    else if (op >= 59 && op <= 78) g = (op - 59) / 4u, *idx = (op - 59) % 4u;
    else return 0;
    *two_slots = g == 1 || g == 3;
    return g == 0 ? USE_INT : g == 4 ? USE_REF : USE_OTHER;
}

void lcache_choose(JitComp *c) {
    Method *m = c->m;
    uint32_t n = m->max_locals, len = m->code_len;
    c->n_cached = 0;
    if (!n) return;
    uint8_t *kinds = calloc(n, 1);
    uint32_t *weight = calloc(n, sizeof *weight);
    uint8_t *in_loop = calloc(len, 1);
    if (!kinds || !weight || !in_loop) {
        free(kinds);
        free(weight);
        free(in_loop);
        jit_bail(c, "out of memory");
    }
    /* a backward branch closes a loop: everything from its target to it is inside */
    for (uint32_t bci = 0; bci < len;) {
        uint8_t op = c->code[bci];
        int64_t target = -1;
        if ((op >= 153 && op <= 167) || op == 198 || op == 199) target = (int64_t)bci + S2(c->code + bci + 1);
        else if (op == 200) target = (int64_t)bci + S4(c->code + bci + 1);
        if (target >= 0 && target <= bci) memset(in_loop + target, 1, bci - (uint32_t)target + 1);
        uint32_t l = jc_insn_len(c->code, bci, len);
        if (!l) break; /* the pre-pass has bailed out on it already */
        bci += l;
    }
    for (uint32_t bci = 0; bci < len;) {
        uint32_t w = in_loop[bci] ? LOOP_WEIGHT : 1, idx = 0;
        bool two_slots = false;
        uint8_t k = access_kind(c->code + bci, c->code[bci] == 196, &idx, &two_slots);
        if (k) use(kinds, weight, n, idx, k, two_slots, w);
        uint32_t l = jc_insn_len(c->code, bci, len);
        if (!l) break;
        bci += l;
    }
    /* the most weighted locals of one kind that a loop uses, best first */
    for (int k = 0; k < JIT_MAX_CACHED; k++) {
        uint32_t best = UINT32_MAX, bw = LOOP_WEIGHT - 1;
        for (uint32_t i = 0; i < n; i++)
            if ((kinds[i] == USE_INT || kinds[i] == USE_REF) && weight[i] > bw) {
                best = i;
                bw = weight[i];
            }
        if (best == UINT32_MAX) break;
        c->cached_idx[k] = (uint16_t)best;
        c->cached_reg[k] = cache_pool[k];
        c->cached_ref[k] = kinds[best] == USE_REF;
        c->n_cached++;
        weight[best] = 0;
    }
    free(kinds);
    free(weight);
    free(in_loop);
}

void lcache_reload(JitComp *c, bool refs_only) {
    for (int k = 0; k < c->n_cached; k++) {
        if (refs_only && !c->cached_ref[k]) continue;
        jit_mov_rm(&c->buf, c->cached_ref[k] ? JIT_S64 : JIT_S32, c->cached_reg[k], local_mem(c, c->cached_idx[k]));
    }
}

bool lcache_store(JitComp *c, JitVe e, uint32_t idx) {
    int k = lcache_slot(c, idx);
    if (k < 0) return false;
    JitBuf *b = &c->buf;
    JitReg cr = c->cached_reg[k];
    JitSize sz = c->cached_ref[k] ? JIT_S64 : JIT_S32;
    switch (e.kind) {
    case VS_CONST: jit_mov_ri(b, sz, cr, sz == JIT_S32 ? (int64_t)(uint32_t)e.val : e.val); break;
    case VS_REG: jit_mov_rr(b, sz, cr, (JitReg)e.reg); break;
    case VS_XMM: jit_movq_rx(b, sz, cr, (JitXmm)e.reg); break;
    case VS_LOCAL: {
        JitReg src = lcache_reg(c, e.val);
        if (src != JIT_NOREG) jit_mov_rr(b, sz, cr, src);
        else jit_mov_rm(b, sz, cr, local_mem(c, (int32_t)e.val));
        break;
    }
    case VS_MEM: jit_mov_rm(b, sz, cr, home(e.pos)); break;
    default: jit_bail(c, "bad virtual stack entry (compiler bug)");
    }
    jit_mov_mr(b, JIT_S64, local_mem(c, (int32_t)idx), cr);
    return true;
}

bool lcache_iinc(JitComp *c, uint32_t idx, int32_t by) {
    JitReg cr = lcache_reg(c, idx);
    if (cr == JIT_NOREG) return false;
    if (by == 1) jit_inc_r(&c->buf, JIT_S32, cr);
    else jit_alu_ri(&c->buf, JIT_ALU_ADD, JIT_S32, cr, by);
    jit_mov_mr(&c->buf, JIT_S64, local_mem(c, (int32_t)idx), cr);
    return true;
}
