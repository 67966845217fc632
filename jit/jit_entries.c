/* The runtime entry table (jit_entries.def) and the entry functions: thin wrappers of the runtime, loader and
 * GC functions the interpreter uses, with the conventions compiled code needs (see the .def file).
 *
 * The table itself is the first page of the code cache (JIT_ENTRY_TABLE, jit/jit.h): a read-only page of
 * function pointers, i.e. addresses of this executable and of libm. It is process state that sits in VM
 * space only so that compiled code reaches it RIP-relative: jit_entries_install fills it at start-up and
 * after every restore, and the snapshot writer stores the page as zeros (snap_write.c). */
#define _GNU_SOURCE
#include "jit_cc.h"

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

Array *jit_rt_new_obj_array(Thread *t, Class *elem, int32_t len) { return rt_new_obj_array(t, elem, len); }

bool jit_rt_init_class(Thread *t, Class *c) { return ld_ensure_init(t, c); }

void jit_rt_throw(Thread *t, Object *exc) {
    if (!exc) rt_throw_npe(t);
    else rt_throw(t, exc);
}

void jit_rt_throw_npe(Thread *t) { rt_throw_npe(t); }

void jit_rt_throw_array_index(Thread *t, int32_t index, int32_t length) { rt_throw_array_index(t, index, length); }

void jit_rt_throw_div_zero(Thread *t) { rt_throw_new(t, WK_ArithmeticException, "/ by zero"); }

void jit_rt_throw_class_cast(Thread *t, Object *obj, Class *target) { rt_throw_class_cast(t, obj->klass, target); }

void jit_rt_throw_illegal_monitor(Thread *t) { rt_throw_new(t, WK_IllegalMonitorStateException, NULL); }

int32_t jit_rt_instance_of(Class *c, Class *of) { return c == of || rt_instance_of(c, of); }

bool jit_rt_array_store_check(Thread *t, Array *a, Object *value) {
    if (!value) return true;
    Class *elem = a->hdr.klass->component;
    if (value->klass == elem || rt_instance_of(value->klass, elem)) return true;
    char n[512];
    ld_java_name(value->klass->name->text, n, sizeof n);
    rt_throw_new(t, WK_ArrayStoreException, "%s", n);
    return false;
}

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
