/* SSE2 scalar floating-point instructions of the x86-64 encoder (see jit_x64.h, jit_x64_sse.def). All have
 * the shape [prefix] [REX] 0F op ModRM, with the XMM or general register in ModRM.reg as the SDM lists it;
 * REX.W selects a 64-bit general-register operand in the conversions and movq. */
#include "jit_x64_internal.h"

typedef struct SseInfo {
    const char *name;
    uint8_t pfx, op, memsize;
} SseInfo;

static const SseInfo sse_ops[JIT_SSE_COUNT] = {
#define SSE(name, mnem, pfx, opc, memsize) [JIT_SSE_##name] = { mnem, pfx, opc, memsize },
#include "jit_x64_sse.def"
#undef SSE
};

const char *jit_sse_name(JitSse op) { return sse_ops[op].name; }
int jit_sse_memsize(JitSse op) { return sse_ops[op].memsize; }

static JitOpc sse_opc(uint8_t pfx, uint8_t op, bool w) {
    JitOpc o = jit_opc2(op);
    o.pfx = pfx;
    o.w = w;
    return o;
}

static JitOpc table_opc(JitSse op) {
    assert((unsigned)op < JIT_SSE_COUNT);
    return sse_opc(sse_ops[op].pfx, sse_ops[op].op, false);
}

void jit_sse_rr(JitBuf *b, JitSse op, JitXmm dst, JitXmm src) { jit_x64_modrm(b, table_opc(op), dst, src, NULL, 0, 0); }
void jit_sse_rm(JitBuf *b, JitSse op, JitXmm dst, JitMem src) { jit_x64_modrm(b, table_opc(op), dst, 0, &src, 0, 0); }

/* The stores are the loads' opcode + 1 (0F 11). */
void jit_movsd_mr(JitBuf *b, JitMem dst, JitXmm src) { jit_x64_modrm(b, sse_opc(0xF2, 0x11, false), src, 0, &dst, 0, 0); }
void jit_movss_mr(JitBuf *b, JitMem dst, JitXmm src) { jit_x64_modrm(b, sse_opc(0xF3, 0x11, false), src, 0, &dst, 0, 0); }

static bool wide(JitSize sz) {
    assert(sz == JIT_S32 || sz == JIT_S64);
    return sz == JIT_S64;
}

/* cvtsi2sd/ss: 0F 2A, xmm in reg, integer source in r/m. */
void jit_cvtsi2sd_rr(JitBuf *b, JitSize sz, JitXmm dst, JitReg src) {
    jit_x64_modrm(b, sse_opc(0xF2, 0x2A, wide(sz)), dst, src, NULL, 0, 0);
}
void jit_cvtsi2sd_rm(JitBuf *b, JitSize sz, JitXmm dst, JitMem src) {
    jit_x64_modrm(b, sse_opc(0xF2, 0x2A, wide(sz)), dst, 0, &src, 0, 0);
}
void jit_cvtsi2ss_rr(JitBuf *b, JitSize sz, JitXmm dst, JitReg src) {
    jit_x64_modrm(b, sse_opc(0xF3, 0x2A, wide(sz)), dst, src, NULL, 0, 0);
}
void jit_cvtsi2ss_rm(JitBuf *b, JitSize sz, JitXmm dst, JitMem src) {
    jit_x64_modrm(b, sse_opc(0xF3, 0x2A, wide(sz)), dst, 0, &src, 0, 0);
}

/* cvttsd2si/cvttss2si: 0F 2C, integer destination in reg, xmm (or memory) source in r/m. */
void jit_cvttsd2si_rr(JitBuf *b, JitSize sz, JitReg dst, JitXmm src) {
    jit_x64_modrm(b, sse_opc(0xF2, 0x2C, wide(sz)), dst, src, NULL, 0, 0);
}
void jit_cvttsd2si_rm(JitBuf *b, JitSize sz, JitReg dst, JitMem src) {
    jit_x64_modrm(b, sse_opc(0xF2, 0x2C, wide(sz)), dst, 0, &src, 0, 0);
}
void jit_cvttss2si_rr(JitBuf *b, JitSize sz, JitReg dst, JitXmm src) {
    jit_x64_modrm(b, sse_opc(0xF3, 0x2C, wide(sz)), dst, src, NULL, 0, 0);
}
void jit_cvttss2si_rm(JitBuf *b, JitSize sz, JitReg dst, JitMem src) {
    jit_x64_modrm(b, sse_opc(0xF3, 0x2C, wide(sz)), dst, 0, &src, 0, 0);
}

/* 66 0F 6E: xmm <- r/m (movd/movq); 66 0F 7E: r/m <- xmm. The xmm register is ModRM.reg in both. */
void jit_movq_xr(JitBuf *b, JitSize sz, JitXmm dst, JitReg src) {
    jit_x64_modrm(b, sse_opc(0x66, 0x6E, wide(sz)), dst, src, NULL, 0, 0);
}
void jit_movq_rx(JitBuf *b, JitSize sz, JitReg dst, JitXmm src) {
    jit_x64_modrm(b, sse_opc(0x66, 0x7E, wide(sz)), src, dst, NULL, 0, 0);
}

/* 66 0F 3A 0B /r ib (roundsd) and 66 0F 3A 0A /r ib (roundss). */
static void round_rr(JitBuf *b, uint8_t op, JitXmm dst, JitXmm src, uint8_t mode) {
    JitOpc o = { .pfx = 0x66, .len = 3, .op = { 0x0F, 0x3A, op } };
    jit_x64_modrm(b, o, dst, src, NULL, mode, 1);
}
void jit_roundsd_rr(JitBuf *b, JitXmm dst, JitXmm src, uint8_t mode) { round_rr(b, 0x0B, dst, src, mode); }
void jit_roundss_rr(JitBuf *b, JitXmm dst, JitXmm src, uint8_t mode) { round_rr(b, 0x0A, dst, src, mode); }
