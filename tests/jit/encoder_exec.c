/* The encoder's execution test: small functions encoded with jit_x64.h following the SysV x86-64 ABI
 * (arguments in rdi, rsi, rdx, rcx / xmm0, xmm1; result in rax / xmm0; rbx, rbp, r12-r15 callee-saved), written
 * through a read-write mapping that is then made read-execute (never both at once, as the code cache does),
 * and called from C. */
#include <string.h>
#include <sys/mman.h>

#include "encoder_test.h"

typedef struct Code {
    uint8_t *mem;
    size_t size;
    JitBuf b;
} Code;

static bool code_open(Code *c) {
    c->size = 4096;
    c->mem = mmap(NULL, c->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (c->mem == MAP_FAILED) return false;
    jit_buf_init(&c->b, c->mem, c->size);
    return true;
}

/* W^X: the page stops being writable before it becomes executable. */
static bool code_seal(Code *c) { return jit_buf_ok(&c->b) && mprotect(c->mem, c->size, PROT_READ | PROT_EXEC) == 0; }

static void code_close(Code *c) { munmap(c->mem, c->size); }

/* A function pointer to buffer position `pos` (object and function pointers have one representation on x86-64
 * Linux; the union keeps the conversion explicit). */
static void *entry(Code *c, int32_t pos) { return c->mem + pos; }
#define FN(type, ptr) (((union { void *p; __typeof__(type) f; }){ .p = (ptr) }).f)

static int64_t seven_times(int64_t x) { return 7 * x; }

void exec_tests(Ctx *t) {
    group_begin(t);
    Code c;
    if (!code_open(&c)) {
        check_result(t, false, "mmap failed");
        group_end(t, "exec");
        return;
    }
    JitBuf *b = &c.b;

    /* int add(int a, int b) */
    int32_t f_add = jit_pos(b);
    jit_mov_rr(b, JIT_S32, JIT_RAX, JIT_RDI);
    jit_alu_rr(b, JIT_ALU_ADD, JIT_S32, JIT_RAX, JIT_RSI);
    jit_ret(b);

    /* long sum(long n): 1 + 2 + ... + n, with a forward exit and a backward loop */
    jit_align(b, 16);
    int32_t f_sum = jit_pos(b);
    {
        JitLabel done = JIT_LABEL_INIT, loop = JIT_LABEL_INIT;
        jit_alu_rr(b, JIT_ALU_XOR, JIT_S32, JIT_RAX, JIT_RAX);
        jit_test_rr(b, JIT_S64, JIT_RDI, JIT_RDI);
        jit_jcc(b, JIT_CC_LE, &done);
        jit_bind(b, &loop);
        jit_alu_rr(b, JIT_ALU_ADD, JIT_S64, JIT_RAX, JIT_RDI);
        jit_dec_r(b, JIT_S64, JIT_RDI);
        jit_jcc(b, JIT_CC_NZ, &loop);
        jit_bind(b, &done);
        jit_ret(b);
    }

    /* double mul(double a, double b) */
    jit_align(b, 16);
    int32_t f_mul = jit_pos(b);
    jit_sse_rr(b, JIT_SSE_MULSD, JIT_XMM0, JIT_XMM1);
    jit_ret(b);

    /* int div(int a, int b) and int rem(int a, int b): cdq; idiv */
    jit_align(b, 16);
    int32_t f_div = jit_pos(b);
    jit_mov_rr(b, JIT_S32, JIT_RAX, JIT_RDI);
    jit_cdq(b);
    jit_unary_r(b, JIT_UNARY_IDIV, JIT_S32, JIT_RSI);
    jit_ret(b);
    int32_t f_rem = jit_pos(b);
    jit_mov_rr(b, JIT_S64, JIT_RAX, JIT_RDI);
    jit_cqo(b);
    jit_unary_r(b, JIT_UNARY_IDIV, JIT_S64, JIT_RSI);
    jit_mov_rr(b, JIT_S64, JIT_RAX, JIT_RDX);
    jit_ret(b);

    /* int sum_array(const int *a, int n): callee-saved r12/r13 as base and index ([r12 + r13*4]) */
    jit_align(b, 16);
    int32_t f_arr = jit_pos(b);
    {
        JitLabel loop = JIT_LABEL_INIT, test = JIT_LABEL_INIT;
        jit_push_r(b, JIT_R12);
        jit_push_r(b, JIT_R13);
        jit_mov_rr(b, JIT_S64, JIT_R12, JIT_RDI);
        jit_alu_rr(b, JIT_ALU_XOR, JIT_S32, JIT_R13, JIT_R13);
        jit_alu_rr(b, JIT_ALU_XOR, JIT_S32, JIT_RAX, JIT_RAX);
        jit_jmp_short(b, &test);
        jit_bind(b, &loop);
        jit_alu_rm(b, JIT_ALU_ADD, JIT_S32, JIT_RAX, jit_mem_idx(JIT_R12, JIT_R13, 4, 0));
        jit_inc_r(b, JIT_S32, JIT_R13);
        jit_bind(b, &test);
        jit_alu_rr(b, JIT_ALU_CMP, JIT_S32, JIT_R13, JIT_RSI);
        jit_jcc(b, JIT_CC_L, &loop);
        jit_pop_r(b, JIT_R13);
        jit_pop_r(b, JIT_R12);
        jit_ret(b);
    }

    /* long call_table(void **table, long x): calls table[1](x) the way compiled code calls the runtime,
     * through a table slot, keeping the stack 16-byte aligned at the call */
    jit_align(b, 16);
    int32_t f_tab = jit_pos(b);
    jit_push_r(b, JIT_RBX);
    jit_mov_rr(b, JIT_S64, JIT_RBX, JIT_RDI);
    jit_mov_rr(b, JIT_S64, JIT_RDI, JIT_RSI);
    jit_call_m(b, jit_mem(JIT_RBX, 8));
    jit_alu_ri(b, JIT_ALU_ADD, JIT_S64, JIT_RAX, 1);
    jit_pop_r(b, JIT_RBX);
    jit_ret(b);

    /* int less(long a, long b) via setcc/movzx; long max(long a, long b) via cmov */
    int32_t f_less = jit_pos(b);
    jit_alu_rr(b, JIT_ALU_CMP, JIT_S64, JIT_RDI, JIT_RSI);
    jit_setcc(b, JIT_CC_L, JIT_RAX);
    jit_movzx_rr(b, JIT_S32, JIT_S8, JIT_RAX, JIT_RAX);
    jit_ret(b);
    int32_t f_max = jit_pos(b);
    jit_mov_rr(b, JIT_S64, JIT_RAX, JIT_RDI);
    jit_alu_rr(b, JIT_ALU_CMP, JIT_S64, JIT_RDI, JIT_RSI);
    jit_cmov_rr(b, JIT_CC_L, JIT_S64, JIT_RAX, JIT_RSI);
    jit_ret(b);

    /* double scale(int i): (double)i * 2.5 with the constant rip-relative; long d2l(double) truncating */
    jit_align(b, 8);
    int32_t k25 = jit_pos(b);
    double two_and_half = 2.5;
    jit_emit_bytes(b, &two_and_half, 8);
    int32_t f_scale = jit_pos(b);
    jit_cvtsi2sd_rr(b, JIT_S32, JIT_XMM0, JIT_RDI);
    jit_sse_rm(b, JIT_SSE_MULSD, JIT_XMM0, jit_mem_rip(k25));
    jit_ret(b);
    int32_t f_d2l = jit_pos(b);
    jit_cvttsd2si_rr(b, JIT_S64, JIT_RAX, JIT_XMM0);
    jit_ret(b);

    /* long shifts(long x, int n): (x << n) >> 3, arithmetic, shift count in cl */
    int32_t f_shift = jit_pos(b);
    jit_mov_rr(b, JIT_S64, JIT_RAX, JIT_RDI);
    jit_mov_rr(b, JIT_S32, JIT_RCX, JIT_RSI);
    jit_shift_rcl(b, JIT_SHIFT_SHL, JIT_S64, JIT_RAX);
    jit_shift_ri(b, JIT_SHIFT_SAR, JIT_S64, JIT_RAX, 3);
    jit_ret(b);

    /* long big(void): a movabs constant through r15 (callee-saved, REX.B) */
    int32_t f_big = jit_pos(b);
    jit_push_r(b, JIT_R15);
    jit_movabs(b, JIT_R15, 0x123456789abcdef0ull);
    jit_mov_rr(b, JIT_S64, JIT_RAX, JIT_R15);
    jit_pop_r(b, JIT_R15);
    jit_ret(b);

    /* int reverse(int x): bswap; long highest(long x): bsr (x != 0); popcount and floor where the CPU has
     * POPCNT / SSE4.1 (the encoder tests every CPU's encodings, execution only what this CPU runs) */
    int32_t f_rev = jit_pos(b);
    jit_mov_rr(b, JIT_S32, JIT_RAX, JIT_RDI);
    jit_bswap(b, JIT_S32, JIT_RAX);
    jit_ret(b);
    int32_t f_hi = jit_pos(b);
    jit_bsr_rr(b, JIT_S64, JIT_RAX, JIT_RDI);
    jit_ret(b);
    int32_t f_pop = jit_pos(b);
    jit_popcnt_rr(b, JIT_S64, JIT_RAX, JIT_RDI);
    jit_ret(b);
    int32_t f_floor = jit_pos(b);
    jit_roundsd_rr(b, JIT_XMM0, JIT_XMM0, JIT_ROUND_FLOOR | 8);
    jit_ret(b);

    if (!code_seal(&c)) {
        check_result(t, false, "sealing the code page failed (buffer ok %d)", jit_buf_ok(b));
        code_close(&c);
        group_end(t, "exec");
        return;
    }

    int (*add)(int, int) = FN(int (*)(int, int), entry(&c, f_add));
    check_result(t, add(2, 3) == 5 && add(-7, 7) == 0 && add(INT32_MAX, 1) == INT32_MIN, "add");
    int64_t (*sum)(int64_t) = FN(int64_t (*)(int64_t), entry(&c, f_sum));
    check_result(t, sum(0) == 0 && sum(-5) == 0 && sum(1) == 1 && sum(100) == 5050 && sum(100000) == 5000050000,
                 "sum 1..n: %ld", (long)sum(100));
    double (*mul)(double, double) = FN(double (*)(double, double), entry(&c, f_mul));
    check_result(t, mul(1.5, 4.0) == 6.0 && mul(-0.5, 3.0) == -1.5, "double multiply");
    int (*div)(int, int) = FN(int (*)(int, int), entry(&c, f_div));
    check_result(t, div(17, 5) == 3 && div(-17, 5) == -3 && div(17, -5) == -3, "idiv");
    int64_t (*rem)(int64_t, int64_t) = FN(int64_t (*)(int64_t, int64_t), entry(&c, f_rem));
    check_result(t, rem(17, 5) == 2 && rem(-17, 5) == -2 && rem(INT64_MAX, 10) == 7, "64-bit remainder");
    int (*arr)(const int *, int) = FN(int (*)(const int *, int), entry(&c, f_arr));
    int a[100];
    for (int i = 0; i < 100; i++) a[i] = i * i - 50;
    int want = 0;
    for (int i = 0; i < 100; i++) want += a[i];
    check_result(t, arr(a, 100) == want && arr(a, 0) == 0, "array sum over [r12 + r13*4]");
    void *table[2] = { NULL, ((union { int64_t (*f)(int64_t); void *p; }){ .f = seven_times }).p };
    int64_t (*tab)(void **, int64_t) = FN(int64_t (*)(void **, int64_t), entry(&c, f_tab));
    check_result(t, tab(table, 6) == 43, "call through a table slot");
    int (*less)(int64_t, int64_t) = FN(int (*)(int64_t, int64_t), entry(&c, f_less));
    int64_t (*max)(int64_t, int64_t) = FN(int64_t (*)(int64_t, int64_t), entry(&c, f_max));
    check_result(t, less(-1, 0) == 1 && less(0, -1) == 0 && less(5, 5) == 0 && max(-3, 9) == 9 && max(9, -3) == 9,
                 "setcc and cmov");
    double (*scale)(int) = FN(double (*)(int), entry(&c, f_scale));
    int64_t (*d2l)(double) = FN(int64_t (*)(double), entry(&c, f_d2l));
    check_result(t, scale(4) == 10.0 && scale(-2) == -5.0 && d2l(-7.9) == -7 && d2l(1e12) == 1000000000000,
                 "cvtsi2sd, rip-relative constant, cvttsd2si");
    int64_t (*shifts)(int64_t, int) = FN(int64_t (*)(int64_t, int), entry(&c, f_shift));
    check_result(t, shifts(5, 4) == 10 && shifts(-1, 10) == -128, "shifts by cl and imm");
    int64_t (*big)(void) = FN(int64_t (*)(void), entry(&c, f_big));
    check_result(t, big() == 0x123456789abcdef0, "movabs through r15");

    int (*rev)(int) = FN(int (*)(int), entry(&c, f_rev));
    int64_t (*hi)(int64_t) = FN(int64_t (*)(int64_t), entry(&c, f_hi));
    check_result(t, rev(0x11223344) == 0x44332211 && hi(1) == 0 && hi(INT64_MIN) == 63 && hi(0x10000) == 16,
                 "bswap and bsr");
    __builtin_cpu_init();
    if (__builtin_cpu_supports("popcnt")) {
        int64_t (*pop)(int64_t) = FN(int64_t (*)(int64_t), entry(&c, f_pop));
        check_result(t, pop(0) == 0 && pop(-1) == 64 && pop(0x1011) == 3, "popcnt");
    }
    if (__builtin_cpu_supports("sse4.1")) {
        double (*fl)(double) = FN(double (*)(double), entry(&c, f_floor));
        check_result(t, fl(2.5) == 2.0 && fl(-2.5) == -3.0 && fl(7.0) == 7.0, "roundsd floor");
    }

    code_close(&c);
    group_end(t, "exec: encoded functions called from C (int, loop, double, idiv, arrays, table call, setcc)");
}
