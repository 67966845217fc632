/* Full collection: sliding mark-compact over the whole heap (old generation, eden, from-space, in address
 * order), so that afterwards the old generation is one dense run of objects with no holes — what a snapshot
 * maps back. Live young objects are promoted into the old generation; only when it is full do the rest
 * slide to the start of eden.
 *
 * Phases (LISP2): mark from the roots (header mark bit, explicit mark stack); process references; compute
 * each live object's new address and keep it in the object's hash/bits word (the identity hash and lock
 * count of objects that have them are saved aside and put back after the move); update every reference
 * (roots and the slots of live objects); slide the objects down in address order, recording the block offset
 * table for the old generation as they land. */
#include "gc_internal.h"

typedef struct Full {
    GcVec stack;
    GcVec discovered;
    GcVec preserved;        /* pairs: new address, (lock count << 32) | hash */
    bool clear_soft;
} Full;

static inline bool in_heap(const Object *o) { return gc_is_old(o) || gc_is_young(o); }

static void mark_slot(Object **slot, void *ctx) {
    Full *fc = ctx;
    Object *o = *slot;
    if (!o || (o->bits & RT_GC_MARK)) return;
    if (!in_heap(o)) rt_fatal("reference %p in %p points outside the heap", (void *)o, (void *)slot);
    o->bits |= RT_GC_MARK;
    gc_vec_push(&fc->stack, o);
}

static void mark_frame(Frame *f, void *ctx) { gc_frame_refs(f, mark_slot, ctx); }

static void mark(Full *fc) {
    RootVisitor v = {mark_slot, mark_frame, fc};
    rt_roots_walk(&v);
    while (fc->stack.n) {
        Object *o = fc->stack.v[--fc->stack.n];
        bool strong = gc_refs_traces_referent(o->klass, fc->clear_soft);
        if (!strong && *(Object **)rt_field_ptr(o, VM->heap.referent_off)) gc_vec_push(&fc->discovered, o);
        gc_object_slots(o, !strong, mark_slot, fc);
    }
}

static Object *full_alive(Object *r) { return (r->bits & RT_GC_MARK) ? r : NULL; }

static inline uint64_t *fwd_word(Object *o) { return (uint64_t *)&o->hash; }

/* The spaces in address order; `to` is empty at a collection. ORDER: address order (sliding needs it). */
static GcSpace *space(int i) {
    GcHeap *h = &VM->heap;
    return i == 0 ? &h->old : i == 1 ? &h->eden : &h->from;
}

static void compute_addresses(Full *fc, uint8_t *tops[3]) {
    int di = 0;
    uint8_t *dest = space(0)->base;
    for (int si = 0; si < 3; si++) {
        GcSpace *s = space(si);
        for (uint8_t *p = s->base; p < s->top;) {
            Object *o = (Object *)p;
            size_t size = gc_size(o);
            p += size;
            if (!(o->bits & RT_GC_MARK)) {
                *fwd_word(o) = 0;
                continue;
            }
            while (dest + size > space(di)->end) {
                if (di == 2) rt_fatal("full collection: live objects do not fit the heap");
                tops[di] = dest;
                dest = space(++di)->base;
            }
            uint32_t lock = o->bits & RT_LOCK_MASK;
            if (o->hash || lock) {
                gc_vec_push(&fc->preserved, dest);
                gc_vec_push(&fc->preserved, (void *)(((uint64_t)lock << 32) | o->hash));
            }
            *fwd_word(o) = (uint64_t)(uintptr_t)dest;
            dest += size;
        }
    }
    tops[di] = dest;
    for (int i = di + 1; i < 3; i++) tops[i] = space(i)->base;
}

static void update_slot(Object **slot, void *ctx) {
    (void)ctx;
    Object *o = *slot;
    if (o) *slot = (Object *)(uintptr_t)*fwd_word(o);
}

static void update_frame(Frame *f, void *ctx) { gc_frame_refs(f, update_slot, ctx); }

static void update_references(void) {
    RootVisitor v = {update_slot, update_frame, NULL};
    rt_roots_walk(&v);
    for (int si = 0; si < 3; si++) {
        GcSpace *s = space(si);
        for (uint8_t *p = s->base; p < s->top;) {
            Object *o = (Object *)p;
            p += gc_size(o);
            if (*fwd_word(o)) gc_object_slots(o, false, update_slot, NULL);
        }
    }
}

static void slide(void) {
    for (int si = 0; si < 3; si++) {
        GcSpace *s = space(si);
        for (uint8_t *p = s->base; p < s->top;) {
            Object *o = (Object *)p;
            size_t size = gc_size(o);
            p += size;
            uint8_t *dest = (uint8_t *)(uintptr_t)*fwd_word(o);
            if (!dest) continue;
            memmove(dest, o, size);
            Object *n = (Object *)dest;
            n->hash = 0;
            n->bits = 0;
            if (gc_is_old(n)) gc_bot_record(dest, size);
        }
    }
}

void gc_full(Thread *t, bool clear_soft) {
    (void)t;
    GcHeap *h = &VM->heap;
    Full fc = {{0}, {0}, {0}, clear_soft};
    mark(&fc);
    gc_refs_process(&fc.discovered, full_alive);
    uint8_t *tops[3];
    compute_addresses(&fc, tops);
    update_references();
    uint8_t *old_eden_top = h->eden.top;
    gc_old_commit(tops[0]);
    slide();
    for (size_t i = 0; i < fc.preserved.n; i += 2) {
        Object *o = fc.preserved.v[i];
        uint64_t w = (uint64_t)(uintptr_t)fc.preserved.v[i + 1];
        o->hash = (uint32_t)w;
        o->bits = (uint32_t)(w >> 32);
    }
    free(fc.stack.v);
    free(fc.discovered.v);
    free(fc.preserved.v);
    uint8_t *old_from_top = h->from.top;
    gc_old_set_top(tops[0]);
    h->eden.top = tops[1];
    h->from.top = tops[2];
    if (VM->opt.verify_heap || VM->opt.gc_stress) {
        /* from-space objects may have slid into eden beyond its old top: poison only what was vacated */
        if (old_eden_top > h->eden.top) memset(h->eden.top, 0xab, (size_t)(old_eden_top - h->eden.top));
        if (old_from_top > h->from.top) memset(h->from.top, 0xab, (size_t)(old_from_top - h->from.top));
    }
    /* Cards: nothing old refers to young unless compaction overflowed into eden; then, rather than finding
     * the slots, every card is dirtied and the next minor collection cleans them. */
    size_t ncards = h->old.top > h->old.base ? gc_card_index(h->old.top - 1) + 1 : 0;
    bool young_left = h->eden.top != h->eden.base || h->from.top != h->from.base;
    memset(GC_CARDS, young_left, ncards);
    memset(GC_CARDS + ncards, 0, (size_t)(h->cards_commit - (GC_CARDS + ncards)));
}
