/* Integer, move, stack and miscellaneous instructions of the x86-64 encoder (see jit_x64.h). Each function
 * only chooses an opcode and operand order; jit_x64_emit.c lays out the bytes. */
#include "jit_x64_internal.h"

static const char *const alu_names[8] = {
#define ALU(name, mnem, digit) [digit] = mnem,
#include "jit_x64_alu.def"
#undef ALU
};
static const char *const shift_names[8] = {
#define SHIFT(name, mnem, digit) [digit] = mnem,
#include "jit_x64_alu.def"
#undef SHIFT
};
static const char *const unary_names[8] = {
#define UNARY(name, mnem, digit) [digit] = mnem,
#include "jit_x64_alu.def"
#undef UNARY
};
static const char *const cc_names[16] = {
#define CC(name, suffix) suffix,
#include "jit_x64_cc.def"
#undef CC
};

const char *jit_alu_name(JitAlu op) { return alu_names[op & 7]; }
const char *jit_shift_name(JitShift op) { return shift_names[op & 7]; }
const char *jit_unary_name(JitUnary op) { return unary_names[op & 7]; }
const char *jit_cc_name(JitCond cc) { return cc_names[cc & 15]; }

/* A two-byte (0F xx) opcode of width sz. */
static JitOpc opc_sized2(JitSize sz, uint8_t op8, uint8_t op, uint8_t byte_regs) {
    JitOpc o = jit_opc_sized(sz, op8, op, byte_regs);
    o.len = 2;
    o.op[1] = o.op[0];
    o.op[0] = 0x0F;
    return o;
}

/* The immediate of a full-width form: 1 byte for S8, 2 for S16, else 4 (sign-extended for S64). */
static int imm_len_of(JitSize sz) { return sz == JIT_S8 ? 1 : sz == JIT_S16 ? 2 : 4; }
/* What the hardware will see of imm at width sz (the low 8 or 16 bits, sign-extended). */
static int32_t imm_at(JitSize sz, int32_t imm) {
    return sz == JIT_S8 ? (int8_t)imm : sz == JIT_S16 ? (int16_t)imm : imm;
}

/* ---- ALU ----------------------------------------------------------------------------------------------- */
void jit_alu_rr(JitBuf *b, JitAlu op, JitSize sz, JitReg dst, JitReg src) {
    jit_x64_modrm(b, jit_opc_sized(sz, (uint8_t)(op * 8), (uint8_t)(op * 8 + 1), JIT_BYTE_REG | JIT_BYTE_RM),
                  src, dst, NULL, 0, 0);
}

void jit_alu_rm(JitBuf *b, JitAlu op, JitSize sz, JitReg dst, JitMem src) {
    jit_x64_modrm(b, jit_opc_sized(sz, (uint8_t)(op * 8 + 2), (uint8_t)(op * 8 + 3), JIT_BYTE_REG), dst, 0, &src,
                  0, 0);
}

void jit_alu_mr(JitBuf *b, JitAlu op, JitSize sz, JitMem dst, JitReg src) {
    jit_x64_modrm(b, jit_opc_sized(sz, (uint8_t)(op * 8), (uint8_t)(op * 8 + 1), JIT_BYTE_REG), src, 0, &dst, 0,
                  0);
}

/* 83 /digit ib when the value fits a sign-extended byte, else the rAX short form or 81 /digit iz. */
static void alu_imm(JitBuf *b, JitAlu op, JitSize sz, int rm, const JitMem *m, int32_t imm) {
    imm = imm_at(sz, imm);
    if (sz != JIT_S8 && jit_fits8(imm))
        jit_x64_modrm(b, jit_opc_sized(sz, 0, 0x83, 0), op, rm, m, imm, 1);
    else if (!m && rm == JIT_RAX)
        jit_x64_opreg(b, jit_opc_sized(sz, (uint8_t)(op * 8 + 4), (uint8_t)(op * 8 + 5), 0), 0, imm,
                      imm_len_of(sz));
    else
        jit_x64_modrm(b, jit_opc_sized(sz, 0x80, 0x81, JIT_BYTE_RM), op, rm, m, imm, imm_len_of(sz));
}

void jit_alu_ri(JitBuf *b, JitAlu op, JitSize sz, JitReg dst, int32_t imm) { alu_imm(b, op, sz, dst, NULL, imm); }
void jit_alu_mi(JitBuf *b, JitAlu op, JitSize sz, JitMem dst, int32_t imm) { alu_imm(b, op, sz, 0, &dst, imm); }

/* ---- TEST, the F6/F7 group, INC/DEC ---------------------------------------------------------------------- */
void jit_test_rr(JitBuf *b, JitSize sz, JitReg a, JitReg c) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0x84, 0x85, JIT_BYTE_REG | JIT_BYTE_RM), c, a, NULL, 0, 0);
}

void jit_test_mr(JitBuf *b, JitSize sz, JitMem a, JitReg c) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0x84, 0x85, JIT_BYTE_REG), c, 0, &a, 0, 0);
}

/* TEST has no imm8 form; only the rAX short form (A8/A9) saves the ModRM byte. */
void jit_test_ri(JitBuf *b, JitSize sz, JitReg a, int32_t imm) {
    imm = imm_at(sz, imm);
    if (a == JIT_RAX)
        jit_x64_opreg(b, jit_opc_sized(sz, 0xA8, 0xA9, 0), 0, imm, imm_len_of(sz));
    else
        jit_x64_modrm(b, jit_opc_sized(sz, 0xF6, 0xF7, JIT_BYTE_RM), 0, a, NULL, imm, imm_len_of(sz));
}

void jit_test_mi(JitBuf *b, JitSize sz, JitMem a, int32_t imm) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0xF6, 0xF7, 0), 0, 0, &a, imm_at(sz, imm), imm_len_of(sz));
}

void jit_unary_r(JitBuf *b, JitUnary op, JitSize sz, JitReg r) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0xF6, 0xF7, JIT_BYTE_RM), op, r, NULL, 0, 0);
}

void jit_unary_m(JitBuf *b, JitUnary op, JitSize sz, JitMem m) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0xF6, 0xF7, 0), op, 0, &m, 0, 0);
}

/* FE/FF /0 and /1 (the one-byte 40+r forms are REX prefixes in 64-bit mode). */
void jit_inc_r(JitBuf *b, JitSize sz, JitReg r) { jit_x64_modrm(b, jit_opc_sized(sz, 0xFE, 0xFF, JIT_BYTE_RM), 0, r, NULL, 0, 0); }
void jit_dec_r(JitBuf *b, JitSize sz, JitReg r) { jit_x64_modrm(b, jit_opc_sized(sz, 0xFE, 0xFF, JIT_BYTE_RM), 1, r, NULL, 0, 0); }
void jit_inc_m(JitBuf *b, JitSize sz, JitMem m) { jit_x64_modrm(b, jit_opc_sized(sz, 0xFE, 0xFF, 0), 0, 0, &m, 0, 0); }
void jit_dec_m(JitBuf *b, JitSize sz, JitMem m) { jit_x64_modrm(b, jit_opc_sized(sz, 0xFE, 0xFF, 0), 1, 0, &m, 0, 0); }

/* ---- multiply and divide helpers --------------------------------------------------------------------------- */
void jit_imul_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src) {
    assert(sz != JIT_S8);
    jit_x64_modrm(b, opc_sized2(sz, 0, 0xAF, 0), dst, src, NULL, 0, 0);
}

void jit_imul_rm(JitBuf *b, JitSize sz, JitReg dst, JitMem src) {
    assert(sz != JIT_S8);
    jit_x64_modrm(b, opc_sized2(sz, 0, 0xAF, 0), dst, 0, &src, 0, 0);
}

static void imul_imm(JitBuf *b, JitSize sz, JitReg dst, int rm, const JitMem *m, int32_t imm) {
    assert(sz != JIT_S8);
    imm = imm_at(sz, imm);
    if (jit_fits8(imm))
        jit_x64_modrm(b, jit_opc_sized(sz, 0, 0x6B, 0), dst, rm, m, imm, 1);
    else
        jit_x64_modrm(b, jit_opc_sized(sz, 0, 0x69, 0), dst, rm, m, imm, imm_len_of(sz));
}

void jit_imul_rri(JitBuf *b, JitSize sz, JitReg dst, JitReg src, int32_t imm) { imul_imm(b, sz, dst, src, NULL, imm); }
void jit_imul_rmi(JitBuf *b, JitSize sz, JitReg dst, JitMem src, int32_t imm) { imul_imm(b, sz, dst, 0, &src, imm); }

void jit_cdq(JitBuf *b) { jit_x64_put(b, (const uint8_t[]){ 0x99 }, 1); }
void jit_cqo(JitBuf *b) { jit_x64_put(b, (const uint8_t[]){ 0x48, 0x99 }, 2); }

/* ---- shifts ------------------------------------------------------------------------------------------------ */
static void shift_imm(JitBuf *b, JitShift op, JitSize sz, int rm, const JitMem *m, uint8_t imm) {
    uint8_t br = m ? 0 : JIT_BYTE_RM;
    if (imm == 1)
        jit_x64_modrm(b, jit_opc_sized(sz, 0xD0, 0xD1, br), op, rm, m, 0, 0);
    else
        jit_x64_modrm(b, jit_opc_sized(sz, 0xC0, 0xC1, br), op, rm, m, imm, 1);
}

void jit_shift_ri(JitBuf *b, JitShift op, JitSize sz, JitReg r, uint8_t imm) { shift_imm(b, op, sz, r, NULL, imm); }
void jit_shift_mi(JitBuf *b, JitShift op, JitSize sz, JitMem m, uint8_t imm) { shift_imm(b, op, sz, 0, &m, imm); }
void jit_shift_rcl(JitBuf *b, JitShift op, JitSize sz, JitReg r) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0xD2, 0xD3, JIT_BYTE_RM), op, r, NULL, 0, 0);
}
void jit_shift_mcl(JitBuf *b, JitShift op, JitSize sz, JitMem m) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0xD2, 0xD3, 0), op, 0, &m, 0, 0);
}

/* ---- moves ------------------------------------------------------------------------------------------------- */
void jit_mov_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0x88, 0x89, JIT_BYTE_REG | JIT_BYTE_RM), src, dst, NULL, 0, 0);
}

void jit_mov_rm(JitBuf *b, JitSize sz, JitReg dst, JitMem src) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0x8A, 0x8B, JIT_BYTE_REG), dst, 0, &src, 0, 0);
}

void jit_mov_mr(JitBuf *b, JitSize sz, JitMem dst, JitReg src) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0x88, 0x89, JIT_BYTE_REG), src, 0, &dst, 0, 0);
}

void jit_mov_ri(JitBuf *b, JitSize sz, JitReg dst, int64_t imm) {
    if (sz == JIT_S64) {
        if (imm >= 0 && imm <= (int64_t)UINT32_MAX) {
            sz = JIT_S32;  /* B8+r id: writing the 32-bit register zeroes the upper half */
        } else if (jit_fits32(imm)) {
            jit_x64_modrm(b, jit_opc_sized(JIT_S64, 0, 0xC7, 0), 0, dst, NULL, imm, 4);
            return;
        } else {
            jit_movabs(b, dst, (uint64_t)imm);
            return;
        }
    }
    jit_x64_opreg(b, jit_opc_sized(sz, 0xB0, 0xB8, JIT_BYTE_REG), dst, imm, imm_len_of(sz));
}

void jit_mov_mi(JitBuf *b, JitSize sz, JitMem dst, int32_t imm) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0xC6, 0xC7, 0), 0, 0, &dst, imm_at(sz, imm), imm_len_of(sz));
}

void jit_movabs(JitBuf *b, JitReg dst, uint64_t imm) {
    jit_x64_opreg(b, jit_opc_sized(JIT_S64, 0, 0xB8, 0), dst, (int64_t)imm, 8);
}

/* 0F B6/B7 (zero) and 0F BE/BF (sign) take a byte or word source; movsxd is REX.W 63. The destination width
 * is the operand size (66 / none / REX.W). */
static JitOpc opc_extend(bool sign, JitSize dst_sz, JitSize src_sz) {
    assert(dst_sz > src_sz && dst_sz != JIT_S8);
    if (src_sz == JIT_S32) {
        assert(sign && dst_sz == JIT_S64);
        return jit_opc_sized(JIT_S64, 0, 0x63, 0);
    }
    uint8_t op = (uint8_t)((sign ? 0xBE : 0xB6) + (src_sz == JIT_S16));
    return opc_sized2(dst_sz, 0, op, 0);
}

static void extend(JitBuf *b, bool sign, JitSize dst_sz, JitSize src_sz, JitReg dst, int src, const JitMem *m) {
    JitOpc o = opc_extend(sign, dst_sz, src_sz);
    if (src_sz == JIT_S8) o.byte_regs = JIT_BYTE_RM;
    jit_x64_modrm(b, o, dst, src, m, 0, 0);
}

void jit_movzx_rr(JitBuf *b, JitSize dst_sz, JitSize src_sz, JitReg dst, JitReg src) {
    extend(b, false, dst_sz, src_sz, dst, src, NULL);
}
void jit_movzx_rm(JitBuf *b, JitSize dst_sz, JitSize src_sz, JitReg dst, JitMem src) {
    extend(b, false, dst_sz, src_sz, dst, 0, &src);
}
void jit_movsx_rr(JitBuf *b, JitSize dst_sz, JitSize src_sz, JitReg dst, JitReg src) {
    extend(b, true, dst_sz, src_sz, dst, src, NULL);
}
void jit_movsx_rm(JitBuf *b, JitSize dst_sz, JitSize src_sz, JitReg dst, JitMem src) {
    extend(b, true, dst_sz, src_sz, dst, 0, &src);
}

void jit_lea(JitBuf *b, JitSize sz, JitReg dst, JitMem src) {
    assert(sz == JIT_S32 || sz == JIT_S64);
    jit_x64_modrm(b, jit_opc_sized(sz, 0, 0x8D, 0), dst, 0, &src, 0, 0);
}

/* ---- stack ------------------------------------------------------------------------------------------------- */
/* push/pop are 64-bit by default in 64-bit mode: no REX.W. */
void jit_push_r(JitBuf *b, JitReg r) { jit_x64_opreg(b, jit_opc1(0x50), r, 0, 0); }
void jit_pop_r(JitBuf *b, JitReg r) { jit_x64_opreg(b, jit_opc1(0x58), r, 0, 0); }
void jit_push_i(JitBuf *b, int32_t imm) {
    if (jit_fits8(imm))
        jit_x64_opreg(b, jit_opc1(0x6A), 0, imm, 1);
    else
        jit_x64_opreg(b, jit_opc1(0x68), 0, imm, 4);
}
void jit_push_m(JitBuf *b, JitMem m) { jit_x64_modrm(b, jit_opc1(0xFF), 6, 0, &m, 0, 0); }
void jit_pop_m(JitBuf *b, JitMem m) { jit_x64_modrm(b, jit_opc1(0x8F), 0, 0, &m, 0, 0); }

/* ---- conditional moves and sets ---------------------------------------------------------------------------- */
void jit_setcc(JitBuf *b, JitCond cc, JitReg r) {
    JitOpc o = jit_opc2((uint8_t)(0x90 + cc));
    o.byte_regs = JIT_BYTE_RM;
    jit_x64_modrm(b, o, 0, r, NULL, 0, 0);
}

void jit_cmov_rr(JitBuf *b, JitCond cc, JitSize sz, JitReg dst, JitReg src) {
    assert(sz != JIT_S8);
    jit_x64_modrm(b, opc_sized2(sz, 0, (uint8_t)(0x40 + cc), 0), dst, src, NULL, 0, 0);
}

void jit_cmov_rm(JitBuf *b, JitCond cc, JitSize sz, JitReg dst, JitMem src) {
    assert(sz != JIT_S8);
    jit_x64_modrm(b, opc_sized2(sz, 0, (uint8_t)(0x40 + cc), 0), dst, 0, &src, 0, 0);
}

void jit_xchg_rr(JitBuf *b, JitSize sz, JitReg a, JitReg c) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0x86, 0x87, JIT_BYTE_REG | JIT_BYTE_RM), c, a, NULL, 0, 0);
}

/* ---- atomics ----------------------------------------------------------------------------------------------- */
void jit_xchg_mr(JitBuf *b, JitSize sz, JitMem m, JitReg r) {
    jit_x64_modrm(b, jit_opc_sized(sz, 0x86, 0x87, JIT_BYTE_REG), r, 0, &m, 0, 0);
}

void jit_cmpxchg_mr(JitBuf *b, JitSize sz, JitMem m, JitReg r, bool lock) {
    JitOpc o = opc_sized2(sz, 0xB0, 0xB1, JIT_BYTE_REG);
    o.pfx1 = lock ? 0xF0 : 0;
    jit_x64_modrm(b, o, r, 0, &m, 0, 0);
}

void jit_xadd_mr(JitBuf *b, JitSize sz, JitMem m, JitReg r, bool lock) {
    JitOpc o = opc_sized2(sz, 0xC0, 0xC1, JIT_BYTE_REG);
    o.pfx1 = lock ? 0xF0 : 0;
    jit_x64_modrm(b, o, r, 0, &m, 0, 0);
}

/* ---- fixed instructions and padding ------------------------------------------------------------------------ */
void jit_ret(JitBuf *b) { jit_x64_put(b, (const uint8_t[]){ 0xC3 }, 1); }
void jit_int3(JitBuf *b) { jit_x64_put(b, (const uint8_t[]){ 0xCC }, 1); }
void jit_ud2(JitBuf *b) { jit_x64_put(b, (const uint8_t[]){ 0x0F, 0x0B }, 2); }
void jit_mfence(JitBuf *b) { jit_x64_put(b, (const uint8_t[]){ 0x0F, 0xAE, 0xF0 }, 3); }

/* The SDM's recommended NOP of each length 1..9 (vol. 2B, NOP): 90, 66 90, then 0F 1F /0 with ever longer
 * memory operands ([rax], [rax+0], [rax+rax+0], a 66 prefix, disp32 forms). */
static const uint8_t nops[9][9] = {
    { 0x90 },
    { 0x66, 0x90 },
    { 0x0F, 0x1F, 0x00 },
    { 0x0F, 0x1F, 0x40, 0x00 },
    { 0x0F, 0x1F, 0x44, 0x00, 0x00 },
    { 0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00 },
    { 0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00 },
    { 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
    { 0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
};

void jit_nop(JitBuf *b, int n) {
    if (b->overflow || b->end - b->p < n) {  /* all of the padding or none, like one instruction */
        b->overflow = true;
        return;
    }
    while (n > 0) {
        int k = n > 9 ? 9 : n;
        if (!jit_x64_put(b, nops[k - 1], k)) return;
        n -= k;
    }
}

void jit_align(JitBuf *b, int align) {
    assert(align > 0 && (align & (align - 1)) == 0);
    jit_nop(b, -jit_pos(b) & (align - 1));
}
