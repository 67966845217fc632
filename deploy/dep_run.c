/* ember run: options in the style of the java launcher, then boot and run main. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../loader/ld.h"
#include "dep.h"

typedef struct RunArgs {
    const char *main_class;
    int argc;
    char **argv;
} RunArgs;

static int run_main(void *p) {
    RunArgs *ra = p;
    Thread *t = &VM->main;
    rt_boot(t);
    return rt_run_main(t, ra->main_class, ra->argc, ra->argv);
}

static int unrecognized(const char *opt) {
    fprintf(stderr, "Unrecognized option: %s\nError: Could not create the Java Virtual Machine.\n"
                    "Error: A fatal exception has occurred. Program will exit.\n", opt);
    return 1;
}

int dep_run(int argc, char **argv) {
    DepVm v;
    dep_vm_defaults(&v, argc);
    const char *cp = NULL, *jar = NULL, *main_class = NULL;
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
        } else if (!strcmp(a, "-help") || !strcmp(a, "--help") || !strcmp(a, "-h")) {
            return dep_usage(stdout, 0);
        } else {
            int r = dep_vm_option(&v, a);
            if (r < 0) return 1;
            if (r == 0) return unrecognized(a);
        }
    }
    if (!jar) {
        if (i >= argc) {
            fprintf(stderr, "Error: no main class given\n");
            return dep_usage(stderr, 1);
        }
        main_class = argv[i++];
    }
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
    if (dep_vm_start(&v, cp) != 0) return 1;
    RunArgs ra = {main_class, argc - i, argv + i};
    int status = dep_on_java_thread(run_main, &ra);
    free(jar_main);
    return status;
}
