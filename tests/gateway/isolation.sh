#!/usr/bin/env bash
# The gateway isolation suite (suite 'gateway_isolation' in tests/run_all.sh): functions run in isolated
# processes through dep_fn.h, without the HTTP layer — tests/gateway/isolation.c links deploy/dep_gw_fn.c and
# dep_gw_fnproc.c and drives `ember __zygote` / `ember __instance` of the binary under test, and probes the
# sandbox (deploy/dep_sandbox.c) system call by system call. The cases are listed in isolation.c's main; here:
# the handlers (tests/gateway/handlers/Iso*.java) are compiled and snapshotted, the driver is built, and the
# library paths the sandbox refuses are shown to work outside it (`ember run`).
# Prints PASS/FAIL lines and, last, `N passed, N failed`.
#
# ASan: for an ASan ember (build/asan/ember, `make asan`) the driver is built with clang's ASan and UBSan too.
# The sandbox needs nothing special for it: on the paths these tests take, ASan's runtime makes no system call
# the policy refuses (checked: the suite passes under ASan, and the zygote and its children run with the
# filters on). One limit: a report from inside a sandboxed process cannot be symbolised, because the runtime
# would fork and exec llvm-symbolizer, which the filter kills (SIGSYS) — such a process dies mid-report, the
# case fails with a 502, and the report's first lines are in the driver's stderr (shown on failure).
# Usage: tests/gateway/isolation.sh [--ember PATH] [case-prefix...]
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EMBER=$ROOT/build/ember
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$(realpath "$2"); shift 2 ;;
    -*) echo "usage: $0 [--ember PATH] [case-prefix...]" >&2; exit 2 ;;
    *) break ;;
    esac
done
W=$(dirname "$EMBER")/tests/gateway-isolation
rm -rf "$W" && mkdir -p "$W/cls" "$W/api" "$W/grant" "$W/out"
export LC_ALL=C.UTF-8
pass=0
fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1: $2"; fail=$((fail + 1)); }
finish() {
    echo "$pass passed, $fail failed"
    [ $fail -eq 0 ]
    exit
}

# ---- handlers and their snapshots (the jdk.crac API is compiled along for IsoCounter, then moved out of the
# class path: at run time the boot library provides it)
mapfile -t CRAC_API < <(find "$ROOT/runtime/classlib/jdk/crac" -name '*.java' | sort)
if ! javac -nowarn --release 17 -encoding UTF-8 -g -d "$W/cls" "$ROOT"/tests/gateway/handlers/Iso*.java \
    "${CRAC_API[@]}" > "$W/javac.log" 2>&1; then
    bad build "javac failed: $(head -n 5 "$W/javac.log")"
    finish
fi
mv "$W/cls/jdk" "$W/api/jdk"
for src in "$ROOT"/tests/gateway/handlers/Iso*.java; do
    h=$(basename "$src" .java)
    if ! "$EMBER" snapshot -cp "$W/cls" --handler "$h" -o "$W/$h.ember" > "$W/$h.snap.log" 2>&1; then
        bad "snapshot-$h" "$(head -n 3 "$W/$h.snap.log")"
        finish
    fi
done
cp "$W/cls/IsoHello.class" "$W/not-a-snapshot.ember"
# a byte flipped near the end of the file: inside the last stored region, which only its checksum tells
cp "$W/IsoHello.ember" "$W/corrupted.ember"
size=$(stat -c %s "$W/corrupted.ember")
byte=$(od -An -tu1 -j $((size - 100)) -N1 "$W/corrupted.ember" | tr -d ' ')
printf "$(printf '\\%03o' $((byte ^ 255)))" | dd of="$W/corrupted.ember" bs=1 seek=$((size - 100)) conv=notrunc status=none

# ---- the driver
CCX=${CC:-cc}
SAN=()
if nm "$EMBER" 2>/dev/null | grep -q __asan_init; then
    CCX=clang
    SAN=(-fsanitize=address,undefined -fno-sanitize-recover=undefined)
fi
DRIVER=$W/isolation
if ! $CCX -std=gnu11 -O1 -g -Wall -Wextra -Werror "${SAN[@]}" -o "$DRIVER" "$ROOT/tests/gateway/isolation.c" \
    "$ROOT/deploy/dep_gw_fn.c" "$ROOT/deploy/dep_gw_fnproc.c" "$ROOT/deploy/dep_sandbox.c" -lseccomp -lpthread \
    > "$W/cc.log" 2>&1; then
    bad build "cannot build the driver: $(head -n 5 "$W/cc.log")"
    finish
fi

# ---- outside the gateway, the same library paths work (the sandbox is what refuses them inside)
if [ $# -eq 0 ] || [[ " $* " == *" run-"* ]]; then
    out=$("$EMBER" run -cp "$W/cls" IsoFile write "$W/out/by-ember-run.txt" 2>&1)
    if [ "$out" = "wrote $W/out/by-ember-run.txt" ] && [ "$(cat "$W/out/by-ember-run.txt" 2>/dev/null)" = "written by IsoFile" ]; then
        ok run-file-write-outside-sandbox
    else
        bad run-file-write-outside-sandbox "$out"
    fi
    out=$("$EMBER" run -cp "$W/cls" IsoFile read /etc/hostname 2>&1)
    if [ "$out" = "$(head -c 4096 /etc/hostname)" ]; then ok run-file-read-outside-sandbox; else bad run-file-read-outside-sandbox "$out"; fi
    rm -f "$W/out/by-ember-run.txt"
fi

# ---- the cases
EMBER_BIN=$EMBER "$DRIVER" "$W" "$@" > "$W/driver.out" 2> "$W/driver.err"
st=$?
head -n -1 "$W/driver.out"
last=$(tail -n 1 "$W/driver.out")
p=$(sed -n 's/^\([0-9]\+\) passed, \([0-9]\+\) failed$/\1/p' <<<"$last")
f=$(sed -n 's/^\([0-9]\+\) passed, \([0-9]\+\) failed$/\2/p' <<<"$last")
if [ -z "$p" ]; then
    bad driver "exit status $st without a result; stderr: $(tail -n 5 "$W/driver.err")"
    finish
fi
# the driver's own summary line is replaced by the suite's
pass=$((pass + p))
fail=$((fail + f))
[ "$f" -eq 0 ] || { echo "driver stderr (the functions' log):"; tail -n 30 "$W/driver.err"; }
finish
