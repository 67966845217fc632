/* Bit-manipulation instructions of the x86-64 encoder (see jit_x64.h): bswap, bsf/bsr, and the
 * feature-dependent popcnt/lzcnt/tzcnt (F3 0F B8/BD/BC: lzcnt and tzcnt are the bsr/bsf opcodes with a
 * mandatory F3 prefix, which is why a CPU without the feature runs them as bsr/bsf instead of faulting). */
#include "jit_x64_internal.h"

/* 0F op /r at width sz (S16: 66, S64: REX.W), with the mandatory F3 prefix when `f3`; a 16-bit operand size
 * prefix then goes first (66 F3 0F xx). */
static void op0f_rr(JitBuf *b, JitSize sz, bool f3, uint8_t op, JitReg dst, JitReg src) {
    assert(sz != JIT_S8);
    JitOpc o = jit_opc2(op);
    o.w = sz == JIT_S64;
    if (f3) {
        o.pfx = 0xF3;
        if (sz == JIT_S16) o.pfx1 = 0x66;
    } else if (sz == JIT_S16) {
        o.pfx = 0x66;
    }
    jit_x64_modrm(b, o, dst, src, NULL, 0, 0);
}

void jit_bswap(JitBuf *b, JitSize sz, JitReg r) {
    assert(sz == JIT_S32 || sz == JIT_S64);
    JitOpc o = jit_opc2(0xC8);  /* 0F C8+r */
    o.w = sz == JIT_S64;
    jit_x64_opreg(b, o, r, 0, 0);
}

void jit_bsf_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src) { op0f_rr(b, sz, false, 0xBC, dst, src); }
void jit_bsr_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src) { op0f_rr(b, sz, false, 0xBD, dst, src); }
void jit_popcnt_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src) { op0f_rr(b, sz, true, 0xB8, dst, src); }
void jit_lzcnt_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src) { op0f_rr(b, sz, true, 0xBD, dst, src); }
void jit_tzcnt_rr(JitBuf *b, JitSize sz, JitReg dst, JitReg src) { op0f_rr(b, sz, true, 0xBC, dst, src); }
