/* rt_profile.c — making a method's MethodData (tier 0's profile) and finding its sites.
 *
 * The layout is described at MethodData in rt.h. A profile is made once per method, when the tier policy
 * finds the method warm (rt_tier.c), from one walk over the bytecode: the index maps every bci to its site's
 * cells, so the interpreter's and the compiler's lookups are one load. The block is bump-allocated in
 * metaspace and never freed or moved: the interpreter may keep a MethodData pointer across any call, and a
 * snapshot maps profiles back at the same addresses.
 * The sink is shared by every dropped branch and receiver site of a method: its contents are garbage (a
 * branch count may overwrite a dropped receiver's class), and nothing reads it (rt_profile_site hides it). */
#include "rt_profile.h"

#include <stdio.h>
#include <string.h>

#define MAX_OFFSET ((size_t)0xffff << 3) /* the last site start a 16-bit index entry in 8-byte units reaches */

static const uint8_t op_len[256] = {
#define OP(name, code, len) [code] = len,
#include "rt_opcodes.def"
#undef OP
};

static inline int32_t s4(const uint8_t *p) {
    return (int32_t)(((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3]);
}

/* Length of the instruction at bci, 0 when it does not fit in the code (the loader's checks make that
 * impossible for code that runs; the walk stops there rather than trusting it). For switches, *cases gets
 * the number of cases. */
static uint32_t insn_len(const uint8_t *code, uint32_t code_len, uint32_t bci, uint32_t *cases) {
    uint8_t op = code[bci];
    uint32_t len = op_len[op];
    *cases = 0;
    if (op == 170 || op == 171) { /* tableswitch, lookupswitch: operands 4-aligned from the code start */
        uint32_t p = (bci + 4) & ~3u;
        if ((uint64_t)p + 12 > code_len) return 0;
        int64_t n;
        if (op == 170) {
            n = (int64_t)s4(code + p + 8) - s4(code + p + 4) + 1;
            if (n < 0 || (uint64_t)p + 12 + 4 * (uint64_t)n > code_len) return 0;
            len = p + 12 + 4 * (uint32_t)n - bci;
        } else {
            n = s4(code + p + 4);
            if (n < 0 || (uint64_t)p + 8 + 8 * (uint64_t)n > code_len) return 0;
            len = p + 8 + 8 * (uint32_t)n - bci;
        }
        *cases = (uint32_t)n;
    } else if (op == 196) { /* wide */
        len = bci + 1 < code_len && code[bci + 1] == 132 ? 6 : 4;
    }
    if (len == 0 || (uint64_t)bci + len > code_len) return 0;
    return len;
}

/* Bytes of cells the instruction needs (8-aligned), 0 when it is not a profiled site. */
static uint32_t site_bytes(uint8_t op, uint32_t cases) {
    if ((op >= 153 && op <= 166) || op == 198 || op == 199) return sizeof(RtBranchData);
    if (op == 182 || op == 185) return sizeof(RtReceiverData);
    if (op == 170 || op == 171) return (4 * (cases + 1) + 7) & ~7u;
    return 0;
}

static inline bool sink_site(uint8_t op) { return op != 170 && op != 171; }

/* One walk over the code, used twice: to size the block (md NULL) and to fill its index. Returns the bytes
 * the block needs. */
static size_t layout(const Method *m, MethodData *md) {
    size_t head = (sizeof(MethodData) + (size_t)m->code_len * sizeof(uint16_t) + 7) & ~(size_t)7;
    size_t sink = head, off = head + RT_PROFILE_SINK;
    uint32_t n_sites = 0, n_dropped = 0;
    for (uint32_t bci = 0; bci < m->code_len;) {
        uint32_t cases, len = insn_len(m->code, m->code_len, bci, &cases);
        if (!len) break;
        uint32_t bytes = site_bytes(m->code[bci], cases);
        if (bytes) {
            if (off <= MAX_OFFSET) {
                if (md) md->index[bci] = (uint16_t)(off >> 3);
                off += bytes;
                n_sites++;
            } else {
                if (md && sink_site(m->code[bci])) md->index[bci] = (uint16_t)(sink >> 3);
                n_dropped++;
            }
        }
        bci += len;
    }
    if (md) {
        md->n_sites = n_sites;
        md->n_dropped = n_dropped;
    }
    return off;
}

MethodData *rt_profile_create(Method *m) {
    if (m->mdo || !m->code || !m->code_len) return m->mdo;
    size_t size = layout(m, NULL);
    MethodData *md = rt_meta_alloc(size); /* zeroed: every count 0, every row free */
    md->method = m;
    md->size = (uint32_t)size;
    md->code_len = m->code_len;
    md->inv_at_create = m->invocations;
    md->be_at_create = m->backedges;
    layout(m, md);
    RtTier *tr = &VM->tier;
    md->next = tr->mdos;
    tr->mdos = md;
    tr->n_mdos++;
    tr->mdo_bytes += size;
    m->mdo = md; /* last: the block is complete before anyone can see it */
    return md;
}

void *rt_profile_site(MethodData *md, uint32_t bci) {
    if (!md || bci >= md->code_len || !md->index[bci]) return NULL;
    size_t sink = (sizeof(MethodData) + (size_t)md->code_len * sizeof(uint16_t) + 7) & ~(size_t)7;
    if (((size_t)md->index[bci] << 3) == sink) return NULL; /* a dropped site: the sink is nobody's */
    return rt_profile_cells(md, bci);
}

/* A receiver row's class must be a Class in metaspace: classes never move, so nothing but a bug (a stray
 * write, a heap pointer stored by mistake) can make it anything else. */
static bool plausible_class(const Class *k) {
    const Vm *vm = VM;
    if ((const uint8_t *)k < vm->meta_base || (const uint8_t *)(k + 1) > vm->meta_top || ((uintptr_t)k & 7)) return false;
    return k->name && (const uint8_t *)k->name >= vm->meta_base && (const uint8_t *)k->name < vm->meta_top;
}

bool rt_profile_verify(void) {
    const Vm *vm = VM;
    uint32_t n = 0;
    for (MethodData *md = vm->tier.mdos; md; md = md->next, n++) {
        Method *m = md->method;
        const char *bad = NULL;
        uint32_t bad_bci = 0;
        if ((uint8_t *)md < vm->meta_base || (uint8_t *)md + md->size > vm->meta_top) bad = "outside metaspace";
        else if (!m || m->mdo != md) bad = "not its method's profile";
        else if (md->code_len != m->code_len) bad = "code length differs from the method's";
        for (uint32_t bci = 0; !bad && bci < md->code_len; bci++) {
            if (!md->index[bci] || !rt_profile_site(md, bci)) continue; /* no site, or the sink */
            if (((size_t)md->index[bci] << 3) >= md->size) {
                bad = "index entry beyond the block";
                bad_bci = bci;
                break;
            }
            uint8_t op = m->code[bci];
            if (!site_bytes(op, 0) && op != 170 && op != 171) {
                bad = "index entry at an instruction that is not a site";
                bad_bci = bci;
                break;
            }
            if (op != 182 && op != 185) continue;
            RtReceiverData *r = rt_profile_cells(md, bci);
            for (int i = 0; i < RT_PROFILE_ROWS && !bad; i++) {
                if (r->klass[i] && !plausible_class(r->klass[i])) bad = "receiver row without a class";
                if (!r->klass[i] && r->count[i]) bad = "count in a free receiver row";
                if (i > 0 && r->klass[i] && !r->klass[i - 1]) bad = "receiver rows out of order";
                bad_bci = bci;
            }
        }
        if (bad) {
            fflush(stdout);
            fprintf(stderr, "ember: profile %p of %s.%s%s: %s (bci %u)\n", (void *)md, m ? m->owner->name->text : "?",
                    m ? m->name->text : "?", m ? m->desc->text : "", bad, bad_bci);
            return false;
        }
    }
    if (n != vm->tier.n_mdos) {
        fprintf(stderr, "ember: %u profiles listed, %u counted\n", n, vm->tier.n_mdos);
        return false;
    }
    return true;
}
