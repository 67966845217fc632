#!/usr/bin/env bash
# The code cache (jit/jit_codecache.c), the runtime entry table (jit/jit_entries.c) and compiled code in
# snapshots, before any compiler exists: the hidden -XX:JitSelfTest=N (jit/jit_selftest.c) writes
# hand-encoded blobs, calls them directly and through the entry table, patches them, and checks
# /proc/self/maps for writable+executable mappings in VM space at every step; a snapshot keeps the blobs and
# the restored process calls them again (through an entry table refilled with its own addresses).
# Prints `PASS name` / `FAIL name: why` lines and, last, `N passed, N failed`.
# Usage: tests/jit/codecache.sh [--ember PATH]
#
#   selftest-*     the boot self test in `ember run`
#   roundtrip-*    snapshot with the test blobs, invoke (mmap, read, compressed, from a noexec mount), inspect
#   full-*         -XX:ReservedCodeCacheSize tiny: HotSpot's warning exactly once, the program runs on
#   print-*        -XX:+PrintCodeCache: HotSpot's summary shape (compared with java's), on System.exit too,
#                  on stderr for a function (its answer on stdout stays exact)
#   option-*       sizes out of range: HotSpot's messages
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EMBER=$ROOT/build/ember
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$(realpath "$2"); shift 2 ;;
    *) echo "usage: $0 [--ember PATH]" >&2; exit 2 ;;
    esac
done
W=$ROOT/build/tests/jit-codecache
rm -rf "$W" && mkdir -p "$W/cls"
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

cat > "$W/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello " + args.length);
        if (args.length > 0) System.exit(Integer.parseInt(args[0]));
    }
}
JAVA
cat > "$W/Echo.java" <<'JAVA'
public class Echo {
    public static String handle(String in) { return "echo:" + in; }
}
JAVA
if ! javac -d "$W/cls" "$W/Hello.java" "$W/Echo.java" > "$W/javac.log" 2>&1; then
    bad javac "$(head -n 3 "$W/javac.log")"
    finish
fi

# expect_ok <name> <stderr file>: no FAIL line and the final check of the phase is there
no_fail() { ! grep -q 'jit-selftest: FAIL\|fatal error' "$1"; }

# ---- selftest ---------------------------------------------------------------------------------------------
out=$("$EMBER" run -XX:JitSelfTest=1 -cp "$W/cls" Hello 2> "$W/self.err"); st=$?
if [ $st -ne 0 ] || [ "$out" != "hello 0" ] || ! no_fail "$W/self.err"; then
    bad selftest-boot "exit $st, stdout [$out], $(grep -m1 'FAIL\|fatal' "$W/self.err")"
elif ! grep -q 'jit-selftest: ok no writable+executable mapping in VM space after the boot tests' "$W/self.err"; then
    bad selftest-boot "the self test did not run to its end"
else
    ok selftest-boot
fi
for step in 'blob 1 while being written is rw-' 'blob 1 after commit is r-x' 'call blob 2 through the entry table (41)' \
    'blob 1 inside a patch batch is rw-' 'the entry table page is r--' 'every entry is filled, the rest of the page is zero' \
    'call drem through the entry table (7.5 % 2.0 = 1.5)'; do
    if grep -qF "jit-selftest: ok $step" "$W/self.err"; then ok "selftest-${step// /-}"; else bad "selftest-${step// /-}" "missing"; fi
done

# ---- snapshot round trip ----------------------------------------------------------------------------------
if ! "$EMBER" snapshot -XX:JitSelfTest=1 -cp "$W/cls" --main Hello -o "$W/h.ember" > "$W/snap.out" 2>&1; then
    bad roundtrip-snapshot "$(grep -v 'jit-selftest: ok' "$W/snap.out" | head -n 3)"
else
    ok roundtrip-snapshot
    for mode in mmap read; do
        out=$("$EMBER" invoke --restore=$mode "$W/h.ember" 2> "$W/inv.err"); st=$?
        if [ $st -ne 0 ] || [ "$out" != "hello 0" ] || ! no_fail "$W/inv.err"; then
            bad "roundtrip-invoke-$mode" "exit $st, stdout [$out], $(grep -m1 'FAIL\|fatal' "$W/inv.err")"
        elif ! grep -qF 'jit-selftest: ok call restored blob 2 through the refilled entry table (41)' "$W/inv.err" ||
             ! grep -qF 'jit-selftest: ok call it (7)' "$W/inv.err" ||
             ! grep -qF 'jit-selftest: ok no writable+executable mapping in VM space after the restored tests' "$W/inv.err"; then
            bad "roundtrip-invoke-$mode" "restored self test incomplete"
        else
            ok "roundtrip-invoke-$mode"
        fi
    done
    # a second invoke from the same file: the first one's patches and new blob were private to its process
    out=$("$EMBER" invoke "$W/h.ember" 2> "$W/inv2.err"); st=$?
    if [ $st -eq 0 ] && grep -qF 'jit-selftest: ok call restored blob 1 (42)' "$W/inv2.err"; then ok roundtrip-invoke-again
    else bad roundtrip-invoke-again "exit $st, $(grep -m1 'FAIL\|fatal' "$W/inv2.err")"; fi
    if "$EMBER" snapshot -XX:JitSelfTest=1 -cp "$W/cls" --main Hello --compress -o "$W/hz.ember" > /dev/null 2>&1; then
        out=$("$EMBER" invoke "$W/hz.ember" 2> "$W/invz.err"); st=$?
        if [ $st -eq 0 ] && [ "$out" = "hello 0" ] && no_fail "$W/invz.err" &&
           grep -qF 'jit-selftest: ok call it (7)' "$W/invz.err"; then ok roundtrip-compressed
        else bad roundtrip-compressed "exit $st, $(grep -m1 'FAIL\|fatal' "$W/invz.err")"; fi
    else
        bad roundtrip-compressed "ember snapshot --compress failed"
    fi
    # a snapshot on a noexec mount cannot be mapped executable: its code pages are read instead (needs a
    # private mount namespace: `unshare -rm`; skipped where user namespaces are not allowed)
    mkdir -p "$W/noexec"
    if unshare -rm true 2> /dev/null; then
        out=$(unshare -rm sh -c 'mount -t tmpfs -o noexec tmpfs "$1" && cp "$2" "$1/h.ember" && "$3" invoke "$1/h.ember"' \
            sh "$W/noexec" "$W/h.ember" "$EMBER" 2> "$W/noexec.err"); st=$?
        if [ $st -eq 0 ] && [ "$out" = "hello 0" ] && no_fail "$W/noexec.err" &&
           grep -qF 'jit-selftest: ok call it (7)' "$W/noexec.err"; then ok roundtrip-noexec-mount
        else bad roundtrip-noexec-mount "exit $st, $(grep -v 'jit-selftest: ok' "$W/noexec.err" | head -n 2)"; fi
    else
        echo "SKIP roundtrip-noexec-mount: no user namespaces here"
    fi
    "$EMBER" inspect "$W/h.ember" > "$W/inspect.txt" 2>&1
    if grep -qE '^  code-cache +0x[0-9a-f]+ +4096 +- +- r--  \(zero\)$' "$W/inspect.txt" &&
       grep -qE '^  code-cache +0x[0-9a-f]+ +[0-9]+ +[0-9]+ +[0-9]+ r-x  [0-9a-f]{8}$' "$W/inspect.txt" &&
       ! grep -qE ' (rwx|-wx) ' "$W/inspect.txt"; then
        ok roundtrip-inspect-regions
    else
        bad roundtrip-inspect-regions "$(grep code-cache "$W/inspect.txt" | tr '\n' '|')"
    fi
    if grep -qE '^  compiled code  0 methods \(tier 1: 0, tier 2: 0, tier 3: 0, tier 4: 0; 0 OSR\), 3 other blobs, ' "$W/inspect.txt"; then
        ok roundtrip-inspect-compiled
    else
        bad roundtrip-inspect-compiled "$(grep 'compiled code' "$W/inspect.txt")"
    fi
    "$EMBER" inspect --json "$W/h.ember" > "$W/inspect.json" 2>&1
    if python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))["vm"]; assert v["compiled_methods"]["tier1"] == 0; assert v["code_cache"]["blobs"] == 3' "$W/inspect.json" 2> /dev/null; then
        ok roundtrip-inspect-json
    else
        bad roundtrip-inspect-json "$(grep -o '"compiled_methods[^]]*' "$W/inspect.json" | head -c 200)"
    fi
    if "$EMBER" verify "$W/h.ember" > /dev/null 2>&1; then ok roundtrip-verify; else bad roundtrip-verify "ember verify refused it"; fi
fi

# ---- a full code cache -----------------------------------------------------------------------------------
out=$("$EMBER" run -XX:JitSelfTest=2 -XX:ReservedCodeCacheSize=64k -cp "$W/cls" Hello 2> "$W/full.err"); st=$?
w1=$(grep -c '^OpenJDK 64-Bit Server VM warning: CodeCache is full. Compiler has been disabled.$' "$W/full.err")
w2=$(grep -c '^OpenJDK 64-Bit Server VM warning: Try increasing the code cache size using -XX:ReservedCodeCacheSize=$' "$W/full.err")
if [ $st -eq 0 ] && [ "$w1" = 1 ] && [ "$w2" = 1 ] && no_fail "$W/full.err"; then ok full-warning-once
else bad full-warning-once "exit $st, warnings $w1/$w2, $(grep -m1 'FAIL\|fatal' "$W/full.err")"; fi
if grep -q '^hello 0$' <<<"$out" && grep -q '^ compilation: disabled (not enough contiguous free space left)$' <<<"$out" &&
   grep -q '^CodeCache: size=64Kb ' <<<"$out"; then
    ok full-runs-on
else
    bad full-runs-on "stdout [$(tr '\n' '|' <<<"$out")]"
fi
if "$EMBER" snapshot -XX:JitSelfTest=2 -XX:ReservedCodeCacheSize=64k -cp "$W/cls" --main Hello -o "$W/full.ember" > /dev/null 2>&1; then
    out=$("$EMBER" invoke "$W/full.ember" 2> "$W/fullinv.err"); st=$?
    if [ $st -eq 0 ] && [ "$out" = "hello 0" ] && no_fail "$W/fullinv.err" && ! grep -q 'CodeCache is full' "$W/fullinv.err" &&
       grep -qF 'jit-selftest: ok the restored cache is still full' "$W/fullinv.err"; then ok full-restored
    else bad full-restored "exit $st, $(grep -m1 'FAIL\|fatal\|CodeCache' "$W/fullinv.err")"; fi
else
    bad full-restored "ember snapshot failed"
fi

# ---- -XX:+PrintCodeCache ----------------------------------------------------------------------------------
# the summary's shape, numbers and addresses aside, equals java's for the same (unsegmented) cache size
shape() { sed -E 's/0x[0-9a-f]+/ADDR/g; s/[0-9]+/N/g'; }
"$EMBER" run -XX:+PrintCodeCache -XX:ReservedCodeCacheSize=48m -cp "$W/cls" Hello > "$W/print.out" 2> "$W/print.err"
java -XX:+PrintCodeCache -XX:ReservedCodeCacheSize=48m -cp "$W/cls" Hello > "$W/print.java" 2> /dev/null
if [ "$(shape < "$W/print.out")" = "$(shape < "$W/print.java")" ] && grep -q '^CodeCache: size=49152Kb used=' "$W/print.out"; then
    ok print-shape
else
    bad print-shape "ember [$(tr '\n' '|' < "$W/print.out")] java [$(tr '\n' '|' < "$W/print.java")]"
fi
out=$("$EMBER" run -XX:+PrintCodeCache -cp "$W/cls" Hello 3); st=$?
if [ $st -eq 3 ] && grep -q '^CodeCache: size=245760Kb used=' <<<"$out" && grep -q '^ full_count=0$' <<<"$out"; then ok print-system-exit
else bad print-system-exit "exit $st, [$(tr '\n' '|' <<<"$out")]"; fi
if "$EMBER" snapshot -XX:+PrintCodeCache -cp "$W/cls" --handler Echo -o "$W/echo.ember" > /dev/null 2>&1; then
    out=$(printf 'abc' | "$EMBER" invoke "$W/echo.ember" 2> "$W/echo.err"); st=$?
    if [ $st -eq 0 ] && [ "$out" = "echo:abc" ] && grep -q '^CodeCache: size=' "$W/echo.err"; then ok print-function-stderr
    else bad print-function-stderr "exit $st, stdout [$out], stderr [$(head -c 200 "$W/echo.err")]"; fi
else
    bad print-function-stderr "ember snapshot failed"
fi

# ---- options ----------------------------------------------------------------------------------------------
opt_case() {
    local name=$1 want=$2 opt=$3
    local err st
    err=$("$EMBER" run "$opt" -cp "$W/cls" Hello 2>&1 > /dev/null); st=$?
    if [ $st -eq 1 ] && [ "$(head -n 1 <<<"$err")" = "$want" ]; then ok "$name"; else bad "$name" "exit $st, [$err]"; fi
}
opt_case option-too-small 'Invalid ReservedCodeCacheSize: 4K. Must be at least 64K.' -XX:ReservedCodeCacheSize=4k
opt_case option-too-large 'Invalid ReservedCodeCacheSize=2048M. Must be at most 1024M.' -XX:ReservedCodeCacheSize=2g
opt_case option-malformed "Improperly specified VM option 'ReservedCodeCacheSize=12q'" -XX:ReservedCodeCacheSize=12q
finish
