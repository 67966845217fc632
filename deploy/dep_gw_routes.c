/* dep_gw_routes.c — the function table: route name -> the DepFn serving it.
 *
 * Invariants:
 *  - The table's lock guards the array and each route's fn/decl/snap_id/base. It is held only for pointer
 *    work and reference counting, never across dep_fn_start or dep_fn_invoke (which take milliseconds to
 *    seconds), so lookups never wait for a swap in progress.
 *  - A request retains its route and the route's current DepFn under the lock (gw_routes_get) and releases
 *    both when it completes. A swap replaces route->fn under the lock and then drops the table's reference
 *    to the old DepFn: requests already running keep the old one alive until they finish (in-flight
 *    requests are never dropped), requests arriving after the swap get the new one — the switch is atomic.
 *  - A route removed by a reload leaves the array at once (new requests get 404) and is freed by its last
 *    request's release.
 *  - Counters survive swaps: before the table lets go of a replaced DepFn its statistics are added to the
 *    route's `base`, which /metrics adds to the current DepFn's (invocations still running on the old one
 *    at that moment are not counted — a handful at most, and counters stay monotonic). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dep_gw.h"

void gw_routes_init(GwRoutes *t) {
    memset(t, 0, sizeof *t);
    pthread_mutex_init(&t->lock, NULL);
}

static void route_free(GwRoute *r) {
    if (r->fn) dep_fn_release(r->fn);
    free(r);
}

void gw_route_release(GwRoute *r) {
    if (atomic_fetch_sub(&r->refs, 1) == 1) route_free(r);
}

void gw_routes_clear(GwRoutes *t) {
    pthread_mutex_lock(&t->lock);
    GwRoute **rs = t->r;
    size_t n = t->n;
    t->r = NULL;
    t->n = t->cap = 0;
    pthread_mutex_unlock(&t->lock);
    for (size_t i = 0; i < n; i++) gw_route_release(rs[i]);
    free(rs);
}

static GwRoute *find(GwRoutes *t, const char *name, size_t *at) {
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->r[i]->name, name) == 0) {
            if (at) *at = i;
            return t->r[i];
        }
    return NULL;
}

GwRoute *gw_routes_get(GwRoutes *t, const char *name, DepFn **fn) {
    pthread_mutex_lock(&t->lock);
    GwRoute *r = find(t, name, NULL);
    if (r) {
        atomic_fetch_add(&r->refs, 1);
        dep_fn_retain(r->fn);
        *fn = r->fn;
    }
    pthread_mutex_unlock(&t->lock);
    return r;
}

/* The snapshot file's identity, so that a reload notices a snapshot rewritten at the same path. */
static void snap_identity(const char *path, struct stat *st) {
    memset(st, 0, sizeof *st);
    if (stat(path, st) != 0) memset(st, 0, sizeof *st);
}

static bool same_identity(const struct stat *a, const struct stat *b) {
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
           a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

static bool same_decl(const DepFnConfig *a, const DepFnConfig *b) {
    return strcmp(a->name, b->name) == 0 && strcmp(a->snapshot, b->snapshot) == 0 &&
           a->isolation == b->isolation && a->timeout_ms == b->timeout_ms &&
           a->max_instances == b->max_instances && a->max_queue == b->max_queue &&
           a->max_request == b->max_request && a->cpu_seconds == b->cpu_seconds &&
           a->memory_bytes == b->memory_bytes && a->reuse_max_requests == b->reuse_max_requests &&
           strcmp(a->grant_dir, b->grant_dir) == 0;
}

static void stats_add(DepFnStats *to, const DepFnStats *s) {
    to->invocations += s->invocations;
    for (int i = 0; i < 6; i++) to->errors_by_status[i] += s->errors_by_status[i];
    to->restores += s->restores;
    for (int i = 0; i <= DEP_FN_N_BUCKETS; i++) to->latency_buckets[i] += s->latency_buckets[i];
    to->latency_sum += s->latency_sum;
}

static DepFn *start_one(const DepFnConfig *c, struct stat *id, char *err, size_t errlen) {
    char why[768];
    why[0] = 0;
    snap_identity(c->snapshot, id);
    DepFn *f = dep_fn_start(c, why, sizeof why);
    if (!f) snprintf(err, errlen, "function '%s': %s", c->name, why[0] ? why : "cannot start");
    return f;
}

static GwRoute *route_new(const DepFnConfig *c, int origin, DepFn *f, const struct stat *id) {
    GwRoute *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    snprintf(r->name, sizeof r->name, "%s", c->name);
    r->origin = origin;
    atomic_init(&r->refs, 1);
    atomic_init(&r->inflight, 0);
    r->fn = f;
    r->decl = *c;
    r->snap_id = *id;
    return r;
}

static bool push(GwRoutes *t, GwRoute *r) {
    if (t->n == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 16;
        GwRoute **nr = realloc(t->r, nc * sizeof *nr);
        if (!nr) return false;
        t->r = nr;
        t->cap = nc;
    }
    t->r[t->n++] = r;
    return true;
}

int gw_routes_add(GwRoutes *t, const GwConfig *c, int origin, char *err, size_t errlen) {
    GwRoute **made = calloc(c->n ? c->n : 1, sizeof *made);
    if (!made) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    size_t k = 0;
    int rc = 0;
    for (; k < c->n; k++) {
        struct stat id;
        for (size_t j = 0; j < k; j++)
            if (strcmp(made[j]->name, c->fns[k].name) == 0) {
                snprintf(err, errlen, "function '%s' declared twice", c->fns[k].name);
                rc = -1;
                goto done;
            }
        DepFn *f = start_one(&c->fns[k], &id, err, errlen);
        if (!f) {
            rc = -1;
            break;
        }
        made[k] = route_new(&c->fns[k], origin, f, &id);
        if (!made[k]) {
            dep_fn_release(f);
            snprintf(err, errlen, "out of memory");
            rc = -1;
            break;
        }
    }
done:
    if (rc == 0) {
        pthread_mutex_lock(&t->lock);
        for (size_t i = 0; i < c->n && rc == 0; i++)
            if (find(t, made[i]->name, NULL)) {
                snprintf(err, errlen, "function '%s' declared twice", made[i]->name);
                rc = -1;
            }
        for (size_t i = 0; i < c->n && rc == 0; i++)
            if (!push(t, made[i])) {
                t->n -= i; /* undo: the routes pushed so far go back to `made` */
                snprintf(err, errlen, "out of memory");
                rc = -1;
            }
        pthread_mutex_unlock(&t->lock);
    }
    if (rc != 0)
        for (size_t i = 0; i < k && i < c->n; i++)
            if (made[i]) gw_route_release(made[i]);
    free(made);
    return rc;
}

/* Swaps route->fn under the lock; the caller releases *old outside it. */
static void swap_locked(GwRoute *r, DepFn *nf, const DepFnConfig *decl, const struct stat *id, DepFn **old) {
    DepFnStats s;
    dep_fn_stats(r->fn, &s);
    stats_add(&r->base, &s);
    *old = r->fn;
    r->fn = nf;
    r->decl = *decl;
    r->snap_id = *id;
}

int gw_routes_replace(GwRoutes *t, const char *name, const char *snapshot, char *msg, size_t msglen) {
    DepFn *cur;
    GwRoute *r = gw_routes_get(t, name, &cur);
    if (!r) {
        snprintf(msg, msglen, "unknown function '%s'", name);
        return 404;
    }
    DepFnConfig c;
    pthread_mutex_lock(&t->lock);
    c = r->decl;
    pthread_mutex_unlock(&t->lock);
    dep_fn_release(cur);
    memset(c.snapshot, 0, sizeof c.snapshot);
    if (!*snapshot || strlen(snapshot) >= sizeof c.snapshot) {
        gw_route_release(r);
        snprintf(msg, msglen, "the body must be a snapshot path of 1 to %zu bytes", sizeof c.snapshot - 1);
        return 400;
    }
    memcpy(c.snapshot, snapshot, strlen(snapshot));
    struct stat id;
    DepFn *nf = start_one(&c, &id, msg, msglen);
    if (!nf) {
        gw_route_release(r);
        return 400;
    }
    DepFn *old = NULL;
    int status = 200;
    pthread_mutex_lock(&t->lock);
    if (find(t, name, NULL) == r) swap_locked(r, nf, &c, &id, &old);
    else status = 404; /* removed by a reload while the new snapshot was starting */
    pthread_mutex_unlock(&t->lock);
    if (status == 200) {
        dep_fn_release(old);
        snprintf(msg, msglen, "function '%s' now serves %s", name, snapshot);
    } else {
        dep_fn_release(nf);
        snprintf(msg, msglen, "function '%s' was removed meanwhile", name);
    }
    gw_route_release(r);
    return status;
}

int gw_routes_reload(GwRoutes *t, const GwConfig *c, char *err, size_t errlen, int *added, int *changed,
                     int *removed) {
    *added = *changed = *removed = 0;
    /* 1. decide, under the lock, what each declared function needs: nothing, a swap, or a new route */
    enum { KEEP, SWAP, ADD };
    int *plan = calloc(c->n ? c->n : 1, sizeof *plan);
    DepFn **nf = calloc(c->n ? c->n : 1, sizeof *nf);
    struct stat *ids = calloc(c->n ? c->n : 1, sizeof *ids);
    int rc = 0;
    if (!plan || !nf || !ids) {
        snprintf(err, errlen, "out of memory");
        rc = -1;
        goto out;
    }
    for (size_t i = 0; i < c->n; i++) snap_identity(c->fns[i].snapshot, &ids[i]);
    pthread_mutex_lock(&t->lock);
    for (size_t i = 0; i < c->n && rc == 0; i++) {
        GwRoute *r = find(t, c->fns[i].name, NULL);
        if (!r) plan[i] = ADD;
        else if (r->origin != GW_ORIGIN_CONFIG) {
            snprintf(err, errlen, "function '%s' is already served from the command line", r->name);
            rc = -1;
        } else if (same_decl(&r->decl, &c->fns[i]) && same_identity(&r->snap_id, &ids[i])) plan[i] = KEEP;
        else plan[i] = SWAP;
    }
    pthread_mutex_unlock(&t->lock);
    if (rc) goto out;
    /* 2. start every new or changed function, outside the lock; one failure cancels the whole reload */
    for (size_t i = 0; i < c->n; i++) {
        if (plan[i] == KEEP) continue;
        nf[i] = start_one(&c->fns[i], &ids[i], err, errlen);
        if (!nf[i]) {
            rc = -1;
            goto out;
        }
    }
    /* 3. apply under the lock: swaps, additions, removals */
    pthread_mutex_lock(&t->lock);
    size_t nnow = t->n; /* only this thread (the signal loop) adds or removes routes */
    pthread_mutex_unlock(&t->lock);
    DepFn **old = calloc(nnow + c->n + 1, sizeof *old);
    GwRoute **gone = calloc(nnow + 1, sizeof *gone);
    GwRoute **fresh = calloc(c->n + 1, sizeof *fresh);
    if (!old || !gone || !fresh) {
        free(old), free(gone), free(fresh);
        snprintf(err, errlen, "out of memory");
        rc = -1;
        goto out;
    }
    for (size_t i = 0; i < c->n; i++)
        if (plan[i] == ADD) {
            fresh[i] = route_new(&c->fns[i], GW_ORIGIN_CONFIG, nf[i], &ids[i]);
            if (!fresh[i]) {
                for (size_t j = 0; j < i; j++)
                    if (fresh[j]) {
                        fresh[j]->fn = NULL; /* nf[j] is released below */
                        gw_route_release(fresh[j]);
                    }
                free(old), free(gone), free(fresh);
                snprintf(err, errlen, "out of memory");
                rc = -1;
                goto out;
            }
        }
    size_t nold = 0, ngone = 0;
    pthread_mutex_lock(&t->lock);
    if (t->n + c->n > t->cap) {
        GwRoute **nr = realloc(t->r, (t->n + c->n) * sizeof *nr);
        if (nr) {
            t->r = nr;
            t->cap = t->n + c->n;
        }
    }
    bool room = t->n + c->n <= t->cap;
    for (size_t i = 0; room && i < c->n; i++) {
        if (plan[i] == SWAP) {
            GwRoute *r = find(t, c->fns[i].name, NULL);
            if (!r) continue; /* cannot happen: only this thread removes routes; nf[i] is released below */
            swap_locked(r, nf[i], &c->fns[i], &ids[i], &old[nold++]);
            nf[i] = NULL;
            (*changed)++;
        } else if (plan[i] == ADD) {
            t->r[t->n++] = fresh[i];
            fresh[i] = NULL;
            nf[i] = NULL;
            (*added)++;
        }
    }
    for (size_t i = 0; room && i < t->n;) {
        GwRoute *r = t->r[i];
        bool keep = r->origin != GW_ORIGIN_CONFIG;
        for (size_t j = 0; !keep && j < c->n; j++) keep = strcmp(c->fns[j].name, r->name) == 0;
        if (keep) {
            i++;
            continue;
        }
        gone[ngone++] = r;
        t->r[i] = t->r[--t->n];
        (*removed)++;
    }
    pthread_mutex_unlock(&t->lock);
    if (!room) {
        snprintf(err, errlen, "out of memory");
        rc = -1;
        for (size_t i = 0; i < c->n; i++)
            if (fresh[i]) {
                fresh[i]->fn = NULL;
                gw_route_release(fresh[i]);
            }
    }
    /* the replaced functions and removed routes drain: their processes stop with the last request */
    for (size_t i = 0; i < nold; i++) dep_fn_release(old[i]);
    for (size_t i = 0; i < ngone; i++) gw_route_release(gone[i]);
    free(old), free(gone), free(fresh);
out:
    if (nf)
        for (size_t i = 0; i < c->n; i++)
            if (nf[i]) dep_fn_release(nf[i]);
    free(plan), free(nf), free(ids);
    return rc;
}

GwRoute **gw_routes_list(GwRoutes *t, size_t *n) {
    pthread_mutex_lock(&t->lock);
    GwRoute **list = malloc((t->n ? t->n : 1) * sizeof *list);
    *n = 0;
    if (list) {
        for (size_t i = 0; i < t->n; i++) {
            atomic_fetch_add(&t->r[i]->refs, 1);
            list[i] = t->r[i];
        }
        *n = t->n;
    }
    pthread_mutex_unlock(&t->lock);
    return list;
}

void gw_routes_list_free(GwRoute **list, size_t n) {
    for (size_t i = 0; i < n; i++) gw_route_release(list[i]);
    free(list);
}

void gw_route_stats(GwRoutes *t, GwRoute *r, DepFnStats *s, int *isolation) {
    pthread_mutex_lock(&t->lock);
    DepFn *f = r->fn;
    DepFnStats base = r->base;
    if (f) dep_fn_retain(f);
    pthread_mutex_unlock(&t->lock);
    memset(s, 0, sizeof *s);
    if (f) {
        dep_fn_stats(f, s);
        *isolation = dep_fn_config(f)->isolation;
        dep_fn_release(f);
    }
    stats_add(s, &base);
}
