/* The root enumeration (see rt_roots.def). */
#include "rt_internal.h"

#define ROOT(name, fn) static void fn(const RootVisitor *v);
#include "rt_roots.def"
#undef ROOT

static void rt_roots_vm_objects(const RootVisitor *v) {
    v->ref(&VM->prealloc_oom, v->ctx);
    v->ref(&VM->main_thread_group, v->ctx);
    v->ref(&VM->heap.ref_pending, v->ctx);
    v->ref(&VM->fn.instance, v->ctx);
}

static void rt_roots_class_mirrors(const RootVisitor *v) {
    for (Class *c = VM->classes; c; c = c->next) v->ref(&c->mirror, v->ctx);
}

static void rt_roots_class_statics(const RootVisitor *v) {
    for (Class *c = VM->classes; c; c = c->next)
        for (uint32_t i = 0; i < c->n_static_refs; i++) v->ref((Object **)(c->statics + c->static_ref_offsets[i]), v->ctx);
}

static void rt_roots_cp_strings(const RootVisitor *v) {
    for (Class *c = VM->classes; c; c = c->next)
        for (uint16_t i = 1; i < c->n_cp; i++)
            if (c->cp[i].tag == CP_STRING && c->cp[i].resolved) v->ref(&c->cp[i].v.str, v->ctx);
}

static void rt_roots_interned(const RootVisitor *v) {
    for (uint32_t i = 0; i < VM->intern_cap; i++)
        if (VM->intern[i]) v->ref(&VM->intern[i], v->ctx);
}

static void rt_roots_thread(const RootVisitor *v) {
    Thread *t = &VM->main;
    v->ref(&t->exception, v->ctx);
    v->ref(&t->thread_obj, v->ctx);
    for (uint32_t i = 0; i < t->nhandles; i++) v->ref(&t->handles[i], v->ctx);
}

static void rt_roots_java_frames(const RootVisitor *v) {
    for (Frame *f = VM->main.top; f; f = f->prev) v->frame(f, v->ctx);
}

void rt_roots_walk(const RootVisitor *v) {
#define ROOT(name, fn) fn(v);
#include "rt_roots.def"
#undef ROOT
}
