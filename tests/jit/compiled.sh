#!/usr/bin/env bash
# tests/jit/compiled.sh — tier 1 as a user sees it: -XX:+PrintCompilation lines, on-stack replacement,
# -Xbatch, -Xint and TieredStopAtLevel=0 (no compilation), a code cache that fills up, and snapshots that
# carry compiled code: a warmed handler's first invocation after restore runs no method in the interpreter
# and compiles nothing (`ember invoke --timing` reports both), while the same handler snapshotted before it
# got hot does run interpreted — so the check can fail. Program output is compared with HotSpot's.
#
#   tests/jit/compiled.sh [--ember PATH]
#
# Programs: tests/jit/compiled/*.java. Prints PASS/FAIL per case; the last line is `N passed, N failed`.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EMBER=$ROOT/build/ember
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$2; shift 2 ;;
    --ember=*) EMBER=${1#--ember=}; shift ;;
    *) echo "compiled.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
case "$EMBER" in /*) ;; *) EMBER=$PWD/$EMBER ;; esac
SRC=$ROOT/tests/jit/compiled
OUT=$ROOT/build/tests/jit-compiled
rm -rf "$OUT"
mkdir -p "$OUT/classes"
pass=0
fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; shift; for l in "$@"; do echo "    $l"; done; fail=$((fail + 1)); }

if ! javac -nowarn -d "$OUT/classes" "$SRC"/*.java 2> "$OUT/javac.err"; then
    bad javac "$(head -5 "$OUT/javac.err")"
    echo "$pass passed, $fail failed"
    exit 1
fi
CP=$OUT/classes
LINE_RE='^ *[0-9]+ +[0-9]+ [ %][ s][ !][ b][ n] 1       [A-Za-z0-9_.$]+::[A-Za-z0-9_<>$]+( @ [0-9]+)? \([0-9]+ bytes\)( +COMPILE SKIPPED: .*)?$'

# run_case NAME CLASS OPTIONS...: ember run with OPTIONS; program lines must equal HotSpot's, the others must
# be PrintCompilation lines. Leaves the compilation lines in $OUT/NAME.pc.
run_case() {
    local name=$1 cls=$2
    shift 2
    java -cp "$CP" "$cls" > "$OUT/$name.java.out" 2>&1
    timeout 120 "$EMBER" run "$@" -cp "$CP" "$cls" > "$OUT/$name.out" 2> "$OUT/$name.err"
    local st=$?
    grep -E "$LINE_RE" "$OUT/$name.out" > "$OUT/$name.pc"
    grep -vE "$LINE_RE" "$OUT/$name.out" | grep -vE '^(CodeCache: size=| bounds \[| total_blobs=| compilation: | +stopped_count=| full_count=)' > "$OUT/$name.prog"
    if [ $st -ne 0 ]; then
        bad "$name" "exit status $st" "$(head -3 "$OUT/$name.err")"
        return 1
    fi
    if ! cmp -s "$OUT/$name.prog" "$OUT/$name.java.out"; then
        bad "$name" "output differs from HotSpot's" "$(diff "$OUT/$name.prog" "$OUT/$name.java.out" | head -5)"
        return 1
    fi
    return 0
}

# -Xcomp: every method compiled at its first call, each with one PrintCompilation line before it runs
if run_case xcomp Small -Xcomp -XX:+PrintCompilation; then
    if grep -q ' Small::main (' "$OUT/xcomp.pc" && grep -q 'Small\$Sq::area (' "$OUT/xcomp.pc" &&
        grep -qE ' s    1       Small::sync ' "$OUT/xcomp.pc" && ! grep -q '<clinit>' "$OUT/xcomp.pc"; then
        ok xcomp-print-compilation
    else
        bad xcomp-print-compilation "missing lines; got:" "$(grep Small "$OUT/xcomp.pc" | head -5)"
    fi
fi
ids=$(awk '{print $2}' "$OUT/xcomp.pc" | sort -n | uniq -d | head -1)
[ -z "$ids" ] && [ -s "$OUT/xcomp.pc" ] && ok compile-ids-unique || bad compile-ids-unique "repeated id $ids"

# tiered: the loop in main gets an OSR compilation (% and @ bci) at the default thresholds
if run_case osr Loop -XX:+PrintCompilation; then
    if grep -qE '^ *[0-9]+ +[0-9]+ %     1       Loop::main @ [0-9]+ \([0-9]+ bytes\)$' "$OUT/osr.pc"; then
        ok osr-compilation
    else
        bad osr-compilation "no OSR line for Loop::main:" "$(head -3 "$OUT/osr.pc")"
    fi
fi
# the same under GC stress with heap verification: compiled frames are scanned and updated precisely
run_case osr-gcstress Loop -XX:GCStressInterval=50 -XX:+VerifyHeap -XX:CompileThreshold=200 && ok osr-gcstress

# -Xbatch: the b flag
if run_case batch Small -Xbatch -Xcomp -XX:+PrintCompilation; then
    grep -qE '^ *[0-9]+ +[0-9]+  [ s][ !]b  1       Small::main ' "$OUT/batch.pc" && ok batch-flag ||
        bad batch-flag "no b flag: $(grep Small::main "$OUT/batch.pc")"
fi

# -Xint and TieredStopAtLevel=0: no compilation at all
for opt in -Xint -XX:TieredStopAtLevel=0; do
    if run_case "none$opt" Loop "$opt" -XX:+PrintCompilation; then
        [ ! -s "$OUT/none$opt.pc" ] && ok "no-compilation $opt" || bad "no-compilation $opt" "$(head -2 "$OUT/none$opt.pc")"
    fi
done

# a code cache that fills up: HotSpot's warning once, compilation stops, the program goes on interpreted
if run_case full Small -Xcomp -XX:ReservedCodeCacheSize=64k; then
    n=$(grep -c 'CodeCache is full. Compiler has been disabled.' "$OUT/full.err")
    [ "$n" = 1 ] && ok code-cache-full || bad code-cache-full "warning printed $n times"
fi

# snapshots carry compiled code: the warmed handler's first call after restore runs nothing interpreted
printf 'hello compiled world' > "$OUT/in.txt"
if "$EMBER" snapshot -cp "$CP" --handler Hot --warmup-input "$OUT/in.txt" --warmup-iterations 2000 \
    -o "$OUT/hot.ember" > "$OUT/snap.out" 2>&1; then
    ans=$("$EMBER" invoke --timing "$OUT/hot.ember" --input "$OUT/in.txt" 2> "$OUT/hot.err")
    jl=$(grep '^ember-jit ' "$OUT/hot.err")
    case "$jl" in
    *" interpreted_calls=0 "*" compiled_here=0 "*) ok "warm snapshot: first call compiled ($jl)" ;;
    *) bad "warm snapshot: first call compiled" "got: $jl" ;;
    esac
    ref=$("$EMBER" snapshot -Xint -cp "$CP" --handler Hot --warmup-input "$OUT/in.txt" -o "$OUT/cold.ember" > /dev/null 2>&1 &&
        "$EMBER" invoke "$OUT/cold.ember" --input "$OUT/in.txt" 2>/dev/null)
    [ -n "$ans" ] && [ "$ans" = "$ref" ] && ok "warm snapshot: answer equals the interpreter's ($ans)" ||
        bad "warm snapshot: answer" "compiled: $ans" "interpreted: $ref"
    if "$EMBER" inspect "$OUT/hot.ember" > "$OUT/inspect.txt" 2>&1 && grep -q 'tier 1  Hot::work' "$OUT/inspect.txt" &&
        grep -q 'tier 1  Hot::handle' "$OUT/inspect.txt"; then
        ok "inspect lists the compiled methods"
    else
        bad "inspect lists the compiled methods" "$(grep -i 'tier\|compiled' "$OUT/inspect.txt" | head -5)"
    fi
    # control: snapshotted before the handler got hot, the first call does run interpreted
    "$EMBER" snapshot -XX:CompileThreshold=100000 -cp "$CP" --handler Hot --warmup-input "$OUT/in.txt" \
        --warmup-iterations 3 -o "$OUT/lukewarm.ember" > /dev/null 2>&1
    "$EMBER" invoke --timing "$OUT/lukewarm.ember" --input "$OUT/in.txt" > /dev/null 2> "$OUT/lukewarm.err"
    jl=$(grep '^ember-jit ' "$OUT/lukewarm.err")
    case "$jl" in
    *" interpreted_calls=0 "*) bad "control: an unwarmed snapshot runs interpreted" "got: $jl" ;;
    *interpreted_calls=*) ok "control: an unwarmed snapshot runs interpreted ($jl)" ;;
    *) bad "control: an unwarmed snapshot runs interpreted" "no ember-jit line" ;;
    esac
else
    bad "warm snapshot" "$(head -3 "$OUT/snap.out")"
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
