/* Start-up of the VM inside VM space (well-known classes, System, the main Thread) and running a program's
 * main method the way the java launcher does. */
#include "rt_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const wk_names[WK_COUNT] = {
#define WK(id, name) name,
#include "rt_wellknown.def"
#undef WK
};

static const struct { int wk; const char *name, *desc; } wkf_table[WKF_COUNT] = {
#define WKF(id, cls, name, desc) {WK_##cls, name, desc},
#include "rt_wkfields.def"
#undef WKF
};

Class *rt_boot_class(Thread *t, const char *name) { return ld_load_class_c(t, 0, name); }

static Method *static_method(Class *c, const char *name, const char *desc) {
    Method *m = rt_find_declared_method(c, name, desc);
    if (!m || !(m->access & ACC_STATIC)) rt_fatal("class library: %s.%s%s missing", c->name->text, name, desc);
    return m;
}

static void boot_fail(Thread *t, const char *what) {
    Object *e = t->exception;
    if (e && VM->wk[WK_Throwable] && e->klass) {
        char n[512];
        rt_java_name(e->klass, n, sizeof n);
        Object *msg = VM->wkf[WKF_Throwable_detailMessage]
                          ? *(Object **)rt_field_ptr(e, VM->wkf[WKF_Throwable_detailMessage])
                          : NULL;
        char *m = msg ? rt_string_to_utf8(msg) : NULL;
        rt_fatal("%s failed: %s%s%s", what, n, m ? ": " : "", m ? m : "");
    }
    rt_fatal("%s failed", what);
}

int rt_boot(Thread *t) {
    Vm *vm = VM;
    rt_tier_init(); /* before any Java code runs: its counters start with the first call */
    ld_boot_primitives();
    for (int i = 0; i < WK_COUNT; i++) {
        Class *c = rt_boot_class(t, wk_names[i]);
        if (!c) boot_fail(t, wk_names[i]);
        vm->wk[i] = c;
        if (i == WK_Throwable) c->is_throwable = 1;
    }
    for (int i = 0; i < WKF_COUNT; i++) {
        Field *f = rt_find_field(vm->wk[wkf_table[i].wk], wkf_table[i].name, wkf_table[i].desc);
        if (!f || (f->access & ACC_STATIC))
            rt_fatal("class library: field %s.%s %s missing", wk_names[wkf_table[i].wk], wkf_table[i].name,
                     wkf_table[i].desc);
        vm->wkf[i] = f->offset;
    }
    /* An OutOfMemoryError made in advance: raising one must not need memory. */
    Class *oom = vm->wk[WK_OutOfMemoryError];
    uint32_t mark = rt_handle_mark(t);
    Object **hmsg = rt_handle(t, rt_string(t, "Java heap space"));
    Object *e = *hmsg ? rt_new_object(t, oom) : NULL;
    if (!e) rt_fatal("heap too small to start");
    gc_store_ref(rt_field_ptr(e, vm->wkf[WKF_Throwable_detailMessage]), *hmsg);
    gc_store_ref(rt_field_ptr(e, vm->wkf[WKF_Throwable_cause]), e);
    vm->prealloc_oom = e;
    rt_handle_release(t, mark);

    Class *sys = vm->wk[WK_System];
    if (!ld_ensure_init(t, sys)) boot_fail(t, "java.lang.System initialisation");
    if (!rt_call(t, static_method(sys, "initPhase1", "()V"), NULL, NULL)) boot_fail(t, "System.initPhase1");

    Class *thr = vm->wk[WK_Thread];
    if (!ld_ensure_init(t, thr)) boot_fail(t, "java.lang.Thread initialisation");
    Object *to = rt_new_object(t, thr);
    if (!to) boot_fail(t, "main thread");
    t->thread_obj = to;
    Object *name = rt_string(t, "main");
    Method *ctor = rt_find_declared_method(thr, "<init>", "(Ljava/lang/String;Z)V");
    if (!ctor || !name) rt_fatal("class library: Thread(String, boolean) missing");
    Slot args[3];
    args[0].l = t->thread_obj;
    args[1].l = name;
    args[2].i = 1;
    if (!rt_call(t, ctor, args, NULL)) boot_fail(t, "main thread");
    return 0;
}

/* Reports an exception nobody caught, through Thread.dispatchUncaughtException like HotSpot. */
void rt_report_uncaught(Thread *t) {
    Object *e = rt_exception_take(t);
    uint32_t mark = rt_handle_mark(t);
    Object **he = rt_handle(t, e);
    Method *d = rt_find_method(VM->wk[WK_Thread], "dispatchUncaughtException", "(Ljava/lang/Throwable;)V");
    Slot args[2];
    args[0].l = t->thread_obj;
    args[1].l = *he;
    if (!d || !rt_call(t, d, args, NULL)) {
        t->exception = NULL;
        rt_print_uncaught(t, *he);
    }
    rt_handle_release(t, mark);
}

void rt_shutdown(Thread *t) {
    Class *sd = ld_load_class_c(t, 0, "java/lang/Shutdown");
    if (!sd || !ld_ensure_init(t, sd)) {
        t->exception = NULL;
        return;
    }
    Method *m = rt_find_declared_method(sd, "shutdown", "()V");
    if (m && !rt_call(t, m, NULL, NULL)) rt_report_uncaught(t);
    rt_profile_at_exit(); /* -XX:+PrintMethodData */
    if (VM->opt.verify_heap) gc_verify_heap("at exit");
    jit_before_exit(); /* -XX:+PrintCodeCache */
}

static void launcher_error(const char *fmt, const char *cls, const char *extra) {
    fflush(stdout);
    fprintf(stderr, fmt, cls, extra ? extra : "");
}

/* Loads the main class and finds main(String[]) with the java launcher's checks and messages. Returns 0, or
 * 1 after printing the launcher's error. */
int rt_main_load(Thread *t, const char *main_class, Method **out) {
    size_t n = strlen(main_class);
    char *internal = malloc(n + 1);
    for (size_t i = 0; i <= n; i++) internal[i] = main_class[i] == '.' ? '/' : main_class[i];
    char *dotted = malloc(n + 1);
    for (size_t i = 0; i <= n; i++) dotted[i] = main_class[i] == '/' ? '.' : main_class[i];
    Class *c = strchr(main_class, '/') ? NULL : ld_load_class_c(t, 1, internal);
    int status = 0;
    if (!c) {
        Object *e = rt_exception_take(t);
        char en[512] = "";
        if (e) rt_java_name(e->klass, en, sizeof en);
        if (!e || e->klass == VM->wk[WK_NoClassDefFoundError]) {
            Object *msg = e ? *(Object **)rt_field_ptr(e, VM->wkf[WKF_Throwable_detailMessage]) : NULL;
            char *m = msg ? rt_string_to_utf8(msg) : NULL;
            bool wrong_name = m && strstr(m, "wrong name");
            if (wrong_name) {
                launcher_error("Error: Could not find or load main class %s\nCaused by: java.lang.NoClassDefFoundError: %s\n",
                               dotted, m);
            } else {
                launcher_error("Error: Could not find or load main class %s\nCaused by: java.lang.ClassNotFoundException: %s\n",
                               dotted, dotted);
            }
            free(m);
        } else {
            Object *msg = *(Object **)rt_field_ptr(e, VM->wkf[WKF_Throwable_detailMessage]);
            char *m = msg ? rt_string_to_utf8(msg) : NULL;
            fflush(stdout);
            fprintf(stderr, "Error: LinkageError occurred while loading main class %s\n\t%s%s%s\n", dotted, en,
                    m ? ": " : "", m ? m : "");
            free(m);
        }
        status = 1;
        goto out;
    }
    Method *mm = rt_find_declared_method(c, "main", "([Ljava/lang/String;)V");
    if (!mm) {
        launcher_error("Error: Main method not found in class %s, please define the main method as:\n"
                       "   public static void main(String[] args)\n"
                       "or a JavaFX application class must extend javafx.application.Application\n%s",
                       dotted, NULL);
        status = 1;
        goto out;
    }
    if (!(mm->access & ACC_STATIC)) {
        launcher_error("Error: Main method is not static in class %s, please define the main method as:\n"
                       "   public static void main(String[] args)\n%s",
                       dotted, NULL);
        status = 1;
        goto out;
    }
    *out = mm;
out:
    free(internal);
    free(dotted);
    return status;
}

/* Initialises main's class (if it is not yet) and calls main with the arguments; an uncaught exception is
 * reported. Returns the launcher's status: 0, or 1 after an uncaught exception. */
int rt_main_call(Thread *t, Method *mm, int argc, char **argv) {
    Array *a = rt_new_obj_array(t, VM->wk[WK_String], argc);
    if (!a) {
        rt_report_uncaught(t);
        return 1;
    }
    uint32_t mark = rt_handle_mark(t);
    Object **ha = rt_handle(t, &a->hdr);
    for (int i = 0; i < argc; i++) {
        Object *s = rt_string(t, argv[i]);
        if (!s) break;
        gc_store_ref(&((Object **)rt_array_data(*ha))[i], s);
    }
    if (!t->exception && ld_ensure_init(t, mm->owner)) {
        Slot args[1];
        args[0].l = *ha;
        rt_call(t, mm, args, NULL);
    }
    rt_handle_release(t, mark);
    if (t->exception) {
        rt_report_uncaught(t);
        return 1;
    }
    return 0;
}

int rt_run_main(Thread *t, const char *main_class, int argc, char **argv) {
    Method *mm = NULL;
    int status = rt_main_load(t, main_class, &mm);
    if (status == 0) status = rt_main_call(t, mm, argc, argv);
    rt_shutdown(t);
    return status;
}
