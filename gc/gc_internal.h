/* gc_internal.h — shared between the files of gc/ only. */
#ifndef EMBER_GC_INTERNAL_H
#define EMBER_GC_INTERNAL_H

#include "gc.h"

#include <stdlib.h>
#include <string.h>

#define GC_CARDS ((uint8_t *)RT_CARDS_BASE)
#define GC_BOT ((uint32_t *)RT_BOT_BASE)
#define GC_CARD_SIZE ((size_t)1 << RT_CARD_SHIFT)
#define GC_TLAB_SIZE ((size_t)64 << 10)

static inline uintptr_t gc_align8(uintptr_t v) { return (v + 7) & ~(uintptr_t)7; }
static inline bool gc_is_young(const void *p) { return (uintptr_t)p >= RT_YOUNG_BASE; }
static inline bool gc_is_old(const void *p) { return (uintptr_t)p - RT_OLD_BASE < RT_OLD_RESERVE; }
static inline bool gc_in(const GcSpace *s, const void *p) {
    return (const uint8_t *)p >= s->base && (const uint8_t *)p < s->top;
}
static inline size_t gc_size(const Object *o) {
    const Class *c = o->klass;
    if (c->kind == CK_ARRAY) return gc_align8(RT_ARRAY_DATA_OFFSET + (size_t)((const Array *)o)->length * c->elem_size);
    return c->instance_size;
}
static inline size_t gc_card_index(const void *p) { return ((uintptr_t)p - RT_OLD_BASE) >> RT_CARD_SHIFT; }

/* Calls fn on every reference slot of object o (fields or elements). The referent of a Soft/Weak/Phantom
 * reference is skipped when skip_referent is set (reference processing decides about it). */
static inline void gc_object_slots(Object *o, bool skip_referent, void (*fn)(Object **slot, void *ctx), void *ctx) {
    Class *c = o->klass;
    if (c->kind == CK_ARRAY) {
        if (c->component->kind == CK_PRIMITIVE) return;
        Object **e = rt_array_data(o);
        int32_t n = ((Array *)o)->length;
        for (int32_t i = 0; i < n; i++)
            if (e[i]) fn(&e[i], ctx);
        return;
    }
    uint32_t skip = (skip_referent && c->ref_kind >= RK_SOFT && c->ref_kind <= RK_PHANTOM) ? VM->heap.referent_off : 0;
    for (uint32_t i = 0; i < c->n_ref_offsets; i++) {
        Object **s = (Object **)rt_field_ptr(o, c->ref_offsets[i]);
        if (*s && c->ref_offsets[i] != skip) fn(s, ctx);
    }
}

/* growable vector of pointers in process memory (the collector's temporary work lists) */
typedef struct GcVec {
    void **v;
    size_t n, cap;
} GcVec;
static inline void gc_vec_push(GcVec *s, void *p) {
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1024;
        s->v = realloc(s->v, s->cap * sizeof(void *));
        if (!s->v) rt_fatal("out of process memory in the garbage collector");
    }
    s->v[s->n++] = p;
}

/* gc_heap.c */
uint8_t *gc_old_alloc(size_t size);          /* bump in the old generation; NULL when full; updates the BOT */
void gc_old_commit(uint8_t *top);            /* commits old space, cards and BOT up to top */
void gc_old_set_top(uint8_t *top);
void gc_bot_record(uint8_t *obj, size_t size);
void gc_retire_tlab(Thread *t);
uint64_t gc_young_used(void);
/* gc_young.c / gc_full.c */
void gc_minor(Thread *t);
void gc_full(Thread *t, bool clear_soft);
/* gc_refs.c: reference processing. A collector records each Reference object whose referent it did not
 * trace; afterwards `alive` says whether a referent survived (and gives its new address). */
typedef Object *(*GcAliveFn)(Object *referent); /* new address, or NULL when dead */
void gc_refs_process(GcVec *discovered, GcAliveFn alive);
/* Does tracing follow the referent of an instance of c? (Not for Weak and Phantom references, nor for Soft
 * ones when they are being cleared.) */
static inline bool gc_refs_traces_referent(const Class *c, bool clear_soft) {
    return c->ref_kind == RK_NONE || c->ref_kind == RK_OTHER || (c->ref_kind == RK_SOFT && !clear_soft);
}

#endif
