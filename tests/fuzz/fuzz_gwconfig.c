/* fuzz_gwconfig — libFuzzer target for `ember serve --config FILE`'s parser (deploy/dep_gw_config.c), the one
 * parser of the gateway that is ours (HTTP parsing is libmicrohttpd's). The parser is a pure function of the
 * text, so only dep_gw_config.c is linked.
 *
 * Besides the sanitizers' findings, the target checks what the gateway relies on after a successful parse:
 * every function has a valid route name, a non-empty NUL-terminated snapshot path, names are unique, the
 * numeric settings are inside their documented ranges; after a failed parse, the message is non-empty and
 * starts with "NAME:LINE: ". */
#define _GNU_SOURCE
#include "../../deploy/dep_gw.h"

#include <stdlib.h>
#include <string.h>

static void check(bool ok) {
    if (!ok) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    DepFnConfig d;
    memset(&d, 0, sizeof d);
    d.isolation = DEP_ISO_FORK;
    d.timeout_ms = 10000;
    d.max_instances = 8;
    d.max_queue = 64;
    d.max_request = 6u << 20;
    d.cpu_seconds = 10;
    d.memory_bytes = 512ull << 20;
    d.reuse_max_requests = 1000;
    GwConfig c;
    char err[1024];
    memset(err, 0, sizeof err);
    /* a base directory near the path limit, so that joining paths overflows often */
    static const char base[] = "/srv/functions/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    int rc = gw_config_parse((const char *)data, size, "fuzz.conf", size % 2 ? base : NULL, &d, &c, err, sizeof err);
    if (rc != 0) {
        check(strncmp(err, "fuzz.conf:", 10) == 0);
        check(memchr(err, 0, sizeof err) != NULL);
        check(c.n == 0 && c.fns == NULL);
        return 0;
    }
    for (size_t i = 0; i < c.n; i++) {
        const DepFnConfig *f = &c.fns[i];
        check(memchr(f->name, 0, sizeof f->name) && gw_name_ok(f->name));
        check(memchr(f->snapshot, 0, sizeof f->snapshot) && f->snapshot[0]);
        check(memchr(f->grant_dir, 0, sizeof f->grant_dir) != NULL);
        check(f->isolation == DEP_ISO_FORK || f->isolation == DEP_ISO_REUSE);
        check(f->timeout_ms >= 1 && f->timeout_ms <= 3600000);
        check(f->max_instances >= 1 && f->max_instances <= 4096);
        check(f->max_queue <= 1000000 && f->max_request <= (1ull << 30));
        check(f->cpu_seconds >= 1 && f->reuse_max_requests >= 1);
        for (size_t j = 0; j < i; j++) check(strcmp(c.fns[j].name, f->name) != 0);
    }
    gw_config_free(&c);
    return 0;
}
