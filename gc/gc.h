/* gc.h — the garbage collector's public header. The GC sees objects only through the layout interface below
 * (size of an object, where its references are) and the root enumeration in runtime/rt_roots.def.
 *
 * The heap (see the layout constants in rt.h): a young generation (eden and two survivor spaces, copying
 * minor collections, promotion by age) above an old generation collected by sliding mark-compact, so that
 * the old generation is dense when a snapshot is written. Large objects go straight to the old generation.
 * Old-to-young references are remembered by a card table that the write barrier below dirties. */
#ifndef EMBER_GC_H
#define EMBER_GC_H

#include "../runtime/rt.h"

/* ---- allocation ---------------------------------------------------------------------------------------- */
/* Allocates `size` zeroed bytes (8-aligned). May collect: every live Object* must be held in a Java frame, a
 * native handle (rt_handle) or a root across this call. Returns NULL when the heap is exhausted even after a
 * full collection that cleared soft references (the caller throws OutOfMemoryError). */
Object *gc_alloc(Thread *t, size_t size);
size_t gc_object_size(Object *o);
/* The inline fast path: bump the thread's TLAB. `size` must be 8-aligned and small (< 4 KiB); NULL means
 * "take the slow path" (TLAB exhausted, or GC stress counting allocations). The memory is zeroed. */
static inline Object *gc_tlab_alloc(Thread *t, size_t size) {
    uint8_t *p = t->tlab_top;
    if (RT_UNLIKELY((size_t)(t->tlab_end - p) < size || VM->heap.stress_countdown)) return NULL;
    t->tlab_top = p + size;
    return (Object *)p;
}

/* ---- the write barrier: the one definition the interpreter, natives and compiled code use -------------- */
/* Call after storing `val` into the reference slot `slot` of a heap object (field or array element). A store
 * of a young object into an old-generation slot dirties the slot's card; anything else costs two compares.
 * Stores into static fields (metaspace, always roots) need no barrier. */
static inline void gc_barrier(void *slot, Object *val) {
    if ((uintptr_t)val >= RT_YOUNG_BASE && (uintptr_t)slot - RT_OLD_BASE < RT_OLD_RESERVE)
        ((uint8_t *)RT_CARDS_BASE)[((uintptr_t)slot - RT_OLD_BASE) >> RT_CARD_SHIFT] = 1;
}
static inline void gc_store_ref(Object **slot, Object *val) {
    *slot = val;
    gc_barrier(slot, val);
}
/* After copying references into an object in bulk (arraycopy, clone): dirties the cards of its reference
 * slots [from, from+n) (array elements) when the object is old. */
void gc_barrier_array(Array *a, int32_t from, int32_t n);
void gc_barrier_object(Object *o);

/* ---- collection and heap figures ------------------------------------------------------------------------ */
enum { GC_CAUSE_ALLOC, GC_CAUSE_SYSTEM, GC_CAUSE_STRESS, GC_CAUSE_LAST_DITCH, GC_CAUSE_SNAPSHOT };
void gc_init(void);                   /* after rt_vmspace_init: sizes and commits the generations */
void gc_collect(Thread *t, int full, int cause);
uint64_t gc_heap_used(void);
uint64_t gc_heap_capacity(void);      /* committed: Runtime.totalMemory */
uint64_t gc_heap_max(void);           /* Runtime.maxMemory */
size_t gc_max_object_size(void);      /* anything larger cannot be allocated at all */

/* ---- reference maps and frames (gc_refmap.c, gc_frames.c) ------------------------------------------------ */
/* Calls visit(slot) for every slot of a Java frame that holds a reference at its current pc: interpreted
 * frames by the method's reference map, native frames by the descriptor of their arguments. */
void gc_frame_refs(Frame *f, void (*visit)(Object **slot, void *ctx), void *ctx);
/* The reference map at the start of the instruction at `bci` of m: bit i set = local i (i < max_locals) or
 * operand stack slot i - max_locals holds a reference. NULL when bci is not an instruction the method can
 * reach. Computed once per method (data flow over the bytecode) and kept in metaspace. */
const uint8_t *gc_refmap_at(Method *m, uint32_t bci);
/* The operand stack depth (in slots) at the start of the instruction at bci, from the same data flow as the
 * reference maps; -1 when bci is not a reachable instruction or the maps could not be computed. The baseline
 * compiler lays out its frames by it. */
int32_t gc_refmap_depth(Method *m, uint32_t bci);
/* -XX:+VerifyRefMaps: called on every invoke; the first call for a class computes the maps of all its
 * methods and cross-checks them with their StackMapTables (a mismatch is fatal). */
void gc_refmap_check_method(Method *m);

/* Checks every object, reference, card and root (-XX:+VerifyHeap); a failure is fatal. */
void gc_verify_heap(const char *where);

#endif
