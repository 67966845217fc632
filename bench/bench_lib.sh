# shellcheck shell=bash disable=SC2034  # the variables it sets are the scripts'
# bench/bench_lib.sh — the shell code the benchmark scripts share: bench/run.sh, bench/jit.sh and bench/gc.sh
# (options, checks, kernels, javac, the private copy of the binary) and the usage text of bench/coldstart.sh
# and bench/gateway.sh. Sourced, never run, after the script has set ROOT:
#   source "$ROOT/bench/bench_lib.sh"
# The functions work on the scripts' variables EMBER, JAVA, RUNS and KERNELS, name the script in their
# messages ("run.sh: ...") and exit 2 on a usage or build error, as the scripts document. set -u safe.

BENCH_NAME=${0##*/}                      # the script's name, the prefix of its messages
BENCH_KERNEL_DIR="$ROOT/bench/kernels"   # the kernels, one class K in K.java each

# bench_usage: prints the script's usage text: its header comment, the lines after #! up to the first other one
bench_usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

# bench_option ARG...: takes one of the options all kernel scripts share (--ember/--java/--runs PATH|N, also as
# --opt=V; -h/--help prints the usage and exits 0; another -option is an error) or a kernel name off the front
# of ARG... and sets BENCH_SHIFT to the number of words it used
bench_option() {
    case "$1" in
        --ember) EMBER=$2; BENCH_SHIFT=2 ;;
        --ember=*) EMBER=${1#--ember=}; BENCH_SHIFT=1 ;;
        --java) JAVA=$2; BENCH_SHIFT=2 ;;
        --java=*) JAVA=${1#--java=}; BENCH_SHIFT=1 ;;
        --runs) RUNS=$2; BENCH_SHIFT=2 ;;
        --runs=*) RUNS=${1#--runs=}; BENCH_SHIFT=1 ;;
        -h|--help) bench_usage; exit 0 ;;
        -*) echo "$BENCH_NAME: unknown option $1" >&2; bench_usage >&2; exit 2 ;;
        *) KERNELS+=("$1"); BENCH_SHIFT=1 ;;
    esac
}

# bench_posint OPTION VALUE: exits 2 ("OPTION needs a positive integer") unless VALUE is a whole number > 0
bench_posint() {
    case "$2" in ''|*[!0-9]*) echo "$BENCH_NAME: $1 needs a positive integer" >&2; exit 2 ;; esac
    [ "$2" -gt 0 ] || { echo "$BENCH_NAME: $1 needs a positive integer" >&2; exit 2; }
}

# bench_check_ember: makes EMBER an absolute path and exits 2 unless it is executable
bench_check_ember() {
    case "$EMBER" in /*) ;; *) EMBER="$PWD/$EMBER" ;; esac
    [ -x "$EMBER" ] || { echo "$BENCH_NAME: no ember binary at $EMBER (run make first)" >&2; exit 2; }
}

# bench_check_java: exits 2 unless JAVA is a command
bench_check_java() {
    command -v "$JAVA" >/dev/null || { echo "$BENCH_NAME: $JAVA not found" >&2; exit 2; }
}

# bench_kernel_glob compute|gc: the pattern of the files in bench/kernels that a kind compiles and lists as
# its kernels (compute: *.java, all of them; gc: Gc*.java)
bench_kernel_glob() { if [ "$1" = gc ]; then echo 'Gc*.java'; else echo '*.java'; fi; }

# bench_kernels compute|gc: KERNELS, if no kernel was named, becomes the kernels of that kind (compute: all but
# the GC kernels Gc*.java, which bench/gc.sh runs with its own heap options; gc: those); exits 2 on a named
# kernel without a bench/kernels/K.java, listing the kernels of the kind
bench_kernels() {
    local glob f k
    glob=$(bench_kernel_glob "$1")
    if [ ${#KERNELS[@]} -eq 0 ]; then
        # shellcheck disable=SC2086  # $glob is a pattern
        for f in "$BENCH_KERNEL_DIR"/$glob; do
            k=$(basename "$f" .java)
            case $k in Gc*) [ "$1" = gc ] || continue ;; esac
            KERNELS+=("$k")
        done
    fi
    for k in "${KERNELS[@]}"; do
        [ -f "$BENCH_KERNEL_DIR/$k.java" ] && continue
        # shellcheck disable=SC2012,SC2086  # ls sorts the names; $glob is a pattern
        echo "$BENCH_NAME: no kernel $k (have: $(cd "$BENCH_KERNEL_DIR" && ls -- $glob | sed 's/\.java//' | tr '\n' ' '))" >&2
        exit 2
    done
}

# bench_javac MESSAGE DIR FILE...: compiles the Java files into DIR; exits 2 with "MESSAGE" if javac fails
bench_javac() {
    local msg=$1 dir=$2; shift 2
    javac -nowarn -encoding UTF-8 -d "$dir" "$@" || { echo "$BENCH_NAME: $msg" >&2; exit 2; }
}

# bench_compile_kernels compute|gc DIR MESSAGE: compiles every kernel of the kind (all named or not) into DIR
bench_compile_kernels() {
    local glob; glob=$(bench_kernel_glob "$1")
    # shellcheck disable=SC2086  # $glob is a pattern
    bench_javac "$3" "$2" "$BENCH_KERNEL_DIR"/$glob
}

# bench_private_ember DIR: EMBER_SRC keeps the binary's path and EMBER becomes a copy of it in DIR (the class
# library is linked into it), so that a concurrent `make` that relinks or removes build/ember cannot swap VMs
# in the middle of a measurement; exits 2 if the copy fails
bench_private_ember() {
    EMBER_SRC=$EMBER
    cp "$EMBER" "$1/ember" || { echo "$BENCH_NAME: cannot copy $EMBER" >&2; exit 2; }
    EMBER="$1/ember"
}

# bench_setup compute|gc DIR: the start of run.sh and gc.sh after their options: checks --runs, the ember binary
# and java, selects the kernels, compiles those of the kind into DIR (emptied first), and makes TMP, a
# temporary directory removed on exit, with the private copy of EMBER in it
bench_setup() {
    bench_posint --runs "$RUNS"
    bench_check_ember
    bench_check_java
    bench_kernels "$1"
    rm -rf "$2" && mkdir -p "$2"
    bench_compile_kernels "$1" "$2" "javac failed"
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
    bench_private_ember "$TMP"
}

# bench_print_versions: the java and ember lines that head every report (the version of each VM)
bench_print_versions() {
    echo "java:  $("$JAVA" -version 2>&1 | head -2 | tail -1)"
    echo "ember: $EMBER_SRC ($("$EMBER" --version 2>&1 | head -1))"
}

# now_ns: the time in nanoseconds (wall clock)
now_ns() { date +%s%N; }

# median N...: the median of integers (mean of the two middle values for an even count)
median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
