/* parse_dump — parses class files with the loader's parser and prints what it found; used to check the
 * parser against javac and JDK output. Usage: ld_parse_dump [-q] [-c] file.class...
 *   -q  quiet: print only failures (and a summary)
 *   -c  also run the structural bytecode check (ld_check_code) on every method with code
 *   -n NAME  the internal name the following files are expected to define (as a class loader would check)
 *   -x  print failures the way the launcher does: `Exception in thread "main" <error>: <first line>`
 * Arguments ending in .jar or .zip are opened with the zip reader: the Main-Class is printed and every
 * .class entry is parsed (and checked with -c).
 * Exit status: 0 when every file parsed (and checked), 1 otherwise. */
#include "../../loader/ld_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* rt_vmspace_init sets up the heap through gc_init; the parser never allocates Java objects, so the GC is
 * left out of this binary. */
void gc_init(void) {}

static const char *wk_name(int wk) {
    switch (wk) {
    case WK_ClassFormatError: return "java.lang.ClassFormatError";
    case WK_UnsupportedClassVersionError: return "java.lang.UnsupportedClassVersionError";
    case WK_NoClassDefFoundError: return "java.lang.NoClassDefFoundError";
    case WK_VerifyError: return "java.lang.VerifyError";
    default: return "java.lang.LinkageError";
    }
}

/* Options that apply to every file after them. */
typedef struct DumpOpts {
    Symbol *expected;
    bool hotspot_format, quiet, check;
} DumpOpts;

static void report(const DumpOpts *o, const char *what, LdError *err) {
    if (o->hotspot_format) {
        const char *nl = strchr(err->msg, '\n');
        printf("Exception in thread \"main\" %s: %.*s\n", wk_name(err->wk), nl ? (int)(nl - err->msg) : (int)strlen(err->msg),
               err->msg);
    } else {
        printf("%s: %s: %s\n", what, wk_name(err->wk), err->msg);
    }
}

static int dump_class(const DumpOpts *o, const char *what, const uint8_t *data, size_t len);

static int dump_jar(const DumpOpts *o, const char *path, int *total) {
    char err[512];
    const char *main_class = ld_jar_main_class(path, err, sizeof err);
    if (!o->quiet) printf("%s: Main-Class %s\n", path, main_class ? main_class : err);
    free((void *)main_class);
    LdZip *z = ld_zip_open(path, err, sizeof err);
    if (!z) {
        printf("%s: %s\n", path, err);
        return 1;
    }
    int failed = 0;
    for (uint32_t i = 0; i < ld_zip_count(z); i++) {
        char name[1024];
        ld_zip_name(z, i, name, sizeof name);
        size_t nl = strlen(name);
        size_t len;
        uint8_t *b = ld_zip_read(z, name, &len, err, sizeof err);
        if (!b) {
            if (err[0]) {
                printf("%s!%s: %s\n", path, name, err);
                failed++;
            }
            continue;
        }
        if (nl > 6 && !strcmp(name + nl - 6, ".class") && strcmp(name, "module-info.class")) {
            (*total)++;
            failed += dump_class(o, name, b, len);
        }
        free(b);
    }
    ld_zip_close(z);
    return failed;
}

static uint8_t *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            uint8_t *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); buf = NULL; }
            buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static int dump_class(const DumpOpts *o, const char *what, const uint8_t *data, size_t len) {
    LdError err;
    Class *c = ld_parse_class(data, len, o->expected, 1, &err);
    if (!c) {
        report(o, what, &err);
        return 1;
    }
    if (o->check) {
        for (int k = 0; k < c->n_methods; k++) {
            Method *m = &c->methods[k];
            if (m->code && !ld_check_code(c, m, &err)) {
                report(o, what, &err);
                return 1;
            }
        }
    }
    if (!o->quiet) {
        printf("class %s (version %u.%u, access 0x%04x)\n", c->name->text, c->major, c->minor, c->access);
        printf("  super %s\n", c->super_cp ? c->cp[c->super_cp].v.sym->text : "-");
        for (int k = 0; k < c->n_interfaces; k++) printf("  implements %s\n", c->cp[c->itf_cp[k]].v.sym->text);
        for (int k = 0; k < c->n_fields; k++) {
            Field *f = &c->fields[k];
            printf("  field %s %s access 0x%04x size %u%s\n", f->name->text, f->desc->text, f->access, f->size,
                   f->const_index ? " (constant)" : "");
        }
        for (int k = 0; k < c->n_methods; k++) {
            Method *m = &c->methods[k];
            printf("  method %s%s access 0x%04x args %u ret %c code %u stack %u locals %u handlers %u lines %u\n",
                   m->name->text, m->desc->text, m->access, m->arg_slots, m->ret_type, m->code_len, m->max_stack,
                   m->max_locals, m->n_handlers, m->n_lines);
        }
        if (c->source_file) printf("  source %s\n", c->source_file->text);
        if (c->n_bootstrap) printf("  bootstrap methods %u\n", c->n_bootstrap);
    }
    return 0;
}

int main(int argc, char **argv) {
    VmOptions opt = {.xss = 1 << 20, .xmx = 64 << 20, .xms = 8 << 20};
    rt_vmspace_init(&opt);
    DumpOpts o = {0};
    int failed = 0, total = 0;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-q")) { o.quiet = true; continue; }
        if (!strcmp(argv[i], "-c")) { o.check = true; continue; }
        if (!strcmp(argv[i], "-x")) { o.hotspot_format = true; continue; }
        if (!strcmp(argv[i], "-n") && i + 1 < argc) { o.expected = rt_sym(argv[++i]); continue; }
        size_t alen = strlen(argv[i]);
        if (alen > 4 && (!strcmp(argv[i] + alen - 4, ".jar") || !strcmp(argv[i] + alen - 4, ".zip"))) {
            failed += dump_jar(&o, argv[i], &total);
            continue;
        }
        size_t len;
        uint8_t *data = slurp(argv[i], &len);
        total++;
        if (!data) {
            printf("%s: cannot read\n", argv[i]);
            failed++;
            continue;
        }
        failed += dump_class(&o, argv[i], data, len);
        free(data);
    }
    if (o.quiet || total > 1) printf("%d parsed, %d failed\n", total - failed, failed);
    rt_vmspace_release();
    return failed ? 1 : 0;
}
