/* Writing a snapshot: the VM space in use, as regions at their addresses.
 *
 * Which memory is saved follows from the Vm root struct alone (no other state exists, ARCHITECTURE
 * invariant 3): the root struct, metaspace up to its bump pointer, the old generation up to its top with its
 * block offset table and card table, and, as commit-only (zero) regions, everything else that is committed —
 * the Java stack (no frames at the quiescent point), the rest of metaspace's and the old generation's
 * committed memory, and the empty young generation. Within saved memory, pages that are all zero are not
 * stored either: they become part of the zero regions, which costs nothing to restore.
 *
 * A few fields of the root struct describe this process rather than the VM and are written normalised, from
 * a copy, so that the running VM is left untouched: eden's "used since start-up" mark (a restored process
 * gets fresh zero pages), the clocks, pause statistics, and stale native-handle slots. With the free tail of
 * the old generation's last page and the block offsets past its top cleared (snap_prepare), the same binary,
 * class path, handler, inputs and options write the same bytes. */
#define _GNU_SOURCE
#include "snap_format.h"

#include "../gc/gc.h"
#include "../jit/jit.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

static uintptr_t page_up(uintptr_t v) { return (v + SNAP_PAGE - 1) & ~(uintptr_t)(SNAP_PAGE - 1); }

int snap_prepare(Thread *t, char *err, size_t n) {
    if (t->top || t->native_depth || t->nhandles || t->exception)
        return snap_fail(err, n, SNAP_EIO, "not at a quiescent point (Java frames or native handles are live)");
    if (VM->code.open || VM->code.patch_depth)
        return snap_fail(err, n, SNAP_EIO, "not at a quiescent point (compiled code is being written)");
    jit_poll(t); /* compilations the warm-up asked for go into the snapshot */
    if (t->exception) return snap_fail(err, n, SNAP_EIO, "an exception is pending after the compile queue ran");
    /* Collect, let Cleaners and reference queues see what the collection found, and compact again so that
     * whatever that Java code allocated is in the old generation too. */
    gc_collect(t, 1, GC_CAUSE_SNAPSHOT);
    if (!rt_ref_process_pending(t)) return snap_fail(err, n, SNAP_EIO, "a reference handler threw an exception");
    gc_collect(t, 1, GC_CAUSE_SNAPSHOT);
    GcHeap *h = &VM->heap;
    if (h->eden.top != h->eden.base || h->from.top != h->from.base || t->tlab_top)
        return snap_fail(err, n, SNAP_EIO, "the heap is too full to compact the young generation into the old one "
                            "(raise -Xmx)");
    /* free memory that will be written (the rest of the old generation's last page, block offsets of cards
     * past its top) may hold what the compaction moved away: clear it, it is free either way */
    uint8_t *top = h->old.top, *page_end = (uint8_t *)page_up((uintptr_t)top);
    if (page_end > h->old.commit) page_end = h->old.commit;
    if (page_end > top) memset(top, 0, (size_t)(page_end - top));
    uint32_t *bot = (uint32_t *)RT_BOT_BASE;
    size_t first_free_card = (size_t)((page_up((uintptr_t)top) - RT_OLD_BASE) >> RT_CARD_SHIFT);
    size_t bot_end = (size_t)(h->bot_commit - (uint8_t *)bot) / 4;
    size_t bot_page_end = page_up(first_free_card * 4) / 4;
    if (bot_page_end > bot_end) bot_page_end = bot_end;
    if (bot_page_end > first_free_card) memset(bot + first_free_card, 0, (bot_page_end - first_free_card) * 4);
    return SNAP_OK;
}

/* A part of VM space: `src` holds the bytes for [base, base+data) (the live memory, or the normalised copy
 * of the root struct); [base, base+commit) is committed in a restored process, with protection `prot`
 * (read-write, except the code cache: read-execute, and its entry table read-only). */
typedef struct Area {
    uint32_t kind;
    uint8_t *base;
    const uint8_t *src;
    size_t data, commit;
    uint32_t prot;
} Area;

#define RW (PROT_READ | PROT_WRITE)

typedef struct Regions {
    SnapRegion *r;
    const uint8_t **src;
    uint32_t n, cap;
} Regions;

static bool add_region(Regions *rs, SnapRegion r, const uint8_t *src) {
    if (rs->n == rs->cap) {
        uint32_t cap = rs->cap ? rs->cap * 2 : 64;
        SnapRegion *nr = realloc(rs->r, sizeof *nr * cap);
        const uint8_t **ns = nr ? realloc(rs->src, sizeof *ns * cap) : NULL;
        if (nr) rs->r = nr;
        if (!ns) return false;
        rs->src = ns;
        rs->cap = cap;
    }
    rs->src[rs->n] = src;
    rs->r[rs->n++] = r;
    return rs->n <= SNAP_MAX_REGIONS;
}

static bool page_is_zero(const uint8_t *p) {
    const uint64_t *w = (const uint64_t *)p;
    uint64_t acc = 0;
    for (size_t i = 0; i < SNAP_PAGE / 8; i++) acc |= w[i];
    return acc == 0;
}

/* Data regions for the non-zero pages of an area, in address order, split at SNAP_MAX_DATA_REGION. */
static bool add_data_regions(Regions *rs, const Area *a) {
    size_t pages = a->data / SNAP_PAGE;
    size_t i = 0;
    while (i < pages) {
        if (page_is_zero(a->src + i * SNAP_PAGE)) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < pages && (j - i) * SNAP_PAGE < SNAP_MAX_DATA_REGION && !page_is_zero(a->src + j * SNAP_PAGE)) j++;
        SnapRegion r = {.addr = (uintptr_t)a->base + i * SNAP_PAGE, .size = (j - i) * SNAP_PAGE,
                        .prot = a->prot, .kind = a->kind};
        r.crc = snap_crc32(0, a->src + i * SNAP_PAGE, r.size);
        if (!add_region(rs, r, a->src + i * SNAP_PAGE)) return false;
        i = j;
    }
    return true;
}

static int collect_areas(Area *areas, const Vm *copy) {
    Vm *vm = VM;
    GcHeap *h = &vm->heap;
    int k = 0;
    size_t root = page_up(sizeof(Vm));
    areas[k++] = (Area){SNAP_R_ROOT, (uint8_t *)RT_VM_BASE, (const uint8_t *)copy, root, root, RW};
    areas[k++] = (Area){SNAP_R_META, vm->meta_base, vm->meta_base, page_up((uintptr_t)vm->meta_top) - (uintptr_t)vm->meta_base,
                        (size_t)(vm->meta_commit - vm->meta_base), RW};
    size_t stack = page_up((uintptr_t)vm->main.stack_hard_limit) - (uintptr_t)vm->stack_region;
    areas[k++] = (Area){SNAP_R_STACK, vm->stack_region, vm->stack_region, 0, stack, RW};
    /* (Areas go in address order: data regions must be sorted.) The code cache (jit/jit.h): its entry table
     * page holds this process's function addresses, so it is stored as zeros (a commit-only region; every
     * restore refills it before code runs); the blobs are written up to the last page in use and mapped
     * read-execute on restore. No code page is writable at the quiescent point (snap_prepare checks). */
    JitCodeCache *cc = &vm->code;
    if (cc->start) {
        areas[k++] = (Area){SNAP_R_CODE, cc->start, cc->start, 0, JIT_ENTRY_TABLE_BYTES, PROT_READ};
        size_t code = (size_t)(cc->commit - cc->base);
        areas[k++] = (Area){SNAP_R_CODE, cc->base, cc->base, code, code, PROT_READ | PROT_EXEC};
    }
    uint8_t *cards = (uint8_t *)RT_CARDS_BASE;
    areas[k++] = (Area){SNAP_R_CARDS, cards, cards, (size_t)(h->cards_commit - cards), (size_t)(h->cards_commit - cards), RW};
    /* block offsets matter only for cards below the old generation's top */
    uint8_t *bot = (uint8_t *)RT_BOT_BASE;
    size_t used_cards = (size_t)((page_up((uintptr_t)h->old.top) - RT_OLD_BASE) >> RT_CARD_SHIFT);
    size_t bot_data = page_up(used_cards * 4);
    if (bot_data > (size_t)(h->bot_commit - bot)) bot_data = (size_t)(h->bot_commit - bot);
    areas[k++] = (Area){SNAP_R_BOT, bot, bot, bot_data, (size_t)(h->bot_commit - bot), RW};
    areas[k++] = (Area){SNAP_R_OLD, h->old.base, h->old.base, page_up((uintptr_t)h->old.top) - (uintptr_t)h->old.base,
                        (size_t)(h->old.commit - h->old.base), RW};
    /* the survivor spaces swap roles at every young collection: commit up to the higher one */
    uint8_t *young_end = h->to.end > h->from.end ? h->to.end : h->from.end;
    areas[k++] = (Area){SNAP_R_YOUNG, h->eden.base, h->eden.base, 0, (size_t)(young_end - h->eden.base), RW};
    return k;
}

/* Where System.nanoTime resumes after a restore: a constant, so that snapshots are reproducible, and above
 * any value seen before the snapshot (the clock starts near 0 at boot, rt_vmspace.c) unless the warm-up ran
 * for more than 13 days. */
#define SNAP_RESUME_NANOS ((uint64_t)1 << 50)

static void normalise_root(Vm *c) {
    c->heap.eden_dirty = c->heap.eden.base;
    c->start_nanos = 0;
    uint64_t now = (uint64_t)rt_java_nanos();
    c->nanos_at_snapshot = now < SNAP_RESUME_NANOS ? SNAP_RESUME_NANOS : now;
    c->nanos_offset = 0; /* set by the restore */
    c->heap.pause_ns_total = c->heap.pause_ns_max = 0;
    c->main.tlab_top = c->main.tlab_end = NULL;
    c->main.c_stack_limit = 0;
    memset(c->main.handles, 0, sizeof c->main.handles);
    c->code.exit_printed = 0;
    c->jit.compile_ns = 0;
    c->jit.interp_calls = c->jit.osr_transfers = 0;
}

int snap_write(const SnapWriteOptions *o, char *err, size_t n) {
    size_t root = page_up(sizeof(Vm));
    Vm *copy = mmap(NULL, root, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (copy == MAP_FAILED) return snap_fail(err, n, SNAP_EIO, "out of memory");
    memcpy(copy, VM, sizeof(Vm));
    normalise_root(copy);

    Area areas[16];
    int n_areas = collect_areas(areas, copy);
    Regions rs = {0};
    int status = SNAP_OK;
    for (int i = 0; i < n_areas && status == SNAP_OK; i++)
        if (areas[i].commit &&
            !add_region(&rs, (SnapRegion){.addr = (uintptr_t)areas[i].base, .size = page_up(areas[i].commit),
                                          .prot = areas[i].prot, .kind = areas[i].kind, .flags = SNAP_RF_ZERO},
                        NULL))
            status = snap_fail(err, n, SNAP_EIO, "too many regions");
    for (int i = 0; i < n_areas && status == SNAP_OK; i++)
        if (!add_data_regions(&rs, &areas[i])) status = snap_fail(err, n, SNAP_EIO, "too many regions");

    char *tmp = NULL;
    int fd = -1;
    if (status == SNAP_OK && (fd = snap_atomic_create(o->path, &tmp, err, n)) < 0) status = SNAP_EIO;

    SnapHeader *h = calloc(1, SNAP_PAGE);
    uint64_t off = SNAP_PAGE + page_up((uint64_t)rs.n * sizeof(SnapRegion));
    uint64_t data = 0, stored = 0;
    uint8_t *zbuf = NULL;
    for (uint32_t i = 0; i < rs.n && status == SNAP_OK; i++) {
        SnapRegion *r = &rs.r[i];
        if (r->flags & SNAP_RF_ZERO) continue;
        const uint8_t *src = rs.src[i];
        if (o->compress) {
            uLongf zl = compressBound((uLong)r->size);
            free(zbuf);
            zbuf = malloc(zl);
            if (!zbuf || compress2(zbuf, &zl, src, (uLong)r->size, 6) != Z_OK) {
                status = snap_fail(err, n, SNAP_EIO, "compression failed");
                break;
            }
            r->flags |= SNAP_RF_DEFLATE;
            r->file_offset = off;
            r->stored_size = zl;
            if (!snap_write_full(fd, zbuf, zl, off)) status = snap_fail(err, n, SNAP_EIO, "cannot write %s: %s", tmp, strerror(errno));
        } else {
            r->file_offset = off;
            r->stored_size = r->size;
            if (!snap_write_full(fd, src, r->size, off)) status = snap_fail(err, n, SNAP_EIO, "cannot write %s: %s", tmp, strerror(errno));
        }
        off += r->stored_size;
        if (!o->compress) off = page_up(off);
        data += r->size;
        stored += r->stored_size;
    }
    free(zbuf);

    if (status == SNAP_OK) {
        memcpy(h->magic, SNAP_MAGIC, 8);
        h->version[0] = SNAP_FORMAT_VERSION;
        h->header_size[0] = SNAP_PAGE;
        h->flags[0] = o->compress ? SNAP_F_COMPRESSED : 0;
        h->build_id_len[0] = (uint32_t)snap_build_id(h->build_id);
        h->kind[0] = VM->fn.kind;
        h->layout_hash[0] = snap_layout_hash();
        h->cpu_features[0] = SNAP_CPU_REQUIRED;
        h->vm_base[0] = RT_VM_BASE;
        h->vm_size[0] = RT_VM_SIZE;
        h->file_size[0] = off;
        h->table_offset[0] = SNAP_PAGE;
        h->n_regions[0] = rs.n;
        h->n_classes[0] = VM->n_classes;
        h->data_bytes[0] = data;
        h->stored_bytes[0] = stored;
        snprintf(h->ember_version, sizeof h->ember_version, "%s", RT_EMBER_VERSION);
        snprintf(h->handler, sizeof h->handler, "%s", o->handler ? o->handler : "");
        snprintf(h->options, sizeof h->options, "%s", o->options ? o->options : "");
        size_t tbytes = (size_t)rs.n * sizeof(SnapRegion);
        uint32_t crc = snap_crc32(0, h, SNAP_PAGE);
        h->header_crc[0] = snap_crc32(crc, rs.r, tbytes);
        if (!snap_write_full(fd, h, SNAP_PAGE, 0) || !snap_write_full(fd, rs.r, tbytes, SNAP_PAGE) ||
            ftruncate(fd, (off_t)off) != 0)
            status = snap_fail(err, n, SNAP_EIO, "cannot write %s: %s", tmp, strerror(errno));
    }
    if (fd >= 0) status = snap_atomic_finish(fd, tmp, o->path, status, err, n);
    free(h);
    free(rs.r);
    free(rs.src);
    munmap(copy, root);
    return status;
}
