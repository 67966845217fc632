/* ld_descriptor.c — validation of names and descriptors from class files (JVMS §4.2, §4.3).
 *
 * All functions take an explicit length: the bytes come straight from a constant pool and are checked
 * before anyone treats them as C strings. They never read past `len`. */
#include "ld_internal.h"

bool ld_valid_mutf8(const uint8_t *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        uint8_t c = s[i];
        if (c == 0) return false;
        if (c < 0x80) {
            i++;
        } else if ((c & 0xe0) == 0xc0) {
            if (i + 1 >= len || (s[i + 1] & 0xc0) != 0x80) return false;
            i += 2;
        } else if ((c & 0xf0) == 0xe0) {
            if (i + 2 >= len || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80) return false;
            i += 3;
        } else {
            return false; /* stray continuation byte, or a 4-byte form (supplementary chars use surrogates) */
        }
    }
    return true;
}

bool ld_valid_unqualified_name(const char *s, size_t len, bool method) {
    if (len == 0) return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '.' || c == ';' || c == '[' || c == '/') return false;
        if (method && (c == '<' || c == '>')) return false;
    }
    return true;
}

/* A class name in internal form inside a descriptor or a CONSTANT_Class: one or more unqualified names
 * separated by single '/'. */
static bool valid_internal_name(const char *s, size_t len) {
    if (len == 0) return false;
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i == len || s[i] == '/') {
            if (i == start) return false; /* empty part: leading, trailing or doubled '/' */
            start = i + 1;
            continue;
        }
        char c = s[i];
        if (c == '.' || c == ';' || c == '[') return false;
    }
    return true;
}

/* Parses one field type at d[*pos], advancing *pos past it. Returns an LD_DESC_ code. */
static int field_type(const char *d, size_t len, size_t *pos) {
    size_t i = *pos, dims = 0;
    while (i < len && d[i] == '[') {
        i++;
        if (++dims > 255) return LD_DESC_DIMS;
    }
    if (i >= len) return LD_DESC_BAD;
    switch (d[i]) {
    case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z':
        *pos = i + 1;
        return LD_DESC_OK;
    case 'L': {
        size_t start = ++i;
        while (i < len && d[i] != ';') i++;
        if (i >= len) return LD_DESC_BAD;
        if (!valid_internal_name(d + start, i - start)) return LD_DESC_CLASS_NAME;
        *pos = i + 1;
        return LD_DESC_OK;
    }
    default:
        return LD_DESC_BAD;
    }
}

int ld_desc_problem(const char *d, size_t len, bool method) {
    size_t pos = 0;
    int r;
    if (!method) {
        r = field_type(d, len, &pos);
        return r != LD_DESC_OK ? r : pos == len ? LD_DESC_OK : LD_DESC_BAD;
    }
    if (len < 3 || d[0] != '(') return LD_DESC_BAD;
    pos = 1;
    while (pos < len && d[pos] != ')')
        if ((r = field_type(d, len, &pos)) != LD_DESC_OK) return r;
    if (pos >= len) return LD_DESC_BAD;
    pos++; /* ')' */
    if (pos < len && d[pos] == 'V') return pos + 1 == len ? LD_DESC_OK : LD_DESC_BAD;
    if ((r = field_type(d, len, &pos)) != LD_DESC_OK) return r;
    return pos == len ? LD_DESC_OK : LD_DESC_BAD;
}

bool ld_valid_field_desc(const char *d, size_t len) { return ld_desc_problem(d, len, false) == LD_DESC_OK; }

bool ld_valid_method_desc(const char *d, size_t len) { return ld_desc_problem(d, len, true) == LD_DESC_OK; }

bool ld_valid_class_name(const char *s, size_t len) {
    if (len > 0 && s[0] == '[') return ld_valid_field_desc(s, len);
    return valid_internal_name(s, len);
}

int ld_desc_arg_slots(const char *d, char *ret) {
    int slots = 0;
    const char *p = d + 1;
    while (*p && *p != ')') {
        char c = *p;
        while (*p == '[') p++;
        if (*p == 'L') {
            while (*p && *p != ';') p++;
        }
        if (*p) p++;
        slots += (c == 'J' || c == 'D') ? 2 : 1;
    }
    if (*p == ')') p++;
    *ret = *p ? *p : 'V';
    return slots;
}
