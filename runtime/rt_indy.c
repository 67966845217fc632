/* invokedynamic for the bootstrap methods javac 17 emits:
 *  - StringConcatFactory.makeConcatWithConstants: the recipe is split into literal and argument segments
 *    once; each execution appends the arguments' String.valueOf forms.
 *  - LambdaMetafactory.metafactory / altMetafactory: a class implementing the functional interface (and
 *    markers) is synthesized, with one field per captured value and, for the interface method and each bridge,
 *    a bytecode adapter that loads the captures and arguments, converts them (checkcast, boxing, unboxing,
 *    widening) and invokes the implementation method. The adapters are ordinary bytecode over a constant pool
 *    whose entries are created already resolved, so they are interpreted (and later compiled) like any code.
 *  - ObjectMethods.bootstrap: toString, hashCode and equals of records, computed from the component fields.
 * A call site is linked once per constant-pool entry and kept in metaspace. */
#include "rt_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SITE_CONCAT, SITE_LAMBDA, SITE_OBJMETHODS };
enum { OM_TOSTRING, OM_HASHCODE, OM_EQUALS };

typedef struct ConcatSeg {
    int32_t arg;       /* >= 0: argument index; -1: literal */
    uint32_t off, len; /* literal chars in CallSite.chars */
} ConcatSeg;

struct CallSite {
    uint8_t kind;
    uint8_t om;
    uint16_t arg_slots;
    uint16_t nargs;
    uint16_t nsegs;
    Symbol *desc;
    char *arg_types;      /* one type char per argument */
    ConcatSeg *segs;
    uint16_t *chars;
    Class *lambda_class;
    Field *singleton;     /* static field holding the one instance of a non-capturing lambda */
    Class *record;
    uint16_t nfields;
    Field **fields;
};

static CpEntry *cpe(Class *c, uint16_t i) { return &c->cp[i]; }

static bool bsm_is(Class *c, BootstrapMethod *bm, const char *cls, const char *name) {
    CpEntry *mh = cpe(c, bm->method_ref);
    CpEntry *ref = cpe(c, mh->b);
    CpEntry *cl = cpe(c, ref->a);
    CpEntry *nat = cpe(c, ref->b);
    Symbol *cn = cl->resolved ? cl->v.cls->name : cl->v.sym;
    return rt_sym_eq(cn, cls) && rt_sym_eq(cpe(c, nat->a)->v.sym, name);
}

static char *arg_types_of(const char *desc, uint16_t *nargs) {
    char *types = rt_meta_alloc(strlen(desc) + 1);
    uint16_t n = 0;
    for (const char *d = desc + 1; *d && *d != ')'; d = rt_desc_next(d)) types[n++] = *d == '[' ? 'L' : *d;
    *nargs = n;
    return types;
}

/* ---- string concatenation ------------------------------------------------------------------------------ */
static void append_cp_string(uint16_t *out, uint32_t *n, Thread *t, CpEntry *e) {
    Object *str = e->resolved ? e->v.str : rt_string_from_utf8(t, e->v.sym->text, e->v.sym->len);
    if (!str) return;
    int32_t l = rt_string_length(str);
    memcpy(out + *n, rt_string_chars(str), (size_t)l * 2);
    *n += (uint32_t)l;
}

static bool link_concat(Thread *t, Class *c, BootstrapMethod *bm, CallSite *s) {
    CpEntry *recipe_e = cpe(c, bm->args[0]);
    Symbol *recipe = recipe_e->resolved ? NULL : recipe_e->v.sym;
    Object *rs = recipe ? NULL : recipe_e->v.str;
    /* Decode the recipe through a Java string so that \1 and \2 are UTF-16 units. */
    Object *rstr = rs ? rs : rt_string_from_utf8(t, recipe->text, recipe->len);
    if (!rstr) return false;
    int32_t rlen = rt_string_length(rstr);
    uint16_t *rc = malloc(sizeof(uint16_t) * (size_t)(rlen + 1));
    memcpy(rc, rt_string_chars(rstr), (size_t)rlen * 2);
    /* Constants are appended as their text; sized generously. */
    size_t cap = (size_t)rlen + 16;
    for (uint16_t i = 1; i < bm->nargs; i++) {
        CpEntry *e = cpe(c, bm->args[i]);
        cap += e->tag == CP_STRING ? (e->resolved ? (size_t)rt_string_length(e->v.str) : e->v.sym->len) + 1 : 32;
    }
    uint16_t *chars = rt_meta_alloc(cap * 2);
    ConcatSeg *segs = rt_meta_alloc(sizeof(ConcatSeg) * ((size_t)rlen * 2 + 2));
    uint32_t n = 0, nseg = 0, lit_start = 0;
    int argi = 0, consti = 1;
    for (int32_t i = 0; i <= rlen; i++) {
        uint16_t ch = i < rlen ? rc[i] : 0;
        if (i < rlen && ch != 1 && ch != 2) {
            chars[n++] = ch;
            continue;
        }
        if (i < rlen && ch == 2) {
            if (consti >= bm->nargs) break;
            CpEntry *e = cpe(c, bm->args[consti++]);
            char buf[64];
            switch (e->tag) {
            case CP_STRING: append_cp_string(chars, &n, t, e); break;
            case CP_INTEGER: snprintf(buf, sizeof buf, "%d", e->v.i); for (char *p = buf; *p; p++) chars[n++] = (uint16_t)*p; break;
            case CP_LONG: snprintf(buf, sizeof buf, "%lld", (long long)e->v.j); for (char *p = buf; *p; p++) chars[n++] = (uint16_t)*p; break;
            default: break;
            }
            continue;
        }
        if (n > lit_start) {
            segs[nseg].arg = -1;
            segs[nseg].off = lit_start;
            segs[nseg].len = n - lit_start;
            nseg++;
        }
        lit_start = n;
        if (i < rlen) {
            segs[nseg].arg = argi++;
            nseg++;
        }
    }
    free(rc);
    s->kind = SITE_CONCAT;
    s->segs = segs;
    s->nsegs = (uint16_t)nseg;
    s->chars = chars;
    return true;
}

typedef struct CharBuf {
    uint16_t *p;
    size_t n, cap;
} CharBuf;

static void cb_put(CharBuf *b, const uint16_t *c, size_t n) {
    if (n == 0) return;
    if (b->n + n > b->cap) {
        b->cap = (b->n + n) * 2 + 16;
        b->p = realloc(b->p, b->cap * 2);
    }
    memcpy(b->p + b->n, c, n * 2);
    b->n += n;
}

static void cb_ascii(CharBuf *b, const char *s) {
    uint16_t tmp[64];
    size_t n = 0;
    while (*s && n < 64) tmp[n++] = (uint8_t)*s++;
    cb_put(b, tmp, n);
}

/* String.valueOf(x) for a value of type `type` by calling the library, appended to b. */
static bool append_value_of(Thread *t, CharBuf *b, char type, Slot v) {
    const char *desc;
    switch (type) {
    case 'F': desc = "(F)Ljava/lang/String;"; break;
    case 'D': desc = "(D)Ljava/lang/String;"; break;
    default: desc = "(Ljava/lang/Object;)Ljava/lang/String;"; break;
    }
    if (type == 'L' && v.l && v.l->klass == VM->wk[WK_String]) {
        cb_put(b, rt_string_chars(v.l), (size_t)rt_string_length(v.l));
        return true;
    }
    if (type == 'L' && !v.l) {
        cb_ascii(b, "null");
        return true;
    }
    Method *vo = rt_find_declared_method(VM->wk[WK_String], "valueOf", desc);
    if (!vo) {
        rt_throw_new(t, WK_InternalError, "String.valueOf%s missing", desc);
        return false;
    }
    Slot args[2], r;
    args[0] = v;
    if (!rt_call(t, vo, args, &r)) return false;
    if (r.l) cb_put(b, rt_string_chars(r.l), (size_t)rt_string_length(r.l));
    else cb_ascii(b, "null");
    return true;
}

static bool append_arg(Thread *t, CharBuf *b, char type, Slot v) {
    char buf[32];
    switch (type) {
    case 'I': case 'S': case 'B': snprintf(buf, sizeof buf, "%d", v.i); cb_ascii(b, buf); return true;
    case 'J': snprintf(buf, sizeof buf, "%lld", (long long)v.j); cb_ascii(b, buf); return true;
    case 'Z': cb_ascii(b, v.i ? "true" : "false"); return true;
    case 'C': { uint16_t ch = (uint16_t)v.i; cb_put(b, &ch, 1); return true; }
    default: return append_value_of(t, b, type, v);
    }
}

static bool invoke_concat(Thread *t, CallSite *s, Slot *args, Slot *result) {
    CharBuf b = {0};
    /* argument slot positions */
    uint16_t pos[256];
    uint16_t p = 0;
    for (uint16_t i = 0; i < s->nargs && i < 256; i++) {
        pos[i] = p;
        p += (s->arg_types[i] == 'J' || s->arg_types[i] == 'D') ? 2 : 1;
    }
    bool ok = true;
    for (uint16_t i = 0; i < s->nsegs && ok; i++) {
        ConcatSeg *g = &s->segs[i];
        if (g->arg < 0)
            cb_put(&b, s->chars + g->off, g->len);
        else
            ok = append_arg(t, &b, s->arg_types[g->arg], args[pos[g->arg]]);
    }
    if (ok) {
        Object *str = rt_string_from_chars(t, b.p ? b.p : (uint16_t *)"", (int32_t)b.n);
        ok = str != NULL;
        result->l = str;
    }
    free(b.p);
    return ok;
}

/* ---- records ------------------------------------------------------------------------------------------- */
static bool link_objmethods(Thread *t, Class *c, BootstrapMethod *bm, CallSite *s, Symbol *name) {
    s->kind = SITE_OBJMETHODS;
    s->om = rt_sym_eq(name, "toString") ? OM_TOSTRING : rt_sym_eq(name, "hashCode") ? OM_HASHCODE : OM_EQUALS;
    Class *rec = ld_resolve_class(t, c, bm->args[0]);
    if (!rec) return false;
    s->record = rec;
    s->nfields = (uint16_t)(bm->nargs - 2);
    s->fields = rt_meta_alloc(sizeof(Field *) * (s->nfields ? s->nfields : 1));
    for (uint16_t i = 0; i < s->nfields; i++) {
        CpEntry *mh = cpe(c, bm->args[2 + i]);
        Field *f = ld_resolve_field(t, c, mh->b, false);
        if (!f) return false;
        s->fields[i] = f;
    }
    return true;
}

static Slot field_slot(Object *o, Field *f) {
    Slot v;
    v.raw = 0;
    void *p = rt_field_ptr(o, f->offset);
    switch (f->type) {
    case 'Z': case 'B': v.i = *(int8_t *)p; break;
    case 'C': v.i = *(uint16_t *)p; break;
    case 'S': v.i = *(int16_t *)p; break;
    case 'I': case 'F': v.i = *(int32_t *)p; break;
    case 'J': case 'D': v.j = *(int64_t *)p; break;
    default: v.l = *(Object **)p; break;
    }
    return v;
}

static bool call_virtual(Thread *t, Object *recv, const char *name, const char *desc, Slot *args, Slot *r) {
    Method *m = rt_find_method(recv->klass, name, desc);
    if (!m) {
        rt_throw_new(t, WK_InternalError, "%s%s missing", name, desc);
        return false;
    }
    m = rt_resolve_virtual(recv->klass, m);
    args[0].l = recv;
    return rt_call(t, m, args, r);
}

static bool invoke_objmethods(Thread *t, CallSite *s, Slot *args, Slot *result) {
    uint32_t mark = rt_handle_mark(t);
    Object **self = rt_handle(t, args[0].l);
    bool ok = true;
    if (s->om == OM_TOSTRING) {
        CharBuf b = {0};
        const char *sn = s->record->simple_name ? s->record->simple_name->text : NULL;
        if (!sn) {
            sn = strrchr(s->record->name->text, '/');
            sn = sn ? sn + 1 : s->record->name->text;
        }
        for (const char *q = sn; *q; q++) { uint16_t ch = (uint8_t)*q; cb_put(&b, &ch, 1); }
        cb_ascii(&b, "[");
        for (uint16_t i = 0; i < s->nfields && ok; i++) {
            Field *f = s->fields[i];
            if (i) cb_ascii(&b, ", ");
            for (const char *q = f->name->text; *q; q++) { uint16_t ch = (uint8_t)*q; cb_put(&b, &ch, 1); }
            cb_ascii(&b, "=");
            ok = append_arg(t, &b, f->type == '[' ? 'L' : f->type, field_slot(*self, f));
        }
        cb_ascii(&b, "]");
        if (ok) {
            result->l = rt_string_from_chars(t, b.p, (int32_t)b.n);
            ok = result->l != NULL;
        }
        free(b.p);
    } else if (s->om == OM_HASHCODE) {
        int32_t h = 0;
        for (uint16_t i = 0; i < s->nfields && ok; i++) {
            Field *f = s->fields[i];
            Slot v = field_slot(*self, f);
            int32_t fh = 0;
            switch (f->type) {
            case 'Z': fh = v.i ? 1231 : 1237; break;
            case 'B': case 'C': case 'S': case 'I': fh = v.i; break;
            case 'J': fh = (int32_t)(v.j ^ (int64_t)((uint64_t)v.j >> 32)); break;
            case 'F': {
                float x = v.f;
                int32_t bits;
                if (x != x) bits = 0x7fc00000; else memcpy(&bits, &x, 4);
                fh = bits;
                break;
            }
            case 'D': {
                double x = v.d;
                int64_t bits;
                if (x != x) bits = 0x7ff8000000000000ll; else memcpy(&bits, &x, 8);
                fh = (int32_t)(bits ^ (int64_t)((uint64_t)bits >> 32));
                break;
            }
            default:
                if (v.l) {
                    Slot a[1], r;
                    ok = call_virtual(t, v.l, "hashCode", "()I", a, &r);
                    fh = r.i;
                }
                break;
            }
            h = (int32_t)((uint32_t)h * 31u + (uint32_t)fh);
        }
        result->i = h;
    } else {
        Object *other = args[1].l;
        Object **ho = rt_handle(t, other);
        bool eq = other && rt_instance_of(other->klass, s->record);
        for (uint16_t i = 0; i < s->nfields && ok && eq; i++) {
            Field *f = s->fields[i];
            Slot a = field_slot(*self, f), b = field_slot(*ho, f);
            switch (f->type) {
            case 'J': eq = a.j == b.j; break;
            case 'F': eq = (a.f != a.f && b.f != b.f) || (a.f == b.f && a.i == b.i); break;
            case 'D': eq = (a.d != a.d && b.d != b.d) || (a.d == b.d && a.j == b.j); break;
            case 'L': case '[':
                if (a.l == b.l) eq = true;
                else if (!a.l || !b.l) eq = false;
                else {
                    Slot args2[2], r;
                    args2[1].l = b.l;
                    ok = call_virtual(t, a.l, "equals", "(Ljava/lang/Object;)Z", args2, &r);
                    eq = r.i != 0;
                }
                break;
            default: eq = a.i == b.i; break;
            }
        }
        result->i = ok && eq;
    }
    rt_handle_release(t, mark);
    return ok;
}

/* ---- lambdas ------------------------------------------------------------------------------------------- */
typedef struct Emit {
    uint8_t *code;
    size_t n, cap;
    CpEntry *cp;
    uint16_t ncp, cpcap;
    int stack, max_stack;
} Emit;

static void e1(Emit *e, int b) {
    if (e->n == e->cap) {
        e->cap = e->cap * 2 + 64;
        e->code = realloc(e->code, e->cap);
    }
    e->code[e->n++] = (uint8_t)b;
}
static void e2(Emit *e, int v) { e1(e, (v >> 8) & 0xff); e1(e, v & 0xff); }
static void push(Emit *e, int n) { e->stack += n; if (e->stack > e->max_stack) e->max_stack = e->stack; }

static uint16_t cp_add(Emit *e, uint8_t tag) {
    if (e->ncp == e->cpcap) rt_fatal("lambda constant pool overflow");
    uint16_t i = e->ncp++;
    e->cp[i].tag = tag;
    e->cp[i].resolved = 1;
    return i;
}
static uint16_t cp_method(Emit *e, Method *m) { uint16_t i = cp_add(e, (m->owner->access & ACC_INTERFACE) ? CP_IMETHODREF : CP_METHODREF); e->cp[i].v.method = m; return i; }
static uint16_t cp_field(Emit *e, Field *f) { uint16_t i = cp_add(e, CP_FIELDREF); e->cp[i].v.field = f; return i; }
static uint16_t cp_class(Emit *e, Class *c) { uint16_t i = cp_add(e, CP_CLASS); e->cp[i].v.cls = c; return i; }

static int slots_of(char t) { return t == 'J' || t == 'D' ? 2 : t == 'V' ? 0 : 1; }
static bool is_ref(char t) { return t == 'L' || t == '['; }

static void emit_load(Emit *e, char type, int idx) {
    int op = type == 'J' ? 22 : type == 'F' ? 23 : type == 'D' ? 24 : is_ref(type) ? 25 : 21;
    if (idx > 255) {
        e1(e, 196);
        e1(e, op);
        e2(e, idx);
    } else {
        e1(e, op);
        e1(e, idx);
    }
    push(e, slots_of(type));
}

/* The class named by a field descriptor starting at d (L...; or [...), loaded through loader. */
static Class *desc_class(Thread *t, int loader, const char *d) {
    const char *end = rt_desc_next(d);
    char buf[1024];
    size_t n = (size_t)(end - d);
    if (n >= sizeof buf) n = sizeof buf - 1;
    if (*d == 'L') {
        memcpy(buf, d + 1, n - 2);
        buf[n - 2] = 0;
    } else {
        memcpy(buf, d, n);
        buf[n] = 0;
    }
    return ld_load_class_c(t, loader, buf);
}

static const char *box_name(char p) {
    switch (p) {
    case 'Z': return "java/lang/Boolean";
    case 'B': return "java/lang/Byte";
    case 'C': return "java/lang/Character";
    case 'S': return "java/lang/Short";
    case 'I': return "java/lang/Integer";
    case 'J': return "java/lang/Long";
    case 'F': return "java/lang/Float";
    case 'D': return "java/lang/Double";
    default: return NULL;
    }
}

static char unbox_prim(Class *c) {
    static const char prims[] = "ZBCSIJFD";
    for (int i = 0; i < 8; i++)
        if (rt_sym_eq(c->name, box_name(prims[i]))) return prims[i];
    return 0;
}

static bool emit_box(Thread *t, Emit *e, char p) {
    Class *b = ld_load_class_c(t, 0, box_name(p));
    if (!b) return false;
    char desc[32];
    snprintf(desc, sizeof desc, "(%c)L%s;", p, box_name(p));
    Method *vo = rt_find_declared_method(b, "valueOf", desc);
    if (!vo) { rt_throw_new(t, WK_InternalError, "no %s.valueOf", box_name(p)); return false; }
    e1(e, 184);
    e2(e, cp_method(e, vo));
    push(e, 1 - slots_of(p));
    return true;
}

static bool emit_unbox(Thread *t, Emit *e, Class *box, char p) {
    static const char *const names[] = {"booleanValue", "byteValue", "charValue", "shortValue", "intValue", "longValue", "floatValue", "doubleValue"};
    char desc[8];
    snprintf(desc, sizeof desc, "()%c", p);
    Method *m = rt_find_method(box, names[rt_prim_index(p)], desc);
    if (!m) { rt_throw_new(t, WK_InternalError, "no unboxing method"); return false; }
    e1(e, 182);
    e2(e, cp_method(e, m));
    push(e, slots_of(p) - 1);
    return true;
}

static void emit_widen(Emit *e, char from, char to) {
    if (from == to) return;
    bool from_int = from == 'I' || from == 'S' || from == 'B' || from == 'C' || from == 'Z';
    if (from_int) {
        if (to == 'J') { e1(e, 133); push(e, 1); }
        else if (to == 'F') e1(e, 134);
        else if (to == 'D') { e1(e, 135); push(e, 1); }
    } else if (from == 'J') {
        if (to == 'F') { e1(e, 137); push(e, -1); }
        else if (to == 'D') e1(e, 138);
    } else if (from == 'F' && to == 'D') {
        e1(e, 141);
        push(e, 1);
    }
}

/* Converts the value on top of the stack from descriptor type `from` to `to` (both at d-strings). */
static bool emit_convert(Thread *t, Emit *e, int loader, const char *from, const char *to) {
    char f = *from, g = *to;
    if (g == 'V') {
        if (f != 'V') { e1(e, slots_of(f) == 2 ? 88 : 87); push(e, -slots_of(f)); }
        return true;
    }
    if (is_ref(f) && is_ref(g)) {
        Class *tc = desc_class(t, loader, to);
        if (!tc) return false;
        if (tc != VM->wk[WK_Object]) { e1(e, 192); e2(e, cp_class(e, tc)); }
        return true;
    }
    if (!is_ref(f) && !is_ref(g)) {
        emit_widen(e, f, g);
        return true;
    }
    if (!is_ref(f)) { /* box, then maybe cast */
        if (!emit_box(t, e, f)) return false;
        return true;
    }
    /* reference to primitive: unbox a known wrapper, then widen; otherwise cast to g's wrapper */
    Class *fc = desc_class(t, loader, from);
    if (!fc) return false;
    char p = unbox_prim(fc);
    if (p) {
        if (!emit_unbox(t, e, fc, p)) return false;
        emit_widen(e, p, g);
        return true;
    }
    Class *bc = ld_load_class_c(t, 0, box_name(g));
    if (!bc) return false;
    e1(e, 192);
    e2(e, cp_class(e, bc));
    return emit_unbox(t, e, bc, g);
}

static const char *ret_of(const char *desc) { return strchr(desc, ')') + 1; }

static Method *make_adapter(Thread *t, Class *lc, Method *out, Symbol *name, Symbol *desc, Field *caps, int ncaps,
                            Method *impl, int ref_kind, Emit *e) {
    e->n = 0;
    e->stack = e->max_stack = 0;
    int loader = lc->loader;
    if (ref_kind == 8) { /* newInvokeSpecial */
        e1(e, 187);
        e2(e, cp_class(e, impl->owner));
        e1(e, 89);
        push(e, 2);
    }
    /* impl parameter list: receiver (virtual/interface/special) + declared parameters */
    const char *ip[260];
    char recv_desc[600];
    int nip = 0;
    if (ref_kind == 5 || ref_kind == 7 || ref_kind == 9) {
        snprintf(recv_desc, sizeof recv_desc, "L%s;", impl->owner->name->text);
        ip[nip++] = recv_desc;
    }
    for (const char *d = impl->desc->text + 1; *d != ')' && nip < 259; d = rt_desc_next(d)) ip[nip++] = d;
    int k = 0;
    for (int i = 0; i < ncaps; i++, k++) {
        e1(e, 42); /* aload_0 */
        push(e, 1);
        e1(e, 180);
        e2(e, cp_field(e, &caps[i]));
        push(e, slots_of(caps[i].type) - 1);
        if (k < nip && !emit_convert(t, e, loader, caps[i].desc->text, ip[k])) return NULL;
    }
    int local = 1;
    for (const char *d = desc->text + 1; *d != ')'; d = rt_desc_next(d), k++) {
        emit_load(e, *d == '[' ? 'L' : *d, local);
        local += slots_of(*d);
        if (k < nip && !emit_convert(t, e, loader, d, ip[k])) return NULL;
    }
    int op = ref_kind == 6 ? 184 : ref_kind == 5 ? 182 : ref_kind == 9 ? 185 : 183;
    if (ref_kind == 5 && (impl->owner->access & ACC_INTERFACE)) op = 185;
    e1(e, op);
    e2(e, cp_method(e, impl));
    if (op == 185) {
        e1(e, impl->arg_slots);
        e1(e, 0);
    }
    const char *iret = ref_kind == 8 ? recv_desc : ret_of(impl->desc->text);
    if (ref_kind == 8) snprintf(recv_desc, sizeof recv_desc, "L%s;", impl->owner->name->text);
    push(e, -impl->arg_slots + (ref_kind == 8 ? 0 : slots_of(*iret)));
    const char *sret = ret_of(desc->text);
    if (!emit_convert(t, e, loader, iret, sret)) return NULL;
    char rt = *sret;
    e1(e, rt == 'V' ? 177 : rt == 'J' ? 173 : rt == 'F' ? 174 : rt == 'D' ? 175 : is_ref(rt) ? 176 : 172);
    out->owner = lc;
    out->name = name;
    out->desc = desc;
    out->access = ACC_PUBLIC;
    out->vmflags = MF_LAMBDA_FORM;
    out->arg_slots = (uint16_t)rt_desc_arg_slots(desc->text, false);
    out->max_locals = out->arg_slots;
    out->max_stack = (uint16_t)(e->max_stack + 4);
    out->ret_type = *sret;
    out->code_len = (uint32_t)e->n;
    out->code = rt_meta_alloc(e->n);
    memcpy(out->code, e->code, e->n);
    out->native_index = -1;
    out->vtable_index = out->itable_index = -1;
    return out;
}

static bool link_lambda(Thread *t, Class *c, BootstrapMethod *bm, CallSite *s, Symbol *name, Symbol *desc, bool alt) {
    Vm *vm = VM;
    if (bm->nargs < 3) {
        rt_throw_new(t, WK_BootstrapMethodError, "bad lambda bootstrap arguments");
        return false;
    }
    Symbol *sam_desc = cpe(c, cpe(c, bm->args[0])->a)->v.sym;
    CpEntry *mh = cpe(c, bm->args[1]);
    int ref_kind = mh->a;
    int lk = ref_kind == 6 ? LD_INVOKE_STATIC : ref_kind == 9 ? LD_INVOKE_INTERFACE : ref_kind == 5 ? LD_INVOKE_VIRTUAL : LD_INVOKE_SPECIAL;
    Method *impl = ld_resolve_method(t, c, mh->b, lk);
    if (!impl) return false;
    Class *itf = desc_class(t, c->loader, ret_of(desc->text));
    if (!itf) return false;
    /* altMetafactory: flags, then optional markers and bridges */
    Class *markers[16];
    int nmarkers = 0;
    Symbol *bridges[16];
    int nbridges = 0;
    if (alt && bm->nargs > 3) {
        int32_t flags = cpe(c, bm->args[3])->v.i;
        uint16_t a = 4;
        if ((flags & 1) && nmarkers < 16) { /* FLAG_SERIALIZABLE */
            Class *ser = VM->wk[WK_Serializable];
            if (ser != itf) markers[nmarkers++] = ser;
        }
        if ((flags & 2) && a < bm->nargs) { /* FLAG_MARKERS */
            int32_t n = cpe(c, bm->args[a++])->v.i;
            for (int32_t i = 0; i < n && a < bm->nargs; i++) {
                Class *mk = ld_resolve_class(t, c, bm->args[a++]);
                if (!mk) return false;
                if (nmarkers < 16) markers[nmarkers++] = mk;
            }
        }
        if ((flags & 4) && a < bm->nargs) { /* FLAG_BRIDGES */
            int32_t n = cpe(c, bm->args[a++])->v.i;
            for (int32_t i = 0; i < n && a < bm->nargs; i++) {
                Symbol *bd = cpe(c, cpe(c, bm->args[a++])->a)->v.sym;
                if (nbridges < 16) bridges[nbridges++] = bd;
            }
        }
    }
    /* the class */
    Class *lc = rt_meta_alloc(sizeof(Class));
    char nbuf[1024];
    snprintf(nbuf, sizeof nbuf, "%s$$Lambda$%u", c->name->text, ++vm->lambda_seq);
    lc->name = rt_sym(nbuf);
    lc->access = ACC_FINAL | ACC_SYNTHETIC | ACC_SUPER;
    lc->kind = CK_INSTANCE;
    lc->loader = c->loader;
    lc->super = vm->wk[WK_Object];
    lc->depth = 1;
    lc->major = 61;
    lc->n_interfaces = (uint16_t)(1 + nmarkers);
    lc->interfaces = rt_meta_alloc(sizeof(Class *) * lc->n_interfaces);
    lc->interfaces[0] = itf;
    for (int i = 0; i < nmarkers; i++) lc->interfaces[1 + i] = markers[i];
    uint16_t ncaps = s->nargs; /* the call site's arguments are the captured values */
    lc->n_fields = (uint16_t)(ncaps + (ncaps == 0));
    lc->fields = rt_meta_alloc(sizeof(Field) * lc->n_fields);
    const char *d = desc->text + 1;
    for (uint16_t i = 0; i < ncaps; i++, d = rt_desc_next(d)) {
        Field *f = &lc->fields[i];
        snprintf(nbuf, sizeof nbuf, "arg$%u", i + 1);
        f->owner = lc;
        f->name = rt_sym(nbuf);
        f->desc = rt_sym_n(d, (size_t)(rt_desc_next(d) - d));
        f->access = ACC_PRIVATE | ACC_FINAL;
        f->type = *d;
        f->size = rt_type_size(*d == '[' ? 'L' : *d);
    }
    if (ncaps == 0) {
        Field *f = &lc->fields[0];
        f->owner = lc;
        f->name = rt_sym("INSTANCE");
        snprintf(nbuf, sizeof nbuf, "L%s;", lc->name->text);
        f->desc = rt_sym(nbuf);
        f->access = ACC_STATIC | ACC_PRIVATE | ACC_FINAL;
        f->type = 'L';
        f->size = 8;
    }
    Emit e = {0};
    e.cpcap = (uint16_t)(16 + 8 * (ncaps + 8) * (1 + nbridges));
    e.cp = rt_meta_alloc(sizeof(CpEntry) * e.cpcap);
    e.ncp = 1;
    lc->n_methods = (uint16_t)(1 + nbridges);
    lc->methods = rt_meta_alloc(sizeof(Method) * lc->n_methods);
    bool ok = make_adapter(t, lc, &lc->methods[0], name, sam_desc, lc->fields, ncaps, impl, ref_kind, &e) != NULL;
    for (int i = 0; ok && i < nbridges; i++)
        ok = make_adapter(t, lc, &lc->methods[1 + i], name, bridges[i], lc->fields, ncaps, impl, ref_kind, &e) != NULL;
    free(e.code);
    if (!ok) return false;
    lc->cp = e.cp;
    lc->n_cp = e.ncp;
    if (!ld_define_synthetic(t, lc)) return false;
    lc->state = CS_INITIALIZED;
    s->kind = SITE_LAMBDA;
    s->lambda_class = lc;
    if (ncaps == 0) {
        Object *o = rt_new_object(t, lc);
        if (!o) return false;
        s->singleton = &lc->fields[0];
        *(Object **)(lc->statics + lc->fields[0].offset) = o;
    }
    return true;
}

static bool invoke_lambda(Thread *t, CallSite *s, Slot *args, Slot *result) {
    if (s->singleton) {
        result->l = *(Object **)(s->lambda_class->statics + s->singleton->offset);
        return true;
    }
    Object *o = rt_new_object(t, s->lambda_class);
    if (!o) return false;
    /* The captured values are read only now, from the caller's operand stack (a root), not before. */
    Slot *a = args;
    for (uint16_t i = 0; i < s->nargs; i++) {
        Field *f = &s->lambda_class->fields[i];
        void *p = rt_field_ptr(o, f->offset);
        switch (f->type) {
        case 'Z': case 'B': *(int8_t *)p = (int8_t)a->i; a++; break;
        case 'C': case 'S': *(int16_t *)p = (int16_t)a->i; a++; break;
        case 'I': case 'F': *(int32_t *)p = a->i; a++; break;
        case 'J': case 'D': *(int64_t *)p = a->j; a += 2; break;
        default: gc_store_ref(p, a->l); a++; break;
        }
    }
    result->l = o;
    return true;
}

/* ---- linking and dispatch ------------------------------------------------------------------------------ */
bool rt_indy_resolve(Thread *t, Class *c, uint16_t cp_index) {
    CpEntry *e = cpe(c, cp_index);
    if (e->resolved) return true;
    if (e->a >= c->n_bootstrap) {
        rt_throw_new(t, WK_BootstrapMethodError, "bad bootstrap method index");
        return false;
    }
    BootstrapMethod *bm = &c->bootstrap[e->a];
    CpEntry *nat = cpe(c, e->b);
    Symbol *name = cpe(c, nat->a)->v.sym, *desc = cpe(c, nat->b)->v.sym;
    CallSite *s = rt_meta_alloc(sizeof(CallSite));
    s->desc = desc;
    s->arg_slots = (uint16_t)rt_desc_arg_slots(desc->text, true);
    s->arg_types = arg_types_of(desc->text, &s->nargs);
    bool ok;
    if (bsm_is(c, bm, "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants"))
        ok = link_concat(t, c, bm, s);
    else if (bsm_is(c, bm, "java/lang/invoke/LambdaMetafactory", "metafactory"))
        ok = link_lambda(t, c, bm, s, name, desc, false);
    else if (bsm_is(c, bm, "java/lang/invoke/LambdaMetafactory", "altMetafactory"))
        ok = link_lambda(t, c, bm, s, name, desc, true);
    else if (bsm_is(c, bm, "java/lang/runtime/ObjectMethods", "bootstrap"))
        ok = link_objmethods(t, c, bm, s, name);
    else {
        CpEntry *mh = cpe(c, bm->method_ref);
        CpEntry *ref = cpe(c, mh->b);
        CpEntry *cl = cpe(c, ref->a);
        Symbol *cn = cl->resolved ? cl->v.cls->name : cl->v.sym;
        rt_throw_new(t, WK_BootstrapMethodError, "unsupported bootstrap method %s.%s", cn->text,
                     cpe(c, cpe(c, ref->b)->a)->v.sym->text);
        return false;
    }
    if (!ok) {
        if (t->exception && !rt_instance_of(t->exception->klass, VM->wk[WK_Error])) {
            /* HotSpot wraps linkage failures in BootstrapMethodError */
        }
        return false;
    }
    e->v.site = s;
    e->resolved = 1;
    return true;
}

bool rt_indy_invoke(Thread *t, CallSite *s, Slot *sp, Slot **new_sp) {
    Slot *args = sp - s->arg_slots;
    Slot r;
    r.raw = 0;
    bool ok;
    switch (s->kind) {
    case SITE_CONCAT: ok = invoke_concat(t, s, args, &r); break;
    case SITE_LAMBDA: ok = invoke_lambda(t, s, args, &r); break;
    default: ok = invoke_objmethods(t, s, args, &r); break;
    }
    if (!ok) return false;
    const char *ret = strchr(s->desc->text, ')') + 1;
    args[0] = r;
    *new_sp = args + slots_of(*ret);
    return true;
}
