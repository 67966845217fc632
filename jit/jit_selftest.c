/* The code cache's self test, behind the hidden option -XX:JitSelfTest=N (not in --help: a test hook, run
 * by tests/jit/codecache.sh). It needs no compiler: the blobs are a few hand-encoded x86-64 instructions.
 *
 *   blob 1  mov eax, 42 ; ret                               called directly
 *   blob 2  mov edi, 20 ; jmp qword ptr [rip + slot]        a tail call through the entry table (41)
 *   blob 3  jmp qword ptr [rip + slot(drem)]                called as double (*)(double, double)
 *
 * At start-up (jit_selftest_boot) both are made, called, patched alone and in a batch; /proc/self/maps is
 * checked at each step (the blob's pages rw- while written and r-x after, the entry table r--, never a
 * writable and executable mapping in VM space). Mode 2 then fills the cache until an allocation fails (the
 * test counts HotSpot's warning on stderr: exactly once). A snapshot taken with the option keeps the blobs;
 * jit_selftest_restored, run by the restore path, calls them again in the new process — blob 2 only works if
 * the entry table was refilled with this process's addresses — and writes a new blob after them. Every
 * step prints a `jit-selftest:` line on stderr; a failure is fatal (exit 134). */
#define _GNU_SOURCE
#include "jit_cc.h"

#include <stdio.h>
#include <string.h>

int64_t jit_rt_selftest(int64_t x); /* jit_entries.c */

static void check(bool ok, const char *what) {
    if (!ok) rt_fatal("jit-selftest: FAIL %s", what);
    fprintf(stderr, "jit-selftest: ok %s\n", what);
}

/* The permissions ("r-xp", ...) of the mapping holding addr, from /proc/self/maps; "" when unmapped. */
static void perms_of(const void *addr, char out[5]) {
    out[0] = 0;
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) return;
    char line[512];
    unsigned long long lo, hi;
    char p[5];
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "%llx-%llx %4s", &lo, &hi, p) == 3 && (uintptr_t)addr >= lo && (uintptr_t)addr < hi) {
            memcpy(out, p, 5);
            break;
        }
    fclose(f);
}

bool jit_wx_violation(char *why, size_t n) {
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) {
        snprintf(why, n, "cannot read /proc/self/maps");
        return true;
    }
    char line[512];
    bool bad = false;
    while (!bad && fgets(line, sizeof line, f)) {
        unsigned long long lo, hi;
        char p[5];
        if (sscanf(line, "%llx-%llx %4s", &lo, &hi, p) != 3) continue;
        if (hi <= RT_VM_BASE || lo >= RT_VM_BASE + RT_VM_SIZE) continue;
        if (p[1] == 'w' && p[2] == 'x') {
            bad = true;
            line[strcspn(line, "\n")] = 0;
            snprintf(why, n, "%s", line);
        }
    }
    fclose(f);
    return bad;
}

static void check_wx(const char *when) {
    char why[600] = "", msg[700];
    bool bad = jit_wx_violation(why, sizeof why);
    snprintf(msg, sizeof msg, "no writable+executable mapping in VM space %s%s%s", when, bad ? ": " : "", why);
    check(!bad, msg);
}

static void check_perms(const void *addr, const char *want, const char *what) {
    char p[5], msg[200];
    perms_of(addr, p);
    snprintf(msg, sizeof msg, "%s is %.3s (found %.3s)", what, want, p[0] ? p : "unmapped");
    check(strncmp(p, want, 3) == 0, msg);
}

typedef int64_t (*Fn)(void);
static int64_t call(JitBlob *b) { return ((Fn)(void *)jit_blob_entry(b))(); }

static JitBlob *make_const(int32_t value, uint32_t id) {
    JitBlob *b = jit_code_alloc(16);
    if (!b) return NULL;
    uint8_t *c = jit_blob_code(b);
    c[0] = 0xb8; /* mov eax, imm32 */
    memcpy(c + 1, &value, 4);
    c[5] = 0xc3; /* ret */
    b->kind = JIT_BLOB_TEST;
    b->compile_id = id;
    b->code_size = 6;
    return b;
}

static JitBlob *make_table_call(void) {
    JitBlob *b = jit_code_alloc(16);
    if (!b) return NULL;
    uint8_t *c = jit_blob_code(b);
    c[0] = 0xbf; /* mov edi, 20 */
    int32_t arg = 20;
    memcpy(c + 1, &arg, 4);
    c[5] = 0xff; /* jmp qword ptr [rip + disp32] */
    c[6] = 0x25;
    int64_t disp = (int64_t)JIT_ENTRY_SLOT(JIT_E_selftest) - (int64_t)(uintptr_t)(c + 11);
    if (disp < INT32_MIN || disp > INT32_MAX) rt_fatal("jit-selftest: FAIL entry table out of rip-relative reach");
    int32_t d32 = (int32_t)disp;
    memcpy(c + 7, &d32, 4);
    b->kind = JIT_BLOB_TEST;
    b->compile_id = 2;
    b->code_size = 11;
    return b;
}

static void check_table(void) {
    void *slot = *(void **)JIT_ENTRY_SLOT(JIT_E_selftest);
    check(slot == (void *)jit_rt_selftest, "the entry table holds this process's address of jit_rt_selftest");
    void *const *t = (void *const *)JIT_ENTRY_TABLE;
    size_t filled = 0, zero_after = 0;
    for (size_t i = 0; i < JIT_ENTRY_TABLE_BYTES / sizeof(void *); i++) {
        if (i < JIT_E_COUNT) filled += t[i] != NULL;
        else zero_after += t[i] == NULL;
    }
    check(filled == JIT_E_COUNT && zero_after == JIT_ENTRY_TABLE_BYTES / sizeof(void *) - JIT_E_COUNT,
          "every entry is filled, the rest of the page is zero");
    check_perms((void *)JIT_ENTRY_TABLE, "r--", "the entry table page");
}

/* A stub that tail-jumps through entry e: called with the entry's own C type, it checks the slot and the
 * calling convention (here floating-point arguments and result: drem). */
static JitBlob *make_entry_stub(int e) {
    JitBlob *b = jit_code_alloc(16);
    if (!b) return NULL;
    uint8_t *c = jit_blob_code(b);
    c[0] = 0xff; /* jmp qword ptr [rip + disp32] */
    c[1] = 0x25;
    int32_t d32 = (int32_t)((int64_t)JIT_ENTRY_SLOT(e) - (int64_t)(uintptr_t)(c + 6));
    memcpy(c + 2, &d32, 4);
    b->kind = JIT_BLOB_TEST;
    b->code_size = 6;
    return b;
}

static void fill(void) {
    JitCodeCache *c = &VM->code;
    if (c->limit - c->start > (16 << 20)) {
        fprintf(stderr, "jit-selftest: fill skipped (cache larger than 16M)\n");
        return;
    }
    uint32_t n = 0;
    JitBlob *b;
    while ((b = jit_code_alloc(4000)) != NULL) {
        b->kind = JIT_BLOB_TEST;
        b->compile_id = 100 + n++;
        jit_code_commit(b);
    }
    char msg[120];
    snprintf(msg, sizeof msg, "cache full after %u more blobs, compilation disabled", n);
    check(!jit_compilation_enabled() && VM->code.full_count == 1, msg);
    check(jit_code_alloc(4000) == NULL && VM->code.full_count == 2, "a second failed allocation (no second warning)");
    check_wx("after filling the cache");
}

void jit_selftest_boot(int mode) {
    check_wx("at start-up");
    check_table();
    JitBlob *a = make_const(42, 1);
    check(a != NULL, "allocate blob 1");
    check_perms(a, "rw-", "blob 1 while being written");
    check_wx("while writing");
    jit_code_commit(a);
    check_perms(a, "r-x", "blob 1 after commit");
    check(call(a) == 42, "call blob 1 (42)");
    JitBlob *b = make_table_call();
    check(b != NULL && (uint8_t *)b == (uint8_t *)a + a->size, "allocate blob 2 right after blob 1");
    check_perms(a, "rw-", "blob 1's page while blob 2 (same page) is written");
    jit_code_commit(b);
    check(call(b) == 41, "call blob 2 through the entry table (41)");
    check(call(a) == 42, "call blob 1 again");
    check(jit_blob_for_pc(jit_blob_code(b) + 3) == b && jit_blob_for_pc(a) == NULL, "jit_blob_for_pc");
    JitBlob *d = make_entry_stub(JIT_E_drem);
    check(d != NULL, "allocate an entry stub");
    jit_code_commit(d);
    double r = ((double (*)(double, double))(void *)jit_blob_entry(d))(7.5, 2.0);
    check(r == 1.5, "call drem through the entry table (7.5 % 2.0 = 1.5)");
    int32_t v = 43;
    jit_code_patch(jit_blob_code(a) + 1, &v, 4);
    check_perms(a, "r-x", "blob 1 after a patch");
    check(call(a) == 43, "call patched blob 1 (43)");
    jit_patch_begin();
    v = 44;
    jit_code_patch(jit_blob_code(a) + 1, &v, 4);
    check_perms(a, "rw-", "blob 1 inside a patch batch");
    check_wx("inside a patch batch");
    jit_patch_end();
    check(call(a) == 44, "call blob 1 patched in a batch (44)");
    v = 42;
    jit_code_patch(jit_blob_code(a) + 1, &v, 4);
    JitBlob *x = jit_code_alloc(100);
    check(x != NULL, "allocate a blob to abandon");
    uint8_t *top = VM->code.top;
    jit_code_abandon(x);
    check(VM->code.top == (uint8_t *)x && VM->code.top < top && VM->code.open == NULL, "abandon it");
    JitCacheStats s;
    jit_codecache_stats(&s);
    check(s.blobs == 3 && s.other == 3 && s.nmethods == 0, "the walk finds the 3 blobs");
    check_wx("after the boot tests");
    if (mode >= 2) fill();
}

void jit_selftest_restored(int mode) {
    check_table();
    check_wx("after the restore");
    JitBlob *a = jit_blob_first(), *b = a ? jit_blob_next(a) : NULL;
    check(a && b && a->kind == JIT_BLOB_TEST && a->compile_id == 1 && b->compile_id == 2,
          "the snapshot carried blobs 1 and 2");
    check_perms(a, "r-x", "restored blob 1");
    check(call(a) == 42, "call restored blob 1 (42)");
    check(call(b) == 41, "call restored blob 2 through the refilled entry table (41)");
    int32_t v = 45;
    jit_code_patch(jit_blob_code(a) + 1, &v, 4);
    check(call(a) == 45, "patch restored blob 1 (45)");
    if (mode >= 2) {
        check(!jit_compilation_enabled() && jit_code_alloc(4000) == NULL, "the restored cache is still full");
    } else {
        JitBlob *c = make_const(7, 3);
        check(c != NULL, "allocate a blob after the restore");
        jit_code_commit(c);
        check(call(c) == 7, "call it (7)");
    }
    check_wx("after the restored tests");
}
