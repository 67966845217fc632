/* gc_refmap.h — internal to gc/: the reference-map pieces shared by gc_refmap.c (the analysis),
 * gc_refmap_store.c (the stored form: building and lookup) and gc_frames.c (frame scanning and
 * -XX:+VerifyRefMaps). */
#ifndef EMBER_GC_REFMAP_H
#define EMBER_GC_REFMAP_H

#include "gc.h"

enum { /* flags of a method's maps */
    GC_RM_FAILED = 1,     /* the analysis gave up: no maps at all, only the reason */
    GC_RM_IMPRECISE = 2,  /* a ret whose subroutine was not known exactly (see gc_refmap.c) */
    GC_RM_JSR = 4,        /* the code uses jsr/ret */
    GC_RM_CTX = 8,        /* some instructions inside subroutines have caller-dependent locals (GcRefCtx) */
};

/* ---- analysis (gc_refmap.c) ------------------------------------------------------------------------------ */
void *gc_refmap_compute(Method *m);           /* the stored maps of m (metaspace), never NULL */
const char *gc_refmap_reason(unsigned code);  /* why an analysis failed */

/* ---- stored form (gc_refmap_store.c) --------------------------------------------------------------------- */
/* Builder: one record per reachable instruction, equal records shared. */
typedef struct GcDedup {
    uint8_t *recs;
    uint32_t n, bytes, mask;
    uint32_t *hash;       /* open addressing: record number + 1, 0 = empty */
} GcDedup;
typedef struct GcMapBuild {
    uint32_t n_index, nl, map_bytes, dw;
    uint16_t *index;      /* per bci: record number + 1 */
    uint16_t *ctx_index;  /* per bci: context record number + 1 (allocated on first use) */
    uint8_t *scratch;
    GcDedup maps, ctx;
} GcMapBuild;
void gc_mapb_init(GcMapBuild *b, uint32_t n_index, uint32_t nslots, uint32_t nl, uint32_t max_stack,
                  uint32_t max_recs);
void gc_mapb_put(GcMapBuild *b, uint32_t bci, uint32_t depth, const uint8_t *bits);
void gc_mapb_put_ctx(GcMapBuild *b, uint32_t bci, uint32_t entry, uint32_t ret_slot, const uint8_t *unmod);
void *gc_mapb_finish(GcMapBuild *b, uint16_t flags);   /* copies into metaspace and frees the builder */
void *gc_mapb_failed(unsigned reason, uint32_t bci);

/* The map at the start of the instruction at bci (as gc_refmap_at) and, in *depth, the operand stack depth
 * the analysis found there. A frame stopped at bci may have fewer stack slots than that (at an invoke the
 * arguments belong to the callee; during exception dispatch the stack is empty), never more. */
const uint8_t *gc_refmap_lookup(Method *m, uint32_t bci, uint32_t *depth);

/* Inside a subroutine (jsr/ret), a local the subroutine has not written since its entry still holds its
 * caller's value, whose type may differ between callers; the map then says "not a reference" and this
 * context tells how to find out from the frame: the return address in slot ret_slot (a local, or
 * max_locals + j for stack slot j) names the jsr that called the subroutine starting at `entry`, and the
 * local's type is the one at that jsr (recursively). `unmod`: bit i set = local i not written since entry. */
typedef struct GcRefCtx {
    uint32_t entry, ret_slot;
    const uint8_t *unmod;
} GcRefCtx;
bool gc_refmap_ctx(Method *m, uint32_t bci, GcRefCtx *ctx);   /* false: nothing caller-dependent at bci */

unsigned gc_refmap_flags(Method *m);
/* NULL when the maps of m were computed; otherwise why the analysis gave up, and where (*bci). */
const char *gc_refmap_failure(Method *m, uint32_t *bci);
size_t gc_refmap_size(Method *m);   /* metaspace bytes of m's maps (0 when not computed yet) */

/* ---- -XX:+VerifyRefMaps (gc_frames.c) ---------------------------------------------------------------------- */
/* Cross-checks freshly computed maps against the method's StackMapTable and reports an analysis failure;
 * a mismatch is fatal. Called right after a method's maps are computed when the option is set. */
void gc_refmap_verify(Method *m);

#endif
