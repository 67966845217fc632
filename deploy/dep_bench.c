/* ember bench: cold starts of a function measured over fresh processes, per way of starting it.
 *
 *   ember bench <file.ember> [--runs N] [--input FILE] [--compare-java -cp PATH --main CLASS]
 *               [--json FILE] [--html FILE]
 *
 * Modes (each a fresh process per run, wall time from posix_spawn to exit, runs interleaved round-robin so
 * that machine noise hits every mode alike): restore with lazy mmap, restore with eager reads, restore of a
 * compressed copy, a cold boot of the same function without a snapshot (the class path, handler and warm-up
 * recorded in the snapshot's header: load, initialise and warm up from scratch, then the same request), and
 * optionally HotSpot running an equivalent main. Fork-from-zygote invocations are measured through
 * `ember serve --isolation=fork` (its zygote restores the snapshot once and forks a sandboxed child per
 * request): wall time of one HTTP request on a kept-alive local connection, i.e. fork, after-restore hooks,
 * sandbox, handler and answer.
 * Also: peak RSS of every mode (wait4), PSS at the end of a restored invocation (`ember invoke --memory`),
 * and the latency of calls 1..100 in one process after a restore against a cold boot without warm-up (the
 * warm-up curve). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>

#include "../snapshot/snap.h"
#include "dep.h"
#include "dep_bench.h"
#include "dep_http_client.h"

extern char **environ;

typedef struct Argv {
    char *v[256];
    int n;
} Argv;

static void push(Argv *a, const char *s) {
    if (a->n < 255) a->v[a->n++] = (char *)s;
    a->v[a->n] = NULL;
}

static double now_ms(void) { return (double)rt_nanos() / 1e6; }

/* Runs argv with stdin from `in`, stdout discarded, stderr to `err_path`; wall time and peak RSS. */
static bool run_once(Argv *a, const char *in, const char *err_path, double *ms, double *rss_mib) {
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, in, O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid;
    double t0 = now_ms();
    int e = posix_spawnp(&pid, a->v[0], &fa, NULL, a->v, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (e != 0) return false;
    int st;
    struct rusage ru;
    while (wait4(pid, &st, 0, &ru) < 0 && errno == EINTR) {}
    *ms = now_ms() - t0;
    *rss_mib = (double)ru.ru_maxrss / 1024.0;
    return WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

static char *slurp(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *b = malloc(cap);
    size_t r;
    while ((r = fread(b + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (n + 1 == cap) b = realloc(b, cap *= 2);
    }
    b[n] = 0;
    fclose(f);
    return b;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double pct(const double *v, uint32_t n, double p) {
    if (!n) return 0;
    uint32_t i = (uint32_t)(p * (n - 1) + 0.5);
    return v[i < n ? i : n - 1];
}

static void progress(bool tty, const char *what, uint32_t done, uint32_t total) {
    if (!tty) return;
    fprintf(stderr, "\rember bench: %-34s %u/%u   ", what, done, total);
    if (done == total) fputc('\n', stderr);
}

/* Splits the options recorded in the header (space-separated, as they were given) into argv. */
static void split_options(char *opts, Argv *a) {
    for (char *tok = strtok(opts, " "); tok; tok = strtok(NULL, " ")) push(a, tok);
}

static bool parse_curve(const char *err_text, BenchCurve *c) {
    const char *p = err_text ? strstr(err_text, "ember-curve") : NULL;
    if (!p) return false;
    p += 11;
    c->n = 0;
    while (c->n < BENCH_CURVE_LEN) {
        char *end;
        unsigned long long ns = strtoull(p, &end, 10);
        if (end == p) break;
        c->us[c->n++] = (double)ns / 1000.0;
        p = end;
    }
    return c->n > 0;
}

/* A free local TCP port (the kernel's choice for port 0; a race with other programs is unlikely and only
 * makes the zygote mode fail). */
static int free_port(void) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t l = sizeof a;
    int port = -1;
    if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof a) == 0 && getsockname(fd, (struct sockaddr *)&a, &l) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0) close(fd);
    return port;
}

/* Fork-from-zygote invocations: `ember serve --isolation=fork` on a free port, `runs` requests. */
static void bench_zygote(const char *self, const char *snap, const char *input, const char *log, uint32_t runs,
                         BenchMode *bm, bool tty) {
    int port = free_port();
    char port_s[16], hostport[64];
    snprintf(port_s, sizeof port_s, "%d", port);
    snprintf(hostport, sizeof hostport, "127.0.0.1:%d", port);
    char *req = slurp(input);
    size_t req_len = 0;
    if (req) {
        struct stat st;
        req_len = stat(input, &st) == 0 ? (size_t)st.st_size : strlen(req);
    }
    Argv a = {{0}, 0};
    char *fn_arg = malloc(strlen(snap) + 8);
    sprintf(fn_arg, "bench=%s", snap);
    push(&a, self), push(&a, "serve"), push(&a, "--port"), push(&a, port_s), push(&a, "--isolation=fork"),
        push(&a, fn_arg);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&fa, 2, log, O_WRONLY | O_APPEND, 0600);
    pid_t pid;
    char err[256] = "";
    DepHttpConn c;
    bool up = false;
    if (port > 0 && req && posix_spawnp(&pid, self, &fa, NULL, a.v, environ) == 0 &&
        dep_http_conn_init(&c, hostport, err, sizeof err)) {
        for (int i = 0; i < 200 && !up; i++) { /* up to 10 s for the zygote's restore */
            DepHttpRequest q = {.method = "GET", .path = "/healthz", .timeout_ms = 2000};
            DepHttpResponse r;
            if (dep_http_do(&c, &q, &r, err, sizeof err)) {
                up = r.status == 200;
                dep_http_response_free(&r);
            }
            if (!up) usleep(50000);
        }
        DepHttpHeader ct = {"Content-Type", "text/plain; charset=utf-8"};
        for (uint32_t i = 0; up && i < runs; i++) {
            DepHttpRequest q = {.method = "POST", .path = "/function/bench", .headers = &ct, .nheaders = 1,
                                .body = req, .body_len = req_len, .timeout_ms = 30000};
            DepHttpResponse r;
            double t0 = now_ms();
            if (!dep_http_do(&c, &q, &r, err, sizeof err)) {
                up = false;
                break;
            }
            double ms = now_ms() - t0;
            if (r.status != 200) {
                snprintf(err, sizeof err, "HTTP %d: %.200s", r.status, r.body ? r.body : "");
                up = false;
            } else {
                bm->wall_ms[bm->n++] = ms;
            }
            dep_http_response_free(&r);
            progress(tty, "fork from a zygote (ember serve)", i + 1, runs);
        }
        dep_http_conn_close(&c);
        kill(pid, SIGTERM);
        int st;
        while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {}
    }
    posix_spawn_file_actions_destroy(&fa);
    if (bm->n < runs) {
        bm->available = false;
        bm->n = 0;
        snprintf(bm->why, sizeof bm->why, "ember serve did not answer: %.120s (log %.90s)", err[0] ? err : "no answer", log);
    }
    bm->rss_mib = -1; /* the forked children are not ours to wait4 */
    free(fn_arg);
    free(req);
}

static int usage(const char *msg) {
    fprintf(stderr, "ember bench: %s\n", msg);
    return dep_usage(stderr, 2);
}

int dep_bench(int argc, char **argv) {
    const char *file = NULL, *input = NULL, *json = NULL, *html = NULL, *java_cp = NULL, *java_main = NULL;
    uint32_t runs = 20;
    bool java = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--runs") && v) runs = (uint32_t)strtoul(argv[++i], NULL, 10);
        else if (!strcmp(a, "--input") && v) input = argv[++i];
        else if (!strcmp(a, "--json") && v) json = argv[++i];
        else if (!strcmp(a, "--html") && v) html = argv[++i];
        else if (!strcmp(a, "--compare-java")) java = true;
        else if (!strcmp(a, "-cp") && v) java_cp = argv[++i];
        else if (!strcmp(a, "--main") && v) java_main = argv[++i];
        else if (a[0] != '-' && !file) file = a;
        else return usage("unknown or incomplete option");
    }
    if (!file) return usage("no snapshot file given");
    if (runs < 1 || runs > 100000) return usage("--runs must be between 1 and 100000");
    if (java && (!java_cp || !java_main)) return usage("--compare-java needs -cp PATH and --main CLASS");
    char err[512];
    SnapInfo info;
    if (snap_describe(file, &info, err, sizeof err) != SNAP_OK) {
        fprintf(stderr, "ember bench: %s: %s\n", file, err);
        return 2;
    }
    if (info.kind == RT_FN_MAIN) {
        fprintf(stderr, "ember bench: %s is a --main snapshot; bench measures handler functions\n", file);
        return 2;
    }
    char self[4096];
    ssize_t sl = readlink("/proc/self/exe", self, sizeof self - 1);
    if (sl <= 0) return usage("cannot find the ember binary");
    self[sl] = 0;

    /* scratch: the request, a plain and a compressed copy of the snapshot, stderr of each run */
    char dir[] = "/tmp/ember-bench.XXXXXX";
    if (!mkdtemp(dir)) return usage("cannot create a scratch directory");
    char plain[600], packed[600], req[600], errf[600];
    snprintf(plain, sizeof plain, "%s/plain.ember", dir);
    snprintf(packed, sizeof packed, "%s/compressed.ember", dir);
    snprintf(req, sizeof req, "%s/request", dir);
    snprintf(errf, sizeof errf, "%s/stderr", dir);
    if (!input) {
        FILE *f = fopen(req, "w");
        if (f) fclose(f);
        input = req;
    }
    if (snap_convert(file, plain, false, err, sizeof err) != SNAP_OK ||
        snap_convert(file, packed, true, err, sizeof err) != SNAP_OK) {
        fprintf(stderr, "ember bench: %s: %s\n", file, err);
        return 2;
    }
    struct stat stt;
    BenchResult r = {0};
    r.snapshot = file;
    r.runs = runs;
    r.snapshot_bytes = stat(plain, &stt) == 0 ? (uint64_t)stt.st_size : 0;
    snprintf(r.handler, sizeof r.handler, "%s", info.handler);

    Argv args[BENCH_MAX_MODES] = {{{0}, 0}};
    char input_opt[700];
    snprintf(input_opt, sizeof input_opt, "--input=%s", input);
    char cold_opts[2048], curve_opts[2048];
    snprintf(cold_opts, sizeof cold_opts, "%s", info.options);
    snprintf(curve_opts, sizeof curve_opts, "%s", info.options);
    int k = 0;
    r.modes[k] = (BenchMode){.id = "mmap", .title = "restore, lazy mmap (default)", .available = true};
    push(&args[k], self), push(&args[k], "invoke"), push(&args[k], "--restore=mmap"), push(&args[k], plain), k++;
    r.modes[k] = (BenchMode){.id = "read", .title = "restore, eager io_uring read", .available = true};
    push(&args[k], self), push(&args[k], "invoke"), push(&args[k], "--restore=read"), push(&args[k], plain), k++;
    r.modes[k] = (BenchMode){.id = "compressed", .title = "restore, compressed snapshot", .available = true};
    push(&args[k], self), push(&args[k], "invoke"), push(&args[k], packed), k++;
    int zygote = k;
    r.modes[k] = (BenchMode){.id = "zygote", .title = "fork from a zygote (ember serve)", .available = true};
    k++;
    r.modes[k] = (BenchMode){.id = "cold", .title = "cold boot + warm-up, no snapshot", .available = true};
    push(&args[k], self), push(&args[k], "snapshot"), split_options(cold_opts, &args[k]);
    push(&args[k], "--cold-invoke"), push(&args[k], input_opt), k++;
    if (java) {
        r.modes[k] = (BenchMode){.id = "java", .title = "HotSpot, equivalent main", .available = true};
        push(&args[k], "java"), push(&args[k], "-Xshare:auto"), push(&args[k], "-cp"), push(&args[k], java_cp);
        push(&args[k], java_main), k++;
    }
    r.n_modes = k;

    bool tty = isatty(2);
    for (int m = 0; m < k; m++) r.modes[m].wall_ms = calloc(runs, sizeof(double));
    double *rss = calloc((size_t)runs * (size_t)k, sizeof(double));
    int status = 0;
    for (uint32_t i = 0; i < runs && status == 0; i++) {
        for (int m = 0; m < k; m++) {
            BenchMode *bm = &r.modes[m];
            if (!bm->available || m == zygote) continue;
            double ms, mib;
            if (!run_once(&args[m], input, errf, &ms, &mib)) {
                char *e = slurp(errf);
                fprintf(stderr, "%sember bench: mode %s failed: %s\n", tty ? "\n" : "", bm->id, e ? e : "");
                free(e);
                status = 1;
                break;
            }
            bm->wall_ms[bm->n++] = ms;
            rss[(size_t)m * runs + i] = mib;
        }
        progress(tty, "fresh processes, round", i + 1, runs);
    }
    char serve_log[640];
    snprintf(serve_log, sizeof serve_log, "%s/serve.log", dir);
    if (status == 0) bench_zygote(self, plain, input, serve_log, runs, &r.modes[zygote], tty);
    for (int m = 0; m < k && status == 0; m++) {
        BenchMode *bm = &r.modes[m];
        bm->pss_mib = -1;
        if (!bm->available) continue;
        qsort(bm->wall_ms, bm->n, sizeof(double), cmp_double);
        bm->p50 = pct(bm->wall_ms, bm->n, 0.50);
        bm->p90 = pct(bm->wall_ms, bm->n, 0.90);
        bm->p99 = pct(bm->wall_ms, bm->n, 0.99);
        bm->max = bm->wall_ms[bm->n - 1];
        if (m == zygote) continue; /* no RSS of its own: a fork of the zygote */
        double *mr = rss + (size_t)m * runs;
        qsort(mr, bm->n, sizeof(double), cmp_double);
        bm->rss_mib = pct(mr, bm->n, 0.5);
    }
    /* PSS of a restored instance at the end of its invocation: median of 5 (restore modes only) */
    for (int m = 0; m < 3 && status == 0; m++) {
        double pss[5];
        int got = 0;
        Argv a = args[m];
        a.v[a.n] = NULL;
        Argv withmem = {{0}, 0};
        push(&withmem, a.v[0]), push(&withmem, a.v[1]), push(&withmem, "--memory");
        for (int j = 2; j < a.n; j++) push(&withmem, a.v[j]);
        for (int j = 0; j < 5; j++) {
            double ms, mib;
            if (!run_once(&withmem, input, errf, &ms, &mib)) continue;
            char *e = slurp(errf);
            const char *p = e ? strstr(e, "pss_kb=") : NULL;
            if (p) pss[got++] = strtod(p + 7, NULL) / 1024.0;
            free(e);
        }
        if (got) {
            qsort(pss, (size_t)got, sizeof(double), cmp_double);
            r.modes[m].pss_mib = pss[got / 2];
        }
        progress(tty, "PSS of restored instances", (uint32_t)m + 1, 3);
    }
    /* warm-up curves: calls 1..100 in one process, after a restore and after a cold boot without warm-up */
    char curve_arg[64];
    snprintf(curve_arg, sizeof curve_arg, "--latency-curve=%d", BENCH_CURVE_LEN);
    if (status == 0) {
        Argv a = {{0}, 0};
        push(&a, self), push(&a, "invoke"), push(&a, curve_arg), push(&a, plain);
        double ms, mib;
        r.curves[0].title = "after restore";
        char *e = run_once(&a, input, errf, &ms, &mib) ? slurp(errf) : NULL;
        if (!parse_curve(e, &r.curves[0])) status = 1, fprintf(stderr, "ember bench: no latency curve after restore\n");
        free(e);
        Argv c = {{0}, 0};
        push(&c, self), push(&c, "snapshot"), split_options(curve_opts, &c);
        push(&c, "--warmup-iterations"), push(&c, "0"), push(&c, "--cold-invoke"), push(&c, input_opt),
            push(&c, curve_arg);
        r.curves[1].title = "cold boot, no warm-up";
        e = run_once(&c, input, errf, &ms, &mib) ? slurp(errf) : NULL;
        if (!parse_curve(e, &r.curves[1])) status = 1, fprintf(stderr, "ember bench: no latency curve after a cold boot\n");
        free(e);
        r.n_curves = 2;
        progress(tty, "warm-up curves", 1, 1);
    }
    if (status == 0) {
        bench_print_table(&r, stdout);
        if (json && !bench_write_json(&r, json)) fprintf(stderr, "ember bench: cannot write %s\n", json), status = 1;
        if (html && !bench_write_html(&r, html)) fprintf(stderr, "ember bench: cannot write %s\n", html), status = 1;
    }
    if (r.modes[zygote].available) unlink(serve_log);
    unlink(plain), unlink(packed), unlink(errf);
    if (input == req) unlink(req);
    rmdir(dir); /* fails, leaving the log, when the zygote mode did not work */
    for (int m = 0; m < k; m++) free(r.modes[m].wall_ms);
    free(rss);
    return status;
}
