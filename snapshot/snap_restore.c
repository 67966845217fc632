/* Restoring a snapshot: reserve VM space at its fixed address, commit the zero regions, then bring in the
 * data regions — mapped copy-on-write from the file (lazy, shared through the page cache between
 * instances), read eagerly with io_uring into private memory, or inflated when the file is compressed.
 * Nothing is fixed up and no object is visited: the bytes are the VM.
 *
 * The default (SNAP_RESTORE_AUTO) is mmap: measured with bench/coldstart on the hello snapshot, mapping
 * lazily is faster than reading eagerly because an invocation touches only a fraction of the pages (the
 * figures are in the README). */
#define _GNU_SOURCE
#include "snap_format.h"

#include "../jit/jit.h"
#include "../loader/ld.h"

#include <errno.h>
#include <liburing.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Reads every uncompressed data region into its (already writable) memory with io_uring: one submission for
 * all of them, completions in any order. Short reads are finished with pread; a kernel without io_uring (or
 * a sandbox that forbids it) falls back to pread for everything. */
static int read_regions(SnapFile *f, char *err, size_t n) {
    struct io_uring ring;
    uint32_t n_data = 0;
    for (uint32_t i = 0; i < f->h.n_regions[0]; i++) n_data += !(f->regions[i].flags & SNAP_RF_ZERO);
    bool ring_ok = n_data && io_uring_queue_init(n_data < 256 ? n_data : 256, &ring, 0) == 0;
    uint32_t next = 0;
    while (ring_ok && next < f->h.n_regions[0]) {
        uint32_t queued = 0;
        for (; next < f->h.n_regions[0] && queued < 256; next++) {
            SnapRegion *r = &f->regions[next];
            if (r->flags & SNAP_RF_ZERO) continue;
            struct io_uring_sqe *sqe = io_uring_get_sqe(&ring);
            if (!sqe) break;
            /* one read of up to 2 GiB per region (the kernel's limit for a single read) */
            size_t len = r->size < 0x7ffff000u ? r->size : 0x7ffff000u;
            io_uring_prep_read(sqe, f->fd, (void *)(uintptr_t)r->addr, (unsigned)len, r->file_offset);
            io_uring_sqe_set_data64(sqe, next);
            queued++;
        }
        if (!queued) break;
        if (io_uring_submit(&ring) < 0) break;
        for (uint32_t k = 0; k < queued; k++) {
            struct io_uring_cqe *cqe;
            if (io_uring_wait_cqe(&ring, &cqe) != 0) {
                io_uring_queue_exit(&ring);
                return snap_fail(err, n, SNAP_EIO, "io_uring wait failed");
            }
            SnapRegion *r = &f->regions[io_uring_cqe_get_data64(cqe)];
            int res = cqe->res;
            io_uring_cqe_seen(&ring, cqe);
            size_t done = res > 0 ? (size_t)res : 0;
            if (res < 0 && res != -EINTR && res != -EAGAIN) {
                io_uring_queue_exit(&ring);
                return snap_fail(err, n, SNAP_EIO, "cannot read region at %#llx: %s", (unsigned long long)r->addr,
                            strerror(-res));
            }
            if (done < r->size &&
                !snap_read_full(f->fd, (uint8_t *)(uintptr_t)r->addr + done, r->size - done, r->file_offset + done)) {
                io_uring_queue_exit(&ring);
                return snap_fail(err, n, SNAP_EIO, "cannot read region at %#llx", (unsigned long long)r->addr);
            }
        }
    }
    if (ring_ok) io_uring_queue_exit(&ring);
    for (; next < f->h.n_regions[0]; next++) { /* no io_uring: plain reads */
        SnapRegion *r = &f->regions[next];
        if (r->flags & SNAP_RF_ZERO) continue;
        if (!snap_read_full(f->fd, (uint8_t *)(uintptr_t)r->addr, r->size, r->file_offset))
            return snap_fail(err, n, SNAP_EIO, "cannot read region at %#llx", (unsigned long long)r->addr);
    }
    return SNAP_OK;
}

/* A snapshot on a noexec mount (a hardened /tmp, Docker's /dev/shm) cannot be mapped executable: its code
 * pages are read into fresh anonymous memory instead — private to the process rather than shared through
 * the page cache, which only the code cache's pages pay — and made read-execute once read (never writable
 * and executable at once). */
static int read_exec_region(SnapFile *f, const SnapRegion *r, char *err, size_t n) {
    void *a = (void *)(uintptr_t)r->addr;
    if (mmap(a, r->size, PROT_READ | PROT_WRITE, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0) != a)
        return snap_fail(err, n, SNAP_EIO, "cannot commit %llu bytes at %p: %s", (unsigned long long)r->size, a,
                         strerror(errno));
    if (!snap_read_full(f->fd, a, r->size, r->file_offset))
        return snap_fail(err, n, SNAP_EIO, "cannot read region at %#llx", (unsigned long long)r->addr);
    if (mprotect(a, r->size, (int)r->prot) != 0)
        return snap_fail(err, n, SNAP_EIO, "cannot protect region at %#llx: %s", (unsigned long long)r->addr,
                         strerror(errno));
    return SNAP_OK;
}

static int map_regions(SnapFile *f, int mode, char *err, size_t n) {
    bool compressed = f->h.flags[0] & SNAP_F_COMPRESSED;
    for (uint32_t i = 0; i < f->h.n_regions[0]; i++) {
        SnapRegion *r = &f->regions[i];
        void *a = (void *)(uintptr_t)r->addr;
        if (r->flags & SNAP_RF_ZERO) {
            if (mprotect(a, r->size, (int)r->prot) != 0)
                return snap_fail(err, n, SNAP_EIO, "cannot commit %llu bytes at %p: %s", (unsigned long long)r->size, a,
                            strerror(errno));
            continue;
        }
        if (compressed || mode == SNAP_RESTORE_READ) {
            if (mprotect(a, r->size, PROT_READ | PROT_WRITE) != 0)
                return snap_fail(err, n, SNAP_EIO, "cannot commit %llu bytes at %p: %s", (unsigned long long)r->size, a,
                            strerror(errno));
            if (compressed) {
                int st = snap_region_read(f, r, a, err, n);
                if (st != SNAP_OK) return st;
            }
            continue;
        }
        if (mmap(a, r->size, (int)r->prot, MAP_FIXED | MAP_PRIVATE, f->fd, (off_t)r->file_offset) == a) continue;
        if ((r->prot & PROT_EXEC) && (errno == EPERM || errno == EACCES)) {
            int st = read_exec_region(f, r, err, n);
            if (st != SNAP_OK) return st;
            continue;
        }
        return snap_fail(err, n, SNAP_EIO, "cannot map region at %p: %s", a, strerror(errno));
    }
    if (!compressed && mode == SNAP_RESTORE_READ) {
        int st = read_regions(f, err, n);
        if (st != SNAP_OK) return st;
    }
    if (compressed || mode == SNAP_RESTORE_READ)
        for (uint32_t i = 0; i < f->h.n_regions[0]; i++) {
            SnapRegion *r = &f->regions[i];
            if (!(r->flags & SNAP_RF_ZERO) && r->prot != (PROT_READ | PROT_WRITE) &&
                mprotect((void *)(uintptr_t)r->addr, r->size, (int)r->prot) != 0)
                return snap_fail(err, n, SNAP_EIO, "cannot protect region at %#llx", (unsigned long long)r->addr);
        }
    return SNAP_OK;
}

int snap_restore(const char *path, const SnapRestoreOptions *o, char *err, size_t n) {
    SnapFile f;
    int st = snap_open(path, &f, true, err, n);
    if (st != SNAP_OK) return st;
    void *p = mmap((void *)RT_VM_BASE, RT_VM_SIZE, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (p != (void *)RT_VM_BASE) {
        if (p != MAP_FAILED) munmap(p, RT_VM_SIZE);
        snap_close(&f);
        return snap_fail(err, n, SNAP_EREFUSED, "address range %#llx-%#llx for VM space is already in use",
                    (unsigned long long)RT_VM_BASE, (unsigned long long)(RT_VM_BASE + RT_VM_SIZE));
    }
    int mode = o->mode == SNAP_RESTORE_AUTO ? SNAP_RESTORE_MMAP : o->mode;
    st = map_regions(&f, mode, err, n);
    if (st == SNAP_OK && o->verify_checksums)
        for (uint32_t i = 0; i < f.h.n_regions[0]; i++) {
            SnapRegion *r = &f.regions[i];
            if (r->flags & SNAP_RF_ZERO) continue;
            if (snap_crc32(0, (const void *)(uintptr_t)r->addr, r->size) != r->crc) {
                st = snap_fail(err, n, SNAP_EREFUSED, "checksum mismatch in %s region at %#llx (corrupted file)",
                          snap_region_name(r->kind), (unsigned long long)r->addr);
                break;
            }
        }
    if (st == SNAP_OK && (VM->magic != 0x454d424552564d31ull || VM->fn.kind != f.h.kind[0]))
        st = snap_fail(err, n, SNAP_EREFUSED, "the VM root struct is not valid (corrupted file)");
    snap_close(&f); /* the mappings keep the file's pages */
    if (st != SNAP_OK) munmap((void *)RT_VM_BASE, RT_VM_SIZE);
    return st;
}

void snap_after_restore(const char *boot_jar, size_t boot_jar_len) {
    Vm *vm = VM;
    vm->n_restores++;
    vm->start_nanos = rt_nanos();
    /* the Java clock continues from where the snapshot left it, whatever this machine's boot time */
    vm->nanos_offset = (int64_t)vm->nanos_at_snapshot - (int64_t)rt_nanos();
    jit_after_restore(); /* the runtime entry table, for this process's addresses (jit/jit.h) */
    ld_set_boot_archive((const uint8_t *)boot_jar, boot_jar_len);
    char err[256];
    if (vm->n_classpath && vm->classpath[0]) ld_set_classpath(vm->classpath[0]->text, err, sizeof err);
}
