/* fuzz_snapshot — libFuzzer target for the snapshot file parser (snapshot/snap_file.c): snap_open's header and
 * region-table validation, with and without the binary checks (build-id, layout hash, VM space, CPU
 * features), and the read path of `ember verify` (snap_region_crc: every data region read, inflated when
 * compressed, and checksummed). VM space is never mapped: nothing here calls snap_restore. (snap_inspect is
 * not linked: it restores the VM to walk its heap, which needs the whole runtime.)
 *
 * The input is written to a memfd and opened through /proc/self/fd, as a file on disk would be.
 *
 * Fill-ins. A mutated input almost never keeps a valid CRC, and never carries this fuzzer's build-id, so the
 * fuzzer would only ever reach the checksum and build-id tests. So, before the file is written: a zero
 * build_id_len is replaced by this binary's build-id, a zero layout_hash by this binary's, and then a zero
 * header_crc by the right CRC (the seeds of tests/fuzz/snapshot_seeds.py have those fields zero). Any other
 * value is used as it is, so those tests are fuzzed too.
 *
 * After a successful open, the target checks independently what the restore path relies on (every region
 * page-aligned inside VM space, data regions inside the file past the table, sizes summing to the header's)
 * and aborts when snap_open accepted a file that breaks it. */
#define _GNU_SOURCE
#include "../../snapshot/snap_format.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define HDR_CRC_OFF offsetof(SnapHeader, header_crc)

static void check(bool ok) {
    if (!ok) abort();
}

/* The CRC snap_open expects, or false when the table cannot be in the file (then snap_open refuses before
 * looking at the CRC). */
static bool header_crc(uint8_t *b, size_t size, uint32_t *crc) {
    SnapHeader h;
    memcpy(&h, b, sizeof h);
    uint64_t tbytes = (uint64_t)h.n_regions[0] * sizeof(SnapRegion);
    if (size < SNAP_PAGE || SNAP_PAGE + tbytes > size) return false;
    uint32_t saved;
    memcpy(&saved, b + HDR_CRC_OFF, 4);
    memset(b + HDR_CRC_OFF, 0, 4);
    *crc = snap_crc32(snap_crc32(0, b, SNAP_PAGE), b + SNAP_PAGE, (size_t)tbytes);
    memcpy(b + HDR_CRC_OFF, &saved, 4);
    return true;
}

static bool write_all(int fd, const uint8_t *p, size_t n) {
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

/* What snap_open promises about a file it accepted. */
static void check_accepted(const SnapFile *f) {
    const SnapHeader *h = &f->h;
    check(h->header_size[0] == SNAP_PAGE && h->table_offset[0] == SNAP_PAGE && h->file_size[0] == f->size);
    check(h->n_regions[0] <= SNAP_MAX_REGIONS);
    uint64_t table_end = SNAP_PAGE + (uint64_t)h->n_regions[0] * sizeof(SnapRegion);
    check(table_end <= f->size);
    check(memchr(h->handler, 0, sizeof h->handler) && memchr(h->options, 0, sizeof h->options) &&
          memchr(h->ember_version, 0, sizeof h->ember_version));
    uint64_t data = 0, stored = 0, prev_end = 0;
    bool root_stored = false;
    for (uint32_t i = 0; i < h->n_regions[0]; i++) {
        const SnapRegion *r = &f->regions[i];
        check(r->size > 0 && r->addr % SNAP_PAGE == 0 && r->size % SNAP_PAGE == 0);
        check(r->addr >= RT_VM_BASE && r->size <= RT_VM_SIZE && r->addr - RT_VM_BASE <= RT_VM_SIZE - r->size);
        check(r->prot & PROT_READ);
        if (r->flags & SNAP_RF_ZERO) continue;
        check(r->addr >= prev_end);
        prev_end = r->addr + r->size;
        root_stored |= r->addr == RT_VM_BASE;
        check(r->file_offset >= table_end && r->stored_size <= f->size && r->file_offset <= f->size - r->stored_size);
        if (r->flags & SNAP_RF_DEFLATE) check(r->size <= SNAP_MAX_DATA_REGION && r->stored_size > 0);
        else check(r->stored_size == r->size && r->file_offset % SNAP_PAGE == 0);
        data += r->size;
        stored += r->stored_size;
    }
    check(data == h->data_bytes[0] && stored == h->stored_bytes[0]);
    check(root_stored);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint8_t *b = malloc(size ? size : 1);
    if (!b) return 0;
    memcpy(b, data, size);
    if (size >= SNAP_PAGE) {
        SnapHeader h;
        memcpy(&h, b, sizeof h);
        if (h.build_id_len[0] == 0) {
            uint8_t id[32];
            uint32_t len = (uint32_t)snap_build_id(id);
            memcpy(b + offsetof(SnapHeader, build_id), id, sizeof id);
            memcpy(b + offsetof(SnapHeader, build_id_len), &len, 4);
        }
        if (h.layout_hash[0] == 0) {
            uint64_t lh = snap_layout_hash();
            memcpy(b + offsetof(SnapHeader, layout_hash), &lh, 8);
        }
        uint32_t crc;
        if (h.header_crc[0] == 0 && header_crc(b, size, &crc)) memcpy(b + HDR_CRC_OFF, &crc, 4);
    }
    int fd = memfd_create("fuzz_snapshot", MFD_CLOEXEC);
    if (fd < 0 || !write_all(fd, b, size)) abort();
    free(b);
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);

    char err[512];
    SnapFile f;
    memset(err, 0x55, sizeof err);
    int st = snap_open(path, &f, false, err, sizeof err);
    if (st != SNAP_OK) {
        check(st == SNAP_EREFUSED || st == SNAP_EIO);
        check(memchr(err, 0, sizeof err) && err[0] && !strchr(err, '\n')); /* one line, terminated */
        close(fd);
        return 0;
    }
    check(f.fd >= 0 && (f.regions || f.h.n_regions[0] == 0));
    check_accepted(&f);

    /* the binary checks compare only; they never map anything */
    SnapFile g;
    if (snap_open(path, &g, true, err, sizeof err) == SNAP_OK) snap_close(&g);
    else check(memchr(err, 0, sizeof err) && err[0]);

    /* ember verify's read path: every data region read (inflated) and checksummed */
    for (uint32_t i = 0; i < f.h.n_regions[0]; i++) {
        const SnapRegion *r = &f.regions[i];
        snap_region_name(r->kind);
        if (r->flags & SNAP_RF_ZERO) continue;
        uint32_t c = 0;
        if (snap_region_crc(&f, r, &c, err, sizeof err) != SNAP_OK) check(memchr(err, 0, sizeof err) && err[0]);
    }
    snap_kind_name(f.h.kind[0]);
    snap_close(&f);
    close(fd);
    return 0;
}
