/* dep_gw_pool.c — worker threads for the gateway's blocking work.
 *
 * dep_fn_invoke blocks its caller for as long as the function runs (up to its timeout), so it never runs on
 * libmicrohttpd's threads: the HTTP layer suspends the connection, submits a job here, and the worker
 * resumes the connection when the answer is in. A slow function therefore holds workers, never the HTTP
 * threads, and /healthz, /metrics and other functions keep being served.
 *
 * Threads are made on demand (a job finds no idle worker and fewer than `max` exist) and exit after
 * GW_POOL_IDLE_S seconds without work, so the pool follows the load: at rest it is empty, under a load of
 * N concurrent invocations it holds about N threads. The number of jobs running at once is bounded by the
 * HTTP layer's admission (per function max_instances + max_queue, see dep_gw_http.c); `max` is a second,
 * global bound, past which jobs wait in FIFO order instead of failing. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <time.h>

#include "dep_gw.h"

#define GW_POOL_IDLE_S 30
#define GW_POOL_STACK (256u << 10)

static void *worker(void *arg) {
    GwPool *p = arg;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (!p->head && !p->stopping) {
            struct timespec until;
            clock_gettime(CLOCK_REALTIME, &until);
            until.tv_sec += GW_POOL_IDLE_S;
            p->idle++;
            int rc = pthread_cond_timedwait(&p->wake, &p->lock, &until);
            p->idle--;
            if (rc == ETIMEDOUT && !p->head) goto out;
        }
        if (!p->head) break; /* stopping and nothing left */
        GwJob *j = p->head;
        p->head = j->next;
        if (!p->head) p->tail = NULL;
        pthread_mutex_unlock(&p->lock);
        j->run(j); /* the job owns its memory: it may be freed by the time run returns */
        pthread_mutex_lock(&p->lock);
    }
out:
    p->threads--;
    pthread_cond_broadcast(&p->idle_cv);
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

void gw_pool_init(GwPool *p, unsigned max) {
    memset(p, 0, sizeof *p);
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->wake, NULL);
    pthread_cond_init(&p->idle_cv, NULL);
    p->max = max ? max : 1;
}

void gw_pool_submit(GwPool *p, GwJob *j) {
    j->next = NULL;
    pthread_mutex_lock(&p->lock);
    if (p->tail) p->tail->next = j;
    else p->head = j;
    p->tail = j;
    /* jobs queued beyond the idle workers need new threads; when making one fails (EAGAIN) the job waits
     * for a worker to finish, which always happens: at least one thread exists or was just made */
    unsigned queued = 0;
    for (GwJob *q = p->head; q && queued <= p->idle; q = q->next) queued++;
    if (queued > p->idle && p->threads < p->max) {
        pthread_attr_t a;
        pthread_attr_init(&a);
        pthread_attr_setstacksize(&a, GW_POOL_STACK);
        pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
        pthread_t t;
        if (pthread_create(&t, &a, worker, p) == 0) p->threads++;
        pthread_attr_destroy(&a);
    }
    if (p->idle) pthread_cond_signal(&p->wake);
    pthread_mutex_unlock(&p->lock);
}

void gw_pool_stop(GwPool *p) {
    pthread_mutex_lock(&p->lock);
    p->stopping = true;
    pthread_cond_broadcast(&p->wake);
    while (p->threads > 0) pthread_cond_wait(&p->idle_cv, &p->lock);
    pthread_mutex_unlock(&p->lock);
}
