/* dep_proto.h — internal to deploy/: the wire protocol between the gateway (dep_gw_fn.c, in ember-gateway)
 * and the processes that run a function (dep_instance.c, in ember). Plain C, no VM headers: both binaries
 * include it, and the helpers are static inline because the two executables share no object file.
 *
 * Every socket is AF_UNIX SOCK_SEQPACKET: messages keep their boundaries and arrive whole or not at all,
 * so a process that dies in the middle of an answer can never leave half a header that the next message
 * would be misread as. A message is a DepMsg header followed by at most DEP_MSG_MAX payload bytes.
 *
 * Start-up (both kinds of process): the gateway execs `ember __zygote|__instance <snapshot> <fd>` and sends
 * CONFIG (payload DepWireConfig); the process restores the snapshot, prepares its sandbox and answers READY or
 * REFUSED (payload: one line saying why; the process then exits 2).
 *
 * Fork isolation, on the zygote's control socket: INVOKE (arg = invocation id, one descriptor passed with
 * SCM_RIGHTS: the invocation's own socket) and KILL (arg = id: SIGKILL that invocation's child if it still
 * runs). Gateway threads send these concurrently; SEQPACKET sends are atomic, so they need no lock. On the
 * invocation socket the gateway sends REQUEST, the child answers RESULT, and the zygote, which holds a copy
 * of the socket until it has reaped the child, adds EXIT (arg = the wait status) before closing its copy —
 * so EOF on the invocation socket means the child is gone, and EXIT says how it ended.
 *
 * Reuse isolation, on the instance's socket: REQUEST → RESULT, repeated; EOF asks the instance to finish.
 *
 * Bodies: REQUEST and RESULT carry arg = the body's total length and its first bytes as payload; DATA
 * messages carry the rest, in order. RESULT's flags: DEP_RESULT_OK (the body is the handler's answer) or
 * DEP_RESULT_EXCEPTION (the body is the exception's first line, `<class>: <message>`). */
#ifndef EMBER_DEP_PROTO_H
#define EMBER_DEP_PROTO_H

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

enum {
    DEP_MSG_CONFIG = 1,
    DEP_MSG_READY,
    DEP_MSG_REFUSED,
    DEP_MSG_INVOKE,
    DEP_MSG_KILL,
    DEP_MSG_REQUEST,
    DEP_MSG_RESULT,
    DEP_MSG_DATA,
    DEP_MSG_EXIT,
};
enum { DEP_RESULT_OK = 0, DEP_RESULT_EXCEPTION = 1 };

#define DEP_MSG_MAGIC 0x31424d45u   /* "EMB1" */
#define DEP_MSG_MAX ((size_t)60 << 10) /* payload bytes per message: well below the socket's send buffer */

typedef struct DepMsg {
    uint32_t magic;
    uint16_t type;
    uint16_t flags;
    uint64_t arg;
} DepMsg;

/* CONFIG's payload: the part of DepFnConfig the function's processes need. */
typedef struct DepWireConfig {
    uint32_t isolation;       /* DEP_ISO_FORK or DEP_ISO_REUSE */
    uint32_t cpu_seconds;
    uint64_t memory_bytes;
    uint32_t verify;          /* also check every region's checksum while restoring (ember verify's check) */
    uint32_t pad;
    char grant_dir[1024];     /* "" = none */
} DepWireConfig;

static inline int64_t dep_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Waits until fd is ready for `events` or the deadline (CLOCK_MONOTONIC ns; < 0: no deadline) passes.
 * 0, or -ETIMEDOUT. */
static inline int dep_wait_fd(int fd, short events, int64_t deadline) {
    for (;;) {
        int ms = -1;
        if (deadline >= 0) {
            int64_t left = deadline - dep_now_ns();
            if (left <= 0) return -ETIMEDOUT;
            ms = (int)((left + 999999) / 1000000);
        }
        struct pollfd p = {fd, events, 0};
        int r = poll(&p, 1, ms);
        if (r > 0) return 0;
        if (r < 0 && errno != EINTR) return -errno;
    }
}

/* Sends one message (and a descriptor with SCM_RIGHTS when pass_fd >= 0). With a deadline the send never
 * blocks past it; without one it blocks like a plain send. 0, or -errno (-EPIPE: the peer is gone). */
static inline int dep_msg_send(int fd, uint16_t type, uint16_t flags, uint64_t arg, const void *payload, size_t n,
                               int pass_fd, int64_t deadline) {
    DepMsg h = {DEP_MSG_MAGIC, type, flags, arg};
    struct iovec iov[2] = {{&h, sizeof h}, {(void *)payload, n}};
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } ctl;
    struct msghdr m = {0};
    m.msg_iov = iov;
    m.msg_iovlen = n ? 2 : 1;
    if (pass_fd >= 0) {
        memset(&ctl, 0, sizeof ctl);
        m.msg_control = ctl.buf;
        m.msg_controllen = sizeof ctl.buf;
        struct cmsghdr *c = CMSG_FIRSTHDR(&m);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int));
        memcpy(CMSG_DATA(c), &pass_fd, sizeof(int));
    }
    int flags_io = MSG_NOSIGNAL | (deadline >= 0 ? MSG_DONTWAIT : 0);
    for (;;) {
        ssize_t w = sendmsg(fd, &m, flags_io);
        if (w >= 0) return 0;
        if (errno == EINTR) continue;
        if (errno != EAGAIN || deadline < 0) return -errno;
        int st = dep_wait_fd(fd, POLLOUT, deadline);
        if (st) return st;
    }
}

/* Receives one message: header in *h, payload (at most cap bytes) in buf, its length in *n, and a passed
 * descriptor in *got_fd (-1 if none; may be NULL when none is expected: any passed descriptor is closed).
 * 1: a message; 0: EOF; -errno: -ETIMEDOUT, -EPROTO (not one of our messages, or longer than cap). */
static inline int dep_msg_recv(int fd, DepMsg *h, void *buf, size_t cap, size_t *n, int *got_fd,
                               int64_t deadline) {
    struct iovec iov[2] = {{h, sizeof *h}, {buf, cap}};
    union {
        char buf[CMSG_SPACE(sizeof(int) * 4)];
        struct cmsghdr align;
    } ctl;
    if (got_fd) *got_fd = -1;
    for (;;) {
        struct msghdr m = {0};
        m.msg_iov = iov;
        m.msg_iovlen = cap ? 2 : 1;
        m.msg_control = ctl.buf;
        m.msg_controllen = sizeof ctl.buf;
        ssize_t r = recvmsg(fd, &m, MSG_CMSG_CLOEXEC | (deadline >= 0 ? MSG_DONTWAIT : 0));
        if (r < 0) {
            if (errno == EINTR) continue;
            if (errno != EAGAIN || deadline < 0) return -errno;
            int st = dep_wait_fd(fd, POLLIN, deadline);
            if (st) return st;
            continue;
        }
        int passed = -1;
        for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c)) {
            if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
            size_t k = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
            for (size_t i = 0; i < k; i++) {
                int pfd;
                memcpy(&pfd, CMSG_DATA(c) + i * sizeof(int), sizeof pfd);
                if (passed < 0 && got_fd) passed = pfd;
                else close(pfd);
            }
        }
        if (r == 0) {
            if (passed >= 0) close(passed);
            return 0;
        }
        if ((size_t)r < sizeof *h || h->magic != DEP_MSG_MAGIC || (m.msg_flags & (MSG_TRUNC | MSG_CTRUNC))) {
            if (passed >= 0) close(passed);
            return -EPROTO;
        }
        if (got_fd) *got_fd = passed;
        *n = (size_t)r - sizeof *h;
        return 1;
    }
}

/* Sends a body as `type` (REQUEST or RESULT) followed by DATA messages. 0 or -errno. */
static inline int dep_body_send(int fd, uint16_t type, uint16_t flags, const char *body, size_t len,
                                int64_t deadline) {
    size_t first = len < DEP_MSG_MAX ? len : DEP_MSG_MAX;
    int st = dep_msg_send(fd, type, flags, len, body, first, -1, deadline);
    for (size_t off = first; st == 0 && off < len;) {
        size_t k = len - off < DEP_MSG_MAX ? len - off : DEP_MSG_MAX;
        st = dep_msg_send(fd, DEP_MSG_DATA, 0, 0, body + off, k, -1, deadline);
        off += k;
    }
    return st;
}

/* Receives the rest of a body whose first message (*first, with first_n payload bytes at first_payload) has
 * arrived: DATA messages until first->arg bytes are in. The buffer is malloc'd (a NUL follows the body) and
 * grows as data arrives, so a lying length costs nothing before the bytes come. 1: *out and *len filled;
 * 0: EOF first; -EMSGSIZE: longer than max; -EPROTO: another message came first (its header in *other, so
 * that the gateway sees an EXIT); other -errno from dep_msg_recv. */
static inline int dep_body_recv(int fd, const DepMsg *first, const void *first_payload, size_t first_n, size_t max,
                                char **out, size_t *len, DepMsg *other, int64_t deadline) {
    uint64_t total = first->arg;
    *out = NULL;
    *len = 0;
    if (total > max || first_n > total) return -EMSGSIZE;
    size_t cap = (total < ((size_t)1 << 20) ? (size_t)total : ((size_t)1 << 20)) + 1;
    char *b = malloc(cap);
    if (!b) return -ENOMEM;
    memcpy(b, first_payload, first_n);
    size_t have = first_n;
    while (have < total) {
        if (cap - have < DEP_MSG_MAX + 1) {
            size_t nc = cap * 2 > have + DEP_MSG_MAX + 1 ? cap * 2 : have + DEP_MSG_MAX + 1;
            char *nb = realloc(b, nc);
            if (!nb) {
                free(b);
                return -ENOMEM;
            }
            b = nb;
            cap = nc;
        }
        DepMsg h;
        size_t n;
        int st = dep_msg_recv(fd, &h, b + have, DEP_MSG_MAX, &n, NULL, deadline);
        if (st <= 0) {
            free(b);
            return st;
        }
        if (h.type != DEP_MSG_DATA || n > total - have) {
            free(b);
            if (other) *other = h;
            return -EPROTO;
        }
        have += n;
    }
    b[have] = 0;
    *out = b;
    *len = have;
    return 1;
}

#endif
