/* dep_fn.h — internal to deploy/: the functions `ember serve` runs, seen from the gateway process.
 *
 * The gateway never maps VM space itself. Each function is a snapshot file plus the processes that run it:
 *  - isolation "fork" (default): one zygote process per function (`ember __zygote`, exec'd by the gateway)
 *    restores the snapshot once; every invocation runs in a child forked from it, which runs the
 *    after-restore hooks (so each invocation is a fresh instance: fresh randomness, hooks once per
 *    instance), installs its sandbox (seccomp, rlimits), answers one request and exits;
 *  - isolation "reuse": a pool of restored instance processes (`ember __instance`) per function, each serving
 *    one request at a time, recycled after `reuse_max_requests` requests or after any error (the Lambda
 *    execution-environment model).
 * The gateway talks to zygotes and instances over Unix socket pairs (dep_gw_fn.c, in the ember-gateway
 * binary); the instance side is dep_instance.c and the sandbox dep_sandbox.c, in the ember binary.
 * The gateway is its own executable (build/ember-gateway, exec'd by `ember serve`) so that the HTTP
 * library and its dependencies are never loaded by `ember invoke` and the other commands, whose start-up
 * is the product.
 *
 * Thread safety: every function below may be called from any number of gateway threads at once. */
#ifndef EMBER_DEP_FN_H
#define EMBER_DEP_FN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { DEP_ISO_FORK, DEP_ISO_REUSE };

typedef struct DepFnConfig {
    char name[128];              /* route name: POST /function/<name> */
    char snapshot[1024];         /* path of the .ember file */
    int isolation;               /* DEP_ISO_FORK or DEP_ISO_REUSE */
    uint32_t timeout_ms;         /* per invocation (default 10000): the instance is killed, answer 504 */
    uint32_t max_instances;      /* invocations running at once (default 32) */
    uint32_t max_queue;          /* invocations waiting for an instance (default 64); more: 503 */
    uint64_t max_request;        /* request body bytes (default 6 MiB); more: 413 (checked by the HTTP layer) */
    uint32_t cpu_seconds;        /* RLIMIT_CPU of an invocation's process (default 10) */
    uint64_t memory_bytes;       /* memory an instance may commit beyond the snapshot (default 512 MiB) */
    uint32_t reuse_max_requests; /* reuse: requests an instance serves before it is replaced (default 1000) */
    char grant_dir[1024];        /* a directory the handler may open files under ("" = none) */
} DepFnConfig;

void dep_fn_config_defaults(DepFnConfig *c);

/* The outcome of one invocation, as the HTTP layer answers it. */
typedef struct DepResult {
    int status;        /* 200 ok; 500 handler exception; 502 instance crashed or was killed (seccomp
                          included); 503 too many invocations waiting; 504 timeout; 404 unknown function */
    char *body;        /* malloc'd: the response (200) or a one-line reason (errors); caller frees */
    size_t len;
    uint64_t micros;   /* wall time of the invocation */
} DepResult;

typedef struct DepFn DepFn;

/* Validates the snapshot (ember verify's checks on header and regions) and starts the function's zygote or
 * pool. NULL with err set when the snapshot is unusable. */
DepFn *dep_fn_start(const DepFnConfig *c, char *err, size_t errlen);
/* Runs one invocation; blocks the calling thread until it is answered. Never fails to fill *r. */
void dep_fn_invoke(DepFn *f, const char *request, size_t len, DepResult *r);
/* Hot swap: the gateway keeps a reference per in-flight invocation; the last release of a replaced
 * function stops its processes. */
void dep_fn_retain(DepFn *f);
void dep_fn_release(DepFn *f);
const DepFnConfig *dep_fn_config(const DepFn *f);

/* Figures for GET /metrics. The histogram's upper bounds are DEP_FN_BUCKETS (seconds), cumulative as
 * Prometheus wants them; the last count is +Inf. */
#define DEP_FN_BUCKETS {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}
#define DEP_FN_N_BUCKETS 13
typedef struct DepFnStats {
    uint64_t invocations, errors_by_status[6]; /* errors: 500, 502, 503, 504, 413, other */
    uint64_t restores;                        /* zygote/instance processes started (restores of the snapshot) */
    uint64_t instances_alive;                 /* processes running this function now */
    uint64_t latency_buckets[DEP_FN_N_BUCKETS + 1];
    double latency_sum;                       /* seconds */
} DepFnStats;
void dep_fn_stats(DepFn *f, DepFnStats *s);
/* Counts an invocation the HTTP layer refused before it reached the function (413). */
void dep_fn_count_rejected(DepFn *f, int status);

/* The hidden commands the gateway execs (argv after the command name). */
int dep_zygote_main(int argc, char **argv);
int dep_instance_main(int argc, char **argv);

#endif
