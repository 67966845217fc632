/* snapshot_occupy.c — an LD_PRELOAD object for tests/snapshot_badfiles.sh: before main runs, its constructor
 * maps one page inside VM space's fixed range, so that `ember invoke` finds the range already in use and must
 * refuse the snapshot (exit 2, "... is already in use") instead of mapping over the page or crashing.
 *
 * The page is at EMBER_OCCUPY_ADDR (hex; default 0x200000000000, RT_VM_BASE in runtime/rt.h). When the page
 * cannot be mapped exactly there, the constructor says so on stderr, which makes the test fail (the test
 * expects exactly one line, ember's refusal). Built by the script: cc -shared -fPIC. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

__attribute__((constructor)) static void occupy(void) {
    const char *s = getenv("EMBER_OCCUPY_ADDR");
    uintptr_t addr = s ? (uintptr_t)strtoull(s, NULL, 16) : (uintptr_t)0x200000000000ull;
    void *want = (void *)addr;
    void *p = mmap(want, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (p != want) {
        fprintf(stderr, "snapshot_occupy: cannot map a page at %p: %s\n", want,
                p == MAP_FAILED ? strerror(errno) : "mapped elsewhere");
        if (p != MAP_FAILED) munmap(p, 4096);
    }
}
