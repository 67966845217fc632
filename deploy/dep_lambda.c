/* ember lambda: run a function snapshot as an AWS Lambda custom runtime.
 *
 *   ember lambda [--restore=mmap|read] [--verify-checksums] <file.ember>
 *
 * Started by the function's `bootstrap` (README, "Running a snapshot on AWS Lambda"), it follows the Lambda
 * runtime API, version 2018-06-01, as AWS documents it: the AWS Lambda Developer Guide pages "Using the Lambda
 * runtime API for custom runtimes" (runtimes-api) and "Building a custom runtime" (runtimes-custom), and the
 * OpenAPI description of the API that they publish (runtime-api.zip, version 1.0.3). The endpoint, host:port,
 * is the environment variable AWS_LAMBDA_RUNTIME_API.
 *
 * Initialisation, once per process: restore the snapshot and run the after-restore hooks (the CRaC
 * afterRestore of every registered resource). If either fails: POST /runtime/init/error with an error
 * document and a Lambda-Runtime-Function-Error-Type header, then exit non-zero ("Handle errors – If an error
 * occurs, call the initialization error API and exit immediately").
 *
 * Then, forever:
 *  - GET /runtime/invocation/next, with no timeout (the docs: the response may be delayed, the process may be
 *    frozen between events). Its headers: Lambda-Runtime-Aws-Request-Id (required here: every later path
 *    names it), Lambda-Runtime-Deadline-Ms, Lambda-Runtime-Invoked-Function-Arn, Lambda-Runtime-Trace-Id.
 *    The body is the event.
 *  - The tracing header is propagated as the docs ask: the environment variable _X_AMZN_TRACE_ID is set to it
 *    (System.getenv reads the live environment), and so is the system property com.amazonaws.xray.traceHeader,
 *    where the AWS X-Ray SDK for Java (2.9.0 and later) and AWS's own Java runtime client put it for Java
 *    code. An event without the header clears both, so no invocation sees the previous one's trace.
 *  - The handler is called with the event body (UTF-8) as its String argument. Ember's handler model is
 *    String -> String with no context object, so the deadline and the ARN are read and checked but not passed
 *    on.
 *  - Its result: POST /runtime/invocation/<id>/response with the returned string as UTF-8 (a null return posts
 *    an empty body, as `ember invoke` writes nothing). An exception: its stack trace goes to stderr (the
 *    function's log), and POST /runtime/invocation/<id>/error carries
 *    {"errorMessage": ..., "errorType": ..., "stackTrace": [...]} with Content-Type
 *    application/vnd.aws.lambda.error+json (the OpenAPI document's error format), shaped as AWS's Java runtime
 *    interface client shapes a Throwable: errorType and the Lambda-Runtime-Function-Error-Type header are the
 *    exception's class name, errorMessage its getLocalizedMessage() (the class name when that is null),
 *    stackTrace its StackTraceElements' toString(). The loop goes on.
 *  - Status codes: 202 is accepted. A 400, 403 or 413 answer to a response or error post is reported on stderr
 *    and the loop goes on (the invocation is over either way: for 413, Lambda records the too-large
 *    response as the invocation's error). A 500 means "container error, non-recoverable state, runtime should
 *    exit promptly": ember exits with status 1, as it does for any non-200 answer to /next. The runtime is
 *    meant to loop until Lambda stops it, so a Runtime API that goes away (connection refused or closed) is an
 *    error too: one line on stderr and exit status 1.
 *
 * Errors of the runtime itself, with their Lambda-Runtime-Function-Error-Type (the docs recommend
 * <category.reason>): Runtime.InvalidSnapshot (the snapshot cannot be restored: its reason, as `ember invoke`
 * prints it), Runtime.InvalidFunction (a --main snapshot), Runtime.AfterRestoreError (a hook threw: the body
 * describes the RestoreException, with the hooks' own exceptions, suppressed in it, in its message and stack
 * trace as printStackTrace shows them).
 *
 * The HTTP client (dep_http_client.c) keeps one connection open across requests. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../loader/ld.h"
#include "../snapshot/snap.h"
#include "dep.h"
#include "dep_http_client.h"

#define API_PREFIX "/2018-06-01/runtime"
#define TRACE_ENV "_X_AMZN_TRACE_ID"
#define TRACE_PROP "com.amazonaws.xray.traceHeader"

/* A growable byte buffer (process memory). */
typedef struct Buf {
    char *p;
    size_t n, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1) cap *= 2;
        char *np = realloc(b->p, cap);
        if (!np) rt_fatal("out of memory");
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void buf_str(Buf *b, const char *s) {
    buf_add(b, s, strlen(s));
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
    unsigned c = s[0];
    size_t len;
    uint32_t cp;
    if (c < 0x80) return 1;
    if (c >= 0xc2 && c <= 0xdf) len = 2, cp = c & 0x1f;
    else if (c >= 0xe0 && c <= 0xef) len = 3, cp = c & 0x0f;
    else if (c >= 0xf0 && c <= 0xf4) len = 4, cp = c & 0x07;
    else return 0;
    if (n < len) return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80) return 0;
        cp = cp << 6 | (s[i] & 0x3f);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

/* A JSON string: quotes, escapes for '"', '\\' and control characters, and U+FFFD for any byte that is not
 * part of valid UTF-8 (a Java string with an unpaired surrogate converts to such bytes). */
static void buf_json_string(Buf *b, const char *s, size_t n) {
    buf_add(b, "\"", 1);
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned char c = u[i];
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            buf_add(b, e, 2);
            i++;
        } else if (c < 0x20 || c == 0x7f) {
            char e[8];
            switch (c) {
            case '\n': buf_add(b, "\\n", 2); break;
            case '\r': buf_add(b, "\\r", 2); break;
            case '\t': buf_add(b, "\\t", 2); break;
            default:
                snprintf(e, sizeof e, "\\u%04x", c);
                buf_add(b, e, 6);
            }
            i++;
        } else {
            size_t l = utf8_seq(u + i, n - i);
            if (l) {
                buf_add(b, s + i, l);
                i += l;
            } else {
                buf_add(b, "\xef\xbf\xbd", 3);
                i++;
            }
        }
    }
    buf_add(b, "\"", 1);
}

/* What an error post carries. */
typedef struct LambdaError {
    char *type;     /* errorType, and the Lambda-Runtime-Function-Error-Type header */
    char *message;
    char **trace;
    uint32_t ntrace;
} LambdaError;

static void error_free(LambdaError *e) {
    free(e->type);
    free(e->message);
    for (uint32_t i = 0; i < e->ntrace; i++) free(e->trace[i]);
    free(e->trace);
    memset(e, 0, sizeof *e);
}

static void error_set(LambdaError *e, const char *type, const char *fmt, ...) {
    e->type = strdup(type);
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&e->message, fmt, ap) < 0) e->message = NULL;
    va_end(ap);
}

static char *error_json(const LambdaError *e, size_t *len) {
    Buf b = {0};
    buf_str(&b, "{\"errorMessage\":");
    buf_json_string(&b, e->message ? e->message : "", e->message ? strlen(e->message) : 0);
    buf_str(&b, ",\"errorType\":");
    buf_json_string(&b, e->type, strlen(e->type));
    buf_str(&b, ",\"stackTrace\":[");
    for (uint32_t i = 0; i < e->ntrace; i++) {
        if (i) buf_add(&b, ",", 1);
        buf_json_string(&b, e->trace[i], strlen(e->trace[i]));
    }
    buf_str(&b, "]}");
    *len = b.n;
    return b.p;
}

/* ---- the Runtime API ------------------------------------------------------------------------------------ */

typedef struct Lambda {
    const char *file;
    const char *endpoint;
    DepHttpConn conn;
    char user_agent[64];
} Lambda;

static bool api_call(Lambda *l, const char *method, const char *path, const DepHttpHeader *extra, uint32_t nextra,
                     const char *body, size_t body_len, int timeout_ms, DepHttpResponse *r) {
    DepHttpHeader h[4];
    uint32_t n = 0;
    h[n++] = (DepHttpHeader){"User-Agent", l->user_agent};
    for (uint32_t i = 0; i < nextra && n < 4; i++) h[n++] = extra[i];
    DepHttpRequest q = {method, path, h, n, body, body_len, timeout_ms};
    char err[256];
    if (dep_http_do(&l->conn, &q, r, err, sizeof err)) return true;
    fflush(stdout);
    if (l->conn.gone)
        fprintf(stderr, "ember lambda: %s %s failed, the Runtime API at %s is gone: %s\n", method, path, l->endpoint,
                err);
    else
        fprintf(stderr, "ember lambda: %s %s failed at the Runtime API %s: %s\n", method, path, l->endpoint, err);
    return false;
}

/* A header value for the error type: printable ASCII only (a class name can hold any character). */
static void header_safe(char *s) {
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f) *s = '?';
}

/* POSTs an error document to path, with header_type (NULL: the errorType) as Lambda-Runtime-Function-Error-Type.
 * Returns the answer's status, or -1 when the API did not answer. */
static int post_error(Lambda *l, const char *path, const LambdaError *e, const char *header_type) {
    size_t len;
    char *json = error_json(e, &len);
    char type[256];
    snprintf(type, sizeof type, "%s", header_type ? header_type : e->type);
    header_safe(type);
    DepHttpHeader h[2] = {{"Content-Type", "application/vnd.aws.lambda.error+json"},
                          {"Lambda-Runtime-Function-Error-Type", type}};
    DepHttpResponse r;
    int status = -1;
    if (api_call(l, "POST", path, h, 2, json, len, 30000, &r)) {
        status = r.status;
        dep_http_response_free(&r);
    }
    free(json);
    return status;
}

/* Initialisation failed: report it (one line on stderr too) and give the exit status. */
static int init_error(Lambda *l, LambdaError *e, const char *header_type, int exit_status) {
    fflush(stdout);
    fprintf(stderr, "ember lambda: initialisation failed (%s): %s%s%s\n", header_type,
            strcmp(e->type, header_type) ? e->type : "", strcmp(e->type, header_type) ? ": " : "",
            e->message ? e->message : "");
    int st = post_error(l, API_PREFIX "/init/error", e, header_type);
    if (st >= 0 && st != 202) fprintf(stderr, "ember lambda: POST %s/init/error answered %d\n", API_PREFIX, st);
    error_free(e);
    return exit_status;
}

/* ---- Java side ------------------------------------------------------------------------------------------ */

/* Calls a no-argument method of o returning a String, as UTF-8 (malloc'd), or NULL when it returns null or
 * throws (the exception is dropped). */
static char *call_string(Thread *t, Object *o, const char *name) {
    Method *m = rt_find_method(o->klass, name, "()Ljava/lang/String;");
    if (!m) return NULL;
    Slot args[1] = {{.l = o}}, ret = {0};
    if (!rt_call(t, m, args, &ret)) {
        t->exception = NULL;
        return NULL;
    }
    return ret.l ? rt_string_to_utf8(ret.l) : NULL;
}

static void trace_add(LambdaError *e, char *s) {
    if (!s) return;
    char **nt = realloc(e->trace, (e->ntrace + 1) * sizeof *nt);
    if (!nt) rt_fatal("out of memory");
    e->trace = nt;
    e->trace[e->ntrace++] = s;
}

/* Calls a no-argument method of o that returns an object array; the array in a new handle, or NULL. */
static Object **call_array(Thread *t, Object *o, const char *name, const char *desc) {
    Method *m = rt_find_method(o->klass, name, desc);
    Slot args[1] = {{.l = o}}, ret = {0};
    if (!m || !rt_call(t, m, args, &ret) || !ret.l) {
        t->exception = NULL;
        return NULL;
    }
    return rt_handle(t, ret.l);
}

/* Appends exc.getStackTrace()'s elements, each as StackTraceElement.toString() ("Cls.m(File.java:12)"). */
static void trace_frames(Thread *t, Object *exc, LambdaError *e) {
    uint32_t mark = rt_handle_mark(t);
    Object **ha = call_array(t, exc, "getStackTrace", "()[Ljava/lang/StackTraceElement;");
    for (int32_t i = 0; ha && i < ((Array *)*ha)->length; i++) {
        Object *el = ((Object **)rt_array_data(*ha))[i];
        if (el) trace_add(e, call_string(t, el, "toString"));
    }
    rt_handle_release(t, mark);
}

/* The error document of a Throwable, the way AWS's Java runtime client builds it (see the top comment). With
 * `suppressed` (the RestoreException of the after-restore hooks, which carries each hook's exception as a
 * suppressed one), the suppressed exceptions are added as printStackTrace shows them: their toString() in the
 * message, and "Suppressed: <toString()>" then their frames in the stack trace. */
static void error_from_throwable(Thread *t, Object *exc, bool suppressed, LambdaError *e) {
    uint32_t mark = rt_handle_mark(t);
    Object **he = rt_handle(t, exc);
    char name[512];
    ld_java_name(exc->klass->name->text, name, sizeof name);
    e->type = strdup(name);
    e->message = call_string(t, *he, "getLocalizedMessage");
    bool own_message = e->message != NULL;
    if (!e->message) e->message = strdup(name);
    trace_frames(t, *he, e);
    Object **hs = suppressed ? call_array(t, *he, "getSuppressed", "()[Ljava/lang/Throwable;") : NULL;
    for (int32_t i = 0, n = 0; hs && i < ((Array *)*hs)->length; i++) {
        Object *x = ((Object **)rt_array_data(*hs))[i];
        char *d = x ? call_string(t, x, "toString") : NULL;
        if (!d) continue;
        char *m, *f;
        /* "msg: s1; s2", or "s1; s2" when the exception has no message of its own */
        if (asprintf(&m, "%s%s%s", n || own_message ? e->message : "", n ? "; " : own_message ? ": " : "", d) >= 0) {
            free(e->message);
            e->message = m;
        }
        n++;
        if (asprintf(&f, "Suppressed: %s", d) >= 0) trace_add(e, f);
        free(d);
        trace_frames(t, ((Object **)rt_array_data(*hs))[i], e);
    }
    t->exception = NULL;
    rt_handle_release(t, mark);
}

/* exc.printStackTrace() to System.err, the function's log; the VM's own printer if that throws. */
static void log_throwable(Thread *t, Object *exc) {
    uint32_t mark = rt_handle_mark(t);
    Object **he = rt_handle(t, exc);
    fflush(stdout);
    Method *m = rt_find_method(exc->klass, "printStackTrace", "()V");
    Slot args[1] = {{.l = exc}};
    if (!m || !rt_call(t, m, args, NULL)) {
        t->exception = NULL;
        rt_print_uncaught(t, *he);
    }
    rt_handle_release(t, mark);
}

/* System.out and System.err flushed after every invocation, so that the log is complete when Lambda freezes
 * the process. */
static void flush_java_streams(Thread *t) {
    Class *sys = VM->wk[WK_System];
    const char *names[2] = {"out", "err"};
    for (int i = 0; i < 2; i++) {
        Field *f = sys ? rt_find_field(sys, names[i], "Ljava/io/PrintStream;") : NULL;
        Object *ps = f ? *(Object **)(sys->statics + f->offset) : NULL;
        Method *m = ps ? rt_find_method(ps->klass, "flush", "()V") : NULL;
        Slot args[1] = {{.l = ps}};
        if (m && !rt_call(t, m, args, NULL)) t->exception = NULL;
    }
    fflush(stdout);
}

/* System.setProperty(key, value), or clearProperty when value is NULL. Failures are ignored. */
static void set_property(Thread *t, const char *key, const char *value) {
    uint32_t mark = rt_handle_mark(t);
    Class *sys = VM->wk[WK_System];
    Method *m = value ? rt_find_declared_method(sys, "setProperty", "(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;")
                      : rt_find_declared_method(sys, "clearProperty", "(Ljava/lang/String;)Ljava/lang/String;");
    Object *k = m ? rt_string(t, key) : NULL;
    Object **hk = k ? rt_handle(t, k) : NULL;
    Object *v = hk && value ? rt_string(t, value) : NULL;
    if (hk && (!value || v)) {
        Slot args[2] = {{.l = *hk}, {.l = v}};
        Slot ret;
        rt_call(t, m, args, &ret);
    }
    t->exception = NULL;
    rt_handle_release(t, mark);
}

/* Request ids go into paths: anything outside RFC 3986's unreserved characters is percent-encoded. */
static void path_for(char *buf, size_t n, const char *id, const char *what) {
    size_t k = (size_t)snprintf(buf, n, "%s/invocation/", API_PREFIX);
    for (const unsigned char *p = (const unsigned char *)id; *p && k + 4 < n; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("-._~", *p))
            buf[k++] = (char)*p;
        else
            k += (size_t)snprintf(buf + k, n - k, "%%%02X", *p);
    }
    snprintf(buf + k, n - k, "/%s", what);
}

/* Checks a post's answer: true to go on, false to exit (500, or no answer). */
static bool posted(Lambda *l, const char *path, int status) {
    if (status == 202) return true;
    if (status < 0) return false;
    fflush(stdout);
    fprintf(stderr, "ember lambda: POST %s answered %d%s\n", path, status,
            status == 500 ? " (container error: the runtime exits)" : status == 413 ? " (response too large)" : "");
    (void)l;
    return status != 500;
}

static int lambda_loop(Lambda *l, Thread *t) {
    char path[1024]; /* an id of up to 200 bytes, each percent-encoded at worst */
    for (;;) {
        DepHttpResponse ev;
        if (!api_call(l, "GET", API_PREFIX "/invocation/next", NULL, 0, NULL, 0, -1, &ev)) return 1;
        if (ev.status != 200) {
            fflush(stdout);
            fprintf(stderr, "ember lambda: GET %s/invocation/next answered %d%s: %.200s\n", API_PREFIX, ev.status,
                    ev.status == 500 ? " (container error)" : "", ev.body ? ev.body : "");
            dep_http_response_free(&ev);
            return 1;
        }
        const char *id = dep_http_header(&ev, "Lambda-Runtime-Aws-Request-Id");
        if (!id || !*id || strlen(id) > 200) {
            fflush(stdout);
            fprintf(stderr, "ember lambda: GET %s/invocation/next answered without a valid "
                            "Lambda-Runtime-Aws-Request-Id\n", API_PREFIX);
            dep_http_response_free(&ev);
            return 1;
        }
        const char *deadline = dep_http_header(&ev, "Lambda-Runtime-Deadline-Ms");
        if (deadline && strspn(deadline, "0123456789") != strlen(deadline))
            fprintf(stderr, "ember lambda: request %s: malformed Lambda-Runtime-Deadline-Ms '%s'\n", id, deadline);
        (void)dep_http_header(&ev, "Lambda-Runtime-Invoked-Function-Arn");
        const char *trace = dep_http_header(&ev, "Lambda-Runtime-Trace-Id");
        if (trace && *trace) setenv(TRACE_ENV, trace, 1);
        else unsetenv(TRACE_ENV);
        set_property(t, TRACE_PROP, trace && *trace ? trace : NULL);

        char *out;
        size_t out_len;
        int st;
        if (dep_function_invoke(t, ev.body, ev.body_len, &out, &out_len) == 0) {
            flush_java_streams(t);
            path_for(path, sizeof path, id, "response");
            DepHttpResponse r;
            DepHttpHeader ct = {"Content-Type", "application/json"};
            st = api_call(l, "POST", path, &ct, 1, out ? out : "", out_len, 30000, &r) ? r.status : -1;
            if (st >= 0) dep_http_response_free(&r);
            free(out);
        } else {
            Object *exc = rt_exception_take(t);
            uint32_t mark = rt_handle_mark(t);
            Object **he = rt_handle(t, exc);
            log_throwable(t, *he);
            LambdaError e = {0};
            error_from_throwable(t, *he, false, &e);
            rt_handle_release(t, mark);
            flush_java_streams(t);
            path_for(path, sizeof path, id, "error");
            st = post_error(l, path, &e, NULL);
            error_free(&e);
        }
        dep_http_response_free(&ev);
        if (!posted(l, path, st)) return 1;
    }
}

static int lambda_body(void *p) {
    Lambda *l = p;
    Thread *t = &VM->main;
    size_t jar_len;
    const uint8_t *jar = dep_boot_jar(&jar_len);
    snap_after_restore((const char *)jar, jar_len);
    if (!dep_call_static(t, "jdk/internal/ember/Snapshot", "afterRestore")) {
        Object *exc = rt_exception_take(t);
        uint32_t mark = rt_handle_mark(t);
        Object **he = rt_handle(t, exc);
        log_throwable(t, *he);
        LambdaError e = {0};
        error_from_throwable(t, *he, true, &e);
        rt_handle_release(t, mark);
        flush_java_streams(t);
        return init_error(l, &e, "Runtime.AfterRestoreError", 1);
    }
    int status = lambda_loop(l, t);
    rt_shutdown(t); /* shutdown hooks run and System.out/err are flushed before the process ends */
    return status;
}

int dep_lambda(int argc, char **argv) {
    Lambda l = {0};
    SnapRestoreOptions ro = {SNAP_RESTORE_AUTO, false};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (dep_restore_option(&ro, a)) {
            /* taken */
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "ember lambda: unknown option %s\n", a);
            return dep_usage(stderr, 2);
        } else if (!l.file) {
            l.file = a;
        } else {
            fprintf(stderr, "ember lambda: unexpected argument %s\n", a);
            return dep_usage(stderr, 2);
        }
    }
    if (!l.file) {
        fprintf(stderr, "ember lambda: no snapshot file given\n");
        return dep_usage(stderr, 2);
    }
    l.endpoint = getenv("AWS_LAMBDA_RUNTIME_API");
    char err[512];
    if (!l.endpoint || !*l.endpoint) {
        fprintf(stderr, "ember lambda: AWS_LAMBDA_RUNTIME_API is not set: ember lambda is the bootstrap of a "
                        "Lambda custom runtime, and Lambda sets it to the Runtime API's host:port\n");
        return 2;
    }
    if (!dep_http_conn_init(&l.conn, l.endpoint, err, sizeof err)) {
        fprintf(stderr, "ember lambda: AWS_LAMBDA_RUNTIME_API: %s\n", err);
        return 2;
    }
    snprintf(l.user_agent, sizeof l.user_agent, "ember/%s", EMBER_VERSION);
    int status;
    if (snap_restore(l.file, &ro, err, sizeof err) != SNAP_OK) {
        LambdaError e = {0};
        error_set(&e, "Runtime.InvalidSnapshot", "cannot restore %s: %s", l.file, err);
        status = init_error(&l, &e, e.type, 2);
    } else if (VM->fn.kind == RT_FN_MAIN) {
        LambdaError e = {0};
        error_set(&e, "Runtime.InvalidFunction", "%s is a --main snapshot: ember lambda needs a function snapshot "
                                                 "(ember snapshot --handler)", l.file);
        status = init_error(&l, &e, e.type, 2);
    } else {
        status = dep_on_java_thread(lambda_body, &l);
    }
    dep_http_conn_close(&l.conn);
    free(l.conn.buf);
    return status;
}
