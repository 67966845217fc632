/* Heap allocation: a bump pointer over the heap range of VM space. Memory is committed in RT_COMMIT_CHUNK
 * steps, so the resident size follows what the program actually allocated. */
#include "gc.h"

static uintptr_t align8(uintptr_t v) { return (v + 7) & ~(uintptr_t)7; }

Object *gc_alloc(Thread *t, size_t size) {
    (void)t;
    Vm *vm = VM;
    size = align8(size);
    uint8_t *p = vm->heap_top;
    if ((size_t)(vm->heap_end - p) < size) return NULL;
    uint8_t *top = p + size;
    if (top > vm->heap_commit) {
        uint8_t *nc = (uint8_t *)(((uintptr_t)top + RT_COMMIT_CHUNK - 1) & ~(uintptr_t)(RT_COMMIT_CHUNK - 1));
        if (nc > vm->heap_end) nc = vm->heap_end;
        rt_commit(vm->heap_commit, nc);
        vm->heap_commit = nc;
    }
    vm->heap_top = top;
    return (Object *)p;
}

size_t gc_object_size(Object *o) {
    Class *c = o->klass;
    if (c->kind == CK_ARRAY)
        return align8(RT_ARRAY_DATA_OFFSET + (size_t)((Array *)o)->length * c->elem_size);
    return align8(c->instance_size);
}

uint64_t gc_heap_used(void) { return (uint64_t)(VM->heap_top - VM->heap_base); }
uint64_t gc_heap_capacity(void) { return (uint64_t)(VM->heap_commit - VM->heap_base); }
uint64_t gc_heap_max(void) { return (uint64_t)(VM->heap_end - VM->heap_base); }

/* No collector yet: System.gc() is a no-op. */
void gc_collect(Thread *t) { (void)t; }
