/* `ember inspect`, `ember verify` and `ember unpack`: reading a snapshot without running it. */
#define _GNU_SOURCE
#include "snap_format.h"

#include "../gc/gc.h"
#include "../jit/jit.h"
#include "../loader/ld.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

static void json_str(FILE *out, const char *s) {
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') fprintf(out, "\\%c", *p);
        else if (*p < 0x20) fprintf(out, "\\u%04x", *p);
        else fputc(*p, out);
    }
    fputc('"', out);
}

static void hex(const uint8_t *b, size_t n, char *out) {
    for (size_t i = 0; i < n; i++) snprintf(out + 2 * i, 3, "%02x", b[i]);
    out[2 * n] = 0;
}

/* One header field, as text or as a JSON value. */
static void field_text(FILE *out, const SnapHeader *h, char fmt, const void *p, size_t size, bool json) {
    char buf[80];
    switch (fmt) {
    case 's': {
        char *s = strndup(p, size);
        if (json) json_str(out, s);
        else fputs(s, out);
        free(s);
        return;
    }
    case 'x': {
        size_t len = h->build_id_len[0] <= 32 ? h->build_id_len[0] : 32;
        hex(p, len < size ? len : size, buf);
        if (json) json_str(out, buf);
        else fputs(buf, out);
        return;
    }
    case 'k':
        if (json) json_str(out, snap_kind_name(*(const uint32_t *)p));
        else fputs(snap_kind_name(*(const uint32_t *)p), out);
        return;
    }
    uint64_t v = size == 4 ? *(const uint32_t *)p : *(const uint64_t *)p;
    if (fmt == 'h' && !json) fprintf(out, "0x%llx", (unsigned long long)v);
    else fprintf(out, "%llu", (unsigned long long)v);
}

typedef struct ClassBytes {
    Class *c;
    uint64_t bytes, count;
} ClassBytes;

static int by_bytes(const void *a, const void *b) {
    const ClassBytes *x = a, *y = b;
    return x->bytes < y->bytes ? 1 : x->bytes > y->bytes ? -1 : 0;
}

/* Walks the restored VM: class and method counts, the old generation's bytes per class. */
typedef struct VmStats {
    uint32_t classes, methods, interned;
    uint64_t objects, heap_bytes, meta_bytes;
    ClassBytes *top;
    uint32_t n_top;
    JitCacheStats code;
} VmStats;

static void vm_stats(VmStats *s) {
    Vm *vm = VM;
    memset(s, 0, sizeof *s);
    uint32_t cap = 1;
    for (Class *c = vm->classes; c; c = c->next) {
        s->classes += c->kind != CK_PRIMITIVE; /* as the header's n_classes: the nine primitive types not counted */
        s->methods += c->n_methods;
        cap++;
    }
    s->interned = vm->intern_count;
    s->meta_bytes = (uint64_t)(vm->meta_top - vm->meta_base);
    /* an open-addressed table keyed by Class* */
    uint32_t tcap = 16;
    while (tcap < cap * 2) tcap <<= 1;
    ClassBytes *tab = calloc(tcap, sizeof *tab);
    for (uint8_t *p = vm->heap.old.base; p < vm->heap.old.top;) {
        Object *o = (Object *)p;
        size_t sz = gc_object_size(o);
        if (sz == 0) break;
        uint32_t i = (uint32_t)(((uintptr_t)o->klass >> 3) * 2654435761u) & (tcap - 1);
        while (tab[i].c && tab[i].c != o->klass) i = (i + 1) & (tcap - 1);
        tab[i].c = o->klass;
        tab[i].bytes += sz;
        tab[i].count++;
        s->objects++;
        s->heap_bytes += sz;
        p += sz;
    }
    uint32_t k = 0;
    for (uint32_t i = 0; i < tcap; i++)
        if (tab[i].c) tab[k++] = tab[i];
    qsort(tab, k, sizeof *tab, by_bytes);
    s->top = tab;
    s->n_top = k < 10 ? k : 10;
    jit_codecache_stats(&s->code);
}

/* The compiled methods of the restored code cache, one line each, by tier. */
static void list_compiled(FILE *out) {
    for (int tier = 1; tier <= JIT_MAX_TIER; tier++)
        for (JitBlob *b = jit_blob_first(); b; b = jit_blob_next(b)) {
            if (b->kind != JIT_BLOB_NMETHOD || b->tier != tier || !b->method) continue;
            char cls[512];
            ld_java_name(b->method->owner->name->text, cls, sizeof cls);
            fprintf(out, "  tier %d %s%s::%s (%u bytes of code)", tier, b->osr_bci >= 0 ? "%" : " ", cls,
                    b->method->name->text, b->code_size);
            if (b->osr_bci >= 0) fprintf(out, " @ %d", b->osr_bci);
            fputc('\n', out);
        }
}

static void java_name(const Class *c, char *buf, size_t n) {
    const char *s = c->name->text;
    if (s[0] == '[') { /* [I -> int[], [Ljava/lang/String; -> java.lang.String[] */
        int dims = 0;
        while (s[dims] == '[') dims++;
        const char *e = s + dims;
        const char *prim = NULL;
        switch (*e) {
        case 'Z': prim = "boolean"; break;
        case 'B': prim = "byte"; break;
        case 'C': prim = "char"; break;
        case 'S': prim = "short"; break;
        case 'I': prim = "int"; break;
        case 'J': prim = "long"; break;
        case 'F': prim = "float"; break;
        case 'D': prim = "double"; break;
        }
        size_t l;
        if (prim) l = (size_t)snprintf(buf, n, "%s", prim);
        else l = (size_t)snprintf(buf, n, "%.*s", (int)strlen(e + 1) - 1, e + 1);
        for (int d = 0; d < dims && l + 2 < n; d++, l += 2) memcpy(buf + l, "[]", 3);
    } else {
        snprintf(buf, n, "%s", s);
    }
    for (char *p = buf; *p; p++)
        if (*p == '/') *p = '.';
}

int snap_inspect(const char *path, bool json, FILE *out, char *err, size_t n) {
    SnapFile f;
    int st = snap_open(path, &f, false, err, n);
    if (st != SNAP_OK) return st;
    char reason[512] = "";
    SnapFile g;
    bool compatible = snap_open(path, &g, true, reason, sizeof reason) == SNAP_OK;
    if (compatible) snap_close(&g);
    char self[80];
    snap_build_id_hex(self, sizeof self);
    const SnapHeader *h = &f.h;

    /* the VM itself, when this binary can restore it */
    VmStats vs = {0};
    bool have_vm = false;
    if (compatible) {
        SnapRestoreOptions ro = {SNAP_RESTORE_MMAP, false};
        char rerr[256];
        if (snap_restore(path, &ro, rerr, sizeof rerr) == SNAP_OK) {
            vm_stats(&vs);
            have_vm = true;
        }
    }

    if (json) {
        fputs("{\n  \"file\": ", out);
        json_str(out, path);
        fputs(",\n  \"header\": {", out);
        const char *sep = "\n";
#define SNAP_HEADER(type, name, count, fmt, what)                                                              \
    fprintf(out, "%s    \"" #name "\": ", sep);                                                                  \
    field_text(out, h, #fmt[0], h->name, sizeof(type) * (count), true);                                        \
    sep = ",\n";
#include "snap_header.def"
#undef SNAP_HEADER
        fputs("\n  },\n  \"this_binary\": {\"build_id\": ", out);
        json_str(out, self);
        fprintf(out, ", \"compatible\": %s, \"reason\": ", compatible ? "true" : "false");
        json_str(out, reason);
        fputs("},\n  \"regions\": [", out);
        for (uint32_t i = 0; i < h->n_regions[0]; i++) {
            const SnapRegion *r = &f.regions[i];
            fprintf(out, "%s\n    {\"kind\": \"%s\", \"address\": \"0x%llx\", \"size\": %llu, \"zero\": %s, "
                         "\"file_offset\": %llu, \"stored_size\": %llu, \"prot\": \"%s%s%s\", \"crc32\": \"%08x\"}",
                    i ? "," : "", snap_region_name(r->kind), (unsigned long long)r->addr, (unsigned long long)r->size,
                    (r->flags & SNAP_RF_ZERO) ? "true" : "false", (unsigned long long)r->file_offset,
                    (unsigned long long)r->stored_size, (r->prot & PROT_READ) ? "r" : "-",
                    (r->prot & PROT_WRITE) ? "w" : "-", (r->prot & PROT_EXEC) ? "x" : "-", r->crc);
        }
        fputs("\n  ]", out);
        if (have_vm) {
            fprintf(out, ",\n  \"vm\": {\"classes\": %u, \"methods\": %u, \"interned_strings\": %u, "
                         "\"metaspace_bytes\": %llu, \"heap_objects\": %llu, \"heap_bytes\": %llu, "
                         "\"compiled_methods\": {\"tier1\": %u, \"tier2\": %u, \"tier3\": %u, \"tier4\": %u, "
                         "\"osr\": %u}, \"code_cache\": {\"blobs\": %u, \"used_bytes\": %llu, "
                         "\"capacity_bytes\": %llu}, \"top_classes\": [",
                    vs.classes, vs.methods, vs.interned, (unsigned long long)vs.meta_bytes,
                    (unsigned long long)vs.objects, (unsigned long long)vs.heap_bytes, vs.code.per_tier[1],
                    vs.code.per_tier[2], vs.code.per_tier[3], vs.code.per_tier[4], vs.code.osr_nmethods,
                    vs.code.blobs, (unsigned long long)vs.code.used, (unsigned long long)vs.code.capacity);
            for (uint32_t i = 0; i < vs.n_top; i++) {
                char name[512];
                java_name(vs.top[i].c, name, sizeof name);
                fputs(i ? ", " : "", out);
                fputs("{\"class\": ", out);
                json_str(out, name);
                fprintf(out, ", \"bytes\": %llu, \"objects\": %llu}", (unsigned long long)vs.top[i].bytes,
                        (unsigned long long)vs.top[i].count);
            }
            fputs("]}", out);
        }
        fputs("\n}\n", out);
    } else {
        fprintf(out, "%s\n", path);
#define SNAP_HEADER(type, name, count, fmt, what)                                                              \
    fprintf(out, "  %-14s ", #name);                                                                          \
    field_text(out, h, #fmt[0], h->name, sizeof(type) * (count), false);                                       \
    fputc('\n', out);
#include "snap_header.def"
#undef SNAP_HEADER
        fprintf(out, "this binary\n  build_id       %s\n  restorable     %s%s%s\n", self[0] ? self : "(none)",
                compatible ? "yes" : "no", compatible ? "" : ": ", reason);
        fprintf(out, "regions (%u)\n  %-14s %-18s %12s %12s %12s %-4s %s\n", h->n_regions[0], "kind", "address",
                "size", "offset", "stored", "prot", "crc32");
        for (uint32_t i = 0; i < h->n_regions[0]; i++) {
            const SnapRegion *r = &f.regions[i];
            if (r->flags & SNAP_RF_ZERO)
                fprintf(out, "  %-14s 0x%-16llx %12llu %12s %12s %s%s%s  (zero)\n", snap_region_name(r->kind),
                        (unsigned long long)r->addr, (unsigned long long)r->size, "-", "-",
                        (r->prot & PROT_READ) ? "r" : "-", (r->prot & PROT_WRITE) ? "w" : "-",
                        (r->prot & PROT_EXEC) ? "x" : "-");
            else
                fprintf(out, "  %-14s 0x%-16llx %12llu %12llu %12llu %s%s%s  %08x\n", snap_region_name(r->kind),
                        (unsigned long long)r->addr, (unsigned long long)r->size, (unsigned long long)r->file_offset,
                        (unsigned long long)r->stored_size, (r->prot & PROT_READ) ? "r" : "-",
                        (r->prot & PROT_WRITE) ? "w" : "-", (r->prot & PROT_EXEC) ? "x" : "-", r->crc);
        }
        if (have_vm) {
            fprintf(out, "vm\n  classes        %u\n  methods        %u\n  interned       %u strings\n"
                         "  metaspace      %llu bytes\n  heap           %llu objects, %llu bytes\n"
                         "  compiled code  %u methods (tier 1: %u, tier 2: %u, tier 3: %u, tier 4: %u; %u OSR), "
                         "%u other blobs, %llu of %llu bytes used\n",
                    vs.classes, vs.methods, vs.interned, (unsigned long long)vs.meta_bytes,
                    (unsigned long long)vs.objects, (unsigned long long)vs.heap_bytes,
                    vs.code.nmethods + vs.code.osr_nmethods, vs.code.per_tier[1], vs.code.per_tier[2],
                    vs.code.per_tier[3], vs.code.per_tier[4], vs.code.osr_nmethods,
                    vs.code.blobs - vs.code.nmethods - vs.code.osr_nmethods, (unsigned long long)vs.code.used,
                    (unsigned long long)vs.code.capacity);
            if (vs.code.nmethods + vs.code.osr_nmethods) {
                fprintf(out, "compiled methods\n");
                list_compiled(out);
            }
            fprintf(out, "heap top classes by bytes\n");
            for (uint32_t i = 0; i < vs.n_top; i++) {
                char name[512];
                java_name(vs.top[i].c, name, sizeof name);
                fprintf(out, "  %12llu bytes %8llu objects  %s\n", (unsigned long long)vs.top[i].bytes,
                        (unsigned long long)vs.top[i].count, name);
            }
        }
    }
    free(vs.top);
    snap_close(&f);
    return SNAP_OK;
}

int snap_verify(const char *path, FILE *out, char *err, size_t n) {
    SnapFile f;
    int st = snap_open(path, &f, true, err, n);
    if (st != SNAP_OK) return SNAP_EREFUSED;
    uint64_t checked = 0;
    for (uint32_t i = 0; i < f.h.n_regions[0] && st == SNAP_OK; i++) {
        const SnapRegion *r = &f.regions[i];
        if (r->flags & SNAP_RF_ZERO) continue;
        uint32_t crc = 0;
        st = snap_region_crc(&f, r, &crc, err, n);
        if (st == SNAP_OK && crc != r->crc)
            st = snap_fail(err, n, SNAP_EREFUSED, "checksum mismatch in %s region at %#llx (corrupted file)",
                      snap_region_name(r->kind), (unsigned long long)r->addr);
        checked += r->size;
    }
    uint32_t regions = f.h.n_regions[0];
    snap_close(&f);
    if (st != SNAP_OK) return SNAP_EREFUSED;
    fprintf(out, "%s: ok, restorable by this binary (%u regions, %llu bytes checked)\n", path, regions,
            (unsigned long long)checked);
    return SNAP_OK;
}

/* Rewrites a snapshot with its regions stored plainly (the mappable form: page-aligned) or zlib-compressed.
 * Every region's contents are checked against its CRC on the way. */
int snap_convert(const char *in, const char *outpath, bool compress, char *err, size_t n) {
    SnapFile f;
    int st = snap_open(in, &f, false, err, n);
    if (st != SNAP_OK) return st;
    SnapHeader *h = calloc(1, SNAP_PAGE);
    memcpy(h, &f.h, sizeof *h);
    uint32_t nr = h->n_regions[0];
    size_t tbytes = (size_t)nr * sizeof(SnapRegion);
    SnapRegion *regions = malloc(tbytes ? tbytes : 1);
    memcpy(regions, f.regions, tbytes);
    char *tmp = NULL;
    int fd = snap_atomic_create(outpath, &tmp, err, n);
    if (fd < 0) st = SNAP_EIO;
    uint64_t off = SNAP_PAGE + ((tbytes + SNAP_PAGE - 1) & ~(uint64_t)(SNAP_PAGE - 1)), stored = 0;
    uint8_t *zbuf = NULL;
    for (uint32_t i = 0; i < nr && st == SNAP_OK; i++) {
        SnapRegion *r = &regions[i];
        if (r->flags & SNAP_RF_ZERO) continue;
        uint8_t *buf = mmap(NULL, r->size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (buf == MAP_FAILED) {
            st = snap_fail(err, n, SNAP_EIO, "out of memory");
            break;
        }
        st = snap_region_read(&f, &f.regions[i], buf, err, n);
        if (st == SNAP_OK && snap_crc32(0, buf, r->size) != r->crc)
            st = snap_fail(err, n, SNAP_EREFUSED, "checksum mismatch in %s region at %#llx (corrupted file)",
                           snap_region_name(r->kind), (unsigned long long)r->addr);
        const uint8_t *out = buf;
        uLongf len = (uLongf)r->size;
        if (st == SNAP_OK && compress) {
            len = compressBound((uLong)r->size);
            free(zbuf);
            zbuf = malloc(len);
            if (!zbuf || compress2(zbuf, &len, buf, (uLong)r->size, 6) != Z_OK)
                st = snap_fail(err, n, SNAP_EIO, "compression failed");
            out = zbuf;
        }
        if (st == SNAP_OK && !snap_write_full(fd, out, len, off))
            st = snap_fail(err, n, SNAP_EIO, "cannot write %s: %s", tmp, strerror(errno));
        munmap(buf, r->size);
        r->flags = compress ? (r->flags | SNAP_RF_DEFLATE) : (r->flags & ~SNAP_RF_DEFLATE);
        r->file_offset = off;
        r->stored_size = len;
        stored += len;
        off += len;
        if (!compress) off = (off + SNAP_PAGE - 1) & ~(uint64_t)(SNAP_PAGE - 1);
    }
    free(zbuf);
    if (st == SNAP_OK) {
        h->flags[0] = compress ? (h->flags[0] | SNAP_F_COMPRESSED) : (h->flags[0] & ~SNAP_F_COMPRESSED);
        h->file_size[0] = off;
        h->stored_bytes[0] = stored;
        h->header_crc[0] = 0;
        uint32_t crc = snap_crc32(0, h, SNAP_PAGE);
        h->header_crc[0] = snap_crc32(crc, regions, tbytes);
        if (!snap_write_full(fd, h, SNAP_PAGE, 0) || !snap_write_full(fd, regions, tbytes, SNAP_PAGE) ||
            ftruncate(fd, (off_t)off) != 0)
            st = snap_fail(err, n, SNAP_EIO, "cannot write %s: %s", tmp, strerror(errno));
    }
    if (fd >= 0) st = snap_atomic_finish(fd, tmp, outpath, st, err, n);
    free(h);
    free(regions);
    snap_close(&f);
    return st;
}

int snap_unpack(const char *in, const char *outpath, char *err, size_t n) {
    return snap_convert(in, outpath, false, err, n);
}

int snap_describe(const char *path, SnapInfo *info, char *err, size_t n) {
    SnapFile f;
    int st = snap_open(path, &f, false, err, n);
    if (st != SNAP_OK) return st;
    memset(info, 0, sizeof *info);
    snprintf(info->handler, sizeof info->handler, "%s", f.h.handler);
    snprintf(info->options, sizeof info->options, "%s", f.h.options);
    info->kind = f.h.kind[0];
    info->file_size = f.h.file_size[0];
    info->compressed = (f.h.flags[0] & SNAP_F_COMPRESSED) != 0;
    snap_close(&f);
    return SNAP_OK;
}
