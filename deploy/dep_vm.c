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

/* ---- the tier policy's options (runtime/rt_tier.c) -------------------------------------------------------
 * Parsed as HotSpot parses its intx and bool flags (decimal or 0x hex, an optional k/m/g/t multiplier, a sign;
 * bools only as -XX:+Name / -XX:-Name) and reported with its messages. Ranged flags are checked here;
 * CompileThreshold and OnStackReplacePercentage have constraints that depend on other flags, checked once all
 * options are in (tier_check), as HotSpot's are. */
enum { TF_COMPILE_THRESHOLD, TF_OSR_PERCENTAGE, TF_PROFILE_PERCENTAGE, TF_STOP_AT_LEVEL, TF_PRINT_COMPILATION,
       TF_PRINT_METHOD_DATA, TF_UNLOCK_DIAGNOSTIC, TF_COUNT };
static const struct {
    const char *name;
    bool is_bool, diagnostic, ranged;
    int64_t lo, hi;
} tier_flags[TF_COUNT] = {
    [TF_COMPILE_THRESHOLD] = {"CompileThreshold", false, false, false, 0, 0},
    [TF_OSR_PERCENTAGE] = {"OnStackReplacePercentage", false, false, false, 0, 0},
    [TF_PROFILE_PERCENTAGE] = {"InterpreterProfilePercentage", false, false, true, 0, 100},
    [TF_STOP_AT_LEVEL] = {"TieredStopAtLevel", false, false, true, 0, 4},
    [TF_PRINT_COMPILATION] = {"PrintCompilation", true, false, false, 0, 0},
    [TF_PRINT_METHOD_DATA] = {"PrintMethodData", true, true, false, 0, 0},
    [TF_UNLOCK_DIAGNOSTIC] = {"UnlockDiagnosticVMOptions", true, false, false, 0, 0},
};

/* HotSpot's intx syntax; false when malformed or beyond 64 bits. */
static bool parse_intx(const char *s, int64_t *out) {
    bool neg = *s == '-';
    if (neg) s++;
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    }
    uint64_t v = 0;
    const char *digits = s;
    for (;; s++) {
        int d = *s >= '0' && *s <= '9' ? *s - '0'
              : base == 16 && *s >= 'a' && *s <= 'f' ? *s - 'a' + 10
              : base == 16 && *s >= 'A' && *s <= 'F' ? *s - 'A' + 10 : -1;
        if (d < 0) break;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) return false;
        v = v * (uint64_t)base + (uint64_t)d;
    }
    if (s == digits) return false;
    int shift = 0;
    switch (*s) {
    case 'k': case 'K': shift = 10; s++; break;
    case 'm': case 'M': shift = 20; s++; break;
    case 'g': case 'G': shift = 30; s++; break;
    case 't': case 'T': shift = 40; s++; break;
    default: break;
    }
    if (*s || v > (UINT64_MAX >> shift)) return false;
    v <<= shift;
    if (v > (uint64_t)INT64_MAX + neg) return false;
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return true;
}

static int tier_fail(const char *what, const char *setting) {
    fprintf(stderr, "%s VM option '%s'\n%s", what, setting, vm_failed);
    return -1;
}

/* -Xint, -Xcomp, -Xmixed, -Xbatch and the -XX: flags of tier_flags[]: 1 taken, -1 error printed, 0 not one. */
static int tier_option(VmOptions *opt, const char *a) {
    if (!strcmp(a, "-Xint") || !strcmp(a, "-Xcomp") || !strcmp(a, "-Xmixed")) {
        opt->xint = a[2] == 'i'; /* HotSpot's modes: the last one given wins */
        opt->xcomp = a[2] == 'c';
        return 1;
    }
    if (!strcmp(a, "-Xbatch")) {
        opt->batch = 1;
        return 1;
    }
    if (strncmp(a, "-XX:", 4)) return 0;
    const char *body = a + 4, *name = body + (body[0] == '+' || body[0] == '-');
    size_t len = strcspn(name, "=");
    int f = 0;
    while (f < TF_COUNT && (strlen(tier_flags[f].name) != len || strncmp(tier_flags[f].name, name, len))) f++;
    if (f == TF_COUNT) return 0;
    if (tier_flags[f].diagnostic && !opt->unlock_diagnostic) {
        fprintf(stderr, "Error: VM option '%s' is diagnostic and must be enabled via -XX:+UnlockDiagnosticVMOptions.\n"
                        "Error: The unlock option must precede '%s'.\n%s", tier_flags[f].name, tier_flags[f].name, vm_failed);
        return -1;
    }
    if (tier_flags[f].is_bool) {
        if (name == body || name[len]) return tier_fail("Missing +/- setting for", body);
        uint8_t on = body[0] == '+';
        if (f == TF_PRINT_COMPILATION) opt->print_compilation = on;
        else if (f == TF_PRINT_METHOD_DATA) opt->print_method_data = on;
        else opt->unlock_diagnostic = on;
        return 1;
    }
    if (name != body) return tier_fail("Unexpected +/- setting in", tier_flags[f].name);
    int64_t v;
    if (name[len] != '=' || !parse_intx(name + len + 1, &v)) return bad_flag(a);
    if (tier_flags[f].ranged && (v < tier_flags[f].lo || v > tier_flags[f].hi)) {
        fprintf(stderr, "intx %s=%lld is outside the allowed range [ %lld ... %lld ]\n", tier_flags[f].name, (long long)v,
                (long long)tier_flags[f].lo, (long long)tier_flags[f].hi);
        return bad_flag(a);
    }
    switch (f) {
    case TF_COMPILE_THRESHOLD: opt->compile_threshold = v; break;
    case TF_OSR_PERCENTAGE: opt->osr_percentage = v; break;
    case TF_PROFILE_PERCENTAGE: opt->profile_percentage = v; break;
    default: opt->stop_at_level = (uint8_t)v; break;
    }
    return 1;
}

/* HotSpot's constraint functions for CompileThreshold and OnStackReplacePercentage (with ProfileInterpreter,
 * which Ember always has): false after printing the first violation. */
static bool tier_check(const VmOptions *o) {
    const int64_t ct_max = INT32_MAX >> 1; /* HotSpot: INT_MAX >> InvocationCounter::count_shift */
    if (o->compile_threshold < 0 || o->compile_threshold > ct_max) {
        fprintf(stderr, "OnStackReplacePercentage cannot be validated because CompileThreshold value is invalid\n"
                        "CompileThreshold (%lld) must be between 0 and %lld\n%s",
                (long long)o->compile_threshold, (long long)ct_max, vm_failed);
        return false;
    }
    int64_t osr_max = (int64_t)INT32_MAX * 100 / (o->compile_threshold ? o->compile_threshold : 1) + o->profile_percentage;
    if (o->osr_percentage < o->profile_percentage) {
        fprintf(stderr, "OnStackReplacePercentage (%lld) must be larger than InterpreterProfilePercentage (%lld)\n%s",
                (long long)o->osr_percentage, (long long)o->profile_percentage, vm_failed);
        return false;
    }
    if (o->osr_percentage > osr_max) {
        fprintf(stderr, "OnStackReplacePercentage (%lld) must be between 0 and %lld\n%s", (long long)o->osr_percentage,
                (long long)osr_max, vm_failed);
        return false;
    }
    return true;
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
    v->opt.compile_threshold = 1500; /* HotSpot's client (C1) defaults: see runtime/rt_tier.c */
    v->opt.osr_percentage = 933;
    v->opt.profile_percentage = 33;
    v->opt.stop_at_level = 4;
    v->props = calloc((size_t)argc + 1, sizeof(char *));
}

int dep_vm_option(DepVm *v, const char *a) {
    VmOptions *opt = &v->opt;
    int r;
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
    } else if (!strncmp(a, "-X", 2) && (r = tier_option(opt, a)) != 0) {
        return r;
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
    if (!tier_check(opt)) return 1;
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

/* The bytes of the calling thread's stack below `here`, down to its guard page. glibc puts the thread
 * descriptor and the static TLS at the top of the C_STACK_SIZE mapping, so C_STACK_SIZE would place the
 * guard's limit a few KiB too low (below the mapping) and eat into the overflow reserve. */
static size_t c_stack_below(const char *here) {
    pthread_attr_t attr;
    void *lo;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return C_STACK_SIZE - ((size_t)1 << 20); /* conservative */
    int r = pthread_attr_getstack(&attr, &lo, &size);
    pthread_attr_destroy(&attr);
    return r == 0 ? (size_t)(here - (const char *)lo) : C_STACK_SIZE - ((size_t)1 << 20);
}

/* Every caller of dep_on_java_thread has a live VM space (dep_vm_start, or a restore), so VM->main exists:
 * its C stack guard is installed here, before any Java code runs on this thread. */
static void *java_thread(void *p) {
    JavaThreadArgs *a = p;
    char base;
    rt_set_c_stack(&VM->main, &base, c_stack_below(&base));
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
