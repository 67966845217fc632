/* rt_profile_print.c — -XX:+PrintMethodData: every profile at exit, in the spirit of HotSpot's flag (which
 * prints the methods with a MethodData sorted by invocations + backedges). One block per method, on stdout
 * (on stderr in a VM serving a function, whose stdout is the answer):
 *
 *   MethodData Loop.run(I)I invocations=4 backedges=400 created_at=1/0 sites=3
 *     bci=7 if_icmpge taken=4 not_taken=400
 *     bci=20 invokevirtual Shape.area()D Circle=250 Square=250 polymorphic=0
 *     bci=31 tableswitch default=1 0=5 1=6 2=7
 *     bci=52 lookupswitch default=0 10=3 200=1
 *   MethodData total: 2 profiles, 912 bytes
 *
 * created_at = the method's invocations/backedges when its profile was made, counting the call or back edge
 * that made it: the site counts cover that execution and the later ones. When the tier policy was asked for
 * a compilation, compile_asked_at gives invocations + backedges then, osr_asked_at the backedges and the loop
 * header's bci (dropped= counts sites left without cells by the size limit). Receiver rows are listed in row order (free rows omitted); switch cases by key. Blocks are sorted by
 * invocations + backedges, highest first, then by name, so the output of a deterministic program is too. */
#include "rt_internal.h"
#include "rt_profile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const op_names[256] = {
#define OP(name, code, len) [code] = #name,
#include "rt_opcodes.def"
#undef OP
};

static inline int32_t s4(const uint8_t *p) {
    return (int32_t)(((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3]);
}

static uint64_t heat(const MethodData *md) { return (uint64_t)md->method->invocations + md->method->backedges; }

static int method_name(const Method *m, char *buf, size_t n) {
    char cls[512];
    rt_java_name(m->owner, cls, sizeof cls);
    return snprintf(buf, n, "%s.%s%s", cls, m->name->text, m->desc->text);
}

static int by_heat(const void *a, const void *b) {
    const MethodData *x = *(MethodData *const *)a, *y = *(MethodData *const *)b;
    uint64_t hx = heat(x), hy = heat(y);
    if (hx != hy) return hx > hy ? -1 : 1;
    char nx[1024], ny[1024];
    method_name(x->method, nx, sizeof nx);
    method_name(y->method, ny, sizeof ny);
    int c = strcmp(nx, ny);
    return c ? c : (x < y ? -1 : x > y);
}

/* The class and member an invoke names, resolved or not (Methodref: a = class, b = NameAndType). */
static void member_name(const Method *m, uint16_t idx, char *buf, size_t n) {
    const CpEntry *cp = m->owner->cp;
    if (!cp || idx >= m->owner->n_cp) {
        snprintf(buf, n, "#%u", idx);
        return;
    }
    const CpEntry *e = &cp[idx];
    if (e->resolved && e->v.method) {
        char cls[512];
        rt_java_name(e->v.method->owner, cls, sizeof cls);
        snprintf(buf, n, "%s.%s%s", cls, e->v.method->name->text, e->v.method->desc->text);
        return;
    }
    const CpEntry *c = &cp[e->a], *nt = &cp[e->b];
    char cls[512];
    if (c->resolved)
        rt_java_name(c->v.cls, cls, sizeof cls);
    else {
        snprintf(cls, sizeof cls, "%s", c->v.sym ? c->v.sym->text : "?"); /* unresolved: the name */
        for (char *p = cls; *p; p++)
            if (*p == '/') *p = '.';
    }
    snprintf(buf, n, "%s.%s%s", cls, cp[nt->a].v.sym->text, cp[nt->b].v.sym->text);
}

static void print_site(FILE *out, const Method *m, MethodData *md, uint32_t bci) {
    void *cells = rt_profile_site(md, bci);
    if (!cells) return;
    const uint8_t *pc = m->code + bci;
    uint8_t op = *pc;
    fprintf(out, "  bci=%u %s", bci, op_names[op]);
    if (op == 182 || op == 185) {
        const RtReceiverData *r = cells;
        char name[1024];
        member_name(m, (uint16_t)((pc[1] << 8) | pc[2]), name, sizeof name);
        fprintf(out, " %s", name);
        for (int i = 0; i < RT_PROFILE_ROWS; i++) {
            if (!r->klass[i]) continue;
            char cls[512];
            rt_java_name(r->klass[i], cls, sizeof cls);
            fprintf(out, " %s=%u", cls, r->count[i]);
        }
        fprintf(out, " polymorphic=%u\n", r->polymorphic);
    } else if (op == 170 || op == 171) {
        const uint32_t *c = cells;
        const uint8_t *p = m->code + ((bci + 4) & ~3u);
        fprintf(out, " default=%u", c[0]);
        if (op == 170) {
            int32_t lo = s4(p + 4), hi = s4(p + 8);
            for (int64_t k = lo; k <= hi; k++) fprintf(out, " %lld=%u", (long long)k, c[1 + (k - lo)]);
        } else {
            int32_t npairs = s4(p + 4);
            for (int32_t i = 0; i < npairs; i++) fprintf(out, " %d=%u", s4(p + 8 + 8 * i), c[1 + i]);
        }
        fputc('\n', out);
    } else {
        const RtBranchData *b = cells;
        fprintf(out, " taken=%u not_taken=%u\n", b->taken, b->not_taken);
    }
}

void rt_profile_print_all(void) {
    RtTier *tr = &VM->tier;
    if (!VM->opt.print_method_data || tr->printed) return;
    tr->printed = 1;
    uint32_t n = tr->n_mdos;
    MethodData **all = malloc(sizeof(MethodData *) * (n ? n : 1));
    if (!all) return;
    uint32_t k = 0;
    for (MethodData *md = tr->mdos; md && k < n; md = md->next) all[k++] = md;
    qsort(all, k, sizeof *all, by_heat);
    fflush(stdout);
    /* A function's answer is its stdout (ember invoke, the gateway): there the profiles go to stderr. */
    FILE *out = VM->fn.kind == RT_FN_STATIC || VM->fn.kind == RT_FN_INSTANCE ? stderr : stdout;
    for (uint32_t i = 0; i < k; i++) {
        MethodData *md = all[i];
        Method *m = md->method;
        char name[1024];
        method_name(m, name, sizeof name);
        fprintf(out, "MethodData %s invocations=%u backedges=%u created_at=%u/%u sites=%u", name, m->invocations,
                m->backedges, md->inv_at_create, md->be_at_create, md->n_sites);
        if (md->n_dropped) fprintf(out, " dropped=%u", md->n_dropped);
        if (md->compile_asked_at) fprintf(out, " compile_asked_at=%u", md->compile_asked_at);
        if (md->osr_asked_at) fprintf(out, " osr_asked_at=%u@bci=%u", md->osr_asked_at, md->osr_asked_bci);
        fputc('\n', out);
        for (uint32_t bci = 0; bci < md->code_len; bci++)
            if (md->index[bci]) print_site(out, m, md, bci);
    }
    fprintf(out, "MethodData total: %u profiles, %llu bytes\n", k, (unsigned long long)tr->mdo_bytes);
    fflush(out);
    free(all);
}

void rt_profile_at_exit(void) {
    if (VM->opt.verify_heap && !rt_profile_verify()) rt_fatal("profile verification failed at exit");
    rt_profile_print_all();
}
