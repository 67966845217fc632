#!/usr/bin/env bash
# bench/gc.sh — the GC kernels (bench/kernels/Gc*.java) on Ember against HotSpot's Serial collector, measured
# in the same run, with the pause figures of both sides.
#
#   bench/gc.sh [--ember PATH] [--java PATH] [--runs N] [kernel...]
#
# Every kernel runs on three sides, alternating, N times each (default 3), all with the same heap options
# (-Xmx64m; GcPauseTarget adds -Xmn8m) and -Xlog:gc:
#   ember     EMBER run -Xint <heap> -Xlog:gc                      (Ember has only its interpreter so far)
#   java-int  java -Xint -XX:+UseSerialGC -Xshare:auto <heap> -Xlog:gc
#   java-jit  java -XX:+UseSerialGC -Xshare:auto <heap> -Xlog:gc  (HotSpot's default tiered JIT)
# Each kernel prints `checksum=<n>` (identical on every side and run) and `time_ms=<n>` (its own
# System.nanoTime() around the work). The first table shows median in-process times and the ratios
# ember/java-int and ember/java-jit (median wall times, start-up included, in brackets). The second table
# shows, per side, the collections of one run (median count of young and full pauses) and the pause times
# over all runs (average and maximum young pause, maximum full pause, in ms), parsed from the
# `[...][info][gc] GC(n) Pause Young|Full (cause) A->B(C) T ms` lines both VMs print. GcPauseTarget
# (~10% of each young collection survives, -Xmn8m) ends with Ember's young-pause figures against the
# 2 ms target — reported, never asserted. A failed run or a checksum mismatch is reported loudly and the
# script exits 1.
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/bench_lib.sh
source "$ROOT/bench/bench_lib.sh"
EMBER="$ROOT/build/ember"
JAVA=java
RUNS=3
KERNELS=()
HEAP_DEFAULT="-Xmx64m"
PAUSE_KERNEL=GcPauseTarget
PAUSE_TARGET_MS=2

heap_opts() {      # heap options of a kernel (the same on every side)
    case $1 in
        "$PAUSE_KERNEL") echo "$HEAP_DEFAULT -Xmn8m" ;;
        *) echo "$HEAP_DEFAULT" ;;
    esac
}

while [ $# -gt 0 ]; do bench_option "$@"; shift "$BENCH_SHIFT"; done

OUT="$ROOT/build/bench-gc"
bench_setup gc "$OUT"   # checks, the kernels compiled into $OUT, $TMP with a private copy of $EMBER

SIDES=(ember java-int java-jit)

# run_one SIDE KERNEL RUN -> R_WALL R_TIME R_SUM; the run's gc log lines go to $TMP/log.SIDE.KERNEL.RUN
run_one() {
    local side=$1 k=$2 run=$3 t0 t1 rc heap
    local out="$TMP/out" err="$TMP/err"
    heap=$(heap_opts "$k")
    t0=$(now_ns)
    # shellcheck disable=SC2086  # $heap is a list of options
    case $side in
        ember)    timeout 900 "$EMBER" run -Xint $heap -Xlog:gc -cp "$OUT" "$k" >"$out" 2>"$err" ;;
        java-int) timeout 900 "$JAVA" -Xint -XX:+UseSerialGC -Xshare:auto $heap -Xlog:gc -cp "$OUT" "$k" >"$out" 2>"$err" ;;
        java-jit) timeout 900 "$JAVA" -XX:+UseSerialGC -Xshare:auto $heap -Xlog:gc -cp "$OUT" "$k" >"$out" 2>"$err" ;;
    esac
    rc=$?
    t1=$(now_ns)
    R_WALL=$(( (t1 - t0) / 1000000 ))
    R_SUM=$(sed -n 's/^checksum=//p' "$out" | head -1)
    R_TIME=$(sed -n 's/^time_ms=//p' "$out" | head -1)
    grep -E '\]\[gc *\] GC\([0-9]+\) Pause (Young|Full)' "$out" > "$TMP/log.$side.$k.$run"
    if [ $rc -ne 0 ] || [ -z "$R_SUM" ] || [ -z "$R_TIME" ]; then
        R_ERR="$side exited with status $rc: $(head -c 600 "$err" | head -5) $(grep -v '\]\[gc' "$out" | head -c 300)"
        return 1
    fi
    return 0
}

# pause_stats SIDE KERNEL -> "young_n full_n young_avg young_max full_max" (counts: median per run; times
# over all runs; "-" where there were none)
pause_stats() {
    local side=$1 k=$2 r yn=() fn=()
    for ((r = 1; r <= RUNS; r++)); do
        yn+=("$(grep -c 'Pause Young' "$TMP/log.$side.$k.$r" 2>/dev/null)")
        fn+=("$(grep -c 'Pause Full' "$TMP/log.$side.$k.$r" 2>/dev/null)")
    done
    printf '%s %s ' "$(median "${yn[@]}")" "$(median "${fn[@]}")"
    cat "$TMP"/log."$side"."$k".* 2>/dev/null | awk '
        { ms = $NF; sub(/ms$/, "", ms); ms += 0 }
        / Pause Young / { yn++; ys += ms; if (ms > ym) ym = ms }
        / Pause Full /  { if (ms > fm) fm = ms; fn++ }
        END {
            if (yn) printf "%.3f %.3f ", ys / yn, ym; else printf "- - "
            if (fn) printf "%.3f\n", fm; else printf "-\n"
        }'
}

bench_print_versions
echo "runs per side: $RUNS (alternating ${SIDES[*]}); heap $HEAP_DEFAULT ($PAUSE_KERNEL: $(heap_opts "$PAUSE_KERNEL")); medians"
echo

ROWS="$TMP/rows"; : > "$ROWS"
PAUSES="$TMP/pauses"; : > "$PAUSES"
FAILED=()
for k in "${KERNELS[@]}"; do
    declare -A wall=() time=() sum=()
    bad=""
    for ((i = 1; i <= RUNS; i++)); do
        for side in "${SIDES[@]}"; do
            if ! run_one "$side" "$k" "$i"; then bad="$R_ERR"; break 2; fi
            wall[$side]="${wall[$side]-} $R_WALL"
            time[$side]="${time[$side]-} $R_TIME"
            if [ -n "${sum[$side]-}" ] && [ "${sum[$side]}" != "$R_SUM" ]; then
                bad="$side checksum changed between runs (${sum[$side]} vs $R_SUM)"; break 2
            fi
            sum[$side]=$R_SUM
        done
        if [ "${sum[ember]}" != "${sum[java-int]}" ] || [ "${sum[ember]}" != "${sum[java-jit]}" ]; then
            bad="CHECKSUM MISMATCH: ember ${sum[ember]}, java-int ${sum[java-int]}, java-jit ${sum[java-jit]}"
            break
        fi
    done
    if [ -n "$bad" ]; then
        echo "!!! $k FAILED: $bad" >&2
        FAILED+=("$k")
        echo "$k: $bad" >> "$TMP/failures"
        printf '%s FAIL\n' "$k" >> "$ROWS"
        unset wall time sum
        continue
    fi
    # shellcheck disable=SC2086  # the lists are space-separated numbers
    printf '%s %s %s %s %s %s %s\n' "$k" \
        "$(median ${time[ember]})" "$(median ${time[java-int]})" "$(median ${time[java-jit]})" \
        "$(median ${wall[ember]})" "$(median ${wall[java-int]})" "$(median ${wall[java-jit]})" >> "$ROWS"
    for side in "${SIDES[@]}"; do printf '%s %s %s\n' "$k" "$side" "$(pause_stats "$side" "$k")" >> "$PAUSES"; done
    echo "  $k: ember${time[ember]} ms, java-int${time[java-int]} ms, java-jit${time[java-jit]} ms (in-process)" >&2
    unset wall time sum
done

echo
awk '
BEGIN {
    printf "%-15s %10s %10s %10s %18s %18s\n", "kernel", "ember", "java-int", "java-jit", "ember/java-int", "ember/java-jit"
    printf "%-15s %10s %10s %10s %18s %18s\n", "", "ms", "ms", "ms", "(wall)", "(wall)"
}
$2 == "FAIL" { printf "%-15s %10s %10s %10s %18s %18s\n", $1, "-", "-", "-", "FAIL", "FAIL"; next }
{
    ri = $2 / ($3 > 0 ? $3 : 1); rj = $2 / ($4 > 0 ? $4 : 1)
    rwi = $5 / ($6 > 0 ? $6 : 1); rwj = $5 / ($7 > 0 ? $7 : 1)
    printf "%-15s %10d %10d %10d %8.2fx (%5.2fx) %8.2fx (%5.2fx)\n", $1, $2, $3, $4, ri, rwi, rj, rwj
    if (ri > 0) { si += log(ri); n++ }
    if (rj > 0) { sj += log(rj) }
}
END {
    if (n) printf "\ngeomean: ember/java-int %.2fx, ember/java-jit %.2fx (in-process time, %d kernels)\n", exp(si / n), exp(sj / n), n
}' "$ROWS"

echo
echo "pauses (per run: median count; times over all $RUNS runs, ms):"
awk '
BEGIN { printf "%-15s %-9s %7s %7s %10s %10s %10s\n", "kernel", "side", "young", "full", "young avg", "young max", "full max" }
{ printf "%-15s %-9s %7s %7s %10s %10s %10s\n", $1, $2, $3, $4, $5, $6, $7 }' "$PAUSES"

if grep -q "^$PAUSE_KERNEL ember " "$PAUSES"; then
    read -r _ _ yn _ yavg ymax _ < <(grep "^$PAUSE_KERNEL ember " "$PAUSES")
    below() { awk -v m="$1" -v t="$PAUSE_TARGET_MS" 'BEGIN { exit !(m < t) }'; }
    if [ "$ymax" = - ]; then
        verdict="no young collections seen (is -Xlog:gc working?)"
    else
        verdict="average $(below "$yavg" && echo met || echo MISSED), max $(below "$ymax" && echo met || echo MISSED)"
    fi
    echo
    echo "pause target ($PAUSE_KERNEL, $(heap_opts "$PAUSE_KERNEL"), ~10% of each young collection survives):"
    echo "  ember young pauses: $yn per run, average $yavg ms, max $ymax ms; target < ${PAUSE_TARGET_MS} ms: $verdict"
fi

if [ ${#FAILED[@]} -gt 0 ]; then
    echo
    echo "!!! FAILED kernels:"
    sed 's/^/!!!   /' "$TMP/failures"
    exit 1
fi
exit 0
