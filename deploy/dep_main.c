/* ember — command dispatch. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "dep.h"
#include "dep_fn.h"

int dep_usage(FILE *to, int status) {
    fputs("Usage: ember run [options] -cp <path> <mainclass> [args...]\n"
          "       ember run [options] -jar <jarfile> [args...]\n"
          "       ember snapshot [options] -cp <path> --handler <class> [--warmup-input FILE]...\n"
          "                      [--warmup-iterations N] [--compress] -o <out.ember>\n"
          "       ember snapshot [options] -cp <path> --main <class> [--compress] -o <out.ember>\n"
          "       ember invoke [--timing] [--restore=mmap|read] [--verify-checksums] <file.ember>\n"
          "                    [--input FILE] [-- args...]\n"
          "       ember inspect [--json] <file.ember>\n"
          "       ember verify <file.ember>\n"
          "       ember unpack <compressed.ember> <out.ember>\n"
          "       ember serve [--port N] [--config FILE] [--isolation=fork|reuse] [options] name=f.ember...\n"
          "       ember lambda [--restore=mmap|read] [--verify-checksums] <file.ember>\n"
          "       ember bench <file.ember> [--runs N] [--input FILE] [--compare-java -cp PATH --main CLASS]\n"
          "                   [--json FILE] [--html FILE]\n"
          "       ember --version | --help\n"
          "\n"
          "VM options (run and snapshot):\n"
          "  -cp, -classpath, --class-path <path>\n"
          "                    directories and jar files, separated by ':'\n"
          "  -D<name>=<value>  set a system property\n"
          "  -verbose:class    print a line for each class loaded\n"
          "  -Xint             interpret only: no profiles (also -XX:TieredStopAtLevel=0)\n"
          "  -Xcomp, -Xmixed   compile every method at its first call / the tier policy (default)\n"
          "  -Xbatch           compile in the foreground\n"
          "  -XX:CompileThreshold=<n>, -XX:OnStackReplacePercentage=<n>, -XX:InterpreterProfilePercentage=<n>\n"
          "                    the tier policy's thresholds (defaults 1500, 933, 33)\n"
          "  -XX:+PrintCompilation\n"
          "                    print a line for each compiled method\n"
          "  -XX:+VerifyHeap   check every object and root when the program ends\n"
          "  -XX:ReservedCodeCacheSize=<size>\n"
          "                    code cache size (default 240m)\n"
          "  -XX:+PrintCodeCache\n"
          "                    print the code cache's use at exit\n"
          "  -Xss<size>        Java stack size (default 8m)\n"
          "  -Xmx<size>        maximum heap size (default 1g)\n"
          "  -Xms<size>        initial heap size\n",
          to);
    return status;
}

int main(int argc, char **argv) {
    /* Only the character type: the default charset follows the locale like java's; numbers stay in C form. */
    setlocale(LC_CTYPE, "");
    if (argc < 2) return dep_usage(stderr, 2);
    const char *cmd = argv[1];
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-version") == 0) {
        printf("ember %s (Java 17 class files, interpreter, snapshots)\n", EMBER_VERSION);
        return 0;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0)
        return dep_usage(stdout, 0);
    if (strcmp(cmd, "run") == 0) return dep_run(argc - 2, argv + 2);
    if (strcmp(cmd, "snapshot") == 0) return dep_snapshot(argc - 2, argv + 2);
    if (strcmp(cmd, "invoke") == 0) return dep_invoke(argc - 2, argv + 2);
    if (strcmp(cmd, "inspect") == 0) return dep_inspect(argc - 2, argv + 2);
    if (strcmp(cmd, "verify") == 0) return dep_verify(argc - 2, argv + 2);
    if (strcmp(cmd, "unpack") == 0) return dep_unpack(argc - 2, argv + 2);
    if (strcmp(cmd, "lambda") == 0) return dep_lambda(argc - 2, argv + 2);
    if (strcmp(cmd, "serve") == 0) return dep_serve(argc - 2, argv + 2);
    if (strcmp(cmd, "bench") == 0) return dep_bench(argc - 2, argv + 2);
    /* hidden: the processes `ember serve`'s gateway runs functions in (deploy/dep_instance.c) */
    if (strcmp(cmd, "__zygote") == 0) return dep_zygote_main(argc - 2, argv + 2);
    if (strcmp(cmd, "__instance") == 0) return dep_instance_main(argc - 2, argv + 2);
    fprintf(stderr, "ember: unknown command '%s'\n", cmd);
    return dep_usage(stderr, 2);
}
