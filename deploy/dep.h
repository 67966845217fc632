/* dep.h — the command-line front end (ember run, and later snapshot/invoke/serve). */
#ifndef EMBER_DEP_H
#define EMBER_DEP_H

#include "../runtime/rt.h"

int dep_run(int argc, char **argv);
int dep_usage(FILE *to, int status);
bool dep_parse_size(const char *s, uint64_t *out);

#define EMBER_VERSION "0.1.0"

#endif
