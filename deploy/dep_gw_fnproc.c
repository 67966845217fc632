/* The gateway's side of a function's processes: exec'ing `ember __zygote|__instance`, the start-up
 * handshake, and one invocation's exchange over a SOCK_SEQPACKET socket (protocol: dep_proto.h).
 *
 * Processes are started with posix_spawn (the gateway is multithreaded and large; fork would copy its page
 * tables for nothing). The socket is the child's fd 3 and every other descriptor above 2 is closed in the
 * child, whatever the rest of the gateway forgot to mark close-on-exec; stdin is /dev/null (a function must
 * not read the gateway's stdin); the signal mask and the dispositions the gateway changed are reset (it
 * blocks SIGHUP/SIGTERM/SIGINT in every thread, and a mask survives exec).
 *
 * The gateway reaps only the processes it started, by pid (fnproc_reap); a pidfd, when the kernel has them,
 * answers "is it still alive" without reaping. */
#define _GNU_SOURCE
#include "dep_gw_fnproc.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dep_proto.h"

extern char **environ;

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif

int fnproc_find_ember(char *out, size_t n, char *err, size_t errlen) {
    const char *env = getenv("EMBER_BIN");
    if (env && *env) {
        snprintf(out, n, "%s", env);
    } else {
        char self[4096];
        ssize_t k = readlink("/proc/self/exe", self, sizeof self - 8);
        char *slash = k > 0 ? (self[k] = 0, strrchr(self, '/')) : NULL;
        if (!slash) {
            snprintf(err, errlen, "cannot find the ember binary (set EMBER_BIN)");
            return -1;
        }
        strcpy(slash + 1, "ember");
        snprintf(out, n, "%s", self);
    }
    if (access(out, X_OK) != 0) {
        snprintf(err, errlen, "ember binary %s: %s", out, strerror(errno));
        return -1;
    }
    return 0;
}

bool fnproc_alive(const FnProc *p) {
    if (p->pid <= 0) return false;
    if (p->pidfd < 0) return true;
    struct pollfd pf = {p->pidfd, POLLIN, 0};
    return poll(&pf, 1, 0) == 0; /* a pidfd becomes readable when its process ends */
}

int fnproc_reap(FnProc *p, bool kill_it) {
    int st = -1;
    if (p->pid > 0) {
        if (kill_it) kill(p->pid, SIGKILL); /* not reaped yet, so the pid cannot name another process */
        while (waitpid(p->pid, &st, 0) < 0 && errno == EINTR) continue;
    }
    if (p->pidfd >= 0) close(p->pidfd);
    if (p->sock >= 0) close(p->sock);
    p->pid = 0;
    p->pidfd = p->sock = -1;
    return st;
}

bool fnproc_try_reap(FnProc *p, int *st) {
    if (p->pid <= 0) return true;
    pid_t r = waitpid(p->pid, st, WNOHANG);
    if (r == 0 || (r < 0 && errno == EINTR)) return false;
    if (p->pidfd >= 0) close(p->pidfd);
    if (p->sock >= 0) close(p->sock);
    p->pid = 0;
    p->pidfd = p->sock = -1;
    return true;
}

static int spawn(const char *ember, const char *cmd, const char *snapshot, int child_sock, pid_t *pid) {
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t at;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, child_sock, 3); /* dup2 clears close-on-exec on fd 3 */
    posix_spawn_file_actions_addclosefrom_np(&fa, 4);
    posix_spawnattr_init(&at);
    sigset_t none, dfl;
    sigemptyset(&none);
    sigemptyset(&dfl);
    const int sigs[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGUSR1, SIGUSR2, SIGCHLD, SIGALRM};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaddset(&dfl, sigs[i]);
    posix_spawnattr_setsigmask(&at, &none);
    posix_spawnattr_setsigdefault(&at, &dfl);
    posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    char *argv[] = {(char *)ember, (char *)cmd, (char *)snapshot, "3", NULL};
    /* A zygote binds every dynamic symbol at start-up (LD_BIND_NOW): otherwise each child would resolve, in
     * memory it then copies on write, the PLT entries of whatever the zygote itself never called. */
    size_t n = 0;
    while (environ[n]) n++;
    char **env = malloc((n + 2) * sizeof *env);
    if (!env) return ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) env[k++] = environ[i];
    if (!strcmp(cmd, "__zygote")) env[k++] = "LD_BIND_NOW=1";
    env[k] = NULL;
    int st = posix_spawn(pid, ember, &fa, &at, argv, env);
    free(env);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&at);
    return st;
}

int fnproc_start(const char *ember, const char *cmd, const DepFnConfig *c, bool verify, int64_t deadline,
                 FnProc *p, char *err, size_t errlen) {
    p->pid = 0;
    p->pidfd = p->sock = -1;
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) {
        snprintf(err, errlen, "socketpair: %s", strerror(errno));
        return -1;
    }
    int st = spawn(ember, cmd, c->snapshot, sv[1], &p->pid);
    close(sv[1]);
    if (st != 0) {
        close(sv[0]);
        p->pid = 0;
        snprintf(err, errlen, "cannot run %s: %s", ember, strerror(st));
        return -1;
    }
    p->sock = sv[0];
    p->pidfd = (int)syscall(SYS_pidfd_open, p->pid, 0);
    if (p->pidfd >= 0) fcntl(p->pidfd, F_SETFD, FD_CLOEXEC);
    DepWireConfig w;
    memset(&w, 0, sizeof w);
    w.isolation = (uint32_t)c->isolation;
    w.cpu_seconds = c->cpu_seconds;
    w.memory_bytes = c->memory_bytes;
    w.verify = verify;
    snprintf(w.grant_dir, sizeof w.grant_dir, "%s", c->grant_dir);
    char line[1200] = "";
    DepMsg h;
    size_t n = 0;
    st = dep_msg_send(p->sock, DEP_MSG_CONFIG, 0, 0, &w, sizeof w, -1, deadline);
    if (st == 0) st = dep_msg_recv(p->sock, &h, line, sizeof line - 1, &n, NULL, deadline);
    if (st == 1 && h.type == DEP_MSG_READY) return 0;
    line[n < sizeof line ? n : sizeof line - 1] = 0;
    bool refused = st == 1 && h.type == DEP_MSG_REFUSED;
    int ws = fnproc_reap(p, !refused);
    if (refused) {
        snprintf(err, errlen, "%s", line);
    } else if (st == -ETIMEDOUT) {
        snprintf(err, errlen, "ember %s did not become ready in time", cmd);
    } else {
        char why[256];
        fnproc_describe(ws, c, why, sizeof why);
        snprintf(err, errlen, "ember %s failed to start: %s", cmd, why);
    }
    return -1;
}

void fnproc_describe(int st, const DepFnConfig *c, char *buf, size_t n) {
    if (st == -1) {
        snprintf(buf, n, "the process ended without answering");
    } else if (WIFSIGNALED(st)) {
        int sig = WTERMSIG(st);
        if (sig == SIGSYS)
            snprintf(buf, n, "killed by SIGSYS: the function made a system call its sandbox forbids");
        else if (sig == SIGXCPU)
            snprintf(buf, n, "killed by SIGXCPU: CPU time limit of %u s", c->cpu_seconds);
        else if (sig == SIGKILL)
            snprintf(buf, n, "killed by SIGKILL");
        else
            snprintf(buf, n, "killed by signal %d (%s)", sig, strsignal(sig));
    } else if (WIFEXITED(st)) {
        int code = WEXITSTATUS(st);
        if (code == 134)
            snprintf(buf, n, "exited with status 134 (a fatal VM error, such as memory the limit refused; see the log)");
        else if (code == 3)
            snprintf(buf, n, "exited with status 3 (it could not enter its sandbox; see the log)");
        else
            snprintf(buf, n, "exited with status %d without answering", code);
    } else {
        snprintf(buf, n, "ended with wait status %#x", st);
    }
}

static void set_error(FnExchange *x, const char *msg) {
    x->outcome = FX_ERROR;
    x->body = strdup(msg);
    x->len = strlen(msg);
}

/* One message was EXIT or EOF (or the socket broke): the process is gone. */
static void ended(FnExchange *x, int st, const DepMsg *h) {
    x->outcome = FX_EXIT;
    x->status = -1;
    if (st == 1 && h->type == DEP_MSG_EXIT) {
        x->fork_failed = h->flags == 1;
        x->status = (int)(uint32_t)h->arg;
    }
}

void fnproc_exchange(int sock, const char *req, size_t len, int64_t deadline, FnExchange *x) {
    memset(x, 0, sizeof *x);
    x->status = -1;
    int st = dep_body_send(sock, DEP_MSG_REQUEST, 0, req, len, deadline);
    if (st == -ETIMEDOUT) {
        x->outcome = FX_TIMEOUT;
        return;
    }
    /* any other failure to send (EPIPE: the process died first) shows as EXIT/EOF when reading */
    char *first = malloc(DEP_MSG_MAX);
    if (!first) {
        set_error(x, "out of memory");
        return;
    }
    DepMsg h;
    size_t n = 0;
    st = dep_msg_recv(sock, &h, first, DEP_MSG_MAX, &n, NULL, deadline);
    if (st == 1 && h.type == DEP_MSG_RESULT) {
        DepMsg other = {0};
        st = dep_body_recv(sock, &h, first, n, FN_RESPONSE_MAX, &x->body, &x->len, &other, deadline);
        if (st == 1) {
            x->outcome = FX_OK;
            x->flags = h.flags == DEP_RESULT_EXCEPTION ? DEP_RESULT_EXCEPTION : DEP_RESULT_OK;
        } else if (st == -ETIMEDOUT) {
            x->outcome = FX_TIMEOUT;
        } else if (st == -EMSGSIZE) {
            set_error(x, "the function's answer is larger than 256 MiB");
        } else if (st == -EPROTO && other.type == DEP_MSG_EXIT) {
            ended(x, 1, &other); /* died in the middle of its answer */
        } else if (st == -ENOMEM) {
            set_error(x, "out of memory");
        } else {
            ended(x, 0, &h);
        }
    } else if (st == -ETIMEDOUT) {
        x->outcome = FX_TIMEOUT;
    } else if (st == 1 && h.type != DEP_MSG_EXIT) {
        set_error(x, "the function's process broke the protocol");
    } else {
        ended(x, st, &h);
    }
    free(first);
}

void fnproc_drain_exit(int sock, int64_t deadline, FnExchange *x) {
    DepMsg h;
    size_t n;
    char scratch[64];
    for (;;) {
        int st = dep_msg_recv(sock, &h, scratch, sizeof scratch, &n, NULL, deadline);
        if (st == -EPROTO) continue; /* the rest of an answer: skip */
        if (st == 1 && h.type != DEP_MSG_EXIT) continue;
        if (st == 1) ended(x, st, &h);
        return;
    }
}
