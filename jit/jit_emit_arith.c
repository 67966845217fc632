/* Baseline compiler, bytecode group: constants, operand-stack shuffles, integer and floating-point arithmetic,
 * conversions and comparisons (lcmp/fcmp/dcmp fused with a following if<cond>). Java semantics that x86 does
 * not give directly: idiv of MIN_VALUE by -1 (no trap: the quotient wraps, the remainder is 0), shift counts
 * masked to 5 or 6 bits (the hardware does the same), and float-to-integer conversions saturating with NaN
 * as 0 (cvtt* give the "integer indefinite" value, corrected out of the fast path). */
#include "jit_comp.h"

/* ---- constants and stack shuffles --------------------------------------------------------------------- */
static void push_f(JitComp *c, float f) {
    union { float f; uint32_t u; } v = {.f = f};
    vs_push_const(c, 'F', (int64_t)v.u);
}
static void push_d(JitComp *c, double d) {
    union { double d; int64_t u; } v = {.d = d};
    vs_push_const(c, 'D', v.u);
}

/* Flushes and shuffles the top `n` slots in memory by a permutation: dst[i] = src[perm[i]] (slots relative
 * to the stack top before the instruction; the result has `n + grow` slots). */
static void shuffle(JitComp *c, int n, int grow, const int8_t *perm) {
    vs_flush(c);
    int32_t base = c->depth - n;
    if (base < 0 || c->depth + grow > c->m->max_stack) jit_bail(c, "operand stack shuffle out of range");
    /* read every source slot into a register first: the moves overlap */
    JitReg tmp[6];
    for (int i = 0; i < n; i++) {
        tmp[i] = vs_alloc(c);
        jit_mov_rm(&c->buf, JIT_S64, tmp[i], home(base + i));
    }
    for (int i = 0; i < n + grow; i++) jit_mov_mr(&c->buf, JIT_S64, home(base + i), tmp[perm[i]]);
    vs_reset(c, c->depth + grow);
}

static bool stack_op(JitComp *c, uint8_t op) {
    switch (op) {
    case 87: /* pop */
        vs_pop(c);
        return true;
    case 88: { /* pop2: one long/double or two single-slot values */
        if (c->depth < 2) jit_bail(c, "pop2 underflow");
        JitVe *t = &c->vs[c->depth - 1];
        if (t->kind == VS_HOLE) {
            vs_pop(c);
        } else {
            c->depth--;
            if (c->vs[c->depth - 1].kind == VS_HOLE) jit_bail(c, "pop2 splits a long");
            c->depth--;
        }
        return true;
    }
    case 89: { /* dup */
        if (c->depth < 1 || c->vs[c->depth - 1].kind == VS_HOLE) jit_bail(c, "dup of a long half");
        JitVe e = c->vs[c->depth - 1];
        switch (e.kind) {
        case VS_CONST: case VS_LOCAL: vs_push(c, e.kind, e.type, 0, e.val); break;
        case VS_REG: {
            JitReg r = vs_alloc(c);
            jit_mov_rr(&c->buf, JIT_S64, r, (JitReg)e.reg);
            vs_push_reg(c, e.type, r);
            break;
        }
        case VS_XMM: {
            JitXmm x = vs_alloc_xmm(c);
            jit_sse_rr(&c->buf, JIT_SSE_MOVAPS, x, (JitXmm)e.reg);
            vs_push_xmm(c, e.type, x);
            break;
        }
        default: {
            JitReg r = vs_alloc(c);
            jit_mov_rm(&c->buf, JIT_S64, r, home(c->depth - 1));
            vs_push_reg(c, e.type, r);
            break;
        }
        }
        return true;
    }
    case 90: { static const int8_t p[] = {1, 0, 1}; shuffle(c, 2, 1, p); return true; }          /* dup_x1 */
    case 91: { static const int8_t p[] = {2, 0, 1, 2}; shuffle(c, 3, 1, p); return true; }       /* dup_x2 */
    case 92: { static const int8_t p[] = {0, 1, 0, 1}; shuffle(c, 2, 2, p); return true; }       /* dup2 */
    case 93: { static const int8_t p[] = {1, 2, 0, 1, 2}; shuffle(c, 3, 2, p); return true; }    /* dup2_x1 */
    case 94: { static const int8_t p[] = {2, 3, 0, 1, 2, 3}; shuffle(c, 4, 2, p); return true; } /* dup2_x2 */
    case 95: { static const int8_t p[] = {1, 0}; shuffle(c, 2, 0, p); return true; }             /* swap */
    }
    return false;
}

/* ---- integer arithmetic ---------------------------------------------------------------------------------- */
static int64_t fold(uint8_t op, int64_t a, int64_t b, bool wide, bool *ok) {
    *ok = true;
    uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
    int64_t r;
    switch (op) {
    case 96: case 97: r = (int64_t)(ua + ub); break;
    case 100: case 101: r = (int64_t)(ua - ub); break;
    case 104: case 105: r = (int64_t)(ua * ub); break;
    case 126: case 127: r = a & b; break;
    case 128: case 129: r = a | b; break;
    case 130: case 131: r = a ^ b; break;
    default: *ok = false; return 0;
    }
    return wide ? r : (int64_t)(int32_t)r;
}

static void int_binop(JitComp *c, uint8_t op, bool wide) {
    JitSize sz = wide ? JIT_S64 : JIT_S32;
    uint8_t ty = wide ? 'J' : 'I';
    JitVe b = vs_pop_t(c, ty), a = vs_pop_t(c, ty);
    if (a.kind == VS_CONST && b.kind == VS_CONST) {
        bool ok;
        int64_t r = fold(op, a.val, b.val, wide, &ok);
        if (ok) {
            vs_push_const(c, wide ? 'J' : 'I', r);
            return;
        }
    }
    bool commutative = op != 100 && op != 101;
    if (commutative && a.kind != VS_REG && b.kind == VS_REG) {
        JitVe t = a;
        a = b;
        b = t;
    }
    JitReg ra = vs_to_reg(c, a, sz);
    JitOpnd ob = vs_operand(c, b, sz, true);
    JitBuf *bf = &c->buf;
    if (op == 104 || op == 105) {
        if (ob.kind == 2) jit_imul_rri(bf, sz, ra, ra, ob.imm);
        else if (ob.kind == 1) jit_imul_rm(bf, sz, ra, ob.mem);
        else jit_imul_rr(bf, sz, ra, ob.reg);
    } else {
        JitAlu alu = op <= 97 ? JIT_ALU_ADD : op <= 101 ? JIT_ALU_SUB : op <= 127 ? JIT_ALU_AND
                   : op <= 129 ? JIT_ALU_OR : JIT_ALU_XOR;
        if (ob.kind == 2) jit_alu_ri(bf, alu, sz, ra, ob.imm);
        else if (ob.kind == 1) jit_alu_rm(bf, alu, sz, ra, ob.mem);
        else jit_alu_rr(bf, alu, sz, ra, ob.reg);
    }
    vs_push_reg(c, wide ? 'J' : 'I', ra);
}

/* idiv/irem/ldiv/lrem: dividend in rax, divisor in rcx (the stack is flushed first: the fixed registers
 * are then free). */
static void int_div(JitComp *c, uint32_t bci, bool wide, bool rem) {
    JitSize sz = wide ? JIT_S64 : JIT_S32;
    JitBuf *b = &c->buf;
    vs_flush(c);
    uint8_t ty = wide ? 'J' : 'I';
    JitVe vb = vs_pop_t(c, ty), va = vs_pop_t(c, ty);
    vs_take(c, JIT_RAX);
    vs_take(c, JIT_RDX);
    vs_take(c, JIT_RCX);
    if (va.kind == VS_CONST) jit_mov_ri(b, sz, JIT_RAX, wide ? va.val : (int64_t)(uint32_t)va.val);
    else jit_mov_rm(b, sz, JIT_RAX, home(va.pos));
    JitLabel done = JIT_LABEL_INIT, normal = JIT_LABEL_INIT;
    if (vb.kind == VS_CONST && vb.val == 0) {
        JitStub *s = jc_stub(c, STUB_DIV_ZERO, bci);
        jit_jmp(b, &s->entry);
    } else if (vb.kind == VS_CONST && vb.val == -1) {
        if (rem) jit_alu_rr(b, JIT_ALU_XOR, JIT_S32, JIT_RDX, JIT_RDX);
        else jit_unary_r(b, JIT_UNARY_NEG, sz, JIT_RAX);
    } else if (vb.kind == VS_CONST) {
        jit_mov_ri(b, sz, JIT_RCX, vb.val);
        if (wide) jit_cqo(b);
        else jit_cdq(b);
        jit_unary_r(b, JIT_UNARY_IDIV, sz, JIT_RCX);
    } else {
        jit_mov_rm(b, sz, JIT_RCX, home(vb.pos));
        JitStub *s = jc_stub(c, STUB_DIV_ZERO, bci);
        jit_test_rr(b, sz, JIT_RCX, JIT_RCX);
        jit_jcc(b, JIT_CC_E, &s->entry);
        jit_alu_ri(b, JIT_ALU_CMP, sz, JIT_RCX, -1);
        jit_jcc_short(b, JIT_CC_NE, &normal);
        if (rem) jit_alu_rr(b, JIT_ALU_XOR, JIT_S32, JIT_RDX, JIT_RDX);
        else jit_unary_r(b, JIT_UNARY_NEG, sz, JIT_RAX);
        jit_jmp_short(b, &done);
        jit_bind(b, &normal);
        if (wide) jit_cqo(b);
        else jit_cdq(b);
        jit_unary_r(b, JIT_UNARY_IDIV, sz, JIT_RCX);
        jit_bind(b, &done);
    }
    JitReg r = rem ? JIT_RDX : JIT_RAX;
    vs_push_reg(c, wide ? 'J' : 'I', r);
}

static void int_shift(JitComp *c, uint8_t op, bool wide) {
    JitSize sz = wide ? JIT_S64 : JIT_S32;
    JitShift sh = (op == 120 || op == 121) ? JIT_SHIFT_SHL : (op == 122 || op == 123) ? JIT_SHIFT_SAR : JIT_SHIFT_SHR;
    JitVe cnt = *vs_top(c, 0);
    if (cnt.kind == VS_CONST) {
        vs_pop(c);
        JitVe a = vs_pop_t(c, wide ? 'J' : 'I');
        JitReg r = vs_to_reg(c, a, sz);
        uint8_t n = (uint8_t)(cnt.val & (wide ? 63 : 31));
        if (n) jit_shift_ri(&c->buf, sh, sz, r, n);
        vs_push_reg(c, wide ? 'J' : 'I', r);
        return;
    }
    vs_flush(c);
    JitVe vc = vs_pop(c), va = vs_pop_t(c, wide ? 'J' : 'I');
    vs_take(c, JIT_RCX);
    jit_mov_rm(&c->buf, JIT_S32, JIT_RCX, home(vc.pos));
    JitReg r = vs_to_reg(c, va, sz);
    jit_shift_rcl(&c->buf, sh, sz, r);
    vs_push_reg(c, wide ? 'J' : 'I', r);
}

/* ---- floating point ------------------------------------------------------------------------------------- */
static void sign_mask(JitComp *c, bool dbl) {
    jit_mov_ri(&c->buf, JIT_S64, R_SCRATCH, dbl ? INT64_MIN : (int64_t)0x80000000u);
    jit_movq_xr(&c->buf, JIT_S64, X_SCRATCH, R_SCRATCH);
}

static void fp_binop(JitComp *c, uint8_t op) {
    bool dbl = op & 1;
    int k = (op - 98) / 4; /* 0 add, 1 sub, 2 mul, 3 div */
    static const JitSse ss[4] = {JIT_SSE_ADDSS, JIT_SSE_SUBSS, JIT_SSE_MULSS, JIT_SSE_DIVSS};
    static const JitSse sd[4] = {JIT_SSE_ADDSD, JIT_SSE_SUBSD, JIT_SSE_MULSD, JIT_SSE_DIVSD};
    JitSse sse = dbl ? sd[k] : ss[k];
    JitVe b = vs_pop_t(c, dbl ? 'D' : 'F'), a = vs_pop_t(c, dbl ? 'D' : 'F');
    JitXmm xa = vs_to_xmm(c, a, dbl);
    if (b.kind == VS_LOCAL) jit_sse_rm(&c->buf, sse, xa, local_mem(c, (int32_t)b.val));
    else if (b.kind == VS_MEM) jit_sse_rm(&c->buf, sse, xa, home(b.pos));
    else jit_sse_rr(&c->buf, sse, xa, vs_to_xmm(c, b, dbl));
    vs_push_xmm(c, dbl ? 'D' : 'F', xa);
}

/* frem/drem: fmod through the runtime (x87 fprem would do, but SSE has no remainder). */
static void fp_rem(JitComp *c, bool dbl) {
    vs_flush(c);
    JitVe b = vs_pop_t(c, dbl ? 'D' : 'F'), a = vs_pop_t(c, dbl ? 'D' : 'F');
    JitSse ld = dbl ? JIT_SSE_MOVSD : JIT_SSE_MOVSS;
    jit_sse_rm(&c->buf, ld, JIT_XMM0, home(a.pos));
    jit_sse_rm(&c->buf, ld, JIT_XMM1, home(b.pos));
    jc_call_entry(c, dbl ? JIT_E_drem : JIT_E_frem);
    c->locked |= 1u << 16;
    vs_push_xmm(c, dbl ? 'D' : 'F', JIT_XMM0);
}

/* cvttss2si/cvttsd2si into r, then Java's saturation: the hardware's MIN_VALUE answer is right for -inf and
 * values below, wrong for NaN (0) and values above (MAX_VALUE). */
static void fp_to_int(JitComp *c, JitReg r, JitXmm x, bool dbl, bool wide) {
    JitBuf *b = &c->buf;
    JitSize sz = wide ? JIT_S64 : JIT_S32;
    if (dbl) jit_cvttsd2si_rr(b, sz, r, x);
    else jit_cvttss2si_rr(b, sz, r, x);
    JitLabel done = JIT_LABEL_INIT;
    if (wide) {
        jit_mov_ri(b, JIT_S64, R_SCRATCH, INT64_MIN);
        jit_alu_rr(b, JIT_ALU_CMP, JIT_S64, r, R_SCRATCH);
    } else {
        jit_alu_ri(b, JIT_ALU_CMP, JIT_S32, r, INT32_MIN);
    }
    jit_jcc(b, JIT_CC_NE, &done);
    JitSse ucom = dbl ? JIT_SSE_UCOMISD : JIT_SSE_UCOMISS;
    JitLabel not_nan = JIT_LABEL_INIT;
    jit_sse_rr(b, ucom, x, x);
    jit_jcc_short(b, JIT_CC_NP, &not_nan);
    jit_alu_rr(b, JIT_ALU_XOR, JIT_S32, r, r);
    jit_jmp(b, &done);
    jit_bind(b, &not_nan);
    jit_sse_rr(b, JIT_SSE_XORPS, X_SCRATCH, X_SCRATCH);
    jit_sse_rr(b, ucom, x, X_SCRATCH);
    jit_jcc(b, JIT_CC_BE, &done); /* negative: MIN_VALUE stays */
    jit_mov_ri(b, sz, r, wide ? INT64_MAX : INT32_MAX);
    jit_bind(b, &done);
}

static bool conversion(JitComp *c, uint8_t op) {
    JitBuf *b = &c->buf;
    if (op < 133 || op > 147) return false;
    static const char src[15] = "IIIJJJFFFDDDIII"; /* i2l i2f i2d l2i l2f l2d f2i f2l f2d d2i d2l d2f i2b i2c i2s */
    JitVe e = vs_pop_t(c, (uint8_t)src[op - 133]);
    switch (op) {
    case 133: { /* i2l */
        if (e.kind == VS_CONST) { vs_push_const(c, 'J', (int32_t)e.val); break; }
        JitReg r = vs_to_reg(c, e, JIT_S32);
        jit_movsx_rr(b, JIT_S64, JIT_S32, r, r);
        vs_push_reg(c, 'J', r);
        break;
    }
    case 136: { /* l2i */
        if (e.kind == VS_CONST) { vs_push_const(c, 'I', (int32_t)e.val); break; }
        JitReg r = vs_to_reg(c, e, JIT_S64);
        jit_mov_rr(b, JIT_S32, r, r);
        vs_push_reg(c, 'I', r);
        break;
    }
    case 134: case 135: case 137: case 138: { /* i2f i2d l2f l2d */
        bool from_long = op >= 137, to_dbl = op == 135 || op == 138;
        JitReg r = vs_to_reg(c, e, from_long ? JIT_S64 : JIT_S32);
        JitXmm x = vs_alloc_xmm(c);
        jit_sse_rr(b, JIT_SSE_XORPS, x, x); /* cvtsi2s* merge into the old value: break the dependency */
        if (to_dbl) jit_cvtsi2sd_rr(b, from_long ? JIT_S64 : JIT_S32, x, r);
        else jit_cvtsi2ss_rr(b, from_long ? JIT_S64 : JIT_S32, x, r);
        vs_push_xmm(c, to_dbl ? 'D' : 'F', x);
        break;
    }
    case 139: case 140: case 142: case 143: { /* f2i f2l d2i d2l */
        bool dbl = op >= 142, wide = op == 140 || op == 143;
        JitXmm x = vs_to_xmm(c, e, dbl);
        JitReg r = vs_alloc(c);
        fp_to_int(c, r, x, dbl, wide);
        vs_push_reg(c, wide ? 'J' : 'I', r);
        break;
    }
    case 141: { /* f2d */
        JitXmm x = vs_to_xmm(c, e, false);
        jit_sse_rr(b, JIT_SSE_CVTSS2SD, x, x);
        vs_push_xmm(c, 'D', x);
        break;
    }
    case 144: { /* d2f */
        JitXmm x = vs_to_xmm(c, e, true);
        jit_sse_rr(b, JIT_SSE_CVTSD2SS, x, x);
        vs_push_xmm(c, 'F', x);
        break;
    }
    case 145: case 146: case 147: { /* i2b i2c i2s */
        if (e.kind == VS_CONST) {
            int32_t v = (int32_t)e.val;
            vs_push_const(c, 'I', op == 145 ? (int8_t)v : op == 146 ? (uint16_t)v : (int16_t)v);
            break;
        }
        JitReg r = vs_to_reg(c, e, JIT_S32);
        if (op == 145) jit_movsx_rr(b, JIT_S32, JIT_S8, r, r);
        else if (op == 146) jit_movzx_rr(b, JIT_S32, JIT_S16, r, r);
        else jit_movsx_rr(b, JIT_S32, JIT_S16, r, r);
        vs_push_reg(c, 'I', r);
        break;
    }
    }
    return true;
}

/* ---- comparisons ------------------------------------------------------------------------------------------ */
/* ifeq..ifle as the condition on a signed compare result (value <cond> 0). */
static JitCond if_cond(uint8_t ifop) {
    static const JitCond cc[6] = {JIT_CC_E, JIT_CC_NE, JIT_CC_L, JIT_CC_GE, JIT_CC_G, JIT_CC_LE};
    return cc[ifop - 153];
}

/* lcmp, or fcmpl/fcmpg/dcmpl/dcmpg. Fused with a following ifXX into one compare and branch; otherwise the
 * -1/0/1 value. NaN compares give -1 (..l) or 1 (..g). */
static void compare(JitComp *c, uint32_t bci, uint8_t op) {
    JitBuf *b = &c->buf;
    bool fp = op != 148, dbl = op >= 151, nan_is_one = op == 150 || op == 152;
    uint8_t ty = op == 148 ? 'J' : dbl ? 'D' : 'F';
    JitVe vb = vs_pop_t(c, ty), va = vs_pop_t(c, ty);
    if (fp) {
        JitXmm xa = vs_to_xmm(c, va, dbl);
        JitXmm xb = vs_to_xmm(c, vb, dbl);
        jit_sse_rr(b, dbl ? JIT_SSE_UCOMISD : JIT_SSE_UCOMISS, xa, xb);
    } else {
        JitReg ra = vs_to_reg(c, va, JIT_S64);
        JitOpnd ob = vs_operand(c, vb, JIT_S64, true);
        if (ob.kind == 2) jit_alu_ri(b, JIT_ALU_CMP, JIT_S64, ra, ob.imm);
        else if (ob.kind == 1) jit_alu_rm(b, JIT_ALU_CMP, JIT_S64, ra, ob.mem);
        else jit_alu_rr(b, JIT_ALU_CMP, JIT_S64, ra, ob.reg);
    }
    int ifop = jc_fusable_if(c, bci, 1);
    if (ifop) {
        const uint8_t *p = c->code + bci + 1;
        uint32_t target = (uint32_t)((int64_t)bci + 1 + S2(p + 1));
        JitCond cc = if_cond((uint8_t)ifop);
        c->extra = 3;
        if (!fp) {
            jc_branch(c, cc, target);
            return;
        }
        /* unordered: the result would be nan_is_one ? 1 : -1; does that satisfy the condition? */
        int nanv = nan_is_one ? 1 : -1;
        bool nan_taken = (cc == JIT_CC_E && nanv == 0) || (cc == JIT_CC_NE) || (cc == JIT_CC_L && nanv < 0) ||
                         (cc == JIT_CC_GE && nanv >= 0) || (cc == JIT_CC_G && nanv > 0) || (cc == JIT_CC_LE && nanv <= 0);
        /* ordered conditions on ucomis flags: unsigned-style */
        JitCond ucc = cc == JIT_CC_E ? JIT_CC_E : cc == JIT_CC_NE ? JIT_CC_NE : cc == JIT_CC_L ? JIT_CC_B
                    : cc == JIT_CC_GE ? JIT_CC_AE : cc == JIT_CC_G ? JIT_CC_A : JIT_CC_BE;
        vs_flush(c);
        JitLabel *tl = jc_label(c, target);
        if (nan_taken) {
            jit_jcc(b, JIT_CC_P, tl);
            jit_jcc(b, ucc, tl);
        } else {
            JitLabel skip = JIT_LABEL_INIT;
            jit_jcc_short(b, JIT_CC_P, &skip);
            jit_jcc(b, ucc, tl);
            jit_bind(b, &skip);
        }
        return;
    }
    JitReg r = vs_alloc(c);
    JitLabel done = JIT_LABEL_INIT;
    if (fp) {
        /* mov keeps the flags */
        jit_mov_ri(b, JIT_S32, r, nan_is_one ? 1 : -1);
        jit_jcc_short(b, JIT_CC_P, &done);
        jit_mov_ri(b, JIT_S32, r, 1);
        jit_jcc_short(b, JIT_CC_A, &done);
        jit_mov_ri(b, JIT_S32, r, 0);
        jit_jcc_short(b, JIT_CC_E, &done);
        jit_mov_ri(b, JIT_S32, r, -1);
    } else {
        jit_mov_ri(b, JIT_S32, r, 1);
        jit_jcc_short(b, JIT_CC_G, &done);
        jit_mov_ri(b, JIT_S32, r, 0);
        jit_jcc_short(b, JIT_CC_E, &done);
        jit_mov_ri(b, JIT_S32, r, -1);
    }
    jit_bind(b, &done);
    vs_push_reg(c, 'I', r);
}

bool jc_arith(JitComp *c, uint32_t bci, const uint8_t *p) {
    uint8_t op = p[0];
    switch (op) {
    case 0: return true;
    case 1: vs_push_const(c, 'A', 0); return true;
    case 2: case 3: case 4: case 5: case 6: case 7: case 8: vs_push_const(c, 'I', op - 3); return true;
    case 9: case 10: vs_push_const(c, 'J', op - 9); return true;
    case 11: case 12: case 13: push_f(c, (float)(op - 11)); return true;
    case 14: case 15: push_d(c, (double)(op - 14)); return true;
    case 16: vs_push_const(c, 'I', (int8_t)p[1]); return true;
    case 17: vs_push_const(c, 'I', S2(p + 1)); return true;
    case 20: { /* ldc2_w: long or double */
        CpEntry *e = &c->cp[U2(p + 1)];
        if (e->tag != CP_LONG && e->tag != CP_DOUBLE) jit_bail(c, "ldc2_w of tag %d", e->tag);
        vs_push_const(c, e->tag == CP_LONG ? 'J' : 'D', e->v.j);
        return true;
    }
    case 96: case 97: case 100: case 101: case 104: case 105:
    case 126: case 127: case 128: case 129: case 130: case 131:
        int_binop(c, op, op & 1);
        return true;
    case 98: case 99: case 102: case 103: case 106: case 107: case 110: case 111:
        fp_binop(c, op);
        return true;
    case 108: case 109: int_div(c, bci, op & 1, false); return true;
    case 112: case 113: int_div(c, bci, op & 1, true); return true;
    case 114: case 115: fp_rem(c, op & 1); return true;
    case 116: case 117: { /* ineg lneg */
        bool wide = op & 1;
        JitVe e = vs_pop_t(c, wide ? 'J' : 'I');
        if (e.kind == VS_CONST) {
            int64_t v = (int64_t)(0 - (uint64_t)e.val);
            vs_push_const(c, wide ? 'J' : 'I', wide ? v : (int32_t)v);
            return true;
        }
        JitReg r = vs_to_reg(c, e, wide ? JIT_S64 : JIT_S32);
        jit_unary_r(&c->buf, JIT_UNARY_NEG, wide ? JIT_S64 : JIT_S32, r);
        vs_push_reg(c, wide ? 'J' : 'I', r);
        return true;
    }
    case 118: case 119: { /* fneg dneg: flip the sign bit (also of NaN and zeros, as Java's) */
        bool dbl = op & 1;
        JitXmm x = vs_to_xmm(c, vs_pop_t(c, dbl ? 'D' : 'F'), dbl);
        sign_mask(c, dbl);
        jit_sse_rr(&c->buf, JIT_SSE_XORPS, x, X_SCRATCH);
        vs_push_xmm(c, dbl ? 'D' : 'F', x);
        return true;
    }
    case 120: case 121: case 122: case 123: case 124: case 125:
        int_shift(c, op, op & 1);
        return true;
    case 148: case 149: case 150: case 151: case 152:
        compare(c, bci, op);
        return true;
    }
    if (stack_op(c, op)) return true;
    return conversion(c, op);
}
