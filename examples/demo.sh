#!/usr/bin/env bash
# `make demo`: the example function (examples/wordfreq) on HotSpot, on Ember from a cold boot, and on Ember
# from a snapshot taken after warm-up; checks that all three answer the same and compares their start-up.
set -eu
cd "$(dirname "$0")/.."
EMBER=${EMBER:-build/ember}
D=build/examples
mkdir -p "$D"
javac -d "$D" examples/wordfreq/WordFreq.java
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

# median wall time of 11 fresh processes each (milliseconds)
median_ms() {
    local times=() t0 t1
    for _ in 1 2 3 4 5 6 7 8 9 10 11; do
        t0=$(date +%s%N)
        "$@" < "$D/request.txt" > /dev/null
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 6p | awk '{ printf "%.2f", $1 / 1000 }'
}
inv=$(median_ms "$EMBER" invoke "$D/wordfreq.ember")
run=$(median_ms "$EMBER" run -cp "$D" WordFreq -)
jv=$(median_ms java -Xshare:auto -cp "$D" WordFreq -)
echo "== wall time per request, fresh process each, median of 11:"
printf '   ember invoke (restore snapshot)  %8s ms\n   ember run (cold boot)            %8s ms\n   java (HotSpot)                   %8s ms\n' \
    "$inv" "$run" "$jv"
awk -v a="$jv" -v b="$inv" 'BEGIN { printf "   restore is %.0fx faster than java\n", a / b }'
