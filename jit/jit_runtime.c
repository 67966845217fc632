/* The runtime side of compiled code (entries of jit_entries.def that the baseline compiler calls): monitors of
 * synchronized methods, exception dispatch in a compiled frame, calls that leave compiled code (to the
 * interpreter, natives, or anything the inline path does not take), inline-cache misses, and allocation and
 * invokedynamic through the same functions the interpreter uses. */
#include "jit_comp.h"

#include "../gc/gc.h"
#include "../loader/ld.h"
#include "../runtime/rt_internal.h"
#include "../runtime/rt_profile.h"

static Object *method_lock(Frame *f) {
    Method *m = f->method;
    return (m->access & ACC_STATIC) ? m->owner->mirror : f->locals[0].l;
}

bool jit_rt_sync_enter(Thread *t, Frame *f) {
    Method *m = f->method;
    Object *lock = (m->access & ACC_STATIC) ? rt_mirror(t, m->owner) : f->locals[0].l;
    if (!lock) return false;
    lock->bits++;
    f->monitor_count = 1;
    return true;
}

void jit_rt_sync_exit(Thread *t, Frame *f) {
    (void)t;
    if (!f->monitor_count) return;
    Object *lock = method_lock(f);
    if (lock && (lock->bits & RT_LOCK_MASK)) lock->bits--;
    f->monitor_count = 0;
}

void *jit_rt_exception_dispatch(Thread *t, Frame *f, uint8_t *code) {
    int h = rt_find_handler(t, f);
    if (h >= 0) {
        JitBlob *b = (JitBlob *)(code - sizeof(JitBlob));
        uint32_t off = ((uint32_t *)((uint8_t *)b + b->handlers_offset))[h];
        if (off == UINT32_MAX) rt_fatal("compiled code of %s.%s has no code for its exception handler %d", f->method->owner->name->text,
                                        f->method->name->text, h);
        f->stack[0].l = t->exception;
        f->sp = f->stack + 1;
        t->exception = NULL;
        return code + off;
    }
    jit_rt_sync_exit(t, f);
    t->top = f->prev;
    return NULL;
}

/* The interpreter's invoke of a selected method whose arguments are at args (the caller's Frame.pc/sp are
 * saved): natives and abstract methods, frames past the stack limit, and methods without compiled code. */
bool jit_rt_invoke(Thread *t, Method *callee, Slot *args) {
    if (RT_UNLIKELY(VM->opt.verify_refmaps)) gc_refmap_check_method(callee);
    if (callee->access & ACC_ABSTRACT) {
        Object *recv = args[0].l;
        rt_throw_abstract(t, recv ? recv->klass : callee->owner, callee);
        return false;
    }
    if (callee->access & ACC_NATIVE) {
        Slot r;
        r.raw = 0;
        if (!rt_call_native(t, callee, args, &r)) return false;
        switch (callee->ret_type) {
        case 'Z': case 'B': r.i = (int8_t)r.i; break;
        case 'C': r.i = (uint16_t)r.i; break;
        case 'S': r.i = (int16_t)r.i; break;
        default: break;
        }
        args[0] = r;
        return true;
    }
    Frame *nf = (Frame *)(args + callee->max_locals);
    if (RT_UNLIKELY((Slot *)(nf + 1) + callee->max_stack > t->stack_limit) && !t->in_overflow) {
        rt_throw_stack_overflow(t);
        return false;
    }
    /* every call that leaves compiled code nests C frames (this one, the callee's, the interpreter's) */
    if (!rt_c_stack_check(t)) return false;
    rt_push_frame(t, t->top, callee, args, 0);
    if (!callee->jit_entry && VM->tier.profiling) rt_count_invocation(t, callee); /* may compile it */
    if (callee->jit_entry) return ((JitEntryFn2)callee->jit_entry)(t, nf);
    nf->flags = FRAME_ENTRY;
    if (callee->access & ACC_SYNCHRONIZED) {
        Object *lock = (callee->access & ACC_STATIC) ? rt_mirror(t, callee->owner) : args[0].l;
        if (!lock) {
            t->top = nf->prev;
            return false;
        }
        lock->bits++;
        nf->monitor_count = 1;
    }
    return rt_interpret(t, nf);
}

/* An inline-cache miss whose inline interface selection failed (jit_emit_invoke.c): the selection again, as
 * the interpreter makes it, which throws IncompatibleClassChangeError or AbstractMethodError; a method it
 * does select is returned (the compiled code then calls it). */
Method *jit_rt_ic_miss(Thread *t, JitIc *ic, Object *recv) {
    Method *rm = ic->resolved;
    Class *rc = recv->klass;
    if ((rm->owner->access & ACC_INTERFACE) && rm->itable_index >= 0) return rt_select_interface(t, rc, rm);
    return rm->vtable_index >= 0 ? rc->vtable[rm->vtable_index] : rm;
}

Array *jit_rt_new_prim_array(Thread *t, int32_t type, int32_t len) { return rt_new_prim_array(t, (char)type, len); }

Array *jit_rt_multianewarray_slots(Thread *t, Class *array_class, int32_t dims, Slot *counts) {
    int32_t c[256];
    if (dims < 1 || dims > 255) {
        rt_throw_new(t, WK_InternalError, "multianewarray of %d dimensions", dims);
        return NULL;
    }
    for (int32_t i = 0; i < dims; i++) c[i] = counts[i].i;
    return rt_new_multi_array(t, array_class, c, dims);
}

bool jit_rt_invoke_indy_at(Thread *t, Frame *f, uint32_t cp_index, Slot *sp) {
    Class *owner = f->method->owner;
    CpEntry *e = &owner->cp[cp_index];
    if (!e->resolved && !rt_indy_resolve(t, owner, (uint16_t)cp_index)) return false;
    Slot *nsp;
    return rt_indy_invoke(t, e->v.site, sp, &nsp);
}
