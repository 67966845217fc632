/* The processes that run a function for the gateway (`ember serve`): the hidden commands
 *
 *   ember __zygote <snapshot> <fd>     fork isolation: restore once, fork a sandboxed child per invocation
 *   ember __instance <snapshot> <fd>   reuse isolation: restore once, serve invocations one after another
 *
 * fd is a SOCK_SEQPACKET socket to the gateway; the protocol is in dep_proto.h. Both start alike: CONFIG from
 * the gateway, snap_restore (checking every region's checksum too when the gateway asks: a zygote, and the
 * first instance of a pool, so that dep_fn_start refuses a corrupted snapshot as ember verify would),
 * sandbox prepared, READY (or REFUSED with the reason, exit 2).
 *
 * The zygote runs no Java code: it does not run the after-restore hooks, so every child starts from the
 * snapshot's state exactly and runs them itself — fresh randomness and CRaC hooks once per instance, which
 * is what a child is. Its loop runs on the Java thread (dep_on_java_thread: the big C stack), because a
 * forked child continues on the thread that called fork, and the child runs Java code. The zygote reaps its
 * children (SIGCHLD through a signalfd) and, until a child is reaped, keeps a copy of its invocation socket:
 * then it reports the wait status (EXIT) and closes the copy, so the gateway's EOF means the child is gone.
 *
 * When the sandbox goes on, and why: right after fork (or, for an instance, right after restore), before
 * the after-restore hooks, because hooks are function code — a hook that opens a socket or a file must fail
 * like the handler would. The C side of the restore (snap_after_restore: clocks, class path) runs before,
 * in the zygote, and the class path's jars are opened there (ld_classpath_open), so that classes the snapshot
 * did not load can still be read after the sandbox refuses to open files.
 *
 * The fork path's cost (measured with `isolation bench`, tests/gateway/isolation.c): a fork of the zygote
 * takes about 63 µs (31 µs for a minimal process: page tables and the VMAs of VM space, the libraries and the
 * Java thread's stack), a child about 130 µs of CPU, most of it page faults (copy-on-write of what the VM
 * writes: metaspace, statics, stacks) and the seccomp filter it attaches. Tried and left out, because each
 * moved as much work into the fork as it saved in the children: prefaulting VM space or the libraries' text
 * into the zygote (fork copies page-table entries only of mappings that have private pages, so that needs a
 * private page in each), pre-resolving the constant pools of the hooks' code in the zygote, malloc_trim.
 * What paid: the zygote/child seccomp split (dep_sandbox.c), the filter as a binary tree, and LD_BIND_NOW
 * in the zygote's environment (dep_gw_fnproc.c), so that children do not resolve PLT entries.
 *
 * A child answers one request and exits. An instance answers until the gateway closes its socket, and exits
 * after an exception (the pool replaces it). Shutdown hooks run when either process ends, before the last
 * answer is sent, as in `ember invoke`. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../loader/ld.h"
#include "../snapshot/snap.h"
#include "dep.h"
#include "dep_fn.h"
#include "dep_proto.h"
#include "dep_sandbox.h"

#define REQUEST_MAX ((size_t)1 << 30) /* the gateway enforces the function's max_request; this is a backstop */

typedef struct Child {
    uint64_t id;      /* the gateway's invocation id (KILL names it) */
    pid_t pid;
    int fd;           /* the invocation socket, kept until the child is reaped */
} Child;

typedef struct Proc {
    const char *snapshot;
    const char *cmd;      /* "__zygote" or "__instance", for messages */
    int fd;               /* the socket to the gateway */
    DepWireConfig cfg;
    DepSandbox sb;
    /* zygote only */
    pid_t self;
    int sigfd;
    Child *kids;
    size_t n_kids, cap_kids;
} Proc;

static _Noreturn void refuse(Proc *p, const char *fmt, const char *a, const char *b) {
    char line[1200];
    snprintf(line, sizeof line, fmt, a, b);
    dep_msg_send(p->fd, DEP_MSG_REFUSED, 0, 0, line, strlen(line), -1, dep_now_ns() + 1000000000);
    fprintf(stderr, "ember %s: %s\n", p->cmd, line);
    _exit(2);
}

/* ---- what runs function code: a zygote's child or an instance --------------------------------------- */

/* Reads one REQUEST. 1: *in filled; 0: the gateway closed the socket; -1: a protocol error. */
static int read_request(int fd, char **in, size_t *len) {
    const size_t cap = DEP_MSG_MAX;
    char *first = malloc(cap);
    DepMsg h;
    size_t n;
    int st = dep_msg_recv(fd, &h, first, cap, &n, NULL, -1);
    if (st == 1 && h.type == DEP_MSG_REQUEST) st = dep_body_recv(fd, &h, first, n, REQUEST_MAX, in, len, NULL, -1);
    else if (st == 1) st = -EPROTO;
    free(first);
    return st < 0 ? -1 : st;
}

/* Calls the handler (after the hooks' failure line, if any: then the handler is not called) and sends the
 * RESULT. Returns 0 when the handler answered, 1 after an exception. */
static int answer(Proc *p, Thread *t, const char *in, size_t len, char *hook_line, bool shutdown_after) {
    char *out = NULL, *line = hook_line;
    size_t out_len = 0;
    int status = line ? 1 : dep_function_call_line(t, in, len, &out, &out_len, &line);
    if (status || shutdown_after) rt_shutdown(t); /* the process ends: shutdown hooks, System.out/err flushed */
    fflush(stdout);                               /* the VM's own log lines (-Xlog:gc) */
    if (status) dep_body_send(p->fd, DEP_MSG_RESULT, DEP_RESULT_EXCEPTION, line, strlen(line), -1);
    else dep_body_send(p->fd, DEP_MSG_RESULT, DEP_RESULT_OK, out ? out : "", out_len, -1);
    free(out);
    free(line);
    return status;
}

/* Runs the after-restore hooks; NULL, or the first line of the exception they threw (reported on stderr). */
static char *run_hooks(Thread *t) {
    if (dep_call_static(t, "jdk/internal/ember/Snapshot", "afterRestore")) return NULL;
    return dep_report_exception(t);
}

static void enter_sandbox(Proc *p) {
    char err[256];
    if (dep_sandbox_enter(&p->sb, err, sizeof err) != 0) {
        fprintf(stderr, "ember %s: cannot enter the sandbox: %s\n", p->cmd, err);
        _exit(3);
    }
}

/* A zygote's child: one invocation on the socket `fd`, then exit. */
static _Noreturn void child_main(Proc *p, int fd) {
    /* die with the zygote; if it is already gone, stop here */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != p->self) _exit(1);
    close(p->fd);
    close(p->sigfd);
    for (size_t i = 0; i < p->n_kids; i++) close(p->kids[i].fd);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    p->fd = fd;
    enter_sandbox(p);
    Thread *t = &VM->main;
    char *in = NULL;
    size_t len = 0;
    if (read_request(fd, &in, &len) != 1) _exit(4);
    int status = answer(p, t, in, len, run_hooks(t), true);
    _exit(status);
}

/* ---- the zygote ------------------------------------------------------------------------------------- */
/* No child at all: EXIT with flags 1 and the errno as arg. */
static void no_child(int fd, int err) {
    dep_msg_send(fd, DEP_MSG_EXIT, 1, (uint64_t)err, NULL, 0, -1, dep_now_ns());
    close(fd);
}

static void spawn(Proc *p, uint64_t id, int fd) {
    if (p->n_kids == p->cap_kids) {
        size_t cap = p->cap_kids ? p->cap_kids * 2 : 16;
        Child *k = realloc(p->kids, cap * sizeof *k);
        if (!k) {
            no_child(fd, ENOMEM);
            return;
        }
        p->kids = k;
        p->cap_kids = cap;
    }
    pid_t pid = fork();
    if (pid == 0) child_main(p, fd);
    if (pid < 0) {
        no_child(fd, errno);
        return;
    }
    p->kids[p->n_kids++] = (Child){id, pid, fd};
}

static void reap(Proc *p) {
    struct signalfd_siginfo si;
    while (read(p->sigfd, &si, sizeof si) == sizeof si) continue;
    int st;
    pid_t pid;
    while ((pid = waitpid(-1, &st, WNOHANG)) > 0) {
        for (size_t i = 0; i < p->n_kids; i++) {
            if (p->kids[i].pid != pid) continue;
            /* never blocks: a gateway that stopped reading loses the status, not the zygote */
            dep_msg_send(p->kids[i].fd, DEP_MSG_EXIT, 0, (uint64_t)(uint32_t)st, NULL, 0, -1, dep_now_ns());
            close(p->kids[i].fd);
            p->kids[i] = p->kids[--p->n_kids];
            break;
        }
    }
}

static void kill_child(Proc *p, uint64_t id) {
    for (size_t i = 0; i < p->n_kids; i++)
        if (p->kids[i].id == id) kill(p->kids[i].pid, SIGKILL); /* not reaped yet: the pid is still its */
}

static int zygote_body(void *arg) {
    Proc *p = arg;
    size_t jar_len;
    const uint8_t *jar = dep_boot_jar(&jar_len);
    snap_after_restore((const char *)jar, jar_len);
    ld_classpath_open();
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    p->sigfd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
    if (p->sigfd < 0) refuse(p, "cannot create a signalfd: %s%s", strerror(errno), "");
    p->self = getpid();
    dep_sandbox_measure(&p->sb); /* what every child inherits is mapped now */
    char err[256];
    if (dep_sandbox_enter_zygote(&p->sb, err, sizeof err) != 0) refuse(p, "%s%s", err, "");
    if (dep_msg_send(p->fd, DEP_MSG_READY, 0, 0, NULL, 0, -1, -1) != 0) return 1;
    DepMsg h;
    for (;;) {
        struct pollfd pf[2] = {{p->fd, POLLIN, 0}, {p->sigfd, POLLIN, 0}};
        if (poll(pf, 2, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (pf[1].revents) reap(p);
        if (!pf[0].revents) continue;
        size_t n;
        int fd;
        int st = dep_msg_recv(p->fd, &h, NULL, 0, &n, &fd, -1);
        if (st == -EPROTO || (st == 1 && h.type != DEP_MSG_INVOKE && h.type != DEP_MSG_KILL)) {
            if (fd >= 0) close(fd);
            continue;
        }
        if (st <= 0) break; /* the gateway is gone */
        if (h.type == DEP_MSG_KILL) {
            kill_child(p, h.arg);
            if (fd >= 0) close(fd);
        } else if (fd >= 0) {
            spawn(p, h.arg, fd);
        }
    }
    for (size_t i = 0; i < p->n_kids; i++) kill(p->kids[i].pid, SIGKILL);
    return 0;
}

/* ---- the reuse instance ----------------------------------------------------------------------------- */
static int instance_body(void *arg) {
    Proc *p = arg;
    size_t jar_len;
    const uint8_t *jar = dep_boot_jar(&jar_len);
    snap_after_restore((const char *)jar, jar_len);
    ld_classpath_open();
    dep_sandbox_measure(&p->sb);
    if (dep_msg_send(p->fd, DEP_MSG_READY, 0, 0, NULL, 0, -1, -1) != 0) return 1;
    enter_sandbox(p);
    Thread *t = &VM->main;
    char *hook_line = run_hooks(t);
    for (;;) {
        char *in = NULL;
        size_t len = 0;
        int st = read_request(p->fd, &in, &len);
        if (st != 1) break;
        dep_sandbox_rearm_cpu(&p->sb);
        int status = answer(p, t, in, len, hook_line, false);
        free(in);
        if (status) _exit(1); /* answer() ran the shutdown hooks */
    }
    rt_shutdown(t);
    fflush(stdout);
    _exit(0);
}

/* ---- start-up shared by both ------------------------------------------------------------------------ */
static int proc_main(int argc, char **argv, bool zygote) {
    Proc p = {0};
    p.cmd = zygote ? "__zygote" : "__instance";
    p.sigfd = -1;
    char *end = NULL;
    long fd = argc == 2 ? strtol(argv[1], &end, 10) : -1;
    if (argc != 2 || !end || *end || fd < 0 || fd > 1 << 20 || fcntl((int)fd, F_GETFD) < 0) {
        fprintf(stderr, "ember %s: usage: ember %s <snapshot> <socket fd> (started by ember serve)\n", p.cmd, p.cmd);
        return 2;
    }
    p.snapshot = argv[0];
    p.fd = (int)fd;
    fcntl(p.fd, F_SETFD, FD_CLOEXEC);
    signal(SIGPIPE, SIG_IGN); /* a closed stdout or socket is an error to report, not a reason to die */
    DepMsg h;
    size_t n;
    int st = dep_msg_recv(p.fd, &h, &p.cfg, sizeof p.cfg, &n, NULL, dep_now_ns() + 30 * 1000000000ll);
    if (st != 1 || h.type != DEP_MSG_CONFIG || n != sizeof p.cfg) {
        fprintf(stderr, "ember %s: no configuration from the gateway\n", p.cmd);
        return 2;
    }
    p.cfg.grant_dir[sizeof p.cfg.grant_dir - 1] = 0;
    SnapRestoreOptions ro = {SNAP_RESTORE_AUTO, p.cfg.verify != 0};
    char err[512];
    if (snap_restore(p.snapshot, &ro, err, sizeof err) != SNAP_OK) refuse(&p, "cannot restore %s: %s", p.snapshot, err);
    if (VM->fn.kind != RT_FN_STATIC && VM->fn.kind != RT_FN_INSTANCE)
        refuse(&p, "%s is not a function snapshot (it was taken with --main)%s", p.snapshot, "");
    DepSandboxConfig sc = {
        .cpu_seconds = p.cfg.cpu_seconds,
        .memory_bytes = p.cfg.memory_bytes,
        .grant_dir = p.cfg.grant_dir,
        .read_paths = VM->n_classpath && VM->classpath[0] ? VM->classpath[0]->text : NULL,
        .reuse = !zygote,
        .zygote = zygote,
    };
    if (dep_sandbox_prepare(&p.sb, &sc, err, sizeof err) != 0) refuse(&p, "%s%s", err, "");
    if (p.sb.note[0] && zygote) fprintf(stderr, "ember %s: %s\n", p.cmd, p.sb.note);
    if (zygote) { /* SIGCHLD is read from a signalfd: blocked in every thread, the Java thread inherits it */
        sigset_t chld;
        sigemptyset(&chld);
        sigaddset(&chld, SIGCHLD);
        sigprocmask(SIG_BLOCK, &chld, NULL);
    }
    return dep_on_java_thread(zygote ? zygote_body : instance_body, &p);
}

int dep_zygote_main(int argc, char **argv) { return proc_main(argc, argv, true); }

int dep_instance_main(int argc, char **argv) { return proc_main(argc, argv, false); }
