/* The runtime entry table (jit_entries.def) and the entry functions: thin wrappers of the runtime, loader and
 * GC functions the interpreter uses, with the conventions compiled code needs (see the .def file).
 *
 * The table itself is the first page of the code cache (JIT_ENTRY_TABLE, jit/jit.h): a read-only page of
 * function pointers, i.e. addresses of this executable and of libm. It is process state that sits in VM
 * space only so that compiled code reaches it RIP-relative: jit_entries_install fills it at start-up and
 * after every restore, and the snapshot writer stores the page as zeros (snap_write.c). */
#define _GNU_SOURCE
#include "jit_cc.h"

#include "../gc/gc.h"
#include "../loader/ld.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/mman.h>

/* ---- the entry functions ------------------------------------------------------------------------------ */
int64_t jit_rt_selftest(int64_t x) { return 2 * x + 1; }

Object *jit_rt_new_instance(Thread *t, Class *c) {
    if (RT_UNLIKELY(c->access & (ACC_INTERFACE | ACC_ABSTRACT))) {
        char n[512];
        ld_java_name(c->name->text, n, sizeof n);
        rt_throw_new(t, WK_InstantiationError, "%s", n);
        return NULL;
    }
    if (!ld_ensure_init(t, c)) return NULL;
    return rt_new_object(t, c);
}

Array *jit_rt_new_array(Thread *t, Class *array_class, int32_t len) { return rt_new_array(t, array_class, len); }

Array *jit_rt_new_obj_array(Thread *t, Class *elem, int32_t len) { return rt_new_obj_array(t, elem, len); }

Array *jit_rt_multianewarray(Thread *t, Class *array_class, int32_t dims, int32_t *counts) {
    return rt_new_multi_array(t, array_class, counts, dims);
}

Class *jit_rt_resolve_class(Thread *t, Class *from, uint32_t idx) { return ld_resolve_class(t, from, (uint16_t)idx); }

Field *jit_rt_resolve_field(Thread *t, Class *from, uint32_t idx, int32_t is_static) {
    return ld_resolve_field(t, from, (uint16_t)idx, is_static != 0);
}

Method *jit_rt_resolve_method(Thread *t, Class *from, uint32_t idx, int32_t opcode) {
    return ld_resolve_method(t, from, (uint16_t)idx, opcode);
}

Object *jit_rt_resolve_string(Thread *t, Class *from, uint32_t idx) { return ld_resolve_string(t, from, (uint16_t)idx); }

bool jit_rt_resolve_indy(Thread *t, Class *from, uint32_t idx) { return rt_indy_resolve(t, from, (uint16_t)idx); }

bool jit_rt_init_class(Thread *t, Class *c) { return ld_ensure_init(t, c); }

bool jit_rt_call_interpreted(Thread *t, Method *m, Slot *args, Slot *ret) { return rt_call(t, m, args, ret); }

Method *jit_rt_select_virtual(Thread *t, Object *recv, Method *m) {
    if (!recv) {
        rt_throw_npe(t);
        return NULL;
    }
    Class *rc = recv->klass;
    Method *impl = NULL;
    if ((m->owner->access & ACC_INTERFACE) && m->itable_index >= 0) {
        uint16_t i = 0;
        while (i < rc->n_itable && rc->itable[i].itf != m->owner) i++;
        if (i == rc->n_itable) {
            char a[512], b[512];
            ld_java_name(rc->name->text, a, sizeof a);
            ld_java_name(m->owner->name->text, b, sizeof b);
            rt_throw_new(t, WK_IncompatibleClassChangeError, "Class %s does not implement the requested interface %s",
                         a, b);
            return NULL;
        }
        impl = rc->itable[i].methods ? rc->itable[i].methods[m->itable_index] : NULL;
    } else {
        impl = rt_resolve_virtual(rc, m);
    }
    if (!impl || (impl->access & ACC_ABSTRACT)) {
        rt_throw_abstract(t, rc, m);
        return NULL;
    }
    return impl;
}

bool jit_rt_invoke_indy(Thread *t, CallSite *site, Slot *sp, Slot **new_sp) { return rt_indy_invoke(t, site, sp, new_sp); }

void jit_rt_throw(Thread *t, Object *exc) {
    if (!exc) rt_throw_npe(t);
    else rt_throw(t, exc);
}

void jit_rt_throw_npe(Thread *t) { rt_throw_npe(t); }

void jit_rt_throw_array_index(Thread *t, int32_t index, int32_t length) {
    rt_throw_new(t, WK_ArrayIndexOutOfBoundsException, "Index %d out of bounds for length %d", index, length);
}

void jit_rt_throw_div_zero(Thread *t) { rt_throw_new(t, WK_ArithmeticException, "/ by zero"); }

void jit_rt_throw_class_cast(Thread *t, Object *obj, Class *target) { rt_throw_class_cast(t, obj->klass, target); }

void jit_rt_throw_array_store(Thread *t, Object *value) {
    char n[512];
    ld_java_name(value->klass->name->text, n, sizeof n);
    rt_throw_new(t, WK_ArrayStoreException, "%s", n);
}

void jit_rt_throw_negative_size(Thread *t, int32_t len) { rt_throw_new(t, WK_NegativeArraySizeException, "%d", len); }

void jit_rt_throw_stack_overflow(Thread *t) { rt_throw_stack_overflow(t); }

void jit_rt_throw_illegal_monitor(Thread *t) { rt_throw_new(t, WK_IllegalMonitorStateException, NULL); }

int32_t jit_rt_instance_of(Class *c, Class *of) { return c == of || rt_instance_of(c, of); }

bool jit_rt_array_store_check(Thread *t, Array *a, Object *value) {
    if (!value) return true;
    Class *elem = a->hdr.klass->component;
    if (value->klass == elem || rt_instance_of(value->klass, elem)) return true;
    jit_rt_throw_array_store(t, value);
    return false;
}

bool jit_rt_monitor_enter(Thread *t, Object *o) {
    if (!o) {
        rt_throw_npe(t);
        return false;
    }
    o->bits++;
    return true;
}

bool jit_rt_monitor_exit(Thread *t, Object *o) {
    if (!o) {
        rt_throw_npe(t);
        return false;
    }
    if (RT_UNLIKELY((o->bits & RT_LOCK_MASK) == 0)) {
        jit_rt_throw_illegal_monitor(t);
        return false;
    }
    o->bits--;
    return true;
}

void jit_rt_write_barrier(void *slot, Object *value) { gc_barrier(slot, value); }

void jit_rt_array_barrier(Array *a, int32_t from, int32_t n) { gc_barrier_array(a, from, n); }

float jit_rt_frem(float a, float b) { return fmodf(a, b); }

double jit_rt_drem(double a, double b) { return fmod(a, b); }

/* ---- the table ---------------------------------------------------------------------------------------- */
typedef void (*JitEntryFn)(void);

/* Read-only data (relocated at load: .data.rel.ro, not mutable state). */
static const JitEntryFn entry_fns[JIT_E_COUNT] = {
#define JIT_ENTRY(name, fn, sig) [JIT_E_##name] = (JitEntryFn)fn,
#include "jit_entries.def"
#undef JIT_ENTRY
};

const char *const jit_entry_names[JIT_E_COUNT] = {
#define JIT_ENTRY(name, fn, sig) [JIT_E_##name] = #name,
#include "jit_entries.def"
#undef JIT_ENTRY
};

_Static_assert(JIT_E_COUNT * sizeof(void *) <= JIT_ENTRY_TABLE_BYTES, "the entry table outgrew its page");

void jit_entries_install(void) {
    void *page = (void *)JIT_ENTRY_TABLE;
    if (mprotect(page, JIT_ENTRY_TABLE_BYTES, PROT_READ | PROT_WRITE) != 0)
        rt_fatal("cannot map the JIT entry table: %s", strerror(errno));
    memcpy(page, entry_fns, sizeof entry_fns);
    if (mprotect(page, JIT_ENTRY_TABLE_BYTES, PROT_READ) != 0)
        rt_fatal("cannot protect the JIT entry table: %s", strerror(errno));
}
