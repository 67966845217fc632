/* Wall time of fresh processes: runs each command line of a benchmark in turn (interleaved, so that machine
 * noise hits every command alike), N rounds, and prints per command the median, p90 and minimum wall time in
 * microseconds from posix_spawn to waitpid. stdout of the children goes to /dev/null, stdin from the file
 * given with -i (else /dev/null). A child that exits non-zero makes the whole run fail.
 *
 *   spawn_timer -n N [-i stdin-file] -- cmd1 args... -- cmd2 args... */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    int n = 20;
    const char *in = "/dev/null";
    int i = 1;
    for (; i < argc && strcmp(argv[i], "--"); i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc) n = atoi(argv[++i]);
        else if (!strcmp(argv[i], "-i") && i + 1 < argc) in = argv[++i];
    }
    char **cmds[16];
    int nc = 0;
    while (i < argc && nc < 16) { /* argv[i] == "--" */
        argv[i] = NULL;
        cmds[nc++] = &argv[i + 1];
        for (i++; i < argc && strcmp(argv[i], "--"); i++) {}
    }
    if (nc == 0 || n < 1) {
        fprintf(stderr, "usage: spawn_timer -n N [-i file] -- cmd args... [-- cmd args...]\n");
        return 2;
    }
    double *t = calloc((size_t)nc * (size_t)n, sizeof(double));
    for (int r = 0; r < n; r++)
        for (int c = 0; c < nc; c++) {
            posix_spawn_file_actions_t fa;
            posix_spawn_file_actions_init(&fa);
            posix_spawn_file_actions_addopen(&fa, 0, in, O_RDONLY, 0);
            posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
            pid_t pid;
            double t0 = now_us();
            if (posix_spawnp(&pid, cmds[c][0], &fa, NULL, cmds[c], environ) != 0) {
                perror(cmds[c][0]);
                return 1;
            }
            int st;
            waitpid(pid, &st, 0);
            t[c * n + r] = now_us() - t0;
            posix_spawn_file_actions_destroy(&fa);
            if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
                fprintf(stderr, "spawn_timer: %s failed (status %#x)\n", cmds[c][0], st);
                return 1;
            }
        }
    for (int c = 0; c < nc; c++) {
        double *v = t + c * n;
        qsort(v, (size_t)n, sizeof *v, cmp);
        printf("%.0f %.0f %.0f\n", v[n / 2], v[(n * 9) / 10 < n ? (n * 9) / 10 : n - 1], v[0]);
    }
    return 0;
}
