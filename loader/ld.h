/* ld.h — the loader's public header: class path, class-file parsing, linking, resolution, initialisation.
 * Depends on runtime/rt.h only. Process-only state of the loader (open jar files, their central
 * directories) lives in ordinary C memory and is rebuilt after a restore; the classes it creates live in
 * metaspace. */
#ifndef EMBER_LD_H
#define EMBER_LD_H

#include "../runtime/rt.h"

/* ---- jar / zip archives (process memory) --------------------------------------------------------------- */
typedef struct LdZip LdZip;
LdZip *ld_zip_open(const char *path, char *err, size_t errlen);          /* NULL + message on failure */
LdZip *ld_zip_open_mem(const uint8_t *data, size_t len, char *err, size_t errlen); /* data must outlive it */
/* Reads an entry (stored or deflated) into a malloc'd buffer. Returns NULL when the entry does not exist
 * (*len = 0, err[0] = 0) or cannot be read (err says why). */
uint8_t *ld_zip_read(LdZip *z, const char *name, size_t *len, char *err, size_t errlen);
void ld_zip_close(LdZip *z);

/* ---- class-file parsing -------------------------------------------------------------------------------- */
/* A parse failure names the Java error to throw (a WK_ class id) and its message. */
typedef struct LdError {
    int wk;           /* WK_ClassFormatError, WK_UnsupportedClassVersionError, WK_NoClassDefFoundError ... */
    char msg[512];
} LdError;

/* Parses a class file into a new Class in metaspace (state CS_LOADED; superclass and interfaces are still
 * unresolved cp indices). `expected` is the internal name the class was looked up by (NULL: don't check).
 * Returns NULL and fills *err on any structural problem; never reads outside [bytes, bytes+len). */
Class *ld_parse_class(const uint8_t *bytes, size_t len, Symbol *expected, int loader, LdError *err);

/* Structural bytecode checks done at link time (instruction boundaries, branch targets, cp operand tags,
 * local indices, exception table ranges). Returns false and fills *err (VerifyError) on failure. */
bool ld_check_code(Class *c, Method *m, LdError *err);

/* ---- class path and loading ---------------------------------------------------------------------------- */
void ld_set_boot_archive(const uint8_t *data, size_t len);     /* the embedded class library jar */
void ld_boot_primitives(void);
bool ld_set_classpath(const char *cp, char *err, size_t errlen);
/* Opens the class library and the class path's jars now instead of at the first lookup that needs them: a
 * process about to enter a sandbox that refuses to open files (deploy/dep_sandbox.c) keeps them mapped.
 * Class-path directories are still read class file by class file. */
void ld_classpath_open(void);
const char *ld_jar_main_class(const char *jar_path, char *err, size_t errlen); /* malloc'd, or NULL */

/* Loads (and links) a class by internal name, through `loader` (1 = application, which delegates to the
 * bootstrap loader first). Array names ("[I", "[Ljava/lang/String;") create array classes. Returns NULL with
 * NoClassDefFoundError (or the parse/link error) pending. */
Class *ld_load_class(Thread *t, int loader, Symbol *name);
Class *ld_load_class_c(Thread *t, int loader, const char *name);
Class *ld_find_loaded(int loader, Symbol *name);
Class *ld_array_class(Thread *t, Class *elem);     /* [elem, created and registered on first use */
Class *ld_define_synthetic(Thread *t, Class *c);   /* registers and links a VM-made class (lambdas) */
Method *ld_lookup_method(Class *c, Symbol *name, Symbol *desc);   /* declared in c, then superclasses */

/* ---- constant-pool resolution (lazy, cached in the CpEntry) --------------------------------------------- */
Class *ld_resolve_class(Thread *t, Class *from, uint16_t index);
Field *ld_resolve_field(Thread *t, Class *from, uint16_t index, bool is_static);
Method *ld_resolve_method(Thread *t, Class *from, uint16_t index, int invoke_kind);
Object *ld_resolve_string(Thread *t, Class *from, uint16_t index);
enum { LD_INVOKE_VIRTUAL, LD_INVOKE_SPECIAL, LD_INVOKE_STATIC, LD_INVOKE_INTERFACE };

/* ---- initialisation (JVMS §5.5) ------------------------------------------------------------------------ */
bool ld_init_class(Thread *t, Class *c);    /* false: exception pending */
static inline bool ld_ensure_init(Thread *t, Class *c) {
    return c->state == CS_INITIALIZED || ld_init_class(t, c);
}

/* 'void Foo.bar(int)' (with_owner) or 'void bar(int)', as HotSpot names methods in error messages */
char *ld_method_pretty(Method *m, char *buf, size_t n);
void ld_java_name(const char *internal, char *buf, size_t n);  /* java/lang/String -> java.lang.String */
char *ld_method_pretty_ex(Method *m, bool with_owner, char *buf, size_t n);

/* parse-time descriptor helpers shared with the runtime */
bool ld_valid_field_desc(const char *d, size_t len);
bool ld_valid_method_desc(const char *d, size_t len);

#endif
