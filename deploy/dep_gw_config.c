/* dep_gw_config.c — `ember serve --config FILE`: the configuration file and the per-function option table that
 * the command line shares.
 *
 * Format (INI-like, parsed strictly; every error names FILE:LINE):
 *
 *     # comment (a line whose first non-blank character is '#' or ';'; there are no trailing comments,
 *     # so values may contain those characters)
 *     [defaults]                 optional, at most once, before any function: values for every function
 *     timeout_ms = 5000
 *
 *     [function hello]           one section per function; the name is the route: POST /function/hello
 *     snapshot = hello.ember     required; relative paths are relative to the config file's directory
 *     isolation = reuse          fork (default) | reuse
 *     timeout_ms = 2000          1..3600000 (default 10000): killed after it, answer 504
 *     max_instances = 4          1..4096 (default 32): invocations running at once
 *     max_queue = 16             0..1000000 (default 64): invocations waiting; more are answered 503
 *     max_request = 1M           0..1G bytes, K/M/G suffixes (default 6M): larger bodies are answered 413
 *     cpu_seconds = 5            1..86400 (default 10): RLIMIT_CPU of an invocation
 *     memory_mb = 256            1..1048576 (default 512): memory an instance may commit beyond the snapshot
 *     grant_dir = /srv/data      a directory the handler may open files under (default: none)
 *     reuse_max_requests = 1000  1..1000000000 (reuse isolation): requests before an instance is replaced
 *
 * Blank lines are ignored; whitespace around keys, values and section names is trimmed; a key may appear
 * once per section and a function once per file; unknown sections and keys, NUL bytes, lines longer than
 * 4095 bytes and values out of range are errors. The same keys are the command line's per-function
 * defaults (--timeout-ms N is timeout_ms = N, and so on).
 *
 * The parser is a pure function of its input text (the fuzz target tests/fuzz/fuzz_gwconfig.c calls it),
 * so it never touches the file system: relative paths are joined textually. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dep_gw.h"

#define GW_MAX_LINE 4096
#define GW_MAX_CONFIG_BYTES (16u << 20)

bool gw_name_ok(const char *name) {
    size_t n = strlen(name);
    if (n == 0 || n > 127 || strcmp(name, ".") == 0 || strcmp(name, "..") == 0) return false;
    for (size_t i = 0; i < n; i++) {
        char ch = name[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' ||
              ch == '_' || ch == '-'))
            return false;
    }
    return true;
}

/* Decimal without sign, with an optional K/M/G (powers of 1024) suffix when `sizes`. */
static bool parse_u64(const char *s, bool sizes, uint64_t lo, uint64_t hi, uint64_t *out) {
    if (*s < '0' || *s > '9') return false;
    uint64_t v = 0;
    while (*s >= '0' && *s <= '9') {
        if (v > (UINT64_MAX - 9) / 10) return false;
        v = v * 10 + (uint64_t)(*s++ - '0');
    }
    if (sizes && *s) {
        unsigned shift = 0;
        switch (*s) {
        case 'k': case 'K': shift = 10; break;
        case 'm': case 'M': shift = 20; break;
        case 'g': case 'G': shift = 30; break;
        default: return false;
        }
        s++;
        if (v > (UINT64_MAX >> shift)) return false;
        v <<= shift;
    }
    if (*s || v < lo || v > hi) return false;
    *out = v;
    return true;
}

static int set_path(char *dst, size_t cap, const char *value, const char *base_dir, const char *key, char *err,
                    size_t errlen) {
    if (!*value) {
        snprintf(err, errlen, "%s: empty path", key);
        return -1;
    }
    int n;
    if (value[0] == '/' || !base_dir || !*base_dir) n = snprintf(dst, cap, "%s", value);
    else n = snprintf(dst, cap, "%s/%s", base_dir, value);
    if (n < 0 || (size_t)n >= cap) {
        snprintf(err, errlen, "%s: path longer than %zu bytes", key, cap - 1);
        return -1;
    }
    return 0;
}

int gw_config_set(DepFnConfig *c, const char *key, const char *value, const char *base_dir, char *err,
                  size_t errlen) {
    static const struct { const char *key; uint64_t lo, hi; bool sizes; } nums[] = {
        {"timeout_ms", 1, 3600000, false},       {"max_instances", 1, 4096, false},
        {"max_queue", 0, 1000000, false},         {"max_request", 0, 1ull << 30, true},
        {"cpu_seconds", 1, 86400, false},         {"memory_mb", 1, 1048576, false},
        {"reuse_max_requests", 1, 1000000000, false},
    };
    if (strcmp(key, "snapshot") == 0) return set_path(c->snapshot, sizeof c->snapshot, value, base_dir, key, err, errlen);
    if (strcmp(key, "grant_dir") == 0) return set_path(c->grant_dir, sizeof c->grant_dir, value, base_dir, key, err, errlen);
    if (strcmp(key, "isolation") == 0) {
        if (strcmp(value, "fork") == 0) c->isolation = DEP_ISO_FORK;
        else if (strcmp(value, "reuse") == 0) c->isolation = DEP_ISO_REUSE;
        else {
            snprintf(err, errlen, "isolation: '%.64s' is not fork or reuse", value);
            return -1;
        }
        return 0;
    }
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
        if (strcmp(key, nums[i].key) != 0) continue;
        uint64_t v;
        if (!parse_u64(value, nums[i].sizes, nums[i].lo, nums[i].hi, &v)) {
            snprintf(err, errlen, "%s: '%.64s' is not a number in %llu..%llu%s", key, value,
                     (unsigned long long)nums[i].lo, (unsigned long long)nums[i].hi,
                     nums[i].sizes ? " (K/M/G suffixes allowed)" : "");
            return -1;
        }
        switch (i) {
        case 0: c->timeout_ms = (uint32_t)v; break;
        case 1: c->max_instances = (uint32_t)v; break;
        case 2: c->max_queue = (uint32_t)v; break;
        case 3: c->max_request = v; break;
        case 4: c->cpu_seconds = (uint32_t)v; break;
        case 5: c->memory_bytes = v << 20; break;
        default: c->reuse_max_requests = (uint32_t)v; break;
        }
        return 0;
    }
    snprintf(err, errlen, "unknown key '%.64s'", key);
    return -1;
}

static char *trim(char *s, char *end) {
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) end--;
    *end = 0;
    return s;
}

/* Bit per key of the table in gw_config_set, for "set twice" errors. */
static int key_bit(const char *key) {
    static const char *const keys[] = {"snapshot", "isolation", "timeout_ms", "max_instances", "max_queue",
                                       "max_request", "cpu_seconds", "memory_mb", "grant_dir",
                                       "reuse_max_requests"};
    for (int i = 0; i < (int)(sizeof keys / sizeof keys[0]); i++)
        if (strcmp(keys[i], key) == 0) return i;
    return -1;
}

int gw_config_parse(const char *text, size_t len, const char *name, const char *base_dir,
                    const DepFnConfig *defaults, GwConfig *out, char *err, size_t errlen) {
    out->fns = NULL;
    out->n = 0;
    DepFnConfig dflt = *defaults;
    size_t cap = 0;
    enum { NONE, DEFAULTS, FUNCTION } sect = NONE;
    bool seen_defaults = false, seen_function = false;
    unsigned keys_seen = 0;
    char line[GW_MAX_LINE + 1], why[512];
    unsigned lineno = 0;
    size_t pos = 0;
    while (pos < len) {
        lineno++;
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t ll = nl ? (size_t)(nl - (text + pos)) : len - pos;
        if (ll > GW_MAX_LINE - 1) {
            snprintf(why, sizeof why, "line longer than %d bytes", GW_MAX_LINE - 1);
            goto fail;
        }
        if (memchr(text + pos, 0, ll)) {
            snprintf(why, sizeof why, "NUL byte");
            goto fail;
        }
        memcpy(line, text + pos, ll);
        pos += ll + (nl ? 1 : 0);
        char *s = trim(line, line + ll);
        if (!*s || *s == '#' || *s == ';') continue;
        if (*s == '[') {
            size_t sl = strlen(s);
            if (s[sl - 1] != ']') {
                snprintf(why, sizeof why, "section header without ']'");
                goto fail;
            }
            char *inner = trim(s + 1, s + sl - 1);
            keys_seen = 0;
            if (strcmp(inner, "defaults") == 0) {
                if (seen_defaults || seen_function) {
                    snprintf(why, sizeof why, seen_defaults ? "[defaults] appears twice"
                                                            : "[defaults] must come before every [function]");
                    goto fail;
                }
                seen_defaults = true;
                sect = DEFAULTS;
                continue;
            }
            if (strncmp(inner, "function", 8) != 0 || (inner[8] != ' ' && inner[8] != '\t')) {
                snprintf(why, sizeof why, "unknown section '[%.64s]' (expected [defaults] or [function NAME])", inner);
                goto fail;
            }
            char *fname = trim(inner + 9, inner + strlen(inner));
            if (!gw_name_ok(fname)) {
                snprintf(why, sizeof why, "bad function name '%.64s' (1-127 of A-Z a-z 0-9 . _ -)", fname);
                goto fail;
            }
            for (size_t i = 0; i < out->n; i++)
                if (strcmp(out->fns[i].name, fname) == 0) {
                    snprintf(why, sizeof why, "function '%s' defined twice", fname);
                    goto fail;
                }
            if (out->n > 0 && !out->fns[out->n - 1].snapshot[0]) {
                snprintf(why, sizeof why, "function '%s' has no snapshot", out->fns[out->n - 1].name);
                goto fail;
            }
            if (out->n == cap) {
                size_t nc = cap ? cap * 2 : 8;
                DepFnConfig *nf = realloc(out->fns, nc * sizeof *nf);
                if (!nf) {
                    snprintf(why, sizeof why, "out of memory");
                    goto fail;
                }
                out->fns = nf;
                cap = nc;
            }
            DepFnConfig *fc = &out->fns[out->n++];
            *fc = dflt;
            memset(fc->name, 0, sizeof fc->name);
            memcpy(fc->name, fname, strlen(fname));
            memset(fc->snapshot, 0, sizeof fc->snapshot);
            seen_function = true;
            sect = FUNCTION;
            continue;
        }
        char *eq = strchr(s, '=');
        if (!eq) {
            snprintf(why, sizeof why, "expected 'key = value', '[section]' or a comment");
            goto fail;
        }
        char *key = trim(s, eq), *value = trim(eq + 1, eq + 1 + strlen(eq + 1));
        if (sect == NONE) {
            snprintf(why, sizeof why, "'%.64s' outside a section", key);
            goto fail;
        }
        int bit = key_bit(key);
        if (bit < 0) {
            snprintf(why, sizeof why, "unknown key '%.64s'", key);
            goto fail;
        }
        if (sect == DEFAULTS && bit == 0) {
            snprintf(why, sizeof why, "snapshot belongs in a [function] section");
            goto fail;
        }
        if (keys_seen & (1u << bit)) {
            snprintf(why, sizeof why, "'%s' set twice in this section", key);
            goto fail;
        }
        keys_seen |= 1u << bit;
        DepFnConfig *target = sect == DEFAULTS ? &dflt : &out->fns[out->n - 1];
        /* set into a copy so that a failed value leaves a zeroed, comparable struct behind */
        DepFnConfig tmp = *target;
        if (gw_config_set(&tmp, key, value, base_dir, why, sizeof why) != 0) goto fail;
        *target = tmp;
    }
    if (out->n > 0 && !out->fns[out->n - 1].snapshot[0]) {
        lineno++;
        snprintf(why, sizeof why, "function '%s' has no snapshot", out->fns[out->n - 1].name);
        goto fail;
    }
    return 0;
fail:
    snprintf(err, errlen, "%s:%u: %s", name, lineno, why);
    gw_config_free(out);
    return -1;
}

int gw_config_load(const char *path, const DepFnConfig *defaults, GwConfig *out, char *err, size_t errlen) {
    out->fns = NULL;
    out->n = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > GW_MAX_CONFIG_BYTES) {
        snprintf(err, errlen, "%s: not a regular file of at most %u bytes", path, GW_MAX_CONFIG_BYTES);
        close(fd);
        return -1;
    }
    size_t len = (size_t)st.st_size, got = 0;
    char *buf = malloc(len + 1);
    if (!buf) {
        close(fd);
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    while (got < len) {
        ssize_t k = read(fd, buf + got, len - got);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) break;
        got += (size_t)k;
    }
    close(fd);
    /* the directory relative snapshot paths are taken from */
    char dir[1024];
    const char *slash = strrchr(path, '/');
    if (!slash) snprintf(dir, sizeof dir, ".");
    else if (slash == path) snprintf(dir, sizeof dir, "/");
    else snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    int rc = gw_config_parse(buf, got, path, dir, defaults, out, err, errlen);
    free(buf);
    return rc;
}

void gw_config_free(GwConfig *c) {
    free(c->fns);
    c->fns = NULL;
    c->n = 0;
}
