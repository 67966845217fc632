/* snap_format.h — internal to snapshot/: the on-disk structures and the validated view of an open file. */
#ifndef EMBER_SNAP_FORMAT_H
#define EMBER_SNAP_FORMAT_H

#include "snap.h"

#define SNAP_MAGIC "EMBERSNP"
#define SNAP_FORMAT_VERSION 1u
#define SNAP_PAGE 4096u
#define SNAP_MAX_REGIONS 65536u
#define SNAP_MAX_DATA_REGION ((uint64_t)64 << 20)   /* the writer splits longer data runs (zlib's uInt sizes) */

enum { SNAP_F_COMPRESSED = 1u };

/* CPU features a snapshot can rely on (cpuid bits, our numbering). The interpreter and runtime need only the
 * x86-64 baseline; the JIT will add the features its code uses. */
enum {
    SNAP_CPU_SSE2 = 1u << 0,
    SNAP_CPU_SSE42 = 1u << 1,
    SNAP_CPU_POPCNT = 1u << 2,
    SNAP_CPU_AVX = 1u << 3,
    SNAP_CPU_AVX2 = 1u << 4,
    SNAP_CPU_BMI1 = 1u << 5,
    SNAP_CPU_BMI2 = 1u << 6,
    SNAP_CPU_LZCNT = 1u << 7,
};
#define SNAP_CPU_REQUIRED SNAP_CPU_SSE2

typedef struct SnapHeader {
#define SNAP_HEADER(type, name, count, fmt, what) type name[count];
#include "snap_header.def"
#undef SNAP_HEADER
} SnapHeader;

enum {
#define SNAP_REGION(id, name, what) SNAP_R_##id,
#include "snap_regions.def"
#undef SNAP_REGION
    SNAP_R_COUNT
};

enum { SNAP_RF_ZERO = 1u, SNAP_RF_DEFLATE = 2u };

/* One range of VM space. ZERO regions are only committed (prot applied to fresh anonymous memory) and come
 * first in the table; data regions follow in address order and may lie inside a ZERO region, never overlap
 * each other. `crc` covers the uncompressed bytes of a data region. */
typedef struct SnapRegion {
    uint64_t addr, size;
    uint64_t file_offset, stored_size;
    uint32_t prot, kind, crc, flags;
} SnapRegion;

/* An open, validated snapshot file. */
typedef struct SnapFile {
    int fd;
    uint64_t size;
    SnapHeader h;
    SnapRegion *regions;   /* malloc'd, h.n_regions[0] of them */
} SnapFile;

/* Opens and validates `path`: header CRC, magic, version, region table bounds and order, and (when
 * `check_binary`) this binary's build-id, layout hash and CPU features. SNAP_OK, or a status and a reason. */
int snap_open(const char *path, SnapFile *f, bool check_binary, char *err, size_t errlen);
void snap_close(SnapFile *f);
/* CRC of a data region's contents, read from the file (inflated when compressed). */
int snap_region_crc(SnapFile *f, const SnapRegion *r, uint32_t *crc, char *err, size_t errlen);
/* Reads a data region's bytes into `dst` (region size bytes), inflating when compressed. */
int snap_region_read(SnapFile *f, const SnapRegion *r, void *dst, char *err, size_t errlen);

/* Fingerprints of this binary (snap_fingerprint.c). */
size_t snap_build_id(uint8_t out[32]);
uint64_t snap_layout_hash(void);
uint64_t snap_cpu_features(void);
const char *snap_kind_name(uint32_t kind);
const char *snap_region_name(uint32_t kind);

uint32_t snap_crc32(uint32_t crc, const void *p, size_t n);

/* snap_file.c: a one-line reason into err, returning status; whole reads and writes at an offset (EINTR
 * and short transfers retried; false on error or end of file). */
int snap_fail(char *err, size_t errlen, int status, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
bool snap_read_full(int fd, void *buf, size_t n, uint64_t off);
bool snap_write_full(int fd, const void *buf, size_t n, uint64_t off);

/* Atomic file creation: create returns an fd for a temporary file (*tmp, malloc'd) or -1 with err set;
 * finish fsyncs, closes and renames it over `path` when status is SNAP_OK, else removes it; frees *tmp. */
int snap_atomic_create(const char *path, char **tmp, char *err, size_t errlen);
int snap_atomic_finish(int fd, char *tmp, const char *path, int status, char *err, size_t errlen);

#endif
