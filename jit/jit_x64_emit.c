/* The encoder's core: the buffer, and the one place that lays out prefixes, REX, opcode, ModRM, SIB,
 * displacement and immediate (Intel SDM vol. 2, chapter 2). Every instruction goes through jit_x64_modrm or
 * jit_x64_opreg, or is a fixed byte sequence handed to jit_x64_put. */
#include <string.h>

#include "jit_x64_internal.h"

void jit_buf_init(JitBuf *b, void *mem, size_t size) {
    b->start = b->p = mem;
    b->end = b->start + size;
    b->overflow = false;
    b->range_error = false;
    b->run_base = (uintptr_t)mem;
}

bool jit_x64_put(JitBuf *b, const uint8_t *bytes, int n) {
    if (b->overflow || b->end - b->p < n) {
        b->overflow = true;
        return false;
    }
    memcpy(b->p, bytes, (size_t)n);
    b->p += n;
    return true;
}

void jit_emit_bytes(JitBuf *b, const void *bytes, size_t n) {
    if (b->overflow || (size_t)(b->end - b->p) < n) {
        b->overflow = true;
        return;
    }
    memcpy(b->p, bytes, n);
    b->p += n;
}

void jit_emit_u32(JitBuf *b, uint32_t v) {
    uint8_t le[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };
    jit_emit_bytes(b, le, 4);
}

void jit_emit_u64(JitBuf *b, uint64_t v) {
    uint8_t le[8];
    for (int i = 0; i < 8; i++) le[i] = (uint8_t)(v >> (8 * i));
    jit_emit_bytes(b, le, 8);
}

JitMem jit_mem_rip_addr(JitBuf *b, uintptr_t addr) {
    int64_t pos = (int64_t)(addr - b->run_base);
    if (!jit_fits32(pos)) {
        b->range_error = true;
        pos = 0;
    }
    return jit_mem_rip((int32_t)pos);
}

JitOpc jit_opc_sized(JitSize sz, uint8_t op8, uint8_t op, uint8_t byte_regs) {
    JitOpc o = jit_opc1(op);
    switch (sz) {
    case JIT_S8: o.op[0] = op8; o.byte_regs = byte_regs; break;
    case JIT_S16: o.pfx = 0x66; break;
    case JIT_S32: break;
    case JIT_S64: o.w = true; break;
    }
    return o;
}

static int put_le(uint8_t *c, int64_t v, int len) {
    for (int i = 0; i < len; i++) c[i] = (uint8_t)((uint64_t)v >> (8 * i));
    return len;
}

static int scale_bits(int scale) {
    switch (scale) {
    case 1: return 0;
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    }
    assert(!"scale must be 1, 2, 4 or 8");
    return 0;
}

/* Prefixes in the order the hardware requires: lock (or 66 before a mandatory prefix), then the
 * mandatory/operand-size prefix, then REX immediately before the opcode. */
static int put_prefixes(uint8_t *c, JitOpc o, uint8_t rex, bool need_rex) {
    int n = 0;
    if (o.pfx1) c[n++] = o.pfx1;
    if (o.pfx) c[n++] = o.pfx;
    if (o.w) rex |= 8;
    if (rex || need_rex) c[n++] = (uint8_t)(0x40 | rex);
    for (int i = 0; i < o.len; i++) c[n++] = o.op[i];
    return n;
}

void jit_x64_modrm(JitBuf *b, JitOpc o, int reg, int rm, const JitMem *m, int64_t imm, int imm_len) {
    assert(reg >= 0 && reg < 16);
    uint8_t rex = 0;    /* the W R X B bits (0x40 is added by put_prefixes) */
    bool need_rex = false;
    if (reg & 8) rex |= 4;
    if ((o.byte_regs & JIT_BYTE_REG) && reg >= 4 && reg < 8) need_rex = true;

    uint8_t modrm, sib = 0;
    bool has_sib = false, rip = false;
    int disp_len = 0;
    int32_t disp = 0;
    if (!m) {
        assert(rm >= 0 && rm < 16);
        if (rm & 8) rex |= 1;
        if ((o.byte_regs & JIT_BYTE_RM) && rm >= 4 && rm < 8) need_rex = true;
        modrm = (uint8_t)(0xC0 | (reg & 7) << 3 | (rm & 7));
    } else if (m->base == JIT_RIP) {
        /* mod 00, rm 101: [rip + disp32] in 64-bit mode. */
        assert(m->index == JIT_NOREG);
        modrm = (uint8_t)((reg & 7) << 3 | 5);
        rip = true;
        disp_len = 4;
    } else {
        int base = m->base, index = m->index;
        assert(base <= JIT_R15 || base == JIT_NOREG);
        assert(index != JIT_RSP && (index <= JIT_R15 || index == JIT_NOREG));
        disp = m->disp;
        /* SIB index 100 with REX.X clear means "no index"; r12 (100 with REX.X) is a real index. */
        int sib_index = index == JIT_NOREG ? 4 : index;
        if (sib_index & 8) rex |= 2;
        if (base == JIT_NOREG) {
            /* mod 00, SIB base 101: [index*scale + disp32], always a 4-byte displacement. (mod 00 with
             * rm 101 would be rip-relative, so an absolute address needs the SIB form too.) */
            modrm = (uint8_t)((reg & 7) << 3 | 4);
            sib = (uint8_t)(scale_bits(m->scale) << 6 | (sib_index & 7) << 3 | 5);
            has_sib = true;
            disp_len = 4;
        } else {
            if (base & 8) rex |= 1;
            /* rbp/r13 (low bits 101) with mod 00 would mean rip/no-base, so they take a zero disp8. */
            int mod = disp == 0 && (base & 7) != 5 ? 0 : jit_fits8(disp) ? 1 : 2;
            disp_len = mod == 0 ? 0 : mod == 1 ? 1 : 4;
            if (index != JIT_NOREG || (base & 7) == 4) {
                /* rm 100 means "SIB follows": rsp/r12 as a base need a SIB byte even without an index. */
                modrm = (uint8_t)(mod << 6 | (reg & 7) << 3 | 4);
                sib = (uint8_t)(scale_bits(index == JIT_NOREG ? 1 : m->scale) << 6 | (sib_index & 7) << 3 |
                                (base & 7));
                has_sib = true;
            } else {
                modrm = (uint8_t)(mod << 6 | (reg & 7) << 3 | (base & 7));
            }
        }
    }

    uint8_t c[16];
    int n = put_prefixes(c, o, rex, need_rex);
    c[n++] = modrm;
    if (has_sib) c[n++] = sib;
    int disp_at = n;
    n += disp_len;
    int total = n + imm_len;
    assert(total <= 15);
    if (rip) {
        /* relative to the end of the whole instruction, immediate included */
        int64_t rel = (int64_t)m->disp - (jit_pos(b) + total);
        if (!jit_fits32(rel)) {
            b->range_error = true;
            rel = 0;
        }
        disp = (int32_t)rel;
    }
    put_le(c + disp_at, disp, disp_len);
    n += put_le(c + n, imm, imm_len);
    jit_x64_put(b, c, n);
}

void jit_x64_opreg(JitBuf *b, JitOpc o, int reg, int64_t imm, int imm_len) {
    assert(reg >= 0 && reg < 16);
    uint8_t c[16];
    o.op[o.len - 1] = (uint8_t)(o.op[o.len - 1] + (reg & 7));
    int n = put_prefixes(c, o, reg & 8 ? 1 : 0, (o.byte_regs & JIT_BYTE_REG) && reg >= 4 && reg < 8);
    n += put_le(c + n, imm, imm_len);
    jit_x64_put(b, c, n);
}
