/* -XX:+VerifyHeap: walks every object of every space and every root and checks that
 *  - each object has a class pointer into metaspace and no collector flag left in its header;
 *  - each reference (fields, array elements, roots, frame slots by reference map) is null or the start of an
 *    object in the old generation, eden or the from-survivor space;
 *  - each old-generation slot that refers to the young generation lies on a dirty card (the barrier did its
 *    job), and the block offset table gives, for every card, the object covering the card's first byte.
 * Runs after every collection and when the program ends. A failure is fatal (exit 134). */
#include "gc_internal.h"

#include <stdio.h>

enum { NSPACES = 3 };

typedef struct VerifyState {
    GcSpace sp[NSPACES];       /* old, eden (up to the TLAB's free part), from */
    uint8_t *starts[NSPACES];  /* one bit per 8 bytes */
    size_t errors;
    const char *where;
    const void *holder;
} VerifyState;

static bool in_meta(const void *p) {
    return (const uint8_t *)p >= VM->meta_base && (const uint8_t *)p < VM->meta_top && ((uintptr_t)p & 7) == 0;
}

static void report(VerifyState *s, const char *fmt, const void *a, const void *b) {
    if (s->errors++ < 10) {
        fprintf(stderr, "ember: VerifyHeap (%s): ", s->where);
        fprintf(stderr, fmt, a, b);
        fputc('\n', stderr);
    }
}

static bool is_start(VerifyState *s, const Object *o) {
    for (int i = 0; i < NSPACES; i++) {
        if (!gc_in(&s->sp[i], o)) continue;
        if ((uintptr_t)o & 7) return false;
        size_t bit = (size_t)((const uint8_t *)o - s->sp[i].base) >> 3;
        return (s->starts[i][bit >> 3] >> (bit & 7)) & 1;
    }
    return false;
}

static void check_slot(Object **slot, void *ctx) {
    VerifyState *s = ctx;
    Object *o = *slot;
    if (!o) return;
    if (!is_start(s, o)) {
        const Object *h = s->holder;
        if (h && (gc_is_old(h) || gc_is_young(h)) && s->errors < 10)
            fprintf(stderr, "ember: VerifyHeap: the holder below is a %s, slot at offset %ld\n", h->klass->name->text,
                    (long)((const uint8_t *)slot - (const uint8_t *)h));
        report(s, "reference %p in %p is not an object", (void *)o, s->holder ? s->holder : (const void *)slot);
        return;
    }
    if (gc_is_old(slot) && gc_is_young(o) && !GC_CARDS[gc_card_index(slot)])
        report(s, "old slot %p refers to young %p on a clean card", (void *)slot, (void *)o);
}

static void root_frame(Frame *f, void *ctx) {
    VerifyState *s = ctx;
    if (!in_meta(f->method)) {
        report(s, "frame %p has no method%s", (void *)f, "");
        return;
    }
    s->holder = f;
    gc_frame_refs(f, check_slot, ctx);
    s->holder = NULL;
}

static void root_ref(Object **slot, void *ctx) {
    ((VerifyState *)ctx)->holder = NULL;
    check_slot(slot, ctx);
}

static bool parse_space(VerifyState *s, int i) {
    GcSpace *sp = &s->sp[i];
    s->starts[i] = calloc(((size_t)(sp->top - sp->base) >> 6) + 1, 1);
    for (uint8_t *p = sp->base; p < sp->top;) {
        Object *o = (Object *)p;
        if (!in_meta(o->klass) || !o->klass->name) {
            report(s, "object %p has a bad class pointer %p", (void *)o, (void *)o->klass);
            return false;
        }
        if (o->bits & (RT_GC_MARK | RT_GC_FORWARDED)) report(s, "object %p has collector flags left%s", (void *)o, "");
        size_t bit = (size_t)(p - sp->base) >> 3;
        s->starts[i][bit >> 3] |= (uint8_t)(1u << (bit & 7));
        p += gc_size(o);
        if (p > sp->top) report(s, "object %p runs past the end of its space%s", (void *)o, "");
    }
    return true;
}

static void check_bot(VerifyState *s) {
    GcSpace *old = &s->sp[0];
    if (old->top == old->base) return;
    size_t ncards = gc_card_index(old->top - 1) + 1;
    for (size_t c = 0; c < ncards; c++) {
        Object *o = (Object *)((uint8_t *)RT_OLD_BASE + ((size_t)GC_BOT[c] << 3));
        uint8_t *cs = (uint8_t *)RT_OLD_BASE + (c << RT_CARD_SHIFT);
        if (!is_start(s, o) || (uint8_t *)o > cs || (uint8_t *)o + gc_size(o) <= cs)
            report(s, "block offset table entry for card at %p is wrong (%p)", (void *)cs, (void *)o);
    }
}

void gc_verify_heap(const char *where) {
    GcHeap *h = &VM->heap;
    Thread *t = &VM->main;
    VerifyState s = {{h->old, h->eden, h->from}, {NULL}, 0, where, NULL};
    if (t->tlab_top && t->tlab_end == h->eden.top) s.sp[1].top = t->tlab_top;
    bool parsed = true;
    for (int i = 0; i < NSPACES; i++) parsed = parse_space(&s, i) && parsed;
    if (parsed) {
        for (int i = 0; i < NSPACES; i++) {
            for (uint8_t *p = s.sp[i].base; p < s.sp[i].top;) {
                Object *o = (Object *)p;
                s.holder = o;
                gc_object_slots(o, false, check_slot, &s);
                p += gc_size(o);
            }
        }
        s.holder = NULL;
        check_bot(&s);
        RootVisitor v = {root_ref, root_frame, &s};
        rt_roots_walk(&v);
    }
    for (int i = 0; i < NSPACES; i++) free(s.starts[i]);
    if (s.errors) rt_fatal("VerifyHeap found %zu errors (%s)", s.errors, where);
}
