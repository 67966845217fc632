/* Heap sizing, allocation and the collection driver.
 *
 * Allocation: a thread-local allocation buffer (TLAB) carved from eden by a bump pointer; objects too large
 * for the young generation's copying (>= a quarter of eden, and always from 256 KiB) go straight to the old
 * generation. When eden is full a minor collection runs; when the old generation might not absorb the worst
 * case promotion, a full collection runs instead. An allocation that still cannot be satisfied after a full
 * collection that also cleared soft references returns NULL: the caller throws OutOfMemoryError.
 *
 * Sizing: -Xmn, else a third of -Xmx capped at 32 MiB (serverless functions want short, frequent minor
 * pauses and a small footprint more than HotSpot's throughput default). Eden:survivor:survivor = 8:1:1 as in
 * HotSpot's SurvivorRatio=8. The old generation may grow to -Xmx minus the young generation; it is committed
 * as it fills. Memory that eden has used since start-up is re-zeroed when a TLAB is handed out again. */
#include "gc_internal.h"

#include <stdio.h>

static size_t round_down(size_t v, size_t a) { return v & ~(a - 1); }
static uintptr_t round_up(uintptr_t v, uintptr_t a) { return (v + a - 1) & ~(a - 1); }

void gc_init(void) {
    GcHeap *h = &VM->heap;
    const VmOptions *o = &VM->opt;
    uint64_t xmx = o->xmx;
    if (xmx > RT_OLD_RESERVE) xmx = RT_OLD_RESERVE;
    uint64_t young = o->xmn;
    if (!young) {
        young = xmx / 3;
        if (young > (32u << 20)) young = 32u << 20;
    }
    if (young > xmx / 2) young = xmx / 2;
    if (young > RT_YOUNG_RESERVE) young = RT_YOUNG_RESERVE;
    if (young < (640u << 10)) young = 640u << 10;
    size_t surv = round_down((size_t)young / 10, 4096);
    size_t eden = round_down((size_t)young - 2 * surv, 4096);
    uint8_t *y = (uint8_t *)RT_YOUNG_BASE;
    h->eden = (GcSpace){y, y, y + eden, y + eden};
    h->from = (GcSpace){y + eden, y + eden, y + eden + surv, y + eden + surv};
    h->to = (GcSpace){y + eden + surv, y + eden + surv, y + eden + 2 * surv, y + eden + 2 * surv};
    rt_commit(y, y + eden + 2 * surv);
    h->eden_dirty = y;
    h->max_old = xmx > young + (1u << 20) ? xmx - young : (1u << 20);
    uint8_t *ob = (uint8_t *)RT_OLD_BASE;
    h->old = (GcSpace){ob, ob, ob + h->max_old, ob};
    h->cards_commit = GC_CARDS;
    h->bot_commit = (uint8_t *)GC_BOT;
    h->tenuring = o->max_tenuring;
    h->stress_countdown = o->gc_stress;
    uint64_t xms = o->xms < xmx ? o->xms : xmx;
    if (xms > young) { /* -Xms: commit that much of the old generation up front */
        gc_old_commit(ob + (xms - young));
    }
    if (o->log_gc) printf("[%.3fs][info][gc] Using Ember generational (copying young, mark-compact old)\n",
                          (double)(rt_nanos() - VM->start_nanos) / 1e9);
}

/* Commits old-generation memory, card table and block offset table up to `top`. */
void gc_old_commit(uint8_t *top) {
    GcHeap *h = &VM->heap;
    if (top > h->old.commit) {
        uint8_t *nc = (uint8_t *)round_up((uintptr_t)top, RT_COMMIT_CHUNK);
        if (nc > h->old.end) nc = (uint8_t *)round_up((uintptr_t)h->old.end, 4096);
        rt_commit(h->old.commit, nc);
        h->old.commit = nc;
        uint8_t *cc = GC_CARDS + gc_card_index(nc - 1) + 1;
        if (cc > h->cards_commit) {
            rt_commit(h->cards_commit, cc);
            h->cards_commit = (uint8_t *)round_up((uintptr_t)cc, 4096);
        }
        uint8_t *bc = (uint8_t *)(GC_BOT + gc_card_index(nc - 1) + 1);
        if (bc > h->bot_commit) {
            rt_commit(h->bot_commit, bc);
            h->bot_commit = (uint8_t *)round_up((uintptr_t)bc, 4096);
        }
    }
}

void gc_old_set_top(uint8_t *top) {
    gc_old_commit(top);
    VM->heap.old.top = top;
}

/* The block offset table: for every card whose first byte lies inside [obj, obj+size), the object's start
 * (in words from RT_OLD_BASE). Card scanning starts from it. */
void gc_bot_record(uint8_t *obj, size_t size) {
    size_t first = gc_card_index(obj + GC_CARD_SIZE - 1);
    size_t last = gc_card_index(obj + size - 1);
    uint32_t w = (uint32_t)(((uintptr_t)obj - RT_OLD_BASE) >> 3);
    for (size_t c = first; c <= last; c++) GC_BOT[c] = w;
}

uint8_t *gc_old_alloc(size_t size) {
    GcHeap *h = &VM->heap;
    uint8_t *p = h->old.top;
    if ((size_t)(h->old.end - p) < size) return NULL;
    gc_old_set_top(p + size);
    gc_bot_record(p, size);
    return p;
}

void gc_retire_tlab(Thread *t) {
    GcHeap *h = &VM->heap;
    if (t->tlab_top && t->tlab_end == h->eden.top) h->eden.top = t->tlab_top; /* one thread: give it back */
    else if (t->tlab_top && t->tlab_top < t->tlab_end) rt_fatal("TLAB cannot be retired");
    t->tlab_top = t->tlab_end = NULL;
}

uint64_t gc_young_used(void) {
    GcHeap *h = &VM->heap;
    Thread *t = &VM->main;
    uint64_t free_tlab = t->tlab_top ? (uint64_t)(t->tlab_end - t->tlab_top) : 0;
    return (uint64_t)(h->eden.top - h->eden.base) - free_tlab + (uint64_t)(h->from.top - h->from.base);
}

static bool refill_tlab(Thread *t, size_t size) {
    GcHeap *h = &VM->heap;
    gc_retire_tlab(t);
    size_t want = size > GC_TLAB_SIZE ? size : GC_TLAB_SIZE;
    size_t avail = (size_t)(h->eden.end - h->eden.top);
    if (avail < size) return false;
    if (want > avail) want = avail;
    uint8_t *p = h->eden.top;
    if (p < h->eden_dirty) memset(p, 0, (size_t)((h->eden_dirty < p + want ? h->eden_dirty : p + want) - p));
    h->eden.top = p + want;
    if (h->eden.top > h->eden_dirty) h->eden_dirty = h->eden.top;
    t->tlab_top = p;
    t->tlab_end = p + want;
    return true;
}

static size_t large_threshold(void) {
    size_t q = (size_t)(VM->heap.eden.end - VM->heap.eden.base) / 4;
    return q < (256u << 10) ? q : (256u << 10);
}

static Object *try_alloc(Thread *t, size_t size) {
    if (size >= large_threshold()) {
        uint8_t *p = gc_old_alloc(size);
        if (p) memset(p, 0, size);
        return (Object *)p;
    }
    if ((size_t)(t->tlab_end - t->tlab_top) < size && !refill_tlab(t, size)) return NULL;
    uint8_t *p = t->tlab_top;
    t->tlab_top = p + size;
    return (Object *)p;
}

/* Would a minor collection be sure to find room in the old generation for everything it might promote? */
static bool promotion_safe(void) {
    GcHeap *h = &VM->heap;
    return (uint64_t)(h->old.end - h->old.top) >= gc_young_used();
}

Object *gc_alloc(Thread *t, size_t size) {
    GcHeap *h = &VM->heap;
    size = gc_align8(size);
    if (RT_UNLIKELY(h->stress_countdown) && --h->stress_countdown == 0) {
        h->stress_countdown = VM->opt.gc_stress;
        /* Every 64th stress collection is a full one, so that compaction is stressed too (more often would
         * make stress runs of programs with large heaps quadratic). */
        int full = (h->n_gc & 63) == 63;
        /* a young collection that might not find room to promote would be a full one: with a nearly full
         * heap that makes every Nth allocation a full collection, so stress leaves those to the policy */
        if (full || promotion_safe()) gc_collect(t, full, GC_CAUSE_STRESS);
    }
    uint8_t *p = t->tlab_top;
    if (RT_LIKELY((size_t)(t->tlab_end - p) >= size && size < large_threshold())) {
        t->tlab_top = p + size;
        return (Object *)p;
    }
    Object *o = try_alloc(t, size);
    if (o) return o;
    if (RT_UNLIKELY(t->no_gc)) rt_fatal("allocation needs a collection where none is allowed");
    gc_collect(t, !promotion_safe() || size >= large_threshold(), GC_CAUSE_ALLOC);
    if ((o = try_alloc(t, size))) return o;
    gc_collect(t, 1, GC_CAUSE_ALLOC);
    if ((o = try_alloc(t, size))) return o;
    gc_collect(t, 1, GC_CAUSE_LAST_DITCH);
    return try_alloc(t, size);
}

size_t gc_object_size(Object *o) { return gc_size(o); }

void gc_barrier_array(Array *a, int32_t from, int32_t n) {
    if (!gc_is_old(a) || n <= 0) return;
    Object **e = (Object **)rt_array_data(a);
    for (int32_t i = from; i < from + n; i++) gc_barrier(&e[i], e[i]);
}

void gc_barrier_object(Object *o) {
    if (!gc_is_old(o)) return;
    Class *c = o->klass;
    if (c->kind == CK_ARRAY) {
        if (c->component->kind != CK_PRIMITIVE) gc_barrier_array((Array *)o, 0, ((Array *)o)->length);
        return;
    }
    for (uint32_t i = 0; i < c->n_ref_offsets; i++) {
        Object **s = (Object **)rt_field_ptr(o, c->ref_offsets[i]);
        gc_barrier(s, *s);
    }
}

uint64_t gc_heap_used(void) { return (uint64_t)(VM->heap.old.top - VM->heap.old.base) + gc_young_used(); }

uint64_t gc_heap_capacity(void) {
    GcHeap *h = &VM->heap;
    return (uint64_t)(h->old.commit - h->old.base) + (uint64_t)(h->eden.end - h->eden.base) +
           (uint64_t)(h->from.end - h->from.base);
}

uint64_t gc_heap_max(void) {
    GcHeap *h = &VM->heap;
    return h->max_old + (uint64_t)(h->eden.end - h->eden.base) + (uint64_t)(h->from.end - h->from.base);
}

size_t gc_max_object_size(void) { return (size_t)VM->heap.max_old; }

/* HotSpot's unit choice for -Xlog:gc sizes (byte_size_in_proper_unit). */
static void fmt_size(char *buf, size_t n, uint64_t s) {
    if (s >= ((uint64_t)10 << 30)) snprintf(buf, n, "%luG", (unsigned long)(s >> 30));
    else if (s >= (10u << 20)) snprintf(buf, n, "%luM", (unsigned long)(s >> 20));
    else if (s >= (10u << 10)) snprintf(buf, n, "%luK", (unsigned long)(s >> 10));
    else snprintf(buf, n, "%luB", (unsigned long)s);
}

static const char *cause_name(int cause) {
    switch (cause) {
    case GC_CAUSE_SYSTEM: return "System.gc()";
    case GC_CAUSE_STRESS: return "GC Stress";
    case GC_CAUSE_LAST_DITCH: return "Last ditch collection";
    case GC_CAUSE_SNAPSHOT: return "Snapshot";
    default: return "Allocation Failure";
    }
}

void gc_collect(Thread *t, int full, int cause) {
    GcHeap *h = &VM->heap;
    if (t->no_gc) rt_fatal("collection requested where none is allowed");
    uint64_t t0 = rt_nanos();
    uint64_t before = gc_heap_used();
    gc_retire_tlab(t);
    t->no_gc++;
    if (!full && !promotion_safe()) full = 1;
    if (full) gc_full(t, cause == GC_CAUSE_LAST_DITCH);
    else gc_minor(t);
    t->no_gc--;
    uint64_t ns = rt_nanos() - t0;
    h->pause_ns_total += ns;
    if (ns > h->pause_ns_max) h->pause_ns_max = ns;
    if (VM->opt.log_gc) {
        char a[32], b[32], c[32];
        fmt_size(a, sizeof a, before);
        fmt_size(b, sizeof b, gc_heap_used());
        fmt_size(c, sizeof c, gc_heap_capacity());
        printf("[%.3fs][info][gc] GC(%u) Pause %s (%s) %s->%s(%s) %.3fms\n", (double)(rt_nanos() - VM->start_nanos) / 1e9,
               h->n_gc, full ? "Full" : "Young", cause_name(cause), a, b, c, (double)ns / 1e6);
    }
    h->n_gc++;
    if (full) h->n_full++;
    if (VM->opt.verify_heap) gc_verify_heap(full ? "after a full collection" : "after a young collection");
}
