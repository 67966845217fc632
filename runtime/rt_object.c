/* The object model: allocation of instances and arrays, primitive classes, type checks, identity hashes,
 * Class mirrors, cloning, native handles. */
#include "rt.h"
#include "../gc/gc.h"
#include "../loader/ld.h"

#include <string.h>

/* ORDER: Z B C S I J F D V — matches the boxes' order in rt_wellknown.def (Boolean..Double). */
int rt_prim_index(char type) {
    switch (type) {
    case 'Z': return 0;
    case 'B': return 1;
    case 'C': return 2;
    case 'S': return 3;
    case 'I': return 4;
    case 'J': return 5;
    case 'F': return 6;
    case 'D': return 7;
    case 'V': return 8;
    default: return -1;
    }
}

Class *rt_prim_class(char type) {
    int i = rt_prim_index(type);
    return i < 0 ? NULL : VM->prim_classes[i];
}

uint8_t rt_type_size(char type) {
    switch (type) {
    case 'Z': case 'B': return 1;
    case 'C': case 'S': return 2;
    case 'I': case 'F': return 4;
    default: return 8;
    }
}

static Object *alloc_or_throw(Thread *t, size_t size) {
    Object *o = gc_alloc(t, size);
    if (RT_UNLIKELY(!o)) rt_throw_new(t, WK_OutOfMemoryError, "Java heap space");
    return o;
}

Object *rt_new_object(Thread *t, Class *c) {
    Object *o = alloc_or_throw(t, c->instance_size);
    if (o) o->klass = c;
    return o;
}

Array *rt_new_array(Thread *t, Class *ac, int32_t len) {
    if (len < 0) {
        rt_throw_new(t, WK_NegativeArraySizeException, "%d", len);
        return NULL;
    }
    size_t size = RT_ARRAY_DATA_OFFSET + (size_t)len * ac->elem_size;
    if (size > gc_max_object_size()) {
        rt_throw_new(t, WK_OutOfMemoryError, "Java heap space");
        return NULL;
    }
    Array *a = (Array *)alloc_or_throw(t, size);
    if (a) {
        a->hdr.klass = ac;
        a->length = len;
    }
    return a;
}

Class *rt_array_class_of(Thread *t, Class *elem) { return ld_array_class(t, elem); }

Array *rt_new_prim_array(Thread *t, char type, int32_t len) {
    Class *ac = rt_array_class_of(t, rt_prim_class(type));
    return ac ? rt_new_array(t, ac, len) : NULL;
}

Array *rt_new_obj_array(Thread *t, Class *elem, int32_t len) {
    Class *ac = rt_array_class_of(t, elem);
    return ac ? rt_new_array(t, ac, len) : NULL;
}

bool rt_is_subclass(const Class *c, const Class *of) {
    for (; c; c = c->super)
        if (c == of) return true;
    return false;
}

bool rt_instance_of(const Class *c, const Class *of) {
    if (c == of) return true;
    if (of->access & ACC_INTERFACE) {
        for (uint16_t i = 0; i < c->n_itable; i++)
            if (c->itable[i].itf == of) return true;
        return false;
    }
    if (of->kind == CK_ARRAY) {
        if (c->kind != CK_ARRAY) return false;
        Class *cc = c->component, *oc = of->component;
        if (cc->kind == CK_PRIMITIVE || oc->kind == CK_PRIMITIVE) return cc == oc;
        return rt_instance_of(cc, oc);
    }
    return rt_is_subclass(c, of);
}

/* Identity hashes come from a deterministic xorshift sequence kept in the Vm, so that the same program makes
 * the same hashes (reproducible snapshots); HotSpot's are 31-bit and non-zero, and so are ours. */
uint32_t rt_identity_hash(Object *o) {
    if (o->hash) return o->hash;
    uint32_t x = VM->identity_seed;
    do {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
    } while ((x & 0x7fffffff) == 0);
    VM->identity_seed = x;
    o->hash = x & 0x7fffffff;
    return o->hash;
}

Object *rt_mirror(Thread *t, Class *c) {
    if (c->mirror) return c->mirror;
    Object *m = rt_new_object(t, VM->wk[WK_Class]);
    if (!m) return NULL;
    *(int64_t *)rt_field_ptr(m, VM->wkf[WKF_Class_vmClass]) = (int64_t)(uintptr_t)c;
    c->mirror = m;
    return m;
}

Class *rt_class_of_mirror(Object *mirror) {
    return (Class *)(uintptr_t) * (int64_t *)rt_field_ptr(mirror, VM->wkf[WKF_Class_vmClass]);
}

Object *rt_clone(Thread *t, Object *o) {
    size_t size = gc_object_size(o);
    uint32_t mark = rt_handle_mark(t);
    Object **h = rt_handle(t, o);
    Object *c = alloc_or_throw(t, size);
    if (c) {
        o = *h;
        memcpy((char *)c + sizeof(Object), (char *)o + sizeof(Object), size - sizeof(Object));
        c->klass = o->klass;
        gc_barrier_object(c);
    }
    rt_handle_release(t, mark);
    return c;
}

Object **rt_handle(Thread *t, Object *o) {
    if (t->nhandles >= RT_MAX_HANDLES) rt_fatal("native handle stack overflow");
    t->handles[t->nhandles] = o;
    return &t->handles[t->nhandles++];
}

static Array *multi_array(Thread *t, Class *ac, const int32_t *counts, int dims) {
    Array *a = rt_new_array(t, ac, counts[0]);
    if (!a || dims == 1) return a;
    uint32_t mark = rt_handle_mark(t);
    Object **h = rt_handle(t, &a->hdr);
    for (int32_t i = 0; i < counts[0]; i++) {
        Array *sub = multi_array(t, ac->component, counts + 1, dims - 1);
        if (!sub) {
            rt_handle_release(t, mark);
            return NULL;
        }
        gc_store_ref(&((Object **)rt_array_data(*h))[i], &sub->hdr);
    }
    a = (Array *)*h;
    rt_handle_release(t, mark);
    return a;
}

/* multianewarray (JVMS 6.5): every count is checked before anything is allocated; the outer arrays are held in
 * native handles while the inner ones are allocated (each allocation may move them). */
Array *rt_new_multi_array(Thread *t, Class *ac, const int32_t *counts, int dims) {
    for (int i = 0; i < dims; i++)
        if (counts[i] < 0) {
            rt_throw_new(t, WK_NegativeArraySizeException, "%d", counts[i]);
            return NULL;
        }
    return multi_array(t, ac, counts, dims);
}
