/* ember invoke: restore a snapshot in this fresh process, run the after-restore hooks, read the request,
 * call the function and write its answer to stdout exactly (no added newline).
 *
 *   ember invoke [--timing] [--memory] [--restore=mmap|read] [--verify-checksums] <file.ember> [--input FILE]
 *                [-- args...]
 *
 * Exit status: the function's (0; 1 after an uncaught exception, which is reported on stderr), or 2 when
 * the snapshot cannot be restored (one line on stderr says why). A main-class snapshot runs main(args). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../snapshot/snap.h"
#include "dep.h"

typedef struct InvokeJob {
    const char *input_path;
    int argc;
    char **argv;
    bool timing, memory;
    uint32_t repeat;    /* --latency-curve N (ember bench) */
    uint64_t t_start;
} InvokeJob;

/* --memory: the instance's footprint at the end of the invocation, from the kernel's accounting (PSS shares
 * each page among the processes mapping it: the page cache copy of the snapshot, the binary, libc). */
static void report_memory(void) {
    FILE *f = fopen("/proc/self/smaps_rollup", "r");
    if (!f) return;
    char line[256];
    unsigned long rss = 0, pss = 0, v;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "Rss: %lu kB", &v) == 1) rss = v;
        else if (sscanf(line, "Pss: %lu kB", &v) == 1) pss = v;
    }
    fclose(f);
    fprintf(stderr, "ember-memory rss_kb=%lu pss_kb=%lu\n", rss, pss);
}

static int invoke_body(void *p) {
    InvokeJob *job = p;
    Thread *t = &VM->main;
    size_t jar_len;
    const uint8_t *jar = dep_boot_jar(&jar_len);
    snap_after_restore((const char *)jar, jar_len);
    uint64_t t_restored = rt_nanos();
    uint32_t jit_ids_at_start = VM->jit.next_id;
    if (!dep_call_static(t, "jdk/internal/ember/Snapshot", "afterRestore")) {
        fflush(stdout);
        fprintf(stderr, "ember invoke: an after-restore hook failed\n");
        rt_report_uncaught(t);
        rt_shutdown(t);
        return 1;
    }
    uint64_t t_hooks = rt_nanos();
    int status;
    uint64_t t_call = t_hooks, t_handler; /* the handler's time excludes reading the request */
    uint64_t handler_interp = 0;
    if (VM->fn.kind == RT_FN_MAIN) {
        status = rt_main_call(t, VM->fn.method, job->argc, job->argv);
        t_handler = rt_nanos();
        rt_shutdown(t);
    } else {
        DepAnswer a = {job->input_path, job->repeat, 0, 0, 0};
        status = dep_answer(t, &a, "ember invoke");
        t_call = a.t_call;
        t_handler = a.t_handler ? a.t_handler : rt_nanos();
        handler_interp = a.interp_calls;
    }
    if (job->memory) report_memory();
    if (job->timing) {
        uint64_t end = rt_nanos();
        fprintf(stderr, "ember-timing restore_us=%llu hooks_us=%llu handler_us=%llu total_us=%llu\n",
                (unsigned long long)((t_restored - job->t_start) / 1000), (unsigned long long)((t_hooks - t_restored) / 1000),
                (unsigned long long)((t_handler - t_call) / 1000), (unsigned long long)((end - job->t_start) / 1000));
        /* what ran where: methods the interpreter entered during the (first) handler call, compiled methods,
         * compilations in this process, OSR transfers */
        fprintf(stderr, "ember-jit interpreted_calls=%llu compiled_methods=%u compiled_here=%u osr_transfers=%llu\n",
                (unsigned long long)handler_interp, VM->jit.n_compiled + VM->jit.n_osr,
                VM->jit.next_id - jit_ids_at_start, (unsigned long long)VM->jit.osr_transfers);
    }
    return status;
}

int dep_invoke(int argc, char **argv) {
    InvokeJob job = {0};
    job.t_start = rt_nanos();
    const char *file = NULL;
    SnapRestoreOptions ro = {SNAP_RESTORE_AUTO, false};
    int i = 0;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            i++;
            break;
        }
        if (!strcmp(a, "--timing")) {
            job.timing = true;
        } else if (!strcmp(a, "--memory")) {
            job.memory = true;
        } else if (!strncmp(a, "--latency-curve=", 16)) {
            job.repeat = (uint32_t)strtoul(a + 16, NULL, 10);
        } else if (dep_restore_option(&ro, a)) {
            /* taken */
        } else if (!strcmp(a, "--input")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "ember invoke: --input needs a file\n");
                return dep_usage(stderr, 2);
            }
            job.input_path = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "ember invoke: unknown option %s\n", a);
            return dep_usage(stderr, 2);
        } else if (!file) {
            file = a;
        } else {
            fprintf(stderr, "ember invoke: unexpected argument %s (program arguments follow --)\n", a);
            return dep_usage(stderr, 2);
        }
    }
    if (!file) {
        fprintf(stderr, "ember invoke: no snapshot file given\n");
        return dep_usage(stderr, 2);
    }
    job.argc = argc - i;
    job.argv = argv + i;
    char err[512];
    if (snap_restore(file, &ro, err, sizeof err) != SNAP_OK) {
        fprintf(stderr, "ember invoke: cannot restore %s: %s\n", file, err);
        return 2;
    }
    if (VM->fn.kind != RT_FN_MAIN && job.argc) {
        fprintf(stderr, "ember invoke: program arguments are only for --main snapshots\n");
        return 2;
    }
    return dep_on_java_thread(invoke_body, &job);
}
