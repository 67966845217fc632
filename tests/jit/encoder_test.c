/* encoder_test — checks the x86-64 encoder (jit/jit_x64.h) instruction by instruction against capstone.
 *
 * Each check encodes one instruction from a description (operation, width, operands) into a fresh buffer and
 * builds the text capstone must print for it from the same description: the disassembly must be exactly one
 * instruction, of the length the encoder wrote, whose "mnemonic operands" equal the expected text. Groups
 * iterate over every register combination where the encoding differs (REX.R/X/B, rsp/r12 needing a SIB,
 * rbp/r13 needing a zero disp8, spl..dil needing a REX), over displacement and immediate boundaries (disp8
 * versus disp32, imm8 versus imm32, the rAX short forms), and over every operation of the .def tables.
 * Then labels and branches (sequences disassembled whole), buffer overflow, and execution of small functions
 * (encoder_exec.c). Prints PASS/FAIL per group and ends with `N passed, N failed` (groups).
 *
 * The expected texts follow capstone 4's Intel syntax: hex above 9, `[base + index*scale + disp]`, and its
 * rules for immediates (signed for sign-extended imm8 forms and 64-bit operands, masked to the operand width
 * otherwise, always masked for and/or/xor/test/mov), which the imm_* helpers below reproduce. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "encoder_test.h"

/* ---- harness ------------------------------------------------------------------------------------------- */
void group_begin(Ctx *t) { t->checks = t->bad = 0; }

void group_end(Ctx *t, const char *name) {
    if (t->bad == 0 && t->checks > 0) {
        printf("PASS %s (%ld checks)\n", name, t->checks);
        t->groups_passed++;
    } else {
        printf("FAIL %s (%ld of %ld checks failed)\n", name, t->bad, t->checks);
        t->groups_failed++;
    }
    fflush(stdout);
}

void check_result(Ctx *t, bool ok, const char *fmt, ...) {
    t->checks++;
    if (ok) return;
    if (t->bad++ < 8) {
        va_list ap;
        va_start(ap, fmt);
        printf("  mismatch: ");
        vprintf(fmt, ap);
        printf("\n");
        va_end(ap);
    }
}

/* A fresh buffer for the next instruction under test. */
static JitBuf *B(Ctx *t) {
    jit_buf_init(&t->b, t->buf, sizeof t->buf);
    return &t->b;
}

static char *str(Ctx *t) { return t->strs[t->next_str++ & 15]; }

static void hexbytes(char *out, size_t cap, const uint8_t *p, int n) {
    size_t k = 0;
    out[0] = 0;
    for (int i = 0; i < n && k + 4 < cap; i++) k += (size_t)snprintf(out + k, cap - k, "%02x ", p[i]);
}

static void insn_text(char *out, size_t cap, const cs_insn *in) {
    snprintf(out, cap, "%s%s%s", in->mnemonic, in->op_str[0] ? " " : "", in->op_str);
}

/* The instruction in t->b must disassemble to exactly `fmt...`, one instruction covering every byte. */
static void __attribute__((format(printf, 2, 3))) expect(Ctx *t, const char *fmt, ...) {
    char want[256], got[256] = "", bytes[128];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(want, sizeof want, fmt, ap);
    va_end(ap);
    int n = jit_pos(&t->b);
    cs_insn *in = NULL;
    size_t cnt = n > 0 ? cs_disasm(t->cs, t->b.start, (size_t)n, 0, 0, &in) : 0;
    if (cnt >= 1) insn_text(got, sizeof got, &in[0]);
    bool ok = jit_buf_ok(&t->b) && cnt == 1 && in[0].size == (uint16_t)n && strcmp(got, want) == 0;
    hexbytes(bytes, sizeof bytes, t->b.start, n);
    check_result(t, ok, "want '%s' got '%s' (%zu insns, %d bytes: %s)", want, got, cnt, n, bytes);
    if (cnt) cs_free(in, cnt);
}

/* A whole buffer must disassemble (at address `addr`) to the `n` texts in want[]. */
static void expect_seq(Ctx *t, const JitBuf *b, uint64_t addr, int n, char want[][96], const char *what) {
    int len = jit_pos(b);
    cs_insn *in = NULL;
    size_t cnt = len > 0 ? cs_disasm(t->cs, b->start, (size_t)len, addr, 0, &in) : 0;
    size_t covered = 0;
    bool ok = jit_buf_ok(b) && cnt == (size_t)n;
    char got[256];
    for (size_t i = 0; i < cnt; i++) {
        covered += in[i].size;
        insn_text(got, sizeof got, &in[i]);
        if (ok && strcmp(got, want[i]) != 0) {
            ok = false;
            check_result(t, false, "%s: instruction %zu: want '%s' got '%s'", what, i, want[i], got);
            if (cnt) cs_free(in, cnt);
            return;
        }
    }
    ok = ok && covered == (size_t)len;
    check_result(t, ok, "%s: %zu instructions of %d expected, %zu of %d bytes decoded%s", what, cnt, n, covered,
                 len, jit_buf_ok(b) ? "" : ", buffer not ok");
    if (cnt) cs_free(in, cnt);
}

/* ---- expected-text pieces ------------------------------------------------------------------------------ */
static const char *const reg64[16] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                       "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };
static const char *const reg32[16] = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
                                       "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d" };
static const char *const reg16[16] = { "ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
                                       "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w" };
static const char *const reg8[16] = { "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
                                      "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b" };
static const char *const xmmn[16] = { "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7",
                                      "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15" };
static const JitSize sizes[4] = { JIT_S8, JIT_S16, JIT_S32, JIT_S64 };
static const JitSize sizes_wide[3] = { JIT_S16, JIT_S32, JIT_S64 };

static const char *R(JitReg r, JitSize sz) {
    switch (sz) {
    case JIT_S8: return reg8[r];
    case JIT_S16: return reg16[r];
    case JIT_S32: return reg32[r];
    case JIT_S64: return reg64[r];
    }
    return "?";
}
static const char *X(JitXmm x) { return xmmn[x]; }

static const char *ptr(int size) {
    switch (size) {
    case 1: return "byte ptr ";
    case 2: return "word ptr ";
    case 4: return "dword ptr ";
    case 8: return "qword ptr ";
    case 16: return "xmmword ptr ";
    }
    return "";
}

static const char *fpos(Ctx *t, uint64_t v) {
    char *s = str(t);
    snprintf(s, 128, v > 9 ? "0x%" PRIx64 : "%" PRIu64, v);
    return s;
}
static const char *fsigned(Ctx *t, int64_t v) {
    if (v >= 0) return fpos(t, (uint64_t)v);
    char *s = str(t);
    snprintf(s, 128, v < -9 ? "-0x%" PRIx64 : "-%" PRIu64, (uint64_t)-v);
    return s;
}
static uint64_t mask(int sz) { return sz == 8 ? UINT64_MAX : ((uint64_t)1 << (8 * sz)) - 1; }
static const char *fmasked(Ctx *t, int64_t v, int sz) {
    return v >= 0 ? fpos(t, (uint64_t)v) : fpos(t, (uint64_t)v & mask(sz));
}
/* What the hardware sees of a 32-bit immediate at width sz. */
static int64_t at_width(int32_t imm, JitSize sz) {
    return sz == JIT_S8 ? (int8_t)imm : sz == JIT_S16 ? (int16_t)imm : imm;
}
static bool fits8(int64_t v) { return v >= -128 && v <= 127; }

/* capstone's printing of an ALU immediate: and/or/xor masked; add/adc/sbb/sub/cmp signed when encoded as a
 * sign-extended imm8 or at 64 bits, masked otherwise; byte operands always masked. */
static const char *imm_alu(Ctx *t, JitAlu op, JitSize sz, int32_t imm) {
    int64_t v = at_width(imm, sz);
    if (op == JIT_ALU_AND || op == JIT_ALU_OR || op == JIT_ALU_XOR || sz == JIT_S8) return fmasked(t, v, sz);
    if (fits8(v) || sz == JIT_S64) return fsigned(t, v);
    return fmasked(t, v, sz);
}
/* TEST, MOV and the full-width IMUL immediates: masked below 64 bits, signed at 64. */
static const char *imm_full(Ctx *t, JitSize sz, int32_t imm) {
    int64_t v = at_width(imm, sz);
    return sz == JIT_S64 ? fsigned(t, v) : fmasked(t, v, sz);
}

/* A memory operand as capstone prints it. `size` is the operand width (0: none, as for lea). A rip-relative
 * operand's displacement is counted from the end of the instruction just encoded into t->b. An absolute
 * address ([disp32], sign-extended by the hardware) is printed by capstone 4 masked to the width `w` of the
 * instruction's first operand when that is a register narrower than 64 bits (`lea eax, [0xfffffff0]`), else
 * as the 64-bit address; M() is for the 64-bit case. */
static void num(char *out, size_t cap, uint64_t v) { snprintf(out, cap, v > 9 ? "0x%" PRIx64 : "%" PRIu64, v); }

static const char *Mw(Ctx *t, JitMem m, int size, int w) {
    char body[96], n[32];
    int k = 0;
    int64_t d = m.disp;
    if (m.base == JIT_RIP) {
        d = (int64_t)m.disp - jit_pos(&t->b);
        k += snprintf(body + k, sizeof body - (size_t)k, "rip");
    } else if (m.base == JIT_NOREG && m.index == JIT_NOREG) {
        num(n, sizeof n, (uint64_t)(int64_t)m.disp & mask(w));
        k += snprintf(body + k, sizeof body - (size_t)k, "%s", n);
        d = 0;
    } else {
        const char *sep = "";
        if (m.base != JIT_NOREG) {
            k += snprintf(body + k, sizeof body - (size_t)k, "%s", reg64[m.base]);
            sep = " + ";
        }
        if (m.index != JIT_NOREG) {
            k += snprintf(body + k, sizeof body - (size_t)k, "%s%s", sep, reg64[m.index]);
            if (m.scale > 1) k += snprintf(body + k, sizeof body - (size_t)k, "*%d", m.scale);
        }
    }
    if (d) {
        num(n, sizeof n, (uint64_t)(d < 0 ? -d : d));
        snprintf(body + k, sizeof body - (size_t)k, " %c %s", d < 0 ? '-' : '+', n);
    }
    char *s = str(t);
    snprintf(s, 128, "%s[%s]", ptr(size), body);
    return s;
}

static const char *M(Ctx *t, JitMem m, int size) { return Mw(t, m, size, 8); }

/* ---- operand sets ---------------------------------------------------------------------------------------- */
/* Memory operands that cover every special case of ModRM/SIB once: rsp/r12 bases (SIB), rbp/r13 (disp8 0),
 * REX.B and REX.X, r12 as an index, disp8/disp32 boundaries, no base, absolute, rip-relative. */
static int some_mems(JitMem *out) {
    const JitMem ms[] = {
        jit_mem(JIT_RAX, 0), jit_mem(JIT_RSP, 0), jit_mem(JIT_RBP, 0), jit_mem(JIT_R12, 0), jit_mem(JIT_R13, 0),
        jit_mem(JIT_R15, 8), jit_mem(JIT_RBX, -128), jit_mem(JIT_RSI, 128), jit_mem(JIT_RDI, -129),
        jit_mem(JIT_RSP, 127), jit_mem(JIT_R13, 0x12345678),
        jit_mem_idx(JIT_RDI, JIT_RCX, 8, 0x12345678), jit_mem_idx(JIT_R11, JIT_R12, 2, -0x81),
        jit_mem_idx(JIT_RSP, JIT_R9, 4, 0), jit_mem_idx(JIT_RBP, JIT_RBP, 1, 0), jit_mem_idx(JIT_R13, JIT_RAX, 1, 1),
        jit_mem_idx(JIT_NOREG, JIT_RAX, 8, 0x10), jit_mem_idx(JIT_NOREG, JIT_R14, 2, -8), jit_mem_abs(0x1000),
        jit_mem_rip(0x40), jit_mem_rip(-0x100),
    };
    memcpy(out, ms, sizeof ms);
    return (int)(sizeof ms / sizeof ms[0]);
}

static const int32_t alu_imms[] = { 0, 1, 9, 10, -1, -9, -10, 127, -128, 128, -129, 255, 0x7fff, -0x8000,
                                    0x12345, -0x12345, 0x7fffffff, INT32_MIN };
#define N_ALU_IMMS ((int)(sizeof alu_imms / sizeof alu_imms[0]))
static const JitAlu alu_ops[8] = { JIT_ALU_ADD, JIT_ALU_OR, JIT_ALU_ADC, JIT_ALU_SBB,
                                   JIT_ALU_AND, JIT_ALU_SUB, JIT_ALU_XOR, JIT_ALU_CMP };

/* ---- groups: integer ----------------------------------------------------------------------------------- */
static void g_alu(Ctx *t) {
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int o = 0; o < 8; o++) {
        JitAlu op = alu_ops[o];
        const char *mn = jit_alu_name(op);
        for (int s = 0; s < 4; s++) {
            JitSize sz = sizes[s];
            for (int d = 0; d < 16; d++) {
                for (int r = 0; r < 16; r++) {
                    jit_alu_rr(B(t), op, sz, d, r);
                    expect(t, "%s %s, %s", mn, R(d, sz), R(r, sz));
                }
                for (int i = 0; i < N_ALU_IMMS; i++) {
                    jit_alu_ri(B(t), op, sz, d, alu_imms[i]);
                    expect(t, "%s %s, %s", mn, R(d, sz), imm_alu(t, op, sz, alu_imms[i]));
                }
                for (int m = 0; m < nm; m++) {
                    jit_alu_rm(B(t), op, sz, d, ms[m]);
                    expect(t, "%s %s, %s", mn, R(d, sz), M(t, ms[m], sz));
                    jit_alu_mr(B(t), op, sz, ms[m], d);
                    expect(t, "%s %s, %s", mn, M(t, ms[m], sz), R(d, sz));
                }
            }
            for (int m = 0; m < nm; m++)
                for (int i = 0; i < N_ALU_IMMS; i++) {
                    jit_alu_mi(B(t), op, sz, ms[m], alu_imms[i]);
                    expect(t, "%s %s, %s", mn, M(t, ms[m], sz), imm_alu(t, op, sz, alu_imms[i]));
                }
        }
    }
    group_end(t, "alu: add/or/adc/sbb/and/sub/xor/cmp, 8-64 bit, rr/ri/rm/mr/mi");
}

static void g_test(Ctx *t) {
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int s = 0; s < 4; s++) {
        JitSize sz = sizes[s];
        for (int a = 0; a < 16; a++) {
            for (int c = 0; c < 16; c++) {
                jit_test_rr(B(t), sz, a, c);
                expect(t, "test %s, %s", R(a, sz), R(c, sz));
            }
            for (int i = 0; i < N_ALU_IMMS; i++) {
                jit_test_ri(B(t), sz, a, alu_imms[i]);
                expect(t, "test %s, %s", R(a, sz), imm_full(t, sz, alu_imms[i]));
            }
            for (int m = 0; m < nm; m++) {
                jit_test_mr(B(t), sz, ms[m], a);
                expect(t, "test %s, %s", M(t, ms[m], sz), R(a, sz));
            }
        }
        for (int m = 0; m < nm; m++)
            for (int i = 0; i < N_ALU_IMMS; i++) {
                jit_test_mi(B(t), sz, ms[m], alu_imms[i]);
                expect(t, "test %s, %s", M(t, ms[m], sz), imm_full(t, sz, alu_imms[i]));
            }
    }
    group_end(t, "test: rr/ri/mr/mi");
}

static void g_unary(Ctx *t) {
    static const JitUnary ops[] = { JIT_UNARY_NOT, JIT_UNARY_NEG, JIT_UNARY_MUL, JIT_UNARY_IMUL1, JIT_UNARY_DIV,
                                    JIT_UNARY_IDIV };
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int s = 0; s < 4; s++) {
        JitSize sz = sizes[s];
        for (int o = 0; o < 6; o++) {
            for (int r = 0; r < 16; r++) {
                jit_unary_r(B(t), ops[o], sz, r);
                expect(t, "%s %s", jit_unary_name(ops[o]), R(r, sz));
            }
            for (int m = 0; m < nm; m++) {
                jit_unary_m(B(t), ops[o], sz, ms[m]);
                expect(t, "%s %s", jit_unary_name(ops[o]), M(t, ms[m], sz));
            }
        }
        for (int r = 0; r < 16; r++) {
            jit_inc_r(B(t), sz, r);
            expect(t, "inc %s", R(r, sz));
            jit_dec_r(B(t), sz, r);
            expect(t, "dec %s", R(r, sz));
        }
        for (int m = 0; m < nm; m++) {
            jit_inc_m(B(t), sz, ms[m]);
            expect(t, "inc %s", M(t, ms[m], sz));
            jit_dec_m(B(t), sz, ms[m]);
            expect(t, "dec %s", M(t, ms[m], sz));
        }
    }
    group_end(t, "unary: not/neg/mul/imul/div/idiv, inc/dec, r and m");
}

static void g_imul(Ctx *t) {
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int s = 0; s < 3; s++) {
        JitSize sz = sizes_wide[s];
        for (int d = 0; d < 16; d++) {
            for (int r = 0; r < 16; r++) {
                jit_imul_rr(B(t), sz, d, r);
                expect(t, "imul %s, %s", R(d, sz), R(r, sz));
                for (int i = 0; i < N_ALU_IMMS; i += 3) {
                    jit_imul_rri(B(t), sz, d, r, alu_imms[i]);
                    expect(t, "imul %s, %s, %s", R(d, sz), R(r, sz), imm_alu(t, JIT_ALU_ADD, sz, alu_imms[i]));
                }
            }
            for (int m = 0; m < nm; m++) {
                jit_imul_rm(B(t), sz, d, ms[m]);
                expect(t, "imul %s, %s", R(d, sz), M(t, ms[m], sz));
                jit_imul_rmi(B(t), sz, d, ms[m], -300);
                expect(t, "imul %s, %s, %s", R(d, sz), M(t, ms[m], sz), imm_alu(t, JIT_ALU_ADD, sz, -300));
                jit_imul_rmi(B(t), sz, d, ms[m], 3);
                expect(t, "imul %s, %s, 3", R(d, sz), M(t, ms[m], sz));
            }
        }
    }
    jit_cdq(B(t));
    expect(t, "cdq");
    jit_cqo(B(t));
    expect(t, "cqo");
    group_end(t, "imul rr/rm/rri/rmi (imm8 and imm32), cdq, cqo");
}

static void g_shift(Ctx *t) {
    static const JitShift ops[] = { JIT_SHIFT_ROL, JIT_SHIFT_ROR, JIT_SHIFT_RCL, JIT_SHIFT_RCR,
                                    JIT_SHIFT_SHL, JIT_SHIFT_SHR, JIT_SHIFT_SAR };
    static const uint8_t amounts[] = { 1, 2, 9, 10, 31, 63 };
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int s = 0; s < 4; s++) {
        JitSize sz = sizes[s];
        for (int o = 0; o < 7; o++) {
            const char *mn = jit_shift_name(ops[o]);
            for (int r = 0; r < 16; r++) {
                for (int a = 0; a < 6; a++) {
                    jit_shift_ri(B(t), ops[o], sz, r, amounts[a]);
                    expect(t, "%s %s, %s", mn, R(r, sz), fpos(t, amounts[a]));
                }
                jit_shift_rcl(B(t), ops[o], sz, r);
                expect(t, "%s %s, cl", mn, R(r, sz));
            }
            for (int m = 0; m < nm; m++) {
                jit_shift_mi(B(t), ops[o], sz, ms[m], 1);
                expect(t, "%s %s, 1", mn, M(t, ms[m], sz));
                jit_shift_mi(B(t), ops[o], sz, ms[m], 31);
                expect(t, "%s %s, 0x1f", mn, M(t, ms[m], sz));
                jit_shift_mcl(B(t), ops[o], sz, ms[m]);
                expect(t, "%s %s, cl", mn, M(t, ms[m], sz));
            }
        }
    }
    group_end(t, "shifts: rol/ror/rcl/rcr/shl/shr/sar by 1, imm8 and cl");
}

static void g_mov(Ctx *t) {
    static const int64_t imm64s[] = { 0, 1, 10, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, -1, -10,
                                      INT32_MIN, (int64_t)INT32_MIN - 1, INT64_MIN, INT64_MAX,
                                      (int64_t)0x123456789abcdef0 };
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int s = 0; s < 4; s++) {
        JitSize sz = sizes[s];
        for (int d = 0; d < 16; d++) {
            for (int r = 0; r < 16; r++) {
                jit_mov_rr(B(t), sz, d, r);
                expect(t, "mov %s, %s", R(d, sz), R(r, sz));
            }
            for (int m = 0; m < nm; m++) {
                jit_mov_rm(B(t), sz, d, ms[m]);
                expect(t, "mov %s, %s", R(d, sz), M(t, ms[m], sz));
                jit_mov_mr(B(t), sz, ms[m], d);
                expect(t, "mov %s, %s", M(t, ms[m], sz), R(d, sz));
            }
            if (sz != JIT_S64) {
                for (int i = 0; i < N_ALU_IMMS; i++) {
                    jit_mov_ri(B(t), sz, d, alu_imms[i]);
                    expect(t, "mov %s, %s", R(d, sz), imm_full(t, sz, alu_imms[i]));
                }
            }
        }
        for (int m = 0; m < nm; m++)
            for (int i = 0; i < N_ALU_IMMS; i++) {
                jit_mov_mi(B(t), sz, ms[m], alu_imms[i]);
                expect(t, "mov %s, %s", M(t, ms[m], sz), imm_full(t, sz, alu_imms[i]));
            }
    }
    /* 64-bit immediates: the zero-extending 32-bit form, the sign-extended imm32 form, or movabs. */
    for (int d = 0; d < 16; d++)
        for (size_t i = 0; i < sizeof imm64s / sizeof imm64s[0]; i++) {
            int64_t v = imm64s[i];
            jit_mov_ri(B(t), JIT_S64, d, v);
            if (v >= 0 && v <= (int64_t)UINT32_MAX)
                expect(t, "mov %s, %s", R(d, JIT_S32), fpos(t, (uint64_t)v));
            else if (v >= INT32_MIN && v <= INT32_MAX)
                expect(t, "mov %s, %s", R(d, JIT_S64), fsigned(t, v));
            else
                expect(t, "movabs %s, %s", R(d, JIT_S64), fpos(t, (uint64_t)v));
            jit_movabs(B(t), d, (uint64_t)v);
            expect(t, "movabs %s, %s", R(d, JIT_S64), fpos(t, (uint64_t)v));
            check_result(t, jit_pos(&t->b) == 10, "movabs is always 10 bytes");
        }
    group_end(t, "mov: rr/rm/mr/ri/mi 8-64 bit, imm64 forms, movabs");
}

static void g_extend(Ctx *t) {
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    static const JitSize dsts[2] = { JIT_S32, JIT_S64 };
    for (int ds = 0; ds < 2; ds++) {
        JitSize dsz = dsts[ds];
        for (int ss = 0; ss < 2; ss++) {
            JitSize ssz = sizes[ss];
            for (int d = 0; d < 16; d++) {
                for (int r = 0; r < 16; r++) {
                    jit_movzx_rr(B(t), dsz, ssz, d, r);
                    expect(t, "movzx %s, %s", R(d, dsz), R(r, ssz));
                    jit_movsx_rr(B(t), dsz, ssz, d, r);
                    expect(t, "movsx %s, %s", R(d, dsz), R(r, ssz));
                }
                for (int m = 0; m < nm; m++) {
                    jit_movzx_rm(B(t), dsz, ssz, d, ms[m]);
                    expect(t, "movzx %s, %s", R(d, dsz), M(t, ms[m], ssz));
                    jit_movsx_rm(B(t), dsz, ssz, d, ms[m]);
                    expect(t, "movsx %s, %s", R(d, dsz), M(t, ms[m], ssz));
                }
            }
        }
    }
    for (int d = 0; d < 16; d++) {
        for (int r = 0; r < 16; r++) {
            jit_movsx_rr(B(t), JIT_S64, JIT_S32, d, r);
            expect(t, "movsxd %s, %s", R(d, JIT_S64), R(r, JIT_S32));
        }
        for (int m = 0; m < nm; m++) {
            jit_movsx_rm(B(t), JIT_S64, JIT_S32, d, ms[m]);
            expect(t, "movsxd %s, %s", R(d, JIT_S64), M(t, ms[m], 4));
        }
    }
    group_end(t, "movzx/movsx 8/16 -> 32/64, movsxd, r and m");
}

/* Every base (and none, and rip) x every index (and none) x every scale x displacement boundaries, through
 * a 64-bit load and lea, with destination registers that differ in REX.R. */
static void g_addressing(Ctx *t) {
    static const int32_t disps[] = { 0, 1, -1, 9, 10, 127, 128, -128, -129, 0x12345678, INT32_MAX, INT32_MIN };
    static const JitReg dsts[] = { JIT_RAX, JIT_RSP, JIT_RBP, JIT_R8, JIT_R12, JIT_R13, JIT_R15 };
    group_begin(t);
    for (int base = 0; base <= JIT_NOREG; base++)
        for (int index = 0; index <= JIT_NOREG; index++) {
            if (index == JIT_RSP || index == JIT_RIP) continue;
            if (base == JIT_RIP && index != JIT_NOREG) continue;
            for (int scale = 1; scale <= 8; scale *= 2) {
                if (index == JIT_NOREG && scale > 1) continue;
                for (size_t di = 0; di < sizeof disps / sizeof disps[0]; di++)
                    for (size_t r = 0; r < sizeof dsts / sizeof dsts[0]; r++) {
                        JitMem m = jit_mem_idx(base, index, scale, disps[di]);
                        if (base == JIT_RIP && disps[di] == INT32_MIN) {
                            /* a target beyond rel32 reach of the instruction's end */
                            jit_mov_rm(B(t), JIT_S64, dsts[r], m);
                            check_result(t, t->b.range_error, "rip-relative out of reach is a range error");
                            continue;
                        }
                        jit_mov_rm(B(t), JIT_S64, dsts[r], m);
                        expect(t, "mov %s, %s", R(dsts[r], JIT_S64), M(t, m, 8));
                        jit_lea(B(t), JIT_S64, dsts[r], m);
                        expect(t, "lea %s, %s", R(dsts[r], JIT_S64), M(t, m, 0));
                        jit_lea(B(t), JIT_S32, dsts[r], m);
                        expect(t, "lea %s, %s", R(dsts[r], JIT_S32), Mw(t, m, 0, 4));
                    }
            }
        }
    group_end(t, "addressing: [base + index*scale + disp] for all bases/indexes/scales, rip, absolute; lea");
}

static void g_stack(Ctx *t) {
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int r = 0; r < 16; r++) {
        jit_push_r(B(t), r);
        expect(t, "push %s", reg64[r]);
        jit_pop_r(B(t), r);
        expect(t, "pop %s", reg64[r]);
    }
    for (int i = 0; i < N_ALU_IMMS; i++) {
        jit_push_i(B(t), alu_imms[i]);
        expect(t, "push %s", fsigned(t, alu_imms[i]));
    }
    for (int m = 0; m < nm; m++) {
        jit_push_m(B(t), ms[m]);
        expect(t, "push %s", M(t, ms[m], 8));
        jit_pop_m(B(t), ms[m]);
        expect(t, "pop %s", M(t, ms[m], 8));
    }
    group_end(t, "push/pop: r, imm8/imm32, m");
}

static void g_cond(Ctx *t) {
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int cc = 0; cc < 16; cc++) {
        check_result(t, (int)jit_cc_negate(jit_cc_negate(cc)) == cc && (int)jit_cc_negate(cc) != cc, "negate %d", cc);
        for (int r = 0; r < 16; r++) {
            jit_setcc(B(t), cc, r);
            expect(t, "set%s %s", jit_cc_name(cc), reg8[r]);
        }
        for (int s = 0; s < 3; s++) {
            JitSize sz = sizes_wide[s];
            for (int d = 0; d < 16; d++) {
                for (int r = 0; r < 16; r++) {
                    jit_cmov_rr(B(t), cc, sz, d, r);
                    expect(t, "cmov%s %s, %s", jit_cc_name(cc), R(d, sz), R(r, sz));
                }
                for (int m = 0; m < nm; m += 3) {
                    jit_cmov_rm(B(t), cc, sz, d, ms[m]);
                    expect(t, "cmov%s %s, %s", jit_cc_name(cc), R(d, sz), M(t, ms[m], sz));
                }
            }
        }
    }
    /* negation pairs as the hardware defines them */
    check_result(t, jit_cc_negate(JIT_CC_L) == JIT_CC_GE && jit_cc_negate(JIT_CC_E) == JIT_CC_NE &&
                    jit_cc_negate(JIT_CC_A) == JIT_CC_BE && jit_cc_negate(JIT_CC_P) == JIT_CC_NP,
                 "condition negation pairs");
    group_end(t, "setcc, cmovcc (all 16 conditions)");
}

static void g_atomic(Ctx *t) {
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int s = 0; s < 4; s++) {
        JitSize sz = sizes[s];
        for (int r = 0; r < 16; r++)
            for (int m = 0; m < nm; m += 2) {
                jit_xchg_mr(B(t), sz, ms[m], r);
                expect(t, "xchg %s, %s", M(t, ms[m], sz), R(r, sz));
                jit_cmpxchg_mr(B(t), sz, ms[m], r, true);
                expect(t, "lock cmpxchg %s, %s", M(t, ms[m], sz), R(r, sz));
                jit_cmpxchg_mr(B(t), sz, ms[m], r, false);
                expect(t, "cmpxchg %s, %s", M(t, ms[m], sz), R(r, sz));
                jit_xadd_mr(B(t), sz, ms[m], r, true);
                expect(t, "lock xadd %s, %s", M(t, ms[m], sz), R(r, sz));
            }
    }
    jit_mfence(B(t));
    expect(t, "mfence");
    group_end(t, "atomics: xchg, (lock) cmpxchg, lock xadd, mfence");
}

static void g_misc(Ctx *t) {
    static const char *const nop_text[10] = { "", "nop", "nop", "nop dword ptr [rax]", "nop dword ptr [rax]",
                                              "nop dword ptr [rax + rax]", "nop word ptr [rax + rax]",
                                              "nop dword ptr [rax]", "nop dword ptr [rax + rax]",
                                              "nop word ptr [rax + rax]" };
    group_begin(t);
    jit_ret(B(t));
    expect(t, "ret");
    jit_int3(B(t));
    expect(t, "int3");
    jit_ud2(B(t));
    expect(t, "ud2");
    for (int n = 1; n <= 9; n++) {
        jit_nop(B(t), n);
        expect(t, "%s", nop_text[n]);
    }
    /* Longer padding is a run of NOPs totalling exactly n bytes; alignment pads to the boundary. */
    for (int n = 0; n <= 40; n++) {
        jit_nop(B(t), n);
        cs_insn *in = NULL;
        size_t cnt = n ? cs_disasm(t->cs, t->b.start, (size_t)n, 0, 0, &in) : 0;
        size_t total = 0;
        bool all_nop = true;
        for (size_t i = 0; i < cnt; i++) {
            total += in[i].size;
            all_nop &= strcmp(in[i].mnemonic, "nop") == 0;
        }
        check_result(t, jit_pos(&t->b) == n && total == (size_t)n && all_nop, "nop(%d): %d bytes", n, jit_pos(&t->b));
        if (cnt) cs_free(in, cnt);
    }
    for (int pre = 0; pre < 20; pre++)
        for (int align = 1; align <= 16; align *= 2) {
            JitBuf *b = B(t);
            jit_nop(b, pre);
            jit_align(b, align);
            int want = (pre + align - 1) / align * align;
            check_result(t, jit_pos(b) == want, "align(%d) after %d bytes: at %d", align, pre, jit_pos(b));
        }
    group_end(t, "ret, int3, ud2, nop 1..9 and padding, align");
}

static void g_bits(Ctx *t) {
    group_begin(t);
    for (int a = 0; a < 16; a++) {
        for (int s = 0; s < 4; s++)
            for (int c = 0; c < 16; c++) {
                jit_xchg_rr(B(t), sizes[s], a, c);
                expect(t, "xchg %s, %s", R(a, sizes[s]), R(c, sizes[s]));
            }
        jit_bswap(B(t), JIT_S32, a);
        expect(t, "bswap %s", R(a, JIT_S32));
        jit_bswap(B(t), JIT_S64, a);
        expect(t, "bswap %s", R(a, JIT_S64));
        for (int s = 0; s < 3; s++) {
            JitSize sz = sizes_wide[s];
            for (int c = 0; c < 16; c++) {
                jit_bsf_rr(B(t), sz, a, c);
                expect(t, "bsf %s, %s", R(a, sz), R(c, sz));
                jit_bsr_rr(B(t), sz, a, c);
                expect(t, "bsr %s, %s", R(a, sz), R(c, sz));
                jit_popcnt_rr(B(t), sz, a, c);
                expect(t, "popcnt %s, %s", R(a, sz), R(c, sz));
                jit_lzcnt_rr(B(t), sz, a, c);
                expect(t, "lzcnt %s, %s", R(a, sz), R(c, sz));
                jit_tzcnt_rr(B(t), sz, a, c);
                expect(t, "tzcnt %s, %s", R(a, sz), R(c, sz));
            }
        }
        for (int c = 0; c < 16; c++)
            for (int mode = 0; mode < 12; mode += 3) {
                jit_roundsd_rr(B(t), a, c, (uint8_t)mode);
                expect(t, "roundsd %s, %s, %s", X(a), X(c), fpos(t, (uint64_t)mode));
                jit_roundss_rr(B(t), a, c, (uint8_t)mode);
                expect(t, "roundss %s, %s, %s", X(a), X(c), fpos(t, (uint64_t)mode));
            }
    }
    group_end(t, "xchg rr, bswap, bsf/bsr, popcnt/lzcnt/tzcnt (16-64 bit), roundsd/roundss");
}

/* ---- groups: calls, jumps, labels ---------------------------------------------------------------------- */
static void g_indirect(Ctx *t) {
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int r = 0; r < 16; r++) {
        jit_call_r(B(t), r);
        expect(t, "call %s", reg64[r]);
        jit_jmp_r(B(t), r);
        expect(t, "jmp %s", reg64[r]);
    }
    for (int m = 0; m < nm; m++) {
        jit_call_m(B(t), ms[m]);
        expect(t, "call %s", M(t, ms[m], 8));
        jit_jmp_m(B(t), ms[m]);
        expect(t, "jmp %s", M(t, ms[m], 8));
    }
    /* the runtime-table call of compiled code: call [reg + 8*index], disp8 and disp32 table offsets */
    for (int r = 0; r < 16; r++)
        for (int i = 0; i < 40; i += 13) {
            JitMem m = jit_mem(r, 8 * i);
            jit_call_m(B(t), m);
            expect(t, "call %s", M(t, m, 8));
        }
    group_end(t, "call/jmp through register and memory");
}

typedef struct Seq {
    JitBuf b;
    uint8_t mem[4096];
    char want[300][96];
    int n;
} Seq;

static JitBuf *seq_begin(Seq *s) {
    jit_buf_init(&s->b, s->mem, sizeof s->mem);
    s->n = 0;
    return &s->b;
}

static void __attribute__((format(printf, 2, 3))) seq_want(Seq *s, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->want[s->n++], sizeof s->want[0], fmt, ap);
    va_end(ap);
}

static void g_labels(Ctx *t, Seq *s) {
    group_begin(t);
    char hex[32];
#define H(v) (snprintf(hex, sizeof hex, (v) > 9 ? "0x%x" : "%d", (unsigned)(v)), hex)

    /* Forward references of every kind to one label, then bound: all patched to its position. */
    {
        JitBuf *b = seq_begin(s);
        JitLabel l = JIT_LABEL_INIT;
        jit_jmp(b, &l);
        jit_jcc(b, JIT_CC_L, &l);
        jit_jcc_short(b, JIT_CC_NE, &l);
        jit_jmp_short(b, &l);
        jit_call(b, &l);
        int lea_end = jit_pos(b) + 7;
        jit_lea_label(b, JIT_R13, &l);
        jit_nop(b, 1);
        check_result(t, !jit_label_bound(&l) && jit_label_pending(&l), "label pending before bind");
        jit_bind(b, &l);
        check_result(t, jit_label_bound(&l) && !jit_label_pending(&l) && l.pos == 28, "label bound at %d", l.pos);
        jit_ret(b);
        seq_want(s, "jmp %s", H(l.pos));
        seq_want(s, "jl %s", H(l.pos));
        seq_want(s, "jne %s", H(l.pos));
        seq_want(s, "jmp %s", H(l.pos));
        seq_want(s, "call %s", H(l.pos));
        seq_want(s, "lea r13, [rip + %s]", H(l.pos - lea_end));
        seq_want(s, "nop");
        seq_want(s, "ret");
        expect_seq(t, b, 0, s->n, s->want, "forward references");
        /* sizes: rel32 jmp 5, jcc 6, short 2 + 2, call 5, lea 7 */
        check_result(t, b->start[0] == 0xE9 && b->start[5] == 0x0F && b->start[11] == 0x75 && b->start[13] == 0xEB,
                     "forward jumps take rel32 unless asked short");
    }
    /* Backward references: rel8 when in reach, rel32 beyond, for every condition. */
    for (int gap = 100; gap <= 140; gap += 10) {
        JitBuf *b = seq_begin(s);
        JitLabel l = JIT_LABEL_INIT;
        jit_bind(b, &l);
        seq_want(s, "int3");
        jit_int3(b);
        for (int i = 0; i < gap; i++) {
            jit_int3(b);
            seq_want(s, "int3");
        }
        for (int cc = 0; cc < 16; cc++) {
            int at = jit_pos(b);
            jit_jcc(b, cc, &l);
            bool is_short = jit_pos(b) - at == 2;
            check_result(t, is_short == (at + 2 - l.pos <= 128), "jcc back over %d bytes: short %d", at, is_short);
            seq_want(s, "j%s 0", jit_cc_name(cc));
        }
        jit_jmp(b, &l);
        seq_want(s, "jmp 0");
        jit_call(b, &l);
        seq_want(s, "call 0");
        expect_seq(t, b, 0, s->n, s->want, "backward references");
    }
    /* The exact rel8 boundary: -128 reaches, -129 does not. */
    for (int pad = 124; pad <= 128; pad++) {
        JitBuf *b = seq_begin(s);
        JitLabel l = JIT_LABEL_INIT;
        jit_bind(b, &l);
        jit_nop(b, pad);
        int at = jit_pos(b);
        jit_jmp(b, &l);
        int len = jit_pos(b) - at;
        check_result(t, len == (pad + 2 <= 128 ? 2 : 5), "jmp back over %d: %d bytes", pad, len);
        JitBuf *b2 = seq_begin(s);
        JitLabel l2 = JIT_LABEL_INIT;
        jit_bind(b2, &l2);
        jit_nop(b2, pad);
        jit_jmp_short(b2, &l2);
        check_result(t, b2->range_error == (pad + 2 > 128), "short jmp back over %d: range_error %d", pad,
                     b2->range_error);
    }
    /* Forward short jumps: +127 reaches, +128 is a range error found at bind time. */
    for (int pad = 125; pad <= 129; pad++) {
        JitBuf *b = seq_begin(s);
        JitLabel l = JIT_LABEL_INIT;
        jit_jcc_short(b, JIT_CC_E, &l);
        jit_nop(b, pad);
        jit_bind(b, &l);
        check_result(t, b->range_error == (pad > 127), "short jcc forward over %d: range_error %d", pad,
                     b->range_error);
        if (!b->range_error) {
            s->n = 0;
            seq_want(s, "je %s", H(pad + 2));
            cs_insn *in = NULL;
            size_t cnt = cs_disasm(t->cs, b->start, 2, 0, 1, &in);
            check_result(t, cnt == 1 && strcmp(in[0].op_str, H(pad + 2)) == 0, "short jcc forward target");
            if (cnt) cs_free(in, cnt);
        }
    }
    /* Long chains: many rel32 and rel8 references to one label, interleaved with other labels. */
    {
        JitBuf *b = seq_begin(s);
        JitLabel far = JIT_LABEL_INIT, near = JIT_LABEL_INIT, other = JIT_LABEL_INIT;
        int kinds[200];
        int n = 0;
        for (int i = 0; i < 40; i++) {
            kinds[n++] = i % 3;
            if (i % 3 == 0) jit_jmp(b, &far);
            else if (i % 3 == 1) jit_jcc(b, (JitCond)(i & 15), &far);
            else jit_call(b, &far);
            kinds[n++] = 3;
            jit_jcc(b, JIT_CC_O, &other);
        }
        for (int i = 0; i < 20; i++) {
            kinds[n++] = 4 + (i & 1);
            if (i & 1) jit_jmp_short(b, &near);
            else jit_jcc_short(b, (JitCond)(i & 15), &near);
        }
        jit_bind(b, &near);
        jit_nop(b, 3);
        jit_bind(b, &far);
        jit_int3(b);
        jit_bind(b, &other);
        jit_ret(b);
        int fi = 0;
        for (int i = 0; i < 40; i++) {
            if (i % 3 == 0) seq_want(s, "jmp %s", H(far.pos));
            else if (i % 3 == 1) seq_want(s, "j%s %s", jit_cc_name((JitCond)(i & 15)), H(far.pos));
            else seq_want(s, "call %s", H(far.pos));
            seq_want(s, "jo %s", H(other.pos));
            fi++;
        }
        for (int i = 0; i < 20; i++) {
            if (i & 1) seq_want(s, "jmp %s", H(near.pos));
            else seq_want(s, "j%s %s", jit_cc_name((JitCond)(i & 15)), H(near.pos));
        }
        seq_want(s, "nop dword ptr [rax]");
        seq_want(s, "int3");
        seq_want(s, "ret");
        (void)kinds;
        expect_seq(t, b, 0, s->n, s->want, "chains of 80 rel32 and 20 rel8 references");
    }
    /* Patching a rel32 by hand, and direct calls/jumps to absolute addresses relative to run_base. */
    {
        JitBuf *b = seq_begin(s);
        b->run_base = 0x40000000;
        jit_call_addr(b, 0x40001000);
        jit_jmp_addr(b, 0x3fff0000);
        jit_jmp(b, &(JitLabel)JIT_LABEL_INIT);  /* a label never bound: its field is patched by hand */
        jit_patch_rel32(b, jit_pos(b) - 4, 0);
        /* the runtime-entry-table call: a slot in a page below the code, and data above it */
        jit_call_m(b, jit_mem_rip_addr(b, 0x40000000 - 0x1000 + 8 * 5));
        int e1 = jit_pos(b);
        jit_sse_rm(b, JIT_SSE_MOVSD, JIT_XMM1, jit_mem_rip_addr(b, 0x40123456));
        int e2 = jit_pos(b);
        seq_want(s, "call 0x40001000");
        seq_want(s, "jmp 0x3fff0000");
        seq_want(s, "jmp 0x40000000");
        seq_want(s, "call qword ptr [rip - 0x%x]", e1 + 0x1000 - 8 * 5);
        seq_want(s, "movsd xmm1, qword ptr [rip + 0x%x]", 0x123456 - e2);
        expect_seq(t, b, 0x40000000, s->n, s->want, "call/jmp to absolute addresses");
        JitBuf *b2 = seq_begin(s);
        b2->run_base = 0x40000000;
        jit_call_addr(b2, 0x40000000 + ((uintptr_t)1 << 31) + 16);
        check_result(t, b2->range_error, "call beyond 2 GiB is a range error");
        JitBuf *b3 = seq_begin(s);
        b3->run_base = (uintptr_t)0x300000000;
        jit_call_m(b3, jit_mem_rip_addr(b3, 0x100000000));
        check_result(t, b3->range_error, "rip-relative address beyond 2 GiB is a range error");
    }
    /* rip-relative data: a constant before the code, loaded by movsd and mov. */
    {
        JitBuf *b = seq_begin(s);
        jit_emit_u64(b, 0x4045000000000000ull);
        int k = jit_pos(b);
        jit_sse_rm(b, JIT_SSE_MOVSD, JIT_XMM3, jit_mem_rip(0));
        int e1 = jit_pos(b);
        jit_mov_rm(b, JIT_S64, JIT_R9, jit_mem_rip(0));
        int e2 = jit_pos(b);
        cs_insn *in = NULL;
        size_t cnt = cs_disasm(t->cs, b->start + k, (size_t)(e2 - k), (uint64_t)k, 0, &in);
        char w1[64], w2[64], g1[256] = "", g2[256] = "";
        snprintf(w1, sizeof w1, "movsd xmm3, qword ptr [rip - 0x%x]", e1);
        snprintf(w2, sizeof w2, "mov r9, qword ptr [rip - 0x%x]", e2);
        if (cnt == 2) insn_text(g1, sizeof g1, &in[0]), insn_text(g2, sizeof g2, &in[1]);
        check_result(t, cnt == 2 && !strcmp(g1, w1) && !strcmp(g2, w2), "rip-relative: '%s' '%s'", g1, g2);
        if (cnt) cs_free(in, cnt);
    }
#undef H
    group_end(t, "labels: forward/backward jmp/jcc/call/lea, rel8/rel32 choice and boundaries, chains, patching");
}

/* ---- groups: SSE ------------------------------------------------------------------------------------------ */
/* The width capstone 4 prints for a memory operand: the SDM's (jit_sse_memsize), except for comisd/comiss,
 * whose m64/m32 operand capstone 4 prints as xmmword (its operand tables give them a 128-bit memory form). */
static int capstone_memsize(JitSse op) {
    return op == JIT_SSE_COMISD || op == JIT_SSE_COMISS ? 16 : jit_sse_memsize(op);
}

static void g_sse(Ctx *t) {
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    for (int op = 0; op < JIT_SSE_COUNT; op++) {
        const char *mn = jit_sse_name(op);
        for (int d = 0; d < 16; d++) {
            for (int r = 0; r < 16; r++) {
                jit_sse_rr(B(t), op, d, r);
                expect(t, "%s %s, %s", mn, X(d), X(r));
            }
            for (int m = 0; m < nm; m++) {
                jit_sse_rm(B(t), op, d, ms[m]);
                expect(t, "%s %s, %s", mn, X(d), M(t, ms[m], capstone_memsize(op)));
            }
        }
    }
    for (int r = 0; r < 16; r++)
        for (int m = 0; m < nm; m++) {
            jit_movsd_mr(B(t), ms[m], r);
            expect(t, "movsd %s, %s", M(t, ms[m], 8), X(r));
            jit_movss_mr(B(t), ms[m], r);
            expect(t, "movss %s, %s", M(t, ms[m], 4), X(r));
        }
    group_end(t, "sse: arithmetic/sqrt/min/max sd+ss, ucomis/comis, cvtsd2ss/cvtss2sd, movsd/movss, logic");
}

static void g_sse_conv(Ctx *t) {
    group_begin(t);
    JitMem ms[32];
    int nm = some_mems(ms);
    static const JitSize szs[2] = { JIT_S32, JIT_S64 };
    for (int s = 0; s < 2; s++) {
        JitSize sz = szs[s];
        for (int x = 0; x < 16; x++) {
            for (int r = 0; r < 16; r++) {
                jit_cvtsi2sd_rr(B(t), sz, x, r);
                expect(t, "cvtsi2sd %s, %s", X(x), R(r, sz));
                jit_cvtsi2ss_rr(B(t), sz, x, r);
                expect(t, "cvtsi2ss %s, %s", X(x), R(r, sz));
                jit_cvttsd2si_rr(B(t), sz, r, x);
                expect(t, "cvttsd2si %s, %s", R(r, sz), X(x));
                jit_cvttss2si_rr(B(t), sz, r, x);
                expect(t, "cvttss2si %s, %s", R(r, sz), X(x));
                jit_movq_xr(B(t), sz, x, r);
                expect(t, "%s %s, %s", sz == JIT_S64 ? "movq" : "movd", X(x), R(r, sz));
                jit_movq_rx(B(t), sz, r, x);
                expect(t, "%s %s, %s", sz == JIT_S64 ? "movq" : "movd", R(r, sz), X(x));
            }
            for (int m = 0; m < nm; m++) {
                jit_cvtsi2sd_rm(B(t), sz, x, ms[m]);
                expect(t, "cvtsi2sd %s, %s", X(x), M(t, ms[m], sz));
                jit_cvtsi2ss_rm(B(t), sz, x, ms[m]);
                expect(t, "cvtsi2ss %s, %s", X(x), M(t, ms[m], sz));
                jit_cvttsd2si_rm(B(t), sz, x, ms[m]);
                expect(t, "cvttsd2si %s, %s", R(x, sz), M(t, ms[m], 8));
                jit_cvttss2si_rm(B(t), sz, x, ms[m]);
                expect(t, "cvttss2si %s, %s", R(x, sz), M(t, ms[m], 4));
            }
        }
    }
    group_end(t, "sse conversions: cvtsi2sd/ss, cvttsd2si/cvttss2si (32/64, r and m), movd/movq");
}

/* ---- group: buffer bounds ------------------------------------------------------------------------------- */
/* Emits one of a spread of instructions (short to 15 bytes) by number. */
static void emit_kind(JitBuf *b, int k) {
    switch (k % 10) {
    case 0: jit_ret(b); break;
    case 1: jit_movabs(b, JIT_R11, 0x1122334455667788ull); break;
    case 2: jit_alu_mi(b, JIT_ALU_ADD, JIT_S64, jit_mem_idx(JIT_R12, JIT_R13, 8, 0x12345678), 0x12345678); break;
    case 3: jit_cmpxchg_mr(b, JIT_S16, jit_mem_idx(JIT_R12, JIT_R13, 8, 0x12345678), JIT_R9, true); break;
    case 4: jit_nop(b, 13); break;
    case 5: jit_sse_rm(b, JIT_SSE_ADDSD, JIT_XMM12, jit_mem_rip(0)); break;
    case 6: jit_alu_mi(b, JIT_ALU_SUB, JIT_S16, jit_mem_idx(JIT_RSP, JIT_R15, 2, -0x12345), 0x1234); break;
    case 7: jit_push_r(b, JIT_R15); break;
    case 8: jit_emit_u64(b, 0); break;
    default: jit_mov_mi(b, JIT_S64, jit_mem_abs(0x100), -1); break;
    }
}

static void g_bounds(Ctx *t) {
    group_begin(t);
    /* An exact-size heap buffer for every capacity 0..40: the sanitizer build catches any write past it. */
    for (size_t cap = 0; cap <= 40; cap++)
        for (int k = 0; k < 10; k++) {
            uint8_t *mem = malloc(cap ? cap : 1);
            JitBuf b;
            jit_buf_init(&b, mem, cap);
            int emitted = 0;
            uint8_t *last = b.p;
            for (int i = 0; i < 50 && !b.overflow; i++) {
                last = b.p;
                emit_kind(&b, k + i);
                if (!b.overflow) emitted++;
            }
            check_result(t, b.overflow && b.p <= b.end && (b.overflow ? b.p == last : true),
                         "cap %zu kind %d: overflow %d, %d emitted", cap, k, b.overflow, emitted);
            /* sticky: nothing more is written, binding labels and patching stay inside */
            uint8_t *p = b.p;
            jit_ret(&b);
            JitLabel l = JIT_LABEL_INIT;
            jit_jmp(&b, &l);
            jit_bind(&b, &l);
            jit_emit_bytes(&b, "x", 1);
            check_result(t, b.p == p && !jit_buf_ok(&b), "cap %zu: overflow is sticky", cap);
            free(mem);
        }
    /* An instruction is written whole or not at all. */
    for (size_t cap = 0; cap <= 12; cap++) {
        uint8_t mem[16];
        memset(mem, 0xAA, sizeof mem);
        JitBuf b;
        jit_buf_init(&b, mem, cap);
        jit_movabs(&b, JIT_RAX, 0);
        bool untouched = true;
        for (size_t i = 0; i < sizeof mem; i++)
            if (i >= (cap >= 10 ? 10 : 0)) untouched &= mem[i] == 0xAA;
        check_result(t, b.overflow == (cap < 10) && untouched, "movabs into %zu bytes", cap);
    }
    /* Labels whose references all overflowed are safe to bind. */
    {
        uint8_t mem[8];
        JitBuf b;
        jit_buf_init(&b, mem, sizeof mem);
        JitLabel l = JIT_LABEL_INIT;
        jit_jmp(&b, &l);
        jit_jcc(&b, JIT_CC_E, &l);   /* does not fit: not chained */
        jit_jcc_short(&b, JIT_CC_E, &l);
        jit_bind(&b, &l);
        check_result(t, b.overflow && mem[0] == 0xE9, "references that did not fit are not chained");
    }
    group_end(t, "buffer bounds: exact-size buffers, whole-instruction writes, sticky overflow");
}

int main(void) {
    Ctx *t = calloc(1, sizeof *t);
    Seq *s = calloc(1, sizeof *s);
    if (!t || !s || cs_open(CS_ARCH_X86, CS_MODE_64, &t->cs) != CS_ERR_OK) {
        printf("cannot start capstone\n0 passed, 1 failed\n");
        return 1;
    }
    g_alu(t);
    g_test(t);
    g_unary(t);
    g_imul(t);
    g_shift(t);
    g_mov(t);
    g_extend(t);
    g_addressing(t);
    g_stack(t);
    g_cond(t);
    g_atomic(t);
    g_bits(t);
    g_misc(t);
    g_indirect(t);
    g_labels(t, s);
    g_sse(t);
    g_sse_conv(t);
    g_bounds(t);
    exec_tests(t);
    cs_close(&t->cs);
    int failed = t->groups_failed;
    printf("%d passed, %d failed\n", t->groups_passed, failed);
    free(s);
    free(t);
    return failed ? 1 : 0;
}
