/* dep_bench.h — internal to deploy/: what `ember bench` measured (dep_bench.c) and its reports
 * (dep_bench_report.c: terminal table, JSON, self-contained HTML with SVG charts). */
#ifndef EMBER_DEP_BENCH_H
#define EMBER_DEP_BENCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define BENCH_MAX_MODES 8
#define BENCH_CURVE_LEN 100

typedef struct BenchMode {
    const char *id;            /* short name: mmap, read, compressed, zygote, cold, java */
    const char *title;         /* what it measures */
    bool available;
    char why[256];             /* when not available */
    uint32_t n;                /* runs done */
    double *wall_ms;           /* n wall times, sorted after the runs */
    double p50, p90, p99, max;
    double rss_mib;            /* median peak RSS of the runs (wait4) */
    double pss_mib;            /* median PSS at the end of an invocation (ember invoke --memory); < 0: n/a */
} BenchMode;

typedef struct BenchCurve {
    const char *title;
    uint32_t n;                /* calls measured */
    double us[BENCH_CURVE_LEN];/* latency of call i+1, microseconds */
} BenchCurve;

typedef struct BenchResult {
    const char *snapshot;
    char handler[512];
    uint32_t runs;
    uint64_t snapshot_bytes;
    BenchMode modes[BENCH_MAX_MODES];
    int n_modes;
    BenchCurve curves[2];      /* after restore, cold boot without warm-up */
    int n_curves;
} BenchResult;

void bench_print_table(const BenchResult *r, FILE *out);
bool bench_write_json(const BenchResult *r, const char *path);
bool bench_write_html(const BenchResult *r, const char *path);

#endif
