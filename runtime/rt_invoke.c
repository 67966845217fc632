/* Calls from C into Java (rt_call) and from Java into C natives (rt_call_native), and native binding.
 *
 * Process-only state: the C stack of the Java thread (base and size), used to refuse a nested C → Java call
 * that could overflow the machine stack; it is on the allowed statics list. */
#include "rt_internal.h"
#include "rt_profile.h"

#include <stdio.h>
#include <string.h>

static struct { char *base; size_t size; } rt_cstack;

#define C_STACK_RESERVE ((size_t)256 << 10) /* for building the StackOverflowError and for the natives */

/* Thread.c_stack_limit is derived from two inputs that appear in either order: the Thread (VM space: set up by
 * dep_vm_start before the Java thread exists, or restored from a snapshot, where it is 0) and this process's C
 * stack of the Java thread (known only once that thread runs). Each installs the limit when it appears, so the
 * second one leaves it right: rt_set_c_stack here when the Java thread starts, rt_c_stack_install when VM space
 * is set up (jit_init: 0 when the Java thread does not run yet) or restored (jit_after_restore). A limit of 0
 * means "no guard" to compiled code: Java code run with it makes compiled-to-compiled calls unchecked until
 * the machine stack's guard page faults. */
void rt_set_c_stack(Thread *t, char *base, size_t size) {
    rt_cstack.base = base;
    rt_cstack.size = size;
    rt_c_stack_install(t);
}

void rt_c_stack_install(Thread *t) {
    t->c_stack_limit = rt_cstack.base ? (uintptr_t)(rt_cstack.base - rt_cstack.size + C_STACK_RESERVE) : 0;
}

bool rt_c_stack_check(Thread *t) {
    char here;
    size_t used = rt_cstack.base ? (size_t)(rt_cstack.base - &here) : 0;
    if (rt_cstack.base && used + C_STACK_RESERVE > rt_cstack.size && !t->in_overflow) {
        rt_throw_stack_overflow(t);
        return false;
    }
    return true;
}

bool rt_enter_native_depth(Thread *t) {
    char here;
    size_t used = rt_cstack.base ? (size_t)(rt_cstack.base - &here) : 0;
    /* Keep 256 KiB of C stack for building the StackOverflowError and for the natives themselves. */
    if (t->native_depth >= 2000 || (rt_cstack.base && used + (256u << 10) > rt_cstack.size)) {
        if (!t->in_overflow) {
            rt_throw_stack_overflow(t);
            return false;
        }
    }
    t->native_depth++;
    return true;
}

const char *rt_desc_next(const char *d) {
    while (*d == '[') d++;
    if (*d == 'L') {
        while (*d && *d != ';') d++;
        return *d ? d + 1 : d;
    }
    return *d ? d + 1 : d;
}

int rt_desc_arg_slots(const char *desc, bool is_static) {
    int n = is_static ? 0 : 1;
    const char *d = desc + 1;
    while (*d && *d != ')') {
        n += (*d == 'J' || *d == 'D') ? 2 : 1;
        d = rt_desc_next(d);
    }
    return n;
}

int rt_native_index(Symbol *cls, Symbol *name, Symbol *desc) {
    for (int i = 0; i < rt_n_natives; i++) {
        const NativeEntry *e = &rt_natives[i];
        if (rt_sym_eq(cls, e->cls) && rt_sym_eq(name, e->name) && rt_sym_eq(desc, e->desc)) return i;
    }
    return -2;
}

bool rt_call_native(Thread *t, Method *m, Slot *args, Slot *ret) {
    if (RT_UNLIKELY(m->native_index < 0)) {
        if (m->native_index == -1) m->native_index = rt_native_index(m->owner->name, m->name, m->desc);
        if (m->native_index < 0) {
            char buf[1200];
            ld_method_pretty(m, buf, sizeof buf);
            rt_throw_new(t, WK_UnsatisfiedLinkError, "%s", buf);
            return false;
        }
    }
    Frame *nf = (Frame *)(args + m->arg_slots);
    if (RT_UNLIKELY((Slot *)(nf + 1) > t->stack_limit) && !t->in_overflow) {
        rt_throw_stack_overflow(t);
        return false;
    }
    nf->prev = t->top;
    nf->method = m;
    nf->pc = NULL;
    nf->locals = args;
    nf->sp = nf->stack;
    nf->flags = FRAME_NATIVE;
    nf->monitor_count = 0;
    /* the frame goes on first: from here its arguments are roots (rt_mirror may collect) */
    t->top = nf;
    Object *lock = NULL;
    if (m->access & ACC_SYNCHRONIZED) {
        lock = (m->access & ACC_STATIC) ? rt_mirror(t, m->owner) : args[0].l;
        if (lock) lock->bits++;
    }
    uint32_t mark = rt_handle_mark(t);
    rt_natives[m->native_index].fn(t, args, ret);
    rt_handle_release(t, mark);
    t->top = nf->prev;
    if (lock) {
        lock = (m->access & ACC_STATIC) ? m->owner->mirror : args[0].l;
        if (lock && (lock->bits & RT_LOCK_MASK)) lock->bits--;
    }
    return t->exception == NULL;
}

bool rt_call(Thread *t, Method *m, const Slot *args, Slot *ret) {
    if (RT_UNLIKELY(VM->opt.verify_refmaps)) gc_refmap_check_method(m);
    Slot *base = t->top ? t->top->sp : t->stack_base;
    int n = m->arg_slots;
    if (RT_UNLIKELY(base + n + m->max_locals + sizeof(Frame) / sizeof(Slot) + m->max_stack > t->stack_limit) &&
        !t->in_overflow) {
        rt_throw_stack_overflow(t);
        return false;
    }
    if (!rt_enter_native_depth(t)) return false;
    if (n) memcpy(base, args, sizeof(Slot) * (size_t)n);
    bool ok;
    if (m->access & (ACC_NATIVE | ACC_ABSTRACT)) {
        if (m->access & ACC_ABSTRACT) {
            rt_throw_abstract(t, m->owner, m);
            ok = false;
        } else {
            Slot r;
            r.raw = 0;
            ok = rt_call_native(t, m, base, &r);
            if (ok && ret) *ret = r;
        }
    } else {
        Frame *nf = rt_push_frame(t, t->top, m, base, FRAME_ENTRY);
        /* -Xint counts nothing, as HotSpot's; a count may compile the method (-Xcomp: now) */
        if (VM->tier.profiling && !m->jit_entry) rt_count_invocation(t, m);
        if (m->jit_entry) {
            ok = ((bool (*)(Thread *, Frame *))m->jit_entry)(t, nf); /* the compiled-frame contract, jit/jit.h */
        } else {
            if (m->access & ACC_SYNCHRONIZED) {
                Object *lock = (m->access & ACC_STATIC) ? rt_mirror(t, m->owner) : base[0].l;
                if (lock) {
                    lock->bits++;
                    nf->monitor_count = 1;
                }
            }
            ok = rt_interpret(t, nf);
        }
        if (ok && ret) *ret = base[0];
    }
    rt_leave_native_depth(t);
    return ok;
}
