/* What binds a snapshot to the binary and machine that can restore it (ARCHITECTURE invariant 6): the ELF
 * build-id of the running executable, a hash of the struct layouts in VM space, and the CPU features. */
#define _GNU_SOURCE
#include "snap_format.h"

#include "../jit/jit.h"

#include <cpuid.h>
#include <elf.h>
#include <link.h>
#include <string.h>
#include <zlib.h>

typedef struct BuildIdSearch {
    uint8_t *out;
    size_t len;
} BuildIdSearch;

/* dl_iterate_phdr reports the executable first (empty name); its PT_NOTE segments hold NT_GNU_BUILD_ID. */
static int find_build_id(struct dl_phdr_info *info, size_t size, void *p) {
    (void)size;
    BuildIdSearch *s = p;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE) continue;
        const uint8_t *n = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr), *end = n + ph->p_memsz;
        while (n + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *nh = (const ElfW(Nhdr) *)n;
            const uint8_t *name = n + sizeof *nh;
            const uint8_t *desc = name + ((nh->n_namesz + 3) & ~3u);
            if (desc + nh->n_descsz > end) break;
            if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 && memcmp(name, "GNU", 4) == 0) {
                s->len = nh->n_descsz > 32 ? 32 : nh->n_descsz;
                memcpy(s->out, desc, s->len);
                return 1;
            }
            n = desc + ((nh->n_descsz + 3) & ~3u);
        }
    }
    return 1; /* only the executable */
}

size_t snap_build_id(uint8_t out[32]) {
    BuildIdSearch s = {out, 0};
    memset(out, 0, 32);
    dl_iterate_phdr(find_build_id, &s);
    return s.len;
}

const char *snap_build_id_hex(char *buf, size_t n) {
    uint8_t id[32];
    size_t len = snap_build_id(id);
    buf[0] = 0;
    for (size_t i = 0; i < len && 2 * i + 2 < n; i++) snprintf(buf + 2 * i, 3, "%02x", id[i]);
    return buf;
}

uint64_t snap_layout_hash(void) {
    /* FNV-1a over (sizeof, offsetof) values in table order */
    uint64_t h = 0xcbf29ce484222325ull;
#define MIX(v)                                                                                                 \
    do {                                                                                                       \
        uint64_t x_ = (uint64_t)(v);                                                                           \
        for (int b_ = 0; b_ < 8; b_++) h = (h ^ ((x_ >> (8 * b_)) & 0xff)) * 0x100000001b3ull;                 \
    } while (0)
#define SNAP_STRUCT(type) MIX(sizeof(type));
#define SNAP_FIELD(type, field) MIX(offsetof(type, field));
#include "snap_layout.def"
#undef SNAP_STRUCT
#undef SNAP_FIELD
    MIX(RT_VM_BASE);
    MIX(RT_VM_SIZE);
    MIX(RT_OLD_BASE);
    MIX(RT_YOUNG_BASE);
    MIX(RT_CARD_SHIFT);
#undef MIX
    return h;
}

uint64_t snap_cpu_features(void) {
    unsigned a, b, c, d;
    uint64_t f = 0;
    if (__get_cpuid(1, &a, &b, &c, &d)) {
        if (d & bit_SSE2) f |= SNAP_CPU_SSE2;
        if (c & bit_SSE4_2) f |= SNAP_CPU_SSE42;
        if (c & bit_POPCNT) f |= SNAP_CPU_POPCNT;
        if (c & bit_AVX) f |= SNAP_CPU_AVX;
    }
    if (__get_cpuid_count(7, 0, &a, &b, &c, &d)) {
        if (b & bit_AVX2) f |= SNAP_CPU_AVX2;
        if (b & bit_BMI) f |= SNAP_CPU_BMI1;
        if (b & bit_BMI2) f |= SNAP_CPU_BMI2;
    }
    if (__get_cpuid(0x80000001, &a, &b, &c, &d) && (c & bit_LZCNT)) f |= SNAP_CPU_LZCNT;
    return f;
}

const char *snap_kind_name(uint32_t kind) {
    switch (kind) {
    case RT_FN_STATIC: return "static handle(String)";
    case RT_FN_INSTANCE: return "Function<String,String> instance";
    case RT_FN_MAIN: return "main class";
    default: return "unknown";
    }
}

const char *snap_region_name(uint32_t kind) {
    static const char *const names[SNAP_R_COUNT] = {
#define SNAP_REGION(id, name, what) name,
#include "snap_regions.def"
#undef SNAP_REGION
    };
    return kind < SNAP_R_COUNT ? names[kind] : "unknown";
}

uint32_t snap_crc32(uint32_t crc, const void *p, size_t n) {
    const uint8_t *b = p;
    while (n) { /* zlib takes uInt lengths */
        uInt k = n > (1u << 30) ? (1u << 30) : (uInt)n;
        crc = (uint32_t)crc32(crc, b, k);
        b += k;
        n -= k;
    }
    return crc;
}
