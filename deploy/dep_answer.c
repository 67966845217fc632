/* Answering one request the way `ember invoke` does — read it (a file or stdin, UTF-8), call the function,
 * run the shutdown sequence (hooks; System.out/err flushed), then write the answer to stdout exactly. Shared
 * by `ember invoke` (after a restore) and the cold-boot runs of `ember bench` (after a fresh boot and
 * warm-up), so that both measure the same work.
 *
 * `repeat` > 1 calls the function that many times with the same request and reports every call's time on
 * stderr as `ember-curve <ns> <ns> ...` (the invocation-latency curve of `ember bench`); the first call's
 * answer is the one written. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dep.h"

static bool read_fd(int fd, char **data, size_t *len) {
    size_t cap = 4096, n = 0;
    char *b = malloc(cap);
    for (;;) {
        ssize_t r = read(fd, b + n, cap - n);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            free(b);
            return false;
        }
        if (r == 0) break;
        n += (size_t)r;
        if (n == cap) b = realloc(b, cap *= 2);
    }
    *data = b;
    *len = n;
    return true;
}

static bool write_all(int fd, const char *p, size_t n) {
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

int dep_answer(Thread *t, DepAnswer *a, const char *who) {
    char *in = NULL;
    size_t in_len = 0;
    int fd = a->input_path ? open(a->input_path, O_RDONLY | O_CLOEXEC) : 0;
    if (fd < 0 || !read_fd(fd, &in, &in_len)) {
        fprintf(stderr, "%s: cannot read the request from %s: %s\n", who, a->input_path ? a->input_path : "stdin",
                strerror(errno));
        return 1;
    }
    if (fd > 0) close(fd);
    a->t_call = rt_nanos();
    char *out = NULL;
    size_t out_len = 0;
    uint64_t interp = VM->jit.interp_calls;
    int status = dep_function_call(t, in, in_len, &out, &out_len);
    a->t_handler = rt_nanos();
    a->interp_calls = VM->jit.interp_calls - interp;
    if (a->repeat > 1 && status == 0) {
        uint32_t n = a->repeat;
        uint64_t *ns = malloc(sizeof *ns * n);
        ns[0] = a->t_handler - a->t_call;
        for (uint32_t i = 1; i < n && status == 0; i++) {
            char *o2;
            size_t l2;
            uint64_t t0 = rt_nanos();
            status = dep_function_call(t, in, in_len, &o2, &l2);
            ns[i] = rt_nanos() - t0;
            free(o2);
            if (status != 0) n = i;
        }
        fputs("ember-curve", stderr);
        for (uint32_t i = 0; i < n; i++) fprintf(stderr, " %llu", (unsigned long long)ns[i]);
        fputc('\n', stderr);
        free(ns);
    }
    rt_shutdown(t); /* shutdown hooks, and System.out/err flushed before the answer */
    fflush(stdout); /* and the VM's own log lines (-Xlog:gc, -verbose:class), which go through stdio */
    if (status == 0 && out && !write_all(1, out, out_len)) {
        fprintf(stderr, "%s: cannot write the response: %s\n", who, strerror(errno));
        status = 1;
    }
    free(out);
    free(in);
    return status;
}
