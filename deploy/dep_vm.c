/* What the ember commands that boot a VM share: the java-launcher-style VM options, setting up VM space with
 * the class path, and running Java code on a thread with a large C stack (the interpreter re-enters C for
 * class initialisation and for natives that call back into Java). */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../jit/jit.h"
#include "../loader/ld.h"
#include "dep.h"

extern const uint8_t ember_classlib_jar[];
extern const uint8_t ember_classlib_jar_end[];

#define C_STACK_SIZE ((size_t)256 << 20)
#define JAVA_STACK_RESERVE ((size_t)256 << 10)

const uint8_t *dep_boot_jar(size_t *len) {
    *len = (size_t)(ember_classlib_jar_end - ember_classlib_jar);
    return ember_classlib_jar;
}

bool dep_parse_size(const char *s, uint64_t *out) {
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (end == s) return false;
    switch (*end) {
    case 0: break;
    case 'k': case 'K': v <<= 10; end++; break;
    case 'm': case 'M': v <<= 20; end++; break;
    case 'g': case 'G': v <<= 30; end++; break;
    case 't': case 'T': v <<= 40; end++; break;
    default: return false;
    }
    if (*end) return false;
    *out = v;
    return true;
}

/* -XX:Name=<unsigned> */
static bool parse_uint(const char *s, uint32_t max, uint32_t *out) {
    if (!*s) return false;
    uint64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return false;
        v = v * 10 + (uint64_t)(*s - '0');
        if (v > max) return false;
    }
    *out = (uint32_t)v;
    return true;
}

static const char vm_failed[] = "Error: Could not create the Java Virtual Machine.\n"
                                "Error: A fatal exception has occurred. Program will exit.\n";

static int bad_flag(const char *opt) {
    fprintf(stderr, "Improperly specified VM option '%s'\n%s", opt + 4, vm_failed);
    return -1;
}

static int bad_size(const char *what, const char *opt) {
    fprintf(stderr, "Invalid %s: %s\n%s", what, opt, vm_failed);
    return -1;
}

/* The code cache's options (jit/jit.h), with HotSpot's messages for sizes out of range. -XX:JitSelfTest=N is
 * a hidden test hook (jit/jit_selftest.c), not in --help. */
static int code_cache_option(VmOptions *opt, const char *a) {
    if (!strcmp(a, "-XX:+PrintCodeCache") || !strcmp(a, "-XX:-PrintCodeCache")) {
        opt->print_code_cache = a[4] == '+';
    } else if (!strncmp(a, "-XX:JitSelfTest=", 16)) {
        uint32_t mode;
        if (!parse_uint(a + 16, 2, &mode)) return bad_flag(a);
        opt->jit_selftest = (uint8_t)mode;
    } else {
        uint64_t size;
        if (!dep_parse_size(a + 26, &size)) return bad_flag(a);
        if (size < JIT_MIN_CODE_CACHE_SIZE) {
            fprintf(stderr, "Invalid ReservedCodeCacheSize: %lluK. Must be at least %lluK.\n%s",
                    (unsigned long long)(size >> 10), (unsigned long long)(JIT_MIN_CODE_CACHE_SIZE >> 10), vm_failed);
            return -1;
        }
        if (size > JIT_MAX_CODE_CACHE_SIZE) {
            fprintf(stderr, "Invalid ReservedCodeCacheSize=%lluM. Must be at most %lluM.\n%s",
                    (unsigned long long)(size >> 20), (unsigned long long)(JIT_MAX_CODE_CACHE_SIZE >> 20), vm_failed);
            return -1;
        }
        opt->code_cache_size = size;
    }
    return 1;
}

void dep_vm_defaults(DepVm *v, int argc) {
    memset(v, 0, sizeof *v);
    v->opt.xss = (uint64_t)8 << 20;
    v->opt.xmx = (uint64_t)1 << 30;
    v->opt.max_tenuring = 15;
    v->props = calloc((size_t)argc + 1, sizeof(char *));
}

int dep_vm_option(DepVm *v, const char *a) {
    VmOptions *opt = &v->opt;
    if (!strncmp(a, "-D", 2) && a[2]) {
        v->props[v->nprops++] = (char *)a + 2;
    } else if (!strcmp(a, "-verbose:class")) {
        opt->verbose_class = 1;
    } else if (!strcmp(a, "-XX:+VerifyHeap")) {
        opt->verify_heap = 1;
    } else if (!strcmp(a, "-XX:-VerifyHeap")) {
        opt->verify_heap = 0;
    } else if (!strcmp(a, "-XX:+VerifyRefMaps")) {
        opt->verify_refmaps = 1;
    } else if (!strcmp(a, "-XX:-VerifyRefMaps")) {
        opt->verify_refmaps = 0;
    } else if (!strcmp(a, "-Xint")) {
        opt->xint = 1;
    } else if (!strncmp(a, "-Xss", 4)) {
        if (!dep_parse_size(a + 4, &opt->xss) || opt->xss < (64u << 10)) return bad_size("thread stack size", a);
    } else if (!strncmp(a, "-Xmx", 4)) {
        if (!dep_parse_size(a + 4, &opt->xmx) || opt->xmx < (2u << 20)) return bad_size("maximum heap size", a);
    } else if (!strncmp(a, "-Xms", 4)) {
        if (!dep_parse_size(a + 4, &opt->xms)) return bad_size("initial heap size", a);
    } else if (!strncmp(a, "-Xmn", 4)) {
        if (!dep_parse_size(a + 4, &opt->xmn) || opt->xmn < (1u << 20)) return bad_size("new generation size", a);
    } else if (!strcmp(a, "-Xlog:gc") || !strcmp(a, "-verbose:gc") || !strcmp(a, "-Xlog:gc:stdout")) {
        opt->log_gc = 1;
    } else if (!strncmp(a, "-XX:GCStressInterval=", 21)) {
        if (!parse_uint(a + 21, 0xffffffffu, &opt->gc_stress)) return bad_flag(a);
    } else if (!strncmp(a, "-XX:MaxTenuringThreshold=", 25)) {
        if (!parse_uint(a + 25, 0xffffffffu, &opt->max_tenuring)) return bad_flag(a);
        if (opt->max_tenuring > 15) {
            fprintf(stderr, "MaxTenuringThreshold (%u) must be between 0 and 15\n%s", opt->max_tenuring, vm_failed);
            return -1;
        }
    } else if (!strncmp(a, "-XX:ReservedCodeCacheSize=", 26) || !strcmp(a, "-XX:+PrintCodeCache") ||
               !strcmp(a, "-XX:-PrintCodeCache") || !strncmp(a, "-XX:JitSelfTest=", 16)) {
        return code_cache_option(opt, a);
    } else {
        return 0;
    }
    return 1;
}

int dep_vm_start(DepVm *v, const char *cp) {
    VmOptions *opt = &v->opt;
    if (opt->xms > opt->xmx) {
        fprintf(stderr, "Error occurred during initialization of VM\n"
                        "Initial heap size set to a larger value than the maximum heap size\n");
        return 1;
    }
    if (opt->xss > RT_STACK_MAX - JAVA_STACK_RESERVE) opt->xss = RT_STACK_MAX - JAVA_STACK_RESERVE;
    rt_vmspace_init(opt);
    jit_init(opt); /* the code cache and the runtime entry table */
    Vm *vm = VM;
    /* The Java stack: -Xss plus a reserve for building StackOverflowError. */
    Thread *t = &vm->main;
    rt_commit(vm->stack_region, vm->stack_region + opt->xss + JAVA_STACK_RESERVE);
    t->stack_base = (Slot *)vm->stack_region;
    t->stack_limit = (Slot *)(vm->stack_region + opt->xss);
    t->stack_hard_limit = (Slot *)(vm->stack_region + opt->xss + JAVA_STACK_RESERVE);
    size_t len;
    const uint8_t *jar = dep_boot_jar(&len);
    ld_set_boot_archive(jar, len);
    char err[512];
    ld_set_classpath(cp, err, sizeof err);
    vm->classpath = rt_meta_alloc(sizeof(Symbol *) * 2);
    vm->classpath[0] = rt_sym(cp);
    vm->n_classpath = 1;
    vm->sysprops = rt_meta_alloc(sizeof(Symbol *) * (size_t)(v->nprops + 1));
    for (int k = 0; k < v->nprops; k++) vm->sysprops[k] = rt_sym(v->props[k]);
    free(v->props);
    v->props = NULL;
    return 0;
}

typedef struct JavaThreadArgs {
    int (*fn)(void *);
    void *arg;
    int status;
} JavaThreadArgs;

static void *java_thread(void *p) {
    JavaThreadArgs *a = p;
    char base;
    rt_set_c_stack(&base, C_STACK_SIZE);
    a->status = a->fn(a->arg);
    return NULL;
}

int dep_on_java_thread(int (*fn)(void *), void *arg) {
    JavaThreadArgs a = {fn, arg, 1};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, C_STACK_SIZE);
    pthread_t th;
    if (pthread_create(&th, &attr, java_thread, &a) != 0) {
        fprintf(stderr, "ember: cannot create the main thread\n");
        return 1;
    }
    pthread_join(th, NULL);
    fflush(stdout);
    return a.status;
}
