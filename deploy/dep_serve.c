/* ember serve: execs build/ember-gateway (deploy/dep_gw_*.c), found next to this binary, with the same
 * arguments. The gateway runs the functions with this binary (`ember __zygote`, `ember __instance`), which
 * it is told through EMBER_BIN unless that is set already.
 *
 * Why a separate executable: the HTTP library (libmicrohttpd) pulls in gnutls and its dependencies. Linked
 * into ember, the dynamic loader would map and relocate them in every process — every `ember invoke` and
 * every restored instance, whose start-up is the product. Measured on the 2-core CI machine (an empty main
 * linked with ember's libraries, with and without -lmicrohttpd, 2000 posix_spawn+wait each, three runs):
 * 0.38-0.44 ms against 1.47-1.50 ms per process — 16 shared objects instead of 6 add about 1.1 ms, more
 * than a whole restore (`ember invoke` of a hello snapshot: about 1 ms). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dep.h"

int dep_serve(int argc, char **argv) {
    char self[PATH_MAX], gw[PATH_MAX + 32];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        fprintf(stderr, "ember serve: cannot find this executable: %s\n", strerror(errno));
        return 2;
    }
    self[n] = 0;
    char *slash = strrchr(self, '/');
    snprintf(gw, sizeof gw, "%.*s/ember-gateway", slash ? (int)(slash - self) : 1, slash ? self : ".");
    if (!getenv("EMBER_BIN") || !*getenv("EMBER_BIN")) setenv("EMBER_BIN", self, 1);
    char **args = calloc((size_t)argc + 2, sizeof *args);
    if (!args) return 2;
    args[0] = gw;
    for (int i = 0; i < argc; i++) args[i + 1] = argv[i];
    execv(gw, args);
    fprintf(stderr, "ember serve: cannot run %s: %s (it is built with ember: make)\n", gw, strerror(errno));
    free(args);
    return 2;
}
