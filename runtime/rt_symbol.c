/* Symbols: interned byte strings in metaspace, compared by pointer. The table is a fixed array of chains in
 * the Vm struct; symbols are never freed. */
#include "rt.h"

#include <string.h>

static uint32_t sym_hash(const char *s, size_t len) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

Symbol *rt_sym_lookup_n(const char *s, size_t len) {
    uint32_t h = sym_hash(s, len);
    for (Symbol *y = VM->sym_table[h & (RT_SYM_BUCKETS - 1)]; y; y = y->next)
        if (y->hash == h && y->len == len && memcmp(y->text, s, len) == 0) return y;
    return NULL;
}

Symbol *rt_sym_n(const char *s, size_t len) {
    uint32_t h = sym_hash(s, len);
    Symbol **b = &VM->sym_table[h & (RT_SYM_BUCKETS - 1)];
    for (Symbol *y = *b; y; y = y->next)
        if (y->hash == h && y->len == len && memcmp(y->text, s, len) == 0) return y;
    Symbol *y = rt_meta_alloc(sizeof(Symbol) + len + 1);
    y->hash = h;
    y->len = (uint32_t)len;
    memcpy(y->text, s, len);
    y->text[len] = 0;
    y->next = *b;
    *b = y;
    return y;
}

Symbol *rt_sym(const char *s) { return rt_sym_n(s, strlen(s)); }
