/* dep_gw_main.c — build/ember-gateway, the process `ember serve` execs (deploy/dep_serve.c).
 *
 *   ember serve [--port N] [--bind ADDR] [--config FILE] [--isolation=fork|reuse] [--timeout-ms N]
 *               [--max-instances N] [--max-queue N] [--max-request-bytes N] [--cpu-seconds N]
 *               [--memory-mb N] [--grant-dir DIR] [--reuse-max-requests N] [--access-log FILE]
 *               [--http-threads N] [--idle-timeout-s N] [--drain-timeout-ms N] [--admin-any]
 *               [name=path.ember ...]
 *
 * Per-function settings: dep_fn_config_defaults, overridden by the command-line options (which apply to the
 * name=path functions and are the defaults of the config file's functions), overridden by the config file's
 * [defaults] section, overridden by its [function NAME] sections.
 *
 * Signals are never handled asynchronously: they are blocked in every thread (the mask is set before any
 * thread exists and threads inherit it) and this thread takes them with sigwait, so reloading and draining
 * run as ordinary code. SIGHUP: the config file is read again and applied (dep_gw_routes.c: added functions
 * start, removed ones drain, changed ones are swapped; a bad file or a snapshot that does not start is
 * logged and the running configuration kept), and --access-log is reopened. SIGTERM/SIGINT: the listening
 * socket is closed, requests in flight finish (up to --drain-timeout-ms), connections are closed, the
 * functions' processes are stopped, exit 0. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "dep_gw.h"

static int usage(int status) {
    fputs("Usage: ember serve [options] [name=path.ember ...]\n"
          "  --port N                 TCP port (default 8080; 0 picks a free one, printed on stderr)\n"
          "  --bind ADDR              address to listen on (default 0.0.0.0)\n"
          "  --config FILE            functions and their settings (format in the README; SIGHUP re-reads it)\n"
          "  --access-log FILE        access log (default stderr; SIGHUP reopens it)\n"
          "  --http-threads N         HTTP polling threads (default: one per core)\n"
          "  --idle-timeout-s N       close connections idle for N seconds (default 30)\n"
          "  --drain-timeout-ms N     on SIGTERM, wait at most N ms for requests in flight (default 30000)\n"
          "  --admin-any              accept PUT /admin/functions/<name> from any address, not only loopback\n"
          "Per-function defaults:\n"
          "  --isolation=fork|reuse   --timeout-ms N   --max-instances N   --max-queue N\n"
          "  --max-request-bytes N    --cpu-seconds N  --memory-mb N       --grant-dir DIR\n"
          "  --reuse-max-requests N\n",
          status ? stderr : stdout);
    return status;
}

/* --timeout-ms -> timeout_ms (the config file's key); NULL when not a per-function option. */
static const char *fn_option_key(const char *opt) {
    static const char *const map[][2] = {
        {"--isolation", "isolation"},     {"--timeout-ms", "timeout_ms"},
        {"--max-instances", "max_instances"}, {"--max-queue", "max_queue"},
        {"--max-request-bytes", "max_request"}, {"--max-request", "max_request"},
        {"--cpu-seconds", "cpu_seconds"}, {"--memory-mb", "memory_mb"},
        {"--grant-dir", "grant_dir"},     {"--reuse-max-requests", "reuse_max_requests"},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(map[i][0], opt) == 0) return map[i][1];
    return NULL;
}

static bool parse_uint(const char *s, unsigned lo, unsigned hi, unsigned *out) {
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || end == s || *end || *s == '-' || v < lo || v > hi) return false;
    *out = (unsigned)v;
    return true;
}

/* The ember binary the functions run in (`ember __zygote`, `ember __instance`): $EMBER_BIN, else the ember
 * next to this executable. Published as EMBER_BIN for the isolation engine. */
static void find_ember(void) {
    if (getenv("EMBER_BIN") && *getenv("EMBER_BIN")) return;
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 16);
    if (n <= 0) return;
    self[n] = 0;
    char *slash = strrchr(self, '/');
    if (!slash) return;
    strcpy(slash + 1, "ember");
    setenv("EMBER_BIN", self, 1);
}

static void reload(Gw *g, const char *config, const DepFnConfig *dflt) {
    gw_log_reopen(&g->log);
    if (!config) {
        gw_errorf("SIGHUP: no --config file to reload (access log reopened)");
        return;
    }
    GwConfig c;
    char err[1024];
    if (gw_config_load(config, dflt, &c, err, sizeof err) != 0) {
        gw_errorf("SIGHUP: %s; keeping the running configuration", err);
        return;
    }
    int added, changed, removed;
    if (gw_routes_reload(&g->routes, &c, err, sizeof err, &added, &changed, &removed) != 0)
        gw_errorf("SIGHUP: %s; keeping the running configuration", err);
    else
        gw_errorf("SIGHUP: reloaded %s: %d added, %d changed, %d removed", config, added, changed, removed);
    gw_config_free(&c);
}

static uint64_t mono_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

int main(int argc, char **argv) {
    DepFnConfig dflt;
    memset(&dflt, 0, sizeof dflt);
    dep_fn_config_defaults(&dflt);
    const char *bind_addr = "0.0.0.0", *config = NULL, *access_log = NULL;
    unsigned port = 8080, http_threads = 0, idle_s = 30, drain_ms = 30000;
    bool admin_any = false;
    char err[1024];
    GwConfig cli = {NULL, 0};
    size_t cli_cap = 0;
    for (int i = 1; i < argc; i++) {
        char *a = argv[i], opt[64], *val = NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) return usage(0);
        if (strcmp(a, "--admin-any") == 0) {
            admin_any = true;
            continue;
        }
        if (strncmp(a, "--", 2) == 0) {
            char *eq = strchr(a, '=');
            size_t ol = eq ? (size_t)(eq - a) : strlen(a);
            if (ol >= sizeof opt) goto bad_opt;
            memcpy(opt, a, ol);
            opt[ol] = 0;
            if (eq) val = eq + 1;
            else if (i + 1 < argc) val = argv[++i];
            else {
                fprintf(stderr, "ember serve: %s needs a value\n", opt);
                return usage(2);
            }
            const char *key = fn_option_key(opt);
            if (key) {
                char why[512];
                if (gw_config_set(&dflt, key, val, NULL, why, sizeof why) != 0) {
                    fprintf(stderr, "ember serve: %s: %s\n", opt, why);
                    return 2;
                }
            } else if (strcmp(opt, "--port") == 0) {
                if (!parse_uint(val, 0, 65535, &port)) goto bad_val;
            } else if (strcmp(opt, "--bind") == 0) bind_addr = val;
            else if (strcmp(opt, "--config") == 0) config = val;
            else if (strcmp(opt, "--access-log") == 0) access_log = val;
            else if (strcmp(opt, "--http-threads") == 0) {
                if (!parse_uint(val, 1, 256, &http_threads)) goto bad_val;
            } else if (strcmp(opt, "--idle-timeout-s") == 0) {
                if (!parse_uint(val, 1, 86400, &idle_s)) goto bad_val;
            } else if (strcmp(opt, "--drain-timeout-ms") == 0) {
                if (!parse_uint(val, 0, 3600000, &drain_ms)) goto bad_val;
            } else goto bad_opt;
            continue;
        bad_val:
            fprintf(stderr, "ember serve: %s: bad value '%s'\n", opt, val);
            return 2;
        bad_opt:
            fprintf(stderr, "ember serve: unknown option '%s'\n", a);
            return usage(2);
        }
        /* name=path.ember */
        char *eq = strchr(a, '=');
        if (!eq) {
            fprintf(stderr, "ember serve: '%s' is not name=path.ember\n", a);
            return usage(2);
        }
        *eq = 0;
        if (!gw_name_ok(a)) {
            fprintf(stderr, "ember serve: bad function name '%s' (1-127 of A-Z a-z 0-9 . _ -)\n", a);
            return 2;
        }
        if (cli.n == cli_cap) {
            cli_cap = cli_cap ? cli_cap * 2 : 8;
            cli.fns = realloc(cli.fns, cli_cap * sizeof *cli.fns);
            if (!cli.fns) return 1;
        }
        /* the options may come after the functions: they are applied below, once all are read */
        DepFnConfig *fc = &cli.fns[cli.n++];
        memset(fc, 0, sizeof *fc);
        snprintf(fc->name, sizeof fc->name, "%s", a);
        if (snprintf(fc->snapshot, sizeof fc->snapshot, "%s", eq + 1) >= (int)sizeof fc->snapshot || !eq[1]) {
            fprintf(stderr, "ember serve: %s: bad snapshot path\n", a);
            return 2;
        }
    }
    for (size_t i = 0; i < cli.n; i++) {
        DepFnConfig c = dflt;
        memcpy(c.name, cli.fns[i].name, sizeof c.name);
        memcpy(c.snapshot, cli.fns[i].snapshot, sizeof c.snapshot);
        cli.fns[i] = c;
    }
    if (cli.n == 0 && !config) {
        fprintf(stderr, "ember serve: no functions: give name=path.ember arguments or --config FILE\n");
        return usage(2);
    }
    if (http_threads == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        http_threads = cpus < 1 ? 1 : cpus > 8 ? 8 : (unsigned)cpus;
    }
    GwConfig file = {NULL, 0};
    if (config && gw_config_load(config, &dflt, &file, err, sizeof err) != 0) {
        fprintf(stderr, "ember serve: %s\n", err);
        return 2;
    }
    find_ember();
    /* connections and socket pairs to instances need descriptors: take the hard limit */
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    /* before any thread exists (see the comment at the top) */
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGHUP);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN); /* a peer that went away is an error return, never a signal */

    Gw *g = calloc(1, sizeof *g);
    if (!g) return 1;
    gw_routes_init(&g->routes);
    gw_pool_init(&g->pool, 1024);
    atomic_init(&g->inflight, 0);
    atomic_init(&g->draining, false);
    g->admin_any = admin_any;
    g->http_threads = http_threads;
    g->idle_timeout_s = idle_s;
    g->admin_max_request = 4096;
    if (gw_log_open(&g->log, access_log, err, sizeof err) != 0) {
        fprintf(stderr, "ember serve: %s\n", err);
        return 2;
    }
    if (gw_routes_add(&g->routes, &cli, GW_ORIGIN_CLI, err, sizeof err) != 0 ||
        gw_routes_add(&g->routes, &file, GW_ORIGIN_CONFIG, err, sizeof err) != 0) {
        fprintf(stderr, "ember serve: %s\n", err);
        gw_routes_clear(&g->routes);
        return 2;
    }
    size_t nfn = cli.n + file.n;
    gw_config_free(&cli);
    gw_config_free(&file);
    unsigned bound;
    if (gw_http_start(g, bind_addr, port, &bound, err, sizeof err) != 0) {
        fprintf(stderr, "ember serve: %s\n", err);
        gw_routes_clear(&g->routes);
        return 2;
    }
    gw_errorf("listening on %s:%u (%zu functions, %u HTTP threads)", bind_addr, bound, nfn, http_threads);

    for (;;) {
        int sig;
        if (sigwait(&sigs, &sig) != 0) continue;
        if (sig == SIGHUP) {
            reload(g, config, &dflt);
            continue;
        }
        break;
    }
    /* drain: no new connections; requests in flight finish; kept-alive connections are told to close */
    gw_errorf("stopping: draining %u requests in flight", atomic_load(&g->inflight));
    atomic_store(&g->draining, true);
    gw_http_quiesce(g);
    uint64_t deadline = mono_ms() + drain_ms;
    while (atomic_load(&g->inflight) > 0 && mono_ms() < deadline) usleep(2000);
    if (atomic_load(&g->inflight) > 0) {
        /* stopping MHD now would free connections that workers are about to resume: leave at once instead
         * (the functions' processes are tied to this one and go with it) */
        gw_errorf("stopped with %u requests still in flight after %u ms", atomic_load(&g->inflight), drain_ms);
        _exit(0);
    }
    gw_http_stop(g);
    gw_pool_stop(&g->pool);
    gw_routes_clear(&g->routes); /* the last references: the functions' processes stop */
    gw_errorf("stopped");
    free(g);
    return 0;
}
