/* Linking: superclass and interfaces, field layout, static storage, vtables and itables.
 *
 * Dispatch model. The vtable holds methods declared in classes only; interface methods (abstract or default)
 * are selected through the itable: one ItableEntry per interface the class implements, transitively, whose
 * methods[] are indexed by the interface method's itable_index. invokevirtual of a method that resolved to an
 * interface method (a default method called through a class type) therefore goes through the itable too,
 * which keeps every Method's vtable_index the same in every class that inherits it. */
#include "ld_link.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ld_java_name(const char *internal, char *buf, size_t n) {
    snprintf(buf, n, "%s", internal);
    for (char *p = buf; *p; p++)
        if (*p == '/') *p = '.';
}

static Symbol *cp_class_name(Class *c, uint16_t idx) {
    if (idx == 0 || idx >= c->n_cp || c->cp[idx].tag != CP_CLASS) return NULL;
    return c->cp[idx].resolved ? c->cp[idx].v.cls->name : c->cp[idx].v.sym;
}

static const char *loader_desc(Class *c) { return c->loader ? "of loader 'app'" : "of loader 'bootstrap'"; }

bool ld_link_supers(Thread *t, Class *c) {
    char a[512], b[512];
    if (c->super_cp) {
        Symbol *sn = cp_class_name(c, c->super_cp);
        Class *s = ld_load_class(t, c->loader, sn);
        if (!s) return false;
        ld_java_name(c->name->text, a, sizeof a);
        ld_java_name(s->name->text, b, sizeof b);
        if (s->access & ACC_INTERFACE) {
            rt_throw_new(t, WK_IncompatibleClassChangeError, "class %s has interface %s as super class", a, b);
            return false;
        }
        if (s->kind != CK_INSTANCE) {
            rt_throw_new(t, WK_NoClassDefFoundError, "%s", sn->text);
            return false;
        }
        if (s->access & ACC_FINAL) {
            rt_throw_new(t, WK_IncompatibleClassChangeError, "class %s cannot inherit from final class %s", a, b);
            return false;
        }
        if ((c->access & ACC_INTERFACE) && s != VM->wk[WK_Object]) {
            rt_throw_new(t, WK_ClassFormatError, "Interfaces must have java.lang.Object as superclass in class file %s", c->name->text);
            return false;
        }
        c->super = s;
        c->depth = s->depth + 1;
        c->is_throwable = s->is_throwable || (VM->wk[WK_Throwable] && s == VM->wk[WK_Throwable]);
    }
    c->interfaces = c->n_interfaces ? rt_meta_alloc(sizeof(Class *) * c->n_interfaces) : NULL;
    for (uint16_t i = 0; i < c->n_interfaces; i++) {
        Symbol *in = cp_class_name(c, c->itf_cp[i]);
        Class *ic = ld_load_class(t, c->loader, in);
        if (!ic) return false;
        if (!(ic->access & ACC_INTERFACE)) {
            ld_java_name(c->name->text, a, sizeof a);
            ld_java_name(ic->name->text, b, sizeof b);
            rt_throw_new(t, WK_IncompatibleClassChangeError,
                         "class %s can not implement %s, because it is not an interface (%s is in unnamed module %s)",
                         a, b, b, loader_desc(ic));
            return false;
        }
        c->interfaces[i] = ic;
    }
    return true;
}

/* ---- lookup helpers ------------------------------------------------------------------------------------ */
Method *rt_find_declared_method(Class *c, const char *name, const char *desc) {
    for (uint16_t i = 0; i < c->n_methods; i++)
        if (rt_sym_eq(c->methods[i].name, name) && rt_sym_eq(c->methods[i].desc, desc)) return &c->methods[i];
    return NULL;
}

Method *rt_find_method(Class *c, const char *name, const char *desc) {
    for (; c; c = c->super) {
        Method *m = rt_find_declared_method(c, name, desc);
        if (m) return m;
    }
    return NULL;
}

static Method *declared(Class *c, Symbol *name, Symbol *desc) {
    for (uint16_t i = 0; i < c->n_methods; i++)
        if (c->methods[i].name == name && c->methods[i].desc == desc) return &c->methods[i];
    return NULL;
}

Method *ld_lookup_method(Class *c, Symbol *name, Symbol *desc) {
    for (; c; c = c->super) {
        Method *m = declared(c, name, desc);
        if (m) return m;
    }
    return NULL;
}

static bool implements_itf(Class *c, Class *itf) {
    for (uint16_t i = 0; i < c->n_itable; i++)
        if (c->itable[i].itf == itf) return true;
    return false;
}

/* All superinterface methods named name/desc that are not static or private; keeps only the maximally
 * specific ones (no other candidate's interface is a subinterface of theirs). Non-abstract preferred. */
static Method *maximally_specific(Class *c, Symbol *name, Symbol *desc, bool want_default, int *count) {
    Method *cands[64];
    int n = 0;
    for (uint16_t i = 0; i < c->n_itable && n < 64; i++) {
        Method *m = declared(c->itable[i].itf, name, desc);
        if (m && !(m->access & (ACC_STATIC | ACC_PRIVATE))) {
            if (want_default && (m->access & ACC_ABSTRACT)) continue;
            cands[n++] = m;
        }
    }
    Method *best = NULL;
    int nbest = 0;
    for (int i = 0; i < n; i++) {
        bool dominated = false;
        for (int j = 0; j < n && !dominated; j++)
            if (j != i && cands[j]->owner != cands[i]->owner && implements_itf(cands[j]->owner, cands[i]->owner))
                dominated = true;
        if (!dominated) {
            if (!best || best->owner != cands[i]->owner) nbest++;
            if (!best) best = cands[i];
        }
    }
    if (count) *count = nbest;
    return best;
}

Method *ld_lookup_interface_method(Class *c, Symbol *name, Symbol *desc) {
    Method *m = maximally_specific(c, name, desc, true, NULL);
    if (m) return m;
    return maximally_specific(c, name, desc, false, NULL);
}

/* The implementation of interface method im in class c: a class method wins; else the one maximally specific
 * default method; else im itself (abstract: invoking it raises AbstractMethodError). */
Method *ld_select_default(Class *c, Method *im) {
    for (Class *k = c; k; k = k->super) {
        Method *m = declared(k, im->name, im->desc);
        if (m && !(m->access & ACC_STATIC)) return m;
    }
    int count = 0;
    Method *d = maximally_specific(c, im->name, im->desc, true, &count);
    return d ? d : im;
}

/* ---- layout -------------------------------------------------------------------------------------------- */
static uint32_t align_to(uint32_t v, uint32_t a) { return (v + a - 1) & ~(a - 1); }

/* java.lang.ref: the GC treats the referent of Soft/Weak/Phantom references specially (gc_refs.c); every
 * other Reference subclass keeps it strong (RK_OTHER). The kind is inherited by user subclasses. */
static void set_ref_kind(Class *c) {
    c->ref_kind = c->super ? c->super->ref_kind : RK_NONE;
    if (c->loader != 0) return;
    if (rt_sym_eq(c->name, "java/lang/ref/Reference")) {
        c->ref_kind = RK_OTHER;
        Field *r = rt_find_field(c, "referent", "Ljava/lang/Object;");
        Field *q = rt_find_field(c, "queue", "Ljava/lang/ref/ReferenceQueue;");
        Field *d = rt_find_field(c, "discovered", "Ljava/lang/ref/Reference;");
        if (!r || !q || !d) rt_fatal("java.lang.ref.Reference lacks referent, queue or discovered");
        VM->heap.referent_off = r->offset;
        VM->heap.queue_off = q->offset;
        VM->heap.discovered_off = d->offset;
    } else if (rt_sym_eq(c->name, "java/lang/ref/SoftReference")) {
        c->ref_kind = RK_SOFT;
    } else if (rt_sym_eq(c->name, "java/lang/ref/WeakReference")) {
        c->ref_kind = RK_WEAK;
    } else if (rt_sym_eq(c->name, "java/lang/ref/PhantomReference")) {
        c->ref_kind = RK_PHANTOM;
    }
}

static void layout_fields(Class *c) {
    uint32_t off = c->super ? c->super->instance_size : sizeof(Object);
    uint32_t soff = 0;
    uint32_t nrefs = c->super ? c->super->n_ref_offsets : 0, nsrefs = 0;
    for (uint16_t i = 0; i < c->n_fields; i++) {
        Field *f = &c->fields[i];
        bool ref = f->type == 'L' || f->type == '[';
        if (f->access & ACC_STATIC)
            nsrefs += ref;
        else
            nrefs += ref;
    }
    c->ref_offsets = nrefs ? rt_meta_alloc(sizeof(uint32_t) * nrefs) : NULL;
    c->static_ref_offsets = nsrefs ? rt_meta_alloc(sizeof(uint32_t) * nsrefs) : NULL;
    if (c->super && c->super->n_ref_offsets)
        memcpy(c->ref_offsets, c->super->ref_offsets, sizeof(uint32_t) * c->super->n_ref_offsets);
    c->n_ref_offsets = c->super ? c->super->n_ref_offsets : 0;
    /* Largest fields first so that smaller ones pack behind them without padding. */
    for (int size = 8; size >= 1; size >>= 1) {
        for (uint16_t i = 0; i < c->n_fields; i++) {
            Field *f = &c->fields[i];
            if (f->size != size) continue;
            bool ref = f->type == 'L' || f->type == '[';
            if (f->access & ACC_STATIC) {
                soff = align_to(soff, (uint32_t)size);
                f->offset = soff;
                soff += (uint32_t)size;
                if (ref) c->static_ref_offsets[c->n_static_refs++] = f->offset;
            } else {
                off = align_to(off, (uint32_t)size);
                f->offset = off;
                off += (uint32_t)size;
                if (ref) c->ref_offsets[c->n_ref_offsets++] = f->offset;
            }
            f->owner = c;
        }
    }
    c->instance_size = align_to(off, 8);
    c->statics_size = align_to(soff, 8);
    set_ref_kind(c);
    c->statics = soff ? rt_meta_alloc(soff) : NULL;
}

static bool set_constant_values(Thread *t, Class *c) {
    for (uint16_t i = 0; i < c->n_fields; i++) {
        Field *f = &c->fields[i];
        if (!(f->access & ACC_STATIC) || !f->const_index) continue;
        CpEntry *e = &c->cp[f->const_index];
        void *p = c->statics + f->offset;
        switch (f->type) {
        case 'Z': case 'B': *(int8_t *)p = (int8_t)e->v.i; break;
        case 'C': case 'S': *(int16_t *)p = (int16_t)e->v.i; break;
        case 'I': *(int32_t *)p = e->v.i; break;
        case 'F': *(float *)p = e->v.f; break;
        case 'J': *(int64_t *)p = e->v.j; break;
        case 'D': *(double *)p = e->v.d; break;
        case 'L': {
            if (e->tag != CP_STRING) break;
            Object *s = ld_resolve_string(t, c, f->const_index);
            if (!s) return false;
            *(Object **)p = s;
            break;
        }
        default: break;
        }
    }
    return true;
}

/* ---- vtables and itables ------------------------------------------------------------------------------- */
static bool same_package(Class *a, Class *b) {
    if (a->loader != b->loader) return false;
    const char *x = strrchr(a->name->text, '/'), *y = strrchr(b->name->text, '/');
    size_t lx = x ? (size_t)(x - a->name->text) : 0, ly = y ? (size_t)(y - b->name->text) : 0;
    return lx == ly && memcmp(a->name->text, b->name->text, lx) == 0;
}

static bool is_virtual(Method *m) {
    return !(m->access & (ACC_STATIC | ACC_PRIVATE)) && !(m->vmflags & (MF_INIT | MF_CLINIT));
}

static void build_vtable(Class *c) {
    Class *s = c->super;
    uint32_t cap = (s ? s->vtable_len : 0) + c->n_methods;
    Method **vt = rt_meta_alloc(sizeof(Method *) * (cap ? cap : 1));
    uint32_t len = 0;
    if (s) {
        memcpy(vt, s->vtable, sizeof(Method *) * s->vtable_len);
        len = s->vtable_len;
    }
    for (uint16_t i = 0; i < c->n_methods; i++) {
        Method *m = &c->methods[i];
        m->vtable_index = -1;
        m->itable_index = -1;
        if (!is_virtual(m)) continue;
        bool placed = false;
        for (uint32_t k = 0; k < len; k++) {
            Method *sm = vt[k];
            if (sm->name != m->name || sm->desc != m->desc) continue;
            bool accessible = (sm->access & (ACC_PUBLIC | ACC_PROTECTED)) || same_package(sm->owner, c);
            if (!accessible) continue;
            vt[k] = m;
            if (!placed) m->vtable_index = (int32_t)k;
            placed = true;
        }
        if (!placed) {
            m->vtable_index = (int32_t)len;
            vt[len++] = m;
        }
    }
    c->vtable = vt;
    c->vtable_len = len;
}

static void number_interface_methods(Class *c) {
    int32_t k = 0;
    for (uint16_t i = 0; i < c->n_methods; i++) {
        Method *m = &c->methods[i];
        m->vtable_index = -1;
        m->itable_index = is_virtual(m) ? k++ : -1;
    }
}

static void add_itf(Class **list, uint32_t *n, Class *itf) {
    for (uint32_t i = 0; i < *n; i++)
        if (list[i] == itf) return;
    list[(*n)++] = itf;
    for (uint32_t i = 0; i < itf->n_itable; i++) add_itf(list, n, itf->itable[i].itf);
}

static void build_itable(Class *c) {
    uint32_t cap = (c->super ? c->super->n_itable : 0) + 1;
    for (uint16_t i = 0; i < c->n_interfaces; i++) cap += c->interfaces[i]->n_itable + 1;
    Class **list = malloc(sizeof(Class *) * cap);
    uint32_t n = 0;
    if (c->access & ACC_INTERFACE) {
        /* An interface's own itable lists its superinterfaces (and itself first, for instanceof). */
        list[n++] = c;
    }
    if (c->super)
        for (uint32_t i = 0; i < c->super->n_itable; i++) add_itf(list, &n, c->super->itable[i].itf);
    for (uint16_t i = 0; i < c->n_interfaces; i++) add_itf(list, &n, c->interfaces[i]);
    c->n_itable = (uint16_t)n;
    c->itable = n ? rt_meta_alloc(sizeof(ItableEntry) * n) : NULL;
    for (uint32_t i = 0; i < n; i++) c->itable[i].itf = list[i];
    free(list);
    if (c->access & ACC_INTERFACE) return;
    for (uint32_t i = 0; i < n; i++) {
        Class *itf = c->itable[i].itf;
        int32_t nm = 0;
        for (uint16_t k = 0; k < itf->n_methods; k++)
            if (itf->methods[k].itable_index >= 0) nm++;
        if (!nm) continue;
        Method **tab = rt_meta_alloc(sizeof(Method *) * (size_t)nm);
        for (uint16_t k = 0; k < itf->n_methods; k++) {
            Method *im = &itf->methods[k];
            if (im->itable_index < 0) continue;
            Method *impl = NULL;
            for (Class *kc = c; kc && !impl; kc = kc->super) {
                Method *m = declared(kc, im->name, im->desc);
                if (m && !(m->access & ACC_STATIC)) impl = m;
            }
            if (!impl) impl = ld_select_default(c, im);
            tab[im->itable_index] = impl;
        }
        c->itable[i].methods = tab;
    }
}

bool ld_prepare(Thread *t, Class *c) {
    layout_fields(c);
    if (c->access & ACC_INTERFACE) {
        number_interface_methods(c);
        Class *obj = VM->wk[WK_Object];
        c->vtable = obj ? obj->vtable : NULL;
        c->vtable_len = obj ? obj->vtable_len : 0;
    } else {
        build_vtable(c);
    }
    for (uint16_t i = 0; i < c->n_methods; i++) c->methods[i].owner = c;
    build_itable(c);
    c->state = CS_LINKED;
    return set_constant_values(t, c);
}

/* ---- pretty names for error messages ------------------------------------------------------------------- */
static const char *type_name(const char *d, char *buf, size_t n, const char **end) {
    int dims = 0;
    while (*d == '[') dims++, d++;
    const char *base;
    char tmp[512];
    switch (*d) {
    case 'B': base = "byte"; d++; break;
    case 'C': base = "char"; d++; break;
    case 'D': base = "double"; d++; break;
    case 'F': base = "float"; d++; break;
    case 'I': base = "int"; d++; break;
    case 'J': base = "long"; d++; break;
    case 'S': base = "short"; d++; break;
    case 'Z': base = "boolean"; d++; break;
    case 'V': base = "void"; d++; break;
    case 'L': {
        const char *semi = strchr(d, ';');
        size_t l = semi ? (size_t)(semi - d - 1) : strlen(d + 1);
        if (l >= sizeof tmp) l = sizeof tmp - 1;
        memcpy(tmp, d + 1, l);
        tmp[l] = 0;
        for (char *p = tmp; *p; p++)
            if (*p == '/') *p = '.';
        base = tmp;
        d = semi ? semi + 1 : d + strlen(d);
        break;
    }
    default: base = "?"; d++; break;
    }
    size_t o = (size_t)snprintf(buf, n, "%s", base);
    for (int i = 0; i < dims && o + 2 < n; i++) o += (size_t)snprintf(buf + o, n - o, "[]");
    *end = d;
    return buf;
}

char *ld_method_pretty(Method *m, char *buf, size_t n) { return ld_method_pretty_ex(m, true, buf, n); }

char *ld_method_pretty_ex(Method *m, bool with_owner, char *buf, size_t n) {
    const char *d = m->desc->text + 1;
    char args[1024] = "", one[256], ret[256], owner[512];
    size_t o = 0;
    while (*d && *d != ')') {
        type_name(d, one, sizeof one, &d);
        o += (size_t)snprintf(args + o, sizeof args - o, "%s%s", o ? ", " : "", one);
        if (o >= sizeof args) break;
    }
    if (*d == ')') d++;
    type_name(d, ret, sizeof ret, &d);
    ld_java_name(m->owner->name->text, owner, sizeof owner);
    snprintf(buf, n, "'%s%s %s%s%s(%s)'", (m->access & ACC_ABSTRACT) ? "abstract " : "", ret, with_owner ? owner : "",
             with_owner ? "." : "", m->name->text, args);
    return buf;
}
