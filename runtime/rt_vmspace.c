/* VM space: one range reserved at RT_VM_BASE holding the Vm root struct, metaspace, the Java stack, the code
 * cache and the heap. Memory is reserved PROT_NONE and committed (made read-write) in chunks as the bump
 * pointers advance, so untouched parts cost nothing. Layout, in address order:
 *   [Vm root | metaspace | Java stack | code cache | heap]
 * The layout is recorded in the Vm struct, so a restored snapshot needs no recomputation. */
#define _GNU_SOURCE
#include "rt.h"
#include "../gc/gc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

Vm *const rt_vm = (Vm *)RT_VM_BASE;

_Noreturn void rt_fatal(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("ember: fatal error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    fflush(stdout);
    _exit(134);
}

static uintptr_t round_up(uintptr_t v, uintptr_t a) { return (v + a - 1) & ~(a - 1); }

void rt_commit(uint8_t *from, uint8_t *to) {
    uintptr_t a = (uintptr_t)from & ~(uintptr_t)4095, b = round_up((uintptr_t)to, 4096);
    if (b > a && mprotect((void *)a, b - a, PROT_READ | PROT_WRITE) != 0)
        rt_fatal("cannot commit %zu bytes of VM space: %s", (size_t)(b - a), strerror(errno));
}

void rt_vmspace_init(const VmOptions *opt) {
    void *p = mmap((void *)RT_VM_BASE, RT_VM_SIZE, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (p == MAP_FAILED || p != (void *)RT_VM_BASE)
        rt_fatal("cannot reserve VM space at %p (%s)", (void *)RT_VM_BASE, p == MAP_FAILED ? strerror(errno) : "address taken");
    _Static_assert(sizeof(Vm) <= RT_VM_ROOT_SIZE, "Vm root struct outgrew its reservation");
    rt_commit((uint8_t *)RT_VM_BASE, (uint8_t *)RT_VM_BASE + round_up(sizeof(Vm), 4096));
    Vm *vm = VM;
    vm->magic = 0x454d424552564d31ull; /* "EMBERVM1" */
    vm->opt = *opt;
    uint8_t *cur = (uint8_t *)RT_VM_BASE + RT_VM_ROOT_SIZE;
    vm->meta_base = vm->meta_top = vm->meta_commit = cur;
    vm->meta_end = cur + RT_META_SIZE;
    cur = vm->meta_end;
    vm->stack_region = cur;
    cur += RT_STACK_MAX;
    if (cur != (uint8_t *)RT_CODE_BASE) rt_fatal("VM space layout disagrees with RT_CODE_BASE");
    vm->code_base = cur;
    vm->code_end = cur + RT_CODE_SIZE;
    _Static_assert(RT_VM_ROOT_SIZE + RT_META_SIZE + RT_STACK_MAX + RT_CODE_SIZE <= RT_CARDS_BASE - RT_VM_BASE,
                   "card table overlaps the code cache");
    _Static_assert(RT_CARDS_BASE + (RT_OLD_RESERVE >> RT_CARD_SHIFT) <= RT_BOT_BASE, "cards overlap the BOT");
    _Static_assert(RT_BOT_BASE + (RT_OLD_RESERVE >> RT_CARD_SHIFT) * 4 <= RT_OLD_BASE, "BOT overlaps old");
    _Static_assert(RT_YOUNG_BASE + RT_YOUNG_RESERVE <= RT_VM_BASE + RT_VM_SIZE, "young outside VM space");
    vm->identity_seed = 0x2545f491u;
    vm->start_nanos = rt_nanos();
    /* System.nanoTime's origin is the VM's start (any fixed origin is allowed): values seen before a
     * snapshot are then small, and a snapshot can resume the clock from a constant (snap_write.c). */
    vm->nanos_offset = 1 - (int64_t)vm->start_nanos;
    gc_init();
}

void *rt_meta_alloc(size_t size) {
    Vm *vm = VM;
    size = round_up(size, 8);
    uint8_t *p = vm->meta_top;
    if ((size_t)(vm->meta_end - p) < size) rt_fatal("metaspace exhausted (%zu MiB)", RT_META_SIZE >> 20);
    vm->meta_top = p + size;
    if (vm->meta_top > vm->meta_commit) {
        uint8_t *nc = (uint8_t *)round_up((uintptr_t)vm->meta_top, RT_COMMIT_CHUNK);
        if (nc > vm->meta_end) nc = vm->meta_end;
        rt_commit(vm->meta_commit, nc);
        vm->meta_commit = nc;
    }
    return p; /* fresh pages are zero; metaspace is never reused */
}

char *rt_meta_strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *d = rt_meta_alloc(n);
    memcpy(d, s, n);
    return d;
}

int64_t rt_java_nanos(void) { return (int64_t)rt_nanos() + VM->nanos_offset; }

uint64_t rt_nanos(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Gives the whole VM space back (fuzz targets and tests re-initialise it between inputs). */
void rt_vmspace_release(void) { munmap((void *)RT_VM_BASE, RT_VM_SIZE); }
