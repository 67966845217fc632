/* Baseline compiler, bytecode group: the invoke instructions.
 *
 * The arguments go to their home slots (the virtual stack is flushed), which are the callee's first locals,
 * as in the interpreter. The callee's frame is built inline — the sizes are constants when the callee is
 * known, read from the Method for a virtual target — and its Java entry is called (jit_comp.h: the two
 * conventions), directly when the callee is this method or was compiled already. A callee without compiled
 * code, a native, an abstract method, or a frame that would overflow the stack goes through the runtime
 * (JIT_E_invoke), which does what the interpreter's invoke does. The result is in the first argument slot
 * afterwards.
 *
 * invokevirtual and invokeinterface use an inline cache per call site (JitIc in metaspace, so it survives
 * snapshots): the receiver's class against the cached class, a hit calls the cached target. A site whose
 * tier-0 profile saw a single receiver class starts with that class cached; the cache is not rewritten. A
 * miss selects inline, as the interpreter does: the vtable entry, or a scan of the receiver class's itable.
 * Only a failed interface selection asks the runtime (JIT_E_ic_miss), which throws its error. */
#include "jit_comp.h"

#include "../loader/ld.h"

#include <string.h>

typedef struct CallShape {
    int32_t arg_slots;   /* including the receiver */
    char ret;            /* V Z B C S I J F D L [ */
} CallShape;

static CallShape shape_of(JitComp *c, uint16_t nat_index, bool is_static) {
    CpEntry *nat = nat_index < c->m->owner->n_cp ? &c->cp[nat_index] : NULL;
    if (!nat || nat->tag != CP_NAMEANDTYPE || nat->b >= c->m->owner->n_cp) jit_bail(c, "bad NameAndType");
    CpEntry *d = &c->cp[nat->b];
    if (d->tag != CP_UTF8) jit_bail(c, "bad descriptor");
    const char *desc = d->v.sym->text;
    const char *r = strchr(desc, ')');
    if (!r) jit_bail(c, "bad descriptor");
    return (CallShape){rt_desc_arg_slots(desc, is_static), r[1]};
}

static void push_result(JitComp *c, char ret) {
    switch (ret) {
    case 'V': break;
    case 'J': vs_push_mem(c, 'J'); break;
    case 'D': vs_push_mem(c, 'D'); break;
    case 'F': vs_push_mem(c, 'F'); break;
    case 'L': case '[': vs_push_mem(c, 'A'); break;
    default: vs_push_mem(c, 'I'); break;
    }
}

/* The runtime's invoke: the callee is the stub's `arg`, or in rdx when arg is 0 (a virtual call's target). */
static void generic_invoke(JitComp *c, JitStub *s) {
    JitBuf *b = &c->buf;
    if (s->arg) jc_movabs(c, JIT_RSI, (void *)(uintptr_t)s->arg);
    else jit_mov_rr(b, JIT_S64, JIT_RSI, JIT_RDX);
    jit_lea(b, JIT_S64, JIT_RDX, home(s->imm));
    jit_mov_rr(b, JIT_S64, JIT_RDI, R_THREAD);
    jc_call_entry(c, JIT_E_invoke);
    jc_check_exception_al(c);
}

/* How a compiled call reaches its callee's Java entry. */
enum { CALL_RAX, CALL_SELF, CALL_ADDR };

/* Builds the callee's frame at the argument slots and calls its Java entry (jit_comp.h: rdi = the callee's
 * frame; r12 survives the call). Constant sizes when
 * `callee` is known, else read from the Method in rdx. Jumps to `slow` when the frame would pass the stack
 * limit (the runtime then throws StackOverflowError, or uses the reserve while one is being built). */
static void frame_and_call(JitComp *c, Method *callee, int32_t argpos, JitLabel *slow, int how) {
    JitBuf *b = &c->buf;
    jit_lea(b, JIT_S64, JIT_RSI, home(argpos));
    if (callee) {
        jit_lea(b, JIT_S64, JIT_RDI, jit_mem(JIT_RSI, 8 * callee->max_locals));
        jit_lea(b, JIT_S64, JIT_RCX, jit_mem(JIT_RDI, FR_STACK + 8 * callee->max_stack));
        jit_alu_rm(b, JIT_ALU_CMP, JIT_S64, JIT_RCX, jit_mem(R_THREAD, TH_LIMIT));
        jit_jcc(b, JIT_CC_A, slow);
        for (int32_t k = callee->arg_slots; k < callee->max_locals; k++)
            jit_mov_mi(b, JIT_S64, jit_mem(JIT_RSI, 8 * k), 0);
        jc_movabs(c, JIT_RCX, callee);
        jit_mov_mr(b, JIT_S64, jit_mem(JIT_RDI, FR_METHOD), JIT_RCX);
    } else {
        jit_movzx_rm(b, JIT_S32, JIT_S16, JIT_RCX, jit_mem(JIT_RDX, (int32_t)offsetof(Method, max_locals)));
        jit_lea(b, JIT_S64, JIT_RDI, jit_mem_idx(JIT_RSI, JIT_RCX, 8, 0));
        jit_movzx_rm(b, JIT_S32, JIT_S16, JIT_R8, jit_mem(JIT_RDX, (int32_t)offsetof(Method, max_stack)));
        jit_lea(b, JIT_S64, JIT_R8, jit_mem_idx(JIT_RDI, JIT_R8, 8, FR_STACK));
        jit_alu_rm(b, JIT_ALU_CMP, JIT_S64, JIT_R8, jit_mem(R_THREAD, TH_LIMIT));
        jit_jcc(b, JIT_CC_A, slow);
        /* zero the locals past the arguments: [arg_slots, max_locals) */
        JitLabel loop = JIT_LABEL_INIT, done = JIT_LABEL_INIT;
        jit_movzx_rm(b, JIT_S32, JIT_S16, JIT_R8, jit_mem(JIT_RDX, (int32_t)offsetof(Method, arg_slots)));
        jit_bind(b, &loop);
        jit_alu_rr(b, JIT_ALU_CMP, JIT_S32, JIT_R8, JIT_RCX);
        jit_jcc_short(b, JIT_CC_AE, &done);
        jit_mov_mi(b, JIT_S64, jit_mem_idx(JIT_RSI, JIT_R8, 8, 0), 0);
        jit_inc_r(b, JIT_S32, JIT_R8);
        jit_jmp_short(b, &loop);
        jit_bind(b, &done);
        jit_mov_mr(b, JIT_S64, jit_mem(JIT_RDI, FR_METHOD), JIT_RDX);
    }
    /* the machine stack too: compiled calls nest C frames (the runtime throws StackOverflowError) */
    jit_alu_rm(b, JIT_ALU_CMP, JIT_S64, JIT_RSP, jit_mem(R_THREAD, TH_C_LIMIT));
    jit_jcc(b, JIT_CC_B, slow);
    jit_mov_mr(b, JIT_S64, jit_mem(JIT_RDI, FR_PREV), R_FRAME);
    jit_mov_mr(b, JIT_S64, jit_mem(JIT_RDI, FR_LOCALS), JIT_RSI);
    jit_mov_mi(b, JIT_S64, jit_mem(JIT_RDI, FR_FLAGS), 0); /* flags and monitor_count */
    jit_mov_mr(b, JIT_S64, jit_mem(R_THREAD, TH_TOP), JIT_RDI);
    switch (how) {
    case CALL_SELF: jit_call(b, &c->java_entry); break;
    case CALL_ADDR: jit_call_addr(b, (uintptr_t)callee->jit_code); break;
    default: jit_call_r(b, JIT_RAX); break;
    }
    jc_check_exception_al(c);
    lcache_reload(c, false); /* the callee may have used r13-r15 */
}

/* A call to a method known when compiling: direct when it is this method or already compiled (code is never
 * moved or freed, so its Java entry is final), else through Method.jit_code while it has one. */
static void call_fixed(JitComp *c, uint32_t bci, Method *callee, int32_t argpos, bool receiver) {
    JitBuf *b = &c->buf;
    if (receiver) { /* false also for a receiver known not to be null */
        jit_mov_rm(b, JIT_S64, JIT_RAX, home(argpos));
        jc_null_check(c, JIT_RAX, bci);
    }
    jc_save_frame(c, bci, argpos);
    JitStub *s = jc_stub(c, STUB_CALL, bci);
    s->emit = generic_invoke;
    s->arg = (uint64_t)(uintptr_t)callee;
    s->imm = argpos;
    if (callee->access & (ACC_NATIVE | ACC_ABSTRACT)) {
        jit_jmp(b, &s->entry);
    } else if (callee == c->m && c->osr_bci < 0) {
        frame_and_call(c, callee, argpos, &s->entry, CALL_SELF);
    } else if (callee->jit_code) {
        frame_and_call(c, callee, argpos, &s->entry, CALL_ADDR);
    } else {
        jc_movabs(c, JIT_RAX, &callee->jit_code);
        jit_mov_rm(b, JIT_S64, JIT_RAX, jit_mem(JIT_RAX, 0));
        jit_test_rr(b, JIT_S64, JIT_RAX, JIT_RAX);
        jit_jcc(b, JIT_CC_E, &s->entry);
        frame_and_call(c, callee, argpos, &s->entry, CALL_RAX);
    }
    jit_bind(b, &s->back);
}

/* The runtime's selection (JIT_E_ic_miss): the errors of a failed interface selection. The target continues
 * as a hit in rdx. */
static void ic_runtime(JitComp *c, JitStub *s) {
    JitBuf *b = &c->buf;
    jit_mov_rr(b, JIT_S64, JIT_RDI, R_THREAD);
    jc_movabs(c, JIT_RSI, (void *)(uintptr_t)s->arg);
    jit_mov_rm(b, JIT_S64, JIT_RDX, home(s->imm));
    jc_call_entry(c, JIT_E_ic_miss);
    jc_check_exception_rax(c);
    jit_mov_rr(b, JIT_S64, JIT_RDX, JIT_RAX);
}

/* The inline cache's miss, rax = the receiver's class: the selection inline, as the interpreter makes it
 * (rt_resolve_virtual, rt_select_interface), so that a polymorphic site costs a few loads rather than a
 * runtime call. A virtual method is the receiver class's vtable entry; an interface method is found by a
 * scan of the receiver class's itable (every interface it implements, transitively), and the runtime
 * (ic_runtime) is asked only when the scan fails or finds no concrete method, to throw the error. The cache
 * keeps the class it was seeded with. */
static void ic_miss(JitComp *c, JitStub *s) {
    JitBuf *b = &c->buf;
    Method *rm = ((JitIc *)(uintptr_t)s->arg)->resolved;
    if (!((rm->owner->access & ACC_INTERFACE) && rm->itable_index >= 0)) {
        /* rm->vtable_index >= 0: call_virtual's condition */
        jit_mov_rm(b, JIT_S64, JIT_RDX, jit_mem(JIT_RAX, (int32_t)offsetof(Class, vtable)));
        jit_mov_rm(b, JIT_S64, JIT_RDX, jit_mem(JIT_RDX, 8 * rm->vtable_index));
        return;
    }
    JitStub *rt = jc_stub(c, STUB_CALL, s->bci);
    rt->emit = ic_runtime;
    rt->arg = s->arg;
    rt->imm = s->imm;
    JitLabel loop = JIT_LABEL_INIT, found = JIT_LABEL_INIT;
    jit_mov_rm(b, JIT_S64, JIT_RCX, jit_mem(JIT_RAX, (int32_t)offsetof(Class, itable)));
    jit_movzx_rm(b, JIT_S32, JIT_S16, JIT_R8, jit_mem(JIT_RAX, (int32_t)offsetof(Class, n_itable)));
    jc_movabs(c, JIT_R9, rm->owner);
    jit_bind(b, &loop);
    jit_test_rr(b, JIT_S32, JIT_R8, JIT_R8);
    jit_jcc(b, JIT_CC_E, &rt->entry);
    jit_alu_rm(b, JIT_ALU_CMP, JIT_S64, JIT_R9, jit_mem(JIT_RCX, (int32_t)offsetof(ItableEntry, itf)));
    jit_jcc_short(b, JIT_CC_E, &found);
    jit_alu_ri(b, JIT_ALU_ADD, JIT_S64, JIT_RCX, (int32_t)sizeof(ItableEntry));
    jit_dec_r(b, JIT_S32, JIT_R8);
    jit_jmp_short(b, &loop);
    jit_bind(b, &found);
    jit_mov_rm(b, JIT_S64, JIT_RCX, jit_mem(JIT_RCX, (int32_t)offsetof(ItableEntry, methods)));
    jit_test_rr(b, JIT_S64, JIT_RCX, JIT_RCX);
    jit_jcc(b, JIT_CC_E, &rt->entry);
    jit_mov_rm(b, JIT_S64, JIT_RDX, jit_mem(JIT_RCX, 8 * rm->itable_index));
    jit_test_rr(b, JIT_S64, JIT_RDX, JIT_RDX);
    jit_jcc(b, JIT_CC_E, &rt->entry);
    jit_test_mi(b, JIT_S16, jit_mem(JIT_RDX, (int32_t)offsetof(Method, access)), ACC_ABSTRACT);
    jit_jcc(b, JIT_CC_NE, &rt->entry);
    jit_bind(b, &rt->back); /* the runtime's target joins here, and this stub's jump back follows */
}

static JitIc *new_ic(JitComp *c, uint32_t bci, Method *rm) {
    JitIc *ic = rt_meta_alloc(sizeof *ic);
    ic->resolved = rm;
    /* a site that saw one receiver class in tier 0 starts with it cached */
    MethodData *md = c->m->mdo;
    if (md && bci < md->code_len && md->index[bci]) {
        RtReceiverData *r = rt_profile_site(md, bci);
        if (r && r->klass[0] && !r->klass[1] && !r->polymorphic) {
            Class *k = r->klass[0];
            Method *t = NULL;
            if (rm->vtable_index >= 0 && (uint32_t)rm->vtable_index < k->vtable_len && !(rm->owner->access & ACC_INTERFACE))
                t = k->vtable[rm->vtable_index];
            else t = rt_resolve_virtual(k, rm);
            if (t && !(t->access & ACC_ABSTRACT)) {
                ic->klass = k;
                ic->target = t;
            }
        }
    }
    return ic;
}

static void call_virtual(JitComp *c, uint32_t bci, Method *rm, int32_t argpos, bool recv_nonnull) {
    JitBuf *b = &c->buf;
    JitIc *ic = new_ic(c, bci, rm);
    jc_save_frame(c, bci, argpos);
    jit_mov_rm(b, JIT_S64, JIT_RSI, home(argpos));
    if (!recv_nonnull) jc_null_check(c, JIT_RSI, bci);
    JitStub *miss = jc_stub(c, STUB_CALL, bci);
    miss->emit = ic_miss;
    miss->arg = (uint64_t)(uintptr_t)ic;
    miss->imm = argpos;
    JitStub *gen = jc_stub(c, STUB_CALL, bci);
    gen->emit = generic_invoke;
    gen->arg = 0; /* the callee is in rdx */
    gen->imm = argpos;
    jc_movabs(c, JIT_RDX, ic);
    jit_mov_rm(b, JIT_S64, JIT_RAX, jit_mem(JIT_RSI, OB_KLASS));
    jit_alu_rm(b, JIT_ALU_CMP, JIT_S64, JIT_RAX, jit_mem(JIT_RDX, (int32_t)offsetof(JitIc, klass)));
    jit_jcc(b, JIT_CC_NE, &miss->entry);
    jit_mov_rm(b, JIT_S64, JIT_RDX, jit_mem(JIT_RDX, (int32_t)offsetof(JitIc, target)));
    jit_bind(b, &miss->back); /* rdx = the target */
    jit_mov_rm(b, JIT_S64, JIT_RAX, jit_mem(JIT_RDX, (int32_t)offsetof(Method, jit_code)));
    jit_test_rr(b, JIT_S64, JIT_RAX, JIT_RAX);
    jit_jcc(b, JIT_CC_E, &gen->entry);
    frame_and_call(c, NULL, argpos, &gen->entry, CALL_RAX);
    jit_bind(b, &gen->back);
}

static void call_indy(JitComp *c, uint32_t bci, uint16_t idx) {
    JitBuf *b = &c->buf;
    jc_save_frame(c, bci, c->depth);
    jit_mov_rr(b, JIT_S64, JIT_RDI, R_THREAD);
    jit_mov_rr(b, JIT_S64, JIT_RSI, R_FRAME);
    jit_mov_ri(b, JIT_S32, JIT_RDX, idx);
    jit_lea(b, JIT_S64, JIT_RCX, home(c->depth));
    jc_call_entry(c, JIT_E_invoke_indy_at);
    jc_check_exception_al(c);
}

bool jc_invoke(JitComp *c, uint32_t bci, const uint8_t *p) {
    uint8_t op = p[0];
    if (op < 182 || op > 186) return false;
    uint16_t idx = U2(p + 1);
    CpEntry *e = idx < c->m->owner->n_cp ? &c->cp[idx] : NULL;
    if (!e) jit_bail(c, "bad constant pool index %u", idx);
    if (op == 186) {
        if (e->tag != CP_INVOKEDYNAMIC) jit_bail(c, "bad invokedynamic");
        CallShape sh = shape_of(c, e->b, true);
        vs_flush(c);
        call_indy(c, bci, idx);
        int32_t argpos = c->depth - sh.arg_slots;
        if (argpos < 0) jit_bail(c, "invokedynamic arguments");
        vs_reset(c, argpos);
        push_result(c, sh.ret);
        return true;
    }
    if (e->tag != CP_METHODREF && e->tag != CP_IMETHODREF) jit_bail(c, "bad method reference");
    CallShape sh = shape_of(c, e->b, op == 184);
    int32_t argpos = c->depth - sh.arg_slots;
    if (argpos < 0) jit_bail(c, "invoke arguments");
    /* a call on `this` needs no null check (the entry's kind is gone once the stack is flushed) */
    bool recv_nonnull = op != 184 && jc_known_nonnull(c, c->vs[argpos]);
    vs_flush(c);
    static const int kinds[] = {LD_INVOKE_VIRTUAL, LD_INVOKE_SPECIAL, LD_INVOKE_STATIC, LD_INVOKE_INTERFACE};
    Method *rm;
    if (e->resolved) {
        rm = e->v.method;
    } else {
        rm = ld_resolve_method(c->t, c->m->owner, idx, kinds[op - 182]);
        if (!rm) jit_bail(c, "unresolved method %u", idx);
    }
    if (rm->arg_slots != sh.arg_slots) jit_bail(c, "argument slots of the resolved method differ");
    switch (op) {
    case 184: /* invokestatic */
        jc_class_init_check(c, bci, rm->owner);
        call_fixed(c, bci, rm, argpos, false);
        break;
    case 183: { /* invokespecial, with ACC_SUPER's selection from the current class's superclass */
        Method *callee = rm;
        Class *cur = c->m->owner;
        if (!(rm->vmflags & MF_INIT) && !(rm->owner->access & ACC_INTERFACE) && rm->owner != cur &&
            (cur->access & ACC_SUPER) && rt_is_subclass(cur, rm->owner) && cur->super) {
            Method *sel = ld_lookup_method(cur->super, rm->name, rm->desc);
            if (sel) callee = sel;
        }
        call_fixed(c, bci, callee, argpos, !recv_nonnull);
        break;
    }
    case 182: /* invokevirtual */
        if (rm->vtable_index < 0 && rm->itable_index < 0) call_fixed(c, bci, rm, argpos, !recv_nonnull);
        else call_virtual(c, bci, rm, argpos, recv_nonnull);
        break;
    case 185: /* invokeinterface */
        if (rm->itable_index < 0 && rm->vtable_index < 0) call_fixed(c, bci, rm, argpos, !recv_nonnull);
        else call_virtual(c, bci, rm, argpos, recv_nonnull);
        break;
    }
    vs_reset(c, argpos);
    push_result(c, sh.ret);
    return true;
}
