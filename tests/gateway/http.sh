#!/usr/bin/env bash
# `ember serve` end to end over HTTP (curl, and tests/gateway/gwclient.py for raw bytes, keep-alive load and
# the metrics format), against real snapshots of the handlers in tests/gateway/handlers: every route and
# status, keep-alive, chunked bodies, malformed requests, metrics, the access log, hot swap by PUT under
# load, SIGHUP reload (added, changed, removed functions; a bad file kept out), a slow function beside fast
# ones, 50 concurrent requests, no descriptor or process leak after 10,000 requests, SIGTERM drain.
# Prints PASS/FAIL lines and, last, `N passed, N failed`.
# Usage: tests/gateway/http.sh [--ember PATH]   (ember-gateway is found next to the ember binary)
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EMBER=$ROOT/build/ember
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$(realpath "$2"); shift 2 ;;
    *) echo "usage: $0 [--ember PATH]" >&2; exit 2 ;;
    esac
done
W=$(dirname "$EMBER")/tests/gateway-http
rm -rf "$W" && mkdir -p "$W/cls"
export LC_ALL=C.UTF-8
CLIENT="python3 $ROOT/tests/gateway/gwclient.py"
pass=0
fail=0
ok() { echo "PASS $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1: $2"; fail=$((fail + 1)); }
check() { # check NAME GOT WANT
    if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "got [$2] want [$3]"; fi
}
finish() {
    [ -n "${GWPID:-}" ] && kill -9 "$GWPID" 2>/dev/null
    echo "$pass passed, $fail failed"
    exit $((fail > 0))
}

if [ ! -x "$(dirname "$EMBER")/ember-gateway" ]; then
    bad setup "no $(dirname "$EMBER")/ember-gateway"
    finish
fi
javac -d "$W/cls" "$ROOT"/tests/gateway/handlers/Http*.java || { bad setup javac; finish; }
for h in HttpHello HttpHelloV2 HttpEcho HttpThrow HttpSlow HttpExit; do
    "$EMBER" snapshot -cp "$W/cls" --handler $h --warmup-iterations 2 -o "$W/$h.ember" >/dev/null 2>&1 ||
        { bad setup "snapshot $h"; finish; }
done

cat > "$W/serve.conf" <<EOF
# functions of the http suite (the others are on the command line)
[defaults]
timeout_ms = 1500

[function hello]
snapshot = HttpHello.ember

[function reuse]
snapshot = HttpHello.ember
isolation = reuse
reuse_max_requests = 50

[function tiny]
snapshot = HttpEcho.ember
max_request = 16

[function exitreuse]
snapshot = HttpExit.ember
isolation = reuse

[function busy]
snapshot = HttpSlow.ember
max_instances = 1
max_queue = 0
timeout_ms = 5000
EOF

# start_gw LOGNAME args...: starts `ember serve` on a free port; sets GWPID, PORT, U
start_gw() {
    local log=$1
    shift
    "$EMBER" serve --port 0 --bind 127.0.0.1 --access-log "$W/$log.access" "$@" 2> "$W/$log.err" &
    GWPID=$!
    PORT=
    for _ in $(seq 200); do
        PORT=$(sed -n 's/.*listening on [0-9.]*:\([0-9]*\) .*/\1/p' "$W/$log.err")
        [ -n "$PORT" ] && break
        kill -0 "$GWPID" 2>/dev/null || break
        sleep 0.05
    done
    U=http://127.0.0.1:$PORT
    [ -n "$PORT" ]
}
alive() { kill -0 "$GWPID" 2>/dev/null; }
# status and body of one request: st METHOD PATH [curl args...]
st() {
    local m=$1 p=$2
    shift 2
    curl -s -o "$W/body" -w '%{http_code}' -X "$m" "$@" "$U$p"
}
body() { cat "$W/body"; }
hdr() { curl -s -D - -o /dev/null "$@" | tr -d '\r'; }

cd "$W" || exit 1
start_gw main --config serve.conf --timeout-ms 1500 --idle-timeout-s 2 --max-request-bytes 65536 \
    echo=HttpEcho.ember throw=HttpThrow.ember slow=HttpSlow.ember exit=HttpExit.ember || { bad start "$(cat "$W/main.err")"; finish; }
ok "ember serve started on port $PORT"

# ---- routes and statuses ------------------------------------------------------------------------------------
check healthz "$(st GET /healthz)$(body)" "200ok"
check healthz-head "$(curl -s -o /dev/null -w '%{http_code}' -I "$U/healthz")" "200"
check healthz-405 "$(st POST /healthz -d x) $(hdr -X POST -d x "$U/healthz" | grep -i '^allow:')" "405 Allow: GET, HEAD"
check hello "$(st POST /function/hello -d world)|$(body)" "200|hello world"
check hello-content-type "$(hdr -d x "$U/function/hello" | grep -i '^content-type:')" \
    "Content-Type: text/plain; charset=utf-8"
check function-subpath "$(st POST '/function/hello/more/path?q=1' -d w)|$(body)" "200|hello w"
check function-405 "$(st GET /function/hello) $(hdr "$U/function/hello" | grep -i '^allow:')" "405 Allow: POST"
check unknown-function "$(st POST /function/nope -d x)" "404"
check unknown-path "$(st GET /nothing/here)" "404"
check bad-name "$(st POST '/function/a%20b' -d x)" "404"
printf 'h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80\n\tend' > utf8.txt
st POST /function/echo --data-binary @utf8.txt > /dev/null
if cmp -s utf8.txt "$W/body"; then ok echo-utf8-exact; else bad echo-utf8-exact "$(od -c "$W/body" | head -3)"; fi
check echo-empty "$(st POST /function/echo)|$(body)" "200|"
code=$(st POST /function/throw -d x)
check exception-500 "$code|$(body)" "500|java.lang.IllegalStateException: refused: x"
check timeout-504 "$(st POST /function/slow -d 4000)" "504"
check instance-gone-502 "$(st POST /function/exit -d x)" "502"
check instance-gone-502-reuse "$(st POST /function/exitreuse -d x)" "502"
check after-502 "$(st POST /function/exitreuse)|$(st POST /function/exit)" "200|200"
check reuse-isolation "$(st POST /function/reuse -d r)|$(body)" "200|hello r"

# ---- request bodies -----------------------------------------------------------------------------------------
head -c 100000 /dev/zero | tr '\0' a > big.txt
check content-length-413 "$(st POST /function/tiny --data-binary @big.txt)" "413"
check content-length-413-cli "$(st POST /function/echo --data-binary @big.txt)" "413"
check chunked-413 "$(st POST /function/tiny -H 'Transfer-Encoding: chunked' --data-binary @big.txt)" "413"
printf '0123456789abcdef' > sixteen.txt
check at-limit "$(st POST /function/tiny --data-binary @sixteen.txt)|$(body)" "200|0123456789abcdef"
head -c 60000 /dev/urandom | base64 -w 0 | head -c 60000 > chunked.txt
st POST /function/echo -H 'Transfer-Encoding: chunked' --data-binary @chunked.txt > /dev/null
if cmp -s chunked.txt "$W/body"; then ok chunked-body-exact; else bad chunked-body-exact "$(wc -c < "$W/body") bytes"; fi
check expect-100 "$(st POST /function/echo -H 'Expect: 100-continue' --data-binary @sixteen.txt)|$(body)" \
    "200|0123456789abcdef"

# ---- keep-alive ---------------------------------------------------------------------------------------------
reused=$(curl -sv -d k "$U/function/hello" "$U/function/hello" "$U/function/echo" "$U/function/hello" 2>&1 >/dev/null |
    grep -c 'Re-using existing connection')
check keep-alive-curl "$reused" "3"
check keep-alive-client "$($CLIENT load "$PORT" /function/hello ka 20 1)" "ok=20 fail=0 bodies=hello ka errors="

# ---- malformed requests: 4xx, and the gateway keeps serving -------------------------------------------------
raw() { printf "$1" | $CLIENT raw "$PORT" "${2:-5}"; }
check bad-request-line "$(raw 'GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n')" "400"
check bad-header "$(raw 'GET /healthz HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n')" "400"
check no-host "$(raw 'GET /healthz HTTP/1.1\r\n\r\n')" "400"
check bad-version "$(raw 'GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n')" "505"
{ printf 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: '; head -c 100000 /dev/zero | tr '\0' a; printf '\r\n\r\n'; } > hugehdr.txt
check huge-header "$($CLIENT raw "$PORT" < hugehdr.txt)" "431"
check bad-content-length "$(raw 'POST /function/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n')" "400"
check bad-chunk-size "$(raw 'POST /function/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n')" "400"
check two-content-lengths "$(raw 'POST /function/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde')" "400"
check length-and-chunked "$(raw 'POST /function/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n')" "400"
# a body shorter than its Content-Length: nothing to answer until the idle timeout (2 s) closes it
t0=$(date +%s%N)
check short-body "$(raw 'POST /function/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc' 10)" "none"
t1=$(( ($(date +%s%N) - t0) / 1000000 ))
if [ "$t1" -lt 9000 ]; then ok "short-body closed by the idle timeout (${t1} ms)"; else bad short-body-timeout "$t1 ms"; fi
# a body longer than its Content-Length: the rest is the next request, here a malformed one
check long-body "$(raw 'POST /function/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcXYZ\r\n\r\n')" "200"
for _ in 1 2 3; do { head -c 300 /dev/urandom; printf '\r\n\r\n'; } | $CLIENT raw "$PORT" 2 > /dev/null; done
check still-serving "$(alive && st POST /function/hello -d after)|$(body)" "200|hello after"

# ---- a slow function does not stall others; admission bound (503) -------------------------------------------
curl -s -o "$W/busy.out" -w '%{http_code}' -d 1200 "$U/function/busy" > "$W/busy.code" &
bpid=$!
sleep 0.3
t0=$(date +%s%N)
fast="$(st GET /healthz)$(st POST /function/hello -d f)$(st GET /metrics)"
t1=$(( ($(date +%s%N) - t0) / 1000000 ))
check fast-beside-slow "$fast" "200200200"
if [ "$t1" -lt 800 ]; then ok "fast requests answered in $t1 ms beside a 1.2 s function"; else bad fast-latency "$t1 ms"; fi
check busy-503 "$(st POST /function/busy -d 1)" "503"
wait $bpid
check busy-first-200 "$(cat "$W/busy.code")|$(cat "$W/busy.out")" "200|slept 1200"

# ---- concurrency -------------------------------------------------------------------------------------------
pids=
for i in $(seq 50); do
    curl -s -o "$W/par.$i" -w '%{http_code}\n' -d "p$i" "$U/function/hello" > "$W/par.$i.code" &
    pids="$pids $!"
done
wait $pids
good=0
for i in $(seq 50); do
    [ "$(cat "$W/par.$i.code")" = 200 ] && [ "$(cat "$W/par.$i")" = "hello p$i" ] && good=$((good + 1))
done
check parallel-50 "$good" "50"

# ---- metrics ------------------------------------------------------------------------------------------------
if $CLIENT metrics "$PORT" > metrics.txt; then ok metrics-format; else bad metrics-format "$(grep ERROR metrics.txt | head -3)"; fi
m() { awk -v k="$1" '$1 == k { print $2 }' metrics.txt; }
h=$(m 'ember_invocations_total{function="hello"}')
if [ -n "$h" ] && [ "$h" -ge 60 ]; then ok "metrics invocations hello=$h"; else bad metrics-invocations "[$h]"; fi
check metrics-500 "$(m 'ember_errors_total{function="throw",code="500"}')" "1"
check metrics-504 "$(m 'ember_errors_total{function="slow",code="504"}')" "1"
check metrics-413 "$(m 'ember_errors_total{function="tiny",code="413"}')" "2"
check metrics-503 "$(m 'ember_errors_total{function="busy",code="503"}')" "1"
for fam in ember_restores_total ember_instances_alive ember_invocation_duration_seconds_count; do
    if grep -q "^$fam{function=\"hello\"} " metrics.txt; then ok "metrics $fam"; else bad "metrics $fam" missing; fi
done
check metrics-histogram "$(m 'ember_invocation_duration_seconds_bucket{function="busy",le="+Inf"}')" \
    "$(m 'ember_invocation_duration_seconds_count{function="busy"}')"

# ---- access log ---------------------------------------------------------------------------------------------
line=$(grep 'path=/function/throw ' main.access | tail -1)
case $line in
time=*" method=POST path=/function/throw function=throw status=500 bytes_in=1 bytes_out="*" duration_us="*" isolation=fork")
    ok access-log-line ;;
*) bad access-log-line "[$line]" ;;
esac
check access-log-reuse "$(grep -c 'function=reuse status=200 .*isolation=reuse$' main.access)" "1"
check access-log-escaped "$(grep -c 'path="/function/a b"' main.access)" "1"

# ---- hot swap: PUT /admin/functions/<name> ------------------------------------------------------------------
check put-405 "$(st GET /admin/functions/hello) $(hdr "$U/admin/functions/hello" | grep -i '^allow:')" "405 Allow: PUT"
check put-unknown "$(st PUT /admin/functions/nope --data-binary "$W/HttpHelloV2.ember")" "404"
check put-bad-snapshot "$(st PUT /admin/functions/hello --data-binary "$W/utf8.txt")" "400"
check put-missing "$(st PUT /admin/functions/hello --data-binary /no/such.ember)" "400"
check after-bad-put "$(st POST /function/hello -d s)|$(body)" "200|hello s"
check put-v2 "$(st PUT /admin/functions/hello --data-binary "$W/HttpHelloV2.ember")" "200"
check swapped "$(st POST /function/hello -d s)|$(body)" "200|v2 s"
# under load: 4 keep-alive clients while the function is swapped back and forth
$CLIENT load "$PORT" /function/hello L 1500 4 > swapload.txt &
lpid=$!
for v in HttpHello HttpHelloV2 HttpHello HttpHelloV2 HttpHello; do
    sleep 0.2
    s=$(st PUT /admin/functions/hello --data-binary "$W/$v.ember")
    [ "$s" = 200 ] || bad swap-put "$v: $s $(body)"
done
wait $lpid
case $(cat swapload.txt) in
"ok=1500 fail=0 bodies=hello L|v2 L errors=") ok "hot swap under load: 1500 requests, 0 failed, both versions seen" ;;
*) bad hot-swap-under-load "$(cat swapload.txt)" ;;
esac
check after-swaps "$(st POST /function/hello -d s)|$(body)" "200|hello s"

# ---- SIGHUP reload ------------------------------------------------------------------------------------------
# in flight on a function the reload removes: it finishes on the old one
curl -s -o "$W/hup.out" -w '%{http_code}' -d 1000 "$U/function/busy" > "$W/hup.code" &
hpid=$!
sleep 0.3
cat > serve.conf <<EOF
[defaults]
timeout_ms = 1500
[function hello]
snapshot = HttpHelloV2.ember
[function reuse]
snapshot = HttpHello.ember
isolation = reuse
reuse_max_requests = 50
[function added]
snapshot = HttpEcho.ember
[function exitreuse]
snapshot = HttpExit.ember
isolation = reuse
EOF
kill -HUP "$GWPID"
for _ in $(seq 100); do grep -q 'SIGHUP: reloaded' main.err && break; sleep 0.05; done
check hup-log "$(grep -c 'SIGHUP: reloaded .*: 1 added, 1 changed, 2 removed' main.err)" "1"
check hup-added "$(st POST /function/added -d new)|$(body)" "200|new"
check hup-changed "$(st POST /function/hello -d c)|$(body)" "200|v2 c"
check hup-removed "$(st POST /function/tiny -d x)" "404"
check hup-cli-kept "$(st POST /function/echo -d kept)|$(body)" "200|kept"
wait $hpid
check hup-inflight-finished "$(cat "$W/hup.code")|$(cat "$W/hup.out")" "200|slept 1000"
# a bad file is logged and the running configuration kept
printf '[function hello]\nsnapshot = HttpHello.ember\nbogus = 1\n' > serve.conf
kill -HUP "$GWPID"
for _ in $(seq 100); do grep -q 'keeping the running' main.err && break; sleep 0.05; done
check hup-bad-file "$(grep -c 'SIGHUP: .*serve.conf:3: unknown key .bogus.; keeping the running configuration' main.err)" "1"
check hup-bad-kept "$(st POST /function/added -d still)|$(body)" "200|still"
# a snapshot that does not start cancels the whole reload
printf '[function hello]\nsnapshot = HttpHello.ember\n[function broken]\nsnapshot = utf8.txt\n' > serve.conf
kill -HUP "$GWPID"
for _ in $(seq 100); do [ "$(grep -c 'keeping the running' main.err)" = 2 ] && break; sleep 0.05; done
check hup-bad-snapshot "$(grep -c "function 'broken'.*keeping the running configuration" main.err)" "1"
check hup-bad-snapshot-kept "$(st POST /function/hello -d k)|$(body)" "200|v2 k"

# ---- no descriptor or process leak after 10,000 requests ----------------------------------------------------
# the gateway's child processes, from /proc (procps may be missing): in /proc/PID/stat the parent's pid is the
# second field after the command name's closing parenthesis (the name itself may hold blanks)
kids_of() { awk -v p="$1" '{ pid = $1; sub(/^.*\) /, ""); if ($2 == p) print pid }' /proc/[0-9]*/stat 2>/dev/null; }
children() { kids_of "$GWPID" | wc -l; }
# warm-up at the same concurrency, so that the reuse pool has grown to what the measured load needs
$CLIENT load "$PORT" /function/reuse w 400 8 > /dev/null
$CLIENT load "$PORT" /function/hello w 100 4 > /dev/null
# retired reuse instances are reaped lazily (at the function's next invocation or figures): /metrics reaps
settle() { for _ in 1 2 3; do sleep 0.3; curl -s -o /dev/null "$U/metrics"; done; }
settle
fd0=$(ls "/proc/$GWPID/fd" | wc -l)
ch0=$(children)
$CLIENT load "$PORT" /function/reuse x 8000 8 > leak1.txt
$CLIENT load "$PORT" /function/hello y 2000 4 > leak2.txt
settle
fd1=$(ls "/proc/$GWPID/fd" | wc -l)
ch1=$(children)
check leak-requests "$(cut -d' ' -f1,2 leak1.txt) $(cut -d' ' -f1,2 leak2.txt)" "ok=8000 fail=0 ok=2000 fail=0"
# The reuse pool legitimately holds between 0 and max_instances (8) instances at any moment (lazy start,
# recycling every 50 requests), each with at most 2 descriptors in the gateway; a leak of one descriptor or
# process per request, or per recycled instance (200 here), is far outside that margin.
if [ "$fd1" -le $((fd0 + 16)) ]; then ok "no descriptor leak ($fd0 before, $fd1 after)"; else bad leak-fds "$fd0 before, $fd1 after"; fi
if [ "$ch1" -le $((ch0 + 8)) ]; then ok "no process leak ($ch0 children before, $ch1 after)"; else bad leak-children "$ch0 before, $ch1 after"; fi

# ---- SIGTERM: drain, stop, exit 0 ---------------------------------------------------------------------------
curl -s -o "$W/term.out" -w '%{http_code}' -d 800 "$U/function/slow" > "$W/term.code" &
tpid=$!
sleep 0.3
kids=$(kids_of "$GWPID" | tr '\n' ' ')
kill -TERM "$GWPID"
wait "$GWPID"
status=$?
GWPID=
wait $tpid
check sigterm-inflight "$(cat "$W/term.code")|$(cat "$W/term.out")" "200|slept 800"
check sigterm-exit "$status" "0"
left=0
for k in $kids; do kill -0 "$k" 2>/dev/null && left=$((left + 1)); done
check sigterm-children-gone "$left" "0"
check sigterm-refused "$(curl -s -o /dev/null -w '%{http_code}' "$U/healthz")" "000"

# ---- command line and config errors -------------------------------------------------------------------------
printf '[function ok]\nsnapshot = a\n[function bad name]\n' > bad.conf
out=$("$EMBER" serve --port 0 --config bad.conf 2>&1)
check config-error "$? $out" "2 ember serve: bad.conf:3: bad function name 'bad name' (1-127 of A-Z a-z 0-9 . _ -)"
out=$("$EMBER" serve --port 0 --timeout-ms 0 x=HttpHello.ember 2>&1)
check option-error "$? $out" "2 ember serve: --timeout-ms: timeout_ms: '0' is not a number in 1..3600000"
out=$("$EMBER" serve --port 0 x=/no/such.ember 2>&1)
case $out in "ember serve: function 'x': "*) ok start-bad-snapshot ;; *) bad start-bad-snapshot "$out" ;; esac
# the gateway's own log: no sanitizer report (ASan builds), no crash
if grep -qE 'AddressSanitizer|runtime error|LeakSanitizer' main.err; then
    bad sanitizers "$(grep -m3 -E 'AddressSanitizer|runtime error' main.err)"
else ok "no sanitizer report in the gateway's log"; fi
finish
