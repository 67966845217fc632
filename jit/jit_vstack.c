/* The baseline compiler's virtual operand stack (see jit_comp.h): which values of the JVM operand stack are
 * still constants, copies of locals, or in registers, and which are in their home slots.
 *
 * Invariants:
 *  - positions mirror the JVM's slots: a long or double is its value entry followed by a VS_HOLE;
 *  - a register holds at most one entry, so an instruction may modify the register of an entry it popped;
 *  - an entry VS_LOCAL(k) is never left on the stack across a store to local k (vs_forget_local);
 *  - a cached local (jit_locals.c) reads from its register: vs_operand may hand it out, read-only;
 *  - `locked` registers belong to the instruction being compiled and are never spilled or handed out. */
#include "jit_comp.h"

#include <stdarg.h>
#include <stdio.h>

/* ORDER: preference; rax, rdx and rcx last-but-some because division and shifts want them. */
static const JitReg gpr_pool[] = {JIT_RSI, JIT_RDI, JIT_R8, JIT_R9, JIT_R10, JIT_RAX, JIT_RCX, JIT_RDX};
#define N_GPR ((int)(sizeof gpr_pool / sizeof gpr_pool[0]))
#define N_XMM 8
#define XBIT(x) (1u << (16 + (x)))

void vs_push(JitComp *c, uint8_t kind, uint8_t type, uint8_t reg, int64_t val) {
    int wide = type == 'J' || type == 'D';
    if (c->depth + 1 + wide > JIT_MAX_STACK || c->depth + 1 + wide > c->m->max_stack)
        jit_bail(c, "operand stack deeper than max_stack");
    c->vs[c->depth++] = (JitVe){.kind = kind, .type = type, .reg = reg, .val = val};
    if (wide) c->vs[c->depth++] = (JitVe){.kind = VS_HOLE, .type = type};
}

JitVe vs_pop(JitComp *c) {
    if (c->depth <= 0) jit_bail(c, "operand stack underflow");
    JitVe e = c->vs[--c->depth];
    if (e.kind == VS_HOLE) {
        if (c->depth <= 0) jit_bail(c, "operand stack underflow");
        e = c->vs[--c->depth];
    }
    e.pos = c->depth;
    /* the register now belongs to the instruction */
    if (e.kind == VS_REG) c->locked |= 1u << e.reg;
    if (e.kind == VS_XMM) c->locked |= XBIT(e.reg);
    return e;
}

/* Block starts and calls reset the stack to VS_MEM entries without holes (vs_reset), so a long or double is
 * popped by its consumer's type, never by the hole marks. */
JitVe vs_pop_t(JitComp *c, uint8_t type) {
    if (type != 'J' && type != 'D') return vs_pop(c);
    if (c->depth < 2) jit_bail(c, "operand stack underflow");
    c->depth -= 2;
    JitVe e = c->vs[c->depth];
    if (e.kind == VS_HOLE) jit_bail(c, "a long or double split on the operand stack");
    e.pos = c->depth;
    e.type = type;
    if (e.kind == VS_REG) c->locked |= 1u << e.reg;
    if (e.kind == VS_XMM) c->locked |= XBIT(e.reg);
    return e;
}

JitVe *vs_top(JitComp *c, int below) {
    int32_t p = c->depth - 1;
    for (;;) {
        if (p < 0) jit_bail(c, "operand stack underflow");
        if (c->vs[p].kind == VS_HOLE) p--;
        if (p < 0) jit_bail(c, "operand stack underflow");
        if (below-- == 0) return &c->vs[p];
        p--;
    }
}

static bool gpr_busy(JitComp *c, JitReg r) {
    if (c->locked & (1u << r)) return true;
    for (int32_t i = 0; i < c->depth; i++)
        if (c->vs[i].kind == VS_REG && c->vs[i].reg == r) return true;
    return false;
}

static bool xmm_busy(JitComp *c, int x) {
    if (c->locked & XBIT(x)) return true;
    for (int32_t i = 0; i < c->depth; i++)
        if (c->vs[i].kind == VS_XMM && c->vs[i].reg == x) return true;
    return false;
}

/* Spills the deepest entry in a register of the wanted file that is not locked. */
static void spill_one(JitComp *c, bool xmm) {
    for (int32_t i = 0; i < c->depth; i++) {
        JitVe *e = &c->vs[i];
        if (!xmm && e->kind == VS_REG && !(c->locked & (1u << e->reg))) {
            vs_materialize(c, i);
            return;
        }
        if (xmm && e->kind == VS_XMM && !(c->locked & XBIT(e->reg))) {
            vs_materialize(c, i);
            return;
        }
    }
    jit_bail(c, "out of registers (compiler bug)");
}

JitReg vs_alloc(JitComp *c) {
    for (;;) {
        for (int i = 0; i < N_GPR; i++)
            if (!gpr_busy(c, gpr_pool[i])) {
                c->locked |= 1u << gpr_pool[i];
                return gpr_pool[i];
            }
        spill_one(c, false);
    }
}

JitXmm vs_alloc_xmm(JitComp *c) {
    for (;;) {
        for (int x = 0; x < N_XMM; x++)
            if (!xmm_busy(c, x)) {
                c->locked |= XBIT(x);
                return (JitXmm)x;
            }
        spill_one(c, true);
    }
}

void vs_take(JitComp *c, JitReg r) {
    if (c->locked & (1u << r)) jit_bail(c, "register %d taken twice (compiler bug)", r);
    for (int32_t i = 0; i < c->depth; i++) {
        JitVe *e = &c->vs[i];
        if (e->kind == VS_REG && e->reg == r) {
            c->locked |= 1u << r;
            JitReg n = vs_alloc(c);
            c->locked &= ~(1u << n);
            jit_mov_rr(&c->buf, JIT_S64, n, r);
            e->reg = (uint8_t)n;
        }
    }
    c->locked |= 1u << r;
}

static void load_const(JitComp *c, JitReg r, int64_t v, JitSize sz) {
    if (sz == JIT_S32) jit_mov_ri(&c->buf, JIT_S32, r, (int64_t)(uint32_t)v);
    else jit_mov_ri(&c->buf, JIT_S64, r, v);
}

/* Local idx in a register for a copy: its cache register, or the scratch register loaded from the frame. */
static JitReg local_reg(JitComp *c, int32_t idx) {
    JitReg cr = lcache_reg(c, idx);
    if (cr != JIT_NOREG) return cr;
    jit_mov_rm(&c->buf, JIT_S64, R_SCRATCH, local_mem(c, idx));
    return R_SCRATCH;
}

JitReg vs_to_reg(JitComp *c, JitVe e, JitSize sz) {
    switch (e.kind) {
    case VS_REG:
        return (JitReg)e.reg;
    case VS_XMM: {
        JitReg r = vs_alloc(c);
        jit_movq_rx(&c->buf, sz, r, (JitXmm)e.reg);
        return r;
    }
    case VS_CONST: {
        JitReg r = vs_alloc(c);
        load_const(c, r, e.val, sz);
        return r;
    }
    case VS_LOCAL: {
        JitReg r = vs_alloc(c);
        JitReg cr = lcache_reg(c, e.val);
        if (cr != JIT_NOREG) jit_mov_rr(&c->buf, sz, r, cr);
        else jit_mov_rm(&c->buf, sz, r, local_mem(c, (int32_t)e.val));
        return r;
    }
    case VS_MEM: {
        JitReg r = vs_alloc(c);
        jit_mov_rm(&c->buf, sz, r, home(e.pos));
        return r;
    }
    }
    jit_bail(c, "bad virtual stack entry (compiler bug)");
}

JitXmm vs_to_xmm(JitComp *c, JitVe e, bool dbl) {
    JitSse ld = dbl ? JIT_SSE_MOVSD : JIT_SSE_MOVSS;
    switch (e.kind) {
    case VS_XMM:
        return (JitXmm)e.reg;
    case VS_REG: {
        JitXmm x = vs_alloc_xmm(c);
        jit_movq_xr(&c->buf, dbl ? JIT_S64 : JIT_S32, x, (JitReg)e.reg);
        return x;
    }
    case VS_CONST: {
        JitXmm x = vs_alloc_xmm(c);
        if (e.val == 0) {
            jit_sse_rr(&c->buf, JIT_SSE_XORPS, x, x);
        } else {
            load_const(c, R_SCRATCH, e.val, dbl ? JIT_S64 : JIT_S32);
            jit_movq_xr(&c->buf, dbl ? JIT_S64 : JIT_S32, x, R_SCRATCH);
        }
        return x;
    }
    case VS_LOCAL: {
        JitXmm x = vs_alloc_xmm(c);
        jit_sse_rm(&c->buf, ld, x, local_mem(c, (int32_t)e.val));
        return x;
    }
    case VS_MEM: {
        JitXmm x = vs_alloc_xmm(c);
        jit_sse_rm(&c->buf, ld, x, home(e.pos));
        return x;
    }
    }
    jit_bail(c, "bad virtual stack entry (compiler bug)");
}

JitOpnd vs_operand(JitComp *c, JitVe e, JitSize sz, bool allow_imm) {
    JitOpnd o = {0};
    switch (e.kind) {
    case VS_REG:
        o.kind = 0;
        o.reg = (JitReg)e.reg;
        return o;
    case VS_CONST:
        if (allow_imm && (sz == JIT_S32 || e.val == (int64_t)(int32_t)e.val)) {
            o.kind = 2;
            o.imm = (int32_t)e.val;
            return o;
        }
        break;
    case VS_LOCAL: {
        JitReg cr = lcache_reg(c, e.val);
        if (cr != JIT_NOREG) {
            o.kind = 0; /* read-only: the cache register */
            o.reg = cr;
        } else {
            o.kind = 1;
            o.mem = local_mem(c, (int32_t)e.val);
        }
        return o;
    }
    case VS_MEM:
        o.kind = 1;
        o.mem = home(e.pos);
        return o;
    default:
        break;
    }
    o.kind = 0;
    o.reg = vs_to_reg(c, e, sz);
    return o;
}

void vs_store(JitComp *c, JitVe e, JitMem dst) {
    switch (e.kind) {
    case VS_REG:
        jit_mov_mr(&c->buf, JIT_S64, dst, (JitReg)e.reg);
        return;
    case VS_XMM:
        jit_movsd_mr(&c->buf, dst, (JitXmm)e.reg);
        return;
    case VS_CONST:
        if (e.val == (int64_t)(int32_t)e.val) {
            jit_mov_mi(&c->buf, JIT_S64, dst, (int32_t)e.val);
        } else {
            jit_mov_ri(&c->buf, JIT_S64, R_SCRATCH, e.val);
            jit_mov_mr(&c->buf, JIT_S64, dst, R_SCRATCH);
        }
        return;
    case VS_LOCAL:
        jit_mov_mr(&c->buf, JIT_S64, dst, local_reg(c, (int32_t)e.val));
        return;
    case VS_MEM:
        jit_mov_rm(&c->buf, JIT_S64, R_SCRATCH, home(e.pos));
        jit_mov_mr(&c->buf, JIT_S64, dst, R_SCRATCH);
        return;
    }
}

void vs_materialize(JitComp *c, int32_t pos) {
    JitVe *e = &c->vs[pos];
    if (e->kind == VS_MEM || e->kind == VS_HOLE) return;
    JitMem dst = home(pos);
    switch (e->kind) {
    case VS_REG: jit_mov_mr(&c->buf, JIT_S64, dst, (JitReg)e->reg); break;
    case VS_XMM: jit_movsd_mr(&c->buf, dst, (JitXmm)e->reg); break;
    case VS_CONST:
        if (e->val == (int64_t)(int32_t)e->val) {
            jit_mov_mi(&c->buf, JIT_S64, dst, (int32_t)e->val);
        } else {
            jit_mov_ri(&c->buf, JIT_S64, R_SCRATCH, e->val);
            jit_mov_mr(&c->buf, JIT_S64, dst, R_SCRATCH);
        }
        break;
    case VS_LOCAL:
        jit_mov_mr(&c->buf, JIT_S64, dst, local_reg(c, (int32_t)e->val));
        break;
    }
    e->kind = VS_MEM;
}

void vs_flush(JitComp *c) {
    for (int32_t i = 0; i < c->depth; i++) vs_materialize(c, i);
}

void vs_forget_local(JitComp *c, int32_t idx) {
    for (int32_t i = 0; i < c->depth; i++)
        if (c->vs[i].kind == VS_LOCAL && c->vs[i].val == idx) vs_materialize(c, i);
}

void vs_reset(JitComp *c, int32_t depth) {
    if (depth > JIT_MAX_STACK) jit_bail(c, "operand stack too deep");
    c->depth = depth;
    for (int32_t i = 0; i < depth; i++) c->vs[i] = (JitVe){.kind = VS_MEM, .type = 'I'};
}

_Noreturn void jit_bail(JitComp *c, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->why, sizeof c->why, fmt, ap);
    va_end(ap);
    longjmp(c->bail, 1);
}
