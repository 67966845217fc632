/* Reference maps (stub until written). */
#include "gc.h"

void gc_frame_refs(Frame *f, void (*visit)(Object **slot, void *ctx), void *ctx) { (void)f; (void)visit; (void)ctx; }
const uint8_t *gc_refmap_at(Method *m, uint32_t bci) { (void)m; (void)bci; return NULL; }
