/* ld_internal.h — internals shared by the loader's parsing files (ld_classfile.c, ld_check.c, ld_zip.c,
 * ld_descriptor.c). Not part of the loader's public interface (ld.h).
 *
 * Everything here is about reading untrusted bytes: a reader never moves past its end pointer, and every
 * multi-byte read goes through a bounds check first. */
#ifndef EMBER_LD_INTERNAL_H
#define EMBER_LD_INTERNAL_H

#include "ld.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Big-endian reads from a buffer the caller has already bounds-checked. */
static inline uint16_t ld_be16(const uint8_t *p) { return (uint16_t)((p[0] << 8) | p[1]); }
static inline uint32_t ld_be32(const uint8_t *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}
/* Little-endian reads (zip archives). */
static inline uint16_t ld_le16(const uint8_t *p) { return (uint16_t)(p[0] | (p[1] << 8)); }
static inline uint32_t ld_le32(const uint8_t *p) {
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

/* Fills *err with a Java error class (WK_ id) and a printf-formatted message. Always returns false so a
 * check can be written `return ld_fail(err, ...)`. `err` may be NULL (the message is dropped). */
__attribute__((format(printf, 3, 4))) static inline bool ld_fail(LdError *err, int wk, const char *fmt, ...) {
    if (!err) return false;
    va_list ap;
    va_start(ap, fmt);
    err->wk = wk;
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return false;
}

/* Modified UTF-8 (JVMS §4.4.7): no NUL byte, no 4-byte forms; 2- and 3-byte forms need their continuation
 * bytes. Overlong forms are tolerated (C0 80 is how NUL is written). Defined in ld_descriptor.c. */
bool ld_valid_mutf8(const uint8_t *s, size_t len);

/* Names (JVMS §4.2). `len` bytes at `s`, not necessarily NUL-terminated. Defined in ld_descriptor.c. */
bool ld_valid_unqualified_name(const char *s, size_t len, bool method); /* method: also no '<' '>' */
bool ld_valid_class_name(const char *s, size_t len);   /* binary name in internal form, or array descriptor */

/* What is wrong with a descriptor, in HotSpot's categories (each has its own message). */
enum { LD_DESC_OK, LD_DESC_BAD, LD_DESC_DIMS, LD_DESC_CLASS_NAME };
int ld_desc_problem(const char *d, size_t len, bool method);

/* Counts the argument slots of a method descriptor already validated by ld_valid_method_desc
 * (long/double: 2), without `this`, and returns the return type's first character. */
int ld_desc_arg_slots(const char *d, char *ret);

/* Zip helpers beyond ld.h (ld_zip.c): entry count, the name of entry i (copied NUL-terminated into buf,
 * returns its full length), and the Main-Class of a manifest (malloc'd, '.' separators, or NULL). */
uint32_t ld_zip_count(LdZip *z);
size_t ld_zip_name(LdZip *z, uint32_t i, char *buf, size_t buflen);
char *ld_manifest_main_class(const uint8_t *mf, size_t len);

#endif
