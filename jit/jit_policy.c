/* The compile queue and its policy side: requests from the tier policy (runtime/rt_tier.c), -Xbatch versus
 * background compilation (see jit.h), installation of compiled methods, on-stack-replacement lookups, and
 * HotSpot's -XX:+PrintCompilation lines. */
#include "jit_comp.h"

#include "../loader/ld.h"

#include <stdio.h>
#include <string.h>

/* HotSpot's PrintCompilation line: timestamp (ms since start), compile id, the flags % (OSR) s (synchronized)
 * ! (has exception handlers) b (blocking: -Xbatch) n (native), the tier, Class::method [@ osr_bci], and the
 * bytecode size. A compilation that fails prints the same line again with "COMPILE SKIPPED: why". */
static void print_compilation(Method *m, uint32_t id, int32_t osr_bci, const char *skipped) {
    FILE *out = jit_report_stream();
    char cls[512];
    ld_java_name(m->owner->name->text, cls, sizeof cls);
    unsigned long ms = (unsigned long)((rt_nanos() - VM->start_nanos) / 1000000u);
    char at[32] = "";
    if (osr_bci >= 0) snprintf(at, sizeof at, " @ %d", osr_bci);
    fprintf(out, "%7lu %4u %c%c%c%c%c %d       %s::%s%s (%u bytes)", ms, id, osr_bci >= 0 ? '%' : ' ',
            (m->access & ACC_SYNCHRONIZED) ? 's' : ' ', m->n_handlers ? '!' : ' ', VM->opt.batch ? 'b' : ' ',
            (m->access & ACC_NATIVE) ? 'n' : ' ', 1, cls, m->name->text, at, m->code_len);
    if (skipped) fprintf(out, "   COMPILE SKIPPED: %s (not retryable)", skipped);
    fputc('\n', out);
    fflush(out);
}

static void compile_now(Thread *t, Method *m, int32_t osr_bci) {
    JitCompiler *jc = &VM->jit;
    if (osr_bci < 0 ? m->jit_entry != NULL : m->jit_osr != NULL) return;
    if (!jit_compilation_enabled()) return;
    uint32_t id = ++jc->next_id;
    if (VM->opt.print_compilation) print_compilation(m, id, osr_bci, NULL);
    char why[200];
    uint64_t t0 = rt_nanos();
    JitBlob *b = jit_compile(t, m, osr_bci, why, sizeof why);
    jc->compile_ns += rt_nanos() - t0;
    if (!b) {
        jc->n_bailouts++;
        m->jit_flags |= osr_bci < 0 ? RT_JIT_NOT_COMPILABLE : RT_JIT_OSR_NOT_COMPILABLE;
        if (VM->opt.print_compilation) print_compilation(m, id, osr_bci, why);
        return;
    }
    b->compile_id = id;
    jit_code_commit(b);
    if (osr_bci < 0) {
        m->jit_blob = b;
        m->jit_code = jit_blob_code(b) + b->java_entry_offset;
        m->jit_entry = jit_blob_entry(b);
        jc->n_compiled++;
    } else {
        m->jit_osr = b;
        jc->n_osr++;
    }
}

bool jit_request(Thread *t, Method *m, int32_t osr_bci) {
    uint32_t never = osr_bci < 0 ? RT_JIT_NOT_COMPILABLE : RT_JIT_OSR_NOT_COMPILABLE;
    uint32_t queued = osr_bci < 0 ? RT_JIT_QUEUED : RT_JIT_OSR_QUEUED;
    if (m->jit_flags & never) return false;
    if ((m->vmflags & MF_CLINIT) || (m->access & (ACC_NATIVE | ACC_ABSTRACT))) {
        m->jit_flags |= never; /* no request and no PrintCompilation line: see jit_compile.c */
        return false;
    }
    if (m->jit_flags & queued) return true;
    JitCompiler *jc = &VM->jit;
    if (VM->opt.batch || jc->q_len == JIT_QUEUE_LEN) {
        compile_now(t, m, osr_bci);
        return !(m->jit_flags & never);
    }
    m->jit_flags |= queued;
    jc->queue[jc->q_len] = m;
    jc->queue_bci[jc->q_len] = osr_bci;
    jc->q_len++;
    return true;
}

void jit_poll(Thread *t) {
    JitCompiler *jc = &VM->jit;
    /* one entry at a time: a compilation may resolve classes, which may run into another request */
    while (jc->q_len) {
        Method *m = jc->queue[0];
        int32_t bci = jc->queue_bci[0];
        jc->q_len--;
        memmove(jc->queue, jc->queue + 1, jc->q_len * sizeof jc->queue[0]);
        memmove(jc->queue_bci, jc->queue_bci + 1, jc->q_len * sizeof jc->queue_bci[0]);
        m->jit_flags &= ~(bci < 0 ? RT_JIT_QUEUED : RT_JIT_OSR_QUEUED);
        compile_now(t, m, bci);
    }
}

static bool block_entry(JitBlob *b, uint32_t bci, void **entry, void **target) {
    if (!b) return false;
    JitBlockEntry *e = (JitBlockEntry *)((uint8_t *)b + b->entries_offset);
    uint32_t lo = 0, hi = b->entries_size / sizeof *e;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (e[mid].bci == bci) {
            *entry = jit_blob_code(b) + b->alt_entry_offset;
            *target = jit_blob_code(b) + e[mid].offset;
            return true;
        }
        if (e[mid].bci < bci) lo = mid + 1;
        else hi = mid;
    }
    return false;
}

/* As HotSpot, an interpreted activation moves only into an OSR compilation (a % line), not into the standard
 * code compiled meanwhile; the OSR blob has entries at every loop header, so one serves all of the method's
 * loops. */
bool jit_osr_lookup(Method *m, uint32_t bci, void **entry, void **target) {
    if (!m->jit_osr) return false;
    if (block_entry(m->jit_osr, bci, entry, target)) {
        VM->jit.osr_transfers++;
        return true;
    }
    return false;
}
