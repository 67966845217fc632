/* jit_x64_internal.h — the encoder's shared core (jit_x64_emit.c), used by the instruction files
 * jit_x64_int.c, jit_x64_bits.c, jit_x64_sse.c and jit_x64_branch.c. Not for use outside the encoder. */
#ifndef EMBER_JIT_X64_INTERNAL_H
#define EMBER_JIT_X64_INTERNAL_H

#include <assert.h>

#include "jit_x64.h"

/* Which operands of an instruction are 8-bit general registers. Registers 4..7 as 8-bit operands mean
 * spl/bpl/sil/dil only when a REX prefix is present (without one they are ah/ch/dh/bh), so such an operand
 * forces a REX prefix even when all its bits are 0. */
enum { JIT_BYTE_REG = 1, JIT_BYTE_RM = 2 };

/* The fixed part of an instruction: prefixes and opcode. */
typedef struct JitOpc {
    uint8_t pfx1;      /* 0, or a legacy prefix placed before pfx: F0 (lock), or 66 (16-bit operand size)
                        * when pfx is a mandatory F3 (popcnt/lzcnt/tzcnt) */
    uint8_t pfx;       /* 0, or 0x66 (16-bit operand size or SSE2 "pd"), 0xF2, 0xF3 (SSE "sd"/"ss") */
    bool w;            /* REX.W: 64-bit operand size */
    uint8_t byte_regs; /* JIT_BYTE_REG | JIT_BYTE_RM */
    uint8_t len;       /* 1..3 opcode bytes */
    uint8_t op[3];
} JitOpc;

static inline JitOpc jit_opc1(uint8_t op) { return (JitOpc){ .len = 1, .op = { op } }; }
static inline JitOpc jit_opc2(uint8_t op) { return (JitOpc){ .len = 2, .op = { 0x0F, op } }; }
/* A one-byte opcode whose operand width is sz: op8 for S8 (marking the operands named by byte_regs as
 * 8-bit registers), `op` with a 66 prefix for S16, plain for S32 and with REX.W for S64. */
JitOpc jit_opc_sized(JitSize sz, uint8_t op8, uint8_t op, uint8_t byte_regs);

/* Encodes `opc` with ModRM: `reg` (a register number or a /digit) in ModRM.reg, and the r/m operand either the
 * register `rm` (when m is NULL) or the memory operand *m, followed by an imm_len-byte little-endian immediate
 * (imm_len 0, 1, 2, 4 or 8). The instruction is written whole or not at all. */
void jit_x64_modrm(JitBuf *b, JitOpc opc, int reg, int rm, const JitMem *m, int64_t imm, int imm_len);
/* Encodes an opcode that carries a register in its low three bits (push, pop, mov r, imm; REX.B for r8..r15),
 * followed by an immediate. */
void jit_x64_opreg(JitBuf *b, JitOpc opc, int reg, int64_t imm, int imm_len);
/* Appends n bytes (an instruction assembled by the caller), or sets overflow if they do not fit. Returns
 * whether they were written. */
bool jit_x64_put(JitBuf *b, const uint8_t *bytes, int n);

static inline bool jit_fits8(int64_t v) { return v >= -128 && v <= 127; }
static inline bool jit_fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

#endif
