/* Natives of java.lang: Object, Class, String, System, Runtime, Shutdown, Thread, Throwable, Double, Float,
 * StrictMath. Each takes its arguments in args[] (receiver first; long/double take two slots) and leaves its
 * result in *ret; a Java exception is reported by leaving it pending in t->exception. */
#define _GNU_SOURCE
#include "rt_natives.h"

#include <errno.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* ---- java.lang.Object ---------------------------------------------------------------------------------- */
void n_Object_getClass(Thread *t, Slot *args, Slot *ret) { ret->l = rt_mirror(t, args[0].l->klass); }

void n_Object_hashCode(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    ret->i = (int32_t)rt_identity_hash(args[0].l);
}

void n_Object_clone(Thread *t, Slot *args, Slot *ret) {
    Object *o = args[0].l;
    if (o->klass->kind != CK_ARRAY && !rt_instance_of(o->klass, VM->wk[WK_Cloneable])) {
        char n[512];
        rt_java_name(o->klass, n, sizeof n);
        rt_throw_new(t, WK_CloneNotSupportedException, "%s", n);
        return;
    }
    ret->l = rt_clone(t, o);
}

static bool owns_monitor(Thread *t, Object *o) {
    if (o->bits & RT_LOCK_MASK) return true;
    rt_throw_new(t, WK_IllegalMonitorStateException, "current thread is not owner");
    return false;
}

void n_Object_notify(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    owns_monitor(t, args[0].l);
}

void n_Object_wait(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    int64_t ms = args[1].j;
    if (ms < 0) {
        rt_throw_new(t, WK_IllegalArgumentException, "timeout value is negative");
        return;
    }
    if (!owns_monitor(t, args[0].l)) return;
    /* With one Java thread nobody can notify: a timed wait sleeps its time out; an untimed wait could
     * never end, and HotSpot would hang, so we sleep for good too. */
    if (ms == 0) {
        for (;;) pause();
    }
    struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

/* ---- java.lang.Class ----------------------------------------------------------------------------------- */
static Class *self_class(Slot *args) { return rt_class_of_mirror(args[0].l); }

void n_Class_forName0(Thread *t, Slot *args, Slot *ret) {
    if (!args[0].l) {
        rt_throw_npe(t);
        return;
    }
    char *s = rt_string_to_utf8(args[0].l);
    for (char *p = s; *p; p++)
        if (*p == '.') *p = '/';
        else if (*p == '/') *p = '.'; /* a slash in a binary name never names a class */
    Class *c = NULL;
    if (*s && !strchr(s, '.')) c = ld_load_class_c(t, 1, s);
    if (!c) {
        Object *e = t->exception;
        if (!e || e->klass == VM->wk[WK_NoClassDefFoundError]) {
            t->exception = NULL;
            /* Loading ran Java and may have moved the name: read it again from its (rooted) argument slot. */
            char *orig = rt_string_to_utf8(args[0].l);
            rt_throw_new(t, WK_ClassNotFoundException, "%s", orig);
            free(orig);
        }
        free(s);
        return;
    }
    free(s);
    if (args[1].i && !ld_ensure_init(t, c)) return;
    ret->l = rt_mirror(t, c);
}

void n_Class_isInstance(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Object *o = args[1].l;
    ret->i = o && rt_instance_of(o->klass, self_class(args));
}

void n_Class_isAssignableFrom(Thread *t, Slot *args, Slot *ret) {
    if (!args[1].l) {
        rt_throw_npe(t);
        return;
    }
    Class *c = self_class(args), *other = rt_class_of_mirror(args[1].l);
    ret->i = c == other || (c->kind != CK_PRIMITIVE && other->kind != CK_PRIMITIVE && rt_instance_of(other, c));
}

void n_Class_isInterface(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    ret->i = (self_class(args)->access & ACC_INTERFACE) != 0;
}

void n_Class_isArray(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    ret->i = self_class(args)->kind == CK_ARRAY;
}

void n_Class_isPrimitive(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    ret->i = self_class(args)->kind == CK_PRIMITIVE;
}

void n_Class_initName(Thread *t, Slot *args, Slot *ret) { ret->l = rt_class_name_string(t, self_class(args)); }

void n_Class_getSuperclass(Thread *t, Slot *args, Slot *ret) {
    Class *c = self_class(args);
    ret->l = (c->super && !(c->access & ACC_INTERFACE) && c->kind != CK_PRIMITIVE) ? rt_mirror(t, c->super) : NULL;
}

void n_Class_getInterfaces(Thread *t, Slot *args, Slot *ret) {
    Class *c = self_class(args);
    Array *a = rt_new_obj_array(t, VM->wk[WK_Class], c->n_interfaces);
    if (!a) return;
    uint32_t mark = rt_handle_mark(t);
    Object **h = rt_handle(t, &a->hdr);
    for (uint16_t i = 0; i < c->n_interfaces; i++) {
        Object *m = rt_mirror(t, c->interfaces[i]);
        if (!m) {
            rt_handle_release(t, mark);
            return;
        }
        gc_store_ref(&((Object **)rt_array_data(*h))[i], m);
    }
    ret->l = *h;
    rt_handle_release(t, mark);
}

void n_Class_getComponentType(Thread *t, Slot *args, Slot *ret) {
    Class *c = self_class(args);
    ret->l = c->kind == CK_ARRAY ? rt_mirror(t, c->component) : NULL;
}

void n_Class_arrayType0(Thread *t, Slot *args, Slot *ret) {
    Class *ac = rt_array_class_of(t, self_class(args));
    if (ac) ret->l = rt_mirror(t, ac);
}

void n_Class_getModifiers(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Class *c = self_class(args);
    if (c->kind == CK_PRIMITIVE) {
        ret->i = ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT;
    } else if (c->kind == CK_ARRAY) {
        Class *e = c->element;
        int m = e->kind == CK_PRIMITIVE ? ACC_PUBLIC : (e->has_inner_entry ? e->inner_flags : e->access);
        ret->i = (m & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED)) | ACC_FINAL | ACC_ABSTRACT;
    } else {
        int m = c->has_inner_entry && !c->is_anonymous ? c->inner_flags : c->access;
        ret->i = m & ~ACC_SUPER & 0x7fff;
    }
}

void n_Class_innerKind(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    Class *c = self_class(args);
    ret->i = !c->has_inner_entry ? 0 : c->is_anonymous ? 3 : c->has_enclosing_method ? 2 : 1;
}

void n_Class_simpleBinaryName(Thread *t, Slot *args, Slot *ret) {
    Class *c = self_class(args);
    if (!c->has_inner_entry) return;
    ret->l = c->is_anonymous || !c->simple_name ? rt_string(t, "") : rt_string(t, c->simple_name->text);
}

void n_Class_isRecord0(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    ret->i = self_class(args)->is_record;
}

void n_Class_isSealed0(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    ret->i = self_class(args)->is_sealed;
}

void n_Class_permittedSubclasses0(Thread *t, Slot *args, Slot *ret) {
    Class *c = self_class(args);
    Array *a = rt_new_obj_array(t, VM->wk[WK_Class], (int32_t)c->n_permitted);
    if (!a) return;
    uint32_t mark = rt_handle_mark(t);
    Object **h = rt_handle(t, &a->hdr);
    for (uint32_t i = 0; i < c->n_permitted; i++) {
        Class *p = ld_load_class(t, c->loader, c->permitted[i]);
        Object *m = p ? rt_mirror(t, p) : NULL;
        if (!m) {
            rt_handle_release(t, mark);
            return;
        }
        gc_store_ref(&((Object **)rt_array_data(*h))[i], m);
    }
    ret->l = *h;
    rt_handle_release(t, mark);
}

void n_Class_outerClass0(Thread *t, Slot *args, Slot *ret) {
    Class *c = self_class(args);
    if (!c->outer_name) return;
    Class *o = ld_load_class(t, c->loader, c->outer_name);
    if (o) ret->l = rt_mirror(t, o);
}

void n_Class_enumValues0(Thread *t, Slot *args, Slot *ret) {
    Class *c = self_class(args);
    if (!ld_ensure_init(t, c)) return;
    char desc[1100];
    snprintf(desc, sizeof desc, "()[L%s;", c->name->text);
    Method *m = rt_find_declared_method(c, "values", desc);
    if (!m || !(m->access & ACC_STATIC)) return;
    rt_call(t, m, NULL, ret);
}

void n_Class_getPrimitiveClass(Thread *t, Slot *args, Slot *ret) {
    char *n = rt_string_to_utf8(args[0].l);
    static const char *const names[] = {"boolean", "byte", "char", "short", "int", "long", "float", "double", "void"};
    for (int i = 0; i < 9; i++)
        if (strcmp(n, names[i]) == 0) ret->l = rt_mirror(t, VM->prim_classes[i]);
    free(n);
}

/* ---- java.lang.String ---------------------------------------------------------------------------------- */
void n_String_intern(Thread *t, Slot *args, Slot *ret) { ret->l = rt_intern(t, args[0].l); }

/* ---- java.lang.System ---------------------------------------------------------------------------------- */
static bool utf8_locale(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

void n_System_stdoutIsUtf8(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)args;
    ret->i = utf8_locale();
}

Array *rt_string_array(Thread *t, const char *const *kv, int n) {
    Array *a = rt_new_obj_array(t, VM->wk[WK_String], n);
    if (!a) return NULL;
    uint32_t mark = rt_handle_mark(t);
    Object **h = rt_handle(t, &a->hdr);
    for (int i = 0; i < n; i++) {
        Object *s = rt_string(t, kv[i] ? kv[i] : "");
        if (!s) {
            rt_handle_release(t, mark);
            return NULL;
        }
        gc_store_ref(&((Object **)rt_array_data(*h))[i], s);
    }
    a = (Array *)*h;
    rt_handle_release(t, mark);
    return a;
}

void n_System_vmProperties(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "/");
    struct passwd *pw = getpwuid(getuid());
    const char *home = getenv("HOME");
    if (!home) home = pw ? pw->pw_dir : "?";
    const char *user = pw ? pw->pw_name : "?";
    const char *enc = utf8_locale() ? "UTF-8" : "ANSI_X3.4-1968";
    char cp[4096] = "";
    for (uint32_t i = 0; i < VM->n_classpath; i++) {
        size_t l = strlen(cp);
        snprintf(cp + l, sizeof cp - l, "%s%s", i ? ":" : "", VM->classpath[i]->text);
    }
    const char *kv[] = {
        "java.version", "17.0.15", "java.version.date", "2025-04-15", "java.vendor", "Ember",
        "java.vm.name", "Ember", "java.vm.vendor", "Ember", "java.vm.version", "0.1",
        "java.specification.version", "17", "java.vm.specification.version", "17", "java.class.version", "61.0",
        "java.home", "/usr/lib/ember", "java.class.path", cp, "java.io.tmpdir", "/tmp",
        "os.name", "Linux", "os.arch", "amd64", "file.separator", "/", "path.separator", ":",
        "line.separator", "\n", "user.dir", cwd, "user.home", home, "user.name", user,
        "file.encoding", enc, "native.encoding", enc, "sun.jnu.encoding", enc, "stdout.encoding", enc,
        "stderr.encoding", enc,
    };
    int n = (int)(sizeof kv / sizeof kv[0]);
    /* -D options come after, so they override the defaults */
    int extra = 0;
    for (Symbol **d = VM->sysprops; d && *d; d++) extra++;
    const char **all = malloc(sizeof(char *) * (size_t)(n + 2 * extra));
    memcpy(all, kv, sizeof kv);
    char **owned = malloc(sizeof(char *) * (size_t)(extra + 1));
    for (int i = 0; i < extra; i++) {
        const char *def = VM->sysprops[i]->text;
        const char *eq = strchr(def, '=');
        owned[i] = eq ? strndup(def, (size_t)(eq - def)) : strdup(def);
        all[n + 2 * i] = owned[i];
        all[n + 2 * i + 1] = eq ? eq + 1 : "";
    }
    Array *a = rt_string_array(t, all, n + 2 * extra);
    for (int i = 0; i < extra; i++) free(owned[i]);
    free(owned);
    free(all);
    if (a) ret->l = &a->hdr;
}

static void set_system_stream(Thread *t, const char *name, const char *desc, Object *v) {
    Field *f = rt_find_field(VM->wk[WK_System], name, desc);
    if (!f) {
        rt_throw_new(t, WK_InternalError, "System.%s missing", name);
        return;
    }
    *(Object **)(f->owner->statics + f->offset) = v;
}

void n_System_setIn0(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    set_system_stream(t, "in", "Ljava/io/InputStream;", args[0].l);
}

void n_System_setOut0(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    set_system_stream(t, "out", "Ljava/io/PrintStream;", args[0].l);
}

void n_System_setErr0(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    set_system_stream(t, "err", "Ljava/io/PrintStream;", args[0].l);
}

void n_System_currentTimeMillis(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)args;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ret->j = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void n_System_nanoTime(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)args;
    ret->j = rt_java_nanos();
}

static void type_desc(Class *c, char *buf, size_t n) {
    if (c->kind == CK_ARRAY && c->component->kind == CK_PRIMITIVE) {
        snprintf(buf, n, "%s[]", c->component->name->text);
    } else if (c->kind == CK_ARRAY) {
        char e[512];
        rt_java_name(c->component, e, sizeof e);
        snprintf(buf, n, "%s[]", e);
    } else {
        rt_java_name(c, buf, n);
    }
}

static void array_name_for_index(Array *a, char *buf, size_t n) {
    Class *c = a->hdr.klass;
    if (c->component->kind == CK_PRIMITIVE)
        snprintf(buf, n, "%s[%d]", c->component->name->text, a->length);
    else
        snprintf(buf, n, "object array[%d]", a->length);
}

void n_System_arraycopy(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    Array *src = (Array *)args[0].l, *dst = (Array *)args[2].l;
    int32_t sp = args[1].i, dp = args[3].i, len = args[4].i;
    char a[600], b[600];
    if (!src || !dst) {
        rt_throw_npe(t);
        return;
    }
    Class *sc = src->hdr.klass, *dc = dst->hdr.klass;
    if (sc->kind != CK_ARRAY) {
        type_desc(sc, a, sizeof a);
        rt_throw_new(t, WK_ArrayStoreException, "arraycopy: source type %s is not an array", a);
        return;
    }
    if (dc->kind != CK_ARRAY) {
        type_desc(dc, a, sizeof a);
        rt_throw_new(t, WK_ArrayStoreException, "arraycopy: destination type %s is not an array", a);
        return;
    }
    bool sprim = sc->component->kind == CK_PRIMITIVE, dprim = dc->component->kind == CK_PRIMITIVE;
    if ((sprim || dprim) && sc != dc) {
        type_desc(sc, a, sizeof a);
        type_desc(dc, b, sizeof b);
        rt_throw_new(t, WK_ArrayStoreException, "arraycopy: type mismatch: can not copy %s into %s", a, b);
        return;
    }
    if (len < 0) {
        rt_throw_new(t, WK_ArrayIndexOutOfBoundsException, "arraycopy: length %d is negative", len);
        return;
    }
    if (sp < 0 || (int64_t)sp + len > src->length) {
        array_name_for_index(src, a, sizeof a);
        if (sp < 0)
            rt_throw_new(t, WK_ArrayIndexOutOfBoundsException, "arraycopy: source index %d out of bounds for %s", sp, a);
        else
            rt_throw_new(t, WK_ArrayIndexOutOfBoundsException, "arraycopy: last source index %lld out of bounds for %s",
                         (long long)sp + len, a);
        return;
    }
    if (dp < 0 || (int64_t)dp + len > dst->length) {
        array_name_for_index(dst, a, sizeof a);
        if (dp < 0)
            rt_throw_new(t, WK_ArrayIndexOutOfBoundsException, "arraycopy: destination index %d out of bounds for %s", dp, a);
        else
            rt_throw_new(t, WK_ArrayIndexOutOfBoundsException,
                         "arraycopy: last destination index %lld out of bounds for %s", (long long)dp + len, a);
        return;
    }
    if (len == 0) return;
    size_t es = sc->elem_size;
    char *s = (char *)rt_array_data(src) + (size_t)sp * es, *d = (char *)rt_array_data(dst) + (size_t)dp * es;
    if (sprim || rt_instance_of(sc->component, dc->component)) {
        memmove(d, s, (size_t)len * es); /* src == dst lands here (same class): overlap is handled */
        if (!sprim) gc_barrier_array(dst, dp, len);
        return;
    }
    /* Element-checked copy between different arrays. Elements copied before a mismatch stay copied (as in
     * HotSpot), so each store takes its barrier before the exception is allocated. */
    Object **so = (Object **)s, **dobj = (Object **)d;
    for (int32_t i = 0; i < len; i++) {
        Object *o = so[i];
        if (o && !rt_instance_of(o->klass, dc->component)) {
            type_desc(sc, a, sizeof a);
            type_desc(dc->component, b, sizeof b);
            rt_throw_new(t, WK_ArrayStoreException,
                         "arraycopy: element type mismatch: can not cast one of the elements of %s to the type of the destination array, %s",
                         a, b);
            return;
        }
        gc_store_ref(&dobj[i], o);
    }
}

void n_System_identityHashCode(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    ret->i = args[0].l ? (int32_t)rt_identity_hash(args[0].l) : 0;
}

void n_System_getenv(Thread *t, Slot *args, Slot *ret) {
    if (!args[0].l) {
        rt_throw_npe(t);
        return;
    }
    char *n = rt_string_to_utf8(args[0].l);
    const char *v = getenv(n);
    free(n);
    if (v) ret->l = rt_string(t, v);
}

void n_System_environ(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    int n = 0;
    for (char **e = environ; *e; e++) n++;
    const char **kv = calloc((size_t)(2 * n + 1), sizeof(char *));
    char **own = malloc(sizeof(char *) * (size_t)(n + 1));
    int k = 0;
    for (int i = 0; i < n; i++) {
        const char *eq = strchr(environ[i], '=');
        if (!eq) continue;
        own[k] = strndup(environ[i], (size_t)(eq - environ[i]));
        kv[2 * k] = own[k];
        kv[2 * k + 1] = eq + 1;
        k++;
    }
    Array *a = rt_string_array(t, kv, 2 * k);
    for (int i = 0; i < k; i++) free(own[i]);
    free(own);
    free(kv);
    if (a) ret->l = &a->hdr;
}

/* ---- java.lang.Runtime and Shutdown --------------------------------------------------------------------- */
void n_Runtime_availableProcessors(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)args;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    ret->i = n > 0 ? (int32_t)n : 1;
}

void n_Runtime_freeMemory(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)args;
    ret->j = (int64_t)(gc_heap_capacity() - gc_heap_used());
}

void n_Runtime_totalMemory(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)args;
    ret->j = (int64_t)gc_heap_capacity();
}

void n_Runtime_maxMemory(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)args;
    ret->j = (int64_t)gc_heap_max();
}

void n_Runtime_gc(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    (void)ret;
    gc_collect(t, 1, GC_CAUSE_SYSTEM);
    rt_ref_process_pending(t);
}

void n_Shutdown_halt(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)ret;
    rt_profile_at_exit(); /* -XX:+PrintMethodData */
    if (VM->opt.verify_heap) gc_verify_heap("at System.exit");
    jit_before_exit(); /* -XX:+PrintCodeCache */
    fflush(stdout);
    fflush(stderr);
    _exit(args[0].i);
}

/* ---- java.lang.Thread ---------------------------------------------------------------------------------- */
void n_Thread_currentThread(Thread *t, Slot *args, Slot *ret) {
    (void)args;
    ret->l = t->thread_obj;
}

void n_Thread_holdsLock(Thread *t, Slot *args, Slot *ret) {
    if (!args[0].l) {
        rt_throw_npe(t);
        return;
    }
    ret->i = (args[0].l->bits & RT_LOCK_MASK) != 0;
}

void n_Thread_sleep0(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    (void)ret;
    int64_t ms = args[0].j;
    int32_t ns = args[2].i;
    struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L + ns};
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

/* ---- java.lang.Throwable ------------------------------------------------------------------------------- */
void n_Throwable_fillInStackTrace0(Thread *t, Slot *args, Slot *ret) {
    (void)ret;
    rt_fill_in_stack_trace(t, args[0].l);
}

void n_Throwable_buildStackTrace(Thread *t, Slot *args, Slot *ret) {
    Vm *vm = VM;
    uint32_t mark = rt_handle_mark(t);
    Object **self = rt_handle(t, args[0].l);
    Array *bt = *(Array **)rt_field_ptr(*self, vm->wkf[WKF_Throwable_backtrace]);
    int32_t depth = *(int32_t *)rt_field_ptr(*self, vm->wkf[WKF_Throwable_depth]);
    int32_t shown = 0;
    for (int32_t i = 0; i < depth; i++) {
        Method *m = (Method *)(uintptr_t)((int64_t *)rt_array_data(bt))[2 * i];
        if (!(m->vmflags & MF_LAMBDA_FORM)) shown++;
    }
    Class *ste = vm->wk[WK_StackTraceElement];
    Array *out = rt_new_obj_array(t, ste, shown);
    if (!out) goto done;
    Object **hout = rt_handle(t, &out->hdr);
    int32_t k = 0;
    for (int32_t i = 0; i < depth; i++) {
        bt = *(Array **)rt_field_ptr(*self, vm->wkf[WKF_Throwable_backtrace]);
        int64_t *d = rt_array_data(bt);
        Method *m = (Method *)(uintptr_t)d[2 * i];
        int64_t bci = d[2 * i + 1];
        if (m->vmflags & MF_LAMBDA_FORM) continue;
        Object *e = rt_new_object(t, ste);
        if (!e) goto done;
        uint32_t iter = rt_handle_mark(t); /* one handle per element, released each round */
        Object **he = rt_handle(t, e);
        Object *cn = rt_class_name_string(t, m->owner);
        if (!cn) goto done;
        gc_store_ref(rt_field_ptr(*he, vm->wkf[WKF_STE_declaringClass]), cn);
        Object *mn = rt_string(t, m->name->text);
        if (!mn) goto done;
        gc_store_ref(rt_field_ptr(*he, vm->wkf[WKF_STE_methodName]), mn);
        if (m->owner->source_file) {
            Object *fn = rt_string(t, m->owner->source_file->text);
            if (!fn) goto done;
            gc_store_ref(rt_field_ptr(*he, vm->wkf[WKF_STE_fileName]), fn);
        }
        int line = (m->access & ACC_NATIVE) ? -2 : bci < 0 ? -1 : rt_line_number(m, (uint32_t)bci);
        *(int32_t *)rt_field_ptr(*he, vm->wkf[WKF_STE_lineNumber]) = line;
        if (m->owner->loader == 0) {
            Object *mod = rt_string(t, "java.base");
            if (!mod) goto done;
            gc_store_ref(rt_field_ptr(*he, vm->wkf[WKF_STE_moduleName]), mod);
        }
        gc_store_ref(&((Object **)rt_array_data(*hout))[k++], *he);
        rt_handle_release(t, iter);
    }
    ret->l = *hout;
done:
    rt_handle_release(t, mark);
}

/* ---- java.lang.Double, Float, StrictMath ---------------------------------------------------------------- */
void n_Double_doubleToRawLongBits(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    memcpy(&ret->j, &args[0].d, 8);
}

void n_Double_longBitsToDouble(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    memcpy(&ret->d, &args[0].j, 8);
}

void n_Float_floatToRawIntBits(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    memcpy(&ret->i, &args[0].f, 4);
}

void n_Float_intBitsToFloat(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    memcpy(&ret->f, &args[0].i, 4);
}

void n_StrictMath_sqrt(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    ret->d = sqrt(args[0].d);
}

/* ---- java.util.Arrays ---------------------------------------------------------------------------------- */
void n_Arrays_newArray0(Thread *t, Slot *args, Slot *ret) {
    if (!args[0].l) {
        rt_throw_npe(t);
        return;
    }
    Class *c = rt_class_of_mirror(args[0].l);
    if (c->kind == CK_PRIMITIVE && c->prim == 'V') {
        rt_throw_new(t, WK_IllegalArgumentException, NULL);
        return;
    }
    Class *ac = rt_array_class_of(t, c);
    if (!ac) return;
    Array *a = rt_new_array(t, ac, args[1].i);
    if (a) ret->l = &a->hdr;
}

/* ---- java.lang.Math via the C library (see the comment in Math.java) ------------------------------------ */
#define LIBM1(jname, cfn)                                                                                  \
    void jname(Thread *t, Slot *args, Slot *ret) {                                                         \
        (void)t;                                                                                           \
        ret->d = cfn(args[0].d);                                                                           \
    }
LIBM1(n_Math_sin, sin)
LIBM1(n_Math_cos, cos)
LIBM1(n_Math_tan, tan)
LIBM1(n_Math_exp, exp)
LIBM1(n_Math_log, log)
LIBM1(n_Math_log10, log10)
#undef LIBM1

/* C's pow(1, y) is 1 for every y and pow(-1, +-inf) is 1; Java wants NaN for a NaN y and for (+-1)^(+-inf)
 * (HotSpot answers the canonical NaN in both cases, and propagates a NaN argument otherwise). */
void n_Math_pow(Thread *t, Slot *args, Slot *ret) {
    (void)t;
    double x = args[0].d, y = args[2].d;
    if (isnan(y) || isnan(x)) {
        if (y == 0.0) ret->d = 1.0;
        else if (x == 1.0) { uint64_t qnan = 0x7ff8000000000000ull; memcpy(&ret->d, &qnan, 8); }
        else ret->d = x + y;
    } else if (isinf(y) && fabs(x) == 1.0) {
        uint64_t qnan = 0x7ff8000000000000ull;
        memcpy(&ret->d, &qnan, 8);
    } else {
        ret->d = pow(x, y);
    }
}
