/* The code cache: blobs of machine code in VM space, bump-allocated, W^X (see jit/jit.h for the design).
 *
 * Page states, by address:
 *   [start, base)          the entry table: read-only (read-write only inside jit_entries_install)
 *   [base, commit)         code pages: read-execute, except the pages of the open blob (read-write between
 *                          jit_code_alloc and jit_code_commit) and those of an open patch batch
 *   [commit, limit)        reserved, PROT_NONE; mapped page by page as blobs reach them
 * Invariant: no page is ever writable and executable at once. A restore maps the snapshot's code pages
 * read-execute (snap_write.c writes them so), and the first jit_code_alloc after it flips the frontier
 * page writable (a private copy of the file's page) for the new blob. */
#define _GNU_SOURCE
#include "jit_cc.h"

#include <errno.h>
#include <string.h>
#include <sys/mman.h>

static JitCodeCache *cc(void) { return &VM->code; }

static void protect(uintptr_t from, uintptr_t to, int prot, const char *what) {
    from = jit_page_down(from);
    to = jit_page_up(to);
    if (to > from && mprotect((void *)from, to - from, prot) != 0)
        rt_fatal("code cache: cannot make %zu bytes at %p %s: %s", (size_t)(to - from), (void *)from, what,
                 strerror(errno));
}

FILE *jit_report_stream(void) {
    uint32_t k = VM->fn.kind;
    return k == RT_FN_STATIC || k == RT_FN_INSTANCE ? stderr : stdout;
}

void jit_init(const VmOptions *opt) {
    Vm *vm = VM;
    JitCodeCache *c = cc();
    memset(c, 0, sizeof *c);
    uint64_t size = opt->code_cache_size ? opt->code_cache_size : JIT_DEFAULT_CODE_CACHE_SIZE;
    if (size > JIT_MAX_CODE_CACHE_SIZE) size = JIT_MAX_CODE_CACHE_SIZE;
    if (size < JIT_MIN_CODE_CACHE_SIZE) size = JIT_MIN_CODE_CACHE_SIZE;
    size = jit_page_up(size);
    c->start = vm->code_base;
    c->base = c->top = c->commit = c->start + JIT_ENTRY_TABLE_BYTES;
    c->limit = c->start + size;
    c->max_used = (uint64_t)(c->top - c->start);
    jit_entries_install();
    rt_c_stack_install(&vm->main);
    if (opt->jit_selftest) jit_selftest_boot(opt->jit_selftest);
}

void jit_after_restore(void) {
    JitCodeCache *c = cc();
    if (!c->start) return; /* a VM space set up without the JIT (tests, fuzz targets) */
    c->exit_printed = 0;
    jit_entries_install();
    rt_c_stack_install(&VM->main);
    if (VM->opt.jit_selftest) jit_selftest_restored(VM->opt.jit_selftest);
}

bool jit_compilation_enabled(void) { return cc()->start && !cc()->disabled && !VM->opt.xint; }

/* The cache could not hold a blob: compilation stops, with HotSpot's warning the first time (on stderr, as
 * HotSpot's warning()) followed by the summary HotSpot prints with it. Execution continues interpreted. */
static void report_full(void) {
    JitCodeCache *c = cc();
    c->disabled = 1;
    if (c->full_count++) return;
    fflush(stdout);
    fputs("OpenJDK 64-Bit Server VM warning: CodeCache is full. Compiler has been disabled.\n"
          "OpenJDK 64-Bit Server VM warning: Try increasing the code cache size using -XX:ReservedCodeCacheSize=\n",
          stderr);
    FILE *out = jit_report_stream();
    jit_codecache_print(out);
    fflush(out);
}

JitBlob *jit_code_alloc(size_t body) {
    JitCodeCache *c = cc();
    if (!c->start) return NULL;
    if (c->open) rt_fatal("code cache: a blob is already being written");
    if (c->patch_depth) rt_fatal("code cache: allocation inside a patch batch");
    size_t size = (sizeof(JitBlob) + body + JIT_BLOB_ALIGN - 1) & ~(size_t)(JIT_BLOB_ALIGN - 1);
    if (body > UINT32_MAX - 2 * JIT_BLOB_ALIGN || size > (size_t)(c->limit - c->top)) {
        report_full();
        return NULL;
    }
    uint8_t *p = c->top, *end = p + size;
    /* The first page may hold the end of the previous blob: it is not executable until the commit (no
     * compiled code runs meanwhile, jit.h). Pages past `commit` are mapped here for the first time. */
    protect((uintptr_t)p, (uintptr_t)end, PROT_READ | PROT_WRITE, "writable");
    if (end > c->commit) c->commit = (uint8_t *)jit_page_up((uintptr_t)end);
    memset(p, 0, size); /* fresh pages are zero, but an abandoned blob's may not be: keep snapshots reproducible */
    JitBlob *b = (JitBlob *)p;
    b->magic = JIT_BLOB_MAGIC;
    b->size = (uint32_t)size;
    b->state = JIT_BLOB_WRITING;
    b->code_offset = sizeof(JitBlob);
    b->code_size = (uint32_t)body;
    b->osr_bci = -1;
    c->open = p;
    c->top = end;
    if ((uint64_t)(c->top - c->start) > c->max_used) c->max_used = (uint64_t)(c->top - c->start);
    return b;
}

static void check_open(JitBlob *b, const char *what) {
    if (!b || (uint8_t *)b != cc()->open || b->state != JIT_BLOB_WRITING)
        rt_fatal("code cache: %s of a blob that is not the open one", what);
}

void jit_code_commit(JitBlob *b) {
    JitCodeCache *c = cc();
    check_open(b, "commit");
    if (b->magic != JIT_BLOB_MAGIC || (uint64_t)b->code_offset + b->code_size > b->size ||
        b->entry_offset > b->code_size)
        rt_fatal("code cache: committing a blob with an inconsistent header");
    b->state = JIT_BLOB_LIVE;
    uint8_t *end = (uint8_t *)b + b->size;
    __builtin___clear_cache((char *)b, (char *)end); /* nothing on x86-64 (coherent instruction cache) */
    protect((uintptr_t)b, (uintptr_t)end, PROT_READ | PROT_EXEC, "executable");
    c->open = NULL;
    c->n_blobs++;
}

void jit_code_abandon(JitBlob *b) {
    JitCodeCache *c = cc();
    check_open(b, "abandon");
    uint8_t *p = (uint8_t *)b, *end = p + b->size;
    memset(p, 0, (size_t)(end - p));
    c->top = p;
    c->open = NULL;
    protect((uintptr_t)p, (uintptr_t)end, PROT_READ | PROT_EXEC, "executable");
}

/* ---- patching ------------------------------------------------------------------------------------------ */
void jit_patch_begin(void) {
    JitCodeCache *c = cc();
    if (c->open) rt_fatal("code cache: patching while a blob is being written");
    c->patch_depth++;
}

void jit_patch_end(void) {
    JitCodeCache *c = cc();
    if (!c->patch_depth) rt_fatal("code cache: jit_patch_end without jit_patch_begin");
    if (--c->patch_depth) return;
    /* Every page in [patch_lo, patch_hi) is a code page (the hull of patched blobs, all committed), so the
     * whole range goes back to read-execute. */
    if (c->patch_hi > c->patch_lo)
        protect((uintptr_t)c->patch_lo, (uintptr_t)c->patch_hi, PROT_READ | PROT_EXEC, "executable");
    c->patch_lo = c->patch_hi = NULL;
}

void jit_code_patch(void *dst, const void *src, size_t n) {
    JitCodeCache *c = cc();
    uint8_t *d = dst;
    if (c->open) rt_fatal("code cache: patching while a blob is being written");
    if (!n) return;
    if (d < c->base || d + n > c->top || d + n < d) rt_fatal("code cache: patch at %p outside the code", dst);
    uint8_t *lo = (uint8_t *)jit_page_down((uintptr_t)d), *hi = (uint8_t *)jit_page_up((uintptr_t)(d + n));
    if (c->patch_depth) {
        /* pages already made writable by this batch stay so; only the new ones are flipped */
        if (!c->patch_hi) {
            protect((uintptr_t)lo, (uintptr_t)hi, PROT_READ | PROT_WRITE, "writable");
            c->patch_lo = lo;
            c->patch_hi = hi;
        } else {
            uint8_t *nlo = lo < c->patch_lo ? lo : c->patch_lo, *nhi = hi > c->patch_hi ? hi : c->patch_hi;
            if (nlo < c->patch_lo) protect((uintptr_t)nlo, (uintptr_t)c->patch_lo, PROT_READ | PROT_WRITE, "writable");
            if (nhi > c->patch_hi) protect((uintptr_t)c->patch_hi, (uintptr_t)nhi, PROT_READ | PROT_WRITE, "writable");
            c->patch_lo = nlo;
            c->patch_hi = nhi;
        }
        memcpy(d, src, n);
        return;
    }
    protect((uintptr_t)lo, (uintptr_t)hi, PROT_READ | PROT_WRITE, "writable");
    memcpy(d, src, n);
    protect((uintptr_t)lo, (uintptr_t)hi, PROT_READ | PROT_EXEC, "executable");
}

/* ---- walking ------------------------------------------------------------------------------------------- */
/* A blob header at p that a walk may trust: inside [base, top), not the open blob, sized sanely. */
static JitBlob *plausible(uint8_t *p) {
    JitCodeCache *c = cc();
    if (!c->start || p < c->base || p >= c->top || p == c->open || ((uintptr_t)p & (JIT_BLOB_ALIGN - 1))) return NULL;
    if ((size_t)(c->top - p) < sizeof(JitBlob)) return NULL;
    JitBlob *b = (JitBlob *)p;
    if (b->magic != JIT_BLOB_MAGIC || b->size < sizeof(JitBlob) || b->size % JIT_BLOB_ALIGN ||
        b->size > (size_t)(c->top - p) || b->state == JIT_BLOB_WRITING)
        return NULL;
    return b;
}

JitBlob *jit_blob_first(void) { return plausible(cc()->base); }

JitBlob *jit_blob_next(JitBlob *b) { return plausible((uint8_t *)b + b->size); }

JitBlob *jit_blob_for_pc(const void *pc) {
    const uint8_t *p = pc;
    for (JitBlob *b = jit_blob_first(); b; b = jit_blob_next(b)) {
        if (p < (uint8_t *)b) return NULL;
        if (p >= jit_blob_code(b) && p < jit_blob_code(b) + b->code_size) return b;
    }
    return NULL;
}

void jit_codecache_stats(JitCacheStats *s) {
    JitCodeCache *c = cc();
    memset(s, 0, sizeof *s);
    if (!c->start) return;
    s->capacity = (uint64_t)(c->limit - c->start);
    s->used = (uint64_t)(c->top - c->start);
    s->max_used = c->max_used;
    s->committed = (uint64_t)(c->commit - c->start);
    for (JitBlob *b = jit_blob_first(); b; b = jit_blob_next(b)) {
        s->blobs++;
        s->code_bytes += b->code_size;
        switch (b->kind) {
        case JIT_BLOB_NMETHOD:
            if (b->osr_bci >= 0) s->osr_nmethods++;
            else s->nmethods++;
            if (b->tier <= JIT_MAX_TIER) s->per_tier[b->tier]++;
            break;
        case JIT_BLOB_STUB: s->stubs++; break;
        case JIT_BLOB_ADAPTER: s->adapters++; break;
        default: s->other++; break;
        }
    }
}

/* HotSpot's CodeCache::print_summary for an unsegmented cache (ReservedCodeCacheSize < 240m there; Ember's
 * cache is never segmented): sizes in Kb, bounds = [start, committed end, reserved end]. The entry table
 * page counts as used, like HotSpot's stubs and adapters. */
void jit_codecache_print(FILE *out) {
    JitCodeCache *c = cc();
    JitCacheStats s;
    jit_codecache_stats(&s);
    fprintf(out, "CodeCache: size=%lluKb used=%lluKb max_used=%lluKb free=%lluKb\n",
            (unsigned long long)(s.capacity >> 10), (unsigned long long)(s.used >> 10),
            (unsigned long long)(s.max_used >> 10), (unsigned long long)((s.capacity - s.used) >> 10));
    fprintf(out, " bounds [0x%016llx, 0x%016llx, 0x%016llx]\n", (unsigned long long)(uintptr_t)c->start,
            (unsigned long long)(uintptr_t)c->commit, (unsigned long long)(uintptr_t)c->limit);
    fprintf(out, " total_blobs=%u nmethods=%u adapters=%u\n", s.blobs, s.nmethods + s.osr_nmethods, s.adapters);
    fprintf(out, " compilation: %s\n", VM->opt.xint ? "disabled (interpreter mode)"
                                       : c->disabled ? "disabled (not enough contiguous free space left)"
                                                     : "enabled");
    /* HotSpot counts stops and restarts of the sweeper-driven flushing here, which Ember does not have */
    fprintf(out, "              stopped_count=0, restarted_count=0\n");
    fprintf(out, " full_count=%u\n", c->full_count);
}

void jit_before_exit(void) {
    JitCodeCache *c = cc();
    if (!c->start || !VM->opt.print_code_cache || c->exit_printed) return;
    c->exit_printed = 1;
    FILE *out = jit_report_stream();
    fflush(stdout);
    jit_codecache_print(out);
    fflush(out);
}
