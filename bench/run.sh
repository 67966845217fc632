#!/usr/bin/env bash
# bench/run.sh — Ember's interpreter against HotSpot's interpreter (java -Xint), measured in the same run.
#
#   bench/run.sh [--ember PATH] [--java PATH] [--runs N] [kernel...]
#
# Compiles bench/kernels/*.java with javac into build/bench/, then for every kernel (default: all of them
# except the GC kernels Gc*.java, which bench/gc.sh runs) runs `java -Xint -Xshare:auto -cp build/bench K`
# and `EMBER run -Xint -Xmx1g -cp build/bench K` alternately N times (default 3). Each kernel prints
# `checksum=<n>` (must be identical on both VMs and in every run) and `time_ms=<n>` (its own
# System.nanoTime() around the work, so JVM start-up is excluded). The kernels take an optional argument,
# a multiple of their work (bench/jit.sh sizes them up for its compiled sides); run.sh runs them at their
# default size (none given).
# The table shows the median wall time (date +%s%N around the process, nothing subtracted) and the median
# in-process time of each side; the ratios and the geomean are ember/java, based on the in-process time
# (the wall-time geomean is printed too). A failed run or a checksum mismatch is reported loudly, the
# kernel is left out of the geomeans, and the script exits 1.
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/bench_lib.sh
source "$ROOT/bench/bench_lib.sh"
EMBER="$ROOT/build/ember"
JAVA=java
RUNS=3
KERNELS=()

while [ $# -gt 0 ]; do bench_option "$@"; shift "$BENCH_SHIFT"; done

OUT="$ROOT/build/bench"
bench_setup compute "$OUT"   # checks, the kernels compiled into $OUT, $TMP with a private copy of $EMBER

# run_one SIDE KERNEL -> sets R_WALL R_TIME R_SUM, returns non-zero on failure (message in R_ERR)
run_one() {
    local side=$1 k=$2 t0 t1 rc
    local out="$TMP/$side.out" err="$TMP/$side.err"
    t0=$(now_ns)
    if [ "$side" = java ]; then
        timeout 600 "$JAVA" -Xint -Xshare:auto -cp "$OUT" "$k" >"$out" 2>"$err"
    else
        timeout 600 "$EMBER" run -Xint -Xmx1g -cp "$OUT" "$k" >"$out" 2>"$err"
    fi
    rc=$?
    t1=$(now_ns)
    R_WALL=$(( (t1 - t0) / 1000000 ))
    R_SUM=$(sed -n 's/^checksum=//p' "$out" | head -1)
    R_TIME=$(sed -n 's/^time_ms=//p' "$out" | head -1)
    if [ $rc -ne 0 ] || [ -z "$R_SUM" ] || [ -z "$R_TIME" ]; then
        R_ERR="$side exited with status $rc: $(head -c 600 "$err" | head -5) $(head -c 300 "$out")"
        return 1
    fi
    return 0
}

bench_print_versions
echo "runs per side: $RUNS (alternating java, ember); medians; ratio = ember/java on in-process time_ms"
echo

ROWS="$TMP/rows"; : > "$ROWS"
FAILED=()
for k in "${KERNELS[@]}"; do
    jw=(); jt=(); ew=(); et=(); jsum=""; esum=""; bad=""
    for ((i = 1; i <= RUNS; i++)); do
        for side in java ember; do
            if ! run_one "$side" "$k"; then bad="$R_ERR"; break 2; fi
            if [ "$side" = java ]; then
                jw+=("$R_WALL"); jt+=("$R_TIME")
                if [ -n "$jsum" ] && [ "$jsum" != "$R_SUM" ]; then bad="java checksum changed between runs ($jsum vs $R_SUM)"; break 2; fi
                jsum=$R_SUM
            else
                ew+=("$R_WALL"); et+=("$R_TIME")
                if [ -n "$esum" ] && [ "$esum" != "$R_SUM" ]; then bad="ember checksum changed between runs ($esum vs $R_SUM)"; break 2; fi
                esum=$R_SUM
            fi
        done
        if [ "$jsum" != "$esum" ]; then bad="CHECKSUM MISMATCH: java checksum=$jsum, ember checksum=$esum"; break; fi
    done
    if [ -n "$bad" ]; then
        echo "!!! $k FAILED: $bad" >&2
        FAILED+=("$k")
        echo "$k: $bad" >> "$TMP/failures"
        printf '%s FAIL\n' "$k" >> "$ROWS"
        continue
    fi
    printf '%s %s %s %s %s\n' "$k" "$(median "${jw[@]}")" "$(median "${ew[@]}")" \
        "$(median "${jt[@]}")" "$(median "${et[@]}")" >> "$ROWS"
    # progress line on stderr so a long run shows life
    echo "  $k: java ${jt[*]} ms, ember ${et[*]} ms (in-process)" >&2
done

echo
awk '
BEGIN {
    printf "%-16s %12s %12s %12s %12s %9s %9s\n", "kernel", "java wall", "ember wall", "java time", "ember time", "ratio", "wall ratio"
    printf "%-16s %12s %12s %12s %12s %9s %9s\n", "", "ms", "ms", "ms", "ms", "e/j", "e/j"
}
$2 == "FAIL" { printf "%-16s %12s %12s %12s %12s %9s %9s\n", $1, "-", "-", "-", "-", "FAIL", "FAIL"; next }
{
    jt = ($4 > 0 ? $4 : 1); jw = ($2 > 0 ? $2 : 1)
    r = $5 / jt; rw = $3 / jw
    printf "%-16s %12d %12d %12d %12d %8.2fx %8.2fx\n", $1, $2, $3, $4, $5, r, rw
    if (r > 0) { sl += log(r); n++ }
    if (rw > 0) { slw += log(rw); nw++ }
}
END {
    print ""
    if (nw) printf "geomean ember/java-Xint (wall, incl. start-up): %.2fx\n", exp(slw / nw)
    if (n) printf "geomean ember/java-Xint: %.2fx  (in-process time, %d kernels)\n", exp(sl / n), n
    else print "geomean ember/java-Xint: n/a (no kernel succeeded)"
}' "$ROWS"

if [ ${#FAILED[@]} -gt 0 ]; then
    echo "FAILED (excluded from the geomean): ${FAILED[*]}" >&2
    echo
    echo "!!! FAILED kernels (excluded from the geomean):"
    sed 's/^/!!!   /' "$TMP/failures"
    exit 1
fi
exit 0
