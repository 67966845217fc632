/* Baseline compiler, bytecode group: conditional and unconditional branches, switches, returns and athrow.
 * Every branch flushes the virtual stack (block starts expect every value in its home slot); the compare's
 * operands are popped first and the flush is moves only, so the flags survive to the jump. */
#include "jit_comp.h"

#include <stdlib.h>

static JitCond int_cond(uint8_t op) {
    static const JitCond cc[6] = {JIT_CC_E, JIT_CC_NE, JIT_CC_L, JIT_CC_GE, JIT_CC_G, JIT_CC_LE};
    return cc[op];
}

/* ifeq..ifle, ifnull, ifnonnull: value against zero. */
static void if_zero(JitComp *c, JitCond cc, bool wide, uint32_t target) {
    JitVe e = vs_pop(c);
    JitSize sz = wide ? JIT_S64 : JIT_S32;
    if (e.kind == VS_CONST) {
        int64_t v = wide ? e.val : (int32_t)e.val;
        bool taken = cc == JIT_CC_E ? v == 0 : cc == JIT_CC_NE ? v != 0 : cc == JIT_CC_L ? v < 0
                   : cc == JIT_CC_GE ? v >= 0 : cc == JIT_CC_G ? v > 0 : v <= 0;
        vs_flush(c);
        if (taken) jit_jmp(&c->buf, jc_label(c, target));
        return;
    }
    JitOpnd o = vs_operand(c, e, sz, false);
    if (o.kind == 1) jit_alu_mi(&c->buf, JIT_ALU_CMP, sz, o.mem, 0);
    else jit_test_rr(&c->buf, sz, o.reg, o.reg);
    jc_branch(c, cc, target);
}

static void if_cmp(JitComp *c, JitCond cc, bool wide, uint32_t target) {
    JitSize sz = wide ? JIT_S64 : JIT_S32;
    JitVe b = vs_pop(c), a = vs_pop(c);
    if (a.kind == VS_CONST && b.kind != VS_CONST) {
        /* compare b with a and mirror the condition */
        JitVe t = a;
        a = b;
        b = t;
        switch (cc) {
        case JIT_CC_L: cc = JIT_CC_G; break;
        case JIT_CC_G: cc = JIT_CC_L; break;
        case JIT_CC_LE: cc = JIT_CC_GE; break;
        case JIT_CC_GE: cc = JIT_CC_LE; break;
        default: break;
        }
    }
    JitOpnd ob = vs_operand(c, b, sz, true);
    JitOpnd oa = {.kind = 2};
    if (a.kind == VS_LOCAL || a.kind == VS_MEM) oa = vs_operand(c, a, sz, false);
    if (oa.kind == 1 && ob.kind != 1) {
        if (ob.kind == 2) jit_alu_mi(&c->buf, JIT_ALU_CMP, sz, oa.mem, ob.imm);
        else jit_alu_mr(&c->buf, JIT_ALU_CMP, sz, oa.mem, ob.reg);
    } else if (oa.kind == 0) { /* a cached local's register, read-only */
        if (ob.kind == 2) jit_alu_ri(&c->buf, JIT_ALU_CMP, sz, oa.reg, ob.imm);
        else if (ob.kind == 1) jit_alu_rm(&c->buf, JIT_ALU_CMP, sz, oa.reg, ob.mem);
        else jit_alu_rr(&c->buf, JIT_ALU_CMP, sz, oa.reg, ob.reg);
    } else {
        JitReg ra = vs_to_reg(c, a, sz);
        if (ob.kind == 2) jit_alu_ri(&c->buf, JIT_ALU_CMP, sz, ra, ob.imm);
        else if (ob.kind == 1) jit_alu_rm(&c->buf, JIT_ALU_CMP, sz, ra, ob.mem);
        else jit_alu_rr(&c->buf, JIT_ALU_CMP, sz, ra, ob.reg);
    }
    jc_branch(c, cc, target);
}

static void table_switch(JitComp *c, uint32_t bci) {
    const uint8_t *q = c->code + ((bci + 4) & ~3u);
    uint32_t def = (uint32_t)((int64_t)bci + S4(q));
    int32_t lo = S4(q + 4), hi = S4(q + 8);
    uint32_t n = (uint32_t)((int64_t)hi - lo + 1);
    JitReg k = vs_to_reg(c, vs_pop(c), JIT_S32);
    vs_flush(c);
    JitBuf *b = &c->buf;
    if (lo) jit_alu_ri(b, JIT_ALU_SUB, JIT_S32, k, lo);
    jit_alu_ri(b, JIT_ALU_CMP, JIT_S32, k, (int32_t)(n - 1));
    jit_jcc(b, JIT_CC_A, jc_label(c, def));
    if (c->n_tables == c->cap_tables) {
        c->cap_tables = c->cap_tables ? 2 * c->cap_tables : 8;
        JitTable *t = realloc(c->tables, c->cap_tables * sizeof *t);
        if (!t) jit_bail(c, "out of memory");
        c->tables = t;
    }
    JitTable *t = &c->tables[c->n_tables++];
    jit_label_init(&t->label);
    t->n = n;
    t->bcis = malloc(n * sizeof *t->bcis);
    if (!t->bcis) jit_bail(c, "out of memory");
    for (uint32_t i = 0; i < n; i++) {
        t->bcis[i] = (uint32_t)((int64_t)bci + S4(q + 12 + 4 * i));
        jc_label(c, t->bcis[i]);
    }
    jit_lea_label(b, R_SCRATCH, &t->label);
    jit_movsx_rm(b, JIT_S64, JIT_S32, k, jit_mem_idx(R_SCRATCH, k, 4, 0));
    jit_alu_rr(b, JIT_ALU_ADD, JIT_S64, k, R_SCRATCH);
    jit_jmp_r(b, k);
    c->dead = true;
}

/* lookupswitch: a binary search over the sorted keys, in compares. */
static void lookup_range(JitComp *c, JitReg k, uint32_t bci, const uint8_t *pairs, int32_t lo, int32_t hi, uint32_t def) {
    JitBuf *b = &c->buf;
    if (hi - lo < 4) {
        for (int32_t i = lo; i <= hi; i++) {
            jit_alu_ri(b, JIT_ALU_CMP, JIT_S32, k, S4(pairs + 8 * i));
            jit_jcc(b, JIT_CC_E, jc_label(c, (uint32_t)((int64_t)bci + S4(pairs + 8 * i + 4))));
        }
        jit_jmp(b, jc_label(c, def));
        return;
    }
    int32_t mid = lo + (hi - lo) / 2;
    JitLabel left = JIT_LABEL_INIT;
    jit_alu_ri(b, JIT_ALU_CMP, JIT_S32, k, S4(pairs + 8 * mid));
    jit_jcc(b, JIT_CC_E, jc_label(c, (uint32_t)((int64_t)bci + S4(pairs + 8 * mid + 4))));
    jit_jcc(b, JIT_CC_L, &left);
    lookup_range(c, k, bci, pairs, mid + 1, hi, def);
    jit_bind(b, &left);
    lookup_range(c, k, bci, pairs, lo, mid - 1, def);
}

static void lookup_switch(JitComp *c, uint32_t bci) {
    const uint8_t *q = c->code + ((bci + 4) & ~3u);
    uint32_t def = (uint32_t)((int64_t)bci + S4(q));
    int32_t n = S4(q + 4);
    JitReg k = vs_to_reg(c, vs_pop(c), JIT_S32);
    vs_flush(c);
    if (n == 0) jit_jmp(&c->buf, jc_label(c, def));
    else lookup_range(c, k, bci, q + 8, 0, n - 1, def);
    c->dead = true;
}

static void sync_exit_call(JitComp *c, uint32_t bci) {
    jc_save_frame(c, bci, c->depth);
    jit_mov_rr(&c->buf, JIT_S64, JIT_RDI, R_THREAD);
    jit_mov_rr(&c->buf, JIT_S64, JIT_RSI, R_FRAME);
    jc_call_entry(c, JIT_E_sync_exit);
}

static void pop_frame(JitComp *c) {
    jit_mov_rm(&c->buf, JIT_S64, R_SCRATCH, jit_mem(R_FRAME, FR_PREV));
    jit_mov_mr(&c->buf, JIT_S64, jit_mem(R_THREAD, TH_TOP), R_SCRATCH);
}

/* The value goes to locals[0] (the caller's argument slot: the interpreter reads it from there), narrowed to
 * the method's declared return type as the interpreter does; then the frame is popped. */
void jc_return(JitComp *c, uint32_t bci, char type) {
    JitBuf *b = &c->buf;
    Method *m = c->m;
    bool sync = m->access & ACC_SYNCHRONIZED;
    if (type != 'V') {
        JitVe e = vs_pop_t(c, (uint8_t)type);
        if (sync) {
            /* the monitor's release is a call: the value waits in its home slot */
            c->vs[c->depth] = e;
            vs_materialize(c, c->depth);
            e.kind = VS_MEM;
            e.pos = c->depth;
            c->depth++;
            sync_exit_call(c, bci);
            c->depth--;
            vs_unlock(c);
        }
        char rt = m->ret_type;
        pop_frame(c); /* first: a method without locals has its result slot where its frame header starts */
        if (type == 'I' && rt != 'I') {
            JitReg r = vs_to_reg(c, e, JIT_S32);
            switch (rt) {
            case 'Z': jit_alu_ri(b, JIT_ALU_AND, JIT_S32, r, 1); break;
            case 'B': jit_movsx_rr(b, JIT_S32, JIT_S8, r, r); break;
            case 'C': jit_movzx_rr(b, JIT_S32, JIT_S16, r, r); break;
            case 'S': jit_movsx_rr(b, JIT_S32, JIT_S16, r, r); break;
            default: break;
            }
            jit_mov_mr(b, JIT_S64, local_mem(c, 0), r);
        } else {
            vs_store(c, e, local_mem(c, 0));
        }
    } else {
        if (sync) sync_exit_call(c, bci);
        pop_frame(c);
    }
    jc_return_to_caller(c, true);
    c->dead = true;
}

bool jc_control(JitComp *c, uint32_t bci, const uint8_t *p) {
    uint8_t op = p[0];
    uint32_t target = (uint32_t)((int64_t)bci + S2(p + 1));
    switch (op) {
    case 153: case 154: case 155: case 156: case 157: case 158:
        if_zero(c, int_cond(op - 153), false, target);
        return true;
    case 159: case 160: case 161: case 162: case 163: case 164:
        if_cmp(c, int_cond(op - 159), false, target);
        return true;
    case 165: case 166:
        if_cmp(c, op == 165 ? JIT_CC_E : JIT_CC_NE, true, target);
        return true;
    case 198: case 199:
        if_zero(c, op == 198 ? JIT_CC_E : JIT_CC_NE, true, target);
        return true;
    case 167: jc_jump(c, target); return true;
    case 200: jc_jump(c, (uint32_t)((int64_t)bci + S4(p + 1))); return true;
    case 170: table_switch(c, bci); return true;
    case 171: lookup_switch(c, bci); return true;
    case 172: jc_return(c, bci, 'I'); return true;
    case 173: jc_return(c, bci, 'J'); return true;
    case 174: jc_return(c, bci, 'F'); return true;
    case 175: jc_return(c, bci, 'D'); return true;
    case 176: jc_return(c, bci, 'A'); return true;
    case 177: jc_return(c, bci, 'V'); return true;
    case 191: { /* athrow */
        JitReg r = vs_to_reg(c, vs_pop(c), JIT_S64);
        jc_null_check(c, r, bci);
        jc_save_frame(c, bci, 0);
        jit_mov_rr(&c->buf, JIT_S64, JIT_RSI, r);
        jit_mov_rr(&c->buf, JIT_S64, JIT_RDI, R_THREAD);
        jc_call_entry(c, JIT_E_throw);
        jit_jmp(&c->buf, &c->exc_path);
        c->dead = true;
        return true;
    }
    }
    return false;
}
