/* Baseline compiler, bytecode group: ldc, allocation (new with the TLAB bump inline, arrays through the
 * runtime), arraylength, checkcast/instanceof (the exact class inline, the rest through the runtime) and the
 * monitors (one Java thread: a recursion count in the header word, as the interpreter keeps it). Classes
 * and strings are resolved when the method is compiled; heap objects are never embedded in code — a String
 * constant is loaded from its constant-pool entry and a Class mirror from Class.mirror, both GC roots. */
#include "jit_comp.h"

#include "../gc/gc.h"
#include "../loader/ld.h"

static Class *class_at(JitComp *c, uint16_t idx) {
    CpEntry *e = idx < c->m->owner->n_cp ? &c->cp[idx] : NULL;
    if (!e || e->tag != CP_CLASS) jit_bail(c, "bad class reference %u", idx);
    if (e->resolved) return e->v.cls;
    Class *k = ld_resolve_class(c->t, c->m->owner, idx);
    if (!k) jit_bail(c, "unresolved class %u", idx);
    return k;
}

static void ldc(JitComp *c, uint16_t idx) {
    CpEntry *e = idx < c->m->owner->n_cp ? &c->cp[idx] : NULL;
    if (!e) jit_bail(c, "bad ldc");
    switch (e->tag) {
    case CP_INTEGER: vs_push_const(c, 'I', e->v.i); return;
    case CP_FLOAT: {
        union { float f; uint32_t u; } v = {.f = e->v.f};
        vs_push_const(c, 'F', (int64_t)v.u);
        return;
    }
    case CP_STRING: {
        if (!e->resolved && !ld_resolve_string(c->t, c->m->owner, idx)) jit_bail(c, "unresolvable string constant");
        JitReg r = vs_alloc(c);
        jc_movabs(c, r, &e->v.str);
        jit_mov_rm(&c->buf, JIT_S64, r, jit_mem(r, 0));
        vs_push_reg(c, 'A', r);
        return;
    }
    case CP_CLASS: {
        Class *k = class_at(c, idx);
        if (!rt_mirror(c->t, k)) jit_bail(c, "no mirror for an ldc class");
        JitReg r = vs_alloc(c);
        jc_movabs(c, r, &k->mirror);
        jit_mov_rm(&c->buf, JIT_S64, r, jit_mem(r, 0));
        vs_push_reg(c, 'A', r);
        return;
    }
    }
    jit_bail(c, "ldc of tag %d", e->tag);
}

/* ---- allocation ---------------------------------------------------------------------------------------- */
static void new_slow(JitComp *c, JitStub *s) {
    jc_save_frame(c, s->bci, s->depth);
    jit_mov_rr(&c->buf, JIT_S64, JIT_RDI, R_THREAD);
    jc_movabs(c, JIT_RSI, (void *)(uintptr_t)s->arg);
    jc_call_entry(c, JIT_E_new_instance);
    jc_check_exception_rax(c);
}

static void new_object(JitComp *c, uint32_t bci, uint16_t idx) {
    JitBuf *b = &c->buf;
    Class *k = class_at(c, idx);
    vs_flush(c);
    vs_take(c, JIT_RAX);
    vs_take(c, JIT_RDX);
    JitStub *s = jc_stub(c, STUB_CALL, bci);
    s->emit = new_slow;
    s->arg = (uint64_t)(uintptr_t)k;
    if ((k->access & (ACC_INTERFACE | ACC_ABSTRACT)) || k->instance_size >= 4096 || k->kind != CK_INSTANCE) {
        jit_jmp(b, &s->entry); /* the runtime throws InstantiationError, or allocates a large object */
    } else {
        jc_class_init_check(c, bci, k);
        jit_mov_rm(b, JIT_S64, JIT_RAX, jit_mem(R_THREAD, TH_TLAB_TOP));
        jit_lea(b, JIT_S64, JIT_RDX, jit_mem(JIT_RAX, (int32_t)k->instance_size));
        jit_alu_rm(b, JIT_ALU_CMP, JIT_S64, JIT_RDX, jit_mem(R_THREAD, TH_TLAB_END));
        jit_jcc(b, JIT_CC_A, &s->entry);
        if (VM->opt.gc_stress) { /* gc_tlab_alloc's stress test: every allocation counted in the runtime */
            jc_movabs(c, R_SCRATCH, &VM->heap.stress_countdown);
            jit_alu_mi(b, JIT_ALU_CMP, JIT_S32, jit_mem(R_SCRATCH, 0), 0);
            jit_jcc(b, JIT_CC_NE, &s->entry);
        }
        jit_mov_mr(b, JIT_S64, jit_mem(R_THREAD, TH_TLAB_TOP), JIT_RDX);
        jc_movabs(c, JIT_RDX, k);
        jit_mov_mr(b, JIT_S64, jit_mem(JIT_RAX, OB_KLASS), JIT_RDX);
    }
    jit_bind(b, &s->back);
    c->locked &= ~(1u << JIT_RDX);
    vs_push_reg(c, 'A', JIT_RAX);
}

/* newarray, anewarray, multianewarray: the runtime allocates (and throws NegativeArraySizeException). */
static void new_array(JitComp *c, uint32_t bci, const uint8_t *p) {
    JitBuf *b = &c->buf;
    uint8_t op = p[0];
    Class *k = op == 188 ? NULL : class_at(c, U2(p + 1));
    int dims = op == 197 ? p[3] : 1;
    if (op == 197 && (dims < 1 || k->kind != CK_ARRAY)) jit_bail(c, "bad multianewarray");
    vs_flush(c);
    jc_save_frame(c, bci, c->depth);
    int32_t first = c->depth - dims;
    if (first < 0) jit_bail(c, "array dimensions");
    jit_mov_rr(b, JIT_S64, JIT_RDI, R_THREAD);
    if (op == 188) {
        static const char types[12] = {0, 0, 0, 0, 'Z', 'C', 'F', 'D', 'B', 'S', 'I', 'J'};
        uint8_t t = p[1];
        if (t < 4 || t > 11) jit_bail(c, "bad newarray type");
        jit_mov_ri(b, JIT_S32, JIT_RSI, types[t]);
        jit_mov_rm(b, JIT_S32, JIT_RDX, home(first));
        jc_call_entry(c, JIT_E_new_prim_array);
    } else if (op == 189) {
        jc_movabs(c, JIT_RSI, k);
        jit_mov_rm(b, JIT_S32, JIT_RDX, home(first));
        jc_call_entry(c, JIT_E_new_obj_array);
    } else {
        jc_movabs(c, JIT_RSI, k);
        jit_mov_ri(b, JIT_S32, JIT_RDX, dims);
        jit_lea(b, JIT_S64, JIT_RCX, home(first));
        jc_call_entry(c, JIT_E_multianewarray_slots);
    }
    jc_check_exception_rax(c);
    vs_reset(c, first);
    c->locked |= 1u << JIT_RAX;
    vs_push_reg(c, 'A', JIT_RAX);
}

/* ---- type checks ------------------------------------------------------------------------------------------ */
static void cast_fail(JitComp *c, JitStub *s) {
    jc_save_frame(c, s->bci, 0);
    jit_mov_rr(&c->buf, JIT_S64, JIT_RDI, R_THREAD);
    jit_mov_rm(&c->buf, JIT_S64, JIT_RSI, home(s->imm));
    jc_movabs(c, JIT_RDX, (void *)(uintptr_t)s->arg);
    jc_call_entry(c, JIT_E_throw_class_cast);
    jit_jmp(&c->buf, &c->exc_path);
}

/* A class with no subclasses and no other way to be assigned to: the exact compare decides. */
static bool exact_only(Class *k) {
    return k->kind == CK_INSTANCE && (k->access & ACC_FINAL) && !(k->access & ACC_INTERFACE);
}

static void type_check(JitComp *c, uint32_t bci, uint8_t op, uint16_t idx) {
    JitBuf *b = &c->buf;
    Class *k = class_at(c, idx);
    vs_flush(c);
    JitVe e = vs_pop(c);
    int32_t pos = e.pos;
    vs_take(c, JIT_RAX);
    vs_take(c, JIT_RSI);
    vs_take(c, JIT_RDI);
    JitLabel done = JIT_LABEL_INIT, yes = JIT_LABEL_INIT;
    jit_mov_rm(b, JIT_S64, JIT_RSI, home(pos));
    if (op == 193) jit_alu_rr(b, JIT_ALU_XOR, JIT_S32, JIT_RAX, JIT_RAX);
    jit_test_rr(b, JIT_S64, JIT_RSI, JIT_RSI);
    jit_jcc(b, JIT_CC_E, &done);
    jit_mov_rm(b, JIT_S64, JIT_RDI, jit_mem(JIT_RSI, OB_KLASS));
    jc_movabs(c, JIT_RSI, k);
    jit_alu_rr(b, JIT_ALU_CMP, JIT_S64, JIT_RDI, JIT_RSI);
    jit_jcc(b, JIT_CC_E, &yes);
    if (!exact_only(k)) {
        jc_call_entry(c, JIT_E_instance_of);  /* (klass, k): no allocation, no exception */
        jit_test_rr(b, JIT_S32, JIT_RAX, JIT_RAX);
        jit_jcc(b, JIT_CC_NE, &yes);
    }
    if (op == 192) {
        JitStub *s = jc_stub(c, STUB_CALL, bci);
        s->emit = cast_fail;
        s->arg = (uint64_t)(uintptr_t)k;
        s->imm = pos;
        jit_jmp(b, &s->entry);
        jit_bind(b, &yes);
        jit_bind(b, &done);
        vs_unlock(c);
        vs_push_mem(c, 'A'); /* the object stays where it was */
    } else {
        jit_alu_rr(b, JIT_ALU_XOR, JIT_S32, JIT_RAX, JIT_RAX);
        jit_jmp_short(b, &done);
        jit_bind(b, &yes);
        jit_mov_ri(b, JIT_S32, JIT_RAX, 1);
        jit_bind(b, &done);
        vs_unlock(c);
        c->locked |= 1u << JIT_RAX;
        vs_push_reg(c, 'I', JIT_RAX);
    }
}

/* ---- monitors ------------------------------------------------------------------------------------------- */
static void monitor_fail(JitComp *c, JitStub *s) {
    jc_save_frame(c, s->bci, 0);
    jit_mov_rr(&c->buf, JIT_S64, JIT_RDI, R_THREAD);
    jc_call_entry(c, JIT_E_throw_illegal_monitor);
    jit_jmp(&c->buf, &c->exc_path);
}

static void monitor(JitComp *c, uint32_t bci, bool enter) {
    JitBuf *b = &c->buf;
    JitReg r = vs_to_reg(c, vs_pop(c), JIT_S64);
    jc_null_check(c, r, bci);
    if (enter) {
        jit_inc_m(b, JIT_S32, jit_mem(r, OB_BITS));
        return;
    }
    JitStub *s = jc_stub(c, STUB_CALL, bci);
    s->emit = monitor_fail;
    jit_test_mi(b, JIT_S32, jit_mem(r, OB_BITS), (int32_t)RT_LOCK_MASK);
    jit_jcc(b, JIT_CC_E, &s->entry);
    jit_dec_m(b, JIT_S32, jit_mem(r, OB_BITS));
}

bool jc_object(JitComp *c, uint32_t bci, const uint8_t *p) {
    switch (p[0]) {
    case 18: ldc(c, p[1]); return true;
    case 19: ldc(c, U2(p + 1)); return true;
    case 187: new_object(c, bci, U2(p + 1)); return true;
    case 188: case 189: case 197: new_array(c, bci, p); return true;
    case 190: {
        JitReg r = vs_to_reg(c, vs_pop(c), JIT_S64);
        jc_null_check(c, r, bci);
        jit_mov_rm(&c->buf, JIT_S32, r, jit_mem(r, AR_LENGTH));
        vs_push_reg(c, 'I', r);
        return true;
    }
    case 192: case 193: type_check(c, bci, p[0], U2(p + 1)); return true;
    case 194: monitor(c, bci, true); return true;
    case 195: monitor(c, bci, false); return true;
    }
    return false;
}
