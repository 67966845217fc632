/* Heap allocation (temporary: bump pointer in the old generation, no collection). */
#include "gc.h"

#include <string.h>

static uintptr_t align8(uintptr_t v) { return (v + 7) & ~(uintptr_t)7; }

void gc_init(void) {
    GcHeap *h = &VM->heap;
    h->old.base = h->old.top = h->old.commit = (uint8_t *)RT_OLD_BASE;
    h->old.end = h->old.base + VM->opt.xmx;
}

Object *gc_alloc(Thread *t, size_t size) {
    (void)t;
    GcSpace *s = &VM->heap.old;
    size = align8(size);
    uint8_t *p = s->top;
    if ((size_t)(s->end - p) < size) return NULL;
    uint8_t *top = p + size;
    if (top > s->commit) {
        uint8_t *nc = (uint8_t *)(((uintptr_t)top + RT_COMMIT_CHUNK - 1) & ~(uintptr_t)(RT_COMMIT_CHUNK - 1));
        if (nc > s->end) nc = s->end;
        rt_commit(s->commit, nc);
        s->commit = nc;
    }
    s->top = top;
    return (Object *)p;
}

size_t gc_object_size(Object *o) {
    Class *c = o->klass;
    if (c->kind == CK_ARRAY)
        return align8(RT_ARRAY_DATA_OFFSET + (size_t)((Array *)o)->length * c->elem_size);
    return align8(c->instance_size);
}

void gc_barrier_array(Array *a, int32_t from, int32_t n) { (void)a; (void)from; (void)n; }
void gc_barrier_object(Object *o) { (void)o; }
uint64_t gc_heap_used(void) { return (uint64_t)(VM->heap.old.top - VM->heap.old.base); }
uint64_t gc_heap_capacity(void) { return (uint64_t)(VM->heap.old.commit - VM->heap.old.base); }
uint64_t gc_heap_max(void) { return (uint64_t)(VM->heap.old.end - VM->heap.old.base); }
size_t gc_max_object_size(void) { return (size_t)gc_heap_max(); }
void gc_collect(Thread *t, int full, int cause) { (void)t; (void)full; (void)cause; }
void gc_print_summary(void) {}
