/* dep_gw_log.c — the gateway's two logs.
 *
 * Access log: one logfmt line per request (stderr, or --access-log FILE opened O_APPEND and reopened on
 * SIGHUP for rotation), e.g.
 *   time=2026-11-21T19:14:18.123Z method=POST path=/function/hello function=hello status=200 bytes_in=5
 *   bytes_out=11 duration_us=812 isolation=fork
 * Each line is built in a local buffer and written with one write(2): lines of concurrent threads never
 * interleave (O_APPEND writes are atomic with respect to each other on local files and pipes up to
 * PIPE_BUF), and no lock is held on the request path.
 *
 * Error log: "ember-gateway: ..." lines on stderr, the same way. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dep_gw.h"

static void write_all(int fd, const char *buf, size_t len) {
    while (len > 0) {
        ssize_t k = write(fd, buf, len);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return; /* a log that cannot be written must not stop the gateway */
        buf += k;
        len -= (size_t)k;
    }
}

void gw_verrorf(const char *fmt, va_list ap) {
    char buf[2048];
    int n = snprintf(buf, sizeof buf, "ember-gateway: ");
    int m = vsnprintf(buf + n, sizeof buf - (size_t)n - 1, fmt, ap);
    size_t len = (size_t)n + (m < 0 ? 0 : (size_t)m < sizeof buf - (size_t)n - 1 ? (size_t)m : sizeof buf - (size_t)n - 2);
    buf[len++] = '\n';
    write_all(2, buf, len);
}

void gw_errorf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    gw_verrorf(fmt, ap);
    va_end(ap);
}

int gw_log_open(GwLog *l, const char *path, char *err, size_t errlen) {
    l->fd = 2;
    l->path[0] = 0;
    if (!path || !*path || strcmp(path, "-") == 0) return 0;
    if (snprintf(l->path, sizeof l->path, "%s", path) >= (int)sizeof l->path) {
        snprintf(err, errlen, "--access-log: path too long");
        return -1;
    }
    l->fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (l->fd < 0) {
        snprintf(err, errlen, "--access-log %s: %s", path, strerror(errno));
        l->fd = 2;
        return -1;
    }
    return 0;
}

void gw_log_reopen(GwLog *l) {
    if (!l->path[0]) return;
    int fd = open(l->path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        gw_errorf("cannot reopen access log %s: %s (keeping the old one)", l->path, strerror(errno));
        return;
    }
    /* dup2 replaces the descriptor atomically: a thread writing at this moment writes to one file or the
     * other, never to a closed descriptor */
    dup3(fd, l->fd, O_CLOEXEC);
    close(fd);
}

size_t gw_logfmt_value(char *out, size_t cap, const char *v) {
    if (cap == 0) return 0;
    bool bare = *v != 0;
    for (const unsigned char *p = (const unsigned char *)v; *p; p++)
        if (*p <= ' ' || *p == '"' || *p == '=' || *p == '\\' || *p >= 0x7f) bare = false;
    size_t n = 0;
#define PUT(ch) do { if (n + 1 < cap) out[n++] = (ch); } while (0)
    if (bare) {
        for (const char *p = v; *p; p++) PUT(*p);
    } else {
        PUT('"');
        for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
            if (*p == '"' || *p == '\\') { PUT('\\'); PUT((char)*p); }
            else if (*p == '\n') { PUT('\\'); PUT('n'); }
            else if (*p == '\t') { PUT('\\'); PUT('t'); }
            else if (*p < ' ' || *p == 0x7f) {
                char hex[5];
                snprintf(hex, sizeof hex, "\\x%02x", *p);
                for (int i = 0; i < 4; i++) PUT(hex[i]);
            } else PUT((char)*p); /* UTF-8 bytes pass through */
        }
        PUT('"');
    }
#undef PUT
    out[n] = 0;
    return n;
}

void gw_log_access(GwLog *l, const GwAccess *a) {
    char line[4096], ts[64], path[1600], method[80], fn[300];
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    struct tm tm;
    gmtime_r(&now.tv_sec, &tm);
    size_t k = strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(ts + k, sizeof ts - k, ".%03ldZ", now.tv_nsec / 1000000);
    gw_logfmt_value(method, sizeof method, a->method ? a->method : "-");
    /* paths are client-chosen: cut long ones so that a line stays one atomic write */
    char cut[1025];
    snprintf(cut, sizeof cut, "%s", a->path ? a->path : "-");
    gw_logfmt_value(path, sizeof path, cut);
    int n = snprintf(line, sizeof line, "time=%s method=%s path=%s", ts, method, path);
    if (a->function) {
        gw_logfmt_value(fn, sizeof fn, a->function);
        n += snprintf(line + n, sizeof line - (size_t)n, " function=%s", fn);
    }
    n += snprintf(line + n, sizeof line - (size_t)n, " status=%d bytes_in=%llu bytes_out=%llu duration_us=%llu",
                  a->status, (unsigned long long)a->bytes_in, (unsigned long long)a->bytes_out,
                  (unsigned long long)a->duration_us);
    if (a->isolation >= 0)
        n += snprintf(line + n, sizeof line - (size_t)n, " isolation=%s",
                      a->isolation == DEP_ISO_REUSE ? "reuse" : "fork");
    if (n > (int)sizeof line - 2) n = (int)sizeof line - 2;
    line[n++] = '\n';
    write_all(l->fd, line, (size_t)n);
}
