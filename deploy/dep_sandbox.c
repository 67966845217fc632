/* The sandbox of a function's process (fork isolation: each invocation's child; reuse isolation: each
 * instance), entered before any function code runs — the after-restore hooks included, since they are the
 * function's code too (dep_instance.c).
 *
 * Policy (seccomp, default: kill the process, SCMP_ACT_KILL_PROCESS, which the gateway answers with 502):
 *  - allowed: memory management (mmap, munmap, mprotect, madvise, brk, mremap), time (clock_gettime and
 *    friends, nanosleep for Thread.sleep), getrandom, futex, signal masks and returns, exit, I/O on the
 *    descriptors the process already holds (read/write/recvmsg/sendmsg/lseek/close/fstat...), harmless
 *    queries (getpid, uname, getrusage, sched_getaffinity, read-only prlimit, the TCGETS and FIONREAD ioctls
 *    that stdio and InputStream.available use);
 *  - failing with EACCES, so that Java code gets an IOException and the function answers 500: creating
 *    sockets and every socket call, pipes, dup, memfd, chmod/chown/xattr/utimes, chdir — and every system
 *    call that takes a path (open, stat, mkdir, unlink, rename, ...) unless Landlock is available;
 *  - failing with EPERM: kill/tgkill (a function may not signal anyone, itself included: abort() then ends
 *    the process by other means);
 *  - everything else kills, notably execve/execveat and fork/vfork/clone/clone3 (no processes, no threads).
 * Landlock (when the kernel has it; its ABI version is probed): path system calls pass seccomp and Landlock
 * decides. The ruleset handles every filesystem right the ABI knows, TCP bind/connect (ABI 4) and signals and
 * abstract Unix sockets outside the domain (ABI 6), and allows only: reading beneath the class path's
 * entries (classes a snapshot did not load are read on first use) and, when the function's configuration
 * grants a directory, everything but execute beneath it. Without Landlock seccomp cannot tell paths apart,
 * so every path call fails with EACCES (classes from class-path directories cannot be loaded lazily then,
 * and a granted directory is not usable; the zygote logs that once). Metadata (stat) is not covered by
 * Landlock, so with Landlock a function can learn whether a path exists, not read it.
 * rlimits: RLIMIT_CPU = cpu_seconds (soft; the hard limit one second later), RLIMIT_AS and RLIMIT_DATA =
 * the current size plus memory_bytes (VM space is a 64 GiB PROT_NONE reservation that already counts in
 * VmSize, and the Java heap grows inside it with mprotect, which RLIMIT_DATA sees but RLIMIT_AS does not),
 * RLIMIT_CORE = 0 (a killed function leaves no core file).
 *
 * Cost: filters are compiled to BPF once (dep_sandbox_prepare) and the Landlock ruleset made once. A zygote
 * enters a filter of its own first (the policy plus what forking needs: dep_sandbox_enter_zygote), and each
 * child adds a small one that removes the zygote's extras (child_rules), so that a fork attaches a dozen
 * rules instead of the whole policy; entering is a handful of system calls per fork. */
#define _GNU_SOURCE
#include "dep_sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>

/* ---- Landlock: the kernel ABI, defined here because Debian 12's headers stop at ABI 2 ---------------- */
#ifndef __NR_landlock_create_ruleset
#define __NR_landlock_create_ruleset 444
#define __NR_landlock_add_rule 445
#define __NR_landlock_restrict_self 446
#endif
#define LL_CREATE_RULESET_VERSION 1u
#define LL_RULE_PATH_BENEATH 1
#define LL_FS_EXECUTE (1ull << 0)
#define LL_FS_READ_FILE (1ull << 2)
#define LL_FS_READ_DIR (1ull << 3)
#define LL_FS_ABI1 ((1ull << 13) - 1)   /* execute .. make_sym */
#define LL_FS_REFER (1ull << 13)        /* ABI 2 */
#define LL_FS_TRUNCATE (1ull << 14)     /* ABI 3 */
#define LL_FS_IOCTL_DEV (1ull << 15)    /* ABI 5 */
#define LL_NET_BIND_TCP (1ull << 0)     /* ABI 4 */
#define LL_NET_CONNECT_TCP (1ull << 1)
#define LL_SCOPE_ABSTRACT_UNIX (1ull << 0) /* ABI 6 */
#define LL_SCOPE_SIGNAL (1ull << 1)

typedef struct LlRulesetAttr {
    uint64_t handled_access_fs;
    uint64_t handled_access_net;
    uint64_t scoped;
} LlRulesetAttr;

typedef struct __attribute__((packed)) LlPathBeneath {
    uint64_t allowed_access;
    int32_t parent_fd;
} LlPathBeneath;

static uint64_t ll_fs_rights(int abi) {
    uint64_t r = LL_FS_ABI1;
    if (abi >= 2) r |= LL_FS_REFER;
    if (abi >= 3) r |= LL_FS_TRUNCATE;
    if (abi >= 5) r |= LL_FS_IOCTL_DEV;
    return r;
}

/* Adds "access beneath path" to the ruleset. A missing path is skipped (false); a directory gets `dir_rights`,
 * a file the subset that applies to files. */
static bool ll_allow(int ruleset, const char *path, uint64_t dir_rights, uint64_t handled) {
    int fd = open(path, O_PATH | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st;
    bool ok = fstat(fd, &st) == 0;
    if (ok) {
        uint64_t rights = dir_rights & handled;
        if (!S_ISDIR(st.st_mode)) /* rights that only make sense on directories are refused on files */
            rights &= LL_FS_EXECUTE | (1ull << 1) /* write_file */ | LL_FS_READ_FILE | LL_FS_TRUNCATE |
                      LL_FS_IOCTL_DEV;
        LlPathBeneath pb = {rights, fd};
        ok = syscall(__NR_landlock_add_rule, ruleset, LL_RULE_PATH_BENEATH, &pb, 0) == 0;
    }
    close(fd);
    return ok;
}

static int prepare_landlock(DepSandbox *s, const DepSandboxConfig *c, char *err, size_t n) {
    long abi = syscall(__NR_landlock_create_ruleset, NULL, 0, LL_CREATE_RULESET_VERSION);
    s->landlock_abi = abi > 0 ? (int)abi : 0;
    bool grant = c->grant_dir && c->grant_dir[0];
    if (grant) {
        struct stat st;
        if (stat(c->grant_dir, &st) != 0) {
            snprintf(err, n, "grant_dir %s: %s", c->grant_dir, strerror(errno));
            return -1;
        }
        if (!S_ISDIR(st.st_mode)) {
            snprintf(err, n, "grant_dir %s: not a directory", c->grant_dir);
            return -1;
        }
    }
    if (!s->landlock_abi) {
        snprintf(s->note, sizeof s->note, "Landlock is not available (%s): %s", strerror(errno),
                 grant ? "opening files is refused, grant_dir included" : "opening files is refused");
        return 0;
    }
    uint64_t fs = ll_fs_rights(s->landlock_abi);
    LlRulesetAttr attr = {fs, 0, 0};
    size_t size = sizeof attr.handled_access_fs;
    if (s->landlock_abi >= 4) {
        attr.handled_access_net = LL_NET_BIND_TCP | LL_NET_CONNECT_TCP;
        size = 2 * sizeof(uint64_t);
    }
    if (s->landlock_abi >= 6) {
        attr.scoped = LL_SCOPE_ABSTRACT_UNIX | LL_SCOPE_SIGNAL;
        size = sizeof attr;
    }
    int rs = (int)syscall(__NR_landlock_create_ruleset, &attr, size, 0);
    if (rs < 0) {
        snprintf(err, n, "cannot create a Landlock ruleset: %s", strerror(errno));
        return -1;
    }
    /* the class path: read-only */
    if (c->read_paths) {
        char *paths = strdup(c->read_paths);
        for (char *save = NULL, *p = strtok_r(paths, ":", &save); p; p = strtok_r(NULL, ":", &save))
            ll_allow(rs, p, LL_FS_READ_FILE | LL_FS_READ_DIR, fs);
        free(paths);
    }
    if (grant && !ll_allow(rs, c->grant_dir, fs & ~LL_FS_EXECUTE, fs)) {
        snprintf(err, n, "grant_dir %s: cannot add a Landlock rule: %s", c->grant_dir, strerror(errno));
        close(rs);
        return -1;
    }
    s->ruleset_fd = rs;
    s->files = true;
    return 0;
}

/* ---- seccomp ----------------------------------------------------------------------------------------- */
static const char *const ALLOW[] = {
    /* I/O on descriptors the process holds */
    "read", "write", "readv", "writev", "pread64", "pwrite64", "preadv", "pwritev", "preadv2", "pwritev2",
    "lseek", "close", "fstat", "fcntl", "recvfrom", "recvmsg", "sendto", "sendmsg", "poll", "ppoll",
    /* memory */
    "mmap", "munmap", "mprotect", "madvise", "brk", "mremap",
    /* time, randomness, waiting */
    "clock_gettime", "clock_getres", "gettimeofday", "time", "clock_nanosleep", "nanosleep", "sched_yield",
    "getrandom", "futex",
    /* signals of the process itself, exit */
    "rt_sigreturn", "rt_sigprocmask", "rt_sigaction", "sigaltstack", "restart_syscall", "exit", "exit_group",
    /* harmless queries */
    "getpid", "gettid", "getppid", "getuid", "geteuid", "getgid", "getegid", "uname", "sched_getaffinity",
    "getrusage", "times",
};

/* Path system calls: allowed when Landlock decides about them, EACCES otherwise. */
static const char *const PATHS[] = {
    "open", "openat", "openat2", "creat", "stat", "lstat", "statx", "access", "faccessat", "faccessat2",
    "readlink", "readlinkat", "mkdir", "mkdirat", "rmdir", "unlink", "unlinkat", "rename", "renameat",
    "renameat2", "link", "linkat", "symlink", "symlinkat", "truncate", "ftruncate", "getdents64", "getcwd",
};

/* Always EACCES: what a library path would try and must see fail rather than be killed for. */
static const char *const DENY[] = {
    "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4", "getsockopt", "setsockopt",
    "getsockname", "getpeername", "shutdown", "pipe", "pipe2", "dup", "dup2", "dup3", "memfd_create",
    "eventfd2", "chmod", "fchmod", "fchmodat", "chown", "fchown", "lchown", "fchownat", "utimensat", "utime",
    "utimes", "futimesat", "setxattr", "lsetxattr", "fsetxattr", "removexattr", "lremovexattr",
    "fremovexattr", "mknod", "mknodat", "chdir", "fchdir", "chroot", "statfs", "fstatfs", "inotify_init1",
    "epoll_create1", "io_uring_setup", "sysinfo",
};

static int add_all(scmp_filter_ctx ctx, uint32_t action, const char *const *names, size_t n) {
    for (size_t i = 0; i < n; i++) {
        int nr = seccomp_syscall_resolve_name(names[i]);
        if (nr == __NR_SCMP_ERROR) continue; /* not a system call of this architecture */
        int st = seccomp_rule_add(ctx, action, nr, 0);
        if (st < 0 && st != -EEXIST) return st;
    }
    return 0;
}

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* argument comparisons (libseccomp's SCMP_An macros leave datum_b out, which clang warns about) */
static struct scmp_arg_cmp arg_eq(unsigned arg, uint64_t v) { return (struct scmp_arg_cmp){arg, SCMP_CMP_EQ, v, 0}; }
static struct scmp_arg_cmp arg_masked(unsigned arg, uint64_t mask, uint64_t v) {
    return (struct scmp_arg_cmp){arg, SCMP_CMP_MASKED_EQ, mask, v};
}

/* What the zygote needs besides the function's policy: forking, reaping and killing its children, and what
 * a child does before its own filter goes on (rlimits, PR_SET_PDEATHSIG, Landlock, seccomp). The child's
 * filter (child_rules) takes exactly these away again. set_robust_list: glibc's fork registers the robust
 * futex list again in the child; harmless, so the child keeps it. */
static const char *const ZYGOTE_EXTRA[] = {
    "clone", "wait4", "kill", "prctl", "prlimit64", "landlock_restrict_self", "seccomp", "set_robust_list",
};

static int build_rules(scmp_filter_ctx ctx, const DepSandbox *s, bool zygote) {
    int st;
    if (zygote && (st = add_all(ctx, SCMP_ACT_ALLOW, ZYGOTE_EXTRA, NELEM(ZYGOTE_EXTRA))) < 0) return st;
    if ((st = add_all(ctx, SCMP_ACT_ALLOW, ALLOW, NELEM(ALLOW))) < 0) return st;
    if ((st = add_all(ctx, SCMP_ACT_ERRNO(EACCES), DENY, NELEM(DENY))) < 0) return st;
    if ((st = add_all(ctx, s->files ? SCMP_ACT_ALLOW : SCMP_ACT_ERRNO(EACCES), PATHS, NELEM(PATHS))) < 0)
        return st;
    const char *const sig[] = {"kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo"};
    if ((st = add_all(ctx, SCMP_ACT_ERRNO(EPERM), zygote ? sig + 1 : sig, NELEM(sig) - zygote)) < 0) return st;
    /* newfstatat: glibc's fstat(fd) is newfstatat(fd, "", AT_EMPTY_PATH); a path lookup needs Landlock */
    if (s->files) {
        st = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(newfstatat), 0);
    } else {
        st = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(newfstatat), 1,
                              arg_masked(3, AT_EMPTY_PATH, AT_EMPTY_PATH));
        if (st == 0)
            st = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(newfstatat), 1,
                                  arg_masked(3, AT_EMPTY_PATH, 0));
    }
    if (st < 0) return st;
    /* ioctl: only isatty's TCGETS and FIONREAD */
    if ((st = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, arg_eq(1, TCGETS))) < 0 ||
        (st = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, arg_eq(1, FIONREAD))) < 0)
        return st;
    /* prlimit64: reading any limit; in reuse mode, setting the process's own RLIMIT_CPU */
    if (zygote) return 0; /* prlimit64 is allowed whole */
    if ((st = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 1, arg_eq(2, 0))) < 0)
        return st;
    if (s->reuse &&
        (st = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 2, arg_eq(0, 0),
                               arg_eq(1, RLIMIT_CPU))) < 0)
        return st;
    return 0;
}

/* A zygote's child: the zygote's filter (build_rules with the extras) stays in force, and this small one on
 * top takes the extras away. Seccomp applies the most restrictive answer of all the filters a process has,
 * so the two together are exactly the function's policy — and each fork pays for attaching a filter of a
 * dozen rules instead of the whole policy (the kernel checks, JIT-compiles and, for its action cache, runs
 * a filter over every system call number when it is attached). */
static int child_rules(scmp_filter_ctx ctx) {
    const char *const killed[] = {"clone", "wait4", "prctl", "landlock_restrict_self", "seccomp"};
    int st = add_all(ctx, SCMP_ACT_KILL_PROCESS, killed, NELEM(killed));
    if (st == 0) st = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(kill), 0);
    /* setting a limit (new_limit != NULL) */
    if (st == 0)
        st = seccomp_rule_add(ctx, SCMP_ACT_KILL_PROCESS, SCMP_SYS(prlimit64), 1,
                              (struct scmp_arg_cmp){2, SCMP_CMP_NE, 0, 0});
    return st;
}

enum { FILTER_FUNCTION, FILTER_ZYGOTE, FILTER_CHILD };

/* Compiles a filter once: libseccomp writes the BPF program to a memory file, read back here, so that the
 * process entering the sandbox only hands it to the kernel. */
static int compile(const DepSandbox *s, int which, struct sock_fprog *out, char *err, size_t n) {
    scmp_filter_ctx ctx = seccomp_init(which == FILTER_CHILD ? SCMP_ACT_ALLOW : SCMP_ACT_KILL_PROCESS);
    if (!ctx) {
        snprintf(err, n, "seccomp_init failed");
        return -1;
    }
    int st = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
    /* a binary tree of syscall numbers instead of a list: shorter paths for every system call, and for the
     * kernel's action cache, which runs the filter over every syscall number when it is attached */
    if (st == 0) st = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
    if (st == 0) st = which == FILTER_CHILD ? child_rules(ctx) : build_rules(ctx, s, which == FILTER_ZYGOTE);
    int mfd = -1;
    if (st == 0) {
        mfd = memfd_create("ember-seccomp", MFD_CLOEXEC);
        st = mfd < 0 ? -errno : seccomp_export_bpf(ctx, mfd);
    }
    seccomp_release(ctx);
    if (st < 0) {
        if (mfd >= 0) close(mfd);
        snprintf(err, n, "cannot build the seccomp filter: %s", strerror(-st));
        return -1;
    }
    off_t size = lseek(mfd, 0, SEEK_END);
    struct sock_filter *f = size > 0 ? malloc((size_t)size) : NULL;
    if (!f || size % (off_t)sizeof *f || pread(mfd, f, (size_t)size, 0) != size) {
        close(mfd);
        free(f);
        snprintf(err, n, "cannot read the seccomp filter back");
        return -1;
    }
    close(mfd);
    out->filter = f;
    out->len = (unsigned short)(size / (off_t)sizeof *f);
    return 0;
}

static int load(const struct sock_fprog *prog, char *err, size_t n) {
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog) == 0) return 0;
    snprintf(err, n, "cannot load the seccomp filter: %s", strerror(errno));
    return -1;
}

/* ---- the two steps ----------------------------------------------------------------------------------- */
int dep_sandbox_prepare(DepSandbox *s, const DepSandboxConfig *c, char *err, size_t errlen) {
    memset(s, 0, sizeof *s);
    s->ruleset_fd = -1;
    s->reuse = c->reuse;
    s->cpu_seconds = c->cpu_seconds;
    s->memory_bytes = c->memory_bytes;
    if (prepare_landlock(s, c, err, errlen) != 0) return -1;
    s->zygote = c->zygote;
    if (compile(s, c->zygote ? FILTER_CHILD : FILTER_FUNCTION, &s->prog, err, errlen) != 0 ||
        (c->zygote && compile(s, FILTER_ZYGOTE, &s->zygote_prog, err, errlen) != 0)) {
        dep_sandbox_free(s);
        return -1;
    }
    dep_sandbox_measure(s);
    return 0;
}

void dep_sandbox_measure(DepSandbox *s) {
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return;
    char line[256];
    unsigned long long v;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "VmSize: %llu kB", &v) == 1) s->as_base = v << 10;
        else if (sscanf(line, "VmData: %llu kB", &v) == 1) s->data_base = v << 10;
    }
    fclose(f);
}

static int set_limit(int res, rlim_t soft, rlim_t hard, char *err, size_t n, const char *what) {
    struct rlimit r = {soft, hard};
    if (setrlimit(res, &r) == 0) return 0;
    snprintf(err, n, "cannot set %s: %s", what, strerror(errno));
    return -1;
}

int dep_sandbox_enter(DepSandbox *s, char *err, size_t errlen) {
    if (set_limit(RLIMIT_CORE, 0, 0, err, errlen, "RLIMIT_CORE")) return -1;
    /* RLIMIT_CPU: SIGXCPU at the soft limit, SIGKILL a second later. Reuse keeps the hard limit it has, so
     * that dep_sandbox_rearm_cpu can move the soft one up for each invocation. */
    struct rlimit cur;
    if (s->cpu_seconds && getrlimit(RLIMIT_CPU, &cur) == 0) {
        rlim_t hard = s->reuse ? cur.rlim_max : (rlim_t)s->cpu_seconds + 1;
        if (cur.rlim_max != RLIM_INFINITY && hard > cur.rlim_max) hard = cur.rlim_max;
        rlim_t soft = (rlim_t)s->cpu_seconds < hard ? (rlim_t)s->cpu_seconds : hard;
        if (set_limit(RLIMIT_CPU, soft, hard, err, errlen, "RLIMIT_CPU")) return -1;
    }
    if (s->memory_bytes && s->as_base) {
        rlim_t as = s->as_base + s->memory_bytes, data = s->data_base + s->memory_bytes;
        if (set_limit(RLIMIT_AS, as, as, err, errlen, "RLIMIT_AS") ||
            set_limit(RLIMIT_DATA, data, data, err, errlen, "RLIMIT_DATA"))
            return -1;
    }
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        snprintf(err, errlen, "cannot set no_new_privs: %s", strerror(errno));
        return -1;
    }
    if (s->ruleset_fd >= 0) {
        int st = (int)syscall(__NR_landlock_restrict_self, s->ruleset_fd, 0);
        int e = errno;
        close(s->ruleset_fd);
        s->ruleset_fd = -1;
        if (st != 0) {
            snprintf(err, errlen, "cannot enter the Landlock domain: %s", strerror(e));
            return -1;
        }
    }
    return load(&s->prog, err, errlen);
}

int dep_sandbox_enter_zygote(DepSandbox *s, char *err, size_t errlen) {
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
        snprintf(err, errlen, "cannot set no_new_privs: %s", strerror(errno));
        return -1;
    }
    return load(&s->zygote_prog, err, errlen);
}

void dep_sandbox_rearm_cpu(const DepSandbox *s) {
    if (!s->cpu_seconds) return;
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0) return;
    struct rlimit r;
    if (getrlimit(RLIMIT_CPU, &r) != 0) return;
    rlim_t soft = (rlim_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + 1) + s->cpu_seconds;
    r.rlim_cur = r.rlim_max != RLIM_INFINITY && soft > r.rlim_max ? r.rlim_max : soft;
    setrlimit(RLIMIT_CPU, &r);
}

void dep_sandbox_free(DepSandbox *s) {
    free(s->prog.filter);
    free(s->zygote_prog.filter);
    s->prog.filter = s->zygote_prog.filter = NULL;
    if (s->ruleset_fd >= 0) close(s->ruleset_fd);
    s->ruleset_fd = -1;
}
