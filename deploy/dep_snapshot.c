/* ember snapshot: boot, load and initialise the function, warm it up, run the before-checkpoint hooks, then
 * collect and write the VM space to a file (atomically: a failed snapshot leaves nothing behind).
 *
 *   ember snapshot [vm options] -cp <path> --handler <class> [--warmup-input FILE]... [--warmup-iterations N]
 *                  [--compress] -o <out.ember>
 *   ember snapshot [vm options] -cp <path> --main <class> -o <out.ember>     (main runs at `ember invoke`)
 *
 * For `ember bench`, `--cold-invoke [--input=FILE] [--latency-curve=N]` replaces -o: the same boot,
 * initialisation and warm-up, then one request answered as `ember invoke` would — a cold start without a
 * snapshot. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../loader/ld.h"
#include "../snapshot/snap.h"
#include "dep.h"

typedef struct Input {
    char *data;
    size_t len;
} Input;

typedef struct SnapshotJob {
    const char *handler, *main_class, *out;
    Input *inputs;
    int n_inputs;
    uint64_t iterations;
    bool compress;
    bool cold;                 /* --cold-invoke (ember bench): answer one request instead of writing a file */
    const char *input;         /* with --cold-invoke: the request (NULL: stdin) */
    uint32_t repeat;           /* with --cold-invoke: --latency-curve=N */
    char options[2048];
} SnapshotJob;

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "ember snapshot: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return dep_usage(stderr, 2);
}

/* Reads a whole file once, up front, so that process substitutions (<(...)) work. */
static bool read_all(const char *path, Input *in) {
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    size_t cap = 4096, n = 0;
    char *b = malloc(cap);
    size_t r;
    while ((r = fread(b + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) b = realloc(b, cap *= 2);
    }
    bool ok = !ferror(f);
    fclose(f);
    in->data = b;
    in->len = n;
    return ok;
}

/* Class path entries made absolute: the snapshot may be invoked from anywhere, and classes not loaded
 * during warm-up are still found after restore. */
static char *absolute_classpath(const char *cp) {
    size_t cap = strlen(cp) * 2 + 4096, n = 0;
    char *out = malloc(cap);
    out[0] = 0;
    const char *s = cp;
    while (1) {
        const char *e = strchr(s, ':');
        size_t l = e ? (size_t)(e - s) : strlen(s);
        char *part = strndup(l ? s : ".", l ? l : 1);
        char *real = realpath(part, NULL);
        const char *use = real ? real : part;
        size_t ul = strlen(use);
        if (n + ul + 2 > cap) out = realloc(out, cap = (n + ul + 2) * 2);
        if (n) out[n++] = ':';
        memcpy(out + n, use, ul + 1);
        n += ul;
        free(real);
        free(part);
        if (!e) break;
        s = e + 1;
    }
    return out;
}

/* Warm-up progress on a terminal: nothing for the first half second (short warm-ups stay quiet), then one
 * line rewritten every 200 ms, finished with a newline. */
typedef struct Progress {
    uint64_t start, last;
    bool shown;
} Progress;

static void progress(Progress *p, uint64_t done, uint64_t total) {
    uint64_t now = rt_nanos();
    if (done < total && (now - p->start < 500000000ull || now - p->last < 200000000ull)) return;
    if (done == total && !p->shown) return;
    p->last = now;
    p->shown = true;
    fprintf(stderr, "\rember snapshot: warm-up %llu/%llu (%.1f s)%s", (unsigned long long)done,
            (unsigned long long)total, (double)(now - p->start) / 1e9, done == total ? "\n" : "");
}

static int snapshot_body(void *p) {
    SnapshotJob *job = p;
    Thread *t = &VM->main;
    rt_boot(t);
    int st = job->main_class ? dep_function_resolve_main(t, job->main_class) : dep_function_resolve(t, job->handler);
    if (st != 0) return st;
    if (!job->main_class && job->iterations) {
        bool show = isatty(2);
        Progress pr = {rt_nanos(), 0, false};
        for (uint64_t i = 0; i < job->iterations; i++) {
            Input empty = {"", 0};
            Input *in = job->n_inputs ? &job->inputs[i % (uint64_t)job->n_inputs] : &empty;
            char *out;
            size_t len;
            if (dep_function_call(t, in->data, in->len, &out, &len) != 0) {
                fprintf(stderr, "ember snapshot: the handler threw during warm-up iteration %llu; no snapshot "
                                "written\n", (unsigned long long)i + 1);
                return 1;
            }
            free(out);
            if (show) progress(&pr, i + 1, job->iterations);
        }
    }
    if (job->cold) { /* a cold boot measured by ember bench: the same work as ember invoke, no snapshot */
        DepAnswer a = {job->input, job->repeat, 0, 0, 0};
        return dep_answer(t, &a, "ember snapshot");
    }
    /* What `ember invoke` runs besides the function is loaded now, so that a restored instance never opens
     * the class library archive (tests/cli.sh checks with -verbose:class). */
    static const char *const invoke_path[] = {"java/lang/Shutdown", "jdk/internal/ember/DeleteOnExit", "java/io/File"};
    for (size_t i = 0; i < sizeof invoke_path / sizeof *invoke_path; i++) {
        Class *c = ld_load_class_c(t, 0, invoke_path[i]);
        if (!c || !ld_ensure_init(t, c)) {
            rt_report_uncaught(t);
            return 1;
        }
    }
    if (!dep_call_static(t, "jdk/internal/ember/Snapshot", "beforeCheckpoint")) {
        fflush(stdout);
        fprintf(stderr, "ember snapshot: checkpoint refused; no snapshot written\n");
        rt_report_uncaught(t);
        return 1;
    }
    fflush(stdout);
    char err[512];
    SnapWriteOptions wo = {job->out, job->main_class ? job->main_class : job->handler, job->options, job->compress};
    if (snap_prepare(t, err, sizeof err) != SNAP_OK || snap_write(&wo, err, sizeof err) != SNAP_OK) {
        fprintf(stderr, "ember snapshot: %s; no snapshot written\n", err);
        return 1;
    }
    return 0;
}

int dep_snapshot(int argc, char **argv) {
    DepVm v;
    dep_vm_defaults(&v, argc);
    SnapshotJob job = {0};
    const char *cp = NULL;
    job.inputs = calloc((size_t)argc + 1, sizeof(Input));
    /* the creation options, recorded in the header: everything but the output path */
    size_t ol = 0;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "-o")) {
            i++;
            continue;
        }
        if (ol + strlen(argv[i]) + 2 < sizeof job.options)
            ol += (size_t)snprintf(job.options + ol, sizeof job.options - ol, "%s%s", ol ? " " : "", argv[i]);
    }
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
        bool takes = !strcmp(a, "-cp") || !strcmp(a, "-classpath") || !strcmp(a, "--class-path") ||
                     !strcmp(a, "--handler") || !strcmp(a, "--main") || !strcmp(a, "-o") ||
                     !strcmp(a, "--warmup-input") || !strcmp(a, "--warmup-iterations");
        if (takes && !val) return usage_error("%s needs a value", a);
        if (!strcmp(a, "-cp") || !strcmp(a, "-classpath") || !strcmp(a, "--class-path")) {
            cp = argv[++i];
        } else if (!strcmp(a, "--handler")) {
            job.handler = argv[++i];
        } else if (!strcmp(a, "--main")) {
            job.main_class = argv[++i];
        } else if (!strcmp(a, "-o")) {
            job.out = argv[++i];
        } else if (!strcmp(a, "--warmup-input")) {
            if (!read_all(val, &job.inputs[job.n_inputs])) {
                fprintf(stderr, "ember snapshot: cannot read warm-up input %s: %s\n", val, strerror(errno));
                return 1;
            }
            job.n_inputs++;
            i++;
        } else if (!strcmp(a, "--warmup-iterations")) {
            char *end;
            errno = 0;
            unsigned long long n = strtoull(val, &end, 10);
            if (!*val || *end || errno || val[0] == '-') return usage_error("bad --warmup-iterations: %s", val);
            job.iterations = n;
            i++;
        } else if (!strcmp(a, "--compress")) {
            job.compress = true;
        } else if (!strcmp(a, "--cold-invoke")) {
            job.cold = true;
        } else if (!strncmp(a, "--input=", 8)) {
            job.input = a + 8;
        } else if (!strncmp(a, "--latency-curve=", 16)) {
            job.repeat = (uint32_t)strtoul(a + 16, NULL, 10);
        } else {
            int r = dep_vm_option(&v, a);
            if (r < 0) return 1;
            if (r == 0) return usage_error("unknown option %s", a);
        }
    }
    if (!job.out && !job.cold) return usage_error("%s", "no output file (-o <out.ember>)");
    if (!job.handler == !job.main_class) return usage_error("%s", "give exactly one of --handler <class> and --main <class>");
    if (job.main_class && (job.iterations || job.n_inputs))
        return usage_error("%s", "--main snapshots take no warm-up (main runs at invoke)");
    char *abs_cp = absolute_classpath(cp ? cp : ".");
    if (dep_vm_start(&v, abs_cp) != 0) return 1;
    free(abs_cp);
    return dep_on_java_thread(snapshot_body, &job);
}
