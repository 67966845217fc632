#!/usr/bin/env bash
# Command-line behaviour of `ember run` compared with `java`: options, errors, -jar (stored and deflated jars),
# -verbose:class, -D, -Xss, exit codes. Prints PASS/FAIL lines and, last, `N passed, N failed`.
# Usage: tests/cli.sh [path/to/ember]
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EMBER=${1:-$ROOT/build/ember}
W=$ROOT/build/tests/cli
rm -rf "$W" && mkdir -p "$W/src" "$W/cls" "$W/jarcls"
export LC_ALL=C.UTF-8
pass=0
fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1: $2"; fail=$((fail + 1)); }

cat > "$W/src/CliMain.java" <<'JAVA'
public class CliMain {
    static int depth(int n) { return depth(n + 1) + 1; }
    public static void main(String[] args) {
        System.out.println("prop=" + System.getProperty("cli.prop") + " args=" + String.join(",", args));
        if (args.length > 0 && args[0].equals("exit")) System.exit(Integer.parseInt(args[1]));
        if (args.length > 0 && args[0].equals("deep")) {
            try { depth(0); } catch (StackOverflowError e) { System.out.println("overflow caught"); }
        }
    }
}
JAVA
cat > "$W/src/NoMain.java" <<'JAVA'
public class NoMain { public static void helper() {} }
JAVA
javac -d "$W/cls" "$W/src/CliMain.java" "$W/src/NoMain.java" || { echo "javac failed"; echo "0 passed, 1 failed"; exit 1; }
printf 'Main-Class: CliMain\n' > "$W/manifest.txt"
(cd "$W/cls" && jar --create --file ../deflated.jar --manifest ../manifest.txt CliMain.class && \
 jar --create --no-compress --file ../stored.jar --manifest ../manifest.txt CliMain.class && \
 jar --create --file ../nomanifest.jar CliMain.class)

# compare <name> <expect-same-first-stderr-line 0|1> -- args...   (runs `java args` and `ember run args`)
compare() {
    local name=$1 cmp_err=$2
    shift 3
    local jo je js eo ee es
    jo=$(cd "$W" && timeout 60 java "$@" 2>"$W/j.err"); js=$?
    eo=$(cd "$W" && timeout 60 "$EMBER" run "$@" 2>"$W/e.err"); es=$?
    je=$(head -n 1 "$W/j.err"); ee=$(head -n 1 "$W/e.err")
    if [ "$jo" != "$eo" ]; then bad "$name" "stdout [$eo] expected [$jo]"; return; fi
    if [ "$js" != "$es" ]; then bad "$name" "exit $es expected $js"; return; fi
    if [ "$cmp_err" = 1 ] && [ "$je" != "$ee" ]; then bad "$name" "stderr [$ee] expected [$je]"; return; fi
    ok "$name"
}

compare classpath 1 -- -cp cls CliMain a b
compare classpath-long 1 -- -classpath cls CliMain
compare property 1 -- -Dcli.prop=hello -cp cls CliMain
compare exit-code 1 -- -cp cls CliMain exit 42
compare jar-deflated 1 -- -jar deflated.jar x y
compare jar-stored 1 -- -jar stored.jar
compare jar-in-classpath 1 -- -cp deflated.jar CliMain z
compare jar-no-manifest 1 -- -jar nomanifest.jar
compare jar-missing 1 -- -jar missing.jar
compare missing-class 1 -- -cp cls NoSuchClass
compare no-main-method 1 -- -cp cls NoMain
compare unknown-option 1 -- -Xbogus -cp cls CliMain
compare small-stack 1 -- -Xss256k -cp cls CliMain deep

out=$("$EMBER" --version 2>&1); st=$?
if [ $st -eq 0 ] && grep -q '^ember ' <<<"$out"; then ok version; else bad version "status $st: $out"; fi
out=$("$EMBER" --help 2>&1); st=$?
if [ $st -eq 0 ] && grep -q 'ember run' <<<"$out"; then ok help; else bad help "status $st"; fi
out=$(cd "$W" && "$EMBER" run -verbose:class -cp cls CliMain 2>&1); st=$?
if [ $st -eq 0 ] && grep -q '^\[[0-9.]*s\]\[info\]\[class,load\] java.lang.Object source: jrt:/java.base$' <<<"$out" &&
    grep -q "\]\[class,load\] CliMain source: file:$W/cls/\$" <<<"$out"; then
    ok verbose-class
else
    bad verbose-class "status $st: $(head -c 300 <<<"$out")"
fi
# A restored snapshot must not load any class on the invoke path (the hooks, the call, the shutdown
# sequence): with -verbose:class baked into the snapshot, a class load would print a line before the answer.
cat > "$W/src/CliEcho.java" <<'JAVA'
public class CliEcho {
    public static String handle(String in) { return "echo:" + in; }
}
JAVA
javac -d "$W/cls" "$W/src/CliEcho.java" || bad restore-loads-no-class "javac failed"
if "$EMBER" snapshot -verbose:class -cp "$W/cls" --handler CliEcho --warmup-iterations 2 -o "$W/echo.ember" >/dev/null; then
    out=$(printf 'x' | "$EMBER" invoke "$W/echo.ember" 2>&1); st=$?
    if [ $st -eq 0 ] && [ "$out" = "echo:x" ]; then ok restore-loads-no-class; else bad restore-loads-no-class "status $st: $(head -c 300 <<<"$out")"; fi
else
    bad restore-loads-no-class "ember snapshot failed"
fi
# Reproducible snapshots: the same binary, class path, handler, inputs and options write the same bytes.
printf 'abc' > "$W/echo.in"
if "$EMBER" snapshot -cp "$W/cls" --handler CliEcho --warmup-input "$W/echo.in" --warmup-iterations 3 -o "$W/r1.ember" &&
    "$EMBER" snapshot -cp "$W/cls" --handler CliEcho --warmup-input "$W/echo.in" --warmup-iterations 3 -o "$W/r2.ember"; then
    if cmp -s "$W/r1.ember" "$W/r2.ember"; then ok snapshot-reproducible; else bad snapshot-reproducible "$(cmp "$W/r1.ember" "$W/r2.ember")"; fi
else
    bad snapshot-reproducible "ember snapshot failed"
fi
# ember bench runs every mode and writes its reports (figures are not checked: timings are never asserted).
if "$EMBER" bench "$W/r1.ember" --runs 2 --input "$W/echo.in" --json "$W/bench.json" --html "$W/bench.html" \
    > "$W/bench.out" 2>&1; then
    if python3 - "$W/bench.json" <<'PY' && grep -q '<svg' "$W/bench.html" && grep -q '^restore, lazy mmap' "$W/bench.out"
import json, sys
r = json.load(open(sys.argv[1]))
modes = {m["id"]: m for m in r["modes"]}
for id in ("mmap", "read", "compressed", "cold"):
    m = modes[id]
    assert m["available"] and len(m["wall_ms"]) == 2 and 0 < m["p50_ms"] <= m["max_ms"], id
assert modes["mmap"]["pss_mib"] > 0
assert [len(c["call_us"]) for c in r["curves"]] == [100, 100]
PY
    then ok bench-reports; else bad bench-reports "report check failed: $(head -c 300 "$W/bench.out")"; fi
else
    bad bench-reports "ember bench failed: $(head -c 300 "$W/bench.out")"
fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
