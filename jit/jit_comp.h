/* jit_comp.h — internal to jit/: the baseline compiler (tier 1), shared by its passes.
 *
 * One pass over the bytecode, as in a template compiler, but with a virtual operand stack (JitVs) so that
 * values travel in registers between instructions: `iload a; iload b; iadd; istore c` becomes three
 * instructions. The frame a compiled method runs in is the interpreter's Frame (runtime/rt.h), at the same
 * place on the Java stack: locals in memory below [r12], operand stack home slots at [r12 + Frame.stack]. That
 * one decision is what the rest relies on:
 *   - the GC scans compiled frames exactly as interpreted ones: before every call that can collect or throw,
 *     compiled code writes the instruction's bytecode address to Frame.pc and the stack top to Frame.sp, and
 *     every value the reference map at that pc calls live is in its home slot (the virtual stack is flushed);
 *     the reference map at a call's bci is the call's stack map;
 *   - exceptions, stack traces and helpful NullPointerException messages read Frame.pc like the interpreter's;
 *   - on-stack replacement is a jump into the compiled method at a loop header: the interpreter's frame
 *     already is the compiled frame.
 * Registers while compiled code runs: rbx = Thread *, r12 = Frame *. A frame's locals are the max_locals slots
 * right below its header (every frame push in runtime/ makes them so), so a local is addressed from r12 too.
 * The virtual stack holds values in rax rcx rdx rsi rdi r8 r9 r10 and xmm0..xmm7; r11 and xmm15 are scratch
 * for a single instruction's expansion; rbp, r13, r14 and r15 are not used.
 *
 * Two conventions reach a compiled method. The C entry (Method.jit_entry, offset 0 of the code) is `bool
 * entry(Thread *, Frame *)` for the interpreter and the runtime: it saves the C callee-saved registers it
 * changes, sets rbx and calls the Java entry. The Java entry (Method.jit_code) is what compiled callers call,
 * with rbx = the thread and rdi = the callee's frame, built by the caller and on top of the thread; it saves
 * only r12 (the caller's frame) and returns al = ok. Everything else is caller-saved: the virtual stack is
 * flushed at calls anyway. A compiled call thus costs the frame header's stores, a call and a push/pop pair,
 * and the caller's frame register comes back from the stack (a store-forwarded load) rather than through a
 * chain of dependent loads from the frames.
 *
 * Block boundaries (branch targets, exception handlers, loop headers) and calls flush the virtual stack:
 * every entry goes to its home slot, so control can meet there from anywhere — including the interpreter. */
#ifndef EMBER_JIT_COMP_H
#define EMBER_JIT_COMP_H

#include "jit_cc.h"
#include "jit_x64.h"

#include <setjmp.h>
#include <stddef.h>

/* Virtual stack entry kinds. */
enum {
    VS_MEM,    /* in its home slot */
    VS_CONST,  /* a constant (ints and floats as their bits, longs, doubles, null) */
    VS_LOCAL,  /* equal to local `val` (not loaded yet) */
    VS_REG,    /* in general-purpose register `reg` */
    VS_XMM,    /* in xmm register `reg` */
    VS_HOLE,   /* the second slot of a long or double: never read */
};
typedef struct JitVe {
    uint8_t kind;
    uint8_t type;   /* I J F D A (returnAddress: I) */
    uint8_t reg;
    uint8_t pad;
    int32_t pos;    /* set by vs_pop: the position the entry had (a VS_MEM entry's home slot) */
    int64_t val;
} JitVe;

typedef struct JitComp JitComp;

/* An out-of-line path, emitted after the method's body. */
enum {
    STUB_NPE,         /* NullPointerException */
    STUB_AIOOBE,      /* ArrayIndexOutOfBoundsException: reg a = array, b = index register or imm */
    STUB_DIV_ZERO,    /* ArithmeticException: / by zero */
    STUB_BARRIER,     /* card mark: reg a = the slot address (clobbered) */
    STUB_CALL,        /* a runtime call emitted by a callback, then a jump back to `back` */
};
typedef struct JitStub {
    JitLabel entry;
    JitLabel back;
    uint8_t kind;
    uint8_t a, b;
    uint8_t b_imm;    /* AIOOBE: b is the constant index `imm` */
    uint32_t bci;
    int32_t imm;
    int32_t depth;    /* the virtual stack depth at the stub (STUB_CALL) */
    void (*emit)(JitComp *c, struct JitStub *s);
    uint64_t arg;
    struct JitStub *next;   /* stubs are allocated one by one: a JitStub * stays valid while more are made */
} JitStub;

/* One tableswitch jump table (int32 offsets from the table's start, filled when the method is done). */
typedef struct JitTable {
    JitLabel label;   /* the table's start (lea'd by the switch) */
    uint32_t n;
    uint32_t *bcis;
} JitTable;

#define JIT_MAX_CACHED 3    /* locals cached in registers (jit_locals.c) */
#define JIT_MAX_STACK 1024  /* max_stack of the methods the compiler takes (more: interpreted, documented) */
#define JIT_MAX_LOCALS 4096

struct JitComp {
    Thread *t;
    Method *m;
    const uint8_t *code;
    CpEntry *cp;
    int32_t osr_bci;        /* -1, or the loop header an OSR compilation is for */
    JitBuf buf;
    /* per bci */
    uint8_t *block_start;   /* 1: a branch target, handler or loop header (the virtual stack is flushed) */
    int32_t *native_pos;    /* buffer position of each instruction, -1 before it is emitted */
    JitLabel *labels;       /* per bci, used for block starts only */
    /* the virtual stack */
    JitVe vs[JIT_MAX_STACK];
    int32_t depth;
    uint32_t locked;        /* registers (bit per JitReg; xmm at bit 16 + n) one instruction holds */
    bool dead;              /* after goto/return/athrow/switch: no fall-through to the next instruction */
    bool this_nonnull;      /* an instance method that never stores to local 0: local 0 is `this`, never null */
    /* locals cached in registers (jit_locals.c), best first */
    int n_cached;
    uint16_t cached_idx[JIT_MAX_CACHED];
    JitReg cached_reg[JIT_MAX_CACHED];
    bool cached_ref[JIT_MAX_CACHED];   /* a reference (reloaded after runtime calls), else an int */
    /* out-of-line parts */
    JitStub *stubs, *stubs_tail;
    JitTable *tables;
    uint32_t n_tables, cap_tables;
    uint32_t extra;         /* bytes of the next instruction an instruction fused with itself */
    int32_t osr_entry_pos;
    JitLabel exc_path;      /* the method's exception dispatch */
    JitLabel code_start;
    JitLabel java_entry;    /* the entry compiled callers call (Method.jit_code) */
    int32_t *handler_pos;   /* buffer position of each exception handler */
    /* failure */
    jmp_buf bail;
    char why[160];
};

/* Bails out of the compilation (the method stays interpreted; PrintCompilation shows why). */
_Noreturn void jit_bail(JitComp *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- offsets compiled code uses ------------------------------------------------------------------------ */
#define FR_PREV ((int32_t)offsetof(Frame, prev))
#define FR_METHOD ((int32_t)offsetof(Frame, method))
#define FR_PC ((int32_t)offsetof(Frame, pc))
#define FR_SP ((int32_t)offsetof(Frame, sp))
#define FR_LOCALS ((int32_t)offsetof(Frame, locals))
#define FR_FLAGS ((int32_t)offsetof(Frame, flags))
#define FR_STACK ((int32_t)offsetof(Frame, stack))
#define TH_TOP ((int32_t)offsetof(Thread, top))
#define TH_LIMIT ((int32_t)offsetof(Thread, stack_limit))
#define TH_C_LIMIT ((int32_t)offsetof(Thread, c_stack_limit))
#define TH_TLAB_TOP ((int32_t)offsetof(Thread, tlab_top))
#define TH_TLAB_END ((int32_t)offsetof(Thread, tlab_end))
#define OB_KLASS ((int32_t)offsetof(Object, klass))
#define OB_BITS ((int32_t)offsetof(Object, bits))
#define AR_LENGTH ((int32_t)offsetof(Array, length))

#define R_THREAD JIT_RBX
#define R_FRAME JIT_R12
#define R_SCRATCH JIT_R11
#define X_SCRATCH JIT_XMM15

static inline JitMem home(int32_t pos) { return jit_mem(R_FRAME, FR_STACK + 8 * pos); }
static inline JitMem local_mem(JitComp *c, int32_t idx) { return jit_mem(R_FRAME, 8 * (idx - (int32_t)c->m->max_locals)); }

/* ---- the virtual stack (jit_vstack.c) -------------------------------------------------------------------- */
void vs_push(JitComp *c, uint8_t kind, uint8_t type, uint8_t reg, int64_t val);  /* pushes a hole too for J/D */
static inline void vs_push_const(JitComp *c, uint8_t type, int64_t v) { vs_push(c, VS_CONST, type, 0, v); }
static inline void vs_push_reg(JitComp *c, uint8_t type, JitReg r) { vs_push(c, VS_REG, type, (uint8_t)r, 0); }
static inline void vs_push_xmm(JitComp *c, uint8_t type, JitXmm x) { vs_push(c, VS_XMM, type, (uint8_t)x, 0); }
static inline void vs_push_mem(JitComp *c, uint8_t type) { vs_push(c, VS_MEM, type, 0, 0); }
JitVe vs_pop(JitComp *c);               /* a single-slot value */
JitVe vs_pop_t(JitComp *c, uint8_t type); /* a value of the type (J and D: two slots) */
JitVe *vs_top(JitComp *c, int below);   /* the value entry `below` values under the top (J/D count once) */
JitReg vs_alloc(JitComp *c);            /* a free register, locked for this instruction (spills if needed) */
JitXmm vs_alloc_xmm(JitComp *c);
void vs_take(JitComp *c, JitReg r);     /* frees r (moving or spilling the entry in it) and locks it */
/* The value of e in a register it may modify: e's own register, or a new one. sz: JIT_S32 or JIT_S64. */
JitReg vs_to_reg(JitComp *c, JitVe e, JitSize sz);
JitXmm vs_to_xmm(JitComp *c, JitVe e, bool dbl);
/* e as a read-only operand: a register, a memory operand or an immediate (imm32-representable constants). */
typedef struct JitOpnd {
    uint8_t kind;   /* 0 reg, 1 mem, 2 imm */
    JitReg reg;
    JitMem mem;
    int32_t imm;
} JitOpnd;
JitOpnd vs_operand(JitComp *c, JitVe e, JitSize sz, bool allow_imm);
void vs_store(JitComp *c, JitVe e, JitMem dst);  /* 8 bytes (a slot) */
void vs_materialize(JitComp *c, int32_t pos);    /* entry at pos into its home slot */
void vs_flush(JitComp *c);                       /* every entry into its home slot */
void vs_forget_local(JitComp *c, int32_t idx);   /* before a store to local idx: entries equal to it go home */
void vs_reset(JitComp *c, int32_t depth);        /* all entries in memory (a block start) */
static inline void vs_unlock(JitComp *c) { c->locked = 0; }

/* ---- locals cached in registers (jit_locals.c) ------------------------------------------------------------- */
void lcache_choose(JitComp *c);                         /* after the pre-pass */
void lcache_reload(JitComp *c, bool refs_only);         /* registers from the frame */
bool lcache_store(JitComp *c, JitVe e, uint32_t idx);   /* false: local idx is not cached */
bool lcache_iinc(JitComp *c, uint32_t idx, int32_t by);
static inline int lcache_slot(const JitComp *c, uint32_t idx) {   /* the cache entry of local idx, or -1 */
    for (int k = 0; k < c->n_cached; k++)
        if (c->cached_idx[k] == idx) return k;
    return -1;
}
static inline JitReg lcache_reg(const JitComp *c, int64_t idx) {   /* local idx's register, or JIT_NOREG */
    int k = lcache_slot(c, (uint32_t)idx);
    return k >= 0 ? c->cached_reg[k] : JIT_NOREG;
}

/* ---- emission helpers (jit_compile.c) ---------------------------------------------------------------- */
/* Frame.pc = the current instruction, Frame.sp = home slot `sp_depth`. */
void jc_save_frame(JitComp *c, uint32_t bci, int32_t sp_depth);
void jc_call_entry(JitComp *c, int entry);       /* call qword [rip + slot] */
void jc_check_exception_al(JitComp *c);          /* test al, al; jz exception path */
void jc_check_exception_rax(JitComp *c);         /* test rax, rax; jz exception path */
JitStub *jc_stub(JitComp *c, uint8_t kind, uint32_t bci);
void jc_null_check(JitComp *c, JitReg r, uint32_t bci);
/* Whether e is known not to be null: only `this` is tracked (local 0 while JitComp.this_nonnull). */
static inline bool jc_known_nonnull(const JitComp *c, JitVe e) { return c->this_nonnull && e.kind == VS_LOCAL && e.val == 0; }
void jc_barrier(JitComp *c, JitReg slot, JitReg val, uint32_t bci);  /* after storing val at [slot] */
void jc_movabs(JitComp *c, JitReg r, const void *p);
uint32_t jc_insn_len(const uint8_t *code, uint32_t bci, uint32_t n);  /* 0: undefined or truncated */
JitLabel *jc_label(JitComp *c, uint32_t bci);    /* the label of a block start */
void jc_branch(JitComp *c, JitCond cc, uint32_t target);   /* the virtual stack is flushed first */
void jc_jump(JitComp *c, uint32_t target);
/* A check that initialises cls at run time while it is not initialised when compiling (flushes first). */
void jc_class_init_check(JitComp *c, uint32_t bci, Class *cls);
void jc_return_to_caller(JitComp *c, bool ok);   /* eax = ok, restore registers, ret */

/* ---- the bytecode groups ------------------------------------------------------------------------------- */
/* Each returns false when the opcode is not its own. `bci` is the instruction's, `p` its bytes. */
bool jc_arith(JitComp *c, uint32_t bci, const uint8_t *p);     /* jit_emit_arith.c */
bool jc_memory(JitComp *c, uint32_t bci, const uint8_t *p);    /* jit_emit_memory.c: locals, arrays, fields */
bool jc_control(JitComp *c, uint32_t bci, const uint8_t *p);   /* jit_emit_control.c: branches, switch, return */
bool jc_invoke(JitComp *c, uint32_t bci, const uint8_t *p);    /* jit_emit_invoke.c */
bool jc_object(JitComp *c, uint32_t bci, const uint8_t *p);    /* jit_emit_object.c: new, casts, monitors */

/* The instruction after bci if it is a conditional branch the compare at bci can fuse with (not a block
 * start): its opcode, else 0. */
int jc_fusable_if(JitComp *c, uint32_t bci, uint32_t len);
void jc_return(JitComp *c, uint32_t bci, char type);   /* the return sequence (jit_emit_control.c) */

/* ---- runtime support for compiled code (jit_runtime.c) ------------------------------------------------- */
typedef bool (*JitEntryFn2)(Thread *t, Frame *f);
/* Per call site of invokevirtual/invokeinterface: an inline cache in metaspace (jit_emit_invoke.c). */
typedef struct JitIc {
    Class *klass;     /* the one receiver class tier 0 saw at the site, NULL = none */
    Method *target;   /* the method selected for it */
    Method *resolved; /* the constant pool's method */
    uint64_t pad;
} JitIc;

#define U2(p) ((uint16_t)(((p)[0] << 8) | (p)[1]))
#define S2(p) ((int16_t)U2(p))
#define S4(p) ((int32_t)(((uint32_t)(p)[0] << 24) | ((uint32_t)(p)[1] << 16) | ((uint32_t)(p)[2] << 8) | (p)[3]))

#endif
