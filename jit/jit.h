/* jit.h — the jit folder's one public header: the code cache, the runtime entry table compiled code calls
 * through, and (later) the compilers. Internal headers (the x86-64 encoder, ...) stay inside jit/.
 *
 * ---- The code cache (jit_codecache.c) ----------------------------------------------------------------------
 * It lives in VM space at the fixed address RT_CODE_BASE (RT_CODE_SIZE = 1 GiB reserved; -XX:Reserved-
 * CodeCacheSize, default 240m as HotSpot's, says how much of it may be used), so compiled code is part of a
 * snapshot like any other VM state and is mapped back at the same address by a restore, with no relocation.
 * Its state is Vm.code (JitCodeCache, runtime/rt.h). Layout:
 *
 *   RT_CODE_BASE  [entry table: one page, read-only] [blob][blob]...[blob] top ... limit ... (reserve end)
 *
 * Blobs are bump-allocated in address order, 64-byte aligned, never freed (no code unloading yet: a
 * function's warm-up compiles a bounded set of methods, and a snapshot should carry all of them). A blob is
 * a JitBlob header followed by its body: the instructions and, later, the compiler's side tables (stack maps
 * at every call and safepoint, PC→bci for stack traces), located by offsets in the header. The header is in
 * the cache rather than in metaspace so that one contiguous walk finds every blob (iteration, `ember
 * inspect`, and jit_blob_for_pc when a stack walk meets a return address) and so that a blob is one
 * allocation; it is read-only once committed, so mutable per-method state (counters, the entry point the
 * interpreter dispatches to) belongs in Method (metaspace), not here.
 *
 * What code may embed: addresses inside VM space outside the Java heap — metaspace (Class*, Method*,
 * Field*, constant-pool entries, profile cells), the card table (RT_CARDS_BASE), other blobs, the entry
 * table — are fixed for the life of the VM and across snapshots, so they can be immediates or RIP-relative
 * displacements. Heap objects move at every collection: code never embeds an Object*, it loads references
 * from a root (a resolved constant-pool entry, a Class's statics, Vm fields).
 *
 * ---- W^X ----------------------------------------------------------------------------------------------------
 * No page of the code cache is ever writable and executable at once; pages are mapped lazily, as blobs
 * reach them. jit_code_alloc makes the blob's pages read-write (the first one may hold the tail of the
 * previous blob, which is then not executable until the commit), the compiler writes the blob, and
 * jit_code_commit switches the pages to read-execute before anything may call into it. Code is installed
 * and patched on the Java thread while no compiled code runs on another thread: Ember runs one Java thread,
 * and a background compiler must emit into a buffer of its own and install at a safepoint through these
 * same calls. Cost: two mprotect calls per compiled method (about a microsecond each on one page, no TLB
 * shoot-down with one thread), small against the compile itself.
 * Patching code after the commit (jit_code_patch) flips the pages RW, writes, and flips them back: two
 * system calls per patch, so several patches go in a batch (jit_patch_begin/end: the pages stay RW until
 * the batch ends). Inline caches should therefore keep their mutable part — the cached class and target —
 * in a data word in metaspace that the code loads (VM space is at a fixed address, so the code can embed
 * that word's address), and patch instructions only for rare state changes (a method made not entrant).
 *
 * ---- The runtime entry table (jit_entries.def, jit_entries.c) ------------------------------------------------
 * Compiled code never embeds an address of the executable or of a shared library (ARCHITECTURE invariant 2:
 * ASLR moves them between the process that wrote a snapshot and the one restoring it). It calls the runtime
 * through a table of function pointers indexed by JIT_E_* (ORDER: the index is baked into compiled code).
 * The table sits at JIT_ENTRY_TABLE = RT_CODE_BASE, the first page of the code cache, which every blob
 * reaches with RIP-relative addressing (the cache is 1 GiB, within ±2 GiB of any code in it):
 *     call qword ptr [rip + (JIT_ENTRY_TABLE + 8 * JIT_E_x - address of the next instruction)]
 * — one instruction, no register pinned by the calling convention, no extra load. The page is not
 * executable and is read-only except while it is filled. Its contents are process state that happens to
 * sit in VM space: jit_init fills it at start-up and jit_after_restore (called by snap_after_restore)
 * refills it in every restored process before any Java code runs; the snapshot writer stores the page as
 * an all-zero region, so no snapshot file ever contains an executable address (invariants 2 and 6), and a
 * restore's first act — before any code can run — is to make the table right for this process.
 *
 * ---- Options --------------------------------------------------------------------------------------------------
 * -XX:ReservedCodeCacheSize=<size> (VmOptions.code_cache_size, 64K..1024M), -XX:+PrintCodeCache (HotSpot's
 * summary at exit), and the hidden -XX:JitSelfTest=N of the tests (jit_selftest.c). */
#ifndef EMBER_JIT_H
#define EMBER_JIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../runtime/rt.h"

#define JIT_DEFAULT_CODE_CACHE_SIZE ((uint64_t)240 << 20)   /* HotSpot's tiered default */
#define JIT_MIN_CODE_CACHE_SIZE ((uint64_t)64 << 10)
#define JIT_MAX_CODE_CACHE_SIZE ((uint64_t)RT_CODE_SIZE)
#define JIT_PAGE 4096u
#define JIT_BLOB_ALIGN 64u

/* ---- the runtime entry table ---------------------------------------------------------------------------- */
enum {
#define JIT_ENTRY(name, fn, sig) JIT_E_##name,
#include "jit_entries.def"
#undef JIT_ENTRY
    JIT_E_COUNT
};
#define JIT_ENTRY_TABLE RT_CODE_BASE
#define JIT_ENTRY_TABLE_BYTES ((size_t)JIT_PAGE)
/* The slot compiled code calls through for entry `e` (a constant address in VM space). */
#define JIT_ENTRY_SLOT(e) (JIT_ENTRY_TABLE + 8u * (uintptr_t)(e))

/* ---- blobs ------------------------------------------------------------------------------------------------ */
enum {                /* JitBlob.kind */
    JIT_BLOB_NMETHOD = 1,     /* a compiled Java method (osr_bci >= 0: an on-stack-replacement version) */
    JIT_BLOB_STUB = 2,        /* shared code: call stubs, exception and deoptimisation entries */
    JIT_BLOB_ADAPTER = 3,     /* interpreted <-> compiled calling-convention adapters */
    JIT_BLOB_TEST = 4,        /* made by the hidden self test (jit_selftest.c) */
};
enum { JIT_BLOB_WRITING = 1, JIT_BLOB_LIVE = 2, JIT_BLOB_NOT_ENTRANT = 3 };  /* JitBlob.state */
#define JIT_BLOB_MAGIC 0x424f4c42u  /* "BLOB" */
#define JIT_MAX_TIER 4

/* The header of every blob: 64 bytes, at the blob's (64-aligned) start. Offsets count from the blob's start;
 * the compiler sets everything after `size` between jit_code_alloc and jit_code_commit. */
typedef struct JitBlob {
    uint32_t magic;          /* JIT_BLOB_MAGIC (walks of a snapshot's cache check it) */
    uint32_t size;           /* the whole blob, header included; a multiple of JIT_BLOB_ALIGN */
    Method *method;          /* NMETHOD: the method; NULL otherwise */
    uint32_t compile_id;     /* -XX:+PrintCompilation's id */
    uint8_t kind;            /* JIT_BLOB_* */
    uint8_t tier;            /* HotSpot's levels: 1 = Ember's baseline compiler; 0 for non-methods */
    uint8_t state;           /* JIT_BLOB_WRITING until committed */
    uint8_t pad0;
    uint32_t code_offset;    /* first instruction (jit_code_alloc: right after the header) */
    uint32_t code_size;
    uint32_t entry_offset;   /* from the code start: the C entry (Method.jit_entry) */
    uint32_t alt_entry_offset;  /* from the code start: the inline-cache-checking entry, or the OSR entry */
    int32_t osr_bci;         /* the loop's bci for an OSR nmethod, -1 otherwise */
    /* Side tables after the code (offsets from the blob's start, sizes in bytes; 0 = none). Compiled frames
     * are interpreter frames (jit_comp.h), so the stack map at a call is the bytecode reference map at the
     * Frame.pc the code stored, and stack traces read Frame.pc: the blob needs no maps or PC tables of its own.
     *   handlers: uint32_t per exception handler of the method (its order): the handler's code offset
     *   entries:  JitBlockEntry per block start (branch target, loop header): where the interpreter may
     *             continue the frame in this code (on-stack replacement), in bci order */
    uint32_t handlers_offset, handlers_size;
    uint32_t entries_offset, entries_size;
    uint32_t java_entry_offset;  /* from the code start: the entry of compiled callers (Method.jit_code) */
} JitBlob;
_Static_assert(sizeof(JitBlob) == 64, "JitBlob is one cache line");

typedef struct JitBlockEntry {
    uint32_t bci;
    uint32_t offset;   /* from the code start */
} JitBlockEntry;

static inline uint8_t *jit_blob_code(JitBlob *b) { return (uint8_t *)b + b->code_offset; }
static inline uint8_t *jit_blob_entry(JitBlob *b) { return jit_blob_code(b) + b->entry_offset; }

/* ---- the code cache -------------------------------------------------------------------------------------- */
/* Start-up, after rt_vmspace_init: sets up Vm.code from opt (capacity, the entry table page) and fills the
 * entry table. Runs the hidden self test when VmOptions.jit_selftest asks. */
void jit_init(const VmOptions *opt);
/* After a restore (snap_after_restore), before any Java code: refills the entry table for this process. */
void jit_after_restore(void);
/* Runs at VM exit (normal end and System.exit/halt): -XX:+PrintCodeCache. */
void jit_before_exit(void);
/* Whether a new compilation may start: not -Xint, and the code cache has not filled up. */
bool jit_compilation_enabled(void);

/* Reserves a blob with `body` bytes after its header and makes its pages writable. Returns it with magic,
 * size, code_offset (= sizeof(JitBlob)), code_size (= body), osr_bci (-1) and state WRITING set, the body
 * zeroed; or NULL when the cache is full — then compilation is disabled, HotSpot's warning is printed once,
 * and execution continues interpreted. One blob is open at a time: commit or abandon it before the next. */
JitBlob *jit_code_alloc(size_t body);
/* Makes the open blob executable (state LIVE). From here on it is read-only. */
void jit_code_commit(JitBlob *b);
/* Gives the open blob back (a compilation that bailed out): the cache is as before jit_code_alloc. */
void jit_code_abandon(JitBlob *b);

/* Overwrites n bytes of committed code at dst (inside one blob). Flips the pages RW and back to RX, unless a
 * batch is open, which keeps them RW until jit_patch_end. Not while a blob is open. */
void jit_code_patch(void *dst, const void *src, size_t n);
void jit_patch_begin(void);
void jit_patch_end(void);

/* Committed blobs in address order (the open one is not included). NULL at the end. Robust against a
 * damaged cache (a snapshot being inspected): a header that is not plausible ends the walk. */
JitBlob *jit_blob_first(void);
JitBlob *jit_blob_next(JitBlob *b);
/* The committed blob whose code contains pc, or NULL. A linear walk for now; stack walks through compiled
 * frames will want an index (blobs are in address order, so a sorted table or HotSpot's segment map). */
JitBlob *jit_blob_for_pc(const void *pc);

typedef struct JitCacheStats {
    uint32_t blobs;                          /* committed */
    uint32_t nmethods, osr_nmethods, stubs, adapters, other;
    uint32_t per_tier[JIT_MAX_TIER + 1];     /* nmethods by tier (OSR ones included) */
    uint64_t capacity, used, max_used, committed, code_bytes;
} JitCacheStats;
void jit_codecache_stats(JitCacheStats *s);
/* HotSpot's -XX:+PrintCodeCache summary (CodeCache: size=...Kb used=... / bounds / total_blobs / compilation /
 * full_count lines). */
void jit_codecache_print(FILE *out);

/* ---- the baseline compiler (tier 1: jit_compile.c, jit_emit_*.c; policy and queue: jit_policy.c) ----------
 * The compiled-frame contract: a compiled method's entry is `bool entry(Thread *t, Frame *f)`, called with the
 * method's frame built as the interpreter builds it (prev, method, locals with the arguments and the other
 * locals zeroed, flags and monitor_count 0) and on top of the thread (t->top == f). It runs the method to its
 * end: on return the result is in f->locals[0] (narrowed to the declared type), t->top is f->prev and the
 * result is true; on an exception the frame was unwound the same way and the result is false with the
 * exception pending. A synchronized method takes and releases its monitor itself. Compiled code keeps
 * Frame.pc/Frame.sp current at every call, so stack walks, the GC and exception dispatch treat compiled
 * frames as interpreted ones (jit_comp.h).
 *
 * The tier policy (runtime/rt_tier.c) asks jit_request for a compilation. With -Xbatch it compiles at once;
 * otherwise the request joins a queue (Vm.jit) and the method keeps running interpreted: background
 * compilation. Ember runs one Java thread and the compiler resolves constant-pool entries and lays out
 * metaspace data as it compiles, so "background" is on the Java thread at safepoints: the queue is drained
 * at the next tier event of any method (jit_poll, where the frames are consistent for a collection), after
 * a warm-up call of `ember snapshot`, and before a snapshot is written. */
#define JIT_OSR_POLL 64u   /* backedges between checks for OSR code while a loop runs interpreted */
/* Asks for a compilation of m (osr_bci < 0) or of an OSR version entered at loop header osr_bci. False when
 * the method cannot be compiled (it stays interpreted for good). */
bool jit_request(Thread *t, Method *m, int32_t osr_bci);
/* Drains the compile queue (a safepoint of background compilation). */
void jit_poll(Thread *t);
/* Compiled code that can continue an interpreted frame of m at loop header bci: the OSR entry and the
 * header's code. */
bool jit_osr_lookup(Method *m, uint32_t bci, void **entry, void **target);
/* Compiles one method now and installs it; the reason in why when it bails out (jit_compile.c). */
JitBlob *jit_compile(Thread *t, Method *m, int32_t osr_bci, char *why, size_t why_n);

/* ---- the hidden self test (jit_selftest.c) ---------------------------------------------------------------- */
/* -XX:JitSelfTest=1: hand-encoded blobs are allocated, committed, called directly and through the entry table,
 * patched (alone and in a batch), and /proc/self/maps is checked for writable+executable mappings in VM space
 * at each step; =2 also fills the cache until it is full. After a restore of a snapshot made with it, the
 * blobs it left are called again (and a new one is made). Results go to stderr as `jit-selftest: ...` lines;
 * a failure is fatal. */
void jit_selftest_boot(int mode);
void jit_selftest_restored(int mode);
/* Whether any mapping inside VM space is writable and executable at once (reads /proc/self/maps); the first
 * offending line goes into why. */
bool jit_wx_violation(char *why, size_t n);

#endif
