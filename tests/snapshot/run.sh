#!/usr/bin/env bash
# The snapshot suite: `ember snapshot` / `ember invoke` / `inspect` / `verify` / `unpack` end to end, with the
# handlers in tests/snapshot/handlers and the CRaC programs in tests/snapshot/java. Prints `PASS name` /
# `FAIL name: why` lines and, last, `N passed, N failed`; exit status 0 only when nothing failed.
# Usage: tests/snapshot/run.sh [--ember PATH]
#
# Cases (each `ember invoke` is a fresh process restored from the same snapshot):
#   roundtrip-*   handlers of realistic shape: each request's answer through a snapshot equals the answer of
#                 the same handler after the same warm-up in one process, on HotSpot and on `ember run`
#                 (handlers/SnapDriver.java, one process per request, as each invoke starts from the snapshot)
#   model-*       handler classes that break the function model: one-line error naming the class, no file
#   exception-*   an uncaught exception at invoke (exit 1, HotSpot's trace), in warm-up or <clinit> (no file)
#   exact-*       byte-exact answers: no added newline, UTF-8 in and out, the empty request, 1 MiB
#   unique-*      fresh randomness per restored process, seeded Random kept, nanoTime monotonic, real millis
#   hooks-*       jdk.crac resources: beforeCheckpoint C B A at snapshot, afterRestore A B C at every invoke
#   refuse-*      open FileOutputStreams refuse the snapshot (CheckpointException naming the path)
#   mode-*        --restore=read/mmap, --compress and unpack, --verify-checksums, --timing
#   reloc-*       invoking from another directory; classes loaded lazily from the class path after restore
#   atomic-*      -o into a missing directory; a failed snapshot leaves the old file intact
#   inspect-*, verify-*, crac-*   the tools, and the CRaC programs through `snapshot --main` + `invoke`
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EMBER=$ROOT/build/ember
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$(realpath "$2"); shift 2 ;;
    *) echo "usage: $0 [--ember PATH]" >&2; exit 2 ;;
    esac
done
SRC=$ROOT/tests/snapshot
W=$ROOT/build/tests/snapshot
rm -rf "$W" && mkdir -p "$W/cls" "$W/api" "$W/req" "$W/out" "$W/snap"
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
JAVA=(java -Xshare:auto -XX:TieredStopAtLevel=1)

# ---- build: handlers, the driver and the CRaC programs in one javac run; the jdk.crac API classes it
# compiles along (runtime/classlib/jdk/crac, as `make build/crac-api.jar` does) are moved out of the class
# path, because at run time the boot library provides them.
mapfile -t CRAC_API < <(find "$ROOT/runtime/classlib/jdk/crac" -name '*.java' | sort)
if ! javac -nowarn --release 17 -encoding UTF-8 -g -d "$W/cls" "$SRC"/handlers/*.java "$SRC"/java/*.java \
    "${CRAC_API[@]}" > "$W/javac.log" 2>&1; then
    cat "$W/javac.log"
    bad build "javac failed"
    finish
fi
mv "$W/cls/jdk" "$W/api/jdk"

# first line of a file, and "is it empty"
line1() { head -n 1 "$1"; }
lines() { wc -l < "$1" | tr -d ' '; }
# leftovers <dir>: temporary files a snapshot may have left (`.<name>.tmp<pid>`)
leftovers() { find "$1" -maxdepth 1 -name '.*.tmp*' | head -n 3 | tr '\n' ' '; }
# snapshot <out.ember> <log prefix> args...: runs `ember snapshot args -o out`, stderr to <prefix>.err
snapshot() {
    local out=$1 log=$2
    shift 2
    "$EMBER" snapshot "$@" -o "$out" > "$log.out" 2> "$log.err"
}
# invoke <log prefix> args...: `ember invoke args`, stdout to <prefix>.out, stderr to <prefix>.err
invoke() {
    local log=$1
    shift
    "$EMBER" invoke "$@" > "$log.out" 2> "$log.err"
}
# req <name> <printf format> [args]: a request file $W/req/<name>
req() {
    local name=$1
    shift
    # shellcheck disable=SC2059
    printf "$@" > "$W/req/$name"
}

# ---- 1. round trip ----------------------------------------------------------------------------------------
req wc.w1 'The quick brown fox jumps over the lazy dog. The dog sleeps!'
req wc.w2 "Über naïve café: the CAFÉ is open; it's 9 o'clock"
req wc.r1 'the fox and the café, the end'
req wc.r2 ''
req wc.r3 'Dog\ndog\tDOG  fox...\nnew words here; über alles'
req js.w1 '{"name": "Ada", "age": 36, "admin": true}'
req js.r1 '{"name": "Grace \\"Amazing\\" Hopper", "score": 12.25, "x": null}'
req js.r2 '{"id": -4, "tags": "a\\\\b", "ok": false}'
req js.r3 '{"name": "Ada", "age": 36, "admin": true}'
req ct.w1 'alpha'
req ct.w2 'beta gamma'
req ct.r1 'delta'
req ct.r2 'a much longer request than any of the others, with ünïcödé'
req ct.r3 ''
req tb.w1 'GET /index.html\nPOST /api/items\nGET /index.html'
req tb.r1 'GET /index.html\nDELETE /api/items/7'
req tb.r2 'PUT /api/items\nHEAD /new/path\nBREW /coffee'
req tb.r3 'GET /index.html'
req sa.w1 'eu,apples,10\nus,pears,5\neu,pears,7'
req sa.w2 'asia,rice,4'
req sa.r1 'eu,apples,3\nasia,kiwis,12\nbad line\nus,apples,-2'
req sa.r2 'us,plums,1'
req sa.r3 ''
req ro.w1 'hello'
req ro.w2 'hi there'
req ro.r1 'rare:alpha, beta gamma'
req ro.r2 'plain'

# roundtrip <Handler> <prefix> <iterations> "<warm-up names>" "<request names>"
# $VMOPTS: ember VM options (snapshot and run); $TAG: the case's name when a handler runs more than once
roundtrip() {
    local h=$1 p=$2 n=$3 warm=() reqs=() args=() w r i=0 why="" tag=${TAG:-$1}
    for w in $4; do warm+=("$W/req/$p.$w"); args+=(--warmup-input "$W/req/$p.$w"); done
    for r in $5; do reqs+=("$r"); done
    local snapf=$W/snap/$tag.ember log=$W/out/$tag
    if ! snapshot "$snapf" "$log.snap" ${VMOPTS:-} -cp "$W/cls" --handler "$h" --warmup-iterations "$n" "${args[@]}"; then
        bad "roundtrip-$tag" "snapshot failed: $(line1 "$log.snap.err")"
        return
    fi
    for r in "${reqs[@]}"; do
        i=$((i + 1))
        local rf=$W/req/$p.$r o=$log.$r
        "${JAVA[@]}" -cp "$W/cls" SnapDriver "$h" "$n" "$rf" "${warm[@]}" > "$o.java" 2> "$o.java.err" ||
            { why="java driver failed on $r: $(line1 "$o.java.err")"; break; }
        "$EMBER" run ${VMOPTS:-} -cp "$W/cls" SnapDriver "$h" "$n" "$rf" "${warm[@]}" > "$o.run" 2> "$o.run.err" ||
            { why="ember run driver failed on $r: $(line1 "$o.run.err")"; break; }
        # odd requests through --input, even ones through stdin
        if [ $((i % 2)) = 1 ]; then
            invoke "$o.inv" "$snapf" --input "$rf"
        else
            invoke "$o.inv" "$snapf" < "$rf"
        fi || { why="invoke exit $? on $r: $(line1 "$o.inv.err")"; break; }
        [ -s "$o.java" ] || { why="java driver gave an empty answer to $r"; break; }
        cmp -s "$o.java" "$o.run" || { why="ember run differs from java on $r: [$(head -c 200 "$o.run")] expected [$(head -c 200 "$o.java")]"; break; }
        cmp -s "$o.java" "$o.inv.out" || { why="invoke differs from java on $r: [$(head -c 200 "$o.inv.out")] expected [$(head -c 200 "$o.java")]"; break; }
        [ -s "$o.inv.err" ] && { why="invoke wrote to stderr on $r: $(line1 "$o.inv.err")"; break; }
    done
    if [ -n "$why" ]; then bad "roundtrip-$tag" "$why"; else ok "roundtrip-$tag (${#reqs[@]} requests)"; fi
}
roundtrip WordCount wc 3 "w1 w2" "r1 r2 r3"
roundtrip JsonTransform js 2 "w1" "r1 r2 r3"
roundtrip Counter ct 4 "w1 w2" "r1 r2 r3"
roundtrip Tables tb 2 "w1" "r1 r2 r3"
roundtrip Sales sa 3 "w1 w2" "r1 r2 r3"
roundtrip Router ro 3 "w1 w2" "r1 r2"
# the answers above depend on the warm-up's state (so a snapshot that lost it could not pass)
grep -q '^call 5: ' "$W/out/Counter.r1.java" && grep -q '^request 4: ' "$W/out/WordCount.r1.java" &&
    grep -q 'hits=5 literal=true' "$W/out/Tables.r1.java" && grep -q 'totals={asia=4, eu=34, us=10}' "$W/out/Sales.r3.java" &&
    ok roundtrip-state-carried || bad roundtrip-state-carried "answers do not show the warm-up's state"

# A 40000-entry cache in a small heap with heap verification: the restored process collects (young and
# full). The two young-generation sizes make the snapshot follow an odd and an even number of young
# collections, i.e. with the survivor spaces swapped and not (-parity checks that this still holds).
req cc.w1 'fill 20000'
req cc.r1 'churn 48'
req cc.r2 'fill 3000'
req cc.r3 'gc'
VMOPTS="-Xmx24m -Xmn4m -XX:+VerifyHeap" TAG=CacheChurn-4m roundtrip CacheChurn cc 2 "w1" "r1 r2 r3"
VMOPTS="-Xmx24m -Xmn3m -XX:+VerifyHeap" TAG=CacheChurn-3m roundtrip CacheChurn cc 2 "w1" "r1 r2 r3"
parity=""
for mn in 4m 3m; do
    "$EMBER" snapshot -Xmx24m -Xmn$mn -Xlog:gc -cp "$W/cls" --handler CacheChurn --warmup-iterations 2 \
        --warmup-input "$W/req/cc.w1" -o "$W/snap/gclog.ember" > "$W/out/gclog-$mn" 2>&1
    parity+="$(($(grep -c 'Pause Young' "$W/out/gclog-$mn") % 2))"
done
[ "$parity" = 10 ] || [ "$parity" = 01 ] && ok roundtrip-CacheChurn-parity ||
    bad roundtrip-CacheChurn-parity "young collections before the snapshot: $(grep -c 'Pause Young' "$W/out/gclog-4m") and $(grep -c 'Pause Young' "$W/out/gclog-3m"), not one odd and one even: adjust -Xmn"

# ---- 2. function model errors -------------------------------------------------------------------------
mkdir -p "$W/model"
for c in NoHandler BothHandler NoCtorHandler InstanceHandle WrongFunction NoSuchHandler; do
    snapshot "$W/model/$c.ember" "$W/model/$c" -cp "$W/cls" --handler "$c"
    st=$?
    e=$W/model/$c.err
    left=$(leftovers "$W/model")
    if [ $st = 0 ]; then bad "model-$c" "snapshot succeeded"
    elif [ -e "$W/model/$c.ember" ]; then bad "model-$c" "output file left behind"
    elif [ -n "$left" ]; then bad "model-$c" "temporary file left behind: $left"
    elif ! line1 "$e" | grep -q "class $c\b"; then bad "model-$c" "message does not name the class: $(line1 "$e")"
    elif [ "$c" = NoSuchHandler ]; then
        # java's launcher shape: the error line and its cause, nothing more
        if [ "$(sed -n 2p "$e")" = "Caused by: java.lang.ClassNotFoundException: $c" ] && [ "$(lines "$e")" = 2 ]; then
            ok "model-$c"
        else
            bad "model-$c" "expected the error and its cause: $(tr '\n' '|' < "$e")"
        fi
    elif [ "$(lines "$e")" != 1 ]; then bad "model-$c" "$(lines "$e") lines of error: $(tr '\n' '|' < "$e" | head -c 300)"
    else ok "model-$c"
    fi
done
grep -q 'neither' "$W/model/NoHandler.err" && grep -q 'both' "$W/model/BothHandler.err" &&
    grep -q 'constructor' "$W/model/NoCtorHandler.err" && grep -q 'not public static' "$W/model/InstanceHandle.err" &&
    grep -q '<String,String>' "$W/model/WrongFunction.err" && ok model-reasons ||
    bad model-reasons "an error does not say what is wrong: $(cat "$W"/model/*.err | tr '\n' '|' | head -c 600)"

# ---- 3. exceptions ----------------------------------------------------------------------------------------
mkdir -p "$W/exc"
req boom 'boom'
req fine 'fine'
TL=$(grep -n 'LINE:throw' "$SRC/handlers/Thrower.java" | cut -d: -f1)
HL=$(grep -n 'LINE:handle' "$SRC/handlers/Thrower.java" | cut -d: -f1)
if snapshot "$W/exc/thrower.ember" "$W/exc/snap" -cp "$W/cls" --handler Thrower --warmup-input "$W/req/fine" \
    --warmup-iterations 2; then
    invoke "$W/exc/boom" "$W/exc/thrower.ember" --input "$W/req/boom"
    st=$?
    "${JAVA[@]}" -cp "$W/cls" SnapDriver Thrower 0 "$W/req/boom" > /dev/null 2> "$W/exc/java.err"
    e=$W/exc/boom.err
    if [ $st != 1 ]; then bad exception-invoke "exit $st, expected 1"
    elif [ -s "$W/exc/boom.out" ]; then bad exception-invoke "stdout not empty: $(head -c 100 "$W/exc/boom.out")"
    elif [ "$(line1 "$e")" != 'Exception in thread "main" java.lang.IllegalArgumentException: bad request: boom' ]; then
        bad exception-invoke "first line: $(line1 "$e")"
    elif [ "$(line1 "$e")" != "$(line1 "$W/exc/java.err")" ]; then
        bad exception-invoke "first line differs from java's: $(line1 "$W/exc/java.err")"
    elif ! grep -qxF "	at Thrower.parse(Thrower.java:$TL)" "$e" || ! grep -qxF "	at Thrower.handle(Thrower.java:$HL)" "$e"; then
        bad exception-invoke "no frames Thrower.parse:$TL / Thrower.handle:$HL in: $(tr '\n' '|' < "$e" | head -c 400)"
    elif ! grep -qxF 'Caused by: java.lang.NumberFormatException: For input string: "boom"' "$e"; then
        bad exception-invoke "no cause line in: $(tr '\n' '|' < "$e" | head -c 400)"
    else
        ok exception-invoke
    fi
    invoke "$W/exc/fine" "$W/exc/thrower.ember" --input "$W/req/fine"
    st=$?
    [ $st = 0 ] && [ "$(cat "$W/exc/fine.out")" = "ok fine" ] && ok exception-other-request ||
        bad exception-other-request "exit $st, [$(cat "$W/exc/fine.out")]"
else
    bad exception-invoke "snapshot failed: $(line1 "$W/exc/snap.err")"
fi
snapshot "$W/exc/warm.ember" "$W/exc/warm" -cp "$W/cls" --handler Thrower --warmup-input "$W/req/fine" \
    --warmup-input "$W/req/boom" --warmup-iterations 3
st=$?
if [ $st = 0 ]; then bad exception-warmup "snapshot succeeded"
elif [ -e "$W/exc/warm.ember" ] || [ -n "$(leftovers "$W/exc")" ]; then bad exception-warmup "file left behind: $(ls -A "$W/exc" | tr '\n' ' ')"
elif ! grep -q 'warm-up iteration 2' "$W/exc/warm.err" || ! grep -q 'IllegalArgumentException: bad request: boom' "$W/exc/warm.err"; then
    bad exception-warmup "stderr does not name the iteration and exception: $(tr '\n' '|' < "$W/exc/warm.err" | head -c 300)"
else ok exception-warmup
fi
snapshot "$W/exc/init.ember" "$W/exc/init" -cp "$W/cls" --handler InitThrows
st=$?
if [ $st = 0 ]; then bad exception-clinit "snapshot succeeded"
elif [ -e "$W/exc/init.ember" ] || [ -n "$(leftovers "$W/exc")" ]; then bad exception-clinit "file left behind"
elif ! grep -q '^Exception in thread "main" java.lang.ExceptionInInitializerError' "$W/exc/init.err"; then
    bad exception-clinit "stderr: $(tr '\n' '|' < "$W/exc/init.err" | head -c 300)"
else ok exception-clinit
fi

# ---- 4. exact output --------------------------------------------------------------------------------------
mkdir -p "$W/exact"
req x 'x'
if snapshot "$W/snap/Echo.ember" "$W/exact/snap" -cp "$W/cls" --handler Echo --warmup-input "$W/req/x" --warmup-iterations 1; then
    E=$W/snap/Echo.ember
    # what the warm-up wrote (without a newline) came out of `ember snapshot`, and is not replayed below
    [ "$(cat "$W/exact/snap.out")" = "[echo warm-up out]" ] && grep -qF "[echo warm-up err]" "$W/exact/snap.err" &&
        ok exact-warmup-output-at-snapshot ||
        bad exact-warmup-output-at-snapshot "snapshot stdout [$(cat "$W/exact/snap.out")] stderr [$(cat "$W/exact/snap.err")]"
    req abc 'abc'
    invoke "$W/exact/abc" "$E" --input "$W/req/abc"
    [ "$(od -An -c "$W/exact/abc.out" | tr -s ' ')" = " a b c" ] && [ ! -s "$W/exact/abc.err" ] && ok exact-no-newline ||
        bad exact-no-newline "answer bytes: $(od -An -c "$W/exact/abc.out"), stderr [$(cat "$W/exact/abc.err")]"
    req nl 'two\nlines\n'
    invoke "$W/exact/nl" "$E" < "$W/req/nl"
    cmp -s "$W/req/nl" "$W/exact/nl.out" && ok exact-trailing-newline-kept ||
        bad exact-trailing-newline-kept "answer: $(od -An -c "$W/exact/nl.out")"
    req utf8 'héllo, 世界 😀'
    invoke "$W/exact/utf8a" "$E" --input "$W/req/utf8"
    invoke "$W/exact/utf8b" "$E" < "$W/req/utf8"
    [ "$(wc -c < "$W/req/utf8")" = 19 ] && cmp -s "$W/req/utf8" "$W/exact/utf8a.out" && cmp -s "$W/req/utf8" "$W/exact/utf8b.out" &&
        ok exact-utf8 || bad exact-utf8 "answer bytes: $(od -An -tx1 "$W/exact/utf8a.out" | tr -d '\n')"
    req utf8q '?héllo, 世界 😀'
    invoke "$W/exact/utf8q" "$E" --input "$W/req/utf8q"
    "${JAVA[@]}" -cp "$W/cls" SnapDriver Echo 0 "$W/req/utf8q" > "$W/exact/utf8q.java"
    [ "$(cat "$W/exact/utf8q.java")" = "chars=12 codepoints=11 utf8=19 last=U+1f600" ] &&
        cmp -s "$W/exact/utf8q.java" "$W/exact/utf8q.out" && ok exact-utf8-decoded ||
        bad exact-utf8-decoded "[$(cat "$W/exact/utf8q.out")] expected [$(cat "$W/exact/utf8q.java")]"
    invoke "$W/exact/empty" "$E" < /dev/null
    st=$?
    [ $st = 0 ] && [ "$(od -An -c "$W/exact/empty.out" | tr -s ' ')" = " < e m p t y >" ] && ok exact-empty-request ||
        bad exact-empty-request "exit $st, answer [$(cat "$W/exact/empty.out")]"
    # 1 MiB of mixed 1-, 2-, 3- and 4-byte characters
    python3 -c '
import sys
unit = "line of text, héllo, 世界 😀 ünïcödé ∑ \n"
data = (unit * (1048576 // len(unit.encode()) + 1)).encode()[:1048576]
while True:
    try: data.decode(); break
    except UnicodeDecodeError: data = data[:-1] + b"."
sys.stdout.buffer.write(data)' > "$W/req/big"
    invoke "$W/exact/bigf" "$E" --input "$W/req/big"
    invoke "$W/exact/bigs" "$E" < "$W/req/big"
    [ "$(wc -c < "$W/req/big")" = 1048576 ] && cmp -s "$W/req/big" "$W/exact/bigf.out" && cmp -s "$W/req/big" "$W/exact/bigs.out" &&
        ok exact-1MiB || bad exact-1MiB "answer sizes $(wc -c < "$W/exact/bigf.out") $(wc -c < "$W/exact/bigs.out"): $(line1 "$W/exact/bigf.err")"
else
    bad exact "Echo snapshot failed: $(line1 "$W/exact/snap.err")"
fi

# ---- 5. uniqueness ----------------------------------------------------------------------------------------
mkdir -p "$W/uniq"
req warm 'warm'
req go 'go'
if snapshot "$W/snap/Rand.ember" "$W/uniq/snap" -cp "$W/cls" --handler Rand --warmup-input "$W/req/warm" --warmup-iterations 2; then
    RE='^r=(-?[0-9]+) m=([0-9]\.[0-9]+(E-[0-9]+)?) fresh=(-?[0-9]+) seeded=(-?[0-9]+) warmups=2 warmNanos=([0-9]+) nanos=([0-9]+) monotonic=(true|false) millis=([0-9]+)$'
    declare -a RV MV FV SV WN NOW MONO MS BEFORE AFTER
    well=1
    for k in 1 2; do
        BEFORE[$k]=$(date +%s%3N)
        invoke "$W/uniq/go$k" "$W/snap/Rand.ember" --input "$W/req/go"
        st=$?
        AFTER[$k]=$(date +%s%3N)
        a=$(cat "$W/uniq/go$k.out")
        if [ $st != 0 ] || ! [[ $a =~ $RE ]]; then
            bad unique-well-formed "invoke $k exit $st: [$a] $(line1 "$W/uniq/go$k.err")"
            well=0
            break
        fi
        RV[$k]=${BASH_REMATCH[1]} MV[$k]=${BASH_REMATCH[2]} FV[$k]=${BASH_REMATCH[4]} SV[$k]=${BASH_REMATCH[5]}
        WN[$k]=${BASH_REMATCH[6]} NOW[$k]=${BASH_REMATCH[7]} MONO[$k]=${BASH_REMATCH[8]} MS[$k]=${BASH_REMATCH[9]}
    done
    if [ $well = 1 ]; then
        ok unique-well-formed
        [ "${RV[1]}" != "${RV[2]}" ] && ok unique-random-reseeded || bad unique-random-reseeded "static new Random() gave ${RV[1]} twice"
        [ "${MV[1]}" != "${MV[2]}" ] && ok unique-math-random || bad unique-math-random "Math.random() gave ${MV[1]} twice"
        [ "${FV[1]}" != "${FV[2]}" ] && ok unique-new-random-after-restore || bad unique-new-random-after-restore "new Random() gave ${FV[1]} twice"
        # new Random(42), two draws in the warm-up: the third nextLong() of the seed-42 sequence, every time
        [ "${SV[1]}" = 5694868678511409995 ] && [ "${SV[2]}" = 5694868678511409995 ] && ok unique-seeded-kept ||
            bad unique-seeded-kept "new Random(42) gave ${SV[1]} and ${SV[2]}, expected 5694868678511409995"
        [ "${WN[1]}" = "${WN[2]}" ] && [ "${MONO[1]}" = true ] && [ "${MONO[2]}" = true ] &&
            [ "${NOW[1]}" -ge "${WN[1]}" ] && [ "${NOW[2]}" -ge "${WN[2]}" ] && ok unique-nanotime-monotonic ||
            bad unique-nanotime-monotonic "warm-up ${WN[1]}/${WN[2]}, after restore ${NOW[1]}/${NOW[2]}"
        [ "${MS[1]}" -ge $((BEFORE[1] - 3000)) ] && [ "${MS[1]}" -le $((AFTER[1] + 3000)) ] &&
            [ "${MS[2]}" -ge $((BEFORE[2] - 3000)) ] && [ "${MS[2]}" -le $((AFTER[2] + 3000)) ] && ok unique-millis-real ||
            bad unique-millis-real "currentTimeMillis ${MS[1]}, ${MS[2]}; date ${BEFORE[1]}..${AFTER[2]}"
    fi
else
    bad unique "Rand snapshot failed: $(line1 "$W/uniq/snap.err")"
fi

# ---- 6. hooks ---------------------------------------------------------------------------------------------
mkdir -p "$W/hooks"
if snapshot "$W/snap/Hooks.ember" "$W/hooks/snap" -cp "$W/cls" --handler Hooks --warmup-iterations 1; then
    got=$(grep '^hook ' "$W/hooks/snap.err" | tr '\n' '|')
    [ "$got" = "hook before: C|hook before: B|hook before: A|" ] && ok hooks-before-at-snapshot ||
        bad hooks-before-at-snapshot "snapshot stderr hooks: $got"
    why=""
    for k in 1 2; do
        invoke "$W/hooks/inv$k" "$W/snap/Hooks.ember" < /dev/null || { why="invoke $k exit $?: $(line1 "$W/hooks/inv$k.err")"; break; }
        a=$(cat "$W/hooks/inv$k.out")
        [ "$a" = "before:C before:B before:A after:A after:B after:C" ] || { why="invoke $k log: [$a]"; break; }
        e=$(tr '\n' '|' < "$W/hooks/inv$k.err")
        [ "$e" = "hook after: A|hook after: B|hook after: C|" ] || { why="invoke $k stderr: [$e]"; break; }
    done
    [ -z "$why" ] && ok hooks-after-at-each-invoke || bad hooks-after-at-each-invoke "$why"
else
    bad hooks "snapshot failed: $(line1 "$W/hooks/snap.err")"
fi
# a resource that throws in beforeCheckpoint refuses the snapshot; one that throws in afterRestore fails
# every invoke before the handler runs
snapshot "$W/hooks/before.ember" "$W/hooks/before" -Dhook.fail=before -cp "$W/cls" --handler HookFails
st=$?
if [ $st = 0 ]; then bad hooks-before-throws "snapshot succeeded"
elif [ -e "$W/hooks/before.ember" ] || [ -n "$(leftovers "$W/hooks")" ]; then bad hooks-before-throws "file left behind"
elif ! grep -q '^Exception in thread "main" jdk.crac.CheckpointException' "$W/hooks/before.err" ||
    ! grep -qF 'Suppressed: java.lang.IllegalStateException: not ready to checkpoint' "$W/hooks/before.err"; then
    bad hooks-before-throws "stderr: $(tr '\n' '|' < "$W/hooks/before.err" | head -c 400)"
else ok hooks-before-throws
fi
if snapshot "$W/hooks/after.ember" "$W/hooks/after" -Dhook.fail=after -cp "$W/cls" --handler HookFails; then
    invoke "$W/hooks/afterinv" "$W/hooks/after.ember" < /dev/null
    st=$?
    [ $st = 1 ] && [ ! -s "$W/hooks/afterinv.out" ] && grep -q '^Exception in thread "main" jdk.crac.RestoreException' "$W/hooks/afterinv.err" &&
        grep -qF 'Suppressed: java.io.IOException: cannot reconnect' "$W/hooks/afterinv.err" && ok hooks-after-throws ||
        bad hooks-after-throws "exit $st, stdout [$(cat "$W/hooks/afterinv.out")], stderr: $(tr '\n' '|' < "$W/hooks/afterinv.err" | head -c 300)"
else
    bad hooks-after-throws "snapshot failed: $(line1 "$W/hooks/after.err")"
fi

# ---- 7. refusals ------------------------------------------------------------------------------------------
mkdir -p "$W/refuse"
for mode in leak-init leak-warmup; do
    held=$W/refuse/held-$mode.txt
    snapshot "$W/refuse/$mode.ember" "$W/refuse/$mode" "-Dholder.path=$held" "-Dholder.mode=$mode" -cp "$W/cls" \
        --handler FileHolder --warmup-input "$W/req/warm" --warmup-iterations 1
    st=$?
    e=$W/refuse/$mode.err
    if [ $st = 0 ]; then bad "refuse-$mode" "snapshot succeeded"
    elif [ -e "$W/refuse/$mode.ember" ] || [ -n "$(leftovers "$W/refuse")" ]; then bad "refuse-$mode" "file left behind"
    elif ! grep -q '^Exception in thread "main" jdk.crac.CheckpointException' "$e" ||
        ! grep -qF "jdk.crac.impl.CheckpointOpenFileException: $held" "$e"; then
        bad "refuse-$mode" "stderr: $(tr '\n' '|' < "$e" | head -c 400)"
    else ok "refuse-$mode"
    fi
done
held=$W/refuse/held-close.txt
if snapshot "$W/refuse/close.ember" "$W/refuse/close" "-Dholder.path=$held" -Dholder.mode=close -cp "$W/cls" \
    --handler FileHolder --warmup-input "$W/req/warm" --warmup-iterations 1 &&
    invoke "$W/refuse/close-inv" "$W/refuse/close.ember" --input "$W/req/go" &&
    [ "$(cat "$W/refuse/close-inv.out")" = "close go open=false" ] && [ "$(cat "$held")" = closed ]; then
    ok refuse-closed-stream-is-fine
else
    bad refuse-closed-stream-is-fine "$(line1 "$W/refuse/close.err") $(line1 "$W/refuse/close-inv.err") [$(cat "$W/refuse/close-inv.out" 2>/dev/null)]"
fi
# the CRaC way: a resource closes the stream before the checkpoint and reopens it after each restore
held=$W/refuse/held-crac.txt
if snapshot "$W/refuse/crac.ember" "$W/refuse/crac" "-Dholder.path=$held" -Dholder.mode=crac -cp "$W/cls" \
    --handler FileHolder --warmup-input "$W/req/warm" --warmup-iterations 1 &&
    [ "$(cat "$held")" = $'init\nwarm' ] &&
    invoke "$W/refuse/crac-inv" "$W/refuse/crac.ember" --input "$W/req/go" &&
    [ "$(cat "$W/refuse/crac-inv.out")" = "crac go open=true" ] && [ "$(cat "$held")" = $'init\nwarm\ngo' ]; then
    ok refuse-crac-reopen
else
    bad refuse-crac-reopen "$(line1 "$W/refuse/crac.err") $(line1 "$W/refuse/crac-inv.err") answer [$(cat "$W/refuse/crac-inv.out" 2>/dev/null)] file [$(tr '\n' '|' < "$held")]"
fi

# ---- 8. restore modes, compression, checksums, timing -----------------------------------------------------
mkdir -p "$W/mode"
S=$W/snap/Sales.ember
X=$W/out/Sales.r1.java # HotSpot's answer to sa.r1 after the same warm-up
if [ -s "$S" ] && [ -s "$X" ]; then
    invoke "$W/mode/read" --restore=read "$S" --input "$W/req/sa.r1"
    invoke "$W/mode/mmap" "$S" --restore=mmap --input "$W/req/sa.r1"
    cmp -s "$X" "$W/mode/read.out" && cmp -s "$X" "$W/mode/mmap.out" && ok mode-read-mmap ||
        bad mode-read-mmap "read [$(head -c 100 "$W/mode/read.out")] mmap [$(head -c 100 "$W/mode/mmap.out")] $(line1 "$W/mode/read.err")"
    # four instances of one snapshot at once (one page-cache copy, private writes)
    for k in 1 2 3 4; do invoke "$W/mode/conc$k" "$S" --input "$W/req/sa.r1" & done
    wait
    why=""
    for k in 1 2 3 4; do cmp -s "$X" "$W/mode/conc$k.out" || why+="instance $k: [$(head -c 80 "$W/mode/conc$k.out")] $(line1 "$W/mode/conc$k.err") "; done
    [ -z "$why" ] && ok mode-concurrent || bad mode-concurrent "$why"
    invoke "$W/mode/vc" --verify-checksums "$S" --input "$W/req/sa.r1"
    st=$?
    [ $st = 0 ] && cmp -s "$X" "$W/mode/vc.out" && [ ! -s "$W/mode/vc.err" ] && ok mode-verify-checksums ||
        bad mode-verify-checksums "exit $st: $(line1 "$W/mode/vc.err")"
    TRE='^ember-timing restore_us=[0-9]+ hooks_us=[0-9]+ handler_us=[0-9]+ total_us=[0-9]+$'
    JRE='^ember-jit interpreted_calls=[0-9]+ compiled_methods=[0-9]+ compiled_here=[0-9]+ osr_transfers=[0-9]+$'
    invoke "$W/mode/timing" --timing "$S" --input "$W/req/sa.r1"
    st=$?
    [ $st = 0 ] && cmp -s "$X" "$W/mode/timing.out" && [ "$(lines "$W/mode/timing.err")" = 2 ] &&
        grep -Eq "$TRE" "$W/mode/timing.err" && grep -Eq "$JRE" "$W/mode/timing.err" && ok mode-timing ||
        bad mode-timing "exit $st, stderr: $(tr '\n' '|' < "$W/mode/timing.err")"
    C=$W/mode/Sales-z.ember
    if snapshot "$C" "$W/mode/z" -cp "$W/cls" --handler Sales --warmup-iterations 3 \
        --warmup-input "$W/req/sa.w1" --warmup-input "$W/req/sa.w2" --compress; then
        [ "$(stat -c %s "$C")" -lt "$(stat -c %s "$S")" ] && ok mode-compress-smaller ||
            bad mode-compress-smaller "$(stat -c %s "$C") bytes compressed, $(stat -c %s "$S") not"
        invoke "$W/mode/zinv" --timing "$C" --input "$W/req/sa.r1"
        st=$?
        [ $st = 0 ] && cmp -s "$X" "$W/mode/zinv.out" && grep -Eq "$TRE" "$W/mode/zinv.err" && [ "$(lines "$W/mode/zinv.err")" = 2 ] &&
            ok mode-compress-invoke || bad mode-compress-invoke "exit $st: $(line1 "$W/mode/zinv.err") [$(head -c 100 "$W/mode/zinv.out")]"
        U=$W/mode/Sales-u.ember
        if "$EMBER" unpack "$C" "$U" > "$W/mode/unpack.out" 2>&1; then
            invoke "$W/mode/uinv" "$U" --input "$W/req/sa.r1"
            st=$?
            "$EMBER" verify "$U" > "$W/mode/uverify.out" 2>&1
            vst=$?
            [ $st = 0 ] && cmp -s "$X" "$W/mode/uinv.out" && [ $vst = 0 ] && [ "$(stat -c %s "$U")" -gt "$(stat -c %s "$C")" ] &&
                ok mode-unpack || bad mode-unpack "invoke exit $st, verify exit $vst: $(line1 "$W/mode/uverify.out")"
        else
            bad mode-unpack "unpack failed: $(line1 "$W/mode/unpack.out")"
        fi
    else
        bad mode-compress "snapshot --compress failed: $(line1 "$W/mode/z.err")"
    fi
    # one flipped byte in the middle of the last stored region: --verify-checksums (and verify) refuse it
    off=$(python3 -c '
import json, sys
r = [r for r in json.load(open(sys.argv[1]))["regions"] if not r["zero"]][-1]
print(r["file_offset"] + r["stored_size"] // 2)' <("$EMBER" inspect --json "$S") 2>/dev/null)
    if [ -n "$off" ]; then
        cp "$S" "$W/mode/bad.ember"
        b=$(od -An -tu1 -j "$off" -N1 "$S" | tr -d ' ')
        printf "$(printf '\\%03o' $(((b ^ 0x10) & 255)))" | dd of="$W/mode/bad.ember" bs=1 seek="$off" conv=notrunc status=none
        invoke "$W/mode/bad" --verify-checksums "$W/mode/bad.ember" --input "$W/req/sa.r1"
        st=$?
        "$EMBER" verify "$W/mode/bad.ember" > "$W/mode/badverify.out" 2> "$W/mode/badverify.err"
        vst=$?
        if cmp -s "$S" "$W/mode/bad.ember"; then bad mode-verify-checksums-refuses "the byte was not flipped"
        elif [ $st = 2 ] && [ "$(lines "$W/mode/bad.err")" = 1 ] && [ ! -s "$W/mode/bad.out" ] && [ $vst = 2 ]; then
            ok mode-verify-checksums-refuses
        else
            bad mode-verify-checksums-refuses "invoke exit $st [$(tr '\n' '|' < "$W/mode/bad.err" | head -c 200)], verify exit $vst"
        fi
    else
        bad mode-verify-checksums-refuses "no region offset from inspect --json"
    fi
else
    bad mode "no Sales snapshot or answer from the round trip"
fi

# ---- 9. relocation of the caller, lazy class loading --------------------------------------------------------
# Router in a directory and RareFormatter in a jar, both named by relative class path entries at snapshot
# time; the invokes run from / and RareFormatter is first needed after restore.
RL=$W/reloc
mkdir -p "$RL/dir"
cp "$W/cls/Router.class" "$RL/dir/"
(cd "$W/cls" && jar --create --file "$RL/rare.jar" RareFormatter.class)
if (cd "$RL" && snapshot "$RL/router.ember" "$RL/snap" -cp dir:rare.jar --handler Router --warmup-iterations 3 \
    --warmup-input "$W/req/ro.w1" --warmup-input "$W/req/ro.w2"); then
    why=""
    for r in r1 r2; do
        (cd / && invoke "$RL/$r" "$RL/router.ember" --input "$W/req/ro.$r") || { why="invoke $r exit $?: $(line1 "$RL/$r.err")"; break; }
        cmp -s "$W/out/Router.$r.java" "$RL/$r.out" || { why="[$(cat "$RL/$r.out")] expected [$(cat "$W/out/Router.$r.java")]"; break; }
    done
    [ -z "$why" ] && ok reloc-other-cwd || bad reloc-other-cwd "$why"
    # without the jar, the request that needs RareFormatter fails (so it was not in the snapshot) and the
    # others still work
    mv "$RL/rare.jar" "$RL/rare.jar.away"
    (cd / && invoke "$RL/gone1" "$RL/router.ember" --input "$W/req/ro.r1")
    st1=$?
    (cd / && invoke "$RL/gone2" "$RL/router.ember" --input "$W/req/ro.r2")
    st2=$?
    mv "$RL/rare.jar.away" "$RL/rare.jar"
    if [ $st1 = 1 ] && grep -q 'NoClassDefFoundError: RareFormatter' "$RL/gone1.err" && [ $st2 = 0 ] &&
        cmp -s "$W/out/Router.r2.java" "$RL/gone2.out"; then
        ok reloc-lazy-class-loading
    else
        bad reloc-lazy-class-loading "without the jar: rare exit $st1 [$(line1 "$RL/gone1.err")], plain exit $st2"
    fi
else
    bad reloc "snapshot failed: $(line1 "$RL/snap.err")"
fi

# ---- 10. atomicity ----------------------------------------------------------------------------------------
A=$W/atomic
mkdir -p "$A"
snapshot "$A/missing/sub/f.ember" "$A/nodir" -cp "$W/cls" --handler Echo
st=$?
[ $st != 0 ] && [ ! -e "$A/missing" ] && [ "$(lines "$A/nodir.err")" = 1 ] && grep -q "$A/missing/sub" "$A/nodir.err" &&
    ok atomic-missing-directory || bad atomic-missing-directory "exit $st: $(tr '\n' '|' < "$A/nodir.err")"
if snapshot "$A/f.ember" "$A/old" -cp "$W/cls" --handler Echo; then
    cp "$A/f.ember" "$A/f.ember.orig"
    snapshot "$A/f.ember" "$A/fail" -cp "$W/cls" --handler Thrower --warmup-input "$W/req/boom" --warmup-iterations 1
    st=$?
    invoke "$A/oldinv" "$A/f.ember" --input "$W/req/abc"
    if [ $st != 0 ] && cmp -s "$A/f.ember" "$A/f.ember.orig" && [ "$(cat "$A/oldinv.out")" = abc ] && [ -z "$(leftovers "$A")" ]; then
        ok atomic-failed-keeps-old
    else
        bad atomic-failed-keeps-old "snapshot exit $st, old file $(cmp -s "$A/f.ember" "$A/f.ember.orig" && echo intact || echo changed), left: $(leftovers "$A")"
    fi
    if snapshot "$A/f.ember" "$A/new" -cp "$W/cls" --handler Counter && invoke "$A/newinv" "$A/f.ember" --input "$W/req/abc" &&
        grep -q '^call 1: len=3 ' "$A/newinv.out" && [ -z "$(leftovers "$A")" ]; then
        ok atomic-replaces
    else
        bad atomic-replaces "$(line1 "$A/new.err") [$(cat "$A/newinv.out" 2>/dev/null)] left: $(leftovers "$A")"
    fi
else
    bad atomic "snapshot failed: $(line1 "$A/old.err")"
fi

# ---- 11. inspect, 13. verify ------------------------------------------------------------------------------
if [ -s "$S" ]; then
    "$EMBER" inspect "$S" > "$W/mode/inspect.txt" 2>&1
    st=$?
    [ $st = 0 ] && grep -Eq '^ +handler +Sales$' "$W/mode/inspect.txt" && grep -Eq '^regions \([0-9]+\)$' "$W/mode/inspect.txt" &&
        grep -Eq '^ +heap-old +0x[0-9a-f]+ +[0-9]+ ' "$W/mode/inspect.txt" && ok inspect-text ||
        bad inspect-text "exit $st: $(head -c 300 "$W/mode/inspect.txt" | tr '\n' '|')"
    "$EMBER" inspect --json "$S" > "$W/mode/inspect.json" 2> "$W/mode/inspect.json.err"
    st=$?
    if [ $st = 0 ] && python3 -m json.tool "$W/mode/inspect.json" > /dev/null 2>&1 &&
        python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["header"]["handler"] == "Sales", d["header"]["handler"]
assert d["vm"]["classes"] > 0
assert any(r["kind"] == "heap-old" and not r["zero"] for r in d["regions"])' "$W/mode/inspect.json" 2> "$W/mode/inspect.py.err"; then
        ok inspect-json
    else
        bad inspect-json "exit $st: $(tail -n 1 "$W/mode/inspect.py.err") $(line1 "$W/mode/inspect.json.err")"
    fi
    "$EMBER" verify "$S" > "$W/mode/verify.out" 2> "$W/mode/verify.err"
    st=$?
    [ $st = 0 ] && [ "$(lines "$W/mode/verify.out")" = 1 ] && [ ! -s "$W/mode/verify.err" ] && grep -q ok "$W/mode/verify.out" &&
        ok verify-good || bad verify-good "exit $st: $(cat "$W/mode/verify.out" "$W/mode/verify.err" | tr '\n' '|')"
fi

# ---- 12. the CRaC programs: `ember run`, and `ember snapshot --main` (snapshot before main) + `ember invoke`
mkdir -p "$W/crac"
for p in CracOrder CracFailing CracWeak; do
    "$EMBER" run -cp "$W/cls" "$p" > "$W/crac/$p.run" 2> "$W/crac/$p.run.err"
    st=$?
    [ $st = 0 ] && cmp -s "$SRC/java/$p.expected" "$W/crac/$p.run" && ok "crac-run-$p" ||
        bad "crac-run-$p" "exit $st: $(diff "$SRC/java/$p.expected" "$W/crac/$p.run" | head -n 3 | tr '\n' '|') $(line1 "$W/crac/$p.run.err")"
    if snapshot "$W/crac/$p.ember" "$W/crac/$p.snap" -cp "$W/cls" --main "$p"; then
        invoke "$W/crac/$p.inv" "$W/crac/$p.ember"
        st=$?
        [ $st = 0 ] && cmp -s "$SRC/java/$p.expected" "$W/crac/$p.inv.out" && ok "crac-invoke-$p" ||
            bad "crac-invoke-$p" "exit $st: $(diff "$SRC/java/$p.expected" "$W/crac/$p.inv.out" | head -n 3 | tr '\n' '|') $(line1 "$W/crac/$p.inv.err")"
    else
        bad "crac-invoke-$p" "snapshot --main failed: $(line1 "$W/crac/$p.snap.err")"
    fi
done

# a --main snapshot of a plain program: arguments after --, System.exit's status, <clinit> before the snapshot
if snapshot "$W/crac/MainArgs.ember" "$W/crac/MainArgs.snap" -cp "$W/cls" --main MainArgs; then
    invoke "$W/crac/ma1" "$W/crac/MainArgs.ember" -- a 'b c' ''
    st1=$?
    invoke "$W/crac/ma2" "$W/crac/MainArgs.ember" -- exit 7
    st2=$?
    [ $st1 = 0 ] && [ "$(cat "$W/crac/ma1.out")" = "args=3 [a|b c|] runs=1 initBeforeMain=true" ] && [ $st2 = 7 ] &&
        [ "$(cat "$W/crac/ma2.out")" = "args=2 [exit|7] runs=1 initBeforeMain=true" ] && ok main-args ||
        bad main-args "exit $st1 [$(cat "$W/crac/ma1.out")], exit $st2 [$(cat "$W/crac/ma2.out")] $(line1 "$W/crac/ma1.err")"
else
    bad main-args "snapshot --main failed: $(line1 "$W/crac/MainArgs.snap.err")"
fi

finish
