/* Finding class bytes and defining classes: the bootstrap loader reads the class library jar embedded in the
 * ember binary, the application loader reads -cp entries (directories and jars) after delegating to the
 * bootstrap loader. Loaded classes are registered in Vm.class_table, keyed by (loader, name).
 *
 * Process-only state: the open archives and the class path strings (C memory, rebuilt after a restore). It is
 * the one mutable static of this file and is on the allowed list checked by `make check`. Archives are opened
 * on the first class lookup that needs them, not when the class path is set: a restored snapshot usually has
 * every class it needs already loaded, and then never pays for reading a central directory. */
#include "ld.h"
#include "ld_link.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct PathEntry {
    char *path;      /* directory (with trailing '/') or jar file */
    char *url;       /* file:/abs/path/ for -verbose:class */
    LdZip *zip;      /* NULL for directories */
} PathEntry;

static struct LoaderProcessState {
    LdZip *boot;
    const uint8_t *boot_data;
    size_t boot_len;
    PathEntry *app;
    int n_app;
    char *app_path;   /* the class path, until its entries are opened */
} ld_proc;

void ld_set_boot_archive(const uint8_t *data, size_t len) {
    ld_proc.boot_data = data;
    ld_proc.boot_len = len;
}

static LdZip *boot_archive(void) {
    if (!ld_proc.boot) {
        char err[256];
        ld_proc.boot = ld_zip_open_mem(ld_proc.boot_data, ld_proc.boot_len, err, sizeof err);
        if (!ld_proc.boot) rt_fatal("embedded class library is unreadable: %s", err);
    }
    return ld_proc.boot;
}

static char *abs_url(const char *path, bool dir) {
    char *real = realpath(path, NULL);
    const char *p = real ? real : path;
    size_t n = strlen(p) + 16;
    char *u = malloc(n);
    snprintf(u, n, "file:%s%s", p, dir && p[strlen(p) - 1] != '/' ? "/" : "");
    free(real);
    return u;
}

bool ld_set_classpath(const char *cp, char *err, size_t errlen) {
    (void)err;
    (void)errlen;
    free(ld_proc.app_path);
    ld_proc.app_path = strdup(cp);
    return true;
}

static void open_classpath(void) {
    char *cp = ld_proc.app_path;
    ld_proc.app_path = NULL;
    const char *s = cp;
    while (1) {
        const char *e = strchr(s, ':');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        char *p = strndup(n ? s : ".", n ? n : 1);
        struct stat st;
        /* Like java, entries that don't exist or aren't readable archives are silently ignored. */
        if (stat(p, &st) == 0) {
            PathEntry pe = {0};
            if (S_ISDIR(st.st_mode)) {
                size_t l = strlen(p);
                pe.path = malloc(l + 2);
                memcpy(pe.path, p, l);
                if (l && p[l - 1] != '/') pe.path[l++] = '/';
                pe.path[l] = 0;
                pe.url = abs_url(p, true);
            } else {
                char zerr[256];
                pe.zip = ld_zip_open(p, zerr, sizeof zerr);
                if (pe.zip) {
                    pe.path = strdup(p);
                    pe.url = abs_url(p, false);
                }
            }
            if (pe.path) {
                ld_proc.app = realloc(ld_proc.app, sizeof(PathEntry) * (size_t)(ld_proc.n_app + 1));
                ld_proc.app[ld_proc.n_app++] = pe;
            }
        }
        free(p);
        if (!e) break;
        s = e + 1;
    }
    free(cp);
}

void ld_classpath_open(void) {
    boot_archive();
    if (ld_proc.app_path) open_classpath();
}

static uint8_t *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    uint8_t *b = malloc(cap);
    size_t r;
    while ((r = fread(b + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            if (cap >= ((size_t)256 << 20)) break;
            cap *= 2;
            b = realloc(b, cap);
        }
    }
    fclose(f);
    *len = n;
    return b;
}

/* ---- class table --------------------------------------------------------------------------------------- */
static uint32_t bucket_of(Symbol *name) { return name->hash & (RT_CLASS_BUCKETS - 1); }

Class *ld_find_loaded(int loader, Symbol *name) {
    for (Class *c = VM->class_table[bucket_of(name)]; c; c = c->hash_next)
        if (c->name == name && c->loader == loader) return c;
    return NULL;
}

void ld_register(Class *c) {
    uint32_t b = bucket_of(c->name);
    c->hash_next = VM->class_table[b];
    VM->class_table[b] = c;
    c->next = VM->classes;
    VM->classes = c;
    VM->n_classes++;
}

static void verbose_class(Class *c) {
    if (!VM->opt.verbose_class) return;
    double secs = (double)(rt_nanos() - VM->start_nanos) / 1e9;
    char name[512];
    snprintf(name, sizeof name, "%s", c->name->text);
    for (char *p = name; *p; p++)
        if (*p == '/') *p = '.';
    fflush(stderr);
    printf("[%.3fs][info][class,load] %s source: %s\n", secs, name, c->source ? c->source->text : "__VM__");
    fflush(stdout);
}

/* ---- array classes ------------------------------------------------------------------------------------- */
Class *ld_array_class(Thread *t, Class *elem) {
    if (elem->array_class) return elem->array_class;
    (void)t;
    Vm *vm = VM;
    char buf[1024];
    if (elem->kind == CK_PRIMITIVE)
        snprintf(buf, sizeof buf, "[%c", elem->prim);
    else if (elem->kind == CK_ARRAY)
        snprintf(buf, sizeof buf, "[%s", elem->name->text);
    else
        snprintf(buf, sizeof buf, "[L%s;", elem->name->text);
    Class *a = rt_meta_alloc(sizeof(Class));
    Class *obj = vm->wk[WK_Object];
    a->name = rt_sym(buf);
    a->kind = CK_ARRAY;
    a->access = ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT;
    a->loader = elem->loader;
    a->super = obj;
    a->depth = 1;
    a->component = elem;
    a->element = elem->kind == CK_ARRAY ? elem->element : elem;
    a->prim = elem->kind == CK_PRIMITIVE ? elem->prim : 0;
    a->elem_size = elem->kind == CK_PRIMITIVE ? rt_type_size(elem->prim) : 8;
    a->vtable = obj->vtable;
    a->vtable_len = obj->vtable_len;
    a->instance_size = RT_ARRAY_DATA_OFFSET;
    Class *itfs[2] = {vm->wk[WK_Cloneable], vm->wk[WK_Serializable]};
    a->n_interfaces = 2;
    a->interfaces = rt_meta_alloc(sizeof(Class *) * 2);
    a->interfaces[0] = itfs[0];
    a->interfaces[1] = itfs[1];
    a->n_itable = 2;
    a->itable = rt_meta_alloc(sizeof(ItableEntry) * 2);
    a->itable[0].itf = itfs[0];
    a->itable[1].itf = itfs[1];
    a->state = CS_INITIALIZED;
    elem->array_class = a;
    ld_register(a);
    return a;
}

/* ---- loading ------------------------------------------------------------------------------------------- */
static uint8_t *find_bytes(int loader, Symbol *name, size_t *len, const char **source) {
    size_t n = name->len + 8;
    char *file = malloc(n);
    snprintf(file, n, "%s.class", name->text);
    uint8_t *b = NULL;
    char err[256];
    if (loader == 0) {
        b = ld_zip_read(boot_archive(), file, len, err, sizeof err);
        *source = "jrt:/java.base";
    } else {
        if (ld_proc.app_path) open_classpath();
        for (int i = 0; i < ld_proc.n_app && !b; i++) {
            PathEntry *pe = &ld_proc.app[i];
            if (pe->zip) {
                b = ld_zip_read(pe->zip, file, len, err, sizeof err);
            } else {
                size_t pl = strlen(pe->path) + n;
                char *full = malloc(pl);
                snprintf(full, pl, "%s%s", pe->path, file);
                b = read_file(full, len);
                free(full);
            }
            if (b) *source = pe->url;
        }
    }
    free(file);
    return b;
}

static void throw_ld_error(Thread *t, LdError *e) { rt_throw_new(t, e->wk, "%s", e->msg); }

static Class *define_from_bytes(Thread *t, int loader, Symbol *name, uint8_t *bytes, size_t len,
                                const char *source) {
    LdError err = {0};
    Class *c = ld_parse_class(bytes, len, name, loader, &err);
    free(bytes);
    if (!c) {
        throw_ld_error(t, &err);
        return NULL;
    }
    c->source = rt_sym(source);
    Vm *vm = VM;
    for (uint32_t i = 0; i < vm->n_loading; i++)
        if (vm->loading[i] == name) {
            rt_throw_new(t, WK_ClassCircularityError, "%s", name->text);
            return NULL;
        }
    if (vm->n_loading >= 64) {
        rt_throw_new(t, WK_ClassCircularityError, "%s", name->text);
        return NULL;
    }
    vm->loading[vm->n_loading++] = name;
    bool ok = ld_link_supers(t, c);
    vm->n_loading--;
    if (!ok) return NULL;
    /* Another path may have defined it while we loaded supers (only through circularity, which failed). */
    ld_register(c);
    if (!ld_prepare(t, c)) return NULL;
    verbose_class(c);
    return c;
}

Class *ld_load_class(Thread *t, int loader, Symbol *name) {
    if (name->text[0] == '[') {
        const char *d = name->text + 1;
        Class *elem;
        if (*d == 'L') {
            size_t n = name->len - 3;
            if (n == 0 || d[n + 1] != ';') goto bad;
            elem = ld_load_class(t, loader, rt_sym_n(d + 1, n));
        } else if (*d == '[') {
            elem = ld_load_class(t, loader, rt_sym_n(d, name->len - 1));
        } else {
            if (name->len != 2) goto bad;
            elem = rt_prim_class(*d);
            if (!elem || *d == 'V') goto bad;
        }
        if (!elem) return NULL;
        return ld_array_class(t, elem);
    }
    Class *c = ld_find_loaded(loader, name);
    if (c) return c;
    if (loader == 1) {
        c = ld_find_loaded(0, name);
        if (c) return c;
    }
    {
        size_t len = 0;
        const char *source = NULL;
        uint8_t *b = find_bytes(0, name, &len, &source);
        if (b) return define_from_bytes(t, 0, name, b, len, source);
        if (loader == 1) {
            b = find_bytes(1, name, &len, &source);
            if (b) {
                if (strncmp(name->text, "java/", 5) == 0) {
                    free(b);
                    char pkg[512];
                    snprintf(pkg, sizeof pkg, "%s", name->text);
                    char *slash = strrchr(pkg, '/');
                    if (slash) *slash = 0;
                    for (char *p = pkg; *p; p++)
                        if (*p == '/') *p = '.';
                    char msg[600];
                    snprintf(msg, sizeof msg, "Prohibited package name: %s", pkg);
                    rt_throw_by_name(t, "java/lang/SecurityException", msg);
                    return NULL;
                }
                return define_from_bytes(t, 1, name, b, len, source);
            }
        }
    }
bad:
    rt_throw_new(t, WK_NoClassDefFoundError, "%s", name->text);
    return NULL;
}

Class *ld_load_class_c(Thread *t, int loader, const char *name) { return ld_load_class(t, loader, rt_sym(name)); }

Class *ld_define_synthetic(Thread *t, Class *c) {
    ld_register(c);
    if (!ld_prepare(t, c)) return NULL;
    return c;
}

/* The nine primitive classes (and void), indexed by rt_prim_index(). They are on the class list (their mirrors
 * are roots) but not in the class table: no class file can name them. */
void ld_boot_primitives(void) {
    static const char *const names[9] = {"boolean", "byte", "char", "short", "int", "long", "float", "double", "void"};
    static const char types[9] = {'Z', 'B', 'C', 'S', 'I', 'J', 'F', 'D', 'V'};
    for (int i = 0; i < 9; i++) {
        Class *c = rt_meta_alloc(sizeof(Class));
        c->name = rt_sym(names[i]);
        c->kind = CK_PRIMITIVE;
        c->prim = types[i];
        c->access = ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT;
        c->state = CS_INITIALIZED;
        c->next = VM->classes;
        VM->classes = c;
        VM->prim_classes[i] = c;
    }
}
