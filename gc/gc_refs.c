/* Reference processing (java.lang.ref), shared by both collectors.
 *
 * While tracing, a collector does not follow the referent of a Weak or Phantom reference (nor of a Soft one
 * when soft references are being cleared: only the last collection before an OutOfMemoryError clears them)
 * and records the Reference object instead. Once tracing is complete every recorded referent is either
 * alive — the slot gets its new address — or only reachable through references: the referent is cleared
 * and, when the reference was registered with a queue, it is linked onto Vm.heap.ref_pending through its
 * `discovered` field. java.lang.ref.ReferenceQueue drains that list (Reference.processPendingReferences) —
 * the collector itself never runs Java code. */
#include "gc_internal.h"

void gc_refs_process(GcVec *discovered, GcAliveFn alive) {
    GcHeap *h = &VM->heap;
    for (size_t i = 0; i < discovered->n; i++) {
        Object *ref = discovered->v[i];
        Object **slot = (Object **)rt_field_ptr(ref, h->referent_off);
        if (!*slot) continue;
        Object *n = alive(*slot);
        if (n) {
            gc_store_ref(slot, n);
            continue;
        }
        *slot = NULL;
        Object **queue = (Object **)rt_field_ptr(ref, h->queue_off);
        Object **next = (Object **)rt_field_ptr(ref, h->discovered_off);
        /* a cleared referent is never discovered again, so a reference is put on the list at most once */
        if (!*queue) continue;
        gc_store_ref(next, h->ref_pending);
        h->ref_pending = ref;
    }
}
