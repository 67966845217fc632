/* rt_interp_loop.h — the interpreter loop, included twice by rt_interp.c: INTERP_FN is the function's name,
 * INTERP_PROFILE (0 or 1) whether it is the profiling loop of tier 0 (counters, profiles and tier-policy
 * events: rt_profile.h) or the plain one of -Xint and -XX:TieredStopAtLevel=0, which has none of their cost.
 * The two loops differ in nothing else; which one runs is fixed for a VM's life (VM->tier.profiling). See
 * rt_interp.c for the interpreter's invariants. */
static bool INTERP_FN(Thread *t, Frame *entry) {
#define U(n) [n] = &&op_undefined,
#define U8(n) U(n) U(n + 1) U(n + 2) U(n + 3) U(n + 4) U(n + 5) U(n + 6) U(n + 7)
    static const void *const labels[256] = {
#define OP(name, code, len) [code] = &&op_##name,
#include "rt_opcodes.def"
#undef OP
        U(202) U(203) U(204) U(205) U(206) U(207) U8(208) U8(216) U8(224) U8(232) U8(240) U8(248)
    };
#undef U8
#undef U
    Frame *f = entry;
    Method *m = f->method;
    const uint8_t *pc = m->code;
    Slot *sp = f->stack;
    Slot *locals = f->locals;
    CpEntry *cp = m->owner->cp;
    Method *callee;
    int ret_slots;
    Slot retv;
    RtOsr osr = {0};

#define NEXT() goto *labels[*pc]
#define ADV(n) do { pc += (n); NEXT(); } while (0)
#define SAVE() do { f->pc = pc; f->sp = sp; } while (0)
#define THROW() goto exception
#define CHECK_NULL(o) do { if (RT_UNLIKELY(!(o))) { SAVE(); rt_throw_npe(t); THROW(); } } while (0)
/* An array access's checks: a null array, then an index outside [0, length). */
#define CHECK_INDEX(a, i)                                                                                  \
    do {                                                                                                   \
        CHECK_NULL(a);                                                                                     \
        if (RT_UNLIKELY((uint32_t)(i) >= (uint32_t)(a)->length)) {                                         \
            SAVE();                                                                                        \
            rt_throw_array_index(t, (i), (a)->length);                                                     \
            THROW();                                                                                       \
        }                                                                                                  \
    } while (0)
/* The constant-pool entry of the current instruction's u2 operand, resolved: v.member when it is resolved and
 * `usable` (e_ names the entry), else what `resolve` returns, throwing when that is NULL. */
#define RESOLVE_CP(var, member, usable, resolve)                                                           \
    do {                                                                                                   \
        CpEntry *e_ = &cp[U2(pc + 1)];                                                                     \
        if (RT_LIKELY(e_->resolved && (usable))) {                                                         \
            var = e_->v.member;                                                                            \
        } else {                                                                                           \
            SAVE();                                                                                        \
            var = (resolve);                                                                               \
            if (!var) THROW();                                                                             \
        }                                                                                                  \
    } while (0)
/* The method named by the current invoke's constant-pool entry, resolving it on first use. */
#define RESOLVE_METHOD(rm, kind) RESOLVE_CP(rm, method, true, ld_resolve_method(t, m->owner, U2(pc + 1), kind))
/* getfield/putfield: an entry resolved as a static field (by getstatic) goes through the resolver, which
 * throws IncompatibleClassChangeError. */
#define RESOLVE_INSTANCE_FIELD(fd)                                                                         \
    RESOLVE_CP(fd, field, !(e_->v.field->access & ACC_STATIC), ld_resolve_field(t, m->owner, U2(pc + 1), false))
/* Tier 0 (rt_profile.h), in the profiling loop only: BCI() is the current instruction's. A taken jump to the
 * same or an earlier instruction is a loop's back edge, counted after pc moved; the frame is saved before the
 * policy hears of it (on-stack replacement will continue the frame in compiled code from there). Conditional
 * branches, switches and virtual calls update the method's profile once it has one. */
#define BCI() ((uint32_t)(pc - m->code))
#define JUMP(off)                                                                                          \
    do {                                                                                                   \
        int32_t off_ = (off);                                                                              \
        pc += off_;                                                                                        \
        if (INTERP_PROFILE && off_ <= 0 && rt_count_backedge(m)) {                                         \
            SAVE();                                                                                        \
            if (rt_tier_backedge_overflow(t, m, BCI(), &osr)) goto osr_transfer;                           \
        }                                                                                                  \
        NEXT();                                                                                            \
    } while (0)
#define BRANCH(cond)                                                                                       \
    do {                                                                                                   \
        if (INTERP_PROFILE && m->mdo) {                                                                    \
            bool taken_ = (cond);                                                                          \
            rt_profile_branch(m->mdo, BCI(), taken_);                                                      \
            if (taken_) JUMP(S2(pc + 1));                                                                  \
            ADV(3);                                                                                        \
        }                                                                                                  \
        if (cond) JUMP(S2(pc + 1));                                                                        \
        ADV(3);                                                                                            \
    } while (0)

    NEXT();

op_undefined:
    /* ld_check_code rejects undefined opcodes before a class is initialised; this is a last line. */
    SAVE();
    rt_throw_new(t, WK_VerifyError, "Bad instruction: %02x", *pc);
    THROW();

op_nop: ADV(1);
op_aconst_null: (sp++)->l = NULL; ADV(1);
op_iconst_m1: (sp++)->i = -1; ADV(1);
op_iconst_0: (sp++)->i = 0; ADV(1);
op_iconst_1: (sp++)->i = 1; ADV(1);
op_iconst_2: (sp++)->i = 2; ADV(1);
op_iconst_3: (sp++)->i = 3; ADV(1);
op_iconst_4: (sp++)->i = 4; ADV(1);
op_iconst_5: (sp++)->i = 5; ADV(1);
op_lconst_0: sp->j = 0; sp += 2; ADV(1);
op_lconst_1: sp->j = 1; sp += 2; ADV(1);
op_fconst_0: (sp++)->f = 0.0f; ADV(1);
op_fconst_1: (sp++)->f = 1.0f; ADV(1);
op_fconst_2: (sp++)->f = 2.0f; ADV(1);
op_dconst_0: sp->d = 0.0; sp += 2; ADV(1);
op_dconst_1: sp->d = 1.0; sp += 2; ADV(1);
op_bipush: (sp++)->i = S1(pc + 1); ADV(2);
op_sipush: (sp++)->i = S2(pc + 1); ADV(3);
op_ldc: {
    uint16_t idx = U1(pc + 1);
    int len = 2;
    goto do_ldc;
op_ldc_w:
    idx = U2(pc + 1);
    len = 3;
do_ldc:;
    CpEntry *e = &cp[idx];
    switch (e->tag) {
    case CP_INTEGER: sp->i = e->v.i; break;
    case CP_FLOAT: sp->f = e->v.f; break;
    case CP_STRING:
        if (RT_LIKELY(e->resolved)) {
            sp->l = e->v.str;
        } else {
            SAVE();
            Object *s = ld_resolve_string(t, m->owner, idx);
            if (!s) THROW();
            sp->l = s;
        }
        break;
    case CP_CLASS: {
        SAVE();
        Class *c = ld_resolve_class(t, m->owner, idx);
        if (!c) THROW();
        Object *mir = rt_mirror(t, c);
        if (!mir) THROW();
        sp->l = mir;
        break;
    }
    default:
        SAVE();
        rt_throw_new(t, WK_InternalError, "ldc of constant pool tag %d is not supported", e->tag);
        THROW();
    }
    sp++;
    ADV(len);
}
op_ldc2_w: {
    CpEntry *e = &cp[U2(pc + 1)];
    sp->j = e->v.j; /* long and double share the 8 bytes */
    sp += 2;
    ADV(3);
}
op_iload: op_fload: op_aload: (sp++)->raw = locals[U1(pc + 1)].raw; ADV(2);
op_lload: op_dload: sp->raw = locals[U1(pc + 1)].raw; sp += 2; ADV(2);
op_iload_0: op_fload_0: op_aload_0: (sp++)->raw = locals[0].raw; ADV(1);
op_iload_1: op_fload_1: op_aload_1: (sp++)->raw = locals[1].raw; ADV(1);
op_iload_2: op_fload_2: op_aload_2: (sp++)->raw = locals[2].raw; ADV(1);
op_iload_3: op_fload_3: op_aload_3: (sp++)->raw = locals[3].raw; ADV(1);
op_lload_0: op_dload_0: sp->raw = locals[0].raw; sp += 2; ADV(1);
op_lload_1: op_dload_1: sp->raw = locals[1].raw; sp += 2; ADV(1);
op_lload_2: op_dload_2: sp->raw = locals[2].raw; sp += 2; ADV(1);
op_lload_3: op_dload_3: sp->raw = locals[3].raw; sp += 2; ADV(1);

#define ARRAY_LOAD(T, field, conv)                                                                         \
    {                                                                                                      \
        Array *a = (Array *)sp[-2].l;                                                                      \
        int32_t i = sp[-1].i;                                                                              \
        CHECK_INDEX(a, i);                                                                                 \
        sp[-2].field = conv(((T *)rt_array_data(a))[i]);                                                   \
        sp -= 1;                                                                                           \
        ADV(1);                                                                                            \
    }
#define ARRAY_LOAD2(T, field)                                                                              \
    {                                                                                                      \
        Array *a = (Array *)sp[-2].l;                                                                      \
        int32_t i = sp[-1].i;                                                                              \
        CHECK_INDEX(a, i);                                                                                 \
        sp[-2].field = ((T *)rt_array_data(a))[i];                                                         \
        ADV(1);                                                                                            \
    }
#define ID(x) (x)
op_iaload: ARRAY_LOAD(int32_t, i, ID)
op_faload: ARRAY_LOAD(float, f, ID)
op_aaload: ARRAY_LOAD(Object *, l, ID)
op_baload: ARRAY_LOAD(int8_t, i, (int32_t))
op_caload: ARRAY_LOAD(uint16_t, i, (int32_t))
op_saload: ARRAY_LOAD(int16_t, i, (int32_t))
op_laload: ARRAY_LOAD2(int64_t, j)
op_daload: ARRAY_LOAD2(double, d)

op_istore: op_fstore: op_astore: locals[U1(pc + 1)].raw = (--sp)->raw; ADV(2);
op_lstore: op_dstore: sp -= 2; locals[U1(pc + 1)].raw = sp->raw; ADV(2);
op_istore_0: op_fstore_0: op_astore_0: locals[0].raw = (--sp)->raw; ADV(1);
op_istore_1: op_fstore_1: op_astore_1: locals[1].raw = (--sp)->raw; ADV(1);
op_istore_2: op_fstore_2: op_astore_2: locals[2].raw = (--sp)->raw; ADV(1);
op_istore_3: op_fstore_3: op_astore_3: locals[3].raw = (--sp)->raw; ADV(1);
op_lstore_0: op_dstore_0: sp -= 2; locals[0].raw = sp->raw; ADV(1);
op_lstore_1: op_dstore_1: sp -= 2; locals[1].raw = sp->raw; ADV(1);
op_lstore_2: op_dstore_2: sp -= 2; locals[2].raw = sp->raw; ADV(1);
op_lstore_3: op_dstore_3: sp -= 2; locals[3].raw = sp->raw; ADV(1);

#define ARRAY_STORE(T, width, expr)                                                                        \
    {                                                                                                      \
        Array *a = (Array *)sp[-2 - (width)].l;                                                            \
        int32_t i = sp[-1 - (width)].i;                                                                    \
        CHECK_INDEX(a, i);                                                                                 \
        ((T *)rt_array_data(a))[i] = (T)(expr);                                                            \
        sp -= 2 + (width);                                                                                 \
        ADV(1);                                                                                            \
    }
op_iastore: ARRAY_STORE(int32_t, 1, sp[-1].i)
op_fastore: ARRAY_STORE(float, 1, sp[-1].f)
op_bastore: {
    /* baload/bastore serve both byte[] and boolean[]; a boolean[] keeps only the low bit */
    Array *a = (Array *)sp[-3].l;
    if (a && a->hdr.klass->prim == 'Z') sp[-1].i &= 1;
    ARRAY_STORE(int8_t, 1, sp[-1].i)
}
op_castore: ARRAY_STORE(uint16_t, 1, sp[-1].i)
op_sastore: ARRAY_STORE(int16_t, 1, sp[-1].i)
op_lastore: ARRAY_STORE(int64_t, 2, sp[-2].j)
op_dastore: ARRAY_STORE(double, 2, sp[-2].d)
op_aastore: {
    Array *a = (Array *)sp[-3].l;
    int32_t i = sp[-2].i;
    Object *v = sp[-1].l;
    CHECK_INDEX(a, i);
    if (v && RT_UNLIKELY(v->klass != a->hdr.klass->component && !rt_instance_of(v->klass, a->hdr.klass->component))) {
        SAVE();
        char n[512];
        rt_java_name(v->klass, n, sizeof n);
        rt_throw_new(t, WK_ArrayStoreException, "%s", n);
        THROW();
    }
    gc_store_ref(&((Object **)rt_array_data(a))[i], v);
    sp -= 3;
    ADV(1);
}

op_pop: sp--; ADV(1);
op_pop2: sp -= 2; ADV(1);
op_dup: sp[0] = sp[-1]; sp++; ADV(1);
op_dup_x1: sp[0] = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[0]; sp++; ADV(1);
op_dup_x2: sp[0] = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[0]; sp++; ADV(1);
op_dup2: sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; ADV(1);
op_dup2_x1:
    sp[1] = sp[-1]; sp[0] = sp[-2]; sp[-1] = sp[-3]; sp[-3] = sp[0]; sp[-2] = sp[1]; sp += 2; ADV(1);
op_dup2_x2:
    sp[1] = sp[-1]; sp[0] = sp[-2]; sp[-1] = sp[-3]; sp[-2] = sp[-4]; sp[-4] = sp[0]; sp[-3] = sp[1];
    sp += 2; ADV(1);
op_swap: { Slot x = sp[-1]; sp[-1] = sp[-2]; sp[-2] = x; ADV(1); }

#define IBIN(expr) { int32_t b = sp[-1].i, a_ = sp[-2].i; (void)a_; (void)b; sp[-2].i = (expr); sp--; ADV(1); }
#define LBIN(expr) { int64_t b = sp[-2].j, a_ = sp[-4].j; (void)a_; (void)b; sp[-4].j = (expr); sp -= 2; ADV(1); }
#define FBIN(expr) { float b = sp[-1].f, a_ = sp[-2].f; sp[-2].f = (expr); sp--; ADV(1); }
#define DBIN(expr) { double b = sp[-2].d, a_ = sp[-4].d; sp[-4].d = (expr); sp -= 2; ADV(1); }
op_iadd: IBIN((int32_t)((uint32_t)a_ + (uint32_t)b))
op_isub: IBIN((int32_t)((uint32_t)a_ - (uint32_t)b))
op_imul: IBIN((int32_t)((uint32_t)a_ * (uint32_t)b))
op_ladd: LBIN((int64_t)((uint64_t)a_ + (uint64_t)b))
op_lsub: LBIN((int64_t)((uint64_t)a_ - (uint64_t)b))
op_lmul: LBIN((int64_t)((uint64_t)a_ * (uint64_t)b))
op_fadd: FBIN(a_ + b)
op_fsub: FBIN(a_ - b)
op_fmul: FBIN(a_ * b)
op_fdiv: FBIN(a_ / b)
op_frem: FBIN(fmodf(a_, b))
op_dadd: DBIN(a_ + b)
op_dsub: DBIN(a_ - b)
op_dmul: DBIN(a_ * b)
op_ddiv: DBIN(a_ / b)
op_drem: DBIN(fmod(a_, b))
op_idiv: {
    int32_t b = sp[-1].i, a_ = sp[-2].i;
    if (RT_UNLIKELY(b == 0)) { SAVE(); rt_throw_new(t, WK_ArithmeticException, "/ by zero"); THROW(); }
    sp[-2].i = b == -1 ? (int32_t)(0u - (uint32_t)a_) : a_ / b;
    sp--;
    ADV(1);
}
op_irem: {
    int32_t b = sp[-1].i, a_ = sp[-2].i;
    if (RT_UNLIKELY(b == 0)) { SAVE(); rt_throw_new(t, WK_ArithmeticException, "/ by zero"); THROW(); }
    sp[-2].i = b == -1 ? 0 : a_ % b;
    sp--;
    ADV(1);
}
op_ldiv: {
    int64_t b = sp[-2].j, a_ = sp[-4].j;
    if (RT_UNLIKELY(b == 0)) { SAVE(); rt_throw_new(t, WK_ArithmeticException, "/ by zero"); THROW(); }
    sp[-4].j = b == -1 ? (int64_t)(0ull - (uint64_t)a_) : a_ / b;
    sp -= 2;
    ADV(1);
}
op_lrem: {
    int64_t b = sp[-2].j, a_ = sp[-4].j;
    if (RT_UNLIKELY(b == 0)) { SAVE(); rt_throw_new(t, WK_ArithmeticException, "/ by zero"); THROW(); }
    sp[-4].j = b == -1 ? 0 : a_ % b;
    sp -= 2;
    ADV(1);
}
op_ineg: sp[-1].i = (int32_t)(0u - (uint32_t)sp[-1].i); ADV(1);
op_lneg: sp[-2].j = (int64_t)(0ull - (uint64_t)sp[-2].j); ADV(1);
op_fneg: sp[-1].f = -sp[-1].f; ADV(1);
op_dneg: sp[-2].d = -sp[-2].d; ADV(1);
op_ishl: IBIN((int32_t)((uint32_t)a_ << (b & 31)))
op_ishr: IBIN(a_ >> (b & 31))
op_iushr: IBIN((int32_t)((uint32_t)a_ >> (b & 31)))
op_lshl: { int32_t s = sp[-1].i; sp[-3].j = (int64_t)((uint64_t)sp[-3].j << (s & 63)); sp--; ADV(1); }
op_lshr: { int32_t s = sp[-1].i; sp[-3].j = sp[-3].j >> (s & 63); sp--; ADV(1); }
op_lushr: { int32_t s = sp[-1].i; sp[-3].j = (int64_t)((uint64_t)sp[-3].j >> (s & 63)); sp--; ADV(1); }
op_iand: IBIN(a_ & b)
op_ior: IBIN(a_ | b)
op_ixor: IBIN(a_ ^ b)
op_land: LBIN(a_ & b)
op_lor: LBIN(a_ | b)
op_lxor: LBIN(a_ ^ b)
op_iinc: locals[U1(pc + 1)].i = (int32_t)((uint32_t)locals[U1(pc + 1)].i + (uint32_t)S1(pc + 2)); ADV(3);
op_i2l: sp[-1].j = sp[-1].i; sp++; ADV(1);
op_i2f: sp[-1].f = (float)sp[-1].i; ADV(1);
op_i2d: sp[-1].d = (double)sp[-1].i; sp++; ADV(1);
op_l2i: sp[-2].i = (int32_t)sp[-2].j; sp--; ADV(1);
op_l2f: sp[-2].f = (float)sp[-2].j; sp--; ADV(1);
op_l2d: sp[-2].d = (double)sp[-2].j; ADV(1);
op_f2i: sp[-1].i = f2i(sp[-1].f); ADV(1);
op_f2l: sp[-1].j = f2l(sp[-1].f); sp++; ADV(1);
op_f2d: sp[-1].d = (double)sp[-1].f; sp++; ADV(1);
op_d2i: sp[-2].i = d2i(sp[-2].d); sp--; ADV(1);
op_d2l: sp[-2].j = d2l(sp[-2].d); ADV(1);
op_d2f: sp[-2].f = (float)sp[-2].d; sp--; ADV(1);
op_i2b: sp[-1].i = (int8_t)sp[-1].i; ADV(1);
op_i2c: sp[-1].i = (uint16_t)sp[-1].i; ADV(1);
op_i2s: sp[-1].i = (int16_t)sp[-1].i; ADV(1);
op_lcmp: { int64_t b = sp[-2].j, a_ = sp[-4].j; sp[-4].i = a_ < b ? -1 : a_ > b; sp -= 3; ADV(1); }
op_fcmpl: { float b = sp[-1].f, a_ = sp[-2].f; sp[-2].i = a_ > b ? 1 : a_ == b ? 0 : -1; sp--; ADV(1); }
op_fcmpg: { float b = sp[-1].f, a_ = sp[-2].f; sp[-2].i = a_ < b ? -1 : a_ == b ? 0 : 1; sp--; ADV(1); }
op_dcmpl: { double b = sp[-2].d, a_ = sp[-4].d; sp[-4].i = a_ > b ? 1 : a_ == b ? 0 : -1; sp -= 3; ADV(1); }
op_dcmpg: { double b = sp[-2].d, a_ = sp[-4].d; sp[-4].i = a_ < b ? -1 : a_ == b ? 0 : 1; sp -= 3; ADV(1); }
op_ifeq: sp--; BRANCH(sp->i == 0);
op_ifne: sp--; BRANCH(sp->i != 0);
op_iflt: sp--; BRANCH(sp->i < 0);
op_ifge: sp--; BRANCH(sp->i >= 0);
op_ifgt: sp--; BRANCH(sp->i > 0);
op_ifle: sp--; BRANCH(sp->i <= 0);
op_if_icmpeq: sp -= 2; BRANCH(sp[0].i == sp[1].i);
op_if_icmpne: sp -= 2; BRANCH(sp[0].i != sp[1].i);
op_if_icmplt: sp -= 2; BRANCH(sp[0].i < sp[1].i);
op_if_icmpge: sp -= 2; BRANCH(sp[0].i >= sp[1].i);
op_if_icmpgt: sp -= 2; BRANCH(sp[0].i > sp[1].i);
op_if_icmple: sp -= 2; BRANCH(sp[0].i <= sp[1].i);
op_if_acmpeq: sp -= 2; BRANCH(sp[0].l == sp[1].l);
op_if_acmpne: sp -= 2; BRANCH(sp[0].l != sp[1].l);
op_ifnull: sp--; BRANCH(sp->l == NULL);
op_ifnonnull: sp--; BRANCH(sp->l != NULL);
op_goto: JUMP(S2(pc + 1));
op_goto_w: JUMP(S4(pc + 1));
op_jsr: (sp++)->i = (int32_t)(pc + 3 - m->code); pc += S2(pc + 1); NEXT();
op_jsr_w: (sp++)->i = (int32_t)(pc + 5 - m->code); pc += S4(pc + 1); NEXT();
op_ret: pc = m->code + locals[U1(pc + 1)].i; NEXT();
op_tableswitch: {
    const uint8_t *p = m->code + (((pc - m->code) + 4) & ~3);
    int32_t def = S4(p), lo = S4(p + 4), hi = S4(p + 8), key = (--sp)->i;
    bool in_ = key >= lo && key <= hi;
    if (INTERP_PROFILE && m->mdo) rt_profile_switch(m->mdo, BCI(), in_ ? (uint32_t)((int64_t)key - lo) + 1 : 0);
    JUMP(in_ ? S4(p + 12 + 4 * (int64_t)(key - lo)) : def);
}
op_lookupswitch: {
    const uint8_t *p = m->code + (((pc - m->code) + 4) & ~3);
    int32_t def = S4(p), n = S4(p + 4), key = (--sp)->i;
    int32_t lo = 0, hi = n - 1, target = def;
    uint32_t which = 0;
    while (lo <= hi) {
        int32_t mid = (int32_t)(((uint32_t)lo + (uint32_t)hi) >> 1), k = S4(p + 8 + 8 * mid);
        if (k == key) { target = S4(p + 12 + 8 * mid); which = (uint32_t)mid + 1; break; }
        if (k < key) lo = mid + 1; else hi = mid - 1;
    }
    if (INTERP_PROFILE && m->mdo) rt_profile_switch(m->mdo, BCI(), which);
    JUMP(target);
}
op_ireturn: op_freturn: op_areturn: retv = sp[-1]; ret_slots = 1; goto do_return;
op_lreturn: op_dreturn: retv = sp[-2]; ret_slots = 2; goto do_return;
op_return: ret_slots = 0; retv.raw = 0; goto do_return;

op_getstatic: op_putstatic: {
    uint16_t idx = U2(pc + 1);
    CpEntry *e = &cp[idx];
    Field *fd;
    if (RT_LIKELY(e->resolved && e->v.field->owner->state == CS_INITIALIZED && (e->v.field->access & ACC_STATIC))) {
        fd = e->v.field;
    } else {
        SAVE();
        fd = ld_resolve_field(t, m->owner, idx, true);
        if (!fd || !ld_ensure_init(t, fd->owner)) THROW();
    }
    void *p = fd->owner->statics + fd->offset;
    if (*pc == 178) {
        switch (fd->type) {
        case 'Z': case 'B': (sp++)->i = *(int8_t *)p; break;
        case 'C': (sp++)->i = *(uint16_t *)p; break;
        case 'S': (sp++)->i = *(int16_t *)p; break;
        case 'I': case 'F': (sp++)->i = *(int32_t *)p; break;
        case 'J': case 'D': sp->j = *(int64_t *)p; sp += 2; break;
        default: (sp++)->l = *(Object **)p; break;
        }
    } else {
        switch (fd->type) {
        case 'Z': *(int8_t *)p = (int8_t)((--sp)->i & 1); break;
        case 'B': *(int8_t *)p = (int8_t)(--sp)->i; break;
        case 'C': case 'S': *(int16_t *)p = (int16_t)(--sp)->i; break;
        case 'I': case 'F': *(int32_t *)p = (--sp)->i; break;
        case 'J': case 'D': sp -= 2; *(int64_t *)p = sp->j; break;
        default: *(Object **)p = (--sp)->l; break;
        }
    }
    ADV(3);
}
op_getfield: {
    Field *fd;
    RESOLVE_INSTANCE_FIELD(fd);
    Object *o = sp[-1].l;
    CHECK_NULL(o);
    void *p = rt_field_ptr(o, fd->offset);
    switch (fd->type) {
    case 'Z': case 'B': sp[-1].i = *(int8_t *)p; break;
    case 'C': sp[-1].i = *(uint16_t *)p; break;
    case 'S': sp[-1].i = *(int16_t *)p; break;
    case 'I': case 'F': sp[-1].i = *(int32_t *)p; break;
    case 'J': case 'D': sp[-1].j = *(int64_t *)p; sp++; break;
    default: sp[-1].l = *(Object **)p; break;
    }
    ADV(3);
}
op_putfield: {
    Field *fd;
    RESOLVE_INSTANCE_FIELD(fd);
    if (fd->type == 'J' || fd->type == 'D') {
        Object *o = sp[-3].l;
        CHECK_NULL(o);
        *(int64_t *)rt_field_ptr(o, fd->offset) = sp[-2].j;
        sp -= 3;
    } else {
        Object *o = sp[-2].l;
        CHECK_NULL(o);
        void *p = rt_field_ptr(o, fd->offset);
        switch (fd->type) {
        case 'Z': *(int8_t *)p = (int8_t)(sp[-1].i & 1); break;
        case 'B': *(int8_t *)p = (int8_t)sp[-1].i; break;
        case 'C': case 'S': *(int16_t *)p = (int16_t)sp[-1].i; break;
        case 'I': case 'F': *(int32_t *)p = sp[-1].i; break;
        default: gc_store_ref((Object **)p, sp[-1].l); break;
        }
        sp -= 2;
    }
    ADV(3);
}

op_invokevirtual: {
    Method *rm;
    RESOLVE_METHOD(rm, LD_INVOKE_VIRTUAL);
    Object *recv = sp[-rm->arg_slots].l;
    CHECK_NULL(recv);
    if (INTERP_PROFILE && m->mdo) rt_profile_receiver(m->mdo, BCI(), recv->klass);
    if (RT_LIKELY(rm->vtable_index >= 0)) {
        callee = recv->klass->vtable[rm->vtable_index];
    } else if (rm->itable_index >= 0) {
        SAVE();
        callee = rt_select_interface(t, recv->klass, rm);
        if (!callee) THROW();
    } else {
        callee = rm;
    }
    goto do_invoke;
}
op_invokespecial: {
    Method *rm;
    RESOLVE_METHOD(rm, LD_INVOKE_SPECIAL);
    callee = rm;
    /* ACC_SUPER semantics (JVMS §6.5 invokespecial): a call to a superclass method selects from the
     * current class's superclass. */
    if (!(rm->vmflags & MF_INIT) && !(rm->owner->access & ACC_INTERFACE) && rm->owner != m->owner &&
        (m->owner->access & ACC_SUPER) && rt_is_subclass(m->owner, rm->owner) && m->owner->super) {
        Method *sel = ld_lookup_method(m->owner->super, rm->name, rm->desc);
        if (sel) callee = sel;
    }
    Object *recv = sp[-callee->arg_slots].l;
    CHECK_NULL(recv);
    goto do_invoke;
}
op_invokestatic: {
    uint16_t idx = U2(pc + 1);
    CpEntry *e = &cp[idx];
    if (RT_LIKELY(e->resolved && e->v.method->owner->state == CS_INITIALIZED)) {
        callee = e->v.method;
    } else {
        SAVE();
        callee = ld_resolve_method(t, m->owner, idx, LD_INVOKE_STATIC);
        if (!callee || !ld_ensure_init(t, callee->owner)) THROW();
    }
    goto do_invoke;
}
op_invokeinterface: {
    Method *rm;
    RESOLVE_METHOD(rm, LD_INVOKE_INTERFACE);
    Object *recv = sp[-rm->arg_slots].l;
    CHECK_NULL(recv);
    if (INTERP_PROFILE && m->mdo) rt_profile_receiver(m->mdo, BCI(), recv->klass);
    if (rm->itable_index >= 0) {
        SAVE();
        callee = rt_select_interface(t, recv->klass, rm);
        if (!callee) THROW();
    } else if (rm->vtable_index >= 0) {
        callee = recv->klass->vtable[rm->vtable_index];
    } else {
        callee = rm;
    }
    goto do_invoke;
}
op_invokedynamic: {
    uint16_t idx = U2(pc + 1);
    CpEntry *e = &cp[idx];
    SAVE();
    if (RT_UNLIKELY(!e->resolved) && !rt_indy_resolve(t, m->owner, idx)) THROW();
    Slot *nsp;
    if (!rt_indy_invoke(t, e->v.site, sp, &nsp)) THROW();
    sp = nsp;
    ADV(5);
}

do_invoke: {
    /* callee selected; its arguments are the top arg_slots slots of the operand stack */
    if (RT_UNLIKELY(VM->opt.verify_refmaps)) gc_refmap_check_method(callee);
    Slot *args = sp - callee->arg_slots;
    if (RT_UNLIKELY(callee->access & (ACC_NATIVE | ACC_ABSTRACT))) {
        f->pc = pc;
        f->sp = args;
        if (callee->access & ACC_ABSTRACT) {
            Object *recv = args[0].l;
            rt_throw_abstract(t, recv ? recv->klass : callee->owner, callee);
            THROW();
        }
        Slot r;
        r.raw = 0;
        if (!rt_call_native(t, callee, args, &r)) THROW();
        sp = args;
        switch (callee->ret_type) {
        case 'V': break;
        case 'J': case 'D': sp->raw = r.raw; sp += 2; break;
        case 'Z': case 'B': (sp++)->i = (int8_t)r.i; break;
        case 'C': (sp++)->i = (uint16_t)r.i; break;
        case 'S': (sp++)->i = (int16_t)r.i; break;
        default: (sp++)->raw = r.raw; break;
        }
        ADV(*pc == 185 ? 5 : 3);
    }
    Frame *nf = (Frame *)(args + callee->max_locals);
    if (RT_UNLIKELY((Slot *)(nf + 1) + callee->max_stack > t->stack_limit)) {
        f->pc = pc;
        f->sp = sp;
        rt_throw_stack_overflow(t);
        THROW();
    }
    f->pc = pc;
    f->sp = args;
    rt_push_frame(t, f, callee, args, 0);
    /* the count may compile the callee (-Xcomp: at its first call); the frames are consistent for a GC */
    if (INTERP_PROFILE && !callee->jit_entry) rt_count_invocation(t, callee);
    if (callee->jit_entry) goto call_compiled;
    f = nf;
    m = callee;
    pc = m->code;
    sp = nf->stack;
    locals = args;
    cp = m->owner->cp;
    if (RT_UNLIKELY(m->access & ACC_SYNCHRONIZED)) {
        Object *lock = (m->access & ACC_STATIC) ? rt_mirror(t, m->owner) : locals[0].l;
        if (!lock) THROW();
        lock->bits++;
        f->monitor_count = 1;
    }
    NEXT();
}

call_compiled: {
    /* The callee's frame is on top, set up as for the interpreter; its compiled code runs it to the end
     * (jit/jit.h: the compiled-frame contract) and pops it. f is still the caller, at the invoke. */
    Slot *args = t->top->locals;
    bool ok = ((bool (*)(Thread *, Frame *))callee->jit_entry)(t, t->top);
    if (!ok) THROW();
    char rt = callee->ret_type;
    sp = args + (rt == 'V' ? 0 : (rt == 'J' || rt == 'D') ? 2 : 1);
    ADV(*pc == 185 ? 5 : 3);
}

osr_transfer: {
    /* On-stack replacement: the frame continues in compiled code from the loop header it was saved at,
     * and ends there (returns or unwinds); the interpreter then goes on in its caller. */
    Frame *caller = f->prev;
    bool was_entry = f->flags & FRAME_ENTRY;
    Slot *dst = f->locals;
    char rt = m->ret_type;
    bool ok = ((bool (*)(Thread *, Frame *, void *))osr.entry)(t, f, osr.target);
    if (was_entry) return ok;
    f = caller;
    m = f->method;
    cp = m->owner->cp;
    locals = f->locals;
    if (!ok) THROW();
    pc = after_invoke(f->pc);
    sp = dst + (rt == 'V' ? 0 : (rt == 'J' || rt == 'D') ? 2 : 1);
    NEXT();
}

do_return: {
    if (RT_UNLIKELY(f->monitor_count)) {
        Object *lock = (m->access & ACC_STATIC) ? m->owner->mirror : locals[0].l;
        if (lock && (lock->bits & RT_LOCK_MASK)) lock->bits--;
        f->monitor_count = 0;
    }
    Frame *caller = f->prev;
    Slot *dst = f->locals;
    if (ret_slots) {
        switch (m->ret_type) {
        case 'Z': retv.i &= 1; break;
        case 'B': retv.i = (int8_t)retv.i; break;
        case 'C': retv.i = (uint16_t)retv.i; break;
        case 'S': retv.i = (int16_t)retv.i; break;
        default: break;
        }
        dst[0] = retv;
    }
    t->top = caller;
    if (f->flags & FRAME_ENTRY) return true;
    f = caller;
    m = f->method;
    cp = m->owner->cp;
    locals = f->locals;
    pc = after_invoke(f->pc);
    sp = dst + ret_slots;
    NEXT();
}

op_new: {
    uint16_t idx = U2(pc + 1);
    if (RT_LIKELY(cp[idx].resolved)) {
        Class *c = cp[idx].v.cls;
        Object *o;
        if (RT_LIKELY(c->state == CS_INITIALIZED && !(c->access & (ACC_INTERFACE | ACC_ABSTRACT)) &&
                      c->instance_size < 4096 && (o = gc_tlab_alloc(t, c->instance_size)))) {
            o->klass = c;
            (sp++)->l = o;
            ADV(3);
        }
    }
    SAVE();
    Class *c = cp[idx].resolved ? cp[idx].v.cls : ld_resolve_class(t, m->owner, idx);
    if (!c) THROW();
    if (RT_UNLIKELY(c->access & (ACC_INTERFACE | ACC_ABSTRACT))) {
        char n[512];
        rt_java_name(c, n, sizeof n);
        rt_throw_new(t, WK_InstantiationError, "%s", n);
        THROW();
    }
    if (!ld_ensure_init(t, c)) THROW();
    Object *o = rt_new_object(t, c);
    if (!o) THROW();
    (sp++)->l = o;
    ADV(3);
}
op_newarray: {
    static const char types[12] = {0, 0, 0, 0, 'Z', 'C', 'F', 'D', 'B', 'S', 'I', 'J'};
    SAVE();
    Array *a = rt_new_prim_array(t, types[U1(pc + 1) & 15], sp[-1].i);
    if (!a) THROW();
    sp[-1].l = &a->hdr;
    ADV(2);
}
op_anewarray: {
    uint16_t idx = U2(pc + 1);
    SAVE();
    Class *c = cp[idx].resolved ? cp[idx].v.cls : ld_resolve_class(t, m->owner, idx);
    if (!c) THROW();
    Array *a = rt_new_obj_array(t, c, sp[-1].i);
    if (!a) THROW();
    sp[-1].l = &a->hdr;
    ADV(3);
}
op_multianewarray: {
    uint16_t idx = U2(pc + 1);
    int dims = U1(pc + 3);
    SAVE();
    Class *c = cp[idx].resolved ? cp[idx].v.cls : ld_resolve_class(t, m->owner, idx);
    if (!c) THROW();
    int32_t counts[256];
    for (int i = 0; i < dims; i++) counts[i] = sp[-dims + i].i;
    Array *a = rt_new_multi_array(t, c, counts, dims);
    if (!a) THROW();
    sp -= dims;
    (sp++)->l = &a->hdr;
    ADV(4);
}
op_arraylength: {
    Array *a = (Array *)sp[-1].l;
    CHECK_NULL(a);
    sp[-1].i = a->length;
    ADV(1);
}
op_athrow: {
    Object *o = sp[-1].l;
    CHECK_NULL(o);
    SAVE();
    t->exception = o;
    THROW();
}
op_checkcast: op_instanceof: {
    uint16_t idx = U2(pc + 1);
    Object *o = sp[-1].l;
    if (!o) {
        if (*pc == 193) sp[-1].i = 0;
        ADV(3);
    }
    Class *c;
    if (RT_LIKELY(cp[idx].resolved)) {
        c = cp[idx].v.cls;
    } else {
        SAVE();
        c = ld_resolve_class(t, m->owner, idx);
        if (!c) THROW();
        o = sp[-1].l; /* resolution may have collected */
    }
    bool ok = o->klass == c || rt_instance_of(o->klass, c);
    if (*pc == 193) {
        sp[-1].i = ok;
    } else if (!ok) {
        SAVE();
        check_cast_fail(t, o, c);
        THROW();
    }
    ADV(3);
}
op_monitorenter: {
    Object *o = sp[-1].l;
    CHECK_NULL(o);
    o->bits++;
    sp--;
    ADV(1);
}
op_monitorexit: {
    Object *o = sp[-1].l;
    CHECK_NULL(o);
    if (RT_UNLIKELY((o->bits & RT_LOCK_MASK) == 0)) {
        SAVE();
        rt_throw_new(t, WK_IllegalMonitorStateException, NULL);
        THROW();
    }
    o->bits--;
    sp--;
    ADV(1);
}
op_wide: {
    uint8_t op = pc[1];
    uint16_t idx = U2(pc + 2);
    switch (op) {
    case 21: case 23: case 25: (sp++)->raw = locals[idx].raw; ADV(4);
    case 22: case 24: sp->raw = locals[idx].raw; sp += 2; ADV(4);
    case 54: case 56: case 58: locals[idx].raw = (--sp)->raw; ADV(4);
    case 55: case 57: sp -= 2; locals[idx].raw = sp->raw; ADV(4);
    case 132: locals[idx].i = (int32_t)((uint32_t)locals[idx].i + (uint32_t)S2(pc + 4)); ADV(6);
    case 169: pc = m->code + locals[idx].i; NEXT();
    default:
        SAVE();
        rt_throw_new(t, WK_VerifyError, "Bad wide instruction");
        THROW();
    }
}

exception: {
    /* t->exception is set and f->pc points at the instruction that threw. Find a handler, unwinding. */
    for (;;) {
        int found = rt_find_handler(t, f);
        Object *exc = t->exception;
        if (found >= 0) {
            t->exception = NULL;
            sp = f->stack;
            (sp++)->l = exc;
            pc = m->code + m->handlers[found].handler_pc;
            NEXT();
        }
        if (f->monitor_count) {
            Object *lock = (m->access & ACC_STATIC) ? m->owner->mirror : locals[0].l;
            if (lock && (lock->bits & RT_LOCK_MASK)) lock->bits--;
            f->monitor_count = 0;
        }
        Frame *caller = f->prev;
        bool was_entry = f->flags & FRAME_ENTRY;
        t->top = caller;
        if (was_entry) return false;
        f = caller;
        m = f->method;
        cp = m->owner->cp;
        locals = f->locals;
    }
}
}
#undef NEXT
#undef ADV
#undef SAVE
#undef THROW
#undef CHECK_NULL
#undef CHECK_INDEX
#undef RESOLVE_CP
#undef RESOLVE_METHOD
#undef RESOLVE_INSTANCE_FIELD
#undef BCI
#undef JUMP
#undef BRANCH
#undef ARRAY_LOAD
#undef ARRAY_LOAD2
#undef ID
#undef ARRAY_STORE
#undef IBIN
#undef LBIN
#undef FBIN
#undef DBIN
