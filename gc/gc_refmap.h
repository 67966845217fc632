/* gc_refmap.h — internal to gc/: what gc_refmap.c (the analysis and the stored maps) and gc_frames.c
 * (frame scanning, -XX:+VerifyRefMaps) share beyond the public gc_refmap_at(). */
#ifndef EMBER_GC_REFMAP_H
#define EMBER_GC_REFMAP_H

#include "gc.h"

/* The reference map at the start of the instruction at bci (as gc_refmap_at) and, in *depth, the operand
 * stack depth the analysis found there. A frame stopped at bci may have fewer stack slots than that (at an
 * invoke the arguments belong to the callee; during exception dispatch the stack is empty), never more. */
const uint8_t *gc_refmap_lookup(Method *m, uint32_t bci, uint32_t *depth);

/* NULL when the maps of m were computed; otherwise why the analysis gave up, and where (*bci). A method
 * whose analysis failed has no maps at all: scanning one of its frames is fatal. */
const char *gc_refmap_failure(Method *m, uint32_t *bci);

/* Bytes of metaspace used by m's maps (0 when not computed yet). */
size_t gc_refmap_size(Method *m);

/* -XX:+VerifyRefMaps (gc_frames.c): cross-checks freshly computed maps against the method's StackMapTable
 * and reports an analysis failure; a mismatch is fatal. Called by gc_refmap.c right after computing. */
void gc_refmap_verify(Method *m);

#endif
