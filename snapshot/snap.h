/* snap.h — the snapshot folder's public header: writing the VM space to a file at a quiescent point, and
 * restoring it in a fresh process by mapping the file's regions back at their recorded addresses.
 *
 * File layout (see snap_format.h): one header page (fields in snap_header.def), the region table, then the
 * regions, each page-aligned in the mappable form. A region is a range of VM space: either bytes stored in
 * the file (mapped MAP_FIXED|MAP_PRIVATE, or read eagerly, or inflated when compressed) or memory that only
 * has to be committed (it is all zero: the Java stack, the empty young generation, the zero pages between
 * data). No pointer is ever fixed up: VM space sits at the same address in every process.
 *
 * Failures never crash: every entry point returns a status and a one-line reason. */
#ifndef EMBER_SNAP_H
#define EMBER_SNAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../runtime/rt.h"

enum { SNAP_OK = 0, SNAP_EIO = 1, SNAP_EREFUSED = 2 };

/* ---- writing -------------------------------------------------------------------------------------------- */
typedef struct SnapWriteOptions {
    const char *path;        /* the file appears here atomically (temporary file, fsync, rename) */
    const char *handler;     /* binary name of the function's class, recorded in the header */
    const char *options;     /* the creation options, recorded in the header */
    bool compress;           /* zlib-compress the regions (not mappable; `ember unpack` converts) */
} SnapWriteOptions;

/* Writes the VM space. Preconditions (the quiescent point, ARCHITECTURE invariant 5): one Java thread with no
 * Java frames, no pending exception and no native handles, just after a full compacting collection that left
 * the young generation empty (snap_prepare does that). Returns SNAP_OK, or SNAP_EIO with `err` set and no file
 * left behind. */
int snap_prepare(Thread *t, char *err, size_t errlen);
int snap_write(const SnapWriteOptions *o, char *err, size_t errlen);

/* ---- restoring ------------------------------------------------------------------------------------------ */
enum { SNAP_RESTORE_AUTO, SNAP_RESTORE_MMAP, SNAP_RESTORE_READ };

typedef struct SnapRestoreOptions {
    int mode;                /* AUTO: mmap, or an eager read for small snapshots (see snap_restore.c) */
    bool verify_checksums;   /* also check every region's CRC (touches every page) */
} SnapRestoreOptions;

/* Validates the file (header, binary fingerprint, layout hash, CPU features, region table) and maps VM space
 * from it. On success the VM space is live and process state still has to be rebuilt (snap_after_restore).
 * Returns SNAP_OK, or SNAP_EREFUSED / SNAP_EIO with a one-line reason; then nothing is mapped. */
int snap_restore(const char *path, const SnapRestoreOptions *o, char *err, size_t errlen);
/* Rebuilds the process-only state that VM space does not hold (clocks, class path archives, the heap's
 * knowledge of fresh memory, the C stack bounds). Call on the thread that will run Java code. */
void snap_after_restore(const char *boot_jar, size_t boot_jar_len);

/* ---- tools ---------------------------------------------------------------------------------------------- */
int snap_inspect(const char *path, bool json, FILE *out, char *err, size_t errlen);
int snap_verify(const char *path, FILE *out, char *err, size_t errlen);     /* SNAP_OK or SNAP_EREFUSED */
int snap_unpack(const char *in, const char *out, char *err, size_t errlen);
/* unpack (compress false) or the opposite: the same snapshot with zlib-compressed regions */
int snap_convert(const char *in, const char *out, bool compress, char *err, size_t errlen);

/* What a snapshot says about itself (no compatibility check with this binary). */
typedef struct SnapInfo {
    char handler[512];
    char options[2048];
    uint32_t kind;          /* RT_FN_* */
    bool compressed;
    uint64_t file_size;
} SnapInfo;
int snap_describe(const char *path, SnapInfo *info, char *err, size_t errlen);

/* The ELF build-id of the running binary as hex (empty when the binary has none). */
const char *snap_build_id_hex(char *buf, size_t n);

#endif
