/* The function model: a handler class with `public static String handle(String)`, or a class implementing
 * java.util.function.Function<String,String> with a public no-argument constructor (its one instance is
 * made before the snapshot and lives in it), or — for the round-trip test mode — a main class. The choice
 * is recorded in Vm.fn, so a restored VM knows what to call without looking anything up. */
#include <stdlib.h>
#include <string.h>

#include "../loader/ld.h"
#include "dep.h"

static const char HANDLE_DESC[] = "(Ljava/lang/String;)Ljava/lang/String;";

/* Does c (or a superclass) declare its Function type arguments as something other than <String,String>?
 * Only the generic signatures can tell; classes compiled without them are accepted. */
static bool function_args_wrong(Class *c) {
    for (; c; c = c->super) {
        if (!c->signature) continue;
        const char *s = strstr(c->signature->text, "Ljava/util/function/Function<");
        if (s) return strncmp(s + 29, "Ljava/lang/String;Ljava/lang/String;>", 37) != 0;
    }
    return false;
}

static Method *static_handle(Class *c) {
    for (Class *k = c; k; k = k->super) {
        Method *m = rt_find_declared_method(k, "handle", HANDLE_DESC);
        if (m) return m;
    }
    return NULL;
}

int dep_function_resolve(Thread *t, const char *handler) {
    char internal[1024], name[1024];
    snprintf(internal, sizeof internal, "%s", handler);
    for (char *p = internal; *p; p++)
        if (*p == '.') *p = '/';
    ld_java_name(internal, name, sizeof name);
    Class *c = strchr(handler, '/') ? NULL : ld_load_class_c(t, 1, internal);
    if (!c) {
        t->exception = NULL;
        fprintf(stderr, "Error: Could not find or load handler class %s\n"
                        "Caused by: java.lang.ClassNotFoundException: %s\n", name, name);
        return 1;
    }
    Method *sh = static_handle(c);
    bool has_static = sh && (sh->access & ACC_STATIC) && (sh->access & ACC_PUBLIC);
    Class *fn = ld_load_class_c(t, 0, "java/util/function/Function");
    if (!fn) rt_fatal("class library: java.util.function.Function missing");
    bool is_function = rt_instance_of(c, fn);
    if (has_static && is_function) {
        fprintf(stderr, "ember: handler class %s has both a public static String handle(String) method and "
                        "implements java.util.function.Function; a handler must be exactly one of them\n", name);
        return 1;
    }
    if (!has_static && !is_function) {
        fprintf(stderr, "ember: handler class %s has neither a public static String handle(String) method nor "
                        "implements java.util.function.Function<String,String>%s\n", name,
                sh ? " (its handle(String) method is not public static)" : "");
        return 1;
    }
    Vm *vm = VM;
    vm->fn.cls = c;
    if (has_static) {
        vm->fn.method = sh;
        vm->fn.kind = RT_FN_STATIC;
        if (!ld_ensure_init(t, c)) {
            rt_report_uncaught(t);
            return 1;
        }
        return 0;
    }
    if (function_args_wrong(c)) {
        fprintf(stderr, "ember: handler class %s implements java.util.function.Function with type arguments "
                        "other than <String,String>\n", name);
        return 1;
    }
    Method *ctor = rt_find_declared_method(c, "<init>", "()V");
    if ((c->access & (ACC_ABSTRACT | ACC_INTERFACE)) || !ctor || !(ctor->access & ACC_PUBLIC)) {
        fprintf(stderr, "ember: handler class %s implements java.util.function.Function but %s\n", name,
                (c->access & (ACC_ABSTRACT | ACC_INTERFACE)) ? "is abstract"
                                                             : "has no public no-argument constructor");
        return 1;
    }
    Method *apply = rt_find_declared_method(fn, "apply", "(Ljava/lang/Object;)Ljava/lang/Object;");
    Method *impl = apply ? rt_resolve_virtual(c, apply) : NULL;
    if (!impl || (impl->access & ACC_ABSTRACT)) {
        fprintf(stderr, "ember: handler class %s does not implement Function.apply\n", name);
        return 1;
    }
    if (!ld_ensure_init(t, c)) {
        rt_report_uncaught(t);
        return 1;
    }
    Object *o = rt_new_object(t, c);
    if (!o) {
        rt_report_uncaught(t);
        return 1;
    }
    vm->fn.instance = o; /* a root from here on: the constructor may allocate */
    Slot args[1] = {{.l = o}};
    if (!rt_call(t, ctor, args, NULL)) {
        rt_report_uncaught(t);
        return 1;
    }
    vm->fn.method = impl;
    vm->fn.kind = RT_FN_INSTANCE;
    return 0;
}

int dep_function_resolve_main(Thread *t, const char *main_class) {
    Method *mm = NULL;
    if (rt_main_load(t, main_class, &mm) != 0) return 1;
    VM->fn.cls = mm->owner;
    VM->fn.method = mm;
    VM->fn.kind = RT_FN_MAIN;
    /* static initialisers run before the snapshot, as they would before main */
    if (!ld_ensure_init(t, mm->owner)) {
        rt_report_uncaught(t);
        return 1;
    }
    return 0;
}

/* Takes the pending exception, reports it on stderr like an uncaught one (its stack trace goes to the log)
 * and returns its first line as Throwable.toString() makes it, `<class>: <message>` (malloc'd). toString is
 * the exception's own code: if it throws in turn, the line is the class name alone. */
char *dep_report_exception(Thread *t) {
    uint32_t mark = rt_handle_mark(t);
    Object **e = rt_handle(t, rt_exception_take(t));
    char *line = NULL;
    Method *ts = rt_find_method((*e)->klass, "toString", "()Ljava/lang/String;");
    Slot args[1] = {{.l = *e}}, ret = {0};
    if (ts && rt_call(t, ts, args, &ret) && ret.l && ret.l->klass == VM->wk[WK_String]) {
        line = rt_string_to_utf8(ret.l);
    } else {
        t->exception = NULL;
        char name[512];
        ld_java_name((*e)->klass->name->text, name, sizeof name);
        line = strdup(name);
    }
    char *nl = strchr(line, '\n');
    if (nl) *nl = 0;
    t->exception = *e;
    rt_report_uncaught(t);
    rt_handle_release(t, mark);
    return line;
}

int dep_function_invoke(Thread *t, const char *input, size_t len, char **out, size_t *out_len) {
    *out = NULL;
    *out_len = 0;
    RtFunction *fn = &VM->fn;
    uint32_t mark = rt_handle_mark(t);
    int status = 1;
    Object *in = rt_string_from_utf8(t, input, len);
    Slot args[2], ret = {0};
    int k = 0;
    if (fn->kind == RT_FN_INSTANCE) args[k++].l = fn->instance;
    args[k++].l = in;
    if (in && rt_call(t, fn->method, args, &ret)) {
        Object *r = ret.l;
        if (r && r->klass != VM->wk[WK_String]) {
            char a[512];
            ld_java_name(r->klass->name->text, a, sizeof a);
            rt_throw_new(t, WK_ClassCastException, "class %s cannot be cast to class java.lang.String", a);
        } else {
            if (r) *out = rt_string_to_utf8_n(r, out_len);
            status = 0;
        }
    }
    rt_handle_release(t, mark);
    return status;
}

/* The call; on an exception, reports it and returns 1 with its first line in *line when line is not NULL. */
static int call_function(Thread *t, const char *input, size_t len, char **out, size_t *out_len, char **line) {
    int status = dep_function_invoke(t, input, len, out, out_len);
    if (status != 0) {
        if (line) *line = dep_report_exception(t);
        else rt_report_uncaught(t);
    }
    return status;
}

int dep_function_call(Thread *t, const char *input, size_t len, char **out, size_t *out_len) {
    return call_function(t, input, len, out, out_len, NULL);
}

int dep_function_call_line(Thread *t, const char *input, size_t len, char **out, size_t *out_len, char **line) {
    *line = NULL;
    return call_function(t, input, len, out, out_len, line);
}

/* Calls a no-argument static method of the class library by name (the checkpoint/restore hooks). Returns
 * false with the exception pending. */
bool dep_call_static(Thread *t, const char *cls, const char *name) {
    Class *c = ld_load_class_c(t, 0, cls);
    if (!c || !ld_ensure_init(t, c)) return false;
    Method *m = rt_find_declared_method(c, name, "()V");
    if (!m || !(m->access & ACC_STATIC)) rt_fatal("class library: %s.%s()V missing", cls, name);
    return rt_call(t, m, NULL, NULL);
}
