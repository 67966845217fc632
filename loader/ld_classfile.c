/* ld_classfile.c — class-file parser (JVMS chapter 4) producing the metaspace structures of rt.h.
 *
 * The input is untrusted. Invariants:
 *  - The reader (Parser.p .. Parser.end) never moves past `end`: every read is preceded by need(), which
 *    fails with "Truncated class file" exactly like HotSpot's stream does.
 *  - No table is allocated from a count alone: the allocation is capped by what the remaining bytes could
 *    possibly hold (every cp entry takes >= 3 bytes, every field or method >= 8), so a forged count costs
 *    nothing before the parse runs out of bytes.
 *  - Checks follow HotSpot's order (constant pool, access flags, this_class, super_class, interfaces,
 *    fields, methods, attributes, trailing bytes), so that a class file with several defects reports the
 *    same first error as the reference VM. Messages reproduce HotSpot's wording; class names in messages are
 *    in internal form (pk/Foo), as HotSpot prints them.
 *  - Everything reachable from the returned Class lives in metaspace. A failed parse leaves its partial
 *    allocations behind (metaspace is never freed), which is bounded by the input size.
 */
#include "ld_internal.h"

#include <stdlib.h>

#define CF_MAGIC 0xCAFEBABEu
#define CF_MIN_MAJOR 45
#define CF_MAX_MAJOR 61
#define CF_PREVIEW_MINOR 0xFFFF

/* Flags HotSpot keeps from the class file; the others are dropped before any check. */
#define CLASS_FLAGS_MASK 0xF631u   /* public final super interface abstract synthetic annotation enum module */
#define FIELD_FLAGS_MASK 0x50DFu
#define METHOD_FLAGS_MASK 0x1DFFu

typedef struct Parser {
    const uint8_t *p, *end;
    LdError *err;
    Class *c;
    CpEntry *cp;
    uint32_t n_cp;
    uint16_t major, minor;
    const char *name;  /* class name for messages: the requested name until this_class is known */
} Parser;

/* ---- reading ---------------------------------------------------------------------------------------- */

static bool truncated(Parser *P) { return ld_fail(P->err, WK_ClassFormatError, "Truncated class file"); }

static inline bool need(Parser *P, size_t n) { return (size_t)(P->end - P->p) >= n || truncated(P); }
static inline size_t remaining(const Parser *P) { return (size_t)(P->end - P->p); }
static inline uint8_t u1(Parser *P) { return *P->p++; }
static inline uint16_t u2(Parser *P) {
    uint16_t v = ld_be16(P->p);
    P->p += 2;
    return v;
}
static inline uint32_t u4(Parser *P) {
    uint32_t v = ld_be32(P->p);
    P->p += 4;
    return v;
}

__attribute__((format(printf, 2, 3))) static bool cfe(Parser *P, const char *fmt, ...) {
    if (!P->err) return false;
    va_list ap;
    va_start(ap, fmt);
    P->err->wk = WK_ClassFormatError;
    vsnprintf(P->err->msg, sizeof P->err->msg, fmt, ap);
    va_end(ap);
    return false;
}

/* ---- constant-pool predicates ----------------------------------------------------------------------- */

static inline bool cp_is(const Parser *P, uint32_t i, int tag) { return i > 0 && i < P->n_cp && P->cp[i].tag == tag; }
static inline Symbol *cp_utf8(const Parser *P, uint32_t i) { return cp_is(P, i, CP_UTF8) ? P->cp[i].v.sym : NULL; }

/* ---- constant pool ---------------------------------------------------------------------------------- */

static bool parse_cp_entries(Parser *P) {
    if (!need(P, 2)) return false;
    uint32_t n = u2(P);
    if (n == 0) return cfe(P, "Illegal constant pool size %u in class file %s", n, P->name);
    /* Every entry takes at least 3 bytes, so only this many can be present before the data runs out. */
    size_t cap = remaining(P) / 3 + 2;
    if (cap > n) cap = n;
    P->cp = rt_meta_alloc(cap * sizeof(CpEntry));
    P->n_cp = n;
    for (uint32_t i = 1; i < n; i++) {
        if (!need(P, 1)) return false;
        if (i >= cap) return truncated(P); /* unreachable by the 3-byte rule; keeps the writes in bounds */
        CpEntry *e = &P->cp[i];
        uint8_t tag = u1(P);
        switch (tag) {
        case CP_UTF8: {
            if (!need(P, 2)) return false;
            uint16_t len = u2(P);
            if (!need(P, len)) return false;
            if (!ld_valid_mutf8(P->p, len))
                return cfe(P, "Illegal UTF8 string in constant pool in class file %s", P->name);
            e->v.sym = rt_sym_n((const char *)P->p, len);
            P->p += len;
            break;
        }
        case CP_INTEGER:
        case CP_FLOAT:
            if (!need(P, 4)) return false;
            e->v.i = (int32_t)u4(P); /* the float shares the bits */
            break;
        case CP_LONG:
        case CP_DOUBLE: {
            if (!need(P, 8)) return false;
            uint64_t hi = u4(P), lo = u4(P);
            if (i + 1 >= n) return cfe(P, "Invalid constant pool entry %u in class file %s", i, P->name);
            e->v.j = (int64_t)((hi << 32) | lo);
            e->tag = tag;
            i++; /* the second slot stays tag 0: unusable */
            if (i >= cap) return truncated(P);
            continue;
        }
        case CP_CLASS:
        case CP_STRING:
        case CP_METHODTYPE:
            if (tag == CP_METHODTYPE && P->major < 51) goto unsupported;
            if (!need(P, 2)) return false;
            e->a = u2(P);
            break;
        case CP_FIELDREF:
        case CP_METHODREF:
        case CP_IMETHODREF:
        case CP_NAMEANDTYPE:
        case CP_DYNAMIC:
        case CP_INVOKEDYNAMIC:
            if (tag == CP_INVOKEDYNAMIC && P->major < 51) goto unsupported;
            if (tag == CP_DYNAMIC && P->major < 55) goto unsupported;
            if (!need(P, 4)) return false;
            e->a = u2(P);
            e->b = u2(P);
            break;
        case CP_METHODHANDLE:
            if (P->major < 51) goto unsupported;
            if (!need(P, 3)) return false;
            e->a = u1(P);
            e->b = u2(P);
            break;
        default: /* includes Module and Package: legal only in module-info, which is not a loadable class */
            return cfe(P, "Unknown constant tag %u in class file %s", tag, P->name);
        unsupported:
            return cfe(P, "Class file version does not support constant tag %u in class file %s", tag, P->name);
        }
        e->tag = tag;
    }
    return true;
}

static bool bad_index(Parser *P, uint32_t i) {
    return cfe(P, "Invalid constant pool index %u in class file %s", i, P->name);
}

/* Cross-references between entries: each index must name an entry of the right kind. */
static bool check_cp_refs(Parser *P) {
    for (uint32_t i = 1; i < P->n_cp; i++) {
        CpEntry *e = &P->cp[i];
        switch (e->tag) {
        case CP_CLASS:
        case CP_STRING:
        case CP_METHODTYPE:
            if (!cp_is(P, e->a, CP_UTF8)) return bad_index(P, e->a);
            e->v.sym = P->cp[e->a].v.sym;
            break;
        case CP_FIELDREF:
        case CP_METHODREF:
        case CP_IMETHODREF:
            if (!cp_is(P, e->a, CP_CLASS)) return bad_index(P, e->a);
            if (!cp_is(P, e->b, CP_NAMEANDTYPE)) return bad_index(P, e->b);
            break;
        case CP_NAMEANDTYPE:
            if (!cp_is(P, e->a, CP_UTF8)) return bad_index(P, e->a);
            if (!cp_is(P, e->b, CP_UTF8)) return bad_index(P, e->b);
            break;
        case CP_DYNAMIC:
        case CP_INVOKEDYNAMIC:
            if (!cp_is(P, e->b, CP_NAMEANDTYPE)) return bad_index(P, e->b);
            break;
        case CP_METHODHANDLE: {
            uint32_t k = e->a, r = e->b;
            if (k < 1 || k > 9)
                return cfe(P, "Bad method handle kind at constant pool index %u in class file %s", i, P->name);
            bool ok;
            if (k <= 4) ok = cp_is(P, r, CP_FIELDREF);
            else if (k == 5 || k == 8) ok = cp_is(P, r, CP_METHODREF);
            else if (k == 9) ok = cp_is(P, r, CP_IMETHODREF);
            else ok = cp_is(P, r, CP_METHODREF) || (P->major >= 52 && cp_is(P, r, CP_IMETHODREF));
            if (!ok) return bad_index(P, r);
            break;
        }
        default:
            break;
        }
    }
    return true;
}

static bool illegal_sig(Parser *P, const char *what, Symbol *name, Symbol *sig) {
    return cfe(P, "%s \"%s\" in class %s has illegal signature \"%s\"", what, name->text, P->name, sig->text);
}

/* Checks a field ("Field") or method ("Method") descriptor with HotSpot's message for each kind of defect. */
static bool check_desc(Parser *P, const char *what, Symbol *name, Symbol *sig) {
    switch (ld_desc_problem(sig->text, sig->len, what[0] == 'M')) {
    case LD_DESC_OK: return true;
    case LD_DESC_DIMS:
        return cfe(P, "Array type descriptor has more than 255 dimensions in class file %s", P->name);
    case LD_DESC_CLASS_NAME:
        return cfe(P, "Class name is empty or contains illegal character in descriptor in class file %s", P->name);
    default: return illegal_sig(P, what, name, sig);
    }
}

static bool is_init(const Symbol *s) { return s->len == 6 && memcmp(s->text, "<init>", 6) == 0; }
static bool is_clinit(const Symbol *s) { return s->len == 8 && memcmp(s->text, "<clinit>", 8) == 0; }

static bool check_field_name(Parser *P, Symbol *n) {
    if (!ld_valid_unqualified_name(n->text, n->len, false))
        return cfe(P, "Illegal field name \"%s\" in class %s", n->text, P->name);
    return true;
}

static bool check_method_name(Parser *P, Symbol *n) {
    if (is_init(n) || is_clinit(n) || ld_valid_unqualified_name(n->text, n->len, true)) return true;
    return cfe(P, "Illegal method name \"%s\" in class %s", n->text, P->name);
}

/* Names and descriptors that entries refer to (HotSpot checks these right after the constant pool). */
static bool check_cp_symbols(Parser *P) {
    for (uint32_t i = 1; i < P->n_cp; i++) {
        CpEntry *e = &P->cp[i];
        switch (e->tag) {
        case CP_CLASS: {
            Symbol *s = e->v.sym;
            if (!ld_valid_class_name(s->text, s->len))
                return cfe(P, "Illegal class name \"%s\" in class file %s", s->text, P->name);
            break;
        }
        case CP_FIELDREF:
        case CP_METHODREF:
        case CP_IMETHODREF: {
            CpEntry *nt = &P->cp[e->b];
            Symbol *n = P->cp[nt->a].v.sym, *d = P->cp[nt->b].v.sym;
            if (e->tag == CP_FIELDREF) {
                if (!check_field_name(P, n)) return false;
                if (!check_desc(P, "Field", n, d)) return false;
            } else {
                if (!check_method_name(P, n)) return false;
                if (!check_desc(P, "Method", n, d)) return false;
                if (n->text[0] == '<') {
                    if (!is_init(n))
                        return cfe(P, "Bad method name at constant pool index %u in class file %s", i, P->name);
                    if (d->text[d->len - 1] != 'V') return illegal_sig(P, "Method", n, d);
                }
            }
            break;
        }
        case CP_METHODTYPE: {
            Symbol *d = e->v.sym;
            if (!ld_valid_method_desc(d->text, d->len))
                return cfe(P, "Illegal method type descriptor \"%s\" in class file %s", d->text, P->name);
            break;
        }
        case CP_DYNAMIC:
        case CP_INVOKEDYNAMIC: {
            CpEntry *nt = &P->cp[e->b];
            Symbol *n = P->cp[nt->a].v.sym, *d = P->cp[nt->b].v.sym;
            if (e->tag == CP_DYNAMIC) {
                if (!check_field_name(P, n)) return false;
                if (!check_desc(P, "Field", n, d)) return false;
            } else {
                if (!check_method_name(P, n)) return false;
                if (!check_desc(P, "Method", n, d)) return false;
            }
            break;
        }
        case CP_METHODHANDLE: {
            CpEntry *ref = &P->cp[e->b];
            if (e->a < 5) break;
            Symbol *n = P->cp[P->cp[ref->b].a].v.sym;
            if (e->a == 8 ? !is_init(n) : (is_init(n) || is_clinit(n)))
                return cfe(P, "Bad method name at constant pool index %u in class file %s", e->b, P->name);
            break;
        }
        default:
            break;
        }
    }
    return true;
}

/* ---- access flags ----------------------------------------------------------------------------------- */

static int n_access(uint16_t f) {
    return !!(f & ACC_PUBLIC) + !!(f & ACC_PRIVATE) + !!(f & ACC_PROTECTED);
}

static bool check_class_flags(Parser *P, uint16_t f) {
    bool itf = f & ACC_INTERFACE, abs = f & ACC_ABSTRACT, fin = f & ACC_FINAL;
    bool bad = false;
    if (itf) {
        if (!abs || fin || (f & ACC_ENUM) || (P->major >= 53 && (f & ACC_MODULE))) bad = true;
        if (P->major >= 50 && (f & ACC_SUPER)) bad = true;
    } else {
        if (f & ACC_ANNOTATION) bad = true;
        if (fin && abs) bad = true;
    }
    if (bad) return cfe(P, "Illegal class modifiers in class %s: 0x%X", P->name, f);
    return true;
}

static bool check_field_flags(Parser *P, uint16_t f, bool in_itf) {
    bool bad = n_access(f) > 1 || ((f & ACC_FINAL) && (f & ACC_VOLATILE));
    if (in_itf) {
        uint16_t need_all = ACC_PUBLIC | ACC_STATIC | ACC_FINAL;
        if ((f & need_all) != need_all || (f & ~(need_all | ACC_SYNTHETIC)) != 0) bad = true;
    }
    if (bad) return cfe(P, "Illegal field modifiers in class %s: 0x%X", P->name, f);
    return true;
}

static bool check_method_flags(Parser *P, uint16_t f, Symbol *name, bool in_itf) {
    bool bad = n_access(f) > 1;
    bool abs = f & ACC_ABSTRACT;
    if (is_clinit(name)) return true; /* flags of <clinit> are ignored (JVMS §4.6) */
    if (in_itf) {
        if (P->major >= 52) {
            if (f & (ACC_PROTECTED | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE)) bad = true;
            if (!!(f & ACC_PUBLIC) + !!(f & ACC_PRIVATE) != 1) bad = true;
        } else if ((f & (ACC_PUBLIC | ACC_ABSTRACT)) != (ACC_PUBLIC | ACC_ABSTRACT) ||
                   (f & (ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE | ACC_STRICT | ACC_PRIVATE |
                         ACC_PROTECTED))) {
            bad = true;
        }
    }
    if (is_init(name)) {
        if (f & (ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE | ACC_ABSTRACT | ACC_BRIDGE)) bad = true;
    } else if (abs) {
        uint16_t strict = (P->major >= 46 && P->major <= 60) ? ACC_STRICT : 0;
        if (f & (ACC_PRIVATE | ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE | strict)) bad = true;
    }
    if (bad) return cfe(P, "Method %s in class %s has illegal modifiers: 0x%X", name->text, P->name, f);
    return true;
}

/* ---- duplicate detection: (name, descriptor) pairs are pointer pairs, since symbols are interned ----- */

typedef struct PairSet {
    const void **slots; /* 2 pointers per slot; NULL name = empty */
    size_t mask;
} PairSet;

static bool pairset_init(PairSet *s, size_t n) {
    size_t cap = 16;
    while (cap < n * 2) cap <<= 1;
    s->slots = calloc(cap * 2, sizeof(void *));
    s->mask = cap - 1;
    return s->slots != NULL;
}

/* Returns false when the pair was already there. */
static bool pairset_add(PairSet *s, const void *a, const void *b) {
    size_t h = (((uintptr_t)a >> 3) * 31u + ((uintptr_t)b >> 3)) * 0x9E3779B97F4A7C15ull >> 7;
    for (size_t i = h & s->mask;; i = (i + 1) & s->mask) {
        if (!s->slots[2 * i]) {
            s->slots[2 * i] = a;
            s->slots[2 * i + 1] = b;
            return true;
        }
        if (s->slots[2 * i] == a && s->slots[2 * i + 1] == b) return false;
    }
}

/* ---- fields ----------------------------------------------------------------------------------------- */

static uint8_t type_size(char t) {
    switch (t) {
    case 'B': case 'Z': return 1;
    case 'C': case 'S': return 2;
    case 'I': case 'F': return 4;
    default: return 8; /* J D L [ */
    }
}

/* Reads an attribute header. On success *name is the attribute's name (NULL when the index is bad, which the
 * caller reports with its own wording) and the body is known to be inside the buffer. */
static bool attr_header(Parser *P, Symbol **name, uint32_t *len, uint16_t *name_index) {
    if (!need(P, 6)) return false;
    *name_index = u2(P);
    *len = u4(P);
    *name = cp_utf8(P, *name_index);
    return need(P, *len);
}

static bool parse_fields(Parser *P) {
    Class *c = P->c;
    if (!need(P, 2)) return false;
    uint32_t n = u2(P);
    size_t cap = remaining(P) / 8 + 1;
    if (cap > n) cap = n;
    c->fields = cap ? rt_meta_alloc(cap * sizeof(Field)) : NULL;
    bool in_itf = c->access & ACC_INTERFACE;
    for (uint32_t i = 0; i < n; i++) {
        if (!need(P, 8)) return false;
        if (i >= cap) return truncated(P);
        Field *f = &c->fields[i];
        uint16_t flags = u2(P) & FIELD_FLAGS_MASK;
        uint16_t ni = u2(P), di = u2(P);
        f->owner = c;
        f->access = flags;
        if (!(f->name = cp_utf8(P, ni)))
            return cfe(P, "Invalid constant pool index %u for field name in class file %s", ni, P->name);
        if (!check_field_name(P, f->name)) return false;
        if (!(f->desc = cp_utf8(P, di)))
            return cfe(P, "Invalid constant pool index %u for field signature in class file %s", di, P->name);
        if (!check_desc(P, "Field", f->name, f->desc)) return false;
        if (!check_field_flags(P, flags, in_itf)) return false;
        f->type = f->desc->text[0];
        f->size = type_size(f->type);
        uint16_t n_attr = u2(P);
        bool seen_cv = false, seen_sig = false;
        for (uint32_t k = 0; k < n_attr; k++) {
            Symbol *an;
            uint32_t alen;
            uint16_t ai;
            if (!attr_header(P, &an, &alen, &ai)) return false;
            if (!an) return cfe(P, "Invalid field attribute index %u in class file %s", ai, P->name);
            const uint8_t *body = P->p;
            P->p += alen;
            if ((flags & ACC_STATIC) && rt_sym_eq(an, "ConstantValue")) {
                if (seen_cv) return cfe(P, "Duplicate ConstantValue attribute in class file %s", P->name);
                seen_cv = true;
                if (alen != 2)
                    return cfe(P, "Invalid ConstantValue field attribute length %u in class file %s", alen, P->name);
                uint16_t ci = ld_be16(body);
                if (ci == 0 || ci >= P->n_cp)
                    return cfe(P, "Bad initial value index %u in ConstantValue attribute in class file %s", ci,
                               P->name);
                int tag = P->cp[ci].tag, want;
                switch (f->type) {
                case 'J': want = CP_LONG; break;
                case 'F': want = CP_FLOAT; break;
                case 'D': want = CP_DOUBLE; break;
                case 'B': case 'C': case 'I': case 'S': case 'Z': want = CP_INTEGER; break;
                default: want = rt_sym_eq(f->desc, "Ljava/lang/String;") ? CP_STRING : -1; break;
                }
                if (tag != want) return cfe(P, "Inconsistent constant value type in class file %s", P->name);
                f->const_index = ci;
            } else if (P->major >= 49 && rt_sym_eq(an, "Signature")) {
                if (seen_sig) return cfe(P, "Multiple Signature attributes for field in class file %s", P->name);
                seen_sig = true;
                if (alen != 2)
                    return cfe(P, "Wrong size %u for field's Signature attribute in class file %s", alen, P->name);
                uint16_t si = ld_be16(body);
                if (!(f->signature = cp_utf8(P, si)))
                    return cfe(P, "Invalid constant pool index %u in Signature attribute in class file %s", si,
                               P->name);
            }
        }
    }
    c->n_fields = (uint16_t)n;
    if (n > 1) {
        PairSet s;
        if (!pairset_init(&s, n)) return cfe(P, "Out of memory checking fields of class file %s", P->name);
        for (uint32_t i = 0; i < n; i++) {
            Field *f = &c->fields[i];
            if (!pairset_add(&s, f->name, f->desc)) {
                free(s.slots);
                return cfe(P, "Duplicate field name \"%s\" with signature \"%s\" in class file %s", f->name->text,
                           f->desc->text, P->name);
            }
        }
        free(s.slots);
    }
    return true;
}

/* ---- methods ---------------------------------------------------------------------------------------- */

/* Parses a Code attribute whose body starts at P->p and is declared `alen` bytes long. Like HotSpot, the
 * parts are read against the end of the file, and the declared length is compared with what was consumed
 * afterwards ("Code segment has wrong length"). */
static bool parse_code(Parser *P, Method *m, uint32_t alen) {
    const uint8_t *body = P->p;
    uint32_t code_len;
    bool old = P->major == 45 && P->minor <= 2; /* pre-JDK 1.0.2 layout: u1 max_stack, u1 max_locals, u2 len */
    if (old) {
        if (!need(P, 4)) return false;
        m->max_stack = u1(P);
        m->max_locals = u1(P);
        code_len = u2(P);
    } else {
        if (!need(P, 8)) return false;
        m->max_stack = u2(P);
        m->max_locals = u2(P);
        code_len = u4(P);
    }
    if (code_len == 0 || code_len >= 65536)
        return cfe(P, "Invalid method Code length %u in class file %s", code_len, P->name);
    if (!need(P, code_len)) return false;
    m->code = rt_meta_alloc(code_len);
    memcpy(m->code, P->p, code_len);
    m->code_len = code_len;
    P->p += code_len;
    if (!need(P, 2)) return false;
    uint32_t n_ex = u2(P);
    if (!need(P, (size_t)n_ex * 8)) return false;
    m->n_handlers = (uint16_t)n_ex;
    m->handlers = n_ex ? rt_meta_alloc(n_ex * sizeof(ExHandler)) : NULL;
    for (uint32_t i = 0; i < n_ex; i++) {
        ExHandler *h = &m->handlers[i];
        h->start_pc = u2(P);
        h->end_pc = u2(P);
        h->handler_pc = u2(P);
        h->catch_type = u2(P);
        if (h->start_pc >= code_len || h->end_pc > code_len || h->end_pc <= h->start_pc)
            return cfe(P, "Illegal exception table range in class file %s", P->name);
        if (h->handler_pc >= code_len) return cfe(P, "Illegal exception table handler in class file %s", P->name);
        if (h->catch_type && !cp_is(P, h->catch_type, CP_CLASS))
            return cfe(P, "Catch type in exception table has bad constant type in class file %s", P->name);
    }
    if (!need(P, 2)) return false;
    uint32_t n_attr = u2(P);
    for (uint32_t k = 0; k < n_attr; k++) {
        if (!need(P, 6)) return false;
        uint16_t ai = u2(P);
        uint32_t len = u4(P);
        Symbol *an = cp_utf8(P, ai);
        if (!an) return cfe(P, "Invalid code attribute name index %u in class file %s", ai, P->name);
        if (!need(P, len)) return false;
        const uint8_t *b = P->p;
        P->p += len;
        if (rt_sym_eq(an, "LineNumberTable")) {
            if (len < 2 || len != 2 + 4u * ld_be16(b))
                return cfe(P, "LineNumberTable attribute has wrong length in class file %s", P->name);
            uint32_t cnt = ld_be16(b);
            if (m->n_lines + cnt > 65535)
                return cfe(P, "Too many line numbers in method in class file %s", P->name);
            /* several tables are allowed: concatenate them */
            LineEntry *lines = rt_meta_alloc((m->n_lines + cnt) * sizeof(LineEntry) + 1);
            if (m->n_lines) memcpy(lines, m->lines, m->n_lines * sizeof(LineEntry));
            for (uint32_t i = 0; i < cnt; i++) {
                LineEntry *le = &lines[m->n_lines + i];
                le->start_pc = ld_be16(b + 2 + 4 * i);
                le->line = ld_be16(b + 4 + 4 * i);
                if (le->start_pc >= code_len)
                    return cfe(P, "Invalid pc in LineNumberTable in class file %s", P->name);
            }
            m->lines = lines;
            m->n_lines = (uint16_t)(m->n_lines + cnt);
        } else if (P->major >= 50 && rt_sym_eq(an, "StackMapTable")) {
            if (m->stackmap) return cfe(P, "Multiple StackMapTable attributes in class file %s", P->name);
            m->stackmap = rt_meta_alloc(len + 1);
            memcpy(m->stackmap, b, len);
            m->stackmap_len = len;
        } else if (rt_sym_eq(an, "LocalVariableTable")) {
            if (len < 2 || len != 2 + 10u * ld_be16(b))
                return cfe(P, "LocalVariableTable attribute has wrong length in class file %s", P->name);
            uint32_t cnt = ld_be16(b);
            LocalVar *lv = rt_meta_alloc((m->n_localvars + cnt) * sizeof(LocalVar) + 1);
            if (m->n_localvars) memcpy(lv, m->localvars, m->n_localvars * sizeof(LocalVar));
            for (uint32_t i = 0; i < cnt; i++) {
                const uint8_t *e = b + 2 + 10 * i;
                LocalVar *v = &lv[m->n_localvars + i];
                v->start_pc = ld_be16(e);
                v->length = ld_be16(e + 2);
                v->name = cp_utf8(P, ld_be16(e + 4));
                v->index = ld_be16(e + 8);
                if (!v->name || !cp_utf8(P, ld_be16(e + 6)))
                    return cfe(P, "Invalid constant pool index in LocalVariableTable in class file %s", P->name);
            }
            m->localvars = lv;
            m->n_localvars += cnt;
        }
        /* LocalVariableTypeTable and others carry nothing the VM needs. */
    }
    if ((size_t)(P->p - body) != alen) return cfe(P, "Code segment has wrong length in class file %s", P->name);
    return true;
}

static bool parse_methods(Parser *P) {
    Class *c = P->c;
    if (!need(P, 2)) return false;
    uint32_t n = u2(P);
    size_t cap = remaining(P) / 8 + 1;
    if (cap > n) cap = n;
    c->methods = cap ? rt_meta_alloc(cap * sizeof(Method)) : NULL;
    bool in_itf = c->access & ACC_INTERFACE;
    for (uint32_t i = 0; i < n; i++) {
        if (!need(P, 8)) return false;
        if (i >= cap) return truncated(P);
        Method *m = &c->methods[i];
        uint16_t flags = u2(P) & METHOD_FLAGS_MASK;
        uint16_t ni = u2(P), di = u2(P);
        m->owner = c;
        m->vtable_index = m->itable_index = m->native_index = -1;
        if (!(m->name = cp_utf8(P, ni)))
            return cfe(P, "Illegal constant pool index %u for method name in class file %s", ni, P->name);
        if (!(m->desc = cp_utf8(P, di)))
            return cfe(P, "Illegal constant pool index %u for method signature in class file %s", di, P->name);
        if (!check_method_name(P, m->name)) return false;
        if (!check_desc(P, "Method", m->name, m->desc)) return false;
        if (is_clinit(m->name)) {
            if (P->major >= 51 && !(flags & ACC_STATIC))
                return cfe(P, "Method <clinit> is not static in class file %s", P->name);
            flags &= ACC_STATIC | ACC_STRICT;
            flags |= ACC_STATIC;
            m->vmflags |= MF_CLINIT;
            if (!rt_sym_eq(m->desc, "()V")) return illegal_sig(P, "Method", m->name, m->desc);
        } else if (is_init(m->name)) {
            if (in_itf) return cfe(P, "Interface cannot have a method named <init>, class file %s", P->name);
            m->vmflags |= MF_INIT;
            if (m->desc->text[m->desc->len - 1] != 'V') return illegal_sig(P, "Method", m->name, m->desc);
        }
        if (!check_method_flags(P, flags, m->name, in_itf)) return false;
        m->access = flags;
        int slots = ld_desc_arg_slots(m->desc->text, &m->ret_type) + !(flags & ACC_STATIC);
        if (slots > 255) return cfe(P, "Too many arguments in method signature in class file %s", P->name);
        m->arg_slots = (uint16_t)slots;
        uint16_t n_attr = u2(P);
        bool seen_code = false, seen_exc = false, seen_sig = false;
        for (uint32_t k = 0; k < n_attr; k++) {
            Symbol *an;
            uint32_t alen;
            uint16_t ai;
            if (!need(P, 6)) return false;
            ai = u2(P);
            alen = u4(P);
            if (!(an = cp_utf8(P, ai)))
                return cfe(P, "Invalid method attribute name index %u in class file %s", ai, P->name);
            if (rt_sym_eq(an, "Code")) {
                if (flags & (ACC_NATIVE | ACC_ABSTRACT))
                    return cfe(P, "Code attribute in native or abstract methods in class file %s", P->name);
                if (seen_code) return cfe(P, "Multiple Code attributes in class file %s", P->name);
                seen_code = true;
                if (!parse_code(P, m, alen)) return false;
                if (m->max_locals < m->arg_slots)
                    return cfe(P, "Arguments can't fit into locals in class file %s", P->name);
                continue;
            }
            if (!need(P, alen)) return false;
            const uint8_t *body = P->p;
            P->p += alen;
            if (rt_sym_eq(an, "Exceptions")) {
                if (seen_exc) return cfe(P, "Multiple Exceptions attributes in class file %s", P->name);
                seen_exc = true;
                if (alen < 2 || alen != 2 + 2u * ld_be16(body))
                    return cfe(P, "Exceptions attribute has wrong length in class file %s", P->name);
                uint32_t cnt = ld_be16(body);
                m->n_exceptions = (uint16_t)cnt;
                m->exceptions = cnt ? rt_meta_alloc(cnt * sizeof(uint16_t)) : NULL;
                for (uint32_t j = 0; j < cnt; j++) {
                    uint16_t ci = ld_be16(body + 2 + 2 * j);
                    if (!cp_is(P, ci, CP_CLASS))
                        return cfe(P, "Exception name has bad type at constant pool %u in class file %s", ci,
                                   P->name);
                    m->exceptions[j] = ci;
                }
            } else if (P->major >= 49 && rt_sym_eq(an, "Signature")) {
                if (seen_sig) return cfe(P, "Multiple Signature attributes for method in class file %s", P->name);
                seen_sig = true;
                if (alen != 2)
                    return cfe(P, "Invalid Signature attribute length %u in class file %s", alen, P->name);
                uint16_t si = ld_be16(body);
                if (!(m->signature = cp_utf8(P, si)))
                    return cfe(P, "Invalid constant pool index %u in Signature attribute in class file %s", si,
                               P->name);
            }
        }
        if (!seen_code && !(flags & (ACC_NATIVE | ACC_ABSTRACT)))
            return cfe(P, "Absent Code attribute in method that is not native or abstract in class file %s",
                       P->name);
    }
    c->n_methods = (uint16_t)n;
    if (n > 1) {
        PairSet s;
        if (!pairset_init(&s, n)) return cfe(P, "Out of memory checking methods of class file %s", P->name);
        for (uint32_t i = 0; i < n; i++) {
            Method *m = &c->methods[i];
            if (!pairset_add(&s, m->name, m->desc)) {
                free(s.slots);
                return cfe(P, "Duplicate method name \"%s\" with signature \"%s\" in class file %s",
                           m->name->text, m->desc->text, P->name);
            }
        }
        free(s.slots);
    }
    return true;
}

/* ---- class attributes ------------------------------------------------------------------------------- */

static bool is_loadable(const Parser *P, uint32_t i) {
    if (i == 0 || i >= P->n_cp) return false;
    switch (P->cp[i].tag) {
    case CP_INTEGER: case CP_FLOAT: case CP_LONG: case CP_DOUBLE: case CP_CLASS: case CP_STRING:
    case CP_METHODHANDLE: case CP_METHODTYPE: case CP_DYNAMIC:
        return true;
    default:
        return false;
    }
}

static bool parse_bootstrap(Parser *P, const uint8_t *b, uint32_t len) {
    Class *c = P->c;
    if (len < 2) return cfe(P, "Invalid BootstrapMethods attribute length %u in class file %s", len, P->name);
    uint32_t n = ld_be16(b);
    /* each entry needs 4 bytes, so the count is bounded by len before anything is allocated */
    if ((size_t)n * 4 > len - 2)
        return cfe(P, "Invalid BootstrapMethods num_bootstrap_methods or num_bootstrap_arguments value in class "
                      "file %s", P->name);
    c->bootstrap = n ? rt_meta_alloc(n * sizeof(BootstrapMethod)) : NULL;
    c->n_bootstrap = (uint16_t)n;
    uint32_t off = 2;
    for (uint32_t i = 0; i < n; i++) {
        if (len - off < 4) return cfe(P, "bootstrap_method_index out of range in class file %s", P->name);
        BootstrapMethod *bm = &c->bootstrap[i];
        bm->method_ref = ld_be16(b + off);
        bm->nargs = ld_be16(b + off + 2);
        off += 4;
        if (!cp_is(P, bm->method_ref, CP_METHODHANDLE))
            return cfe(P, "bootstrap_method_index %u has bad constant type in class file %s", bm->method_ref,
                       P->name);
        if ((size_t)bm->nargs * 2 > len - off)
            return cfe(P, "bootstrap_method_index out of range in class file %s", P->name);
        bm->args = bm->nargs ? rt_meta_alloc(bm->nargs * sizeof(uint16_t)) : NULL;
        for (uint32_t j = 0; j < bm->nargs; j++) {
            uint16_t ai = ld_be16(b + off);
            off += 2;
            if (!is_loadable(P, ai))
                return cfe(P, "bootstrap_argument_index %u has bad constant type in class file %s", ai, P->name);
            bm->args[j] = ai;
        }
    }
    if (off != len) return cfe(P, "Bad length on BootstrapMethods in class file %s", P->name);
    return true;
}

static bool parse_inner_classes(Parser *P, const uint8_t *b, uint32_t len) {
    Class *c = P->c;
    if (len < 2 || len != 2 + 8u * ld_be16(b))
        return cfe(P, "Wrong InnerClasses attribute length in class file %s", P->name);
    uint32_t n = ld_be16(b);
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *e = b + 2 + 8 * i;
        uint16_t inner = ld_be16(e), outer = ld_be16(e + 2), iname = ld_be16(e + 4), flags = ld_be16(e + 6);
        if (!cp_is(P, inner, CP_CLASS))
            return cfe(P, "inner_class_info_index %u has bad constant type in class file %s", inner, P->name);
        if (outer && !cp_is(P, outer, CP_CLASS))
            return cfe(P, "outer_class_info_index %u has bad constant type in class file %s", outer, P->name);
        if (iname && !cp_is(P, iname, CP_UTF8))
            return cfe(P, "inner_name_index %u has bad constant type in class file %s", iname, P->name);
        if (outer && P->cp[inner].v.sym == P->cp[outer].v.sym)
            return cfe(P, "Class is both outer and inner class in class file %s", P->name);
        if (P->cp[inner].v.sym == c->name && !c->has_inner_entry) {
            c->has_inner_entry = 1;
            c->inner_flags = flags;
            c->simple_name = iname ? P->cp[iname].v.sym : NULL;
            c->is_anonymous = iname == 0;
            if (outer) c->outer_name = P->cp[outer].v.sym;
        }
    }
    return true;
}

static bool parse_record(Parser *P, const uint8_t *b, uint32_t len) {
    if (len < 2) return cfe(P, "Record attribute has wrong length in class file %s", P->name);
    uint32_t n = ld_be16(b), off = 2;
    for (uint32_t i = 0; i < n; i++) {
        if (len - off < 6) return cfe(P, "Record attribute has wrong length in class file %s", P->name);
        uint16_t ni = ld_be16(b + off), di = ld_be16(b + off + 2), na = ld_be16(b + off + 4);
        off += 6;
        Symbol *name = cp_utf8(P, ni), *desc = cp_utf8(P, di);
        if (!name) return cfe(P, "Invalid constant pool index %u for record component name in class file %s", ni,
                              P->name);
        if (!check_field_name(P, name)) return false;
        if (!desc)
            return cfe(P, "Invalid constant pool index %u for record component signature in class file %s", di,
                       P->name);
        if (!check_desc(P, "Field", name, desc)) return false;
        for (uint32_t k = 0; k < na; k++) {
            if (len - off < 6) return cfe(P, "Record attribute has wrong length in class file %s", P->name);
            uint32_t alen = ld_be32(b + off + 2);
            off += 6;
            if (len - off < alen) return cfe(P, "Record attribute has wrong length in class file %s", P->name);
            off += alen;
        }
    }
    if (off != len) return cfe(P, "Record attribute has wrong length in class file %s", P->name);
    P->c->is_record = 1;
    return true;
}

static bool parse_class_attributes(Parser *P) {
    Class *c = P->c;
    if (!need(P, 2)) return false;
    uint32_t n = u2(P);
    bool seen_src = false, seen_inner = false, seen_bsm = false, seen_enc = false, seen_nh = false;
    bool seen_nm = false, seen_rec = false, seen_sig = false;
    for (uint32_t k = 0; k < n; k++) {
        Symbol *an;
        uint32_t len;
        uint16_t ai;
        if (!attr_header(P, &an, &len, &ai)) return false;
        if (!an) return cfe(P, "Invalid class attribute name index %u in class file %s", ai, P->name);
        const uint8_t *b = P->p;
        P->p += len;
        if (rt_sym_eq(an, "SourceFile")) {
            if (seen_src) return cfe(P, "Multiple SourceFile attributes in class file %s", P->name);
            seen_src = true;
            if (len != 2) return cfe(P, "Wrong SourceFile attribute length %u in class file %s", len, P->name);
            uint16_t si = ld_be16(b);
            if (!(c->source_file = cp_utf8(P, si)))
                return cfe(P, "Invalid SourceFile attribute at constant pool index %u in class file %s", si,
                           P->name);
        } else if (rt_sym_eq(an, "InnerClasses")) {
            if (seen_inner) return cfe(P, "Multiple InnerClasses attributes in class file %s", P->name);
            seen_inner = true;
            if (!parse_inner_classes(P, b, len)) return false;
        } else if (P->major >= 51 && rt_sym_eq(an, "BootstrapMethods")) {
            if (seen_bsm) return cfe(P, "Multiple BootstrapMethods attributes in class file %s", P->name);
            seen_bsm = true;
            if (!parse_bootstrap(P, b, len)) return false;
        } else if (P->major >= 49 && rt_sym_eq(an, "EnclosingMethod")) {
            if (seen_enc) return cfe(P, "Multiple EnclosingMethod attributes in class file %s", P->name);
            seen_enc = true;
            if (len != 4) return cfe(P, "Wrong EnclosingMethod attribute length %u in class file %s", len, P->name);
            uint16_t ci = ld_be16(b), mi = ld_be16(b + 2);
            if (!cp_is(P, ci, CP_CLASS))
                return cfe(P, "Invalid class index in EnclosingMethod attribute in class file %s", P->name);
            if (mi && !cp_is(P, mi, CP_NAMEANDTYPE))
                return cfe(P, "Invalid or out-of-bounds method index in EnclosingMethod attribute in class file %s",
                           P->name);
            c->has_enclosing_method = 1;
            c->outer_name = P->cp[ci].v.sym;
        } else if (P->major >= 55 && rt_sym_eq(an, "NestHost")) {
            if (seen_nh || seen_nm)
                return cfe(P, "Multiple NestHost attributes in class file %s", P->name);
            seen_nh = true;
            if (len != 2) return cfe(P, "Wrong NestHost attribute length in class file %s", P->name);
            uint16_t ci = ld_be16(b);
            if (!cp_is(P, ci, CP_CLASS))
                return cfe(P, "Nest-host class_info_index %u has bad constant type in class file %s", ci, P->name);
            c->nest_host_name = P->cp[ci].v.sym;
        } else if (P->major >= 55 && rt_sym_eq(an, "NestMembers")) {
            if (seen_nm || seen_nh)
                return cfe(P, "Multiple NestMembers attributes in class file %s", P->name);
            seen_nm = true;
            if (len < 2 || len != 2 + 2u * ld_be16(b))
                return cfe(P, "Wrong NestMembers attribute length in class file %s", P->name);
            for (uint32_t i = 0; i < ld_be16(b); i++) {
                uint16_t ci = ld_be16(b + 2 + 2 * i);
                if (!cp_is(P, ci, CP_CLASS))
                    return cfe(P, "Nest member class_info_index %u has bad constant type in class file %s", ci,
                               P->name);
            }
        } else if (P->major >= 61 && rt_sym_eq(an, "PermittedSubclasses")) {
            if (len < 2 || len != 2 + 2u * ld_be16(b))
                return cfe(P, "Wrong PermittedSubclasses attribute length in class file %s", P->name);
            c->n_permitted = ld_be16(b);
            c->permitted = rt_meta_alloc(sizeof(Symbol *) * (c->n_permitted + 1));
            for (uint32_t i = 0; i < c->n_permitted; i++) {
                uint16_t ci = ld_be16(b + 2 + 2 * i);
                if (!cp_is(P, ci, CP_CLASS))
                    return cfe(P, "Permitted subclass class_info_index %u has bad constant type in class file %s",
                               ci, P->name);
                c->permitted[i] = P->cp[ci].v.sym;
            }
            c->is_sealed = 1;
        } else if (P->major >= 60 && rt_sym_eq(an, "Record")) {
            if (seen_rec) return cfe(P, "Multiple Record attributes in class file %s", P->name);
            seen_rec = true;
            if (!parse_record(P, b, len)) return false;
        } else if (P->major >= 49 && rt_sym_eq(an, "Signature")) {
            if (seen_sig) return cfe(P, "Multiple Signature attributes in class file %s", P->name);
            seen_sig = true;
            if (len != 2) return cfe(P, "Wrong Signature attribute length %u in class file %s", len, P->name);
            uint16_t si = ld_be16(b);
            if (!(c->signature = cp_utf8(P, si)))
                return cfe(P, "Signature attribute at constant pool index %u in class file %s", si, P->name);
        }
    }
    /* Every (Invoke)Dynamic constant must name an existing bootstrap method. */
    for (uint32_t i = 1; i < P->n_cp; i++) {
        int tag = P->cp[i].tag;
        if (tag != CP_DYNAMIC && tag != CP_INVOKEDYNAMIC) continue;
        if (!seen_bsm) return cfe(P, "Missing BootstrapMethods attribute in class file %s", P->name);
        if (P->cp[i].a >= c->n_bootstrap)
            return cfe(P, "Short length on BootstrapMethods in class file %s", P->name);
    }
    return true;
}

/* ---- the class ---------------------------------------------------------------------------------------- */

static bool parse(Parser *P, Symbol *expected) {
    Class *c = P->c;
    if (!need(P, 8)) return false;
    uint32_t magic = u4(P);
    if (magic != CF_MAGIC) return cfe(P, "Incompatible magic value %u in class file %s", magic, P->name);
    P->minor = u2(P);
    P->major = u2(P);
    c->minor = P->minor;
    c->major = P->major;
    if (P->major < CF_MIN_MAJOR)
        return ld_fail(P->err, WK_UnsupportedClassVersionError,
                       "%s (class file version %u.%u) was compiled with an invalid major version", P->name,
                       P->major, P->minor);
    if (P->major > CF_MAX_MAJOR)
        return ld_fail(P->err, WK_UnsupportedClassVersionError,
                       "%s has been compiled by a more recent version of the Java Runtime (class file version "
                       "%u.%u), this version of the Java Runtime only recognizes class file versions up to %u.0",
                       P->name, P->major, P->minor, CF_MAX_MAJOR);
    if (P->major >= 56 && P->minor != 0) {
        if (P->minor == CF_PREVIEW_MINOR) {
            if (P->major != CF_MAX_MAJOR)
                return ld_fail(P->err, WK_UnsupportedClassVersionError,
                               "%s (class file version %u.%u) was compiled with preview features that are "
                               "unsupported. This version of the Java Runtime only recognizes preview features for "
                               "class file version %u.%u",
                               P->name, P->major, P->minor, CF_MAX_MAJOR, CF_PREVIEW_MINOR);
            /* Ember has no --enable-preview. */
            return ld_fail(P->err, WK_UnsupportedClassVersionError,
                           "Preview features are not enabled for %s (class file version %u.%u). Try running with "
                           "'--enable-preview'",
                           P->name, P->major, P->minor);
        }
        return ld_fail(P->err, WK_UnsupportedClassVersionError,
                       "%s (class file version %u.%u) was compiled with an invalid non-zero minor version", P->name,
                       P->major, P->minor);
    }

    if (!parse_cp_entries(P) || !check_cp_refs(P) || !check_cp_symbols(P)) return false;
    c->cp = P->cp;
    c->n_cp = (uint16_t)P->n_cp;

    if (!need(P, 8)) return false;
    uint16_t flags = u2(P) & CLASS_FLAGS_MASK;
    if (P->major >= 53 && (flags & ACC_MODULE))
        return ld_fail(P->err, WK_NoClassDefFoundError,
                       "%s is not a class because access_flag ACC_MODULE is set", P->name);
    if ((flags & ACC_INTERFACE) && P->major < 50) flags |= ACC_ABSTRACT; /* JDK 1.5 and older omitted it */
    if (!check_class_flags(P, flags)) return false;
    c->access = flags;

    uint16_t this_i = u2(P);
    if (!cp_is(P, this_i, CP_CLASS))
        return cfe(P, "Invalid this class index %u in constant pool in class file %s", this_i, P->name);
    c->name = P->cp[this_i].v.sym;
    if (c->name->text[0] == '[') return cfe(P, "Bad class name in class file %s", P->name);
    if (expected && expected != c->name)
        return ld_fail(P->err, WK_NoClassDefFoundError, "%s (wrong name: %s)", expected->text, c->name->text);
    P->name = c->name->text;

    uint16_t super_i = u2(P);
    bool is_object = rt_sym_eq(c->name, "java/lang/Object");
    if (super_i == 0) {
        if (!is_object) return cfe(P, "Invalid superclass index 0 in class file %s", P->name);
    } else {
        if (!cp_is(P, super_i, CP_CLASS))
            return cfe(P, "Invalid superclass index %u in class file %s", super_i, P->name);
        if (P->cp[super_i].v.sym->text[0] == '[') return cfe(P, "Bad superclass name in class file %s", P->name);
        if (is_object) return cfe(P, "Class java/lang/Object cannot have a superclass in class file %s", P->name);
        if ((flags & ACC_INTERFACE) && !rt_sym_eq(P->cp[super_i].v.sym, "java/lang/Object"))
            return cfe(P, "Interfaces must have java.lang.Object as superclass in class file %s", P->name);
    }
    c->super_cp = super_i;

    uint32_t n_itf = u2(P);
    if (!need(P, (size_t)n_itf * 2)) return false;
    c->n_interfaces = (uint16_t)n_itf;
    c->itf_cp = n_itf ? rt_meta_alloc(n_itf * sizeof(uint16_t)) : NULL;
    for (uint32_t i = 0; i < n_itf; i++) {
        uint16_t ii = u2(P);
        if (!cp_is(P, ii, CP_CLASS))
            return cfe(P, "Interface name has bad constant pool index %u in class file %s", ii, P->name);
        if (P->cp[ii].v.sym->text[0] == '[') return cfe(P, "Bad interface name in class file %s", P->name);
        c->itf_cp[i] = ii;
    }
    if (n_itf > 1) {
        PairSet s;
        if (!pairset_init(&s, n_itf)) return cfe(P, "Out of memory checking interfaces of class file %s", P->name);
        for (uint32_t i = 0; i < n_itf; i++) {
            Symbol *in = P->cp[c->itf_cp[i]].v.sym;
            if (!pairset_add(&s, in, NULL)) {
                free(s.slots);
                return cfe(P, "Duplicate interface name \"%s\" in class file %s", in->text, P->name);
            }
        }
        free(s.slots);
    }

    if (!parse_fields(P) || !parse_methods(P) || !parse_class_attributes(P)) return false;
    if (P->p != P->end) return cfe(P, "Extra bytes at the end of class file %s", P->name);
    return true;
}

Class *ld_parse_class(const uint8_t *bytes, size_t len, Symbol *expected, int loader, LdError *err) {
    Parser P = {.p = bytes, .end = bytes + len, .err = err, .name = expected ? expected->text : "<Unknown>"};
    if (err) {
        err->wk = WK_ClassFormatError;
        err->msg[0] = 0;
    }
    P.c = rt_meta_alloc(sizeof(Class));
    if (!bytes) P.end = bytes; /* an empty input is simply truncated */
    if (!parse(&P, expected)) return NULL;
    Class *c = P.c;
    c->kind = CK_INSTANCE;
    c->state = CS_LOADED;
    c->loader = (uint8_t)loader;
    return c;
}
