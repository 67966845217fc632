/* Minor collection: copies the live objects of eden and the from-survivor space into the to-survivor space
 * (age + 1) or, once they reach the tenuring threshold or the survivor space is full, into the old
 * generation. Breadth-first (Cheney): the to-space and the promoted part of the old generation are their
 * own scan queues. Roots are the root list and the dirty cards of the old generation.
 *
 * A copied object's old location keeps the forwarding address in its class word, flagged RT_GC_FORWARDED
 * in its header bits. After the collection eden and from-space are empty; from and to swap. Cards: a card
 * stays dirty only if one of its slots still refers to the young generation; promoted objects that refer to
 * survivors dirty their cards. */
#include "gc_internal.h"

typedef struct Minor {
    GcSpace *to;
    uint8_t *old_scan;      /* promoted objects not yet scanned start here */
    GcVec discovered;       /* Reference objects whose referent was young and not traced */
    bool slot_young;        /* set by copy_slot when the slot ends up referring to the young generation */
} Minor;

static Object *forwardee(Object *o) {
    return (o->bits & RT_GC_FORWARDED) ? (Object *)o->klass : NULL;
}

static Object *evacuate(Minor *mc, Object *o) {
    GcHeap *h = &VM->heap;
    Object *f = forwardee(o);
    if (f) return f;
    size_t size = gc_size(o);
    uint32_t age = (o->bits & RT_GC_AGE_MASK) >> RT_GC_AGE_SHIFT;
    uint8_t *dst = NULL;
    if (age < h->tenuring && (size_t)(mc->to->end - mc->to->top) >= size) {
        dst = mc->to->top;
        mc->to->top += size;
        age++;
    } else {
        dst = gc_old_alloc(size);
        /* gc_collect only starts a minor collection when the old generation can take all of young */
        if (!dst) rt_fatal("promotion failed: the old generation is full");
        age = 0;
    }
    memcpy(dst, o, size);
    Object *n = (Object *)dst;
    n->bits = (n->bits & ~RT_GC_AGE_MASK) | (age << RT_GC_AGE_SHIFT);
    o->klass = (Class *)n;
    o->bits |= RT_GC_FORWARDED;
    return n;
}

static void copy_slot(Object **slot, void *ctx) {
    Minor *mc = ctx;
    Object *o = *slot;
    if (!o || !gc_is_young(o)) return;
    if (gc_in(mc->to, o)) {
        mc->slot_young = true;
        return;
    }
    Object *n = evacuate(mc, o);
    *slot = n;
    if (gc_is_young(n)) mc->slot_young = true;
}

static void root_frame(Frame *f, void *ctx) { gc_frame_refs(f, copy_slot, ctx); }

/* Scans one copied object: its slots are updated; young referents of references are recorded. */
static void scan_object(Minor *mc, Object *o, bool promoted) {
    Class *c = o->klass;
    bool is_ref = c->kind == CK_INSTANCE && c->ref_kind >= RK_SOFT && c->ref_kind <= RK_PHANTOM &&
                  c->ref_kind != RK_SOFT;
    if (is_ref) {
        Object *r = *(Object **)rt_field_ptr(o, VM->heap.referent_off);
        if (r && gc_is_young(r) && !gc_in(mc->to, r)) gc_vec_push(&mc->discovered, o);
    }
    if (!promoted) {
        gc_object_slots(o, is_ref, copy_slot, mc);
        return;
    }
    /* promoted: dirty the card of every slot left referring to the young generation */
    Class *k = c;
    if (k->kind == CK_ARRAY) {
        if (k->component->kind == CK_PRIMITIVE) return;
        Object **e = rt_array_data(o);
        for (int32_t i = 0; i < ((Array *)o)->length; i++) {
            mc->slot_young = false;
            copy_slot(&e[i], mc);
            if (mc->slot_young) GC_CARDS[gc_card_index(&e[i])] = 1;
        }
        return;
    }
    for (uint32_t i = 0; i < k->n_ref_offsets; i++) {
        Object **s = (Object **)rt_field_ptr(o, k->ref_offsets[i]);
        if (is_ref && k->ref_offsets[i] == VM->heap.referent_off) continue;
        mc->slot_young = false;
        copy_slot(s, mc);
        if (mc->slot_young) GC_CARDS[gc_card_index(s)] = 1;
    }
}

/* Scans the old-generation objects that overlap dirty cards, slot by slot within each card. */
static void scan_cards(Minor *mc, uint8_t *old_top) {
    if (old_top == VM->heap.old.base) return;
    size_t ncards = gc_card_index(old_top - 1) + 1;
    for (size_t ci = 0; ci < ncards; ci++) {
        /* skip clean cards eight at a time */
        while ((ci & 7) == 0 && ci + 8 <= ncards && *(uint64_t *)&GC_CARDS[ci] == 0) ci += 8;
        if (ci >= ncards) break;
        if (!GC_CARDS[ci]) continue;
        uint8_t *cs = (uint8_t *)RT_OLD_BASE + (ci << RT_CARD_SHIFT);
        uint8_t *ce = cs + GC_CARD_SIZE;
        if (ce > old_top) ce = old_top;
        bool young = false;
        uint8_t *p = (uint8_t *)RT_OLD_BASE + ((size_t)GC_BOT[ci] << 3);
        while (p < ce) {
            Object *o = (Object *)p;
            size_t size = gc_size(o);
            Class *c = o->klass;
            if (c->kind == CK_ARRAY) {
                if (c->component->kind != CK_PRIMITIVE) {
                    Object **e = rt_array_data(o);
                    Object **lo = (Object **)(cs > (uint8_t *)e ? cs : (uint8_t *)e);
                    Object **hi = e + ((Array *)o)->length;
                    if ((uint8_t *)hi > ce) hi = (Object **)ce;
                    for (Object **s = lo; s < hi; s++) {
                        mc->slot_young = false;
                        copy_slot(s, mc);
                        young |= mc->slot_young;
                    }
                }
            } else {
                for (uint32_t i = 0; i < c->n_ref_offsets; i++) {
                    uint8_t *s = p + c->ref_offsets[i];
                    if (s < cs || s >= ce) continue;
                    /* a reference's referent is traced strongly here: weakly reachable young objects held by
                     * old references survive until the next full collection */
                    mc->slot_young = false;
                    copy_slot((Object **)s, mc);
                    young |= mc->slot_young;
                }
            }
            p += size;
        }
        GC_CARDS[ci] = young;
    }
}

static void drain(Minor *mc) {
    uint8_t *to_scan = mc->to->base;
    for (;;) {
        bool work = false;
        while (to_scan < mc->to->top) {
            Object *o = (Object *)to_scan;
            to_scan += gc_size(o);
            scan_object(mc, o, false);
            work = true;
        }
        while (mc->old_scan < VM->heap.old.top) {
            Object *o = (Object *)mc->old_scan;
            mc->old_scan += gc_size(o);
            scan_object(mc, o, true);
            work = true;
        }
        if (!work) return;
    }
}

static Object *minor_alive(Object *r) {
    if (!gc_is_young(r)) return r;
    return forwardee(r);
}

void gc_minor(Thread *t) {
    (void)t;
    GcHeap *h = &VM->heap;
    Minor mc = {&h->to, h->old.top, {0}, false};
    h->to.top = h->to.base;
    uint8_t *old_top = h->old.top;
    scan_cards(&mc, old_top);
    RootVisitor v = {copy_slot, root_frame, &mc};
    rt_roots_walk(&v);
    drain(&mc);
    gc_refs_process(&mc.discovered, minor_alive);
    drain(&mc); /* enqueueing references touches nothing new, but stay safe */
    free(mc.discovered.v);
    /* eden and from are now garbage */
    if (VM->opt.verify_heap || VM->opt.gc_stress) {
        memset(h->eden.base, 0xab, (size_t)(h->eden.top - h->eden.base));
        memset(h->from.base, 0xab, (size_t)(h->from.top - h->from.base));
        if (h->eden.top > h->eden_dirty) h->eden_dirty = h->eden.top;
    }
    h->eden.top = h->eden.base;
    GcSpace from = h->from;
    h->from = h->to;
    h->to = from;
    h->to.top = h->to.base;
}
