/* The reports of `ember bench`: a terminal table, JSON, and a self-contained HTML page whose charts are
 * inline SVG (no script, no stylesheet or font from the network): the wall-time distribution of every mode on
 * a logarithmic axis, and the latency of calls 1..100 after a restore against a cold boot. */
#include <math.h>
#include <string.h>

#include "dep_bench.h"

void bench_print_table(const BenchResult *r, FILE *out) {
    fprintf(out, "ember bench %s (handler %s, %u fresh processes per mode, snapshot %.2f MiB)\n", r->snapshot,
            r->handler, r->runs, (double)r->snapshot_bytes / 1048576.0);
    fprintf(out, "%-36s %9s %9s %9s %9s %9s %9s\n", "mode (wall ms)", "p50", "p90", "p99", "max", "RSS MiB",
            "PSS MiB");
    for (int m = 0; m < r->n_modes; m++) {
        const BenchMode *b = &r->modes[m];
        if (!b->available) {
            fprintf(out, "%-36s %s\n", b->title, b->why);
            continue;
        }
        char pss[32] = "-";
        if (b->pss_mib >= 0) snprintf(pss, sizeof pss, "%.2f", b->pss_mib);
        char rss[32] = "-";
        if (b->rss_mib >= 0) snprintf(rss, sizeof rss, "%.2f", b->rss_mib);
        fprintf(out, "%-36s %9.3f %9.3f %9.3f %9.3f %9s %9s\n", b->title, b->p50, b->p90, b->p99, b->max, rss, pss);
    }
    const BenchMode *base = &r->modes[0];
    for (int m = 1; m < r->n_modes; m++)
        if (r->modes[m].available && base->p50 > 0)
            fprintf(out, "  %s / restore (p50): %.1fx\n", r->modes[m].id, r->modes[m].p50 / base->p50);
    for (int c = 0; c < r->n_curves; c++) {
        const BenchCurve *cv = &r->curves[c];
        double sum = 0;
        for (uint32_t i = 1; i < cv->n; i++) sum += cv->us[i];
        fprintf(out, "calls in one process, %-22s call 1 %.1f us, 2 %.1f us, 10 %.1f us, mean of 2..%u %.1f us\n",
                cv->title, cv->us[0], cv->n > 1 ? cv->us[1] : 0, cv->n > 9 ? cv->us[9] : 0, cv->n,
                cv->n > 1 ? sum / (cv->n - 1) : 0);
    }
}

static void json_str(FILE *f, const char *s) {
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') fprintf(f, "\\%c", *s);
        else if ((unsigned char)*s < 0x20) fprintf(f, "\\u%04x", *s);
        else fputc(*s, f);
    }
    fputc('"', f);
}

bool bench_write_json(const BenchResult *r, const char *path) {
    FILE *f = fopen(path, "w");
    if (!f) return false;
    fputs("{\n  \"snapshot\": ", f);
    json_str(f, r->snapshot);
    fputs(",\n  \"handler\": ", f);
    json_str(f, r->handler);
    fprintf(f, ",\n  \"runs\": %u,\n  \"snapshot_bytes\": %llu,\n  \"modes\": [", r->runs,
            (unsigned long long)r->snapshot_bytes);
    for (int m = 0; m < r->n_modes; m++) {
        const BenchMode *b = &r->modes[m];
        fprintf(f, "%s\n    {\"id\": \"%s\", \"title\": ", m ? "," : "", b->id);
        json_str(f, b->title);
        if (!b->available) {
            fputs(", \"available\": false, \"why\": ", f);
            json_str(f, b->why);
            fputc('}', f);
            continue;
        }
        fprintf(f, ", \"available\": true, \"p50_ms\": %.4f, \"p90_ms\": %.4f, \"p99_ms\": %.4f, \"max_ms\": %.4f, "
                   "\"rss_mib\": ", b->p50, b->p90, b->p99, b->max);
        if (b->rss_mib >= 0) fprintf(f, "%.3f", b->rss_mib);
        else fputs("null", f);
        fputs(", \"pss_mib\": ", f);
        if (b->pss_mib >= 0) fprintf(f, "%.3f", b->pss_mib);
        else fputs("null", f);
        fputs(", \"wall_ms\": [", f);
        for (uint32_t i = 0; i < b->n; i++) fprintf(f, "%s%.4f", i ? ", " : "", b->wall_ms[i]);
        fputs("]}", f);
    }
    fputs("\n  ],\n  \"curves\": [", f);
    for (int c = 0; c < r->n_curves; c++) {
        fprintf(f, "%s\n    {\"title\": ", c ? "," : "");
        json_str(f, r->curves[c].title);
        fputs(", \"call_us\": [", f);
        for (uint32_t i = 0; i < r->curves[c].n; i++) fprintf(f, "%s%.3f", i ? ", " : "", r->curves[c].us[i]);
        fputs("]}", f);
    }
    fputs("\n  ]\n}\n", f);
    return fclose(f) == 0;
}

/* ---- HTML ------------------------------------------------------------------------------------------------ */
static const char *const palette[] = {"#d9480f", "#1c7ed6", "#2f9e44", "#7048e8", "#e8590c", "#495057", "#0c8599",
                                      "#c2255c"};

typedef struct LogAxis {
    double lo, hi;   /* decades: lo = 10^a, hi = 10^b */
    double x0, w;    /* pixels */
} LogAxis;

static double log_pos(const LogAxis *a, double v) {
    if (v < a->lo) v = a->lo;
    return a->x0 + a->w * (log10(v) - log10(a->lo)) / (log10(a->hi) - log10(a->lo));
}

static LogAxis decades(double min, double max, double x0, double w) {
    LogAxis a = {pow(10, floor(log10(min > 0 ? min : 1e-3))), pow(10, ceil(log10(max > 0 ? max : 1))), x0, w};
    if (a.hi <= a.lo) a.hi = a.lo * 10;
    return a;
}

/* Every run of every mode as a dot on a log axis of milliseconds, p50/p90/p99 as ticks. */
static void svg_distribution(FILE *f, const BenchResult *r) {
    double min = 1e9, max = 0;
    int rows = 0;
    for (int m = 0; m < r->n_modes; m++) {
        const BenchMode *b = &r->modes[m];
        if (!b->available || !b->n) continue;
        rows++;
        if (b->wall_ms[0] < min) min = b->wall_ms[0];
        if (b->max > max) max = b->max;
    }
    int W = 900, left = 270, row_h = 44, H = 50 + rows * row_h;
    LogAxis ax = decades(min, max, left, W - left - 30);
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
               "aria-label=\"wall time per mode\">\n", W, H);
    for (double d = ax.lo; d <= ax.hi * 1.001; d *= 10) {
        for (int s = 1; s < 10 && d * s <= ax.hi * 1.001; s++) {
            double x = log_pos(&ax, d * s);
            fprintf(f, "<line x1=\"%.1f\" y1=\"20\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>\n", x, x, H - 25,
                    s == 1 ? "#adb5bd" : "#f1f3f5");
        }
        fprintf(f, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%g ms</text>\n",
                log_pos(&ax, d), H - 8, d);
    }
    int row = 0;
    for (int m = 0; m < r->n_modes; m++) {
        const BenchMode *b = &r->modes[m];
        if (!b->available || !b->n) continue;
        double y = 40 + row * row_h;
        const char *col = palette[m % 8];
        fprintf(f, "<text x=\"%d\" y=\"%.1f\" font-size=\"13\" text-anchor=\"end\">%s</text>\n", left - 10, y + 4,
                b->title);
        for (uint32_t i = 0; i < b->n; i++)
            fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" fill-opacity=\"0.45\"/>\n",
                    log_pos(&ax, b->wall_ms[i]), y + ((i * 7) % 11) - 5.0, col);
        const double q[3] = {b->p50, b->p90, b->p99};
        const char *qn[3] = {"p50", "p90", "p99"};
        for (int j = 0; j < 3; j++) {
            double x = log_pos(&ax, q[j]);
            fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#212529\" stroke-width=\"%d\"/>"
                       "<title>%s %.3f ms</title>\n", x, y - 12, x, y + 12, j == 0 ? 3 : 1, qn[j], q[j]);
        }
        double lx = log_pos(&ax, b->p50);
        bool right_edge = lx > W - 130; /* keep the label inside the picture */
        fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\">p50 %.3f ms</text>\n",
                right_edge ? lx - 6 : lx + 6, y - 12, right_edge ? "end" : "start", b->p50);
        row++;
    }
    fputs("</svg>\n", f);
}

/* Latency of call i (1..100) in one process: after a restore and after a cold boot, log axis of microseconds. */
static void svg_curves(FILE *f, const BenchResult *r) {
    double min = 1e12, max = 0;
    for (int c = 0; c < r->n_curves; c++)
        for (uint32_t i = 0; i < r->curves[c].n; i++) {
            double v = r->curves[c].us[i] > 0.01 ? r->curves[c].us[i] : 0.01;
            if (v < min) min = v;
            if (v > max) max = v;
        }
    int W = 900, H = 360, left = 70, top = 20, bottom = 50;
    LogAxis ay = decades(min, max, 0, H - top - bottom);
    double xw = W - left - 30;
    fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" "
               "aria-label=\"latency by invocation number\">\n", W, H);
    for (double d = ay.lo; d <= ay.hi * 1.001; d *= 10) {
        double y = H - bottom - log_pos(&ay, d);
        fprintf(f, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#adb5bd\"/>"
                   "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\">%g us</text>\n",
                left, y, W - 30, y, left - 6, y + 4, d);
    }
    for (int i = 1; i <= BENCH_CURVE_LEN; i += (i == 1 ? 9 : 10)) {
        double x = left + xw * (i - 1) / (BENCH_CURVE_LEN - 1);
        fprintf(f, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%d</text>\n", x, H - bottom + 18, i);
    }
    fprintf(f, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">invocation number in one "
               "process</text>\n", left + xw / 2, H - 8);
    for (int c = 0; c < r->n_curves; c++) {
        const BenchCurve *cv = &r->curves[c];
        fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", palette[c]);
        for (uint32_t i = 0; i < cv->n; i++)
            fprintf(f, "%.1f,%.1f ", left + xw * i / (BENCH_CURVE_LEN - 1),
                    H - bottom - log_pos(&ay, cv->us[i] > 0.01 ? cv->us[i] : 0.01));
        fputs("\"/>\n", f);
        fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" "
                   "font-size=\"13\">%s (call 1: %.1f us)</text>\n",
                left + 20, top + 6 + c * 18, palette[c], left + 40, top + 12 + c * 18, cv->title, cv->us[0]);
    }
    fputs("</svg>\n", f);
}

static void html_text(FILE *f, const char *s) {
    for (; *s; s++) {
        if (*s == '<') fputs("&lt;", f);
        else if (*s == '>') fputs("&gt;", f);
        else if (*s == '&') fputs("&amp;", f);
        else fputc(*s, f);
    }
}

bool bench_write_html(const BenchResult *r, const char *path) {
    FILE *f = fopen(path, "w");
    if (!f) return false;
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ember bench</title>\n"
          "<style>body{font-family:sans-serif;margin:2em;color:#212529}table{border-collapse:collapse}"
          "td,th{padding:4px 10px;border-bottom:1px solid #dee2e6;text-align:right}td:first-child,th:first-child"
          "{text-align:left}</style></head><body>\n<h1>ember bench</h1>\n<p>Snapshot <code>", f);
    html_text(f, r->snapshot);
    fputs("</code>, handler <code>", f);
    html_text(f, r->handler);
    fprintf(f, "</code>: %u fresh processes per mode, run interleaved; snapshot %.2f MiB.</p>\n", r->runs,
            (double)r->snapshot_bytes / 1048576.0);
    fputs("<table><tr><th>mode</th><th>p50 ms</th><th>p90 ms</th><th>p99 ms</th><th>max ms</th><th>RSS MiB</th>"
          "<th>PSS MiB</th></tr>\n", f);
    for (int m = 0; m < r->n_modes; m++) {
        const BenchMode *b = &r->modes[m];
        fputs("<tr><td>", f);
        html_text(f, b->title);
        if (!b->available) {
            fputs("</td><td colspan=\"6\">", f);
            html_text(f, b->why);
            fputs("</td></tr>\n", f);
            continue;
        }
        fprintf(f, "</td><td>%.3f</td><td>%.3f</td><td>%.3f</td><td>%.3f</td><td>", b->p50, b->p90, b->p99, b->max);
        if (b->rss_mib >= 0) fprintf(f, "%.2f", b->rss_mib);
        else fputs("&ndash;", f);
        fputs("</td><td>", f);
        if (b->pss_mib >= 0) fprintf(f, "%.2f", b->pss_mib);
        else fputs("&ndash;", f);
        fputs("</td></tr>\n", f);
    }
    fputs("</table>\n<h2>Wall time per mode (each dot one fresh process; ticks p50, p90, p99)</h2>\n", f);
    svg_distribution(f, r);
    fputs("<h2>Latency by invocation number, in one process</h2>\n", f);
    svg_curves(f, r);
    fputs("</body></html>\n", f);
    return fclose(f) == 0;
}
