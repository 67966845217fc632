/* gc.h — the garbage collector's public header. The GC sees objects only through the layout interface below
 * (size of an object, where its references are) and the root enumeration in runtime/rt_roots.def.
 *
 * Current state: allocation is a bump pointer in the heap part of VM space, committed on demand; when the
 * heap reaches -Xmx, allocation fails with OutOfMemoryError. Collection is the GC issue's work. */
#ifndef EMBER_GC_H
#define EMBER_GC_H

#include "../runtime/rt.h"

/* Allocates `size` zeroed bytes (8-aligned) in the Java heap. Returns NULL when the heap is exhausted (the
 * caller throws OutOfMemoryError). May collect in the future: callers must hold every live Object* in a
 * Java frame, a handle or a root. */
Object *gc_alloc(Thread *t, size_t size);
size_t gc_object_size(Object *o);
uint64_t gc_heap_used(void);
uint64_t gc_heap_capacity(void);
uint64_t gc_heap_max(void);
void gc_collect(Thread *t);
/* Checks every object and root (-XX:+VerifyHeap); a failure is fatal. */
void gc_verify_heap(const char *where);

#endif
