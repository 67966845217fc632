/* ember run: options in the style of the java launcher, then boot and run main on a thread with a large C
 * stack (the interpreter re-enters C for class initialisation and natives that call back into Java). */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../loader/ld.h"
#include "dep.h"

extern const uint8_t ember_classlib_jar[];
extern const uint8_t ember_classlib_jar_end[];

#define C_STACK_SIZE ((size_t)256 << 20)
#define JAVA_STACK_RESERVE ((size_t)256 << 10)

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

typedef struct RunArgs {
    const char *main_class;
    int argc;
    char **argv;
    int status;
} RunArgs;

static void *java_main(void *p) {
    RunArgs *ra = p;
    char base;
    rt_set_c_stack(&base, C_STACK_SIZE);
    Thread *t = &VM->main;
    rt_boot(t);
    ra->status = rt_run_main(t, ra->main_class, ra->argc, ra->argv);
    return NULL;
}

static int unrecognized(const char *opt) {
    fprintf(stderr, "Unrecognized option: %s\nError: Could not create the Java Virtual Machine.\n"
                    "Error: A fatal exception has occurred. Program will exit.\n", opt);
    return 1;
}

/* -XX:Name=<unsigned> */
static bool dep_parse_uint(const char *s, uint32_t max, uint32_t *out) {
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

static int bad_flag(const char *opt) {
    fprintf(stderr, "Improperly specified VM option '%s'\nError: Could not create the Java Virtual Machine.\n"
                    "Error: A fatal exception has occurred. Program will exit.\n", opt + 4);
    return 1;
}

static int bad_size(const char *what, const char *opt) {
    fprintf(stderr, "Invalid %s: %s\nError: Could not create the Java Virtual Machine.\n"
                    "Error: A fatal exception has occurred. Program will exit.\n", what, opt);
    return 1;
}

int dep_run(int argc, char **argv) {
    VmOptions opt = {0};
    opt.xss = (uint64_t)8 << 20;
    opt.xmx = (uint64_t)1 << 30;
    opt.max_tenuring = 15;
    const char *cp = NULL, *jar = NULL, *main_class = NULL;
    char **props = calloc((size_t)argc + 1, sizeof(char *));
    int nprops = 0;
    int i = 0;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-') break;
        if (!strcmp(a, "-cp") || !strcmp(a, "-classpath") || !strcmp(a, "--class-path")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Error: %s requires class path specification\n", a);
                return dep_usage(stderr, 1);
            }
            cp = argv[++i];
        } else if (!strcmp(a, "-jar")) {
            if (i + 1 >= argc) return dep_usage(stderr, 1);
            jar = argv[++i];
            i++;
            break;
        } else if (!strncmp(a, "-D", 2) && a[2]) {
            props[nprops++] = (char *)a + 2;
        } else if (!strcmp(a, "-verbose:class")) {
            opt.verbose_class = 1;
        } else if (!strcmp(a, "-XX:+VerifyHeap")) {
            opt.verify_heap = 1;
        } else if (!strcmp(a, "-XX:-VerifyHeap")) {
            opt.verify_heap = 0;
        } else if (!strcmp(a, "-XX:+VerifyRefMaps")) {
            opt.verify_refmaps = 1;
        } else if (!strcmp(a, "-XX:-VerifyRefMaps")) {
            opt.verify_refmaps = 0;
        } else if (!strcmp(a, "-Xint")) {
            opt.xint = 1;
        } else if (!strncmp(a, "-Xss", 4)) {
            if (!dep_parse_size(a + 4, &opt.xss) || opt.xss < (64u << 10)) return bad_size("thread stack size", a);
        } else if (!strncmp(a, "-Xmx", 4)) {
            if (!dep_parse_size(a + 4, &opt.xmx) || opt.xmx < (2u << 20)) return bad_size("maximum heap size", a);
        } else if (!strncmp(a, "-Xms", 4)) {
            if (!dep_parse_size(a + 4, &opt.xms)) return bad_size("initial heap size", a);
        } else if (!strncmp(a, "-Xmn", 4)) {
            if (!dep_parse_size(a + 4, &opt.xmn) || opt.xmn < (1u << 20)) return bad_size("new generation size", a);
        } else if (!strcmp(a, "-Xlog:gc") || !strcmp(a, "-verbose:gc") || !strcmp(a, "-Xlog:gc:stdout")) {
            opt.log_gc = 1;
        } else if (!strncmp(a, "-XX:GCStressInterval=", 21)) {
            if (!dep_parse_uint(a + 21, 0xffffffffu, &opt.gc_stress)) return bad_flag(a);
        } else if (!strncmp(a, "-XX:MaxTenuringThreshold=", 25)) {
            if (!dep_parse_uint(a + 25, 0xffffffffu, &opt.max_tenuring)) return bad_flag(a);
            if (opt.max_tenuring > 15) {
                fprintf(stderr, "MaxTenuringThreshold (%u) must be between 0 and 15\n"
                                "Error: Could not create the Java Virtual Machine.\n"
                                "Error: A fatal exception has occurred. Program will exit.\n", opt.max_tenuring);
                return 1;
            }
        } else if (!strcmp(a, "-help") || !strcmp(a, "--help") || !strcmp(a, "-h")) {
            return dep_usage(stdout, 0);
        } else {
            return unrecognized(a);
        }
    }
    if (!jar) {
        if (i >= argc) {
            fprintf(stderr, "Error: no main class given\n");
            return dep_usage(stderr, 1);
        }
        main_class = argv[i++];
    }
    if (opt.xms > opt.xmx) {
        fprintf(stderr, "Error occurred during initialization of VM\n"
                        "Initial heap size set to a larger value than the maximum heap size\n");
        return 1;
    }
    if (opt.xss > RT_STACK_MAX - JAVA_STACK_RESERVE) opt.xss = RT_STACK_MAX - JAVA_STACK_RESERVE;
    char err[512];
    char *jar_main = NULL;
    if (jar) {
        FILE *f = fopen(jar, "rb");
        if (!f) {
            fprintf(stderr, "Error: Unable to access jarfile %s\n", jar);
            return 1;
        }
        fclose(f);
        jar_main = (char *)ld_jar_main_class(jar, err, sizeof err);
        if (!jar_main) {
            fprintf(stderr, "%s\n", err[0] ? err : "no main manifest attribute");
            return 1;
        }
        main_class = jar_main;
        cp = jar;
    }
    if (!cp) cp = getenv("CLASSPATH");
    if (!cp) cp = ".";

    rt_vmspace_init(&opt);
    Vm *vm = VM;
    /* The Java stack: -Xss plus a reserve for building StackOverflowError. */
    Thread *t = &vm->main;
    rt_commit(vm->stack_region, vm->stack_region + opt.xss + JAVA_STACK_RESERVE);
    t->stack_base = (Slot *)vm->stack_region;
    t->stack_limit = (Slot *)(vm->stack_region + opt.xss);
    t->stack_hard_limit = (Slot *)(vm->stack_region + opt.xss + JAVA_STACK_RESERVE);
    ld_set_boot_archive(ember_classlib_jar, (size_t)(ember_classlib_jar_end - ember_classlib_jar));
    ld_set_classpath(cp, err, sizeof err);
    vm->classpath = rt_meta_alloc(sizeof(Symbol *) * 2);
    vm->classpath[0] = rt_sym(cp);
    vm->n_classpath = 1;
    vm->sysprops = rt_meta_alloc(sizeof(Symbol *) * (size_t)(nprops + 1));
    for (int k = 0; k < nprops; k++) vm->sysprops[k] = rt_sym(props[k]);
    free(props);

    RunArgs ra = {main_class, argc - i, argv + i, 1};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, C_STACK_SIZE);
    pthread_t th;
    if (pthread_create(&th, &attr, java_main, &ra) != 0) {
        fprintf(stderr, "ember: cannot create the main thread\n");
        return 1;
    }
    pthread_join(th, NULL);
    fflush(stdout);
    free(jar_main);
    return ra.status;
}
