#!/usr/bin/env bash
# `make check` step: lists the writable .data/.bss symbols that our own object files define (the binary's
# other writable symbols belong to libc and the toolchain) and fails on any not in tests/allowed_statics.txt.
# Usage: tests/check_statics.sh [path/to/ember]   (objects are read from <binary dir>/obj/)
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${1:-$ROOT/build/ember}
OBJ=$(dirname "$BIN")/obj
ALLOWED=$ROOT/tests/allowed_statics.txt
if [ ! -d "$OBJ" ]; then
    echo "no object directory $OBJ"
    echo "0 passed, 1 failed"
    exit 1
fi
bad=0
while read -r sym sec file; do
    # __unnamed_N: metadata the sanitizers generate (source locations, type descriptors), not program state
    case $sym in __unnamed_[0-9]*) continue ;; esac
    # clang may split an allowed struct into pieces named <symbol>.<n>
    base=${sym%.[0-9]*}
    if ! grep -q "^$base[[:space:]]" "$ALLOWED"; then
        echo "FAIL writable static '$sym' ($sec) in ${file#$OBJ/} is not on tests/allowed_statics.txt"
        bad=1
    fi
done < <(find "$OBJ" -name '*.o' ! -name 'classlib_blob.o' | sort | while read -r o; do
    nm -f sysv "$o" 2>/dev/null | awk -F'|' -v f="$o" '{s=$1; sec=$7; gsub(/ /,"",s); gsub(/ /,"",sec);
        if ((sec==".data"||sec==".bss"||sec ~ /^\.(data|bss)\./) && sec !~ /^\.data\.rel\.ro/) print s, sec, f}'
done)
if [ $bad -eq 0 ]; then
    echo "PASS writable statics: only the documented process-only state"
    echo "1 passed, 0 failed"
else
    echo "0 passed, 1 failed"
    exit 1
fi
