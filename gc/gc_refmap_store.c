/* gc_refmap_store.c — the stored form of reference maps (built by gc_refmap.c, read by gc_frames.c).
 *
 * One metaspace block per method, made once and never changed, holding no pointers (a snapshot maps it
 * back as is):
 *   RefMaps header (16 bytes)
 *   index[n_index]   per bci, iw bytes each (1 when the method has < 256 distinct records, else 2):
 *                    0 = no map (not a reachable instruction start), k = record k-1
 *   records          rec_bytes each: the operand stack depth (dw = 1 byte, 2 when max_stack > 255), then
 *                    the bitmap (bit i = local i for i < max_locals, bit max_locals + j = stack slot j)
 *   [context part]   methods whose subroutines have caller-dependent locals only (see gc_mapb_finish)
 * Instructions share records with equal contents (most methods need a handful), and lookup is one index
 * load: O(1), no search. Methods without code (native, abstract) have one record at bci 0 whose bits are
 * their argument slots.
 * Sizes measured on the class library: see gc_refmap.c. */
#include "gc_refmap.h"

#include <stdlib.h>
#include <string.h>

typedef struct RefMaps {
    uint16_t n_index;      /* entries of index[]: code_len, or 1 for methods without code; 0 when failed */
    uint16_t n_recs;
    uint16_t rec_bytes;    /* dw + bitmap bytes */
    uint16_t aux16;        /* failed: the reason; GC_RM_CTX: bytes per context record */
    uint8_t flags;         /* GC_RM_* */
    uint8_t iw, dw;        /* bytes per index entry (1 when n_recs < 256) and per stack depth (1 or 2) */
    uint8_t pad;
    uint32_t aux32;        /* failed: the bci; GC_RM_CTX: offset of the context part from this header */
    uint8_t index[];
} RefMaps;

static inline uint32_t rd_uint(const uint8_t *p, uint32_t w) { return w == 1 ? p[0] : (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static inline void wr_uint(uint8_t *p, uint32_t w, uint32_t v) {
    p[0] = (uint8_t)v;
    if (w == 2) p[1] = (uint8_t)(v >> 8);
}
static inline uint32_t recs_off(const RefMaps *rm) { return (uint32_t)sizeof(RefMaps) + (uint32_t)rm->n_index * rm->iw; }

/* ---- building -------------------------------------------------------------------------------------------- */
static void dedup_init(GcDedup *d, uint32_t bytes, uint32_t max) {
    d->bytes = bytes;
    d->n = 0;
    d->recs = malloc((size_t)max * bytes + 1);
    uint32_t cap = 16;
    while (cap < 2 * max) cap <<= 1;
    d->hash = calloc(cap, sizeof(uint32_t));
    d->mask = cap - 1;
    if (!d->recs || !d->hash) rt_fatal("out of process memory computing reference maps");
}

/* Record number + 1 of rec, added when new. The table never fills: it has twice the records' capacity. */
static uint32_t dedup_put(GcDedup *d, const uint8_t *rec) {
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < d->bytes; i++) h = (h ^ rec[i]) * 16777619u;
    for (h &= d->mask;; h = (h + 1) & d->mask) {
        uint32_t k = d->hash[h];
        if (!k) break;
        if (!memcmp(d->recs + (size_t)(k - 1) * d->bytes, rec, d->bytes)) return k;
    }
    memcpy(d->recs + (size_t)d->n * d->bytes, rec, d->bytes);
    return d->hash[h] = ++d->n;
}

void gc_mapb_init(GcMapBuild *b, uint32_t n_index, uint32_t nslots, uint32_t nl, uint32_t max_stack,
                  uint32_t max_recs) {
    memset(b, 0, sizeof *b);
    b->n_index = n_index;
    b->nl = nl;
    b->map_bytes = (nslots + 7) / 8;
    b->dw = max_stack < 256 ? 1 : 2;
    b->index = calloc(n_index, sizeof(uint16_t));
    uint32_t rec_bytes = b->dw + b->map_bytes;
    uint32_t ctx_bytes = 8 + (nl + 7) / 8;
    b->scratch = calloc(rec_bytes > ctx_bytes ? rec_bytes : ctx_bytes, 1);
    if (!b->index || !b->scratch) rt_fatal("out of process memory computing reference maps");
    dedup_init(&b->maps, rec_bytes, max_recs);
    b->ctx.bytes = ctx_bytes;
}

void gc_mapb_put(GcMapBuild *b, uint32_t bci, uint32_t depth, const uint8_t *bits) {
    uint8_t *r = b->scratch;
    wr_uint(r, b->dw, depth);
    memcpy(r + b->dw, bits, b->map_bytes);
    b->index[bci] = (uint16_t)dedup_put(&b->maps, r);
}

void gc_mapb_put_ctx(GcMapBuild *b, uint32_t bci, uint32_t entry, uint32_t ret_slot, const uint8_t *unmod) {
    if (!b->ctx_index) {
        b->ctx_index = calloc(b->n_index, sizeof(uint16_t));
        if (!b->ctx_index) rt_fatal("out of process memory computing reference maps");
        dedup_init(&b->ctx, b->ctx.bytes, b->n_index);
    }
    uint8_t *r = b->scratch;
    memcpy(r, &ret_slot, 4);
    memcpy(r + 4, &entry, 4);
    memcpy(r + 8, unmod, (b->nl + 7) / 8);
    b->ctx_index[bci] = (uint16_t)dedup_put(&b->ctx, r);
}

static void build_free(GcMapBuild *b) {
    free(b->index);
    free(b->ctx_index);
    free(b->scratch);
    free(b->maps.recs);
    free(b->maps.hash);
    free(b->ctx.recs);
    free(b->ctx.hash);
}

/* The context part (jsr methods only) follows the records: uint16 n_ctx, uint16 ctx_index[n_index], then
 * the context records: uint32 ret_slot, uint32 entry, the unmod bitmap. */
void *gc_mapb_finish(GcMapBuild *b, uint16_t flags) {
    uint32_t iw = b->maps.n < 256 ? 1 : 2;
    uint32_t recs = (uint32_t)sizeof(RefMaps) + b->n_index * iw;
    uint32_t size = recs + b->maps.n * b->maps.bytes + 2; /* +2: a zero-byte bitmap still gets a pointer */
    uint32_t ctx_off = 0;
    if (b->ctx_index) {
        ctx_off = size;
        size += 2 + 2 * b->n_index + b->ctx.n * b->ctx.bytes;
        flags |= GC_RM_CTX;
    }
    RefMaps *rm = rt_meta_alloc(size);
    uint8_t *base = (uint8_t *)rm;
    rm->n_index = (uint16_t)b->n_index;
    rm->n_recs = (uint16_t)b->maps.n;
    rm->rec_bytes = (uint16_t)b->maps.bytes;
    rm->flags = (uint8_t)flags;
    rm->iw = (uint8_t)iw;
    rm->dw = (uint8_t)b->dw;
    for (uint32_t i = 0; i < b->n_index; i++) wr_uint(rm->index + i * iw, iw, b->index[i]);
    memcpy(base + recs, b->maps.recs, (size_t)b->maps.n * b->maps.bytes);
    if (b->ctx_index) {
        rm->aux16 = (uint16_t)b->ctx.bytes;
        rm->aux32 = ctx_off;
        uint16_t n = (uint16_t)b->ctx.n;
        memcpy(base + ctx_off, &n, 2);
        memcpy(base + ctx_off + 2, b->ctx_index, 2 * (size_t)b->n_index);
        memcpy(base + ctx_off + 2 + 2 * b->n_index, b->ctx.recs, (size_t)b->ctx.n * b->ctx.bytes);
    }
    build_free(b);
    return rm;
}

void *gc_mapb_failed(unsigned reason, uint32_t bci) {
    RefMaps *rm = rt_meta_alloc(sizeof(RefMaps));
    rm->flags = GC_RM_FAILED;
    rm->aux16 = (uint16_t)reason;
    rm->aux32 = bci;
    return rm;
}

/* ---- lookup ---------------------------------------------------------------------------------------------- */
static RefMaps *maps_of(Method *m) {
    if (RT_UNLIKELY(!m->gc_refmaps)) {
        m->gc_refmaps = gc_refmap_compute(m);
        if (VM->opt.verify_refmaps) gc_refmap_verify(m);
    }
    return m->gc_refmaps;
}

const uint8_t *gc_refmap_lookup(Method *m, uint32_t bci, uint32_t *depth) {
    RefMaps *rm = maps_of(m);
    if (bci >= rm->n_index) return NULL;
    uint32_t k = rd_uint(rm->index + bci * rm->iw, rm->iw);
    if (!k) return NULL;
    const uint8_t *r = (const uint8_t *)rm + recs_off(rm) + (size_t)(k - 1) * rm->rec_bytes;
    if (depth) *depth = rd_uint(r, rm->dw);
    return r + rm->dw;
}

const uint8_t *gc_refmap_at(Method *m, uint32_t bci) { return gc_refmap_lookup(m, bci, NULL); }

bool gc_refmap_ctx(Method *m, uint32_t bci, GcRefCtx *ctx) {
    RefMaps *rm = maps_of(m);
    if (RT_LIKELY(!(rm->flags & GC_RM_CTX)) || bci >= rm->n_index) return false;
    const uint8_t *part = (const uint8_t *)rm + rm->aux32;
    uint16_t k;
    memcpy(&k, part + 2 + 2 * (size_t)bci, 2);
    if (!k) return false;
    const uint8_t *r = part + 2 + 2 * (size_t)rm->n_index + (size_t)(k - 1) * rm->aux16;
    memcpy(&ctx->ret_slot, r, 4);
    memcpy(&ctx->entry, r + 4, 4);
    ctx->unmod = r + 8;
    return true;
}

unsigned gc_refmap_flags(Method *m) { return maps_of(m)->flags; }

const char *gc_refmap_failure(Method *m, uint32_t *bci) {
    RefMaps *rm = maps_of(m);
    if (!(rm->flags & GC_RM_FAILED)) return NULL;
    if (bci) *bci = rm->aux32;
    return gc_refmap_reason(rm->aux16);
}

size_t gc_refmap_size(Method *m) {
    RefMaps *rm = m->gc_refmaps;
    if (!rm) return 0;
    if (rm->flags & GC_RM_FAILED) return sizeof(RefMaps);
    if (!(rm->flags & GC_RM_CTX)) return recs_off(rm) + (size_t)rm->n_recs * rm->rec_bytes + 2;
    const uint8_t *part = (const uint8_t *)rm + rm->aux32;
    uint16_t n;
    memcpy(&n, part, 2);
    return rm->aux32 + 2 + 2 * (size_t)rm->n_index + (size_t)n * rm->aux16;
}
