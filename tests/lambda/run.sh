#!/usr/bin/env bash
# The lambda suite: `ember lambda` against a local Lambda Runtime API (tests/lambda/runtime_api.py, python3's
# http.server, following the published protocol), with the function tests/lambda/java/LambdaFn.java
# snapshotted by the ember under test. The cases are in tests/lambda/cases.py; each starts its own API server
# on an ephemeral port. Prints `PASS name` / `FAIL name: why` lines and, last, `N passed, N failed`.
# Usage: tests/lambda/run.sh [--ember PATH]
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EMBER=$ROOT/build/ember
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$(realpath "$2"); shift 2 ;;
    *) echo "usage: $0 [--ember PATH]" >&2; exit 2 ;;
    esac
done
SRC=$ROOT/tests/lambda
# one work directory per binary, so that the plain and the ASan runs never share files
W=$(dirname "$EMBER")/tests/lambda
rm -rf "$W" && mkdir -p "$W/cls" "$W/api"
export LC_ALL=C.UTF-8

# The function, with the jdk.crac API sources compiled along and then moved out of the class path (the boot
# library provides them at run time, as in tests/snapshot/run.sh).
mapfile -t CRAC_API < <(find "$ROOT/runtime/classlib/jdk/crac" -name '*.java' | sort)
if ! javac -nowarn --release 17 -encoding UTF-8 -g -d "$W/cls" "$SRC"/java/*.java "${CRAC_API[@]}" \
    > "$W/javac.log" 2>&1; then
    cat "$W/javac.log"
    echo "FAIL build: javac failed"
    echo "0 passed, 1 failed"
    exit 1
fi
mv "$W/cls/jdk" "$W/api/jdk"
printf 'warm' > "$W/warmup.txt"
if ! "$EMBER" snapshot -cp "$W/cls" --handler LambdaFn --warmup-input "$W/warmup.txt" --warmup-iterations 3 \
    -o "$W/fn.ember" > "$W/snapshot.log" 2>&1 ||
    ! "$EMBER" snapshot -cp "$W/cls" --main LambdaFn -o "$W/main.ember" >> "$W/snapshot.log" 2>&1; then
    cat "$W/snapshot.log"
    echo "FAIL build: ember snapshot failed"
    echo "0 passed, 1 failed"
    exit 1
fi
exec python3 "$SRC/cases.py" --ember "$EMBER" --work "$W"
