/* The baseline compiler's driver: a pre-pass over the bytecode (block starts, what cannot be compiled), the
 * prologue, one pass over the instructions through the bytecode groups (jit_emit_*.c), the out-of-line stubs,
 * the exception path and the side tables, then installation in the code cache. See jit_comp.h for the
 * compiled-frame design.
 *
 * Methods that stay interpreted, and why (PrintCompilation prints the reason as HotSpot prints "COMPILE
 * SKIPPED"):
 *   - native and abstract methods (no bytecode), class initialisers (they run once: HotSpot's C1 compiles
 *     them only under -Xcomp, and then to no benefit);
 *   - methods with jsr/ret subroutines (class files before version 50; javac has not emitted them since
 *     Java 6): their return addresses are values the frame layout would have to track;
 *   - a constant-pool reference the compiler cannot resolve when it compiles (a missing class, a linkage
 *     error): the interpreter keeps re-resolving it and throws at the point of use, as it must;
 *   - ldc of MethodHandle, MethodType and dynamic constants (the interpreter does not support them either);
 *   - max_stack above JIT_MAX_STACK, and methods whose reference maps cannot be computed (malformed code). */
#include "jit_comp.h"

#include "../gc/gc.h"
#include "../loader/ld.h"

#include <stdlib.h>
#include <string.h>

static const uint8_t op_len[256] = {
#define OP(name, code, len) [code] = len,
#include "../runtime/rt_opcodes.def"
#undef OP
};

/* The length of the instruction at bci, 0 when it is undefined or runs past the code. */
uint32_t jc_insn_len(const uint8_t *code, uint32_t bci, uint32_t n) {
    uint8_t op = code[bci];
    uint32_t len = op_len[op];
    if (op == 170 || op == 171) {
        uint32_t p = (bci + 4) & ~3u;
        if (p + 12 > n) return 0;
        if (op == 170) {
            int64_t lo = S4(code + p + 4), hi = S4(code + p + 8);
            if (hi < lo || hi - lo > 65535) return 0;
            len = p - bci + 12 + 4 * (uint32_t)(hi - lo + 1);
        } else {
            int32_t k = S4(code + p + 4);
            if (k < 0 || k > 65535) return 0;
            len = p - bci + 8 + 8 * (uint32_t)k;
        }
    } else if (op == 196) {
        if (bci + 1 >= n) return 0;
        len = code[bci + 1] == 132 ? 6 : 4;
    } else if (len == 0 && op != 0) {
        return 0; /* undefined */
    }
    if (op == 0) len = 1;
    return bci + len <= n ? len : 0;
}

/* ---- emission helpers -------------------------------------------------------------------------------- */
void jc_movabs(JitComp *c, JitReg r, const void *p) { jit_mov_ri(&c->buf, JIT_S64, r, (int64_t)(uintptr_t)p); }

void jc_save_frame(JitComp *c, uint32_t bci, int32_t sp_depth) {
    jc_movabs(c, R_SCRATCH, c->code + bci);
    jit_mov_mr(&c->buf, JIT_S64, jit_mem(R_FRAME, FR_PC), R_SCRATCH);
    jit_lea(&c->buf, JIT_S64, R_SCRATCH, home(sp_depth));
    jit_mov_mr(&c->buf, JIT_S64, jit_mem(R_FRAME, FR_SP), R_SCRATCH);
}

/* A runtime call: it may have collected, so cached reference locals come back from the frame. */
void jc_call_entry(JitComp *c, int entry) {
    jit_call_m(&c->buf, jit_mem_rip_addr(&c->buf, JIT_ENTRY_SLOT(entry)));
    lcache_reload(c, true);
}

void jc_check_exception_al(JitComp *c) {
    jit_test_rr(&c->buf, JIT_S8, JIT_RAX, JIT_RAX);
    jit_jcc(&c->buf, JIT_CC_E, &c->exc_path);
}

void jc_check_exception_rax(JitComp *c) {
    jit_test_rr(&c->buf, JIT_S64, JIT_RAX, JIT_RAX);
    jit_jcc(&c->buf, JIT_CC_E, &c->exc_path);
}

JitStub *jc_stub(JitComp *c, uint8_t kind, uint32_t bci) {
    JitStub *s = calloc(1, sizeof *s);
    if (!s) jit_bail(c, "out of memory");
    if (c->stubs_tail) c->stubs_tail->next = s;
    else c->stubs = s;
    c->stubs_tail = s;
    jit_label_init(&s->entry);
    jit_label_init(&s->back);
    s->kind = kind;
    s->bci = bci;
    s->depth = c->depth;
    return s;
}

void jc_null_check(JitComp *c, JitReg r, uint32_t bci) {
    JitStub *s = jc_stub(c, STUB_NPE, bci);
    jit_test_rr(&c->buf, JIT_S64, r, r);
    jit_jcc(&c->buf, JIT_CC_E, &s->entry);
}

/* The GC's write barrier (gc_barrier in gc/gc.h is the one definition; this is its machine form, kept equal
 * by the asserts below): a store of a young object into a slot of the old generation marks the slot's card.
 * Both tests work on address >> 33 because the generations' bounds are multiples of 8 GiB. */
_Static_assert(RT_OLD_BASE % ((uint64_t)1 << 33) == 0 && RT_YOUNG_BASE % ((uint64_t)1 << 33) == 0 &&
                   RT_OLD_RESERVE % ((uint64_t)1 << 33) == 0 && RT_YOUNG_BASE == RT_OLD_BASE + RT_OLD_RESERVE,
               "the compiled write barrier assumes generations aligned to 8 GiB, young above old");
void jc_barrier(JitComp *c, JitReg slot, JitReg val, uint32_t bci) {
    JitStub *s = jc_stub(c, STUB_BARRIER, bci);
    s->a = (uint8_t)slot;
    jit_mov_rr(&c->buf, JIT_S64, R_SCRATCH, slot);
    jit_shift_ri(&c->buf, JIT_SHIFT_SHR, JIT_S64, R_SCRATCH, 33);
    jit_alu_ri(&c->buf, JIT_ALU_SUB, JIT_S32, R_SCRATCH, (int32_t)(RT_OLD_BASE >> 33));
    jit_alu_ri(&c->buf, JIT_ALU_CMP, JIT_S32, R_SCRATCH, (int32_t)(RT_OLD_RESERVE >> 33));
    jit_jcc(&c->buf, JIT_CC_AE, &s->back);
    jit_mov_rr(&c->buf, JIT_S64, R_SCRATCH, val);
    jit_shift_ri(&c->buf, JIT_SHIFT_SHR, JIT_S64, R_SCRATCH, 33);
    jit_alu_ri(&c->buf, JIT_ALU_CMP, JIT_S32, R_SCRATCH, (int32_t)(RT_YOUNG_BASE >> 33));
    jit_jcc(&c->buf, JIT_CC_AE, &s->entry);
    jit_bind(&c->buf, &s->back);
}

JitLabel *jc_label(JitComp *c, uint32_t bci) {
    if (bci >= c->m->code_len || !c->block_start[bci]) jit_bail(c, "branch to bci %u, not a block start", bci);
    return &c->labels[bci];
}

void jc_branch(JitComp *c, JitCond cc, uint32_t target) {
    vs_flush(c); /* moves only: the flags of the compare survive */
    jit_jcc(&c->buf, cc, jc_label(c, target));
}

void jc_jump(JitComp *c, uint32_t target) {
    vs_flush(c);
    jit_jmp(&c->buf, jc_label(c, target));
    c->dead = true;
}

int jc_fusable_if(JitComp *c, uint32_t bci, uint32_t len) {
    uint32_t n = bci + len;
    if (n >= c->m->code_len || c->block_start[n]) return 0;
    uint8_t op = c->code[n];
    return op >= 153 && op <= 158 ? op : 0;
}

/* ---- entries, prologue, epilogue, stubs ----------------------------------------------------------------- */
/* The C entry, `bool entry(Thread *, Frame *)` (the compiled-frame contract, jit.h), and the OSR entry, the
 * same with rdx = the block's code: both save the C callee-saved registers compiled code changes, set rbx and
 * call the method's Java entry with rdi = the frame (for OSR, a Java entry that jumps to the block). rsp is
 * 16-aligned at the call (six pushes and a pad after the return address), so Java code, one push (r12)
 * deeper after its own return address, is aligned at its calls. */
static void c_entry(JitComp *c, JitLabel *java) {
    JitBuf *b = &c->buf;
    jit_push_r(b, JIT_RBP);
    jit_mov_rr(b, JIT_S64, JIT_RBP, JIT_RSP);
    jit_push_r(b, JIT_RBX);
    jit_push_r(b, JIT_R12);
    jit_push_r(b, JIT_R13); /* r13-r15: cached locals of this method or of any compiled callee */
    jit_push_r(b, JIT_R14);
    jit_push_r(b, JIT_R15);
    jit_alu_ri(b, JIT_ALU_SUB, JIT_S64, JIT_RSP, 8);
    jit_mov_rr(b, JIT_S64, R_THREAD, JIT_RDI);
    jit_mov_rr(b, JIT_S64, JIT_RDI, JIT_RSI);
    jit_call(b, java);
    jit_alu_ri(b, JIT_ALU_ADD, JIT_S64, JIT_RSP, 8);
    jit_pop_r(b, JIT_R15);
    jit_pop_r(b, JIT_R14);
    jit_pop_r(b, JIT_R13);
    jit_pop_r(b, JIT_R12);
    jit_pop_r(b, JIT_RBX);
    jit_pop_r(b, JIT_RBP);
    jit_ret(b);
}

/* The Java entry's prologue: the caller's frame register saved, this frame's taken from rdi, the cached
 * locals loaded. */
static void java_prologue(JitComp *c) {
    jit_push_r(&c->buf, R_FRAME);
    jit_mov_rr(&c->buf, JIT_S64, R_FRAME, JIT_RDI);
    lcache_reload(c, false);
}

/* Returns to the caller with `ok` in eax and its frame register back; the frame was popped (t->top) by the
 * return sequence or by the exception dispatch. */
void jc_return_to_caller(JitComp *c, bool ok) {
    JitBuf *b = &c->buf;
    if (ok) jit_mov_ri(b, JIT_S32, JIT_RAX, 1);
    else jit_alu_rr(b, JIT_ALU_XOR, JIT_S32, JIT_RAX, JIT_RAX);
    jit_pop_r(b, R_FRAME);
    jit_ret(b);
}

static void emit_stub(JitComp *c, JitStub *s) {
    JitBuf *b = &c->buf;
    jit_bind(b, &s->entry);
    switch (s->kind) {
    case STUB_NPE:
        jc_save_frame(c, s->bci, 0);
        jit_mov_rr(b, JIT_S64, JIT_RDI, R_THREAD);
        jc_call_entry(c, JIT_E_throw_npe);
        jit_jmp(b, &c->exc_path);
        break;
    case STUB_DIV_ZERO:
        jc_save_frame(c, s->bci, 0);
        jit_mov_rr(b, JIT_S64, JIT_RDI, R_THREAD);
        jc_call_entry(c, JIT_E_throw_div_zero);
        jit_jmp(b, &c->exc_path);
        break;
    case STUB_AIOOBE:
        jc_save_frame(c, s->bci, 0);
        jit_mov_rm(b, JIT_S32, R_SCRATCH, jit_mem((JitReg)s->a, AR_LENGTH));
        if (s->b_imm) jit_mov_ri(b, JIT_S32, JIT_RSI, s->imm);
        else jit_mov_rr(b, JIT_S32, JIT_RSI, (JitReg)s->b);
        jit_mov_rr(b, JIT_S32, JIT_RDX, R_SCRATCH);
        jit_mov_rr(b, JIT_S64, JIT_RDI, R_THREAD);
        jc_call_entry(c, JIT_E_throw_array_index);
        jit_jmp(b, &c->exc_path);
        break;
    case STUB_BARRIER:
        jit_shift_ri(b, JIT_SHIFT_SHR, JIT_S64, (JitReg)s->a, RT_CARD_SHIFT);
        jit_mov_ri(b, JIT_S64, R_SCRATCH, (int64_t)(RT_CARDS_BASE - (RT_OLD_BASE >> RT_CARD_SHIFT)));
        jit_mov_mi(b, JIT_S8, jit_mem_idx((JitReg)s->a, R_SCRATCH, 1, 0), 1);
        jit_jmp(b, &s->back);
        break;
    case STUB_CALL:
        s->emit(c, s);
        jit_jmp(b, &s->back);
        break;
    }
}

/* ---- the pre-pass ------------------------------------------------------------------------------------------ */
static void mark(JitComp *c, int64_t target) {
    if (target < 0 || target >= c->m->code_len) jit_bail(c, "branch target %lld outside the code", (long long)target);
    c->block_start[target] = 1;
}

static void prepass(JitComp *c) {
    Method *m = c->m;
    const uint8_t *code = c->code;
    c->this_nonnull = !(m->access & ACC_STATIC);
    for (uint32_t bci = 0; bci < m->code_len;) {
        uint32_t len = jc_insn_len(code, bci, m->code_len);
        if (!len) jit_bail(c, "undefined or truncated instruction at bci %u", bci);
        uint8_t op = code[bci];
        const uint8_t *p = code + bci;
        if ((op >= 153 && op <= 167) || op == 198 || op == 199) {
            mark(c, (int64_t)bci + S2(p + 1));
        } else if (op == 200) {
            mark(c, (int64_t)bci + S4(p + 1));
        } else if (op == 168 || op == 169 || op == 201 || (op == 196 && code[bci + 1] == 169)) {
            jit_bail(c, "jsr/ret subroutine");
        } else if (op == 170 || op == 171) {
            const uint8_t *q = code + ((bci + 4) & ~3u);
            mark(c, (int64_t)bci + S4(q));
            if (op == 170) {
                int32_t lo = S4(q + 4), hi = S4(q + 8);
                for (int64_t k = 0; k <= (int64_t)hi - lo; k++) mark(c, (int64_t)bci + S4(q + 12 + 4 * k));
            } else {
                int32_t n = S4(q + 4);
                for (int32_t k = 0; k < n; k++) mark(c, (int64_t)bci + S4(q + 12 + 8 * k));
            }
        } else if (((op == 54 || op == 55 || op == 56 || op == 57 || op == 58 || op == 132) && p[1] == 0) ||
                   op == 59 || op == 63 || op == 67 || op == 71 || op == 75 ||
                   (op == 196 && U2(p + 2) == 0)) {
            c->this_nonnull = false; /* a store to local 0 (wide: any of the forms that name a local) */
        } else if (op == 18 || op == 19) {
            uint16_t idx = op == 18 ? p[1] : U2(p + 1);
            uint8_t tag = idx < m->owner->n_cp ? c->cp[idx].tag : 0;
            if (tag != CP_INTEGER && tag != CP_FLOAT && tag != CP_STRING && tag != CP_CLASS)
                jit_bail(c, "ldc of constant pool tag %d", tag);
        }
        bci += len;
    }
    for (uint16_t i = 0; i < m->n_handlers; i++) mark(c, m->handlers[i].handler_pc);
    if (c->osr_bci >= 0) mark(c, c->osr_bci);
    lcache_choose(c);
}

/* ---- one compilation ------------------------------------------------------------------------------------ */
static void compile_body(JitComp *c) {
    Method *m = c->m;
    JitBuf *b = &c->buf;
    prepass(c);
    jit_bind(b, &c->code_start);
    /* the C entry (offset 0), the OSR entry, then the Java entry and the body */
    JitLabel osr_java = JIT_LABEL_INIT;
    c_entry(c, &c->java_entry);
    jit_align(b, 16);
    c->osr_entry_pos = jit_pos(b);
    c_entry(c, &osr_java);
    jit_bind(b, &osr_java);
    java_prologue(c);
    jit_jmp_r(b, JIT_RDX); /* rdx survives c_entry */
    jit_align(b, 16);
    jit_bind(b, &c->java_entry);
    java_prologue(c);
    if (m->access & ACC_SYNCHRONIZED) {
        jc_save_frame(c, 0, 0);
        jit_mov_rr(b, JIT_S64, JIT_RDI, R_THREAD);
        jit_mov_rr(b, JIT_S64, JIT_RSI, R_FRAME);
        jc_call_entry(c, JIT_E_sync_enter);
        jc_check_exception_al(c);
    }
    vs_reset(c, 0);
    c->dead = false;
    for (uint32_t bci = 0; bci < m->code_len;) {
        uint32_t len = jc_insn_len(c->code, bci, m->code_len);
        if (c->block_start[bci]) {
            if (!c->dead) vs_flush(c);
            int32_t d = gc_refmap_depth(m, bci);
            if (d < 0) {
                c->dead = true; /* an unreachable handler or branch target */
            } else {
                if (!c->dead && d != c->depth) jit_bail(c, "stack depth %d at bci %u, expected %d", c->depth, bci, d);
                jit_bind(b, &c->labels[bci]);
                vs_reset(c, d);
                c->dead = false;
            }
        }
        if (c->dead) {
            bci += len;
            continue;
        }
        c->native_pos[bci] = jit_pos(b);
        vs_unlock(c);
        const uint8_t *p = c->code + bci;
        uint32_t before = bci;
        c->extra = 0;
        if (!jc_arith(c, bci, p) && !jc_memory(c, bci, p) && !jc_control(c, bci, p) && !jc_invoke(c, bci, p) &&
            !jc_object(c, bci, p))
            jit_bail(c, "opcode %u at bci %u", p[0], bci);
        bci = before + len + c->extra;
        if (!jit_buf_ok(b)) jit_bail(c, "code buffer overflow");
    }
    if (!c->dead) jit_bail(c, "control falls off the end of the code");
    if (!jit_label_bound(&c->java_entry) || !jit_label_bound(&osr_java)) jit_bail(c, "an entry is not bound (compiler bug)");
    /* stubs (a stub may add stubs: the count is re-read) */
    for (JitStub *s = c->stubs; s; s = s->next) emit_stub(c, s);
    /* exception dispatch: a handler of this method (its code address) or unwind */
    jit_bind(b, &c->exc_path);
    jit_mov_rr(b, JIT_S64, JIT_RDI, R_THREAD);
    jit_mov_rr(b, JIT_S64, JIT_RSI, R_FRAME);
    jit_lea_label(b, JIT_RDX, &c->code_start);
    jc_call_entry(c, JIT_E_exception_dispatch);
    jit_test_rr(b, JIT_S64, JIT_RAX, JIT_RAX);
    JitLabel unwind = JIT_LABEL_INIT;
    jit_jcc(b, JIT_CC_E, &unwind);
    lcache_reload(c, false); /* a compiled callee that threw may have changed them */
    jit_jmp_r(b, JIT_RAX);
    jit_bind(b, &unwind);
    jc_return_to_caller(c, false);
    /* jump tables: int32 offsets from each table's start */
    for (uint32_t i = 0; i < c->n_tables; i++) {
        JitTable *tb = &c->tables[i];
        jit_align(b, 4);
        int32_t at = jit_pos(b);
        jit_bind(b, &tb->label);
        for (uint32_t k = 0; k < tb->n; k++) {
            JitLabel *l = jc_label(c, tb->bcis[k]);
            if (!jit_label_bound(l)) jit_bail(c, "jump table target not emitted");
            jit_emit_u32(b, (uint32_t)(l->pos - at));
        }
    }
    if (!jit_buf_ok(b)) jit_bail(c, "code buffer overflow");
}

static void comp_free(JitComp *c) {
    free(c->block_start);
    free(c->native_pos);
    free(c->labels);
    for (JitStub *s = c->stubs, *n; s; s = n) {
        n = s->next;
        free(s);
    }
    for (uint32_t i = 0; i < c->n_tables; i++) free(c->tables[i].bcis);
    free(c->tables);
    free(c->buf.start);
}

/* Compiles m (osr_bci < 0) or an OSR version of it entered at loop header osr_bci, and installs the code.
 * Returns the blob, or NULL with the reason in why. */
JitBlob *jit_compile(Thread *t, Method *m, int32_t osr_bci, char *why, size_t why_n) {
    JitComp *c = calloc(1, sizeof *c);
    if (!c) {
        snprintf(why, why_n, "out of memory");
        return NULL;
    }
    c->t = t;
    c->m = m;
    c->code = m->code;
    c->cp = m->owner->cp;
    c->osr_bci = osr_bci;
    JitBlob *blob = NULL;
    if (setjmp(c->bail)) {
        snprintf(why, why_n, "%s", c->why);
        if (t->exception) t->exception = NULL; /* a resolution the compiler tried; the interpreter will retry */
        comp_free(c);
        free(c);
        return NULL;
    }
    if (m->access & (ACC_NATIVE | ACC_ABSTRACT)) jit_bail(c, "no bytecode");
    if (m->vmflags & MF_CLINIT) jit_bail(c, "class initialiser");
    if (!m->code || !m->code_len) jit_bail(c, "no bytecode");
    if (m->max_stack > JIT_MAX_STACK || m->max_locals > JIT_MAX_LOCALS) jit_bail(c, "frame too large");
    if (gc_refmap_depth(m, 0) < 0) jit_bail(c, "reference maps could not be computed");
    c->block_start = calloc(m->code_len, 1);
    c->native_pos = malloc(m->code_len * sizeof *c->native_pos);
    c->labels = malloc(m->code_len * sizeof *c->labels);
    c->handler_pos = NULL;
    size_t cap = 4096 + (size_t)m->code_len * 64;
    uint8_t *mem = malloc(cap);
    if (!c->block_start || !c->native_pos || !c->labels || !mem) jit_bail(c, "out of memory");
    for (uint32_t i = 0; i < m->code_len; i++) {
        c->native_pos[i] = -1;
        jit_label_init(&c->labels[i]);
    }
    jit_label_init(&c->exc_path);
    jit_label_init(&c->code_start);
    jit_label_init(&c->java_entry);
    jit_buf_init(&c->buf, mem, cap);
    /* The code is emitted where it will run: the next blob's code starts right after its header at the
     * cache's top (no other blob is allocated while this one compiles; checked below). */
    uint8_t *top = VM->code.top;
    c->buf.run_base = (uintptr_t)(top + sizeof(JitBlob));
    compile_body(c);
    if (VM->code.top != top) jit_bail(c, "the code cache moved during the compilation");
    /* side tables after the code */
    uint32_t code_size = (uint32_t)jit_pos(&c->buf);
    uint32_t n_entries = 0;
    for (uint32_t i = 0; i < m->code_len; i++)
        if (c->block_start[i] && jit_label_bound(&c->labels[i])) n_entries++;
    size_t hsz = (size_t)m->n_handlers * 4, esz = (size_t)n_entries * sizeof(JitBlockEntry);
    size_t code_al = (code_size + 7) & ~7u;
    blob = jit_code_alloc(code_al + hsz + esz);
    if (!blob) jit_bail(c, "code cache is full");
    uint8_t *dst = jit_blob_code(blob);
    memcpy(dst, c->buf.start, code_size);
    blob->kind = JIT_BLOB_NMETHOD;
    blob->method = m;
    blob->tier = 1;
    blob->code_size = code_size;
    blob->entry_offset = 0;
    blob->alt_entry_offset = (uint32_t)c->osr_entry_pos;
    blob->java_entry_offset = (uint32_t)c->java_entry.pos;
    blob->osr_bci = osr_bci;
    blob->handlers_offset = (uint32_t)(sizeof(JitBlob) + code_al);
    blob->handlers_size = (uint32_t)hsz;
    uint32_t *hp = (uint32_t *)((uint8_t *)blob + blob->handlers_offset);
    for (uint16_t i = 0; i < m->n_handlers; i++) {
        JitLabel *l = &c->labels[m->handlers[i].handler_pc];
        hp[i] = jit_label_bound(l) ? (uint32_t)l->pos : UINT32_MAX;
    }
    blob->entries_offset = (uint32_t)(blob->handlers_offset + hsz);
    blob->entries_size = (uint32_t)esz;
    JitBlockEntry *ep = (JitBlockEntry *)((uint8_t *)blob + blob->entries_offset);
    for (uint32_t i = 0, k = 0; i < m->code_len; i++)
        if (c->block_start[i] && jit_label_bound(&c->labels[i])) ep[k++] = (JitBlockEntry){i, (uint32_t)c->labels[i].pos};
    blob->compile_id = 0; /* set by the caller */
    VM->jit.code_bytes += code_size;
    comp_free(c);
    free(c);
    return blob;
}
