#!/usr/bin/env bash
# `make demo`: the example function (examples/wordfreq) on HotSpot, on Ember from a cold boot, and on Ember
# from a snapshot taken after warm-up; checks that all three answer the same, serves the snapshot over HTTP
# for a few requests (`ember serve`), then `ember bench` compares start-up over fresh processes (table on the
# terminal, JSON and an HTML report in build/examples).
set -eu
cd "$(dirname "$0")/.."
EMBER=${EMBER:-build/ember}
D=build/examples
mkdir -p "$D"
javac -d "$D" examples/wordfreq/WordFreq.java examples/wordfreq/WordFreqMain.java
# the request: a text of 1,200 words
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
    sed -n '/"""/,/"""/p' examples/wordfreq/WordFreq.java | grep -v '"""'
done > "$D/request.txt"

echo "== java -cp $D WordFreq - < request.txt"
java -Xshare:auto -cp "$D" WordFreq - < "$D/request.txt" > "$D/java.out"
cat "$D/java.out"

echo "== ember snapshot -cp $D --handler WordFreq --warmup-input request.txt --warmup-iterations 20"
"$EMBER" snapshot -cp "$D" --handler WordFreq --warmup-input "$D/request.txt" --warmup-iterations 20 \
    -o "$D/wordfreq.ember"
"$EMBER" inspect "$D/wordfreq.ember" | grep -E '^  (handler|file_size|n_regions|n_classes) |^  (classes|heap) '

echo "== ember invoke --timing wordfreq.ember < request.txt"
"$EMBER" invoke --timing "$D/wordfreq.ember" < "$D/request.txt" > "$D/invoke.out" 2> "$D/invoke.err"
cat "$D/invoke.out"
cat "$D/invoke.err"
"$EMBER" run -cp "$D" WordFreq - < "$D/request.txt" > "$D/run.out"
if cmp -s "$D/java.out" "$D/invoke.out" && cmp -s "$D/java.out" "$D/run.out"; then
    echo "== ember invoke, ember run and java give identical output"
else
    echo "== outputs differ:"; diff "$D/java.out" "$D/invoke.out" || true; diff "$D/java.out" "$D/run.out" || true
    exit 1
fi

echo "== ember serve: the snapshot behind HTTP (fork isolation: a zygote restores it once, a sandboxed child per request)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$EMBER" serve --port "$port" wordfreq="$D/wordfreq.ember" 2> "$D/serve.log" &
serve_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done
echo "\$ curl --data-binary 'the cat and the hat' http://127.0.0.1:$port/function/wordfreq"
curl -s --data-binary 'the cat and the hat' "http://127.0.0.1:$port/function/wordfreq"
for _ in $(seq 20); do curl -s -o /dev/null --data-binary @"$D/request.txt" "http://127.0.0.1:$port/function/wordfreq"; done
echo "\$ curl http://127.0.0.1:$port/metrics   (excerpt)"
curl -s "http://127.0.0.1:$port/metrics" | grep -E '^ember_(invocations_total|restores_total|invocation_duration_seconds_(sum|count))'
kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true

echo "== ember bench: fresh processes per mode (restore vs cold boot vs HotSpot), report in $D/bench.html"
java_opts=()
command -v java >/dev/null && java_opts=(--compare-java -cp "$D" --main WordFreqMain)
"$EMBER" bench "$D/wordfreq.ember" --runs 10 --input "$D/request.txt" "${java_opts[@]}" \
    --json "$D/bench.json" --html "$D/bench.html"
