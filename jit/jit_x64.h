/* jit_x64.h — the x86-64 instruction encoder of the baseline compiler (internal to jit/).
 *
 * Instructions are appended to a caller-provided byte buffer (JitBuf). Every instruction is first assembled
 * in a 16-byte scratch array and then copied whole, so the buffer never holds a partial instruction: when one
 * does not fit, nothing of it is written, `overflow` is set and every later call is a no-op. A compiler emits
 * a whole method and checks jit_buf_ok() once at the end (retrying with a bigger buffer, or leaving the method
 * interpreted).
 *
 * Operands: general-purpose registers (JitReg), XMM registers (JitXmm), memory operands (JitMem: [base +
 * index*scale + disp32], [rip + x], [disp32]) and immediates. Operand widths are JitSize; 32-bit operations
 * zero the upper half of their 64-bit destination, as the hardware does. The encoder picks the shortest form
 * where several exist (imm8 versus imm32, disp8 versus disp32, the rAX short forms), except where a fixed
 * size is asked for (jit_movabs, labels used before they are bound).
 *
 * Invalid operand combinations (rsp as an index, an 8-bit lea, a scale of 3) are programming errors of the
 * compiler and fail an assert(); they never depend on the Java program being compiled.
 *
 * Code positions are int32_t offsets from buf->start. Code that leaves the buffer for the code cache stays
 * position-independent except where a caller asks for an absolute target (jit_call_addr), which is relative to
 * `run_base`, the address at which buf->start will execute. */
#ifndef EMBER_JIT_X64_H
#define EMBER_JIT_X64_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- the buffer -------------------------------------------------------------------------------------------- */
typedef struct JitBuf {
    uint8_t *p;          /* next byte to write */
    uint8_t *start;
    uint8_t *end;        /* one past the last usable byte */
    bool overflow;       /* an instruction did not fit: the contents are unusable */
    bool range_error;    /* a rel8/rel32 target was out of reach: the contents are unusable */
    uintptr_t run_base;  /* address at which `start` executes (the RX view of the code); default `start` */
} JitBuf;

void jit_buf_init(JitBuf *b, void *mem, size_t size);
static inline int32_t jit_pos(const JitBuf *b) { return (int32_t)(b->p - b->start); }
static inline bool jit_buf_ok(const JitBuf *b) { return !b->overflow && !b->range_error; }
/* Raw bytes (constants, jump tables); alignment is the caller's, see jit_align. */
void jit_emit_bytes(JitBuf *b, const void *bytes, size_t n);
void jit_emit_u32(JitBuf *b, uint32_t v);
void jit_emit_u64(JitBuf *b, uint64_t v);

/* ---- registers ----------------------------------------------------------------------------------------------
 * ORDER: the value of each register is its hardware number: the low three bits go into ModRM.reg/rm, SIB or the
 * opcode (push, mov-imm), bit 3 into REX.R/X/B. The encoder computes encodings from these values. */
typedef enum JitReg {
    JIT_RAX, JIT_RCX, JIT_RDX, JIT_RBX, JIT_RSP, JIT_RBP, JIT_RSI, JIT_RDI,
    JIT_R8, JIT_R9, JIT_R10, JIT_R11, JIT_R12, JIT_R13, JIT_R14, JIT_R15,
    JIT_RIP,    /* only as the base of a JitMem (jit_mem_rip) */
    JIT_NOREG,  /* no base or no index in a JitMem */
} JitReg;
/* ORDER: hardware numbers, as for JitReg. */
typedef enum JitXmm {
    JIT_XMM0, JIT_XMM1, JIT_XMM2, JIT_XMM3, JIT_XMM4, JIT_XMM5, JIT_XMM6, JIT_XMM7,
    JIT_XMM8, JIT_XMM9, JIT_XMM10, JIT_XMM11, JIT_XMM12, JIT_XMM13, JIT_XMM14, JIT_XMM15,
} JitXmm;
/* Operand width in bytes. 8-bit registers are al, cl, dl, bl, spl, bpl, sil, dil, r8b..r15b (the encoder adds
 * the REX prefix that selects spl..dil instead of ah..bh). */
typedef enum JitSize { JIT_S8 = 1, JIT_S16 = 2, JIT_S32 = 4, JIT_S64 = 8 } JitSize;

/* ---- memory operands --------------------------------------------------------------------------------------- */
typedef struct JitMem {
    uint8_t base;   /* a JitReg, JIT_RIP or JIT_NOREG */
    uint8_t index;  /* a JitReg other than rsp, or JIT_NOREG */
    uint8_t scale;  /* 1, 2, 4 or 8 */
    int32_t disp;   /* for a JIT_RIP base: the target's buffer position, not the encoded displacement */
} JitMem;
/* [base + disp] */
static inline JitMem jit_mem(JitReg base, int32_t disp) {
    return (JitMem){ .base = (uint8_t)base, .index = JIT_NOREG, .scale = 1, .disp = disp };
}
/* [base + index*scale + disp]; base may be JIT_NOREG ([index*scale + disp32]). */
static inline JitMem jit_mem_idx(JitReg base, JitReg index, int scale, int32_t disp) {
    return (JitMem){ .base = (uint8_t)base, .index = (uint8_t)index, .scale = (uint8_t)scale, .disp = disp };
}
/* [disp32]: an absolute address, sign-extended to 64 bits (the low or the top 2 GiB only). */
static inline JitMem jit_mem_abs(int32_t addr) {
    return (JitMem){ .base = JIT_NOREG, .index = JIT_NOREG, .scale = 1, .disp = addr };
}
/* [rip + x] addressing the buffer position `pos` (a constant emitted with jit_emit_u64, for instance); the
 * encoder turns it into a displacement from the end of the instruction. Targets outside the buffer: pass
 * target_address - run_base. */
static inline JitMem jit_mem_rip(int32_t pos) {
    return (JitMem){ .base = JIT_RIP, .index = JIT_NOREG, .scale = 1, .disp = pos };
}

/* [rip + x] addressing the absolute address `addr` from code that runs at b->run_base + position: the runtime
 * entry table's slots (`call qword ptr [rip + slot]`) and other fixed VM-space data. An address further
 * than 2 GiB from the buffer sets range_error. */
JitMem jit_mem_rip_addr(JitBuf *b, uintptr_t addr);

/* ---- operation tables (X-macros) --------------------------------------------------------------------------- */
typedef enum JitAlu {
#define ALU(name, mnem, digit) JIT_ALU_##name = digit,
#include "jit_x64_alu.def"
#undef ALU
} JitAlu;
typedef enum JitShift {
#define SHIFT(name, mnem, digit) JIT_SHIFT_##name = digit,
#include "jit_x64_alu.def"
#undef SHIFT
} JitShift;
typedef enum JitUnary {
#define UNARY(name, mnem, digit) JIT_UNARY_##name = digit,
#include "jit_x64_alu.def"
#undef UNARY
} JitUnary;
typedef enum JitCond {
#define CC(name, suffix) JIT_CC_##name,
#include "jit_x64_cc.def"
#undef CC
    JIT_CC_C = JIT_CC_B, JIT_CC_NC = JIT_CC_AE, JIT_CC_Z = JIT_CC_E, JIT_CC_NZ = JIT_CC_NE,
} JitCond;
static inline JitCond jit_cc_negate(JitCond cc) { return (JitCond)(cc ^ 1); }  /* ORDER: jit_x64_cc.def */
typedef enum JitSse {
#define SSE(name, mnem, pfx, opc, memsize) JIT_SSE_##name,
#include "jit_x64_sse.def"
#undef SSE
    JIT_SSE_COUNT
} JitSse;

/* Mnemonics, for listings and the encoder tests ("add", "sar", "neg", "l", "addsd"). */
const char *jit_alu_name(JitAlu op);
const char *jit_shift_name(JitShift op);
const char *jit_unary_name(JitUnary op);
const char *jit_cc_name(JitCond cc);    /* the suffix: "l" for jl/setl/cmovl */
const char *jit_sse_name(JitSse op);
int jit_sse_memsize(JitSse op);         /* width of the memory operand in bytes: 4, 8 or 16 */

/* ---- integer instructions (jit_x64_int.c) -------------------------------------------------------------------
 * Suffixes name the operands, destination first: r register, m memory, i immediate. */
void jit_alu_rr(JitBuf *b, JitAlu op, JitSize sz, JitReg dst, JitReg src);
void jit_alu_rm(JitBuf *b, JitAlu op, JitSize sz, JitReg dst, JitMem src);
void jit_alu_mr(JitBuf *b, JitAlu op, JitSize sz, JitMem dst, JitReg src);
/* imm is sign-extended to 64 bits for JIT_S64; for S8/S16 only its low 8/16 bits count. */
void jit_alu_ri(JitBuf *b, JitAlu op, JitSize sz, JitReg dst, int32_t imm);
void jit_alu_mi(JitBuf *b, JitAlu op, JitSize sz, JitMem dst, int32_t imm);
void jit_test_rr(JitBuf *b, JitSize sz, JitReg a, JitReg c);
void jit_test_ri(JitBuf *b, JitSize sz, JitReg a, int32_t imm);
void jit_test_mr(JitBuf *b, JitSize sz, JitMem a, JitReg c);
void jit_test_mi(JitBuf *b, JitSize sz, JitMem a, int32_t imm);
void jit_unary_r(JitBuf *b, JitUnary op, JitSize sz, JitReg r);
void jit_unary_m(JitBuf *b, JitUnary op, JitSize sz, JitMem m);
void jit_inc_r(JitBuf *b, JitSize sz, JitReg r);
void jit_dec_r(JitBuf *b, JitSize sz, JitReg r);
void jit_inc_m(JitBuf *b, JitSize sz, JitMem m);
void jit_dec_m(JitBuf *b, JitSize sz, JitMem m);
/* Two- and three-operand signed multiply (S16, S32, S64): dst = dst * src, dst = src * imm. */
void jit_imul_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src);
void jit_imul_rm(JitBuf *b, JitSize sz, JitReg dst, JitMem src);
void jit_imul_rri(JitBuf *b, JitSize sz, JitReg dst, JitReg src, int32_t imm);
void jit_imul_rmi(JitBuf *b, JitSize sz, JitReg dst, JitMem src, int32_t imm);
/* Sign-extend eax into edx:eax (cdq) or rax into rdx:rax (cqo), before idiv. */
void jit_cdq(JitBuf *b);
void jit_cqo(JitBuf *b);
/* Shifts by an immediate (taken modulo the width by the hardware: 5 bits, 6 for S64) or by cl. */
void jit_shift_ri(JitBuf *b, JitShift op, JitSize sz, JitReg r, uint8_t imm);
void jit_shift_rcl(JitBuf *b, JitShift op, JitSize sz, JitReg r);
void jit_shift_mi(JitBuf *b, JitShift op, JitSize sz, JitMem m, uint8_t imm);
void jit_shift_mcl(JitBuf *b, JitShift op, JitSize sz, JitMem m);

void jit_mov_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src);
void jit_mov_rm(JitBuf *b, JitSize sz, JitReg dst, JitMem src);   /* load; S8/S16 keep the upper bits */
void jit_mov_mr(JitBuf *b, JitSize sz, JitMem dst, JitReg src);   /* store of the low sz bytes */
/* The shortest form for the value: S64 uses `mov r32, imm32` (zero-extending) for 0..2^32-1, the
 * sign-extended imm32 form for other int32 values, and movabs otherwise. */
void jit_mov_ri(JitBuf *b, JitSize sz, JitReg dst, int64_t imm);
void jit_mov_mi(JitBuf *b, JitSize sz, JitMem dst, int32_t imm);  /* S64: imm sign-extended */
/* Always the 10-byte `movabs r64, imm64`, whose immediate is the last 8 bytes of the instruction (a patchable
 * constant: inline-cache classes, addresses filled in later). */
void jit_movabs(JitBuf *b, JitReg dst, uint64_t imm);
/* Zero/sign extension of an S8 or S16 source into an S32 or S64 destination; jit_movsx_* with src_sz JIT_S32
 * and dst_sz JIT_S64 is movsxd. (A 32-bit jit_mov_rr zero-extends 32 to 64.) */
void jit_movzx_rr(JitBuf *b, JitSize dst_sz, JitSize src_sz, JitReg dst, JitReg src);
void jit_movzx_rm(JitBuf *b, JitSize dst_sz, JitSize src_sz, JitReg dst, JitMem src);
void jit_movsx_rr(JitBuf *b, JitSize dst_sz, JitSize src_sz, JitReg dst, JitReg src);
void jit_movsx_rm(JitBuf *b, JitSize dst_sz, JitSize src_sz, JitReg dst, JitMem src);
void jit_lea(JitBuf *b, JitSize sz, JitReg dst, JitMem src);     /* S32 or S64 */

void jit_push_r(JitBuf *b, JitReg r);
void jit_pop_r(JitBuf *b, JitReg r);
void jit_push_i(JitBuf *b, int32_t imm);      /* pushes imm sign-extended to 64 bits */
void jit_push_m(JitBuf *b, JitMem m);
void jit_pop_m(JitBuf *b, JitMem m);

void jit_setcc(JitBuf *b, JitCond cc, JitReg r);                         /* low byte of r = cc ? 1 : 0 */
void jit_cmov_rr(JitBuf *b, JitCond cc, JitSize sz, JitReg dst, JitReg src);   /* S16, S32, S64 */
void jit_cmov_rm(JitBuf *b, JitCond cc, JitSize sz, JitReg dst, JitMem src);
void jit_xchg_rr(JitBuf *b, JitSize sz, JitReg a, JitReg c);
/* Atomics: xchg with memory is always locked; cmpxchg compares with rax/eax and xadd adds, each atomic when
 * `lock` is set. */
void jit_xchg_mr(JitBuf *b, JitSize sz, JitMem m, JitReg r);
void jit_cmpxchg_mr(JitBuf *b, JitSize sz, JitMem m, JitReg r, bool lock);
void jit_xadd_mr(JitBuf *b, JitSize sz, JitMem m, JitReg r, bool lock);

/* ---- bit manipulation (jit_x64_bits.c) ----------------------------------------------------------------------
 * bswap (S32, S64: Integer/Long.reverseBytes), bsf/bsr (index of the lowest/highest set bit; ZF set and the
 * destination undefined for a zero source). Baseline x86-64. */
void jit_bswap(JitBuf *b, JitSize sz, JitReg r);
void jit_bsf_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src);
void jit_bsr_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src);
/* Not baseline: popcnt needs CPUID POPCNT, lzcnt ABM/LZCNT, tzcnt BMI1. On a CPU without them lzcnt and tzcnt
 * silently execute as bsr and bsf (the F3 prefix is ignored), so the compiler may emit these only when the CPU
 * features recorded in the snapshot header include them. S16, S32, S64. */
void jit_popcnt_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src);
void jit_lzcnt_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src);
void jit_tzcnt_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src);

void jit_ret(JitBuf *b);
void jit_int3(JitBuf *b);
void jit_ud2(JitBuf *b);
void jit_mfence(JitBuf *b);
/* n bytes of padding in the multi-byte NOP forms the SDM recommends (at most 9 bytes per instruction). */
void jit_nop(JitBuf *b, int n);
/* Pads with NOPs up to a multiple of `align` (a power of two) of the buffer position. */
void jit_align(JitBuf *b, int align);

/* ---- labels, jumps and calls (jit_x64_branch.c) -------------------------------------------------------------
 * A label is a position that may be referenced before it is known. Unresolved references are kept in two
 * chains threaded through the instructions' own displacement fields (no allocation): a rel32 field holds the
 * position+1 of the previous rel32 reference (0 ends the chain), a rel8 field the distance back to the previous
 * rel8 reference (0 ends it; two short jumps to one label are always within 255 bytes of each other).
 * jit_bind resolves both; a short reference that turns out out of reach sets range_error.
 * Jumps to a bound label take the rel8 form when it reaches; jumps to an unbound one take rel32 unless the
 * caller asks for rel8 with a *_short function. */
typedef struct JitLabel {
    int32_t pos;         /* bound position, or -1 */
    int32_t near_chain;  /* position+1 of the last unresolved rel32 reference, 0 if none */
    int32_t short_chain; /* position+1 of the last unresolved rel8 reference, 0 if none */
} JitLabel;
#define JIT_LABEL_INIT { -1, 0, 0 }
static inline void jit_label_init(JitLabel *l) { *l = (JitLabel)JIT_LABEL_INIT; }
static inline bool jit_label_bound(const JitLabel *l) { return l->pos >= 0; }
static inline bool jit_label_pending(const JitLabel *l) { return l->near_chain || l->short_chain; }
/* Binds l to the current position (once) and patches every earlier reference to it. */
void jit_bind(JitBuf *b, JitLabel *l);

void jit_jmp(JitBuf *b, JitLabel *l);
void jit_jmp_short(JitBuf *b, JitLabel *l);
void jit_jcc(JitBuf *b, JitCond cc, JitLabel *l);
void jit_jcc_short(JitBuf *b, JitCond cc, JitLabel *l);
void jit_call(JitBuf *b, JitLabel *l);
/* lea dst, [rip + l]: the run-time address of a label (return addresses, handler tables). */
void jit_lea_label(JitBuf *b, JitReg dst, JitLabel *l);
/* Direct call/jmp rel32 to an absolute address (relative to run_base); range_error beyond +-2 GiB. */
void jit_call_addr(JitBuf *b, uintptr_t target);
void jit_jmp_addr(JitBuf *b, uintptr_t target);
/* Indirect call/jmp through a register or a memory slot (the runtime entry table: call [reg + disp]). */
void jit_call_r(JitBuf *b, JitReg r);
void jit_call_m(JitBuf *b, JitMem m);
void jit_jmp_r(JitBuf *b, JitReg r);
void jit_jmp_m(JitBuf *b, JitMem m);
/* Rewrites the rel32 field at buffer position `at` (the 4 bytes before the end of a jump, call or rip-relative
 * instruction without immediate) to reach buffer position `target`. */
void jit_patch_rel32(JitBuf *b, int32_t at, int32_t target);

/* ---- SSE2 scalar floating point (jit_x64_sse.c) ------------------------------------------------------------ */
void jit_sse_rr(JitBuf *b, JitSse op, JitXmm dst, JitXmm src);
void jit_sse_rm(JitBuf *b, JitSse op, JitXmm dst, JitMem src);
void jit_movsd_mr(JitBuf *b, JitMem dst, JitXmm src);
void jit_movss_mr(JitBuf *b, JitMem dst, JitXmm src);
/* Integer (S32 or S64, signed) to double/float. */
void jit_cvtsi2sd_rr(JitBuf *b, JitSize sz, JitXmm dst, JitReg src);
void jit_cvtsi2sd_rm(JitBuf *b, JitSize sz, JitXmm dst, JitMem src);
void jit_cvtsi2ss_rr(JitBuf *b, JitSize sz, JitXmm dst, JitReg src);
void jit_cvtsi2ss_rm(JitBuf *b, JitSize sz, JitXmm dst, JitMem src);
/* double/float to integer (S32 or S64), truncating; NaN and out-of-range give the "integer indefinite"
 * 0x80000000 / 0x8000000000000000, which Java's d2i/d2l semantics must then correct. */
void jit_cvttsd2si_rr(JitBuf *b, JitSize sz, JitReg dst, JitXmm src);
void jit_cvttsd2si_rm(JitBuf *b, JitSize sz, JitReg dst, JitMem src);
void jit_cvttss2si_rr(JitBuf *b, JitSize sz, JitReg dst, JitXmm src);
void jit_cvttss2si_rm(JitBuf *b, JitSize sz, JitReg dst, JitMem src);
/* SSE4.1 (not baseline: only when the snapshot's CPU features include it) roundsd/roundss with an immediate
 * rounding mode: 0 nearest-even (Math.rint), 1 down (floor), 2 up (ceil), 3 toward zero; +8 suppresses the
 * precision exception. */
enum { JIT_ROUND_NEAREST = 0, JIT_ROUND_FLOOR = 1, JIT_ROUND_CEIL = 2, JIT_ROUND_TRUNC = 3 };
void jit_roundsd_rr(JitBuf *b, JitXmm dst, JitXmm src, uint8_t mode);
void jit_roundss_rr(JitBuf *b, JitXmm dst, JitXmm src, uint8_t mode);
/* Bit moves between the two register files: S64 is movq, S32 movd (zeroing the rest of the destination). */
void jit_movq_xr(JitBuf *b, JitSize sz, JitXmm dst, JitReg src);
void jit_movq_rx(JitBuf *b, JitSize sz, JitReg dst, JitXmm src);

#endif
