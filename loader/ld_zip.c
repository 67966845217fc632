/* ld_zip.c — read-only jar/zip archives (ZIP APPNOTE 6.3), stored (method 0) and deflated (method 8) entries.
 *
 * An LdZip is process memory (malloc'd and, for files, an mmap of the archive): it is never referenced from
 * VM space, and a restored VM reopens its class path. All state of an open archive is owned by its LdZip;
 * there is no file-scope mutable state.
 *
 * The archive is untrusted. Invariants:
 *  - Every offset and size read from the archive is checked against the archive's length before use; sums
 *    are computed in 64 bits so they cannot wrap.
 *  - Allocations are bounded by the archive size (the entry index: at most one entry per 46 bytes of central
 *    directory) or by LD_ZIP_MAX_ENTRY (an entry's uncompressed size), never by a bare count.
 *  - Data preceding the archive (self-extracting stubs, shell-script launchers) is tolerated: offsets are
 *    shifted by the difference between where the central directory is and where the EOCD says it is.
 *  - Zip64 archives are refused with a message (class-path jars do not need them).
 */
#define _GNU_SOURCE
#include "ld_internal.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define LD_ZIP_MAX_ENTRY ((size_t)256 << 20)

#define SIG_LOCAL 0x04034b50u
#define SIG_CENTRAL 0x02014b50u
#define SIG_EOCD 0x06054b50u
#define SIG_EOCD64_LOC 0x07064b50u
#define EOCD_SIZE 22
#define CENTRAL_SIZE 46
#define LOCAL_SIZE 30

typedef struct ZipEntry {
    const char *name;      /* points into the central directory; not NUL-terminated */
    uint32_t name_len;
    uint32_t next;         /* hash chain: index + 1, 0 ends */
    uint16_t method, flags;
    uint32_t crc, csize, usize;
    uint64_t local_off;    /* already shifted by the archive's prefix length */
} ZipEntry;

struct LdZip {
    const uint8_t *data;
    size_t len;
    void *map;             /* mmap of the file (ld_zip_open), NULL for caller-owned memory */
    size_t map_len;
    uint64_t cd_start;     /* entries' data must end before the central directory */
    uint32_t n;
    ZipEntry *entries;
    uint32_t *buckets;     /* index + 1 of the first entry, 0 = empty */
    uint32_t mask;
};

__attribute__((format(printf, 3, 4))) static void zerr(char *err, size_t errlen, const char *fmt, ...) {
    if (!err || errlen == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static uint32_t name_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

/* Finds the End Of Central Directory record: the last signature whose comment length fits the file. */
static bool find_eocd(const uint8_t *d, size_t len, size_t *pos) {
    if (len < EOCD_SIZE) return false;
    size_t lo = len - EOCD_SIZE > 0xffff ? len - EOCD_SIZE - 0xffff : 0;
    for (size_t i = len - EOCD_SIZE + 1; i-- > lo;) {
        if (ld_le32(d + i) != SIG_EOCD) continue;
        size_t comment = ld_le16(d + i + 20);
        if (i + EOCD_SIZE + comment <= len) {
            *pos = i;
            return true;
        }
    }
    return false;
}

static bool build_index(LdZip *z, char *err, size_t errlen) {
    const uint8_t *d = z->data;
    size_t eocd;
    if (!find_eocd(d, z->len, &eocd)) {
        zerr(err, errlen, "not a zip archive (no end of central directory)");
        return false;
    }
    const uint8_t *e = d + eocd;
    uint32_t total = ld_le16(e + 10), cd_size = ld_le32(e + 12), cd_off = ld_le32(e + 16);
    if (ld_le16(e + 4) != 0 || ld_le16(e + 6) != 0) {
        zerr(err, errlen, "multi-disk zip archives are not supported");
        return false;
    }
    if (total == 0xffff || cd_size == 0xffffffffu || cd_off == 0xffffffffu ||
        (eocd >= 20 && ld_le32(d + eocd - 20) == SIG_EOCD64_LOC)) {
        zerr(err, errlen, "zip64 archives are not supported");
        return false;
    }
    if ((uint64_t)cd_size > eocd) {
        zerr(err, errlen, "corrupt zip archive: central directory size %u exceeds the archive", cd_size);
        return false;
    }
    /* The central directory ends where the EOCD starts; anything before the offset it claims is a prefix. */
    uint64_t cd_real = eocd - cd_size;
    if ((uint64_t)cd_off > cd_real) {
        zerr(err, errlen, "corrupt zip archive: central directory offset %u out of range", cd_off);
        return false;
    }
    uint64_t shift = cd_real - cd_off;
    z->cd_start = cd_real;
    uint32_t cap = cd_size / CENTRAL_SIZE;
    if (total > cap) {
        zerr(err, errlen, "corrupt zip archive: %u entries do not fit a %u-byte central directory", total, cd_size);
        return false;
    }
    z->entries = calloc(total ? total : 1, sizeof(ZipEntry));
    uint32_t nb = 16;
    while (nb < total * 2u) nb <<= 1;
    z->buckets = calloc(nb, sizeof(uint32_t));
    z->mask = nb - 1;
    if (!z->entries || !z->buckets) {
        zerr(err, errlen, "out of memory indexing zip archive");
        return false;
    }
    const uint8_t *p = d + cd_real, *end = d + eocd;
    for (uint32_t i = 0; i < total; i++) {
        if (end - p < CENTRAL_SIZE || ld_le32(p) != SIG_CENTRAL) {
            zerr(err, errlen, "corrupt zip archive: bad central directory entry %u", i);
            return false;
        }
        ZipEntry *en = &z->entries[i];
        en->flags = ld_le16(p + 8);
        en->method = ld_le16(p + 10);
        en->crc = ld_le32(p + 16);
        en->csize = ld_le32(p + 20);
        en->usize = ld_le32(p + 24);
        uint32_t nl = ld_le16(p + 28), xl = ld_le16(p + 30), cl = ld_le16(p + 32);
        uint64_t off = ld_le32(p + 42);
        if ((size_t)(end - p) < (size_t)CENTRAL_SIZE + nl + xl + cl) {
            zerr(err, errlen, "corrupt zip archive: central directory entry %u overruns the directory", i);
            return false;
        }
        if (en->csize == 0xffffffffu || en->usize == 0xffffffffu || off == 0xffffffffu) {
            zerr(err, errlen, "zip64 archives are not supported");
            return false;
        }
        en->name = (const char *)p + CENTRAL_SIZE;
        en->name_len = nl;
        en->local_off = off + shift;
        uint32_t b = name_hash(en->name, nl) & z->mask;
        en->next = z->buckets[b];
        z->buckets[b] = i + 1;
        p += CENTRAL_SIZE + nl + xl + cl;
    }
    z->n = total;
    return true;
}

LdZip *ld_zip_open_mem(const uint8_t *data, size_t len, char *err, size_t errlen) {
    if (err && errlen) err[0] = 0;
    LdZip *z = calloc(1, sizeof(LdZip));
    if (!z) {
        zerr(err, errlen, "out of memory");
        return NULL;
    }
    z->data = data;
    z->len = data ? len : 0;
    if (!build_index(z, err, errlen)) {
        ld_zip_close(z);
        return NULL;
    }
    return z;
}

LdZip *ld_zip_open(const char *path, char *err, size_t errlen) {
    if (err && errlen) err[0] = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        zerr(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        zerr(err, errlen, "%s: not a regular file", path);
        close(fd);
        return NULL;
    }
    size_t len = (size_t)st.st_size;
    if (len < EOCD_SIZE) {
        zerr(err, errlen, "%s: not a zip archive (too short)", path);
        close(fd);
        return NULL;
    }
    void *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd); /* the mapping stays valid; no descriptor is kept */
    if (map == MAP_FAILED) {
        zerr(err, errlen, "%s: cannot map: %s", path, strerror(errno));
        return NULL;
    }
    char sub[256];
    LdZip *z = ld_zip_open_mem(map, len, sub, sizeof sub);
    if (!z) {
        zerr(err, errlen, "%s: %s", path, sub);
        munmap(map, len);
        return NULL;
    }
    z->map = map;
    z->map_len = len;
    return z;
}

void ld_zip_close(LdZip *z) {
    if (!z) return;
    if (z->map) munmap(z->map, z->map_len);
    free(z->entries);
    free(z->buckets);
    free(z);
}

static ZipEntry *lookup(LdZip *z, const char *name) {
    size_t nl = strlen(name);
    for (uint32_t i = z->buckets[name_hash(name, nl) & z->mask]; i; i = z->entries[i - 1].next) {
        ZipEntry *e = &z->entries[i - 1];
        if (e->name_len == nl && memcmp(e->name, name, nl) == 0) return e;
    }
    return NULL;
}

static bool inflate_raw(const uint8_t *in, size_t in_len, uint8_t *out, size_t out_len) {
    z_stream s;
    memset(&s, 0, sizeof s);
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK) return false;
    s.next_in = (Bytef *)in;
    s.avail_in = (uInt)in_len;
    s.next_out = out;
    s.avail_out = (uInt)out_len;
    int rc = inflate(&s, Z_FINISH);
    bool ok = rc == Z_STREAM_END && s.total_out == out_len;
    inflateEnd(&s);
    return ok;
}

uint8_t *ld_zip_read(LdZip *z, const char *name, size_t *len, char *err, size_t errlen) {
    *len = 0;
    if (err && errlen) err[0] = 0;
    ZipEntry *e = lookup(z, name);
    if (!e) return NULL;
    if (e->flags & 1) {
        zerr(err, errlen, "%s: encrypted zip entries are not supported", name);
        return NULL;
    }
    if (e->method != 0 && e->method != 8) {
        zerr(err, errlen, "%s: unsupported compression method %u", name, e->method);
        return NULL;
    }
    if (e->usize > LD_ZIP_MAX_ENTRY || e->csize > LD_ZIP_MAX_ENTRY) {
        zerr(err, errlen, "%s: entry too large (%u bytes)", name, e->usize);
        return NULL;
    }
    if (e->method == 0 && e->csize != e->usize) {
        zerr(err, errlen, "%s: corrupt stored entry (sizes differ)", name);
        return NULL;
    }
    /* The local header repeats name and extra field with its own lengths; only those lengths are used. */
    if (e->local_off + LOCAL_SIZE > z->cd_start || ld_le32(z->data + e->local_off) != SIG_LOCAL) {
        zerr(err, errlen, "%s: corrupt zip entry (bad local header)", name);
        return NULL;
    }
    const uint8_t *lh = z->data + e->local_off;
    uint64_t data_off = e->local_off + LOCAL_SIZE + ld_le16(lh + 26) + ld_le16(lh + 28);
    if (data_off + e->csize > z->cd_start) {
        zerr(err, errlen, "%s: corrupt zip entry (data outside the archive)", name);
        return NULL;
    }
    uint8_t *out = malloc(e->usize ? e->usize : 1);
    if (!out) {
        zerr(err, errlen, "%s: out of memory", name);
        return NULL;
    }
    const uint8_t *in = z->data + data_off;
    if (e->method == 0) {
        memcpy(out, in, e->usize);
    } else if (!inflate_raw(in, e->csize, out, e->usize)) {
        zerr(err, errlen, "%s: corrupt compressed data", name);
        free(out);
        return NULL;
    }
    if ((uint32_t)crc32(0L, out, e->usize) != e->crc) {
        zerr(err, errlen, "%s: CRC mismatch", name);
        free(out);
        return NULL;
    }
    *len = e->usize;
    return out;
}

/* Number of entries and the name of entry i (tests and the fuzz target walk every entry). */
uint32_t ld_zip_count(LdZip *z) { return z->n; }

size_t ld_zip_name(LdZip *z, uint32_t i, char *buf, size_t buflen) {
    if (i >= z->n || buflen == 0) return 0;
    ZipEntry *e = &z->entries[i];
    size_t n = e->name_len < buflen - 1 ? e->name_len : buflen - 1;
    memcpy(buf, e->name, n);
    buf[n] = 0;
    return e->name_len;
}

/* ---- manifest ------------------------------------------------------------------------------------------- */

/* Finds `Main-Class` in the main section of a manifest (JAR File Specification): lines end in CR LF, LF or
 * CR; a line starting with one space continues the previous one; the main section ends at the first empty
 * line. Returns a malloc'd binary name with '.' separators, or NULL. */
char *ld_manifest_main_class(const uint8_t *mf, size_t len) {
    /* Unfold the main section into a buffer of logical lines separated by '\n'. */
    char *buf = malloc(len + 1);
    if (!buf) return NULL;
    size_t n = 0, i = 0;
    bool at_line_start = true;
    while (i < len) {
        uint8_t ch = mf[i];
        if (ch == '\r' || ch == '\n') {
            i += (ch == '\r' && i + 1 < len && mf[i + 1] == '\n') ? 2 : 1;
            if (at_line_start) break; /* empty line: end of the main section */
            if (i < len && mf[i] == ' ') {
                i++; /* continuation: drop the line break and the leading space */
                continue;
            }
            buf[n++] = '\n';
            at_line_start = true;
            continue;
        }
        buf[n++] = (char)ch;
        at_line_start = false;
        i++;
    }
    buf[n] = 0;
    char *result = NULL;
    for (char *line = buf; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = 0;
        if (strncasecmp(line, "Main-Class:", 11) == 0) {
            char *v = line + 11;
            while (*v == ' ' || *v == '\t') v++;
            size_t vl = strlen(v);
            while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\t')) vl--;
            if (vl) {
                result = malloc(vl + 1);
                if (result) {
                    for (size_t k = 0; k < vl; k++) result[k] = v[k] == '/' ? '.' : v[k];
                    result[vl] = 0;
                }
            }
            break;
        }
        line = nl ? nl + 1 : NULL;
    }
    free(buf);
    return result;
}

const char *ld_jar_main_class(const char *jar_path, char *err, size_t errlen) {
    char sub[256];
    LdZip *z = ld_zip_open(jar_path, sub, sizeof sub);
    if (!z) {
        zerr(err, errlen, "Invalid or corrupt jarfile %s", jar_path);
        return NULL;
    }
    size_t len;
    uint8_t *mf = ld_zip_read(z, "META-INF/MANIFEST.MF", &len, sub, sizeof sub);
    ld_zip_close(z);
    if (!mf) {
        if (sub[0]) zerr(err, errlen, "Invalid or corrupt jarfile %s", jar_path);
        else zerr(err, errlen, "no main manifest attribute, in %s", jar_path);
        return NULL;
    }
    char *main = ld_manifest_main_class(mf, len);
    free(mf);
    if (!main) zerr(err, errlen, "no main manifest attribute, in %s", jar_path);
    return main;
}
