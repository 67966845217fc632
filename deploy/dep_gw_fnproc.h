/* dep_gw_fnproc.h — internal to the gateway's function runner (dep_gw_fn.c, dep_gw_fnproc.c): starting a
 * function's processes (`ember __zygote|__instance`) and exchanging one invocation with them, in the
 * protocol of dep_proto.h. Plain C: the gateway never links the VM. */
#ifndef EMBER_DEP_GW_FNPROC_H
#define EMBER_DEP_GW_FNPROC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "dep_fn.h"

#define FN_RESPONSE_MAX ((size_t)256 << 20) /* a longer answer is refused (502) */

/* A started process: pid (the gateway's child, reaped only by fnproc_reap), its pidfd (-1 when the kernel
 * has none: liveness is then assumed) and its socket. */
typedef struct FnProc {
    pid_t pid;
    int pidfd;
    int sock;
} FnProc;

/* The ember binary the processes are exec'd from: $EMBER_BIN, else `ember` next to this executable. */
int fnproc_find_ember(char *out, size_t n, char *err, size_t errlen);
/* Execs `ember <cmd> <snapshot> 3` with the socket as fd 3 (everything else but 0-2 closed, stdin
 * /dev/null, signal mask and dispositions reset), sends CONFIG, waits for READY until deadline. With verify,
 * the process checks every region's checksum too (ember verify's check; it touches every page). 0, or -1
 * with the reason (REFUSED's line, or how the process ended); nothing is left running then. */
int fnproc_start(const char *ember, const char *cmd, const DepFnConfig *c, bool verify, int64_t deadline,
                 FnProc *p, char *err, size_t errlen);
bool fnproc_alive(const FnProc *p);
/* SIGKILL (when kill is set), then wait for the process and close its descriptors; the wait status. */
int fnproc_reap(FnProc *p, bool kill);
/* Non-blocking: true when the process has ended and has been reaped (status in *st). */
bool fnproc_try_reap(FnProc *p, int *st);

/* How an exchange ended. */
enum {
    FX_OK,          /* RESULT: body is the answer (DEP_RESULT_OK) or the exception's line (EXCEPTION) */
    FX_EXIT,        /* the process ended without a whole answer; status is its wait status (-1: unknown) */
    FX_TIMEOUT,     /* the deadline passed */
    FX_ERROR,       /* the exchange broke (protocol error, answer too large): body is the reason */
};
typedef struct FnExchange {
    int outcome;
    int flags;       /* FX_OK: DEP_RESULT_OK or DEP_RESULT_EXCEPTION */
    int status;      /* FX_EXIT: wait status, or -1 */
    bool fork_failed;/* FX_EXIT from a zygote that could not fork: status is the errno */
    char *body;      /* malloc'd (FX_OK, FX_ERROR) */
    size_t len;
} FnExchange;
/* Sends the request on `sock` and reads the answer: RESULT and its DATA, or EXIT / EOF. */
void fnproc_exchange(int sock, const char *req, size_t len, int64_t deadline, FnExchange *x);
/* Waits (until deadline) for EXIT or EOF on an invocation socket whose child was killed. */
void fnproc_drain_exit(int sock, int64_t deadline, FnExchange *x);

/* "killed by SIGSYS (a system call the sandbox forbids)"-style text for a wait status. */
void fnproc_describe(int status, const DepFnConfig *c, char *buf, size_t n);

#endif
