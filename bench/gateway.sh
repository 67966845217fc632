#!/usr/bin/env bash
# bench/gateway.sh — load on `ember serve`: wrk (2 threads, 32 keep-alive connections, 30 s) POSTing "ember"
# to a hello function (bench/coldstart/Hello.java, snapshotted after 10 warm-up calls), once with fork
# isolation (a sandboxed child forked from the function's zygote per request) and once with reuse isolation
# (a pool of restored instances, recycled every 1000 requests). The gateway writes its access log to a file,
# as in production.
#
#   bench/gateway.sh [--ember PATH] [--duration SECONDS] [--connections N]
#
# Prints, per isolation mode: requests/s, p50/p99 latency (wrk --latency), the error count (non-2xx answers
# plus socket errors: connect, read, write, timeout), the gateway's CPU time, and wrk's raw summary.
# Targets (issue 6), reported and never asserted: 0 errors, fork >= 3,000 req/s, reuse >= 15,000 req/s,
# p99 <= 10 ms. wrk runs on the same machine and takes a share of its cores.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/bench_lib.sh
source "$ROOT/bench/bench_lib.sh"
EMBER=$ROOT/build/ember
DURATION=30
CONNS=32
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$(realpath "$2"); shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNS=$2; shift 2 ;;
    -h|--help) bench_usage; exit 0 ;;
    *) echo "gateway.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
command -v wrk >/dev/null || { echo "gateway.sh: wrk not found (Debian package wrk)" >&2; exit 1; }
[ -x "$(dirname "$EMBER")/ember-gateway" ] || { echo "gateway.sh: no ember-gateway next to $EMBER" >&2; exit 1; }
W=$ROOT/build/bench-gateway
rm -rf "$W" && mkdir -p "$W/classes"
javac -d "$W/classes" "$ROOT/bench/coldstart/Hello.java" || exit 1
"$EMBER" snapshot -cp "$W/classes" --handler Hello --warmup-iterations 10 -o "$W/hello.ember" > /dev/null || exit 1
cat > "$W/post.lua" <<'EOF'
wrk.method = "POST"
wrk.body = "ember"
wrk.headers["Content-Type"] = "text/plain"
EOF

status=0
run() { # run MODE
    local mode=$1 log=$W/$1
    "$EMBER" serve --port 0 --bind 127.0.0.1 --isolation="$mode" --access-log "$log.access" \
        hello="$W/hello.ember" 2> "$log.err" &
    local gw=$! port=
    for _ in $(seq 200); do
        port=$(sed -n 's/.*listening on [0-9.]*:\([0-9]*\) .*/\1/p' "$log.err")
        [ -n "$port" ] && break
        sleep 0.05
    done
    if [ -z "$port" ]; then
        echo "gateway.sh: ember serve did not start: $(cat "$log.err")" >&2
        kill "$gw" 2>/dev/null
        status=1
        return
    fi
    local url=http://127.0.0.1:$port/function/hello
    if [ "$(curl -s -d ember "$url")" != "Hello, ember!" ]; then
        echo "gateway.sh: the hello function does not answer" >&2
        status=1
    fi
    wrk -t2 -c8 -d2s -s "$W/post.lua" "$url" > /dev/null 2>&1 # warm-up: zygote, pool, page cache
    local cpu0
    cpu0=$(awk '{ print $14 + $15 }' "/proc/$gw/stat")
    wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -s "$W/post.lua" "$url" > "$log.wrk" 2>&1
    local cpu1
    cpu1=$(awk '{ print $14 + $15 }' "/proc/$gw/stat")
    kill -TERM "$gw"
    wait "$gw"
    local rps p50 p99 non2xx sock
    rps=$(awk '/^Requests\/sec:/ { print $2 }' "$log.wrk")
    p50=$(awk '$1 == "50%" { print $2 }' "$log.wrk")
    p99=$(awk '$1 == "99%" { print $2 }' "$log.wrk")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$log.wrk")
    sock=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$log.wrk")
    local errors=$(( ${non2xx:-0} + ${sock:-0} ))
    local hz
    hz=$(getconf CLK_TCK)
    printf '%-6s %10s req/s   p50 %8s   p99 %8s   errors %s   gateway cpu %.1f s (of %s s wall)\n' \
        "$mode" "${rps:-?}" "${p50:-?}" "${p99:-?}" "$errors" "$(awk -v a="$cpu0" -v b="$cpu1" -v hz="$hz" 'BEGIN { print (b - a) / hz }')" "$DURATION"
    [ -n "$rps" ] || status=1
}

echo "ember serve under wrk: $CONNS connections, ${DURATION} s, POST /function/hello, $(nproc) cores"
echo "targets: 0 errors; fork >= 3,000 req/s; reuse >= 15,000 req/s; p99 <= 10 ms"
run fork
run reuse
for m in fork reuse; do
    echo "--- wrk, $m isolation"
    sed -n '/Thread Stats/,$p' "$W/$m.wrk"
done
exit $status
