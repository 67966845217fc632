/* dep.h — the command-line front end (ember run, and later snapshot/invoke/serve). */
#ifndef EMBER_DEP_H
#define EMBER_DEP_H

#include <stdio.h>

#include "../runtime/rt.h"

int dep_run(int argc, char **argv);
int dep_snapshot(int argc, char **argv);
int dep_invoke(int argc, char **argv);
int dep_inspect(int argc, char **argv);
int dep_verify(int argc, char **argv);
int dep_unpack(int argc, char **argv);
int dep_lambda(int argc, char **argv);
int dep_serve(int argc, char **argv);
int dep_bench(int argc, char **argv);
/* --verify-checksums, --restore=mmap|read into the options of snap_restore (snapshot/snap.h); false when `a`
 * is none of them. */
struct SnapRestoreOptions;
bool dep_restore_option(struct SnapRestoreOptions *ro, const char *a);
int dep_usage(FILE *to, int status);

/* dep_vm.c: VM options and start-up shared by the commands that boot a VM */
typedef struct DepVm {
    VmOptions opt;
    char **props;   /* -D options (pointers into argv) */
    int nprops;
} DepVm;
bool dep_parse_size(const char *s, uint64_t *out);
void dep_vm_defaults(DepVm *v, int argc);
/* 1: `a` was a VM option; 0: it is not one; -1: it is malformed (message printed, exit status 1). */
int dep_vm_option(DepVm *v, const char *a);
/* Checks the options, reserves VM space, sets up the Java stack and the class path. 0, or 1 (message
 * printed). */
int dep_vm_start(DepVm *v, const char *cp);
/* Runs fn(arg) on a thread with a large C stack, with VM->main's C stack guard installed for it (the VM
 * space must be live: dep_vm_start or a restore first); returns its status. */
int dep_on_java_thread(int (*fn)(void *), void *arg);
const uint8_t *dep_boot_jar(size_t *len);

/* dep_function.c: the function model (Vm.fn). Each returns 0, or 1 after printing why / reporting the
 * exception. */
int dep_function_resolve(Thread *t, const char *handler);
int dep_function_resolve_main(Thread *t, const char *main_class);
int dep_function_call(Thread *t, const char *input, size_t len, char **out, size_t *out_len);
/* The call alone: 0 with the answer (NULL for a null return), or 1 with the exception left pending (for
 * callers that report it their own way, like ember lambda). */
int dep_function_invoke(Thread *t, const char *input, size_t len, char **out, size_t *out_len);
/* The same for the gateway's processes: on an exception (1), *line is its first line, `<class>: <message>`
 * (malloc'd), and the stack trace went to stderr. */
int dep_function_call_line(Thread *t, const char *input, size_t len, char **out, size_t *out_len, char **line);
/* Takes the pending exception, prints it to stderr like an uncaught one, returns its first line (malloc'd). */
char *dep_report_exception(Thread *t);
bool dep_call_static(Thread *t, const char *cls, const char *name);

/* dep_answer.c: reads the request, calls the function (`repeat` times, reporting each call's time), runs the
 * shutdown sequence and writes the answer; 0, or 1 (reason or exception on stderr). */
typedef struct DepAnswer {
    const char *input_path;   /* NULL: stdin */
    uint32_t repeat;
    uint64_t t_call, t_handler; /* out: the first call's start and end (rt_nanos) */
    uint64_t interp_calls;      /* out: methods the interpreter entered during the first call (Vm.jit) */
} DepAnswer;
int dep_answer(Thread *t, DepAnswer *a, const char *who);

#define EMBER_VERSION RT_EMBER_VERSION

#endif
