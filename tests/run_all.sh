#!/usr/bin/env bash
# Runs every test suite against one ember binary and prints the sum as the last line: `N passed, N failed`.
# Suites: the differential Java programs (tests/java, interpreter mode), the malformed class-file corpus
# (tests/malformed), the command-line checks (tests/cli.sh), the snapshot suite (tests/snapshot/run.sh:
# handlers, hooks, randomness, refusals, restore modes), corrupted and foreign snapshot files
# (tests/snapshot_badfiles.sh), the Java programs again through a snapshot round trip (`ember snapshot --main`
# then `ember invoke`, heap verified in both processes), the code cache and compiled code in snapshots
# (tests/jit/codecache.sh: the hidden -XX:JitSelfTest), the static-state check (tests/check_statics.sh)
# the GC memory bound (tests/gc_rss.sh: max RSS of a 2 GB allocation loop in -Xmx64m) and functions run in
# isolated processes through dep_fn.h (tests/gateway/isolation.sh: fork and reuse isolation, the sandbox),
# and `ember serve` over HTTP (tests/gateway/http.sh, with ember-gateway built next to the ember binary), and
# the x86-64 encoder against capstone (tests/jit/encoder_test.c, built as tests/encoder_test next to the ember
# binary, so the ASan build runs its own).
# GC stress (every test with -XX:GCStressInterval=N -XX:+VerifyHeap) is not a suite here: it takes minutes
# and is its own target, `make test-gc-stress`, which CI runs after `make test`.
# Usage: tests/run_all.sh [--ember PATH] [--jobs N]
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EMBER=$ROOT/build/ember
JOBS=2
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$(realpath "$2"); shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    *) echo "usage: $0 [--ember PATH] [--jobs N]" >&2; exit 2 ;;
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
EMBER_OPTS="-XX:+VerifyHeap" run_suite java "$ROOT/tests/run_java.sh" --ember "$EMBER" --mode int --jobs "$JOBS"
[ -x "$ROOT/tests/malformed/run.sh" ] && run_suite malformed "$ROOT/tests/malformed/run.sh" --ember "$EMBER"
run_suite cli "$ROOT/tests/cli.sh" "$EMBER"
run_suite jit_encoder "$(dirname "$EMBER")/tests/encoder_test"
run_suite snapshot "$ROOT/tests/snapshot/run.sh" --ember "$EMBER"
run_suite snapshot_badfiles "$ROOT/tests/snapshot_badfiles.sh" --ember "$EMBER"
run_suite lambda "$ROOT/tests/lambda/run.sh" --ember "$EMBER"
EMBER_OPTS="-XX:+VerifyHeap" run_suite java_roundtrip "$ROOT/tests/run_java.sh" --ember "$EMBER" --mode snapshot --jobs "$JOBS"
run_suite jit_codecache "$ROOT/tests/jit/codecache.sh" --ember "$EMBER"
run_suite statics "$ROOT/tests/check_statics.sh" "$EMBER"
run_suite gc_rss "$ROOT/tests/gc_rss.sh" --ember "$EMBER"
# tier 0: the profiling interpreter's counters and profiles (-XX:+PrintMethodData), the tier-policy flags
run_suite jit_tier0 "$ROOT/tests/jit/tier0.sh" --ember "$EMBER"
run_suite gateway_isolation "$ROOT/tests/gateway/isolation.sh" --ember "$EMBER"
run_suite gateway_http "$ROOT/tests/gateway/http.sh" --ember "$EMBER"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
