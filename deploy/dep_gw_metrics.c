/* dep_gw_metrics.c — GET /metrics in the Prometheus text exposition format, version 0.0.4:
 * one "# HELP" and one "# TYPE" line per metric family, then its samples, one per function (label
 * `function`, escaped as the format says: backslash, double quote and newline), families never repeated.
 *
 *   ember_invocations_total{function}            counter  invocations answered by the function
 *   ember_errors_total{function,code}            counter  answers other than 200, by status code
 *   ember_restores_total{function}               counter  snapshot restores (zygotes and instances started)
 *   ember_instances_alive{function}              gauge    processes running the function now
 *   ember_invocation_duration_seconds{function}  histogram (_bucket{le}, _sum, _count) of invocation times
 *
 * Figures come from dep_fn_stats, plus what the functions a route had before a hot swap counted. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dep_gw.h"

size_t gw_prom_label(char *out, size_t cap, const char *v) {
    size_t n = 0;
    if (cap == 0) return 0;
    for (; *v && n + 2 < cap; v++) {
        if (*v == '\\' || *v == '"') { out[n++] = '\\'; out[n++] = *v; }
        else if (*v == '\n') { out[n++] = '\\'; out[n++] = 'n'; }
        else out[n++] = *v;
    }
    out[n] = 0;
    return n;
}

typedef struct Buf {
    char *p;
    size_t len, cap;
    bool oom;
} Buf;

static void bprintf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bprintf(Buf *b, const char *fmt, ...) {
    if (b->oom) return;
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if (n < 0) { b->oom = true; return; }
        if ((size_t)n < b->cap - b->len) { b->len += (size_t)n; return; }
        size_t nc = b->cap * 2 + (size_t)n;
        char *np = realloc(b->p, nc);
        if (!np) { b->oom = true; return; }
        b->p = np;
        b->cap = nc;
    }
}

/* The status codes errors_by_status counts, in its order (dep_fn.h); "other" is reported as code="other". */
static const char *const err_codes[6] = {"500", "502", "503", "504", "413", "other"};

char *gw_metrics_render(GwRoutes *t, size_t *len) {
    size_t n;
    GwRoute **rs = gw_routes_list(t, &n);
    DepFnStats *st = calloc(n ? n : 1, sizeof *st);
    char (*lab)[300] = calloc(n ? n : 1, sizeof *lab);
    Buf b = {malloc(4096), 0, 4096, false};
    if (!rs || !st || !lab || !b.p) {
        free(st), free(lab), free(b.p);
        if (rs) gw_routes_list_free(rs, n);
        return NULL;
    }
    b.p[0] = 0;
    for (size_t i = 0; i < n; i++) {
        int iso;
        gw_route_stats(t, rs[i], &st[i], &iso);
        gw_prom_label(lab[i], sizeof lab[i], rs[i]->name);
    }
    static const double bounds[DEP_FN_N_BUCKETS] = DEP_FN_BUCKETS;

    bprintf(&b, "# HELP ember_invocations_total Invocations answered by the function, whatever the outcome.\n"
                "# TYPE ember_invocations_total counter\n");
    for (size_t i = 0; i < n; i++)
        bprintf(&b, "ember_invocations_total{function=\"%s\"} %llu\n", lab[i], (unsigned long long)st[i].invocations);

    bprintf(&b, "# HELP ember_errors_total Invocations answered with an error, by HTTP status code.\n"
                "# TYPE ember_errors_total counter\n");
    for (size_t i = 0; i < n; i++)
        for (int c = 0; c < 6; c++)
            bprintf(&b, "ember_errors_total{function=\"%s\",code=\"%s\"} %llu\n", lab[i], err_codes[c],
                    (unsigned long long)st[i].errors_by_status[c]);

    bprintf(&b, "# HELP ember_restores_total Snapshot restores: zygote and instance processes started.\n"
                "# TYPE ember_restores_total counter\n");
    for (size_t i = 0; i < n; i++)
        bprintf(&b, "ember_restores_total{function=\"%s\"} %llu\n", lab[i], (unsigned long long)st[i].restores);

    bprintf(&b, "# HELP ember_instances_alive Processes running the function now.\n"
                "# TYPE ember_instances_alive gauge\n");
    for (size_t i = 0; i < n; i++)
        bprintf(&b, "ember_instances_alive{function=\"%s\"} %llu\n", lab[i], (unsigned long long)st[i].instances_alive);

    bprintf(&b, "# HELP ember_invocation_duration_seconds Wall time of invocations.\n"
                "# TYPE ember_invocation_duration_seconds histogram\n");
    for (size_t i = 0; i < n; i++) {
        /* dep_fn_stats gives cumulative buckets with +Inf last; +Inf must equal _count */
        for (int k = 0; k < DEP_FN_N_BUCKETS; k++)
            bprintf(&b, "ember_invocation_duration_seconds_bucket{function=\"%s\",le=\"%g\"} %llu\n", lab[i],
                    bounds[k], (unsigned long long)st[i].latency_buckets[k]);
        unsigned long long count = st[i].latency_buckets[DEP_FN_N_BUCKETS];
        bprintf(&b, "ember_invocation_duration_seconds_bucket{function=\"%s\",le=\"+Inf\"} %llu\n", lab[i], count);
        bprintf(&b, "ember_invocation_duration_seconds_sum{function=\"%s\"} %.9g\n", lab[i], st[i].latency_sum);
        bprintf(&b, "ember_invocation_duration_seconds_count{function=\"%s\"} %llu\n", lab[i], count);
    }
    free(st), free(lab);
    gw_routes_list_free(rs, n);
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    *len = b.len;
    return b.p;
}
