/* dep_fn.h's implementation in the gateway: admission (max_instances running, max_queue waiting, 503
 * beyond), the zygote of a fork-isolated function and the pool of a reuse-isolated one, timeouts, results
 * and figures. The processes and the wire are dep_gw_fnproc.c.
 *
 * Locking: one mutex per function guards admission, the zygote pointer, the pool and the figures; it is
 * never held across a blocking exchange or a process start. Zygote starts are serialised by `starting`
 * (other callers wait on start_cv), so a dead zygote is restarted once, not by every waiting thread.
 *
 * Fork isolation: the zygote is refcounted (the function holds one reference, each invocation using its
 * control socket another), so a thread that finds it dead can replace it while others still hold the old
 * socket; the old process is killed and reaped when its last user lets go. An invocation sends INVOKE with
 * a fresh socket pair's end, exchanges on the other end, and on timeout sends KILL and waits for the zygote's
 * EXIT — so a 504 is answered only once the child is gone (or after a grace period if the zygote is stuck).
 * A send that fails because the zygote is gone marks it dead and retries once on a new one.
 *
 * Reuse isolation: instances start lazily (the first at dep_fn_start, which validates the snapshot), up to
 * max_instances (admission guarantees there is never a need for more); an instance goes back to the idle
 * list after an answer, and is retired after reuse_max_requests answers or any error: its socket is closed
 * (it runs its shutdown hooks and exits) and it is reaped later, or killed when it takes longer than the
 * function's timeout to go. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "dep_fn.h"
#include "dep_gw_fnproc.h"
#include "dep_proto.h"

#define START_TIMEOUT_MS 30000   /* a process that is not READY by then is killed */
#define KILL_GRACE_MS 2000       /* after KILL, how long an invocation waits for the child to be reaped */

typedef struct Zygote {
    FnProc proc;
    int refs;          /* under DepFn.mu */
    bool dead;
} Zygote;

typedef struct Instance {
    struct Instance *next;
    FnProc proc;
    uint32_t served;
    int64_t retire_deadline; /* retired: killed if still running after this */
} Instance;

struct DepFn {
    DepFnConfig cfg;
    char ember[4096];
    atomic_int refs;
    atomic_uint_fast64_t next_id;
    pthread_mutex_t mu;
    pthread_cond_t slot_cv;   /* a running slot was freed */
    pthread_cond_t start_cv;  /* a zygote start finished */
    uint32_t running, waiting;
    /* fork */
    Zygote *zyg;
    bool starting;
    /* reuse */
    Instance *idle;
    uint32_t alive;           /* idle + busy */
    Instance *retired;        /* closed, not yet reaped */
    /* figures */
    DepFnStats st;            /* latency_buckets here are per bucket, made cumulative by dep_fn_stats */
};

static const double BUCKETS[DEP_FN_N_BUCKETS] = DEP_FN_BUCKETS;

void dep_fn_config_defaults(DepFnConfig *c) {
    memset(c, 0, sizeof *c);
    c->isolation = DEP_ISO_FORK;
    c->timeout_ms = 10000;
    /* Invocations are processes the kernel schedules: admitting as many as a busy client keeps in flight
     * (32) costs little memory with fork isolation and keeps them out of the gateway's queue, where waiting
     * would add to their latency; the queue is for overload. */
    c->max_instances = 32;
    c->max_queue = 64;
    c->max_request = (uint64_t)6 << 20;
    c->cpu_seconds = 10;
    c->memory_bytes = (uint64_t)512 << 20;
    c->reuse_max_requests = 1000;
}

const DepFnConfig *dep_fn_config(const DepFn *f) { return &f->cfg; }

static int64_t ms_from_now(uint32_t ms) { return dep_now_ns() + (int64_t)ms * 1000000; }

static void result(DepResult *r, int status, char *body, size_t len) {
    r->status = status;
    r->body = body;
    r->len = len;
}

static void result_msg(DepResult *r, int status, const char *fmt, const char *a, unsigned long long b) {
    char buf[1400];
    snprintf(buf, sizeof buf, fmt, a, b);
    result(r, status, strdup(buf), strlen(buf));
}

/* ---- figures ----------------------------------------------------------------------------------------- */
static int error_index(int status) {
    switch (status) {
    case 500: return 0;
    case 502: return 1;
    case 503: return 2;
    case 504: return 3;
    case 413: return 4;
    default: return 5;
    }
}

static void count(DepFn *f, int status, uint64_t micros, bool timed) {
    pthread_mutex_lock(&f->mu);
    f->st.invocations++;
    if (status != 200) f->st.errors_by_status[error_index(status)]++;
    if (timed) {
        double s = (double)micros / 1e6;
        int i = 0;
        while (i < DEP_FN_N_BUCKETS && s > BUCKETS[i]) i++;
        f->st.latency_buckets[i]++;
        f->st.latency_sum += s;
    }
    pthread_mutex_unlock(&f->mu);
}

void dep_fn_count_rejected(DepFn *f, int status) {
    if (f) count(f, status, 0, false);
}

/* Reaps retired instances that have ended; kills those past their deadline. Called with mu held: it never
 * blocks (a killed process is reaped at a later call). */
static void reap_retired(DepFn *f) {
    int64_t now = dep_now_ns();
    for (Instance **pp = &f->retired; *pp;) {
        Instance *in = *pp;
        int st;
        if (fnproc_try_reap(&in->proc, &st)) {
            *pp = in->next;
            free(in);
            continue;
        }
        if (now > in->retire_deadline) kill(in->proc.pid, SIGKILL);
        pp = &in->next;
    }
}

void dep_fn_stats(DepFn *f, DepFnStats *s) {
    pthread_mutex_lock(&f->mu);
    reap_retired(f);
    *s = f->st;
    if (f->cfg.isolation == DEP_ISO_FORK)
        s->instances_alive = (f->zyg && fnproc_alive(&f->zyg->proc) ? 1 : 0) + f->running;
    else
        s->instances_alive = f->alive;
    pthread_mutex_unlock(&f->mu);
    for (int i = 1; i <= DEP_FN_N_BUCKETS; i++) s->latency_buckets[i] += s->latency_buckets[i - 1];
}

/* ---- fork isolation: the zygote ---------------------------------------------------------------------- */
static void zygote_put(DepFn *f, Zygote *z) {
    pthread_mutex_lock(&f->mu);
    bool last = --z->refs == 0;
    pthread_mutex_unlock(&f->mu);
    if (last) {
        fnproc_reap(&z->proc, true); /* its children die with it (PR_SET_PDEATHSIG) */
        free(z);
    }
}

/* The zygote is gone (its socket refused a send): the next zygote_get starts another. */
static void zygote_dead(DepFn *f, Zygote *z) {
    pthread_mutex_lock(&f->mu);
    bool drop = f->zyg == z;
    if (drop) f->zyg = NULL;
    z->dead = true;
    pthread_mutex_unlock(&f->mu);
    if (drop) {
        fprintf(stderr, "ember-gateway: function %s: zygote (pid %d) is gone; starting another\n", f->cfg.name,
                (int)z->proc.pid);
        zygote_put(f, z);
    }
}

/* A referenced, live zygote, started if need be; NULL with the reason when it cannot start, or when the
 * deadline (< 0: none) passes while another thread is starting it. */
static Zygote *zygote_get(DepFn *f, int64_t deadline, char *err, size_t errlen) {
    pthread_mutex_lock(&f->mu);
    struct timespec ts = {deadline / 1000000000, deadline % 1000000000};
    while (f->starting) {
        if (deadline < 0) {
            pthread_cond_wait(&f->start_cv, &f->mu);
        } else if (pthread_cond_timedwait(&f->start_cv, &f->mu, &ts) == ETIMEDOUT && f->starting) {
            pthread_mutex_unlock(&f->mu);
            snprintf(err, errlen, "timed out waiting for the function's zygote to start");
            return NULL;
        }
    }
    Zygote *z = f->zyg;
    if (z && !z->dead && fnproc_alive(&z->proc)) {
        z->refs++;
        pthread_mutex_unlock(&f->mu);
        return z;
    }
    f->zyg = NULL;
    f->starting = true;
    pthread_mutex_unlock(&f->mu);
    if (z) zygote_put(f, z); /* the function's reference to the dead one */
    Zygote *nz = calloc(1, sizeof *nz);
    /* a zygote checks every region's checksum (once: its children inherit the pages it read) */
    int st = nz ? fnproc_start(f->ember, "__zygote", &f->cfg, true, ms_from_now(START_TIMEOUT_MS), &nz->proc, err,
                               errlen)
                : -1;
    if (st != 0) {
        free(nz);
        nz = NULL;
    }
    pthread_mutex_lock(&f->mu);
    f->starting = false;
    if (nz) {
        nz->refs = 2; /* the function's and the caller's */
        f->zyg = nz;
        f->st.restores++;
    }
    pthread_cond_broadcast(&f->start_cv);
    pthread_mutex_unlock(&f->mu);
    return nz;
}

static void reply_exit(DepFn *f, const FnExchange *x, DepResult *r) {
    char why[300];
    if (x->fork_failed)
        snprintf(why, sizeof why, "the zygote cannot fork: %s", strerror(x->status));
    else
        fnproc_describe(x->status, &f->cfg, why, sizeof why);
    result_msg(r, 502, "the function's process ended without answering: %s", why, 0);
}

static void reply(DepFn *f, FnExchange *x, DepResult *r) {
    switch (x->outcome) {
    case FX_OK:
        result(r, x->flags == DEP_RESULT_EXCEPTION ? 500 : 200, x->body, x->len);
        x->body = NULL;
        break;
    case FX_EXIT: reply_exit(f, x, r); break;
    case FX_TIMEOUT: result_msg(r, 504, "%s timed out after %llu ms", f->cfg.name, f->cfg.timeout_ms); break;
    default:
        result(r, 502, x->body, x->len);
        x->body = NULL;
        break;
    }
}

static void invoke_fork(DepFn *f, const char *req, size_t len, int64_t deadline, DepResult *r) {
    char err[1200];
    for (int attempt = 0;; attempt++) {
        Zygote *z = zygote_get(f, deadline, err, sizeof err);
        if (!z) {
            if (dep_now_ns() >= deadline) reply(f, &(FnExchange){.outcome = FX_TIMEOUT}, r);
            else result_msg(r, 502, "cannot start the function: %s", err, 0);
            return;
        }
        int sv[2];
        if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) {
            zygote_put(f, z);
            result_msg(r, 502, "socketpair: %s", strerror(errno), 0);
            return;
        }
        uint64_t id = atomic_fetch_add(&f->next_id, 1) + 1;
        int st = dep_msg_send(z->proc.sock, DEP_MSG_INVOKE, 0, id, NULL, 0, sv[1], deadline);
        close(sv[1]);
        if (st != 0) {
            close(sv[0]);
            if (st == -ETIMEDOUT) {
                zygote_put(f, z);
                reply(f, &(FnExchange){.outcome = FX_TIMEOUT}, r);
                return;
            }
            zygote_dead(f, z);
            zygote_put(f, z);
            if (attempt == 0) continue;
            result_msg(r, 502, "the function's zygote is gone: %s", strerror(-st), 0);
            return;
        }
        FnExchange x;
        fnproc_exchange(sv[0], req, len, deadline, &x);
        if (x.outcome == FX_TIMEOUT || x.outcome == FX_ERROR) {
            /* the child must not outlive its invocation */
            dep_msg_send(z->proc.sock, DEP_MSG_KILL, 0, id, NULL, 0, -1, ms_from_now(KILL_GRACE_MS));
            FnExchange drained = {0};
            fnproc_drain_exit(sv[0], ms_from_now(KILL_GRACE_MS), &drained);
        }
        close(sv[0]);
        zygote_put(f, z);
        reply(f, &x, r);
        free(x.body);
        return;
    }
}

/* ---- reuse isolation: the pool ----------------------------------------------------------------------- */
static void retire(DepFn *f, Instance *in, bool kill_it) {
    if (kill_it) kill(in->proc.pid, SIGKILL);
    close(in->proc.sock); /* EOF: the instance runs its shutdown hooks and exits */
    in->proc.sock = -1;
    in->retire_deadline = ms_from_now(f->cfg.timeout_ms);
    pthread_mutex_lock(&f->mu);
    f->alive--;
    in->next = f->retired;
    f->retired = in;
    reap_retired(f);
    pthread_mutex_unlock(&f->mu);
}

/* verify: the instance also checks every region's checksum (the first one, at dep_fn_start, does) */
static Instance *instance_start(DepFn *f, bool verify, char *err, size_t errlen) {
    Instance *in = calloc(1, sizeof *in);
    if (!in) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    if (fnproc_start(f->ember, "__instance", &f->cfg, verify, ms_from_now(START_TIMEOUT_MS), &in->proc, err,
                     errlen) != 0) {
        free(in);
        return NULL;
    }
    pthread_mutex_lock(&f->mu);
    f->st.restores++;
    pthread_mutex_unlock(&f->mu);
    return in;
}

static void invoke_reuse(DepFn *f, const char *req, size_t len, int64_t deadline, DepResult *r) {
    pthread_mutex_lock(&f->mu);
    reap_retired(f);
    Instance *in;
    /* an idle instance that died meanwhile (killed from outside) is dropped, not handed a request */
    while ((in = f->idle) && !fnproc_alive(&in->proc)) {
        f->idle = in->next;
        f->alive--;
        in->next = f->retired;
        f->retired = in;
    }
    if (in) f->idle = in->next;
    else f->alive++; /* admission keeps alive <= max_instances: there is no idle one, so alive == busy */
    pthread_mutex_unlock(&f->mu);
    if (!in) {
        char err[1200];
        in = instance_start(f, false, err, sizeof err);
        if (!in) {
            pthread_mutex_lock(&f->mu);
            f->alive--;
            pthread_mutex_unlock(&f->mu);
            result_msg(r, 502, "cannot start the function: %s", err, 0);
            return;
        }
    }
    FnExchange x;
    fnproc_exchange(in->proc.sock, req, len, deadline, &x);
    if (x.outcome == FX_OK && x.flags == DEP_RESULT_OK && ++in->served < f->cfg.reuse_max_requests) {
        pthread_mutex_lock(&f->mu);
        in->next = f->idle;
        f->idle = in;
        pthread_mutex_unlock(&f->mu);
    } else if (x.outcome == FX_EXIT || x.outcome == FX_TIMEOUT || x.outcome == FX_ERROR) {
        /* gone, or to be killed: reap it now, for the status (a closed socket means it has exited) */
        int st = fnproc_reap(&in->proc, x.outcome != FX_EXIT);
        if (x.outcome == FX_EXIT && x.status == -1) x.status = st;
        pthread_mutex_lock(&f->mu);
        f->alive--;
        pthread_mutex_unlock(&f->mu);
        free(in);
    } else {
        retire(f, in, false); /* served its K requests, or answered with an exception and is exiting */
    }
    reply(f, &x, r);
    free(x.body);
}

/* ---- the API ----------------------------------------------------------------------------------------- */
DepFn *dep_fn_start(const DepFnConfig *c, char *err, size_t errlen) {
    if (!c->snapshot[0]) {
        snprintf(err, errlen, "no snapshot file given");
        return NULL;
    }
    if (c->isolation != DEP_ISO_FORK && c->isolation != DEP_ISO_REUSE) {
        snprintf(err, errlen, "unknown isolation %d", c->isolation);
        return NULL;
    }
    if (access(c->snapshot, R_OK) != 0) {
        snprintf(err, errlen, "snapshot %s: %s", c->snapshot, strerror(errno));
        return NULL;
    }
    DepFn *f = calloc(1, sizeof *f);
    if (!f) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    f->cfg = *c;
    f->cfg.name[sizeof f->cfg.name - 1] = 0;
    f->cfg.snapshot[sizeof f->cfg.snapshot - 1] = 0;
    f->cfg.grant_dir[sizeof f->cfg.grant_dir - 1] = 0;
    if (!f->cfg.max_instances) f->cfg.max_instances = 1;
    if (!f->cfg.timeout_ms) f->cfg.timeout_ms = 10000;
    if (!f->cfg.reuse_max_requests) f->cfg.reuse_max_requests = 1;
    if (fnproc_find_ember(f->ember, sizeof f->ember, err, errlen) != 0) {
        free(f);
        return NULL;
    }
    atomic_init(&f->refs, 1);
    atomic_init(&f->next_id, 0);
    pthread_mutex_init(&f->mu, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&f->slot_cv, &ca);
    pthread_cond_init(&f->start_cv, &ca);
    pthread_condattr_destroy(&ca);
    /* start now: it validates the snapshot, as ember verify does (the process refuses a bad one with the
     * reason) */
    if (f->cfg.isolation == DEP_ISO_FORK) {
        Zygote *z = zygote_get(f, -1, err, errlen);
        if (z) zygote_put(f, z);
        if (!z) goto fail;
    } else {
        Instance *in = instance_start(f, true, err, errlen);
        if (!in) goto fail;
        f->idle = in;
        f->alive = 1;
    }
    return f;
fail:
    pthread_mutex_destroy(&f->mu);
    pthread_cond_destroy(&f->slot_cv);
    pthread_cond_destroy(&f->start_cv);
    free(f);
    return NULL;
}

void dep_fn_retain(DepFn *f) { atomic_fetch_add(&f->refs, 1); }

void dep_fn_release(DepFn *f) {
    if (atomic_fetch_sub(&f->refs, 1) != 1) return;
    /* the last reference: nothing runs any more (every invocation holds one) */
    if (f->zyg) zygote_put(f, f->zyg);
    for (Instance *in = f->idle, *next; in; in = next) {
        next = in->next;
        fnproc_reap(&in->proc, true);
        free(in);
    }
    for (Instance *in = f->retired, *next; in; in = next) {
        next = in->next;
        fnproc_reap(&in->proc, true);
        free(in);
    }
    pthread_mutex_destroy(&f->mu);
    pthread_cond_destroy(&f->slot_cv);
    pthread_cond_destroy(&f->start_cv);
    free(f);
}

/* Admission: 0 with a running slot taken, or the status to answer (503 queue full, 504 deadline passed while
 * queued). */
static int admit(DepFn *f, int64_t deadline) {
    pthread_mutex_lock(&f->mu);
    int st = 0;
    if (f->running < f->cfg.max_instances) {
        f->running++;
    } else if (f->waiting >= f->cfg.max_queue) {
        st = 503;
    } else {
        f->waiting++;
        struct timespec ts = {deadline / 1000000000, deadline % 1000000000};
        while (f->running >= f->cfg.max_instances && st == 0)
            if (pthread_cond_timedwait(&f->slot_cv, &f->mu, &ts) == ETIMEDOUT) st = 504;
        f->waiting--;
        if (f->running < f->cfg.max_instances) { /* a slot freed at the last moment is still taken */
            st = 0;
            f->running++;
        }
    }
    pthread_mutex_unlock(&f->mu);
    return st;
}

static void leave(DepFn *f) {
    pthread_mutex_lock(&f->mu);
    f->running--;
    pthread_cond_signal(&f->slot_cv);
    pthread_mutex_unlock(&f->mu);
}

void dep_fn_invoke(DepFn *f, const char *request, size_t len, DepResult *r) {
    int64_t t0 = dep_now_ns();
    memset(r, 0, sizeof *r);
    if (!f) {
        result_msg(r, 404, "unknown function%s", "", 0);
        return;
    }
    dep_fn_retain(f);
    int64_t deadline = t0 + (int64_t)f->cfg.timeout_ms * 1000000;
    int st = admit(f, deadline);
    if (st == 503) {
        result_msg(r, 503, "%s: too many invocations waiting (max_queue %llu)", f->cfg.name, f->cfg.max_queue);
    } else if (st == 504) {
        result_msg(r, 504, "%s timed out after %llu ms waiting for a free instance", f->cfg.name, f->cfg.timeout_ms);
    } else {
        if (f->cfg.isolation == DEP_ISO_FORK) invoke_fork(f, request ? request : "", len, deadline, r);
        else invoke_reuse(f, request ? request : "", len, deadline, r);
        leave(f);
    }
    if (!r->body) result(r, r->status, strdup(""), 0);
    r->micros = (uint64_t)(dep_now_ns() - t0) / 1000;
    count(f, r->status, r->micros, true);
    dep_fn_release(f);
}
