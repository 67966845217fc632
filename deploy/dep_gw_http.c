/* dep_gw_http.c — the HTTP layer of `ember serve`, on libmicrohttpd (HTTP/1.1 parsing, keep-alive, chunked
 * request bodies and the 400/414/431/505 answers to malformed requests are the library's).
 *
 * Threading. libmicrohttpd runs `http_threads` polling threads (its thread pool, epoll; default: one per
 * core, so 2 on the CI machine), each owning a share of the connections. Those threads only parse, route and
 * copy bytes; they never block:
 *   - GET /healthz and GET /metrics are answered on the spot (metrics read counters, no I/O);
 *   - POST /function/<name> and PUT /admin/functions/<name> block (dep_fn_invoke waits for the function,
 *     dep_fn_start restores a snapshot): once the body is in, the connection is suspended
 *     (MHD_suspend_connection: the polling thread stops watching it and goes on with the others), the work
 *     goes to the worker pool (dep_gw_pool.c), and the worker resumes the connection when the answer is
 *     ready (MHD_resume_connection wakes the owning polling thread through its eventfd, which calls the
 *     handler again to queue the response).
 * So a function that takes 10 s holds one worker and one suspended connection, nothing else.
 *
 * Admission. Each route counts the requests it has admitted; past max_instances + max_queue the answer is
 * 503 at once (the same bound dep_fn_invoke enforces, applied before a worker thread is taken), so the
 * worker threads a function can hold are bounded by its own configuration.
 *
 * Request bodies. Content-Length above the function's max_request is answered 413 before the body is read
 * (no "100 Continue" is sent, the connection is closed after the answer); a chunked body is counted as it
 * arrives, and from the moment it passes the limit nothing more is kept: the 413 goes out at the end of the
 * body (libmicrohttpd 0.9.75 cannot answer in the middle of one), or the connection is cut if more than
 * GW_DISCARD_MAX bytes follow.
 *
 * Per-request state (GwReq) is made at the handler's first call and freed by the completion callback,
 * which also writes the access-log line; requests MHD refuses before calling the handler (malformed request
 * lines and headers) are reported through MHD's error log. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "dep_gw.h"

enum { ST_BODY, ST_PENDING, ST_RUNNING, ST_DONE, ST_ANSWERED };
enum { K_FIXED, K_FUNCTION, K_ADMIN };
#define GW_DISCARD_MAX (8u << 20)

typedef struct GwReq {
    GwJob job;
    Gw *g;
    struct MHD_Connection *conn;
    int kind, state;
    char method[16];
    char *path;
    char name[128];
    GwRoute *route;         /* retained (function and admin routes) */
    DepFn *fn;              /* retained (function routes) */
    bool admitted;          /* counted in route->inflight */
    char *body;
    size_t len, cap;
    uint64_t limit, bytes_in;
    DepResult res;          /* filled by the worker, or the pending answer (ST_PENDING) */
    const char *allow;      /* pending answer's Allow header */
    const char *ctype;      /* pending answer's Content-Type (NULL: text/plain; charset=utf-8) */
    bool close_after;       /* pending answer closes the connection */
    int status, isolation;
    uint64_t bytes_out, t0;
} GwReq;

static uint64_t now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* Queues an answer. `body` is malloc'd (ownership passes to MHD) or NULL for none. */
static enum MHD_Result answer(GwReq *r, int status, const char *ctype, char *body, size_t len, const char *allow,
                              bool close_after) {
    struct MHD_Response *resp = body ? MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE)
                                     : MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
    if (!resp) {
        free(body);
        return MHD_NO;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
    if (allow) MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, allow);
    if (close_after || atomic_load(&r->g->draining))
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
    enum MHD_Result ok = MHD_queue_response(r->conn, (unsigned)status, resp);
    MHD_destroy_response(resp);
    r->status = status;
    r->bytes_out = len;
    r->state = ST_ANSWERED;
    return ok;
}

/* Prepares a text answer (status and one line). It is queued when the request has been read to its end:
 * libmicrohttpd closes a connection whose answer was queued before the request was complete, so answers
 * queued early (pend_now) are for requests whose body must not be read (413, oversized bodies). */
static int pend(GwReq *r, int status, const char *allow, bool close_after, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static int pend(GwReq *r, int status, const char *allow, bool close_after, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vasprintf(&r->res.body, fmt, ap);
    va_end(ap);
    if (n < 0) r->res.body = NULL, n = 0;
    r->res.len = (size_t)n;
    r->res.status = status;
    r->allow = allow;
    r->close_after = close_after;
    r->state = ST_PENDING;
    return 1;
}

static enum MHD_Result answer_pending(GwReq *r) {
    char *body = r->res.body;
    r->res.body = NULL;
    if (!body) return MHD_NO;
    return answer(r, r->res.status, r->ctype ? r->ctype : "text/plain; charset=utf-8", body, r->res.len, r->allow,
                  r->close_after);
}

static bool from_loopback(struct MHD_Connection *c) {
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!ci || !ci->client_addr) return false;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        return (ntohl(in->sin_addr.s_addr) >> 24) == 127;
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        if (IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr)) return true;
        return IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr) && in6->sin6_addr.s6_addr[12] == 127;
    }
    return false;
}

static void run_invoke(GwJob *j) {
    GwReq *r = (GwReq *)((char *)j - offsetof(GwReq, job));
    dep_fn_invoke(r->fn, r->body ? r->body : "", r->len, &r->res);
    r->state = ST_DONE;
    MHD_resume_connection(r->conn); /* the polling thread takes over r from here */
}

static void run_admin(GwJob *j) {
    GwReq *r = (GwReq *)((char *)j - offsetof(GwReq, job));
    /* the body is a path: surrounding blanks and a trailing newline (curl --data-binary @file, echo) go */
    char *p = r->body ? r->body : (char *)"";
    size_t n = r->len;
    while (n > 0 && (p[n - 1] == '\n' || p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
    while (n > 0 && (*p == ' ' || *p == '\t')) p++, n--;
    char path[1024], msg[1024];
    if (n >= sizeof path || memchr(p, 0, n)) {
        r->res.status = 400;
        snprintf(msg, sizeof msg, "the body must be a snapshot path of at most %zu bytes", sizeof path - 1);
    } else {
        memcpy(path, p, n);
        path[n] = 0;
        r->res.status = gw_routes_replace(&r->g->routes, r->name, path, msg, sizeof msg);
        gw_errorf("PUT /admin/functions/%s: %d %s", r->name, r->res.status, msg);
    }
    r->res.len = (size_t)asprintf(&r->res.body, "%s\n", msg);
    if ((ssize_t)r->res.len < 0) r->res.body = NULL, r->res.len = 0;
    r->state = ST_DONE;
    MHD_resume_connection(r->conn);
}

/* First call for a request: decide the route. Returns 1 when the answer is known (pending in r), 0 when the
 * request goes on (body, then a job). */
static int route(GwReq *r, const char *url, const char *method) {
    Gw *g = r->g;
    bool get = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
    if (strcmp(url, "/healthz") == 0) {
        if (!get) return pend(r, 405, "GET, HEAD", false, "method not allowed\n");
        return pend(r, 200, NULL, false, "ok");
    }
    if (strcmp(url, "/metrics") == 0) {
        if (!get) return pend(r, 405, "GET, HEAD", false, "method not allowed\n");
        size_t len;
        char *text = gw_metrics_render(&g->routes, &len);
        if (!text) return pend(r, 500, NULL, false, "out of memory\n");
        r->res.body = text;
        r->res.len = len;
        r->res.status = 200;
        r->ctype = "text/plain; version=0.0.4; charset=utf-8";
        r->state = ST_PENDING;
        return 1;
    }
    /* /function/<name>, or /function/<name>/<anything>: the OpenFaaS convention, and what of-watchdog's
     * http mode sends (upstream_url + the request's path, e.g. /function/<name>/); the rest of the path
     * and the query string are not passed to the function */
    const char *name = NULL;
    size_t nl = 0;
    if (strncmp(url, "/function/", 10) == 0) {
        r->kind = K_FUNCTION, name = url + 10;
        nl = strcspn(name, "/");
    } else if (strncmp(url, "/admin/functions/", 17) == 0) {
        r->kind = K_ADMIN, name = url + 17;
        nl = strlen(name);
    }
    if (!name || nl == 0 || nl >= sizeof r->name) return pend(r, 404, NULL, false, "not found\n");
    memcpy(r->name, name, nl);
    r->name[nl] = 0;
    if (!gw_name_ok(r->name)) return pend(r, 404, NULL, false, "not found\n");
    name = r->name;
    DepFn *fn = NULL;
    r->route = gw_routes_get(&g->routes, name, &fn);
    if (!r->route) return pend(r, 404, NULL, false, "no function '%s'\n", name);
    const DepFnConfig *cfg = dep_fn_config(fn);
    r->isolation = cfg->isolation;
    if (r->kind == K_ADMIN) {
        dep_fn_release(fn);
        if (strcmp(method, "PUT") != 0) return pend(r, 405, "PUT", false, "method not allowed\n");
        if (!g->admin_any && !from_loopback(r->conn))
            return pend(r, 403, NULL, false, "admin requests are accepted from loopback only\n");
        r->limit = g->admin_max_request;
    } else {
        r->fn = fn;
        if (strcmp(method, "POST") != 0) return pend(r, 405, "POST", false, "method not allowed\n");
        unsigned bound = cfg->max_instances + cfg->max_queue;
        r->admitted = true;
        if (atomic_fetch_add(&r->route->inflight, 1) >= bound) {
            dep_fn_count_rejected(fn, 503);
            return pend(r, 503, NULL, false, "function '%s' is busy: %u invocations running or waiting\n",
                                      name, bound);
        }
        r->limit = cfg->max_request;
    }
    const char *cl = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (cl) {
        unsigned long long v = strtoull(cl, NULL, 10); /* MHD has checked its syntax */
        if (v > r->limit) {
            if (r->fn) dep_fn_count_rejected(r->fn, 413);
            return pend(r, 413, NULL, true, "request body larger than %llu bytes\n",
                                      (unsigned long long)r->limit);
        }
        /* the buffer is made once, at its final size, for bodies announced up front */
        if (v > 0) {
            r->body = malloc((size_t)v + 1);
            if (r->body) r->cap = (size_t)v + 1;
        }
    }
    return 0;
}

/* A request whose answer is known before its body is read: a small body (up to 64 KiB) is read and
 * discarded so that the connection stays open; a larger or chunked one is not, the answer goes early. */
static bool big_body(GwReq *r) {
    if (MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING)) return true;
    const char *cl = MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    return cl && strtoull(cl, NULL, 10) > (64u << 10);
}

/* Request smuggling guard (RFC 9112 6.3): more than one Content-Length, or Content-Length together with
 * Transfer-Encoding, makes the body's length ambiguous between us and a proxy in front; libmicrohttpd takes
 * the first Content-Length (or the chunked coding) without a word, so such requests are refused here. */
static enum MHD_Result count_framing(void *cls, enum MHD_ValueKind kind, const char *key, const char *value) {
    (void)kind, (void)value;
    unsigned *n = cls;
    if (strcasecmp(key, MHD_HTTP_HEADER_CONTENT_LENGTH) == 0) n[0]++;
    else if (strcasecmp(key, MHD_HTTP_HEADER_TRANSFER_ENCODING) == 0) n[1]++;
    return MHD_YES;
}

static bool ambiguous_length(struct MHD_Connection *c) {
    unsigned n[2] = {0, 0};
    MHD_get_connection_values(c, MHD_HEADER_KIND, count_framing, n);
    return n[0] > 1 || n[1] > 1 || (n[0] && n[1]);
}

/* Appends a piece of body; false when it passes the limit. */
static bool take_body(GwReq *r, const char *data, size_t n) {
    r->bytes_in += n;
    if (r->len + n > r->limit) return false;
    if (r->len + n + 1 > r->cap) {
        size_t nc = r->cap ? r->cap : 4096;
        while (nc < r->len + n + 1) nc *= 2;
        char *nb = realloc(r->body, nc);
        if (!nb) return false;
        r->body = nb;
        r->cap = nc;
    }
    memcpy(r->body + r->len, data, n);
    r->len += n;
    r->body[r->len] = 0;
    return true;
}

static enum MHD_Result handler(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                               const char *version, const char *upload, size_t *upload_size, void **con_cls) {
    (void)version;
    Gw *g = cls;
    GwReq *r = *con_cls;
    if (!r) {
        r = calloc(1, sizeof *r);
        if (!r) return MHD_NO; /* MHD closes the connection */
        *con_cls = r;
        atomic_fetch_add(&g->inflight, 1);
        r->g = g;
        r->conn = c;
        r->t0 = now_us();
        r->isolation = -1;
        snprintf(r->method, sizeof r->method, "%s", method);
        r->path = strdup(url);
        if (ambiguous_length(c)) {
            pend(r, 400, NULL, true, "ambiguous body length (several Content-Length, or with Transfer-Encoding)\n");
            return answer_pending(r);
        }
        if (route(r, url, method) && (r->close_after || big_body(r)))
            return answer_pending(r); /* early: the body is not read, the connection closes */
        return MHD_YES;
    }
    if (*upload_size) {
        size_t n = *upload_size;
        *upload_size = 0;
        if (r->state != ST_BODY) {
            /* the answer is known: the body is discarded. libmicrohttpd 0.9.75 refuses a response queued in
             * the middle of a body, so the answer waits for its end; a client that goes on sending more
             * than GW_DISCARD_MAX bytes is cut off. */
            r->bytes_in += n;
            if (r->bytes_in - r->len > GW_DISCARD_MAX) return MHD_NO;
            return MHD_YES;
        }
        if (!take_body(r, upload, n)) {
            if (r->len + n > r->limit) {
                /* a chunked body passing the limit: nothing more is kept, 413 at its end */
                if (r->fn) dep_fn_count_rejected(r->fn, 413);
                pend(r, 413, NULL, true, "request body larger than %llu bytes\n", (unsigned long long)r->limit);
            } else pend(r, 500, NULL, true, "out of memory\n");
        }
        return MHD_YES;
    }
    switch (r->state) {
    case ST_PENDING:
        return answer_pending(r);
    case ST_BODY: /* the whole body is in: hand the blocking part to a worker */
        r->state = ST_RUNNING;
        r->job.run = r->kind == K_ADMIN ? run_admin : run_invoke;
        MHD_suspend_connection(c);
        gw_pool_submit(&g->pool, &r->job);
        return MHD_YES;
    case ST_DONE: {
        int st = r->res.status ? r->res.status : 502;
        char *body = r->res.body;
        size_t len = r->res.len;
        r->res.body = NULL;
        if (st != 200 && r->kind == K_FUNCTION) {
            /* error reasons are one line: end it */
            char *line = NULL;
            int n = asprintf(&line, "%.*s\n", (int)(len && body[len - 1] == '\n' ? len - 1 : len), body ? body : "");
            free(body);
            if (n < 0) return MHD_NO;
            body = line, len = (size_t)n;
        }
        if (!body) body = strdup(""), len = 0;
        return answer(r, st, "text/plain; charset=utf-8", body, len, NULL, false);
    }
    default:
        return MHD_YES;
    }
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe) {
    (void)c;
    Gw *g = cls;
    GwReq *r = *con_cls;
    if (!r) return;
    *con_cls = NULL;
    GwAccess a = {r->method, r->path, r->route ? r->name : NULL, r->status, r->bytes_in, r->bytes_out,
                  now_us() - r->t0, r->isolation};
    /* the answer did not reach the client (it went away, timed out, or the gateway stopped): 499, as nginx
     * logs a client that closed its request; the function's own outcome is in /metrics */
    if (toe != MHD_REQUEST_TERMINATED_COMPLETED_OK) a.status = 499;
    gw_log_access(&g->log, &a);
    if (r->admitted) atomic_fetch_sub(&r->route->inflight, 1);
    if (r->fn) dep_fn_release(r->fn);
    if (r->route) gw_route_release(r->route);
    free(r->res.body);
    free(r->body);
    free(r->path);
    free(r);
    atomic_fetch_sub(&g->inflight, 1);
}

static void mhd_log(void *cls, const char *fmt, va_list ap) {
    (void)cls;
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    size_t n = strlen(msg);
    while (n > 0 && msg[n - 1] == '\n') msg[--n] = 0;
    gw_errorf("http: %s", msg);
}

int gw_http_start(Gw *g, const char *addr, unsigned port, unsigned *bound, char *err, size_t errlen) {
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    if (port > 65535) {
        snprintf(err, errlen, "--port %u: not a port", port);
        return -1;
    }
    if (strchr(addr, ':')) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons((uint16_t)port);
        if (inet_pton(AF_INET6, addr, &in6->sin6_addr) != 1) goto bad_addr;
        flags |= MHD_USE_IPv6;
    } else {
        struct sockaddr_in *in = (struct sockaddr_in *)&ss;
        in->sin_family = AF_INET;
        in->sin_port = htons((uint16_t)port);
        if (inet_pton(AF_INET, addr, &in->sin_addr) != 1) goto bad_addr;
    }
    g->mhd = MHD_start_daemon(flags, (uint16_t)port, NULL, NULL, handler, g,
                              MHD_OPTION_EXTERNAL_LOGGER, mhd_log, g, /* first, so that it sees every message */
                              MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
                              MHD_OPTION_THREAD_POOL_SIZE, (unsigned)g->http_threads,
                              MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)g->idle_timeout_s,
                              MHD_OPTION_CONNECTION_LIMIT, (unsigned)4096,
                              MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned)1024,
                              MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64u << 10),
                              MHD_OPTION_STRICT_FOR_CLIENT, (int)1,
                              MHD_OPTION_NOTIFY_COMPLETED, completed, g,
                              MHD_OPTION_END);
    if (!g->mhd) {
        snprintf(err, errlen, "cannot listen on %s:%u (address in use, or not permitted)", addr, port);
        return -1;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(g->mhd, MHD_DAEMON_INFO_BIND_PORT);
    *bound = di ? di->port : port;
    return 0;
bad_addr:
    snprintf(err, errlen, "--bind %s: not an IPv4 or IPv6 address", addr);
    return -1;
}

void gw_http_quiesce(Gw *g) {
    MHD_socket s = MHD_quiesce_daemon(g->mhd);
    if (s != MHD_INVALID_SOCKET) close(s);
}

void gw_http_stop(Gw *g) {
    MHD_stop_daemon(g->mhd);
    g->mhd = NULL;
}
