/* Baseline compiler, bytecode group: locals (loads are lazy VS_LOCAL entries, stores go to the frame at
 * once), iinc, array elements (null and bounds checks inline, the throws out of line) and fields (resolved
 * when the method is compiled: offsets and static addresses are constants; a class that is not initialised
 * yet gets a check that calls the runtime until it is). Reference stores into heap objects are followed by
 * the write barrier (jc_barrier); stores into statics need none (they are roots). */
#include "jit_comp.h"

#include "../loader/ld.h"

/* ---- locals -------------------------------------------------------------------------------------------- */
static void load_local(JitComp *c, uint8_t type, uint32_t idx) {
    if (idx >= c->m->max_locals) jit_bail(c, "local %u out of range", idx);
    vs_push(c, VS_LOCAL, type, 0, idx);
}

static void store_local(JitComp *c, uint8_t type, uint32_t idx) {
    if (idx >= c->m->max_locals) jit_bail(c, "local %u out of range", idx);
    JitVe e = vs_pop_t(c, type);
    if (e.kind == VS_LOCAL && e.val == idx) return;
    vs_forget_local(c, (int32_t)idx);
    if (!lcache_store(c, e, idx)) vs_store(c, e, local_mem(c, (int32_t)idx));
}

static void iinc(JitComp *c, uint32_t idx, int32_t by) {
    if (idx >= c->m->max_locals) jit_bail(c, "local %u out of range", idx);
    vs_forget_local(c, (int32_t)idx);
    if (lcache_iinc(c, idx, by)) return;
    if (by == 1) jit_inc_m(&c->buf, JIT_S32, local_mem(c, (int32_t)idx));
    else jit_alu_mi(&c->buf, JIT_ALU_ADD, JIT_S32, local_mem(c, (int32_t)idx), by);
}

/* ---- arrays ---------------------------------------------------------------------------------------------- */
typedef struct ArrayRef {
    JitReg arr;
    bool idx_imm;
    JitReg idx;
    int32_t imm;
} ArrayRef;

/* Pops index and array, checks both; the element's address is elem_mem(). */
static ArrayRef array_checked(JitComp *c, uint32_t bci, JitVe vi, JitVe va) {
    ArrayRef r = {0};
    r.arr = vs_to_reg(c, va, JIT_S64);
    jc_null_check(c, r.arr, bci);
    JitStub *s = jc_stub(c, STUB_AIOOBE, bci);
    s->a = (uint8_t)r.arr;
    if (vi.kind == VS_CONST) {
        r.idx_imm = true;
        r.imm = (int32_t)vi.val;
        s->b_imm = 1;
        s->imm = r.imm;
        jit_alu_mi(&c->buf, JIT_ALU_CMP, JIT_S32, jit_mem(r.arr, AR_LENGTH), r.imm);
        jit_jcc(&c->buf, JIT_CC_BE, &s->entry); /* unsigned: length <= index, negative indices included */
    } else {
        r.idx = vs_to_reg(c, vi, JIT_S32);
        s->b = (uint8_t)r.idx;
        jit_alu_rm(&c->buf, JIT_ALU_CMP, JIT_S32, r.idx, jit_mem(r.arr, AR_LENGTH));
        jit_jcc(&c->buf, JIT_CC_AE, &s->entry);
    }
    return r;
}

static JitMem elem_mem(ArrayRef r, int scale) {
    if (r.idx_imm) return jit_mem(r.arr, RT_ARRAY_DATA_OFFSET + r.imm * scale);
    return jit_mem_idx(r.arr, r.idx, scale, RT_ARRAY_DATA_OFFSET);
}

static void array_load(JitComp *c, uint32_t bci, uint8_t op) {
    JitVe vi = vs_pop(c), va = vs_pop(c);
    ArrayRef r = array_checked(c, bci, vi, va);
    JitBuf *b = &c->buf;
    JitReg d = r.arr; /* the array register is ours (popped or loaded): it takes the element */
    switch (op) {
    case 46: jit_mov_rm(b, JIT_S32, d, elem_mem(r, 4)); vs_push_reg(c, 'I', d); break;
    case 47: jit_mov_rm(b, JIT_S64, d, elem_mem(r, 8)); vs_push_reg(c, 'J', d); break;
    case 48: { JitXmm x = vs_alloc_xmm(c); jit_sse_rm(b, JIT_SSE_MOVSS, x, elem_mem(r, 4)); vs_push_xmm(c, 'F', x); break; }
    case 49: { JitXmm x = vs_alloc_xmm(c); jit_sse_rm(b, JIT_SSE_MOVSD, x, elem_mem(r, 8)); vs_push_xmm(c, 'D', x); break; }
    case 50: jit_mov_rm(b, JIT_S64, d, elem_mem(r, 8)); vs_push_reg(c, 'A', d); break;
    case 51: jit_movsx_rm(b, JIT_S32, JIT_S8, d, elem_mem(r, 1)); vs_push_reg(c, 'I', d); break;
    case 52: jit_movzx_rm(b, JIT_S32, JIT_S16, d, elem_mem(r, 2)); vs_push_reg(c, 'I', d); break;
    case 53: jit_movsx_rm(b, JIT_S32, JIT_S16, d, elem_mem(r, 2)); vs_push_reg(c, 'I', d); break;
    }
}

/* aastore's slow path: the store check in the runtime (ArrayStoreException), then the registers the C call
 * clobbered are reloaded from the home slots (the stack was flushed) and the store goes on. */
static void aastore_slow(JitComp *c, JitStub *s) {
    JitBuf *b = &c->buf;
    int32_t d = s->depth; /* array, index, value at d, d+1, d+2 */
    jc_save_frame(c, s->bci, d + 3);
    jit_mov_rr(b, JIT_S64, JIT_RDI, R_THREAD);
    jit_mov_rm(b, JIT_S64, JIT_RSI, home(d));
    jit_mov_rm(b, JIT_S64, JIT_RDX, home(d + 2));
    jc_call_entry(c, JIT_E_array_store_check);
    jc_check_exception_al(c);
    jit_mov_rm(b, JIT_S64, (JitReg)s->a, home(d));
    if (!s->b_imm) jit_mov_rm(b, JIT_S32, (JitReg)s->b, home(d + 1));
    jit_mov_rm(b, JIT_S64, (JitReg)(s->arg), home(d + 2));
}

static void aastore(JitComp *c, uint32_t bci) {
    JitBuf *b = &c->buf;
    vs_flush(c);
    JitVe vv = vs_pop(c), vi = vs_pop(c), va = vs_pop(c);
    ArrayRef r = array_checked(c, bci, vi, va);
    JitReg v = vs_to_reg(c, vv, JIT_S64);
    JitReg k = vs_alloc(c);
    JitStub *s = jc_stub(c, STUB_CALL, bci);
    s->emit = aastore_slow;
    s->a = (uint8_t)r.arr;
    s->b = (uint8_t)r.idx;
    s->b_imm = r.idx_imm;
    s->arg = v;
    jit_test_rr(b, JIT_S64, v, v);
    jit_jcc(b, JIT_CC_E, &s->back);
    jit_mov_rm(b, JIT_S64, k, jit_mem(r.arr, OB_KLASS));
    jit_mov_rm(b, JIT_S64, k, jit_mem(k, (int32_t)offsetof(Class, component)));
    jit_alu_rm(b, JIT_ALU_CMP, JIT_S64, k, jit_mem(v, OB_KLASS));
    jit_jcc(b, JIT_CC_NE, &s->entry);
    jit_bind(b, &s->back);
    jit_lea(b, JIT_S64, k, elem_mem(r, 8));
    jit_mov_mr(b, JIT_S64, jit_mem(k, 0), v);
    jc_barrier(c, k, v, bci);
}

static void array_store(JitComp *c, uint32_t bci, uint8_t op) {
    if (op == 83) {
        aastore(c, bci);
        return;
    }
    JitBuf *b = &c->buf;
    JitVe vv = vs_pop_t(c, op == 80 ? 'J' : op == 82 ? 'D' : 'I'), vi = vs_pop(c), va = vs_pop(c);
    bool fp = op == 81 || op == 82;
    JitXmm x = JIT_XMM0;
    JitOpnd ov = {0};
    if (fp) x = vs_to_xmm(c, vv, op == 82);
    else if (op == 84 && vv.kind != VS_CONST) ov = (JitOpnd){.kind = 0, .reg = vs_to_reg(c, vv, JIT_S32)};
    else ov = vs_operand(c, vv, op == 80 ? JIT_S64 : JIT_S32, true);
    ArrayRef r = array_checked(c, bci, vi, va);
    switch (op) {
    case 79: case 84: case 85: case 86: { /* iastore bastore castore sastore */
        JitSize sz = op == 79 ? JIT_S32 : op == 84 ? JIT_S8 : JIT_S16;
        int scale = (int)sz;
        if (op == 84) {
            /* baload/bastore serve byte[] and boolean[]; a boolean[] keeps only the low bit */
            if (ov.kind == 2) {
                if (ov.imm & ~1) {
                    JitReg t = vs_alloc(c);
                    jit_mov_ri(b, JIT_S32, t, ov.imm);
                    ov = (JitOpnd){.kind = 0, .reg = t};
                }
            }
            if (ov.kind == 0) {
                JitLabel not_bool = JIT_LABEL_INIT;
                jit_mov_rm(b, JIT_S64, R_SCRATCH, jit_mem(r.arr, OB_KLASS));
                jit_alu_mi(b, JIT_ALU_CMP, JIT_S8, jit_mem(R_SCRATCH, (int32_t)offsetof(Class, prim)), 'Z');
                jit_jcc_short(b, JIT_CC_NE, &not_bool);
                jit_alu_ri(b, JIT_ALU_AND, JIT_S32, ov.reg, 1);
                jit_bind(b, &not_bool);
            }
        }
        if (ov.kind == 2) {
            jit_mov_mi(b, sz, elem_mem(r, scale), ov.imm);
        } else {
            JitReg v = ov.kind == 0 ? ov.reg : R_SCRATCH;
            if (ov.kind == 1) jit_mov_rm(b, JIT_S32, R_SCRATCH, ov.mem);
            jit_mov_mr(b, sz, elem_mem(r, scale), v);
        }
        break;
    }
    case 80: /* lastore */
        if (ov.kind == 2) {
            jit_mov_mi(b, JIT_S64, elem_mem(r, 8), ov.imm);
        } else {
            if (ov.kind == 1) jit_mov_rm(b, JIT_S64, R_SCRATCH, ov.mem);
            jit_mov_mr(b, JIT_S64, elem_mem(r, 8), ov.kind == 0 ? ov.reg : R_SCRATCH);
        }
        break;
    case 81: jit_movss_mr(b, elem_mem(r, 4), x); break;
    case 82: jit_movsd_mr(b, elem_mem(r, 8), x); break;
    }
}

/* ---- fields ---------------------------------------------------------------------------------------------- */
static Field *field_at(JitComp *c, uint16_t idx, bool is_static) {
    CpEntry *e = idx < c->m->owner->n_cp ? &c->cp[idx] : NULL;
    if (!e || e->tag != CP_FIELDREF) jit_bail(c, "bad field reference %u", idx);
    Field *fd;
    if (e->resolved && !!(e->v.field->access & ACC_STATIC) == is_static) {
        fd = e->v.field;
    } else {
        fd = ld_resolve_field(c->t, c->m->owner, idx, is_static);
        if (!fd) jit_bail(c, "unresolved field %u", idx);
    }
    return fd;
}

static void init_slow(JitComp *c, JitStub *s) {
    jc_save_frame(c, s->bci, s->depth);
    jit_mov_rr(&c->buf, JIT_S64, JIT_RDI, R_THREAD);
    jc_movabs(c, JIT_RSI, (void *)(uintptr_t)s->arg);
    jc_call_entry(c, JIT_E_init_class);
    jc_check_exception_al(c);
}

/* Until cls is initialised, a check that calls the runtime (which initialises it, or lets the thread that
 * initialises it through). The stack is flushed first: initialisation runs Java code. */
void jc_class_init_check(JitComp *c, uint32_t bci, Class *cls) {
    if (cls->state == CS_INITIALIZED) return;
    vs_flush(c);
    JitStub *s = jc_stub(c, STUB_CALL, bci);
    s->emit = init_slow;
    s->arg = (uint64_t)(uintptr_t)cls;
    jc_movabs(c, R_SCRATCH, &cls->state);
    jit_alu_mi(&c->buf, JIT_ALU_CMP, JIT_S8, jit_mem(R_SCRATCH, 0), CS_INITIALIZED);
    jit_jcc(&c->buf, JIT_CC_NE, &s->entry);
    jit_bind(&c->buf, &s->back);
}

static void load_typed(JitComp *c, char type, JitReg d, JitMem src) {
    JitBuf *b = &c->buf;
    switch (type) {
    case 'Z': case 'B': jit_movsx_rm(b, JIT_S32, JIT_S8, d, src); vs_push_reg(c, 'I', d); break;
    case 'C': jit_movzx_rm(b, JIT_S32, JIT_S16, d, src); vs_push_reg(c, 'I', d); break;
    case 'S': jit_movsx_rm(b, JIT_S32, JIT_S16, d, src); vs_push_reg(c, 'I', d); break;
    case 'I': jit_mov_rm(b, JIT_S32, d, src); vs_push_reg(c, 'I', d); break;
    case 'J': jit_mov_rm(b, JIT_S64, d, src); vs_push_reg(c, 'J', d); break;
    case 'F': { JitXmm x = vs_alloc_xmm(c); jit_sse_rm(b, JIT_SSE_MOVSS, x, src); vs_push_xmm(c, 'F', x); break; }
    case 'D': { JitXmm x = vs_alloc_xmm(c); jit_sse_rm(b, JIT_SSE_MOVSD, x, src); vs_push_xmm(c, 'D', x); break; }
    default: jit_mov_rm(b, JIT_S64, d, src); vs_push_reg(c, 'A', d); break;
    }
}

/* Stores the popped value e into dst by the field's type; `barrier_base` (a register we own, or NOREG):
 * reference stores into heap objects get the write barrier. */
static void store_typed(JitComp *c, uint32_t bci, char type, JitVe e, JitMem dst, bool heap) {
    JitBuf *b = &c->buf;
    switch (type) {
    case 'F': jit_movss_mr(b, dst, vs_to_xmm(c, e, false)); return;
    case 'D': jit_movsd_mr(b, dst, vs_to_xmm(c, e, true)); return;
    case 'J': {
        JitOpnd o = vs_operand(c, e, JIT_S64, true);
        if (o.kind == 2) jit_mov_mi(b, JIT_S64, dst, o.imm);
        else {
            if (o.kind == 1) jit_mov_rm(b, JIT_S64, R_SCRATCH, o.mem);
            jit_mov_mr(b, JIT_S64, dst, o.kind == 0 ? o.reg : R_SCRATCH);
        }
        return;
    }
    case 'Z': case 'B': case 'C': case 'S': case 'I': {
        JitSize sz = type == 'I' ? JIT_S32 : (type == 'C' || type == 'S') ? JIT_S16 : JIT_S8;
        if (e.kind == VS_CONST) {
            int32_t v = (int32_t)e.val;
            if (type == 'Z') v &= 1;
            jit_mov_mi(b, sz, dst, v);
            return;
        }
        JitReg r = vs_to_reg(c, e, JIT_S32);
        if (type == 'Z') jit_alu_ri(b, JIT_ALU_AND, JIT_S32, r, 1);
        jit_mov_mr(b, sz, dst, r);
        return;
    }
    default: {
        if (!heap) {
            if (e.kind == VS_CONST && e.val == 0) {
                jit_mov_mi(b, JIT_S64, dst, 0);
                return;
            }
            jit_mov_mr(b, JIT_S64, dst, vs_to_reg(c, e, JIT_S64));
            return;
        }
        if (e.kind == VS_CONST && e.val == 0) { /* null needs no barrier */
            jit_mov_mi(b, JIT_S64, dst, 0);
            return;
        }
        JitReg v = vs_to_reg(c, e, JIT_S64);
        JitReg slot = vs_alloc(c);
        jit_lea(b, JIT_S64, slot, dst);
        jit_mov_mr(b, JIT_S64, jit_mem(slot, 0), v);
        jc_barrier(c, slot, v, bci);
        return;
    }
    }
}

static void field_op(JitComp *c, uint32_t bci, uint8_t op, uint16_t idx) {
    bool is_static = op == 178 || op == 179;
    Field *fd = field_at(c, idx, is_static);
    char type = fd->type == '[' ? 'L' : fd->type;
    if (is_static) {
        jc_class_init_check(c, bci, fd->owner);
        void *addr = fd->owner->statics + fd->offset;
        if (op == 178) {
            JitReg d = vs_alloc(c);
            jc_movabs(c, d, addr);
            load_typed(c, type, d, jit_mem(d, 0));
        } else {
            JitVe e = vs_pop_t(c, (uint8_t)type);
            JitReg a = vs_alloc(c);
            jc_movabs(c, a, addr);
            store_typed(c, bci, type, e, jit_mem(a, 0), false);
        }
        return;
    }
    if (fd->offset > INT32_MAX) jit_bail(c, "field offset");
    if (op == 180) {
        JitVe oe = vs_pop(c);
        JitReg o = vs_to_reg(c, oe, JIT_S64);
        if (!jc_known_nonnull(c, oe)) jc_null_check(c, o, bci);
        load_typed(c, type, o, jit_mem(o, (int32_t)fd->offset));
    } else {
        JitVe e = vs_pop_t(c, (uint8_t)type);
        JitVe oe = vs_pop(c);
        JitReg o = vs_to_reg(c, oe, JIT_S64);
        if (!jc_known_nonnull(c, oe)) jc_null_check(c, o, bci);
        store_typed(c, bci, type, e, jit_mem(o, (int32_t)fd->offset), true);
    }
}

bool jc_memory(JitComp *c, uint32_t bci, const uint8_t *p) {
    static const char load_types[5] = {'I', 'J', 'F', 'D', 'A'};
    uint8_t op = p[0];
    if (op >= 21 && op <= 25) { load_local(c, (uint8_t)load_types[op - 21], p[1]); return true; }
    if (op >= 26 && op <= 45) { load_local(c, (uint8_t)load_types[(op - 26) / 4], (op - 26) % 4); return true; }
    if (op >= 46 && op <= 53) { array_load(c, bci, op); return true; }
    if (op >= 54 && op <= 58) { store_local(c, (uint8_t)load_types[op - 54], p[1]); return true; }
    if (op >= 59 && op <= 78) { store_local(c, (uint8_t)load_types[(op - 59) / 4], (op - 59) % 4); return true; }
    if (op >= 79 && op <= 86) { array_store(c, bci, op); return true; }
    if (op == 132) { iinc(c, p[1], (int8_t)p[2]); return true; }
    if (op >= 178 && op <= 181) { field_op(c, bci, op, U2(p + 1)); return true; }
    if (op == 196) { /* wide */
        uint8_t w = p[1];
        uint16_t idx = U2(p + 2);
        if (w >= 21 && w <= 25) load_local(c, (uint8_t)load_types[w - 21], idx);
        else if (w >= 54 && w <= 58) store_local(c, (uint8_t)load_types[w - 54], idx);
        else if (w == 132) iinc(c, idx, S2(p + 4));
        else jit_bail(c, "wide %u", w);
        return true;
    }
    return false;
}
