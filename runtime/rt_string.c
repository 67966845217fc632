/* java.lang.String as the VM sees it: a `char[] value` of UTF-16 code units and a cached `int hash`.
 * Conversion from class-file (modified) UTF-8 and to UTF-8 for output, and the intern table. */
#include "rt.h"
#include "../gc/gc.h"

#include <stdlib.h>
#include <string.h>

/* `chars` must not point into the Java heap: the allocations below may move it. */
Object *rt_string_from_chars(Thread *t, const uint16_t *chars, int32_t len) {
    Array *a = rt_new_prim_array(t, 'C', len);
    if (!a) return NULL;
    if (len) memcpy(rt_array_data(a), chars, (size_t)len * 2);
    uint32_t mark = rt_handle_mark(t);
    Object **h = rt_handle(t, &a->hdr);
    Object *s = rt_new_object(t, VM->wk[WK_String]);
    /* A large char[] is allocated old while the String may be young, or the other way round: barrier. */
    if (s) gc_store_ref(rt_field_ptr(s, VM->wkf[WKF_String_value]), *h);
    rt_handle_release(t, mark);
    return s;
}

/* Decodes modified UTF-8 (class files: U+0000 as C0 80, supplementary characters as surrogate pairs) as well
 * as standard UTF-8 (4-byte sequences become surrogate pairs). Malformed bytes become U+FFFD. */
static int32_t utf8_decode(const char *s, size_t len, uint16_t *out) {
    const uint8_t *p = (const uint8_t *)s, *e = p + len;
    int32_t n = 0;
    while (p < e) {
        uint32_t c = *p++;
        if (c < 0x80) {
            out[n++] = (uint16_t)c;
        } else if ((c & 0xe0) == 0xc0 && p < e && (*p & 0xc0) == 0x80) {
            out[n++] = (uint16_t)(((c & 0x1f) << 6) | (*p++ & 0x3f));
        } else if ((c & 0xf0) == 0xe0 && e - p >= 2 && (p[0] & 0xc0) == 0x80 && (p[1] & 0xc0) == 0x80) {
            out[n++] = (uint16_t)(((c & 0x0f) << 12) | ((p[0] & 0x3f) << 6) | (p[1] & 0x3f));
            p += 2;
        } else if ((c & 0xf8) == 0xf0 && e - p >= 3 && (p[0] & 0xc0) == 0x80 && (p[1] & 0xc0) == 0x80 &&
                   (p[2] & 0xc0) == 0x80) {
            uint32_t cp = ((c & 0x07) << 18) | ((uint32_t)(p[0] & 0x3f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f);
            p += 3;
            cp -= 0x10000;
            out[n++] = (uint16_t)(0xd800 + (cp >> 10));
            out[n++] = (uint16_t)(0xdc00 + (cp & 0x3ff));
        } else {
            out[n++] = 0xfffd;
        }
    }
    return n;
}

Object *rt_string_from_utf8(Thread *t, const char *s, size_t len) {
    uint16_t stackbuf[256];
    uint16_t *buf = len <= 256 ? stackbuf : malloc(len * 2);
    int32_t n = utf8_decode(s, len, buf);
    Object *r = rt_string_from_chars(t, buf, n);
    if (buf != stackbuf) free(buf);
    return r;
}

Object *rt_string(Thread *t, const char *s) { return rt_string_from_utf8(t, s, strlen(s)); }

int32_t rt_string_length(Object *str) {
    Array *a = *(Array **)rt_field_ptr(str, VM->wkf[WKF_String_value]);
    return a ? a->length : 0;
}

uint16_t *rt_string_chars(Object *str) {
    Array *a = *(Array **)rt_field_ptr(str, VM->wkf[WKF_String_value]);
    return a ? (uint16_t *)rt_array_data(a) : NULL;
}

char *rt_string_to_utf8(Object *str) {
    size_t len;
    return rt_string_to_utf8_n(str, &len);
}

char *rt_string_to_utf8_n(Object *str, size_t *len) {
    if (!str) {
        *len = 4;
        return strdup("null");
    }
    int32_t n = rt_string_length(str);
    const uint16_t *c = rt_string_chars(str);
    char *out = malloc((size_t)n * 3 + 1), *o = out;
    for (int32_t i = 0; i < n; i++) {
        uint32_t ch = c[i];
        if (ch >= 0xd800 && ch < 0xdc00 && i + 1 < n && c[i + 1] >= 0xdc00 && c[i + 1] < 0xe000) {
            ch = 0x10000 + ((ch - 0xd800) << 10) + (c[i + 1] - 0xdc00);
            i++;
        } else if (ch >= 0xd800 && ch < 0xe000) {
            ch = '?';
        }
        if (ch < 0x80) {
            *o++ = (char)ch;
        } else if (ch < 0x800) {
            *o++ = (char)(0xc0 | (ch >> 6));
            *o++ = (char)(0x80 | (ch & 0x3f));
        } else if (ch < 0x10000) {
            *o++ = (char)(0xe0 | (ch >> 12));
            *o++ = (char)(0x80 | ((ch >> 6) & 0x3f));
            *o++ = (char)(0x80 | (ch & 0x3f));
        } else {
            *o++ = (char)(0xf0 | (ch >> 18));
            *o++ = (char)(0x80 | ((ch >> 12) & 0x3f));
            *o++ = (char)(0x80 | ((ch >> 6) & 0x3f));
            *o++ = (char)(0x80 | (ch & 0x3f));
        }
    }
    *o = 0;
    *len = (size_t)(o - out);
    return out;
}

static uint32_t java_hash(const uint16_t *c, int32_t n) {
    uint32_t h = 0;
    for (int32_t i = 0; i < n; i++) h = 31 * h + c[i];
    return h;
}

static bool string_equals(Object *a, const uint16_t *c, int32_t n) {
    return rt_string_length(a) == n && (n == 0 || memcmp(rt_string_chars(a), c, (size_t)n * 2) == 0);
}

static void intern_grow(void) {
    Vm *vm = VM;
    uint32_t ncap = vm->intern_cap ? vm->intern_cap * 2 : 4096;
    Object **nt = rt_meta_alloc(sizeof(Object *) * ncap);
    for (uint32_t i = 0; i < vm->intern_cap; i++) {
        Object *s = vm->intern[i];
        if (!s) continue;
        uint32_t h = java_hash(rt_string_chars(s), rt_string_length(s));
        uint32_t j = h & (ncap - 1);
        while (nt[j]) j = (j + 1) & (ncap - 1);
        nt[j] = s;
    }
    vm->intern = nt; /* the old table stays in metaspace, unreachable */
    vm->intern_cap = ncap;
}

/* Finds or adds a string with these chars; `candidate` is the object to add (NULL: create one). With a
 * candidate, `c` may be the candidate's own chars in the heap: nothing allocates then. Without one, `c` is
 * C memory, which a collection in rt_string_from_chars does not move. */
static Object *intern_chars(Thread *t, const uint16_t *c, int32_t n, Object *candidate) {
    Vm *vm = VM;
    if ((vm->intern_count + 1) * 2 > vm->intern_cap) intern_grow();
    uint32_t h = java_hash(c, n);
    uint32_t j = h & (vm->intern_cap - 1);
    while (vm->intern[j]) {
        if (string_equals(vm->intern[j], c, n)) return vm->intern[j];
        j = (j + 1) & (vm->intern_cap - 1);
    }
    Object *s = candidate ? candidate : rt_string_from_chars(t, c, n);
    if (!s) return NULL;
    /* The probe is redone after the allocation: a collection moves the table's strings (it is a root) and the
     * probe sequence depends only on their contents, but the loop above read them before it. */
    j = h & (vm->intern_cap - 1);
    while (vm->intern[j]) j = (j + 1) & (vm->intern_cap - 1);
    vm->intern[j] = s;
    vm->intern_count++;
    return s;
}

Object *rt_intern(Thread *t, Object *str) {
    return intern_chars(t, rt_string_chars(str), rt_string_length(str), str);
}

Object *rt_intern_sym(Thread *t, Symbol *s) {
    uint16_t stackbuf[256];
    uint16_t *buf = s->len <= 256 ? stackbuf : malloc((size_t)s->len * 2);
    int32_t n = utf8_decode(s->text, s->len, buf);
    Object *r = intern_chars(t, buf, n, NULL);
    if (buf != stackbuf) free(buf);
    return r;
}

Object *rt_class_name_string(Thread *t, Class *c) {
    char buf[1024];
    size_t n = c->name->len < sizeof buf - 1 ? c->name->len : sizeof buf - 1;
    memcpy(buf, c->name->text, n);
    buf[n] = 0;
    for (char *p = buf; *p; p++)
        if (*p == '/') *p = '.';
    return rt_string_from_utf8(t, buf, n);
}
