/* Class initialisation, JVMS §5.5, for one Java thread: a class being initialised by this thread counts as
 * initialised for it (recursive requests return at once). Before initialising, the class's code passes the
 * structural checks of ld_check_code (our link-time verification). */
#include "ld_link.h"

#include <stdio.h>
#include <string.h>

static bool verify(Thread *t, Class *c) {
    if (c->state >= CS_INITIALIZING) return true;
    for (uint16_t i = 0; i < c->n_methods; i++) {
        Method *m = &c->methods[i];
        if (!m->code) continue;
        LdError err = {0};
        if (!ld_check_code(c, m, &err)) {
            rt_throw_new(t, err.wk ? err.wk : WK_VerifyError, "%s", err.msg);
            return false;
        }
    }
    return true;
}

static bool declares_default(Class *itf) {
    for (uint16_t i = 0; i < itf->n_methods; i++) {
        Method *m = &itf->methods[i];
        if (!(m->access & (ACC_ABSTRACT | ACC_STATIC)) && !(m->vmflags & MF_CLINIT)) return true;
    }
    return false;
}

static bool init_default_interfaces(Thread *t, Class *c) {
    for (uint16_t i = 0; i < c->n_interfaces; i++) {
        Class *itf = c->interfaces[i];
        if (!init_default_interfaces(t, itf)) return false;
        if (declares_default(itf) && !ld_ensure_init(t, itf)) return false;
    }
    return true;
}

static void fail(Thread *t, Class *c) {
    c->state = CS_ERROR;
    Object *e = t->exception;
    if (e && !rt_instance_of(e->klass, VM->wk[WK_Error])) {
        /* Wrap a non-Error in ExceptionInInitializerError(Throwable). */
        t->exception = NULL;
        Class *eiie = VM->wk[WK_ExceptionInInitializerError];
        uint32_t mark = rt_handle_mark(t);
        Object **he = rt_handle(t, e);
        Object *w = rt_new_object(t, eiie);
        if (w) {
            Object **hw = rt_handle(t, w);
            Method *ctor = rt_find_declared_method(eiie, "<init>", "(Ljava/lang/Throwable;)V");
            Slot args[2];
            args[0].l = *hw;
            args[1].l = *he;
            if (ctor && rt_call(t, ctor, args, NULL)) t->exception = *hw;
        }
        rt_handle_release(t, mark);
    }
}

bool ld_init_class(Thread *t, Class *c) {
    switch (c->state) {
    case CS_INITIALIZED:
    case CS_INITIALIZING:
        return true;
    case CS_ERROR: {
        char cn[512];
        ld_java_name(c->name->text, cn, sizeof cn);
        rt_throw_new(t, WK_NoClassDefFoundError, "Could not initialize class %s", cn);
        return false;
    }
    default:
        break;
    }
    if (!verify(t, c)) return false;
    c->state = CS_INITIALIZING;
    if (!(c->access & ACC_INTERFACE)) {
        if (c->super && !ld_ensure_init(t, c->super)) {
            fail(t, c);
            return false;
        }
        if (!init_default_interfaces(t, c)) {
            fail(t, c);
            return false;
        }
    }
    Method *clinit = NULL;
    for (uint16_t i = 0; i < c->n_methods; i++)
        if (c->methods[i].vmflags & MF_CLINIT) clinit = &c->methods[i];
    if (clinit && !rt_call(t, clinit, NULL, NULL)) {
        fail(t, c);
        return false;
    }
    c->state = CS_INITIALIZED;
    return true;
}
