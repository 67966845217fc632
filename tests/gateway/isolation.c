/* The isolation suite's driver: dep_fn.h exercised directly (deploy/dep_gw_fn.c and dep_gw_fnproc.c are
 * linked in, no HTTP), with the snapshots that tests/gateway/isolation.sh makes from tests/gateway/handlers,
 * and the sandbox (deploy/dep_sandbox.c) probed at the system-call level.
 *
 *   isolation <dir>                        every case; PASS/FAIL lines, then `N passed, N failed`
 *   isolation <dir> <case-prefix>...       only the cases whose names start so
 *   isolation bench <snapshot> fork|reuse <threads> <seconds> [max_instances]
 *                                          invocations per second through dep_fn_invoke, with p50/p99
 *
 * <dir> holds Iso<Name>.ember for each handler, and empty directories grant/ and out/. The ember binary is
 * $EMBER_BIN (dep_gw_fnproc.c's rule). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../deploy/dep_fn.h"
#include "../../deploy/dep_sandbox.h"

typedef struct Suite {
    const char *dir;
    char **only;
    int n_only;
    int pass, fail;
} Suite;

static void report(Suite *s, bool ok, const char *name, const char *fmt, ...) {
    if (ok) {
        printf("PASS %s\n", name);
        s->pass++;
    } else {
        char why[2048];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(why, sizeof why, fmt, ap);
        va_end(ap);
        printf("FAIL %s: %s\n", name, why);
        s->fail++;
    }
    fflush(stdout);
}

static bool selected(Suite *s, const char *name) {
    if (!s->n_only) return true;
    for (int i = 0; i < s->n_only; i++)
        if (!strncmp(name, s->only[i], strlen(s->only[i]))) return true;
    return false;
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static DepFnConfig cfg(Suite *s, const char *handler, int iso) {
    DepFnConfig c;
    dep_fn_config_defaults(&c);
    snprintf(c.name, sizeof c.name, "%s", handler);
    snprintf(c.snapshot, sizeof c.snapshot, "%s/%s.ember", s->dir, handler);
    c.isolation = iso;
    return c;
}

static DepFn *start(Suite *s, const DepFnConfig *c, const char *name) {
    char err[1024];
    DepFn *f = dep_fn_start(c, err, sizeof err);
    if (!f) report(s, false, name, "dep_fn_start: %s", err);
    return f;
}

/* One invocation; the body as a NUL-terminated string (the caller frees). */
typedef struct Call {
    int status;
    char *body;
    size_t len;
    double ms;
} Call;

static Call call(DepFn *f, const char *in, size_t len) {
    DepResult r;
    dep_fn_invoke(f, in, len, &r);
    Call c = {r.status, malloc(r.len + 1), r.len, (double)r.micros / 1000};
    memcpy(c.body, r.body, r.len);
    c.body[r.len] = 0;
    free(r.body);
    return c;
}

static Call calls(DepFn *f, const char *in) { return call(f, in, strlen(in)); }

static const char *iso_name(int iso) { return iso == DEP_ISO_FORK ? "fork" : "reuse"; }

/* ---- processes and descriptors -------------------------------------------------------------------- */
static int count_fds(void) {
    DIR *d = opendir("/proc/self/fd");
    int n = 0;
    for (struct dirent *e; (e = readdir(d));) n += e->d_name[0] != '.';
    closedir(d);
    return n - 1; /* the DIR's own descriptor */
}

/* Processes descending from this one; *zygote gets one whose command line has `__zygote` (0: none). */
static int descendants(pid_t *zygote) {
    enum { MAX = 65536 };
    static pid_t pid[MAX], ppid[MAX];
    int n = 0;
    DIR *d = opendir("/proc");
    for (struct dirent *e; (e = readdir(d)) && n < MAX;) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        char path[300], buf[512];
        snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
        int fd = open(path, O_RDONLY);
        if (fd < 0) continue;
        ssize_t k = read(fd, buf, sizeof buf - 1);
        close(fd);
        if (k <= 0) continue;
        buf[k] = 0;
        char *rp = strrchr(buf, ')');
        int pp;
        char state;
        if (!rp || sscanf(rp + 2, "%c %d", &state, &pp) != 2) continue;
        pid[n] = atoi(e->d_name);
        ppid[n] = pp;
        n++;
    }
    closedir(d);
    if (zygote) *zygote = 0;
    int count = 0;
    /* iterate to a fixed point: mark processes whose parent is marked */
    static char mark[MAX];
    memset(mark, 0, sizeof mark);
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; i++) {
            if (mark[i]) continue;
            bool parent_marked = ppid[i] == getpid();
            for (int j = 0; j < n && !parent_marked; j++) parent_marked = mark[j] && pid[j] == ppid[i];
            if (parent_marked) {
                mark[i] = 1;
                changed = true;
                count++;
                char path[64], cmd[256] = "";
                snprintf(path, sizeof path, "/proc/%d/cmdline", pid[i]);
                int fd = open(path, O_RDONLY);
                if (fd >= 0) {
                    ssize_t k = read(fd, cmd, sizeof cmd - 1);
                    close(fd);
                    for (ssize_t x = 0; x < k; x++)
                        if (!cmd[x]) cmd[x] = ' ';
                    if (k > 0) cmd[k] = 0;
                }
                if (zygote && strstr(cmd, " __zygote ")) *zygote = pid[i];
            }
        }
    }
    return count;
}

/* The process that runs a function's code right now: a zygote's child (fork) or an instance (reuse); 0 if
 * none. */
static pid_t function_process(int iso) {
    DIR *d = opendir("/proc");
    pid_t found = 0;
    for (struct dirent *e; !found && (e = readdir(d));) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        char path[300], buf[512], cmd[256] = "";
        snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
        int fd = open(path, O_RDONLY);
        if (fd < 0) continue;
        ssize_t k = read(fd, buf, sizeof buf - 1);
        close(fd);
        if (k <= 0) continue;
        buf[k] = 0;
        char *rp = strrchr(buf, ')');
        int pp;
        char state;
        if (!rp || sscanf(rp + 2, "%c %d", &state, &pp) != 2 || state == 'Z') continue;
        snprintf(path, sizeof path, "/proc/%d/cmdline", pp == getpid() ? atoi(e->d_name) : pp);
        fd = open(path, O_RDONLY);
        if (fd < 0) continue;
        k = read(fd, cmd, sizeof cmd - 1);
        close(fd);
        for (ssize_t x = 0; x < k; x++)
            if (!cmd[x]) cmd[x] = ' ';
        if (k > 0) cmd[k] = 0;
        /* fork: the parent is a zygote of ours; reuse: an instance of ours */
        if (iso == DEP_ISO_FORK && pp != getpid() && strstr(cmd, " __zygote ")) {
            char ppath[64], pbuf[512];
            snprintf(ppath, sizeof ppath, "/proc/%d/stat", pp);
            int pf = open(ppath, O_RDONLY);
            ssize_t pk = pf >= 0 ? read(pf, pbuf, sizeof pbuf - 1) : -1;
            if (pf >= 0) close(pf);
            int gp;
            char *prp = pk > 0 ? (pbuf[pk] = 0, strrchr(pbuf, ')')) : NULL;
            if (prp && sscanf(prp + 2, "%c %d", &state, &gp) == 2 && gp == getpid()) found = atoi(e->d_name);
        } else if (iso == DEP_ISO_REUSE && pp == getpid() && strstr(cmd, " __instance ")) {
            found = atoi(e->d_name);
        }
    }
    closedir(d);
    return found;
}

/* Waits up to `secs` for the number of descendants to drop to `want` (exits take a moment). With f, asks
 * for its figures meanwhile: that is when the gateway reaps retired instances. */
static int settle(DepFn *f, int want, double secs) {
    double end = now_s() + secs;
    int n;
    DepFnStats st;
    while ((n = descendants(NULL)) > want && now_s() < end) {
        if (f) dep_fn_stats(f, &st);
        usleep(10000);
    }
    return n;
}

/* ---- cases: answers -------------------------------------------------------------------------------- */
static void t_hello(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-hello", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoHello", iso);
    DepFn *f = start(s, &c, name);
    if (!f) return;
    Call a = calls(f, "world"), b = calls(f, ""), u = calls(f, "w\xc3\xb6rld \xe2\x9c\x93");
    report(s, a.status == 200 && !strcmp(a.body, "hello world") && b.status == 200 && !strcmp(b.body, "hello ") &&
                  u.status == 200 && !strcmp(u.body, "hello w\xc3\xb6rld \xe2\x9c\x93"),
           name, "got %d '%s', %d '%s', %d '%s'", a.status, a.body, b.status, b.body, u.status, u.body);
    free(a.body), free(b.body), free(u.body);
    dep_fn_release(f);
}

static void t_big(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-big-bodies", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoEcho", iso);
    DepFn *f = start(s, &c, name);
    if (!f) return;
    size_t n = (size_t)1 << 20;
    char *in = malloc(n);
    for (size_t i = 0; i < n; i++) in[i] = (char)('A' + i % 23);
    Call a = call(f, in, n), b = calls(f, "repeat 3000000");
    bool ok_b = b.status == 200 && b.len == 3000000;
    for (size_t i = 0; ok_b && i < b.len; i += 4099) ok_b = b.body[i] == (char)('a' + i % 26);
    report(s, a.status == 200 && a.len == n && !memcmp(a.body, in, n) && ok_b, name,
           "1 MiB echo: %d, %zu bytes; 3 MB answer: %d, %zu bytes", a.status, a.len, b.status, b.len);
    free(in), free(a.body), free(b.body);
    dep_fn_release(f);
}

/* Runs fn with the gateway's stderr (inherited by the processes started meanwhile) captured in a file. */
static char *with_stderr(void (*fn)(Suite *, int, void *), Suite *s, int iso, void *arg) {
    char path[] = "/tmp/ember-iso-stderr-XXXXXX";
    int fd = mkstemp(path);
    fflush(stderr);
    int saved = dup(2);
    dup2(fd, 2);
    fn(s, iso, arg);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    off_t len = lseek(fd, 0, SEEK_END);
    char *text = calloc(1, (size_t)len + 1);
    if (pread(fd, text, (size_t)len, 0) < 0) text[0] = 0;
    close(fd);
    unlink(path);
    return text;
}

static void throw_body(Suite *s, int iso, void *arg) {
    Call *out = arg;
    DepFnConfig c = cfg(s, "IsoThrow", iso);
    char err[1024];
    DepFn *f = dep_fn_start(&c, err, sizeof err);
    if (!f) {
        out[0].status = -1;
        out[0].body = strdup(err);
        return;
    }
    out[0] = calls(f, "x");
    out[1] = calls(f, "y");
    DepFnStats st;
    dep_fn_stats(f, &st);
    out[2].status = (int)st.restores;
    out[2].body = NULL;
    dep_fn_release(f);
}

static void t_throw(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-exception", iso_name(iso));
    Call r[3] = {{0}};
    char *log = with_stderr(throw_body, s, iso, r);
    bool ok = r[0].status == 500 && !strcmp(r[0].body, "java.lang.IllegalStateException: bad input: x") &&
              r[1].status == 500 && !strcmp(r[1].body, "java.lang.IllegalStateException: bad input: y") &&
              strstr(log, "java.lang.IllegalStateException: bad input: x") && strstr(log, "\tat IsoThrow.handle(IsoThrow.java");
    /* reuse: an instance that threw is replaced, so the second call restored again */
    if (iso == DEP_ISO_REUSE) ok = ok && r[2].status == 2;
    report(s, ok, name, "got %d '%s', %d '%s', restores %d; stderr: %.300s", r[0].status, r[0].body, r[1].status,
           r[1].body ? r[1].body : "", r[2].status, log);
    free(r[0].body), free(r[1].body), free(log);
}

static void t_exit(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-exit", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoExit", iso);
    DepFn *f = start(s, &c, name);
    if (!f) return;
    Call a = calls(f, "7"), b = calls(f, "halt 0");
    DepFnConfig h = cfg(s, "IsoHello", iso);
    (void)h;
    report(s, a.status == 502 && strstr(a.body, "exited with status 7") && b.status == 502 &&
                  strstr(b.body, "exited with status 0"),
           name, "got %d '%s', %d '%s'", a.status, a.body, b.status, b.body);
    free(a.body), free(b.body);
    dep_fn_release(f);
}

static void t_timeout(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-timeout", iso_name(iso));
    int before = descendants(NULL);
    DepFnConfig c = cfg(s, "IsoLoop", iso);
    c.timeout_ms = 300;
    DepFn *f = start(s, &c, name);
    if (!f) return;
    double t0 = now_s();
    Call a = calls(f, "");
    double el = now_s() - t0;
    /* fork: the zygote is all that is left; reuse: nothing (the instance was killed) */
    int left = descendants(NULL) - before, want = iso == DEP_ISO_FORK ? 1 : 0;
    report(s, a.status == 504 && strstr(a.body, "timed out after 300 ms") && el >= 0.29 && el < 3 && left == want,
           name, "got %d '%s' after %.3f s; %d processes left (want %d)", a.status, a.body, el, left, want);
    free(a.body);
    dep_fn_release(f);
}

typedef struct Async {
    DepFn *f;
    const char *in;
    Call out;
} Async;

static void *async_call(void *p) {
    Async *a = p;
    a->out = calls(a->f, a->in);
    return NULL;
}

/* The function's process dies of a signal while it runs: SIGSYS is how a seccomp kill ends it (no Java
 * code can make a forbidden system call, so the signal is sent from here). */
static void t_signal(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-killed-by-sigsys", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoSleep", iso);
    DepFn *f = start(s, &c, name);
    if (!f) return;
    Async a = {f, "3000", {0}};
    pthread_t th;
    pthread_create(&th, NULL, async_call, &a);
    pid_t victim = 0;
    for (int i = 0; i < 300 && !victim; i++) {
        usleep(10000);
        victim = function_process(iso);
    }
    if (victim) kill(victim, SIGSYS);
    pthread_join(th, NULL);
    Call b = calls(f, "1");
    report(s, victim && a.out.status == 502 && strstr(a.out.body, "SIGSYS") && a.out.ms < 2500 && b.status == 200, name,
           "victim %d: %d '%s' after %.0f ms; next: %d '%s'", (int)victim, a.out.status, a.out.body, a.out.ms, b.status,
           b.body);
    free(a.out.body), free(b.body);
    dep_fn_release(f);
}

static void t_cpu_limit(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-cpu-limit", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoLoop", iso);
    c.timeout_ms = 10000;
    c.cpu_seconds = 1;
    DepFn *f = start(s, &c, name);
    if (!f) return;
    Call a = calls(f, "");
    report(s, a.status == 502 && strstr(a.body, "SIGXCPU") && a.ms < 5000, name, "got %d '%s' after %.0f ms", a.status,
           a.body, a.ms);
    free(a.body);
    dep_fn_release(f);
}

static bool exists(const char *p) {
    struct stat st;
    return stat(p, &st) == 0;
}

/* Landlock's ABI version (0: none). Asked once, before any sandbox: the question is itself a system call the
 * sandbox refuses. */
static int landlock_abi(void) {
    static int abi = -1;
    if (abi < 0) {
        long v = syscall(444 /* landlock_create_ruleset */, NULL, 0, 1u);
        abi = v > 0 ? (int)v : 0;
    }
    return abi;
}

static void t_files(Suite *s, int iso) {
    char name[64], out[1200], req[1300];
    snprintf(name, sizeof name, "%s-files-refused", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoFile", iso);
    DepFn *f = start(s, &c, name);
    if (!f) return;
    snprintf(out, sizeof out, "%s/out/%s-denied.txt", s->dir, iso_name(iso));
    snprintf(req, sizeof req, "write %s", out);
    Call w = calls(f, req), r = calls(f, "read /etc/hostname");
    Call h = calls(f, "read /proc/self/status");
    report(s, w.status == 500 && !strncmp(w.body, "java.io.FileNotFoundException: ", 31) &&
                  strstr(w.body, "(Permission denied)") && !exists(out) && r.status == 500 &&
                  strstr(r.body, "FileNotFoundException") && h.status == 500,
           name, "write: %d '%s' (file %s); read: %d '%s'; /proc: %d '%s'", w.status, w.body,
           exists(out) ? "exists" : "absent", r.status, r.body, h.status, h.body);
    free(w.body), free(r.body), free(h.body);
    dep_fn_release(f);
}

static void t_grant(Suite *s, int iso) {
    char name[64], in[1200], outside[1200], escape[1300], req[1400];
    snprintf(name, sizeof name, "%s-grant-dir", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoFile", iso);
    snprintf(c.grant_dir, sizeof c.grant_dir, "%s/grant", s->dir);
    DepFn *f = start(s, &c, name);
    if (!f) return;
    snprintf(in, sizeof in, "%s/grant/%s.txt", s->dir, iso_name(iso));
    snprintf(outside, sizeof outside, "%s/out/%s-outside.txt", s->dir, iso_name(iso));
    snprintf(escape, sizeof escape, "%s/grant/../out/%s-escape.txt", s->dir, iso_name(iso));
    snprintf(req, sizeof req, "write %s", in);
    Call w = calls(f, req);
    snprintf(req, sizeof req, "read %s", in);
    Call r = calls(f, req);
    snprintf(req, sizeof req, "write %s", outside);
    Call o = calls(f, req);
    snprintf(req, sizeof req, "write %s", escape);
    Call e = calls(f, req);
    bool refused = o.status == 500 && e.status == 500 && !exists(outside) && !exists(escape);
    if (landlock_abi() > 0)
        report(s, w.status == 200 && exists(in) && r.status == 200 && !strcmp(r.body, "written by IsoFile") && refused,
               name, "inside: %d '%s', read %d '%s'; outside: %d '%s'; escape: %d '%s'", w.status, w.body, r.status,
               r.body, o.status, o.body, e.status, e.body);
    else /* without Landlock every open is refused, the granted directory included */
        report(s, w.status == 500 && !exists(in) && refused, name, "no Landlock: inside %d '%s'", w.status, w.body);
    free(w.body), free(r.body), free(o.body), free(e.body);
    dep_fn_release(f);
}

static void t_socket_exec(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-socket-exec", iso_name(iso));
    DepFnConfig c1 = cfg(s, "IsoSocket", iso), c2 = cfg(s, "IsoExec", iso);
    DepFn *f1 = start(s, &c1, name), *f2 = f1 ? start(s, &c2, name) : NULL;
    if (!f2) {
        if (f1) dep_fn_release(f1);
        return;
    }
    Call a = calls(f1, ""), b = calls(f2, "");
    report(s, a.status == 500 && strstr(a.body, "java/net/Socket") && b.status == 500 &&
                  strstr(b.body, "NoSuchMethodError"),
           name, "socket: %d '%s'; exec: %d '%s'", a.status, a.body, b.status, b.body);
    free(a.body), free(b.body);
    dep_fn_release(f1);
    dep_fn_release(f2);
}

static void t_random(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-fresh-randomness", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoRandom", iso);
    DepFn *f = start(s, &c, name);
    if (!f) return;
    enum { N = 20 };
    Call r[N];
    bool ok = true;
    for (int i = 0; i < N; i++) {
        r[i] = calls(f, "");
        ok = ok && r[i].status == 200;
        for (int j = 0; j < i && ok; j++) ok = strcmp(r[i].body, r[j].body) != 0;
    }
    report(s, ok, name, "answers repeat or fail: '%s' / '%s'", r[0].body, r[1].body);
    for (int i = 0; i < N; i++) free(r[i].body);
    dep_fn_release(f);
}

static void t_state(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-state-and-hooks", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoCounter", iso);
    c.max_instances = 1;
    c.reuse_max_requests = 3;
    DepFn *f = start(s, &c, name);
    if (!f) return;
    const char *want_fork[] = {"1 1", "1 1", "1 1", "1 1", "1 1", "1 1", "1 1"};
    const char *want_reuse[] = {"1 1", "2 1", "3 1", "1 1", "2 1", "3 1", "1 1"};
    const char **want = iso == DEP_ISO_FORK ? want_fork : want_reuse;
    char got[256] = "";
    bool ok = true;
    for (int i = 0; i < 7; i++) {
        Call a = calls(f, "");
        ok = ok && a.status == 200 && !strcmp(a.body, want[i]);
        snprintf(got + strlen(got), sizeof got - strlen(got), "[%s]", a.body);
        free(a.body);
    }
    DepFnStats st;
    dep_fn_stats(f, &st);
    unsigned long long want_restores = iso == DEP_ISO_FORK ? 1 : 3;
    report(s, ok && st.restores == want_restores, name, "answers %s, restores %llu (want %llu)", got,
           (unsigned long long)st.restores, want_restores);
    dep_fn_release(f);
}

/* ---- concurrency ----------------------------------------------------------------------------------- */
typedef struct Worker {
    DepFn *f;
    pthread_barrier_t *go;
    int id, n;
    const char *fixed;   /* request for every call, or NULL: "t<id>-<i>" (checked against the answer) */
    int by_status[6];    /* 200, 500, 502, 503, 504, other */
    int wrong;
    volatile int *stop;  /* bench: run until set, recording latencies */
    double *lat;         /* bench: latencies (ms) */
    size_t nlat, cap;
} Worker;

static int status_slot(int st) {
    switch (st) {
    case 200: return 0;
    case 500: return 1;
    case 502: return 2;
    case 503: return 3;
    case 504: return 4;
    default: return 5;
    }
}

static void *worker(void *p) {
    Worker *w = p;
    pthread_barrier_wait(w->go);
    char req[64];
    for (int i = 0; w->stop ? !*w->stop : i < w->n; i++) {
        const char *in = w->fixed;
        if (!in) {
            snprintf(req, sizeof req, "t%d-%d", w->id, i);
            in = req;
        }
        DepResult r;
        dep_fn_invoke(w->f, in, strlen(in), &r);
        w->by_status[status_slot(r.status)]++;
        if (r.status == 200 && !w->fixed && (r.len != strlen(in) || memcmp(r.body, in, r.len))) w->wrong++;
        free(r.body);
        if (w->stop) {
            if (w->nlat == w->cap) {
                w->cap = w->cap ? w->cap * 2 : 4096;
                w->lat = realloc(w->lat, w->cap * sizeof *w->lat);
            }
            w->lat[w->nlat++] = (double)r.micros / 1000;
        }
    }
    return NULL;
}

/* Runs `threads` workers of n calls each; sums their status counts into by_status. */
static int run_workers(DepFn *f, int threads, int n, const char *fixed, int by_status[6]) {
    pthread_barrier_t go;
    pthread_barrier_init(&go, NULL, (unsigned)threads);
    Worker *w = calloc((size_t)threads, sizeof *w);
    pthread_t *th = calloc((size_t)threads, sizeof *th);
    for (int i = 0; i < threads; i++) {
        w[i] = (Worker){.f = f, .go = &go, .id = i, .n = n, .fixed = fixed};
        pthread_create(&th[i], NULL, worker, &w[i]);
    }
    int wrong = 0;
    memset(by_status, 0, sizeof(int) * 6);
    for (int i = 0; i < threads; i++) {
        pthread_join(th[i], NULL);
        for (int k = 0; k < 6; k++) by_status[k] += w[i].by_status[k];
        wrong += w[i].wrong;
    }
    pthread_barrier_destroy(&go);
    free(w);
    free(th);
    return wrong;
}

static void t_queue(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-queue-full", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoSleep", iso);
    c.max_instances = 2;
    c.max_queue = 2;
    DepFn *f = start(s, &c, name);
    if (!f) return;
    int st[6];
    run_workers(f, 12, 1, "400", st);
    DepFnStats fs;
    dep_fn_stats(f, &fs);
    report(s, st[0] == 4 && st[3] == 8 && fs.errors_by_status[2] == 8, name,
           "200: %d, 503: %d, other: %d %d %d %d (want 4 and 8)", st[0], st[3], st[1], st[2], st[4], st[5]);
    dep_fn_release(f);
}

static void t_concurrent(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-concurrent", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoEcho", iso);
    c.max_instances = 4;
    DepFn *f = start(s, &c, name);
    if (!f) return;
    int st[6];
    int wrong = run_workers(f, 16, 50, NULL, st);
    report(s, st[0] == 800 && !wrong, name, "200: %d of 800, wrong answers %d, 503: %d", st[0], wrong, st[3]);
    dep_fn_release(f);
}

static void t_leaks(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-no-leaks-10000", iso_name(iso));
    int fds0 = count_fds(), procs0 = descendants(NULL);
    DepFnConfig c = cfg(s, "IsoHello", iso);
    c.max_instances = 2;
    c.reuse_max_requests = 1000; /* reuse: instances are recycled ten times over */
    DepFn *f = start(s, &c, name);
    if (!f) return;
    int st[6];
    double t0 = now_s();
    run_workers(f, 4, 2500, "x", st);
    double el = now_s() - t0;
    /* what must be left: the zygote (fork), or the idle instances (reuse); each process is one socket and
     * one pidfd in the gateway */
    DepFnStats fs;
    dep_fn_stats(f, &fs);
    int alive = iso == DEP_ISO_FORK ? 1 : (int)fs.instances_alive;
    int procs1 = settle(f, procs0 + alive, 3), fds1 = count_fds();
    dep_fn_release(f);
    int procs2 = settle(NULL, procs0, 3), fds2 = count_fds();
    report(s, st[0] == 10000 && procs1 == procs0 + alive && fds1 == fds0 + 2 * alive && procs2 == procs0 && fds2 == fds0,
           name, "200: %d of 10000; %d alive; descriptors %d -> %d -> %d; processes %d -> %d -> %d", st[0], alive, fds0,
           fds1, fds2, procs0, procs1, procs2);
    printf("  %s: 10000 invocations in %.2f s (%.0f/s, 4 threads, max_instances 2), restores %llu\n", name, el,
           10000 / el, (unsigned long long)fs.restores);
}

static void t_restart(Suite *s) {
    const char *name = "fork-zygote-restart";
    DepFnConfig c = cfg(s, "IsoHello", DEP_ISO_FORK);
    DepFn *f = start(s, &c, name);
    if (!f) return;
    pid_t z;
    descendants(&z);
    if (z > 0) kill(z, SIGKILL);
    usleep(50000);
    Call a = calls(f, "again");
    DepFnStats st;
    dep_fn_stats(f, &st);
    pid_t z2;
    descendants(&z2);
    report(s, z > 0 && a.status == 200 && !strcmp(a.body, "hello again") && st.restores == 2 && z2 > 0 && z2 != z, name,
           "zygote %d -> %d, answer %d '%s', restores %llu", (int)z, (int)z2, a.status, a.body,
           (unsigned long long)st.restores);
    free(a.body);
    dep_fn_release(f);
}

/* An idle reuse instance killed from outside is replaced, not handed the next request. */
static void t_idle_died(Suite *s) {
    const char *name = "reuse-idle-instance-died";
    DepFnConfig c = cfg(s, "IsoCounter", DEP_ISO_REUSE);
    c.max_instances = 1;
    DepFn *f = start(s, &c, name);
    if (!f) return;
    Call a = calls(f, "");
    pid_t victim = function_process(DEP_ISO_REUSE);
    if (victim) kill(victim, SIGKILL);
    usleep(50000);
    Call b = calls(f, "");
    DepFnStats st;
    dep_fn_stats(f, &st);
    report(s, victim && a.status == 200 && !strcmp(a.body, "1 1") && b.status == 200 && !strcmp(b.body, "1 1") &&
                  st.restores == 2,
           name, "instance %d; before: %d '%s'; after: %d '%s'; restores %llu", (int)victim, a.status, a.body, b.status,
           b.body, (unsigned long long)st.restores);
    free(a.body), free(b.body);
    dep_fn_release(f);
}

static void t_memory(Suite *s, int iso) {
    char name[64];
    snprintf(name, sizeof name, "%s-memory-limit", iso_name(iso));
    DepFnConfig c = cfg(s, "IsoAlloc", iso);
    c.memory_bytes = (uint64_t)64 << 20;
    DepFn *f = start(s, &c, name);
    if (!f) return;
    Call big = calls(f, "900"), small = calls(f, "8");
    bool died_or_oom = (big.status == 500 && strstr(big.body, "OutOfMemoryError")) || big.status == 502;
    report(s, died_or_oom && small.status == 200 && !strcmp(small.body, "allocated 8 MiB"), name,
           "900 MiB: %d '%s'; 8 MiB: %d '%s'", big.status, big.body, small.status, small.body);
    free(big.body), free(small.body);
    dep_fn_release(f);
}

static void t_refused(Suite *s) {
    char err[1024];
    DepFnConfig c = cfg(s, "IsoHello", DEP_ISO_FORK);
    snprintf(c.snapshot, sizeof c.snapshot, "%s/not-a-snapshot.ember", s->dir);
    DepFn *f = dep_fn_start(&c, err, sizeof err);
    bool bad_file = !f && strstr(err, "cannot restore");
    char e1[1024];
    snprintf(e1, sizeof e1, "%s", f ? "(started)" : err);
    if (f) dep_fn_release(f);
    c = cfg(s, "IsoHello", DEP_ISO_REUSE);
    snprintf(c.snapshot, sizeof c.snapshot, "%s/missing.ember", s->dir);
    f = dep_fn_start(&c, err, sizeof err);
    bool missing = !f && strstr(err, "No such file");
    char e2[1024];
    snprintf(e2, sizeof e2, "%s", f ? "(started)" : err);
    if (f) dep_fn_release(f);
    c = cfg(s, "IsoHello", DEP_ISO_FORK);
    snprintf(c.grant_dir, sizeof c.grant_dir, "%s/no-such-dir", s->dir);
    f = dep_fn_start(&c, err, sizeof err);
    bool grant = !f && strstr(err, "grant_dir");
    char e3[1024];
    snprintf(e3, sizeof e3, "%s", f ? "(started)" : err);
    if (f) dep_fn_release(f);
    /* a byte flipped inside a region: only the regions' checksums tell (both modes check them at start) */
    bool crc = true;
    char e4[1024] = "";
    for (int m = 0; m < 2; m++) {
        c = cfg(s, "IsoHello", m ? DEP_ISO_REUSE : DEP_ISO_FORK);
        snprintf(c.snapshot, sizeof c.snapshot, "%s/corrupted.ember", s->dir);
        f = dep_fn_start(&c, err, sizeof err);
        crc = crc && !f && strstr(err, "checksum mismatch");
        snprintf(e4, sizeof e4, "%s", f ? "(started)" : err);
        if (f) dep_fn_release(f);
    }
    report(s, bad_file && missing && grant && crc, "refused-at-start",
           "bad file: %s; missing: %s; grant_dir: %s; corrupted: %s", e1, e2, e3, e4);
}

static void t_stats(Suite *s) {
    DepFnConfig c = cfg(s, "IsoThrow", DEP_ISO_FORK);
    DepFn *f = start(s, &c, "stats");
    if (!f) return;
    int saved = dup(2), devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 2); /* the zygote was started before: its children still log to the old stderr */
    for (int i = 0; i < 3; i++) free(calls(f, "s").body);
    dup2(saved, 2);
    close(saved), close(devnull);
    dep_fn_count_rejected(f, 413);
    DepFnStats st;
    dep_fn_stats(f, &st);
    uint64_t inf = st.latency_buckets[DEP_FN_N_BUCKETS];
    bool monotone = true;
    for (int i = 1; i <= DEP_FN_N_BUCKETS; i++) monotone = monotone && st.latency_buckets[i] >= st.latency_buckets[i - 1];
    report(s, st.invocations == 4 && st.errors_by_status[0] == 3 && st.errors_by_status[4] == 1 && inf == 3 &&
                  monotone && st.latency_sum > 0 && st.instances_alive == 1 && st.restores == 1,
           "stats", "invocations %llu, 500s %llu, 413s %llu, +Inf %llu, sum %.6f, alive %llu, restores %llu",
           (unsigned long long)st.invocations, (unsigned long long)st.errors_by_status[0],
           (unsigned long long)st.errors_by_status[4], (unsigned long long)inf, st.latency_sum,
           (unsigned long long)st.instances_alive, (unsigned long long)st.restores);
    dep_fn_release(f);
}

/* ---- the sandbox, system call by system call --------------------------------------------------------- */
enum { P_SOCKET, P_SOCKET_UNIX, P_CREATE, P_READ, P_EXEC, P_FORK, P_KILL, P_PTRACE, P_MEMORY, P_GRANT_WRITE,
       P_CLASSPATH_READ, P_CLASSPATH_WRITE };

/* In a child: the action's outcome as an exit status (0: as the policy says) or death by a signal. */
static _Noreturn void probe_action(int what, const char *grant, const char *cp) {
    char path[1200];
    int fd;
    switch (what) {
    case P_SOCKET: _exit(socket(AF_INET, SOCK_STREAM, 0) < 0 && errno == EACCES ? 0 : 1);
    case P_SOCKET_UNIX: _exit(socket(AF_UNIX, SOCK_DGRAM, 0) < 0 && errno == EACCES ? 0 : 1);
    case P_CREATE:
        snprintf(path, sizeof path, "%s/../out/probe-created", grant);
        fd = open(path, O_WRONLY | O_CREAT, 0644);
        _exit(fd < 0 && errno == EACCES ? 0 : 1);
    case P_READ: _exit(open("/etc/passwd", O_RDONLY) < 0 && errno == EACCES ? 0 : 1);
    case P_EXEC: {
        char *argv[] = {"/bin/true", NULL};
        execve(argv[0], argv, environ);
        _exit(1); /* should have been killed */
    }
    case P_FORK: {
        pid_t p = (pid_t)syscall(SYS_clone, SIGCHLD, 0, NULL, NULL, 0);
        if (p == 0) _exit(1);
        _exit(1);
    }
    case P_KILL: _exit(kill(getppid(), 0) < 0 && errno == EPERM ? 0 : 1);
    case P_PTRACE: ptrace(PTRACE_TRACEME, 0, NULL, NULL); _exit(1);
    case P_MEMORY: {
        char *m = mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED) _exit(1);
        m[12345] = 1;
        struct timespec ts;
        uint64_t r;
        bool ok = munmap(m, 1 << 20) == 0 && clock_gettime(CLOCK_MONOTONIC, &ts) == 0 &&
                  getrandom(&r, sizeof r, 0) == sizeof r;
        _exit(ok ? 0 : 1);
    }
    case P_GRANT_WRITE:
        snprintf(path, sizeof path, "%s/probe-%d", grant, getpid());
        fd = open(path, O_WRONLY | O_CREAT, 0644);
        if (fd < 0) _exit(landlock_abi() ? 1 : 0); /* without Landlock every open is refused */
        close(fd);
        unlink(path);
        _exit(landlock_abi() ? 0 : 1);
    case P_CLASSPATH_READ:
        snprintf(path, sizeof path, "%s/IsoHello.ember", cp);
        fd = open(path, O_RDONLY);
        _exit((fd >= 0) == (landlock_abi() > 0) ? 0 : 1);
    case P_CLASSPATH_WRITE:
        snprintf(path, sizeof path, "%s/probe-w", cp);
        _exit(open(path, O_WRONLY | O_CREAT, 0644) < 0 ? 0 : 1);
    }
    _exit(2);
}

/* zygote: enter the zygote's filter, fork, enter the child's part there (the gateway's real shape). */
static int probe(Suite *s, int what, bool zygote, const char *grant, const char *cp) {
    (void)s;
    pid_t p = fork();
    if (p == 0) {
        DepSandboxConfig c = {.cpu_seconds = 5, .memory_bytes = (uint64_t)256 << 20, .grant_dir = grant,
                              .read_paths = cp, .zygote = zygote};
        DepSandbox sb;
        char err[256];
        if (dep_sandbox_prepare(&sb, &c, err, sizeof err) != 0) _exit(90);
        if (zygote) {
            if (dep_sandbox_enter_zygote(&sb, err, sizeof err) != 0) _exit(91);
            pid_t k = fork();
            if (k < 0) _exit(92);
            if (k == 0) {
                if (dep_sandbox_enter(&sb, err, sizeof err) != 0) _exit(93);
                probe_action(what, grant, cp);
            }
            int st;
            if (waitpid(k, &st, 0) != k) _exit(94);
            _exit(WIFSIGNALED(st) ? 100 + WTERMSIG(st) : WEXITSTATUS(st)); /* (kill is refused here) */
        }
        if (dep_sandbox_enter(&sb, err, sizeof err) != 0) _exit(93);
        probe_action(what, grant, cp);
    }
    int st;
    waitpid(p, &st, 0);
    if (WIFSIGNALED(st)) return -WTERMSIG(st);
    return WEXITSTATUS(st) > 100 ? -(WEXITSTATUS(st) - 100) : WEXITSTATUS(st);
}

static void t_sandbox(Suite *s) {
    char grant[1100], cp[1100];
    snprintf(grant, sizeof grant, "%s/grant", s->dir);
    snprintf(cp, sizeof cp, "%s", s->dir);
    static const struct {
        const char *name;
        int what;
        int want; /* 0, or -SIGSYS */
    } cases[] = {
        {"socket-inet-eacces", P_SOCKET, 0},       {"socket-unix-eacces", P_SOCKET_UNIX, 0},
        {"create-file-eacces", P_CREATE, 0},       {"read-etc-passwd-eacces", P_READ, 0},
        {"execve-killed", P_EXEC, -SIGSYS},        {"fork-killed", P_FORK, -SIGSYS},
        {"kill-eperm", P_KILL, 0},                 {"ptrace-killed", P_PTRACE, -SIGSYS},
        {"memory-time-random", P_MEMORY, 0},       {"grant-dir-write", P_GRANT_WRITE, 0},
        {"classpath-read", P_CLASSPATH_READ, 0},   {"classpath-write-refused", P_CLASSPATH_WRITE, 0},
    };
    for (int z = 0; z < 2; z++)
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            char name[128];
            snprintf(name, sizeof name, "sandbox-%s-%s", z ? "zygote-child" : "instance", cases[i].name);
            if (!selected(s, name)) continue;
            int got = probe(s, cases[i].what, z, grant, cp);
            report(s, got == cases[i].want, name, "outcome %d (want %d; negative: killed by that signal)", got,
                   cases[i].want);
        }
    char probe_file[1200];
    snprintf(probe_file, sizeof probe_file, "%s/out/probe-created", s->dir);
    if (selected(s, "sandbox-nothing-created"))
        report(s, !exists(probe_file), "sandbox-nothing-created", "%s exists", probe_file);
}

/* ---- bench ----------------------------------------------------------------------------------------- */
static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int bench(int argc, char **argv) {
    if (argc < 6) {
        fprintf(stderr, "usage: isolation bench <snapshot> fork|reuse <threads> <seconds> [max_instances]\n");
        return 2;
    }
    DepFnConfig c;
    dep_fn_config_defaults(&c);
    snprintf(c.name, sizeof c.name, "bench");
    snprintf(c.snapshot, sizeof c.snapshot, "%s", argv[2]);
    c.isolation = strcmp(argv[3], "reuse") ? DEP_ISO_FORK : DEP_ISO_REUSE;
    int threads = atoi(argv[4]);
    double secs = atof(argv[5]);
    c.max_instances = argc > 6 ? (uint32_t)atoi(argv[6]) : (uint32_t)threads;
    c.reuse_max_requests = 1000000;
    char err[1024];
    DepFn *f = dep_fn_start(&c, err, sizeof err);
    if (!f) {
        fprintf(stderr, "bench: %s\n", err);
        return 1;
    }
    free(calls(f, "warm").body);
    pthread_barrier_t go;
    pthread_barrier_init(&go, NULL, (unsigned)threads);
    volatile int stop = 0;
    Worker *w = calloc((size_t)threads, sizeof *w);
    pthread_t *th = calloc((size_t)threads, sizeof *th);
    for (int i = 0; i < threads; i++) {
        w[i] = (Worker){.f = f, .go = &go, .id = i, .fixed = "world", .stop = &stop};
        pthread_create(&th[i], NULL, worker, &w[i]);
    }
    double t0 = now_s();
    usleep((useconds_t)(secs * 1e6));
    stop = 1;
    for (int i = 0; i < threads; i++) pthread_join(th[i], NULL);
    double el = now_s() - t0;
    size_t total = 0, errors = 0;
    for (int i = 0; i < threads; i++) total += w[i].nlat, errors += w[i].nlat - (size_t)w[i].by_status[0];
    double *all = malloc(sizeof(double) * (total + 1));
    size_t k = 0;
    for (int i = 0; i < threads; i++) {
        memcpy(all + k, w[i].lat, w[i].nlat * sizeof(double));
        k += w[i].nlat;
        free(w[i].lat);
    }
    qsort(all, k, sizeof(double), cmp_double);
    printf("%s: %d threads, max_instances %u: %zu invocations in %.2f s = %.0f/s; p50 %.3f ms, p99 %.3f ms, "
           "errors %zu\n",
           argv[3], threads, c.max_instances, total, el, (double)total / el, k ? all[k / 2] : 0,
           k ? all[(size_t)((double)k * 0.99)] : 0, errors);
    free(all);
    free(w);
    free(th);
    dep_fn_release(f);
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 2 && !strcmp(argv[1], "bench")) return bench(argc, argv);
    if (argc < 2) {
        fprintf(stderr, "usage: isolation <dir> [case-prefix...] | isolation bench ...\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    landlock_abi();
    Suite s = {argv[1], argv + 2, argc - 2, 0, 0};
    const int both[] = {DEP_ISO_FORK, DEP_ISO_REUSE};
    struct {
        const char *prefix;
        void (*fn)(Suite *, int);
    } per_mode[] = {
        {"hello", t_hello},       {"big-bodies", t_big},         {"exception", t_throw},
        {"exit", t_exit},         {"killed-by-sigsys", t_signal}, {"timeout", t_timeout},
        {"cpu-limit", t_cpu_limit},
        {"files-refused", t_files}, {"grant-dir", t_grant},      {"socket-exec", t_socket_exec},
        {"fresh-randomness", t_random}, {"state-and-hooks", t_state}, {"queue-full", t_queue},
        {"concurrent", t_concurrent}, {"memory-limit", t_memory}, {"no-leaks-10000", t_leaks},
    };
    for (size_t i = 0; i < sizeof per_mode / sizeof per_mode[0]; i++)
        for (int m = 0; m < 2; m++) {
            char name[128];
            snprintf(name, sizeof name, "%s-%s", iso_name(both[m]), per_mode[i].prefix);
            if (selected(&s, name)) per_mode[i].fn(&s, both[m]);
        }
    if (selected(&s, "fork-zygote-restart")) t_restart(&s);
    if (selected(&s, "reuse-idle-instance-died")) t_idle_died(&s);
    if (selected(&s, "refused-at-start")) t_refused(&s);
    if (selected(&s, "stats")) t_stats(&s);
    t_sandbox(&s);
    printf("%d passed, %d failed\n", s.pass, s.fail);
    return s.fail ? 1 : 0;
}
