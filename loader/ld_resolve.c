/* Lazy constant-pool resolution (JVMS §5.4.3). A successful resolution is cached in the CpEntry; a failed one
 * is not, so the same error is raised again on the next attempt. */
#include "ld_link.h"

#include <stdio.h>
#include <string.h>

Class *ld_resolve_class(Thread *t, Class *from, uint16_t index) {
    CpEntry *e = &from->cp[index];
    if (e->resolved) return e->v.cls;
    Class *c = ld_load_class(t, from->loader, e->v.sym);
    if (!c) return NULL;
    e->v.cls = c;
    e->resolved = 1;
    return c;
}

Object *ld_resolve_string(Thread *t, Class *from, uint16_t index) {
    CpEntry *e = &from->cp[index];
    if (e->resolved) return e->v.str;
    Object *s = rt_intern_sym(t, e->v.sym);
    if (!s) return NULL;
    e->v.str = s;
    e->resolved = 1;
    return s;
}

static void nat(Class *from, uint16_t nat_index, Symbol **name, Symbol **desc) {
    CpEntry *n = &from->cp[nat_index];
    *name = from->cp[n->a].v.sym;
    *desc = from->cp[n->b].v.sym;
}

/* Field lookup order of JVMS §5.4.3.2: declared, superinterfaces (recursively), superclass. */
static Field *lookup_field(Class *c, Symbol *name, Symbol *desc) {
    for (uint16_t i = 0; i < c->n_fields; i++)
        if (c->fields[i].name == name && c->fields[i].desc == desc) return &c->fields[i];
    for (uint16_t i = 0; i < c->n_interfaces; i++) {
        Field *f = lookup_field(c->interfaces[i], name, desc);
        if (f) return f;
    }
    return c->super ? lookup_field(c->super, name, desc) : NULL;
}

Field *rt_find_field(Class *c, const char *name, const char *desc) {
    Symbol *n = rt_sym_lookup_n(name, strlen(name)), *d = rt_sym_lookup_n(desc, strlen(desc));
    return n && d ? lookup_field(c, n, d) : NULL;
}

Field *ld_resolve_field(Thread *t, Class *from, uint16_t index, bool is_static) {
    CpEntry *e = &from->cp[index];
    Field *f;
    if (e->resolved) {
        f = e->v.field;
    } else {
        Class *c = ld_resolve_class(t, from, e->a);
        if (!c) return NULL;
        Symbol *name, *desc;
        nat(from, e->b, &name, &desc);
        f = lookup_field(c, name, desc);
        if (!f) {
            rt_throw_new(t, WK_NoSuchFieldError, "%s", name->text);
            return NULL;
        }
        e->v.field = f;
        e->resolved = 1;
    }
    if (!!(f->access & ACC_STATIC) != is_static) {
        char cn[512];
        ld_java_name(f->owner->name->text, cn, sizeof cn);
        rt_throw_new(t, WK_IncompatibleClassChangeError, "Expected %sstatic field %s.%s", is_static ? "" : "non-",
                     cn, f->name->text);
        return NULL;
    }
    return f;
}

static void no_such_method(Thread *t, Class *c, Symbol *name, Symbol *desc, bool is_static) {
    Method tmp = {0};
    tmp.owner = c;
    tmp.name = name;
    tmp.desc = desc;
    char buf[1200];
    ld_method_pretty(&tmp, buf, sizeof buf);
    if (is_static) {
        /* HotSpot prints 'static' inside the quotes for static lookups. */
        char b2[1300];
        snprintf(b2, sizeof b2, "'static %s", buf + 1);
        rt_throw_new(t, WK_NoSuchMethodError, "%s", b2);
    } else {
        rt_throw_new(t, WK_NoSuchMethodError, "%s", buf);
    }
}

Method *ld_resolve_method(Thread *t, Class *from, uint16_t index, int kind) {
    CpEntry *e = &from->cp[index];
    Method *m;
    char buf[1200], cn[512];
    if (e->resolved) {
        m = e->v.method;
    } else {
        Class *c = ld_resolve_class(t, from, e->a);
        if (!c) return NULL;
        Symbol *name, *desc;
        nat(from, e->b, &name, &desc);
        bool itf_ref = e->tag == CP_IMETHODREF;
        ld_java_name(c->name->text, cn, sizeof cn);
        if (itf_ref != !!(c->access & ACC_INTERFACE) && c->kind == CK_INSTANCE) {
            rt_throw_new(t, WK_IncompatibleClassChangeError, "Found %s %s, but %s was expected",
                         itf_ref ? "class" : "interface", cn, itf_ref ? "interface" : "class");
            return NULL;
        }
        if (itf_ref) {
            m = NULL;
            for (uint16_t i = 0; i < c->n_methods; i++)
                if (c->methods[i].name == name && c->methods[i].desc == desc) m = &c->methods[i];
            if (!m) {
                Method *om = ld_lookup_method(VM->wk[WK_Object], name, desc);
                if (om && (om->access & ACC_PUBLIC) && !(om->access & ACC_STATIC)) m = om;
            }
            if (!m) m = ld_lookup_interface_method(c, name, desc);
        } else {
            m = ld_lookup_method(c, name, desc);
            if (!m) m = ld_lookup_interface_method(c, name, desc);
        }
        if (!m) {
            no_such_method(t, c, name, desc, kind == LD_INVOKE_STATIC);
            return NULL;
        }
        e->v.method = m;
        e->resolved = 1;
    }
    bool is_static = (m->access & ACC_STATIC) != 0;
    if ((kind == LD_INVOKE_STATIC) != is_static) {
        ld_method_pretty(m, buf, sizeof buf);
        rt_throw_new(t, WK_IncompatibleClassChangeError, "Expected %sstatic method %s",
                     kind == LD_INVOKE_STATIC ? "" : "non-", buf);
        return NULL;
    }
    return m;
}
