/* Opening a snapshot file and validating everything the restore path relies on before it maps anything:
 * the file is untrusted input (fuzzed by tests/fuzz/fuzz_snapshot.c), so every field is checked against the
 * file's real size and VM space's bounds, and every failure is a one-line reason, never a crash. */
#define _GNU_SOURCE
#include "snap_format.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

_Static_assert(sizeof(SnapHeader) <= SNAP_PAGE, "snapshot header outgrew its page");
_Static_assert(sizeof(SnapHeader) ==
#define SNAP_HEADER(type, name, count, fmt, what) sizeof(type) * (count) +
#include "snap_header.def"
#undef SNAP_HEADER
                   0,
               "snapshot header fields must be laid out without padding (order them by alignment)");
_Static_assert(sizeof(SnapRegion) == 48, "region table entry layout");

int snap_fail(char *err, size_t n, int status, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, n, fmt, ap);
    va_end(ap);
    return status;
}

bool snap_read_full(int fd, void *buf, size_t n, uint64_t off) {
    uint8_t *b = buf;
    while (n) {
        ssize_t r = pread(fd, b, n, (off_t)off);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        b += r;
        n -= (size_t)r;
        off += (uint64_t)r;
    }
    return true;
}

bool snap_write_full(int fd, const void *buf, size_t n, uint64_t off) {
    const uint8_t *b = buf;
    while (n) {
        ssize_t w = pwrite(fd, b, n, (off_t)off);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return false;
        b += w;
        n -= (size_t)w;
        off += (uint64_t)w;
    }
    return true;
}

static bool terminated(const char *s, size_t n) { return memchr(s, 0, n) != NULL; }

static void hex(const uint8_t *b, size_t n, char *out) {
    for (size_t i = 0; i < n; i++) snprintf(out + 2 * i, 3, "%02x", b[i]);
    out[2 * n] = 0;
}

static const char *const cpu_names[] = {"sse2", "sse4.2", "popcnt", "avx", "avx2", "bmi1", "bmi2", "lzcnt"};

static int check_binary(const SnapHeader *h, char *err, size_t n) {
    uint8_t id[32];
    size_t len = snap_build_id(id);
    if (h->build_id_len[0] != len || memcmp(h->build_id, id, len) != 0) {
        char a[65], b[65];
        hex(h->build_id, h->build_id_len[0] > 32 ? 32 : h->build_id_len[0], a);
        hex(id, len, b);
        return snap_fail(err, n, SNAP_EREFUSED, "written by another ember build (build-id %s, this binary is %s)",
                    a[0] ? a : "none", b[0] ? b : "none");
    }
    if (h->layout_hash[0] != snap_layout_hash())
        return snap_fail(err, n, SNAP_EREFUSED, "VM struct layouts differ from this binary's (layout hash %016llx, "
                    "this binary %016llx)", (unsigned long long)h->layout_hash[0],
                    (unsigned long long)snap_layout_hash());
    if (h->vm_base[0] != RT_VM_BASE || h->vm_size[0] != RT_VM_SIZE)
        return snap_fail(err, n, SNAP_EREFUSED, "VM space at %#llx+%#llx, this binary uses %#llx+%#llx",
                    (unsigned long long)h->vm_base[0], (unsigned long long)h->vm_size[0],
                    (unsigned long long)RT_VM_BASE, (unsigned long long)RT_VM_SIZE);
    /* cpuid traps to the hypervisor in a VM (tens of microseconds): ask only when the snapshot needs more
     * than the x86-64 baseline */
    uint64_t beyond = h->cpu_features[0] & ~(uint64_t)SNAP_CPU_SSE2;
    uint64_t missing = beyond ? beyond & ~snap_cpu_features() : 0;
    if (missing) {
        char names[128] = "";
        for (unsigned i = 0; i < 64; i++)
            if (missing >> i & 1) {
                size_t l = strlen(names);
                snprintf(names + l, sizeof names - l, "%s%s", l ? " " : "",
                         i < sizeof cpu_names / sizeof *cpu_names ? cpu_names[i] : "unknown");
            }
        return snap_fail(err, n, SNAP_EREFUSED, "this CPU lacks features the snapshot relies on: %s", names);
    }
    return SNAP_OK;
}

static int check_regions(const SnapFile *f, char *err, size_t n) {
    const SnapHeader *h = &f->h;
    bool compressed = h->flags[0] & SNAP_F_COMPRESSED;
    uint64_t table_end = h->table_offset[0] + (uint64_t)h->n_regions[0] * sizeof(SnapRegion);
    uint64_t prev_addr_end = 0, prev_off_end = table_end, data = 0, stored = 0;
    bool seen_data = false;
    /* The restore path reads the Vm root struct (magic, function kind) and the VM writes it at once: it must
     * be committed read-write by one zero region, and its first page (the magic) must be stored. */
    const uint64_t root_end = RT_VM_BASE + sizeof(Vm);
    bool root_committed = false, root_stored = false;
    for (uint32_t i = 0; i < h->n_regions[0]; i++) {
        const SnapRegion *r = &f->regions[i];
        uint64_t end = r->addr + r->size;
        if (r->addr % SNAP_PAGE || r->size % SNAP_PAGE || r->size == 0 || end < r->addr ||
            r->addr < RT_VM_BASE || end > RT_VM_BASE + RT_VM_SIZE)
            return snap_fail(err, n, SNAP_EREFUSED, "region %u lies outside VM space or is not page-aligned", i);
        if (r->kind >= SNAP_R_COUNT || (r->flags & ~(SNAP_RF_ZERO | SNAP_RF_DEFLATE)))
            return snap_fail(err, n, SNAP_EREFUSED, "region %u has an unknown kind or flags", i);
        if (r->prot != PROT_READ && r->prot != (PROT_READ | PROT_WRITE) && r->prot != (PROT_READ | PROT_EXEC))
            return snap_fail(err, n, SNAP_EREFUSED, "region %u has protection %#x (only r, rw and rx are allowed)", i,
                        r->prot);
        if ((r->prot & PROT_EXEC) && (r->addr < RT_CODE_BASE || end > RT_CODE_BASE + RT_CODE_SIZE))
            return snap_fail(err, n, SNAP_EREFUSED, "region %u is executable outside the code cache", i);
        if (r->addr < root_end && end > RT_VM_BASE && r->prot != (PROT_READ | PROT_WRITE))
            return snap_fail(err, n, SNAP_EREFUSED, "region %u maps the VM root struct without write access", i);
        if (r->flags & SNAP_RF_ZERO) {
            if (seen_data || r->stored_size || r->file_offset || (r->flags & SNAP_RF_DEFLATE))
                return snap_fail(err, n, SNAP_EREFUSED, "zero region %u is malformed", i);
            root_committed |= r->addr <= RT_VM_BASE && end >= root_end;
            continue;
        }
        seen_data = true;
        root_stored |= r->addr == RT_VM_BASE;
        if (r->addr < prev_addr_end)
            return snap_fail(err, n, SNAP_EREFUSED, "region %u overlaps the one before it", i);
        if (compressed != !!(r->flags & SNAP_RF_DEFLATE))
            return snap_fail(err, n, SNAP_EREFUSED, "region %u: compression flag disagrees with the header", i);
        if (compressed ? (r->stored_size == 0 || r->size > SNAP_MAX_DATA_REGION ||
                          r->stored_size > r->size + r->size / 8 + 4096)
                       : (r->stored_size != r->size || r->file_offset % SNAP_PAGE))
            return snap_fail(err, n, SNAP_EREFUSED, "region %u has an impossible stored size or offset", i);
        if (r->file_offset < prev_off_end || r->file_offset + r->stored_size < r->file_offset ||
            r->file_offset + r->stored_size > h->file_size[0])
            return snap_fail(err, n, SNAP_EREFUSED, "region %u lies outside the file's data", i);
        prev_addr_end = end;
        prev_off_end = r->file_offset + r->stored_size;
        data += r->size;
        stored += r->stored_size;
    }
    if (data != h->data_bytes[0] || stored != h->stored_bytes[0])
        return snap_fail(err, n, SNAP_EREFUSED, "region sizes disagree with the header");
    if (!root_committed || !root_stored)
        return snap_fail(err, n, SNAP_EREFUSED, "the region table does not hold the VM root struct");
    return SNAP_OK;
}

int snap_open(const char *path, SnapFile *f, bool binary, char *err, size_t n) {
    memset(f, 0, sizeof *f);
    f->fd = open(path, O_RDONLY | O_CLOEXEC);
    if (f->fd < 0) return snap_fail(err, n, SNAP_EREFUSED, "cannot open %s: %s", path, strerror(errno));
    struct stat st;
    int st_ok = fstat(f->fd, &st);
    if (st_ok != 0 || !S_ISREG(st.st_mode)) {
        snap_close(f);
        return snap_fail(err, n, SNAP_EREFUSED, "%s is not a regular file", path);
    }
    f->size = (uint64_t)st.st_size;
    SnapHeader *h = &f->h;
    int status;
    if (f->size < SNAP_PAGE || !snap_read_full(f->fd, h, sizeof *h, 0)) {
        status = snap_fail(err, n, SNAP_EREFUSED, "truncated: %llu bytes, not even a header",
                      (unsigned long long)f->size);
        goto bad;
    }
    if (memcmp(h->magic, SNAP_MAGIC, 8) != 0) {
        status = snap_fail(err, n, SNAP_EREFUSED, "not an ember snapshot (bad magic)");
        goto bad;
    }
    if (h->version[0] != SNAP_FORMAT_VERSION) {
        status = snap_fail(err, n, SNAP_EREFUSED, "snapshot format version %u, this ember reads version %u",
                      h->version[0], SNAP_FORMAT_VERSION);
        goto bad;
    }
    if (h->file_size[0] != f->size) {
        status = snap_fail(err, n, SNAP_EREFUSED, "%s: %llu bytes, the header says %llu",
                      f->size < h->file_size[0] ? "truncated" : "file size is wrong",
                      (unsigned long long)f->size, (unsigned long long)h->file_size[0]);
        goto bad;
    }
    if (h->header_size[0] != SNAP_PAGE || h->table_offset[0] != SNAP_PAGE || h->n_regions[0] > SNAP_MAX_REGIONS ||
        SNAP_PAGE + (uint64_t)h->n_regions[0] * sizeof(SnapRegion) > f->size) {
        status = snap_fail(err, n, SNAP_EREFUSED, "corrupted header (region table out of bounds)");
        goto bad;
    }
    size_t tbytes = (size_t)h->n_regions[0] * sizeof(SnapRegion);
    f->regions = malloc(tbytes ? tbytes : 1);
    if (!f->regions || !snap_read_full(f->fd, f->regions, tbytes, SNAP_PAGE)) {
        status = snap_fail(err, n, SNAP_EIO, "cannot read the region table");
        goto bad;
    }
    /* the CRC covers the whole header page (the bytes after the fields must stay zero) */
    uint8_t page[SNAP_PAGE];
    if (!snap_read_full(f->fd, page, SNAP_PAGE, 0)) {
        status = snap_fail(err, n, SNAP_EIO, "cannot read the header");
        goto bad;
    }
    memset(page + offsetof(SnapHeader, header_crc), 0, sizeof h->header_crc);
    uint32_t crc = snap_crc32(0, page, SNAP_PAGE);
    crc = snap_crc32(crc, f->regions, tbytes);
    if (crc != h->header_crc[0]) {
        status = snap_fail(err, n, SNAP_EREFUSED, "header or region table checksum mismatch (corrupted file)");
        goto bad;
    }
    if (!terminated(h->handler, sizeof h->handler) || !terminated(h->options, sizeof h->options) ||
        !terminated(h->ember_version, sizeof h->ember_version) || h->build_id_len[0] > 32 ||
        (h->flags[0] & ~SNAP_F_COMPRESSED) || h->kind[0] < RT_FN_STATIC || h->kind[0] > RT_FN_MAIN) {
        status = snap_fail(err, n, SNAP_EREFUSED, "corrupted header");
        goto bad;
    }
    if ((status = check_regions(f, err, n)) != SNAP_OK) goto bad;
    if (binary && (status = check_binary(h, err, n)) != SNAP_OK) goto bad;
    return SNAP_OK;
bad:
    snap_close(f);
    return status;
}

void snap_close(SnapFile *f) {
    if (f->fd >= 0) close(f->fd);
    free(f->regions);
    f->regions = NULL;
    f->fd = -1;
}

int snap_region_read(SnapFile *f, const SnapRegion *r, void *dst, char *err, size_t n) {
    if (!(r->flags & SNAP_RF_DEFLATE)) {
        if (!snap_read_full(f->fd, dst, r->size, r->file_offset))
            return snap_fail(err, n, SNAP_EIO, "cannot read region at %#llx", (unsigned long long)r->addr);
        return SNAP_OK;
    }
    uint8_t *src = malloc(r->stored_size);
    if (!src) return snap_fail(err, n, SNAP_EIO, "out of memory");
    if (!snap_read_full(f->fd, src, r->stored_size, r->file_offset)) {
        free(src);
        return snap_fail(err, n, SNAP_EIO, "cannot read region at %#llx", (unsigned long long)r->addr);
    }
    z_stream z = {0};
    int st = SNAP_OK;
    if (inflateInit(&z) != Z_OK) {
        free(src);
        return snap_fail(err, n, SNAP_EIO, "zlib cannot start");
    }
    z.next_in = src;
    z.avail_in = (uInt)r->stored_size;
    z.next_out = dst;
    z.avail_out = (uInt)r->size;
    int zr = inflate(&z, Z_FINISH);
    if (zr != Z_STREAM_END || z.total_out != r->size || z.avail_in != 0)
        st = snap_fail(err, n, SNAP_EREFUSED, "region at %#llx does not decompress to its size (corrupted file)",
                  (unsigned long long)r->addr);
    inflateEnd(&z);
    free(src);
    return st;
}

int snap_region_crc(SnapFile *f, const SnapRegion *r, uint32_t *crc, char *err, size_t n) {
    uint8_t *buf = mmap(NULL, r->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (buf == MAP_FAILED) return snap_fail(err, n, SNAP_EIO, "out of memory");
    int st = snap_region_read(f, r, buf, err, n);
    if (st == SNAP_OK) *crc = snap_crc32(0, buf, r->size);
    munmap(buf, r->size);
    return st;
}

/* Files appear atomically: written to a temporary name in the target's directory, fsync'd, renamed over the
 * target, and the directory fsync'd. A failure removes the temporary file, so nothing is left behind. */
int snap_atomic_create(const char *path, char **tmp, char *err, size_t n) {
    size_t tl = strlen(path) + 32;
    char *d1 = strdup(path), *d2 = strdup(path);
    *tmp = malloc(tl);
    snprintf(*tmp, tl, "%s/.%s.tmp%d", dirname(d1), basename(d2), (int)getpid());
    free(d1);
    free(d2);
    int fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) snap_fail(err, n, SNAP_EIO, "cannot create %s: %s", *tmp, strerror(errno));
    return fd;
}

int snap_atomic_finish(int fd, char *tmp, const char *path, int status, char *err, size_t n) {
    if (status == SNAP_OK && fsync(fd) != 0) status = snap_fail(err, n, SNAP_EIO, "cannot write %s: %s", tmp, strerror(errno));
    if (close(fd) != 0 && status == SNAP_OK) status = snap_fail(err, n, SNAP_EIO, "cannot write %s: %s", tmp, strerror(errno));
    if (status == SNAP_OK && rename(tmp, path) != 0)
        status = snap_fail(err, n, SNAP_EIO, "cannot rename %s to %s: %s", tmp, path, strerror(errno));
    if (status == SNAP_OK) {
        char *d = strdup(path);
        int dfd = open(dirname(d), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
        free(d);
    } else {
        unlink(tmp);
    }
    free(tmp);
    return status;
}
