#!/usr/bin/env bash
# Runs every test suite against one ember binary and prints the sum as the last line: `N passed, N failed`.
# Suites: the differential Java programs (tests/java, in the modes listed below), the malformed class-file
# corpus (tests/malformed), the command-line checks (tests/cli.sh), the snapshot suite (tests/snapshot/run.sh:
# handlers, hooks, randomness, refusals, restore modes), corrupted and foreign snapshot files
# (tests/snapshot_badfiles.sh), the Java programs again through snapshot round trips (`ember snapshot --main`
# then `ember invoke`, heap verified in both processes), the code cache and compiled code in snapshots
# (tests/jit/codecache.sh: the hidden -XX:JitSelfTest), tier 1 as a user sees it (tests/jit/compiled.sh:
# PrintCompilation, OSR, -Xbatch, a full code cache, warmed snapshots running compiled from their first call), the static-state check (tests/check_statics.sh)
# the GC memory bound (tests/gc_rss.sh: max RSS of a 2 GB allocation loop in -Xmx64m) and functions run in
# isolated processes through dep_fn.h (tests/gateway/isolation.sh: fork and reuse isolation, the sandbox),
# and `ember serve` over HTTP (tests/gateway/http.sh, with ember-gateway built next to the ember binary), and
# the x86-64 encoder against capstone (tests/jit/encoder_test.c, built as tests/encoder_test next to the ember
# binary, so the ASan build runs its own).
# GC stress (every test with -XX:GCStressInterval=N -XX:+VerifyHeap, interpreted and with -Xcomp) is not a
# suite here: it takes minutes and is its own target, `make test-gc-stress`, which CI runs after `make test`.
#
# The Java programs run in these modes (tests/run_java.sh --mode, all with -XX:+VerifyHeap); [suite name]:
#   int             [java]       -Xint: the plain interpreter, no profiles, nothing compiled
#   default         [java_default]  `ember run` as a user runs it: the tier policy's default thresholds and
#                   background compilation (the hot methods of the longer programs are compiled, some by OSR)
#   tiered-low      [java_tiered]  the tier policy with low thresholds (CompileThreshold=100, OSR after 50
#                   backedges, -Xbatch): a mix of interpreted, compiled and OSR-entered frames in every program
#   xcomp           [java_xcomp] -Xcomp: every method compiled at its first call
#   snapshot        [java_roundtrip]  the round trip with the default tier policy (hot code is compiled after
#                   the restore)
#   snapshot-xcomp  [java_roundtrip_xcomp]  the round trip with -Xcomp baked into the snapshot: code compiled
#                   before it (class initialisation) runs from the restored code cache, the rest is compiled
#                   after the restore
# They run in that order, the round trips after the snapshot suites. --java-modes "LIST" picks some of them
# (default: all six). `make test` and `make asan` run all six: on 2 cores each takes 5-9 s (int is the
# slowest), under ASan 8-25 s, so a subset would save little (measured with the 225 programs of the first
# baseline compiler).
# Usage: tests/run_all.sh [--ember PATH] [--jobs N] [--java-modes "MODE..."]
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EMBER=$ROOT/build/ember
JOBS=2
JAVA_MODES="int default tiered-low xcomp snapshot snapshot-xcomp"
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$(realpath "$2"); shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --java-modes) JAVA_MODES=$2; shift 2 ;;
    *) echo "usage: $0 [--ember PATH] [--jobs N] [--java-modes \"MODE...\"]" >&2; exit 2 ;;
    esac
done
for m in $JAVA_MODES; do
    case $m in
    int|default|tiered-low|xcomp|snapshot|snapshot-xcomp) ;;
    *) echo "$0: unknown java mode '$m' (known: int default tiered-low xcomp snapshot snapshot-xcomp)" >&2; exit 2 ;;
    esac
done
total_pass=0
total_fail=0
run_suite() {
    local name=$1
    shift
    echo "=== $name"
    local log out
    log=$(mktemp)
    "$@" > "$log" 2>&1
    cat "$log"
    out=$(tail -n 1 "$log")
    rm -f "$log"
    local p f
    p=$(sed -n 's/^\([0-9]\+\) passed, \([0-9]\+\) failed$/\1/p' <<<"$out")
    f=$(sed -n 's/^\([0-9]\+\) passed, \([0-9]\+\) failed$/\2/p' <<<"$out")
    if [ -z "$p" ]; then
        echo "suite $name did not report a result" >&2
        p=0
        f=1
    fi
    total_pass=$((total_pass + p))
    total_fail=$((total_fail + f))
}
# java_suites in|roundtrip: the tests/java runs of $JAVA_MODES, those before the other suites or the
# snapshot round trips (after the snapshot suites, as before).
java_suites() {
    local m
    for m in $JAVA_MODES; do
        case $1:$m in
        in:int) EMBER_OPTS="-XX:+VerifyHeap" run_suite java \
                    "$ROOT/tests/run_java.sh" --ember "$EMBER" --mode int --jobs "$JOBS" ;;
        in:default) EMBER_OPTS="-XX:+VerifyHeap" run_suite java_default \
                    "$ROOT/tests/run_java.sh" --ember "$EMBER" --mode default --jobs "$JOBS" ;;
        in:tiered-low) EMBER_OPTS="-XX:+VerifyHeap" run_suite java_tiered \
                    "$ROOT/tests/run_java.sh" --ember "$EMBER" --mode tiered-low --jobs "$JOBS" ;;
        in:xcomp) EMBER_OPTS="-XX:+VerifyHeap" run_suite java_xcomp \
                    "$ROOT/tests/run_java.sh" --ember "$EMBER" --mode xcomp --jobs "$JOBS" ;;
        roundtrip:snapshot) EMBER_OPTS="-XX:+VerifyHeap" run_suite java_roundtrip \
                    "$ROOT/tests/run_java.sh" --ember "$EMBER" --mode snapshot --jobs "$JOBS" ;;
        roundtrip:snapshot-xcomp) EMBER_OPTS="-XX:+VerifyHeap -Xcomp" run_suite java_roundtrip_xcomp \
                    "$ROOT/tests/run_java.sh" --ember "$EMBER" --mode snapshot --jobs "$JOBS" ;;
        esac
    done
}
java_suites in
[ -x "$ROOT/tests/malformed/run.sh" ] && run_suite malformed "$ROOT/tests/malformed/run.sh" --ember "$EMBER"
run_suite cli "$ROOT/tests/cli.sh" "$EMBER"
run_suite jit_encoder "$(dirname "$EMBER")/tests/encoder_test"
run_suite snapshot "$ROOT/tests/snapshot/run.sh" --ember "$EMBER"
run_suite snapshot_badfiles "$ROOT/tests/snapshot_badfiles.sh" --ember "$EMBER"
run_suite lambda "$ROOT/tests/lambda/run.sh" --ember "$EMBER"
java_suites roundtrip
run_suite jit_codecache "$ROOT/tests/jit/codecache.sh" --ember "$EMBER"
run_suite statics "$ROOT/tests/check_statics.sh" "$EMBER"
run_suite gc_rss "$ROOT/tests/gc_rss.sh" --ember "$EMBER"
# tier 0: the profiling interpreter's counters and profiles (-XX:+PrintMethodData), the tier-policy flags
run_suite jit_tier0 "$ROOT/tests/jit/tier0.sh" --ember "$EMBER"
run_suite jit_compiled "$ROOT/tests/jit/compiled.sh" --ember "$EMBER"
run_suite gateway_isolation "$ROOT/tests/gateway/isolation.sh" --ember "$EMBER"
run_suite gateway_http "$ROOT/tests/gateway/http.sh" --ember "$EMBER"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
