/* Labels, jumps and calls of the x86-64 encoder (see jit_x64.h for the label chains).
 *
 * Invariant: a reference joins a label's chain only once its instruction is in the buffer (jit_x64_put
 * succeeded), so every chain link points at a displacement field below the current position even after an
 * overflow; jit_bind still checks each link against the buffer before following it. */
#include <string.h>

#include "jit_x64_internal.h"

static void wr32(uint8_t *p, int32_t v) {
    uint32_t u = (uint32_t)v;
    p[0] = (uint8_t)u, p[1] = (uint8_t)(u >> 8), p[2] = (uint8_t)(u >> 16), p[3] = (uint8_t)(u >> 24);
}

static int32_t rd32(const uint8_t *p) {
    return (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
}

/* Emits `op` (1..3 bytes) followed by a rel32 to l: the displacement if l is bound, else a link in its chain. */
static void ref_rel32(JitBuf *b, const uint8_t *op, int oplen, JitLabel *l) {
    uint8_t c[8];
    memcpy(c, op, (size_t)oplen);
    int32_t at = jit_pos(b) + oplen;
    wr32(c + oplen, l->pos >= 0 ? l->pos - (at + 4) : l->near_chain);
    if (jit_x64_put(b, c, oplen + 4) && l->pos < 0) l->near_chain = at + 1;
}

/* Emits the one-byte opcode `op` followed by a rel8 to l. */
static void ref_rel8(JitBuf *b, uint8_t op, JitLabel *l) {
    int32_t at = jit_pos(b) + 1, v;
    bool ok;
    if (l->pos >= 0) {
        v = l->pos - (at + 1);
        ok = jit_fits8(v);
    } else {
        /* Two short references that both reach one label are less than 128 bytes apart. */
        v = l->short_chain ? at - (l->short_chain - 1) : 0;
        ok = v <= 255;
    }
    if (!ok) {
        b->range_error = true;
        v = 0;
    }
    uint8_t c[2] = { op, (uint8_t)v };
    if (jit_x64_put(b, c, 2) && l->pos < 0) l->short_chain = at + 1;
}

void jit_bind(JitBuf *b, JitLabel *l) {
    assert(l->pos < 0);
    int32_t pos = jit_pos(b);
    l->pos = pos;
    /* Links only go backwards; anything else means a corrupted chain, which is reported, not followed. */
    for (int32_t link = l->near_chain; link;) {
        int32_t at = link - 1;
        if (at < 0 || at + 4 > pos) {
            b->range_error = true;
            break;
        }
        int32_t next = rd32(b->start + at);
        wr32(b->start + at, pos - (at + 4));
        if (next >= link) {
            if (next) b->range_error = true;
            break;
        }
        link = next;
    }
    for (int32_t link = l->short_chain; link;) {
        int32_t at = link - 1;
        if (at < 0 || at + 1 > pos) {
            b->range_error = true;
            break;
        }
        int delta = b->start[at];
        int32_t rel = pos - (at + 1);
        if (!jit_fits8(rel)) b->range_error = true;
        b->start[at] = (uint8_t)rel;
        link = delta ? link - delta : 0;
    }
    l->near_chain = l->short_chain = 0;
}

/* A bound label takes the 2-byte form when the target is within rel8 of the instruction's end. */
static bool short_reaches(const JitBuf *b, const JitLabel *l) {
    return l->pos >= 0 && jit_fits8(l->pos - (jit_pos(b) + 2));
}

void jit_jmp(JitBuf *b, JitLabel *l) {
    if (short_reaches(b, l))
        ref_rel8(b, 0xEB, l);
    else
        ref_rel32(b, (const uint8_t[]){ 0xE9 }, 1, l);
}

void jit_jmp_short(JitBuf *b, JitLabel *l) { ref_rel8(b, 0xEB, l); }

void jit_jcc(JitBuf *b, JitCond cc, JitLabel *l) {
    if (short_reaches(b, l))
        ref_rel8(b, (uint8_t)(0x70 + cc), l);
    else
        ref_rel32(b, (const uint8_t[]){ 0x0F, (uint8_t)(0x80 + cc) }, 2, l);
}

void jit_jcc_short(JitBuf *b, JitCond cc, JitLabel *l) { ref_rel8(b, (uint8_t)(0x70 + cc), l); }

void jit_call(JitBuf *b, JitLabel *l) { ref_rel32(b, (const uint8_t[]){ 0xE8 }, 1, l); }

/* REX.W 8D /r with mod 00 rm 101: the rel32 is the instruction's last field, so it chains like a jump's. */
void jit_lea_label(JitBuf *b, JitReg dst, JitLabel *l) {
    uint8_t op[3] = { (uint8_t)(0x48 | (dst & 8 ? 4 : 0)), 0x8D, (uint8_t)((dst & 7) << 3 | 5) };
    ref_rel32(b, op, 3, l);
}

static void rel32_abs(JitBuf *b, uint8_t op, uintptr_t target) {
    int64_t rel = (int64_t)(target - (b->run_base + (uintptr_t)jit_pos(b) + 5));
    if (!jit_fits32(rel)) {
        b->range_error = true;
        rel = 0;
    }
    uint8_t c[5] = { op };
    wr32(c + 1, (int32_t)rel);
    jit_x64_put(b, c, 5);
}

void jit_call_addr(JitBuf *b, uintptr_t target) { rel32_abs(b, 0xE8, target); }
void jit_jmp_addr(JitBuf *b, uintptr_t target) { rel32_abs(b, 0xE9, target); }

/* FF /2 (call) and FF /4 (jmp): 64-bit operands by default, no REX.W. */
void jit_call_r(JitBuf *b, JitReg r) { jit_x64_modrm(b, jit_opc1(0xFF), 2, r, NULL, 0, 0); }
void jit_call_m(JitBuf *b, JitMem m) { jit_x64_modrm(b, jit_opc1(0xFF), 2, 0, &m, 0, 0); }
void jit_jmp_r(JitBuf *b, JitReg r) { jit_x64_modrm(b, jit_opc1(0xFF), 4, r, NULL, 0, 0); }
void jit_jmp_m(JitBuf *b, JitMem m) { jit_x64_modrm(b, jit_opc1(0xFF), 4, 0, &m, 0, 0); }

void jit_patch_rel32(JitBuf *b, int32_t at, int32_t target) {
    if (at < 0 || at + 4 > jit_pos(b)) {
        b->range_error = true;
        return;
    }
    wr32(b->start + at, target - (at + 4));
}
