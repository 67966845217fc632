/* Raising Java exceptions from the VM, stack traces, and HotSpot's wording for the messages programs print. */
#include "rt_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TRACE_DEPTH 1024 /* HotSpot's MaxJavaStackTraceDepth */

void rt_java_name(Class *c, char *buf, size_t n) { ld_java_name(c->name->text, buf, n); }

void rt_throw(Thread *t, Object *exc) { t->exception = exc; }

Object *rt_exception_take(Thread *t) {
    Object *e = t->exception;
    t->exception = NULL;
    return e;
}

static void fill_in_stack_trace(Thread *t, Object *throwable, bool quiet);

/* The OutOfMemoryError for an exhausted heap. It is raised because an allocation failed, so making it must not
 * raise another one: through rt_new_object and the constructor, a heap that stays full would recurse without
 * end. Its parts come straight from gc_alloc, which only reports failure; it shares the preallocated error's
 * message and runs no constructor (cause = this is Throwable's only field initialiser). What cannot be
 * allocated is done without: the stack trace, or the fresh object (then the preallocated error is thrown). */
static void throw_heap_oom(Thread *t) {
    Vm *vm = VM;
    Class *cls = vm->wk[WK_OutOfMemoryError];
    Object *e = gc_alloc(t, cls->instance_size);
    if (!e) {
        t->exception = vm->prealloc_oom;
        return;
    }
    e->klass = cls;
    gc_store_ref(rt_field_ptr(e, vm->wkf[WKF_Throwable_cause]), e);
    gc_store_ref(rt_field_ptr(e, vm->wkf[WKF_Throwable_detailMessage]),
                 *(Object **)rt_field_ptr(vm->prealloc_oom, vm->wkf[WKF_Throwable_detailMessage]));
    uint32_t mark = rt_handle_mark(t);
    Object **he = rt_handle(t, e);
    fill_in_stack_trace(t, e, true);
    t->exception = *he;
    rt_handle_release(t, mark);
}

/* Creates an instance of cls with the given message through its (String) constructor, or its () constructor
 * when the message is NULL, and makes it the pending exception. */
void rt_throw_new_cls(Thread *t, Class *cls, const char *msg) {
    if (!cls) rt_fatal("exception thrown during boot: %s", msg ? msg : "");
    t->exception = NULL; /* an exception while raising one: the new one wins, as in HotSpot */
    if (cls == VM->wk[WK_OutOfMemoryError] && VM->prealloc_oom && msg && strcmp(msg, "Java heap space") == 0) {
        throw_heap_oom(t);
        return;
    }
    if (!ld_ensure_init(t, cls)) return;
    uint32_t mark = rt_handle_mark(t);
    Object **hm = rt_handle(t, NULL);
    if (msg) {
        *hm = rt_string(t, msg);
        if (!*hm) goto oom;
    }
    Object *e = rt_new_object(t, cls);
    if (!e) goto oom;
    Object **he = rt_handle(t, e);
    Method *ctor = msg ? rt_find_declared_method(cls, "<init>", "(Ljava/lang/String;)V")
                       : rt_find_declared_method(cls, "<init>", "()V");
    Slot args[2];
    args[0].l = *he;
    args[1].l = *hm;
    if (!ctor) {
        gc_store_ref(rt_field_ptr(*he, VM->wkf[WKF_Throwable_detailMessage]), *hm);
        rt_fill_in_stack_trace(t, *he);
    } else if (!rt_call(t, ctor, args, NULL)) {
        rt_handle_release(t, mark);
        return; /* the constructor's exception is pending instead */
    }
    t->exception = *he;
    rt_handle_release(t, mark);
    return;
oom:
    /* the failed allocation raised an OutOfMemoryError: that one replaces the exception we were making */
    rt_handle_release(t, mark);
    if (!t->exception) t->exception = VM->prealloc_oom;
}

void rt_throw_new(Thread *t, int wk, const char *fmt, ...) {
    char buf[2048];
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(buf, sizeof buf, fmt, ap);
        va_end(ap);
    }
    rt_throw_new_cls(t, VM->wk[wk], fmt ? buf : NULL);
}

void rt_throw_by_name(Thread *t, const char *class_name, const char *msg) {
    t->exception = NULL;
    Class *c = ld_load_class_c(t, 0, class_name);
    if (c) rt_throw_new_cls(t, c, msg);
}

void rt_throw_npe(Thread *t) {
    char *msg = rt_npe_message(t->top);
    if (msg)
        rt_throw_new(t, WK_NullPointerException, "%s", msg);
    else
        rt_throw_new(t, WK_NullPointerException, NULL);
    free(msg);
}

void rt_throw_array_index(Thread *t, int32_t index, int32_t length) {
    rt_throw_new(t, WK_ArrayIndexOutOfBoundsException, "Index %d out of bounds for length %d", index, length);
}

void rt_throw_stack_overflow(Thread *t) {
    if (t->in_overflow) {
        /* Overflowing while building the error itself: give up on the trace, keep the type. */
        t->exception = VM->prealloc_oom;
        return;
    }
    t->in_overflow = 1;
    Slot *saved = t->stack_limit;
    t->stack_limit = t->stack_hard_limit;
    rt_throw_new(t, WK_StackOverflowError, NULL);
    t->stack_limit = saved;
    t->in_overflow = 0;
}

static const char *module_of(Class *c) {
    while (c->kind == CK_ARRAY) c = c->element;
    return (c->kind == CK_PRIMITIVE || c->loader == 0) ? "module java.base of loader 'bootstrap'"
                                                       : "unnamed module of loader 'app'";
}

void rt_throw_class_cast(Thread *t, Class *from, Class *to) {
    char a[512], b[512], msg[3000];
    rt_java_name(from, a, sizeof a);
    rt_java_name(to, b, sizeof b);
    const char *ma = module_of(from), *mb = module_of(to);
    if (strcmp(ma, mb) == 0)
        snprintf(msg, sizeof msg, "class %s cannot be cast to class %s (%s and %s are in %s)", a, b, a, b, ma);
    else
        snprintf(msg, sizeof msg, "class %s cannot be cast to class %s (%s is in %s; %s is in %s)", a, b, a, ma, b, mb);
    rt_throw_new(t, WK_ClassCastException, "%s", msg);
}

void rt_throw_abstract(Thread *t, Class *receiver, Method *m) {
    char r[512], o[512], pretty[1200];
    rt_java_name(receiver, r, sizeof r);
    rt_java_name(m->owner, o, sizeof o);
    ld_method_pretty_ex(m, false, pretty, sizeof pretty);
    rt_throw_new(t, WK_AbstractMethodError,
                 "Receiver class %s does not define or inherit an implementation of the resolved method %s of %s %s.", r,
                 pretty, (m->owner->access & ACC_INTERFACE) ? "interface" : "abstract class", o);
}

int rt_line_number(Method *m, uint32_t bci) {
    int best = -1, best_pc = -1;
    for (uint16_t i = 0; i < m->n_lines; i++)
        if (m->lines[i].start_pc <= bci && (int)m->lines[i].start_pc > best_pc) {
            best_pc = m->lines[i].start_pc;
            best = m->lines[i].line;
        }
    return best;
}

/* Records (Method*, bci) pairs of the current Java stack into a long[] kept in Throwable.backtrace, skipping
 * the frames that are building the throwable (fillInStackTrace and the constructors of its classes).
 * `quiet`: the long[] comes from gc_alloc and a failure leaves no trace and no exception (for the
 * OutOfMemoryError itself). */
void rt_fill_in_stack_trace(Thread *t, Object *throwable) { fill_in_stack_trace(t, throwable, false); }

static Array *new_backtrace(Thread *t, int32_t len, bool quiet) {
    if (!quiet) return rt_new_prim_array(t, 'J', len);
    Class *ac = rt_array_class_of(t, rt_prim_class('J'));
    Array *a = ac ? (Array *)gc_alloc(t, RT_ARRAY_DATA_OFFSET + (size_t)len * 8) : NULL;
    if (a) {
        a->hdr.klass = ac;
        a->length = len;
    }
    return a;
}

static void fill_in_stack_trace(Thread *t, Object *throwable, bool quiet) {
    Frame *f = t->top;
    while (f && (f->flags & FRAME_NATIVE) && rt_sym_eq(f->method->name, "fillInStackTrace0")) f = f->prev;
    while (f && rt_sym_eq(f->method->name, "fillInStackTrace")) f = f->prev;
    while (f && (f->method->vmflags & MF_INIT) && f->method->owner->is_throwable && f->locals[0].l == throwable)
        f = f->prev;
    int n = 0;
    for (Frame *g = f; g && n < MAX_TRACE_DEPTH; g = g->prev) n++;
    uint32_t mark = rt_handle_mark(t);
    Object **h = rt_handle(t, throwable);
    Array *bt = new_backtrace(t, n * 2, quiet);
    if (bt) {
        int64_t *d = rt_array_data(bt);
        int i = 0;
        for (Frame *g = f; g && i < n; g = g->prev, i++) {
            d[2 * i] = (int64_t)(uintptr_t)g->method;
            d[2 * i + 1] = (g->flags & FRAME_NATIVE) || !g->pc ? -1 : (int64_t)(g->pc - g->method->code);
        }
        gc_store_ref(rt_field_ptr(*h, VM->wkf[WKF_Throwable_backtrace]), &bt->hdr);
        *(int32_t *)rt_field_ptr(*h, VM->wkf[WKF_Throwable_depth]) = n;
    } else if (!quiet) {
        t->exception = NULL; /* no trace rather than a second exception */
    }
    rt_handle_release(t, mark);
}

/* Last resort when Java-level reporting of an uncaught exception failed. */
void rt_print_uncaught(Thread *t, Object *exc) {
    (void)t;
    char name[512];
    rt_java_name(exc->klass, name, sizeof name);
    Object *msg = *(Object **)rt_field_ptr(exc, VM->wkf[WKF_Throwable_detailMessage]);
    fflush(stdout);
    if (msg) {
        char *m = rt_string_to_utf8(msg);
        fprintf(stderr, "Exception in thread \"main\" %s: %s\n", name, m);
        free(m);
    } else {
        fprintf(stderr, "Exception in thread \"main\" %s\n", name);
    }
}

/* The exception handler of f's method that catches t->exception at f->pc: its index, or -1. Shared by the
 * interpreter and compiled code (jit/), so both search alike. Resolving a catch type may load classes (and
 * collect: f->sp is set to the empty stack first, as dispatch empties it anyway); when the resolution fails,
 * its error replaces the exception being dispatched and the search ends (-1, the new error pending). */
int rt_find_handler(Thread *t, Frame *f) {
    Method *m = f->method;
    CpEntry *cp = m->owner->cp;
    uint32_t bci = (uint32_t)(f->pc - m->code);
    for (uint16_t i = 0; i < m->n_handlers; i++) {
        ExHandler *h = &m->handlers[i];
        if (bci < h->start_pc || bci >= h->end_pc) continue;
        if (h->catch_type == 0) return i;
        Class *ct;
        if (cp[h->catch_type].resolved) {
            ct = cp[h->catch_type].v.cls;
        } else {
            uint32_t mark = rt_handle_mark(t);
            Object **he = rt_handle(t, t->exception);
            t->exception = NULL;
            f->sp = f->stack;
            ct = ld_resolve_class(t, m->owner, h->catch_type);
            if (!ct) {
                rt_handle_release(t, mark);
                return -1;
            }
            t->exception = *he;
            rt_handle_release(t, mark);
        }
        if (rt_instance_of(t->exception->klass, ct)) return i;
    }
    return -1;
}
