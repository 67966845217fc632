/* dep_sandbox.h — internal to deploy/: the sandbox a function's process enters before any function code runs
 * (dep_sandbox.c). Plain C: no VM state is involved.
 *
 * Two steps, because fork isolation enters a sandbox once per invocation and that must be cheap:
 * dep_sandbox_prepare (in the zygote or instance, once) compiles the seccomp filter to BPF, creates the
 * Landlock ruleset and measures the address space; dep_sandbox_enter (in the process that will run function
 * code) only sets rlimits and loads what was prepared. */
#ifndef EMBER_DEP_SANDBOX_H
#define EMBER_DEP_SANDBOX_H

#include <linux/filter.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct DepSandboxConfig {
    uint32_t cpu_seconds;      /* RLIMIT_CPU (0: none) */
    uint64_t memory_bytes;     /* address space and data the process may add to what it has (0: no limit) */
    const char *grant_dir;     /* a directory the function may use (NULL or "": none) */
    const char *read_paths;    /* ':'-separated paths readable beneath (the class path), when Landlock works */
    bool reuse;                /* one process serves many invocations: it re-arms RLIMIT_CPU per invocation */
    bool zygote;               /* the process forks the ones that run function code (see dep_sandbox.c) */
} DepSandboxConfig;

typedef struct DepSandbox {
    struct sock_fprog prog;    /* the seccomp filter as BPF (filter malloc'd); a zygote's child: the part
                                  it adds to zygote_prog */
    struct sock_fprog zygote_prog; /* a zygote's own filter */
    bool zygote;
    int ruleset_fd;            /* Landlock ruleset, or -1 when Landlock is not available */
    int landlock_abi;          /* 0: not available */
    bool files;                /* seccomp lets path system calls through (Landlock decides about them) */
    bool reuse;
    uint32_t cpu_seconds;
    uint64_t memory_bytes;
    uint64_t as_base, data_base; /* VmSize and VmData (bytes) when measured: limits are relative to them */
    char note[256];            /* what the sandbox could not do (no Landlock), for the log; "" when all is well */
} DepSandbox;

/* 0, or -1 with a one-line reason (a grant_dir that is not a directory, a seccomp library failure). */
int dep_sandbox_prepare(DepSandbox *s, const DepSandboxConfig *c, char *err, size_t errlen);
/* Re-measures the address space (VmSize, VmData) the limits are relative to: call it in the zygote just
 * before it starts forking, after everything the children inherit is mapped. */
void dep_sandbox_measure(DepSandbox *s);
/* Enters the sandbox, for good: rlimits, no_new_privs, the Landlock domain, the seccomp filter. 0, or -1
 * with a reason (then the process must not run function code). Closes the ruleset descriptor. */
int dep_sandbox_enter(DepSandbox *s, char *err, size_t errlen);
/* Reuse isolation, before each invocation: RLIMIT_CPU's soft limit becomes the CPU time used so far plus
 * cpu_seconds (the filter allows exactly this prlimit on the process itself). */
/* A zygote, before it starts forking: no_new_privs and its own filter, which its children inherit (the
 * function's policy plus fork, wait, kill and what a child does before dep_sandbox_enter's filter). */
int dep_sandbox_enter_zygote(DepSandbox *s, char *err, size_t errlen);
void dep_sandbox_rearm_cpu(const DepSandbox *s);
void dep_sandbox_free(DepSandbox *s);

#endif
