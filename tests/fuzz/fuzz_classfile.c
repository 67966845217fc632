/* fuzz_classfile — libFuzzer target for the loader's parsers of untrusted input: the class-file parser, the
 * structural bytecode check and the zip reader (inputs starting with "PK"), plus the manifest parser on
 * every zip entry named META-INF/MANIFEST.MF.
 *
 * VM space is set up on the first input and released and set up again once metaspace use passes
 * RESET_META_BYTES, so the bump allocator never runs out however many inputs run. The only process state is
 * VM space itself (which the target owns) — nothing else persists between inputs. */
#include "../../loader/ld_internal.h"

#include <stdlib.h>
#include <sys/mman.h>

/* rt_vmspace_init sets up the heap through gc_init; the parser never allocates Java objects, so the GC is
 * left out of this binary. */
void gc_init(void) {}

#define RESET_META_BYTES ((size_t)64 << 20)

static void vm_ready(void) {
    static const VmOptions opt = {.xss = 1 << 20, .xmx = 64 << 20, .xms = 8 << 20};
    /* Whether VM space is mapped is asked of the kernel (mincore fails with ENOMEM on unmapped pages), so the
     * target keeps no state of its own. */
    unsigned char vec;
    bool mapped = mincore((void *)RT_VM_BASE, 4096, &vec) == 0;
    if (mapped && (size_t)(VM->meta_top - VM->meta_base) < RESET_META_BYTES) return;
    if (mapped) rt_vmspace_release();
    rt_vmspace_init(&opt);
}

static void fuzz_zip(const uint8_t *data, size_t size) {
    char err[256];
    LdZip *z = ld_zip_open_mem(data, size, err, sizeof err);
    if (!z) return;
    uint32_t n = ld_zip_count(z);
    for (uint32_t i = 0; i < n && i < 4096; i++) {
        char name[1024];
        ld_zip_name(z, i, name, sizeof name);
        size_t len;
        uint8_t *b = ld_zip_read(z, name, &len, err, sizeof err);
        if (!b) continue;
        if (!strcmp(name, "META-INF/MANIFEST.MF")) free(ld_manifest_main_class(b, len));
        LdError lerr;
        if (len >= 4 && ld_be32(b) == 0xCAFEBABEu) ld_parse_class(b, len, NULL, 1, &lerr);
        free(b);
    }
    ld_zip_close(z);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    vm_ready();
    if (size >= 2 && data[0] == 'P' && data[1] == 'K') {
        fuzz_zip(data, size);
        return 0;
    }
    LdError err;
    Class *c = ld_parse_class(data, size, NULL, 1, &err);
    if (!c) {
        if (!memchr(err.msg, 0, sizeof err.msg)) abort(); /* the message must be terminated */
        return 0;
    }
    for (int i = 0; i < c->n_methods; i++)
        if (c->methods[i].code) ld_check_code(c, &c->methods[i], &err);
    return 0;
}
