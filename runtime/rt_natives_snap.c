/* Natives of jdk.internal.ember.Snapshot, the Java side of snapshots.
 *
 * After a restore, every process restored from one snapshot starts from identical memory, including the
 * state of every pseudo-random generator. Snapshot.afterRestore draws fresh entropy here so that generators
 * seeded automatically (java.util.Random's no-argument constructor, Math.random) diverge between processes.
 * Nothing is kept between calls: the value goes straight into the Java heap. */
#define _GNU_SOURCE
#include "rt_natives.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/* Fills buf from the kernel's entropy source: getrandom(2), which blocks only until the pool has been
 * initialised once after boot; /dev/urandom where the system call is missing (ENOSYS, e.g. an old kernel or a
 * seccomp filter). False when neither works. */
static bool read_entropy(void *buf, size_t n) {
    uint8_t *p = buf;
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(p + got, n - got, 0);
        if (r > 0) {
            got += (size_t)r;
        } else if (r < 0 && errno != EINTR) {
            break;
        }
    }
    if (got == n) return true;
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    got = 0;
    while (got < n) {
        ssize_t r = read(fd, p + got, n - got);
        if (r > 0) {
            got += (size_t)r;
        } else if (r == 0 || errno != EINTR) {
            break;
        }
    }
    close(fd);
    return got == n;
}

/* splitmix64's finaliser: spreads the bits of a weak seed over the whole word. */
static uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* static long Snapshot.entropy(): 64 bits from the OS. If the OS has no entropy source to offer, falls back
 * to values that still differ between processes (wall clock in ns, monotonic clock, pid, and a stack address,
 * which ASLR moves): weak, but Random and Math.random are not cryptographic, and the point is that restored
 * processes do not repeat one another. */
void n_Snapshot_entropy(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)args;
    uint64_t v;
    if (!read_entropy(&v, sizeof v)) {
        struct timespec rt, mono;
        clock_gettime(CLOCK_REALTIME, &rt);
        clock_gettime(CLOCK_MONOTONIC, &mono);
        v = mix64((uint64_t)rt.tv_sec * 1000000000u + (uint64_t)rt.tv_nsec);
        v = mix64(v ^ ((uint64_t)mono.tv_sec * 1000000000u + (uint64_t)mono.tv_nsec));
        v = mix64(v ^ (uint64_t)getpid() ^ ((uint64_t)(uintptr_t)&rt << 16));
    }
    ret->j = (int64_t)v;
}
