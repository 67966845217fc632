/* -XX:+VerifyHeap: walks every object of the heap and every root and checks that each reference points at
 * the start of an object whose class is in metaspace. The heap is parseable (objects are contiguous from
 * heap_base to heap_top), so a first pass records object starts in a bitmap and a second checks references.
 * Runs when the program ends (and, once the collector exists, after each collection). */
#include "gc.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct VerifyState {
    uint8_t *starts; /* one bit per 8 heap bytes */
    size_t errors;
    const char *where;
} VerifyState;

static bool in_meta(const void *p) {
    return (const uint8_t *)p >= VM->meta_base && (const uint8_t *)p < VM->meta_top && ((uintptr_t)p & 7) == 0;
}

static bool is_start(VerifyState *s, Object *o) {
    uint8_t *p = (uint8_t *)o;
    if (p < VM->heap.old.base || p >= VM->heap.old.top || ((uintptr_t)p & 7)) return false;
    size_t bit = (size_t)(p - VM->heap.old.base) >> 3;
    return (s->starts[bit >> 3] >> (bit & 7)) & 1;
}

static void check_ref(VerifyState *s, Object *o, const char *what, const void *holder) {
    if (!o || is_start(s, o)) return;
    if (s->errors++ < 10)
        fprintf(stderr, "ember: VerifyHeap: %s %p (in %p, %s) is not an object\n", what, (void *)o, holder, s->where);
}

static void root_ref(Object **slot, void *ctx) { check_ref(ctx, *slot, "root", slot); }

static void root_frame(Frame *f, void *ctx) {
    VerifyState *s = ctx;
    if (!in_meta(f->method) && s->errors++ < 10) fprintf(stderr, "ember: VerifyHeap: frame %p has no method\n", (void *)f);
}

void gc_verify_heap(const char *where) {
    Vm *vm = VM;
    size_t words = (size_t)(vm->heap.old.top - vm->heap.old.base) >> 3;
    VerifyState s = {calloc(words / 8 + 1, 1), 0, where};
    for (uint8_t *p = vm->heap.old.base; p < vm->heap.old.top;) {
        Object *o = (Object *)p;
        if (!in_meta(o->klass) || !o->klass->name) {
            fprintf(stderr, "ember: VerifyHeap: object %p has a bad class pointer %p (%s)\n", (void *)o, (void *)o->klass, where);
            s.errors++;
            break;
        }
        size_t bit = (size_t)(p - vm->heap.old.base) >> 3;
        s.starts[bit >> 3] |= (uint8_t)(1u << (bit & 7));
        p += gc_object_size(o);
    }
    for (uint8_t *p = vm->heap.old.base; p < vm->heap.old.top && !s.errors;) {
        Object *o = (Object *)p;
        Class *c = o->klass;
        if (c->kind == CK_ARRAY) {
            if (c->component->kind != CK_PRIMITIVE) {
                Array *a = (Array *)o;
                Object **e = rt_array_data(a);
                for (int32_t i = 0; i < a->length; i++) check_ref(&s, e[i], "array element", o);
            }
        } else {
            for (uint32_t i = 0; i < c->n_ref_offsets; i++)
                check_ref(&s, *(Object **)rt_field_ptr(o, c->ref_offsets[i]), "field", o);
        }
        p += gc_object_size(o);
    }
    RootVisitor v = {root_ref, root_frame, &s};
    rt_roots_walk(&v);
    free(s.starts);
    if (s.errors) rt_fatal("VerifyHeap found %zu errors (%s)", s.errors, where);
}
