/* dep_gw.h — internal to the gateway executable (build/ember-gateway, deploy/dep_gw_*.c): the HTTP front end
 * of `ember serve`. The functions it serves are reached only through dep_fn.h.
 *
 * Files, one job each:
 *   dep_gw_main.c      command line, start-up, signals (SIGHUP reload, SIGTERM/SIGINT drain), shutdown
 *   dep_gw_config.c    the configuration file format (strict parser) and the per-function option table
 *   dep_gw_routes.c    the function table: name -> DepFn, retain/release per request, hot swap, reload
 *   dep_gw_pool.c      worker threads that run blocking invocations off the HTTP threads
 *   dep_gw_http.c      libmicrohttpd: routing, request bodies, limits, answers
 *   dep_gw_metrics.c   GET /metrics (Prometheus text format 0.0.4)
 *   dep_gw_log.c       the structured access log and the error log
 *
 * No file-scope mutable state: everything lives in the Gw struct below (made by main, passed to every
 * callback), so nothing here is invisible to a reader or to tests/check_statics.sh. */
#ifndef EMBER_DEP_GW_H
#define EMBER_DEP_GW_H

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "dep_fn.h"

/* ---- dep_gw_config.c ------------------------------------------------------------------------------------ */

/* One function as declared (command line, config file or PUT): its DepFnConfig. Each DepFnConfig is zeroed
 * before it is filled, so two declarations compare equal with memcmp exactly when they say the same. */
typedef struct GwConfig {
    DepFnConfig *fns;
    size_t n;
} GwConfig;

/* Parses a configuration file's text (see the format in dep_gw_config.c). `defaults` are the values a
 * function gets for keys neither [defaults] nor its section set; relative paths are resolved against
 * `base_dir` (the config file's directory). 0, or -1 with "NAME:LINE: reason" in err. Never reads files. */
int gw_config_parse(const char *text, size_t len, const char *name, const char *base_dir,
                    const DepFnConfig *defaults, GwConfig *out, char *err, size_t errlen);
/* Reads and parses FILE. */
int gw_config_load(const char *path, const DepFnConfig *defaults, GwConfig *out, char *err, size_t errlen);
void gw_config_free(GwConfig *c);
/* Sets one per-function key (the config file's names: timeout_ms, max_instances, ...) from text. 0, or -1
 * with the reason in err. `base_dir` resolves relative paths (NULL: keep them as given). */
int gw_config_set(DepFnConfig *c, const char *key, const char *value, const char *base_dir, char *err,
                  size_t errlen);
/* Route names: 1..127 of [A-Za-z0-9._-], not "." or ".." (they appear in URLs, metrics labels, logs). */
bool gw_name_ok(const char *name);

/* ---- dep_gw_log.c --------------------------------------------------------------------------------------- */

typedef struct GwLog {
    int fd;                 /* access log: 2 (stderr) or --access-log FILE (O_APPEND) */
    char path[1024];        /* "" for stderr */
} GwLog;

typedef struct GwAccess {
    const char *method, *path, *function; /* function may be NULL */
    int status;
    uint64_t bytes_in, bytes_out, duration_us;
    int isolation;          /* DEP_ISO_*, or -1 when no function was involved */
} GwAccess;

int gw_log_open(GwLog *l, const char *path, char *err, size_t errlen);
/* SIGHUP: reopen --access-log FILE (log rotation). */
void gw_log_reopen(GwLog *l);
/* One logfmt line, written with a single write(2) so that lines from concurrent threads never interleave. */
void gw_log_access(GwLog *l, const GwAccess *a);
/* Error log (stderr): "ember-gateway: " + message + newline, one write. */
void gw_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void gw_verrorf(const char *fmt, va_list ap);
/* logfmt value: bare when safe, else quoted with \" \\ \n \t and \xHH escapes. Returns bytes written
 * (truncated to cap-1, always NUL-terminated). */
size_t gw_logfmt_value(char *out, size_t cap, const char *v);

/* ---- dep_gw_routes.c ------------------------------------------------------------------------------------ */

enum { GW_ORIGIN_CLI, GW_ORIGIN_CONFIG };

/* A route: the name a function is served under. Reference counted (the table holds one reference, every
 * request in flight another), so a route removed by a reload stays valid for the requests still using it. */
typedef struct GwRoute {
    char name[128];
    int origin;               /* GW_ORIGIN_*: a reload only touches routes from the config file */
    atomic_uint refs;
    atomic_uint inflight;     /* requests admitted on this route (every DepFn it had), for the 503 bound */
    /* Guarded by the table's lock: */
    DepFn *fn;                /* the table's reference to the current function */
    DepFnConfig decl;         /* what was declared (compared on reload) */
    struct stat snap_id;      /* the snapshot file's identity when it was started (dev, ino, size, mtime) */
    DepFnStats base;          /* counters of the functions this route had before (hot swaps) */
} GwRoute;

typedef struct GwRoutes {
    pthread_mutex_t lock;
    GwRoute **r;
    size_t n, cap;
} GwRoutes;

void gw_routes_init(GwRoutes *t);
/* Releases every route (their functions stop when their last requests finish). */
void gw_routes_clear(GwRoutes *t);
/* Starts every function of `c` and adds them (origin). On any failure nothing is added: -1 and err. */
int gw_routes_add(GwRoutes *t, const GwConfig *c, int origin, char *err, size_t errlen);
/* The route and its current function, both retained; NULL when unknown. */
GwRoute *gw_routes_get(GwRoutes *t, const char *name, DepFn **fn);
void gw_route_release(GwRoute *r);
/* PUT /admin/functions/<name>: starts `snapshot` with the route's other settings and swaps it in. HTTP
 * status (200, 404, 400) and a one-line message in msg. */
int gw_routes_replace(GwRoutes *t, const char *name, const char *snapshot, char *msg, size_t msglen);
/* SIGHUP: makes the config-file routes match `c` (start added and changed functions first; if any fails,
 * nothing changes), then swaps. 0, or -1 and err. Counts in added, changed, removed. */
int gw_routes_reload(GwRoutes *t, const GwConfig *c, char *err, size_t errlen, int *added, int *changed,
                     int *removed);
/* A retained snapshot of every route (for /metrics); free with gw_routes_list_free. */
GwRoute **gw_routes_list(GwRoutes *t, size_t *n);
void gw_routes_list_free(GwRoute **list, size_t n);
/* The route's figures: its current function's plus those of the functions it had before. */
void gw_route_stats(GwRoutes *t, GwRoute *r, DepFnStats *s, int *isolation);

/* ---- dep_gw_pool.c -------------------------------------------------------------------------------------- */

/* Worker threads for blocking work (dep_fn_invoke, dep_fn_start). Threads are made on demand up to `max`
 * and exit after a while idle; jobs beyond `max` running wait in FIFO order. */
typedef struct GwJob {
    void (*run)(struct GwJob *);
    struct GwJob *next;
} GwJob;

typedef struct GwPool {
    pthread_mutex_t lock;
    pthread_cond_t wake, idle_cv;
    GwJob *head, *tail;
    unsigned threads, idle, max;
    bool stopping;
} GwPool;

void gw_pool_init(GwPool *p, unsigned max);
/* Never fails: when no thread can be made, the job waits for a running one. */
void gw_pool_submit(GwPool *p, GwJob *j);
/* Waits for queued jobs to finish and every thread to exit. */
void gw_pool_stop(GwPool *p);

/* ---- dep_gw_metrics.c ----------------------------------------------------------------------------------- */

/* The /metrics page (malloc'd, NUL-terminated; *len without the NUL). */
char *gw_metrics_render(GwRoutes *t, size_t *len);
/* Prometheus label value escaping (\\, \", \n). */
size_t gw_prom_label(char *out, size_t cap, const char *v);

/* ---- dep_gw_http.c -------------------------------------------------------------------------------------- */

typedef struct Gw {
    GwRoutes routes;
    GwPool pool;
    GwLog log;
    struct MHD_Daemon *mhd;
    atomic_uint inflight;      /* requests between their first byte of handling and their completion */
    atomic_bool draining;      /* SIGTERM: new function requests are answered 503 */
    bool admin_any;            /* --admin-any: PUT /admin from any address, not only loopback */
    unsigned http_threads;     /* MHD's thread pool */
    unsigned idle_timeout_s;   /* keep-alive / slow-client timeout */
    uint64_t admin_max_request;
} Gw;

/* Starts libmicrohttpd on addr:port (port 0: any free port); *bound gets the port. 0, or -1 and err. */
int gw_http_start(Gw *g, const char *addr, unsigned port, unsigned *bound, char *err, size_t errlen);
/* Stops accepting new connections (the listening socket is closed; connections stay). */
void gw_http_quiesce(Gw *g);
void gw_http_stop(Gw *g);

#endif
