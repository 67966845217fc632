#!/usr/bin/env bash
# `make demo`: runs the example function on Ember and on HotSpot and shows that they agree, with timings.
set -eu
cd "$(dirname "$0")/.."
EMBER=${EMBER:-build/ember}
mkdir -p build/examples
javac -d build/examples examples/wordfreq/WordFreq.java
echo "== ember run -cp build/examples WordFreq"
t0=$(date +%s%N)
"$EMBER" run -cp build/examples WordFreq > build/examples/ember.out
t1=$(date +%s%N)
cat build/examples/ember.out
java -Xshare:auto -cp build/examples WordFreq > build/examples/java.out
t2=$(date +%s%N)
if cmp -s build/examples/ember.out build/examples/java.out; then
    echo "== output identical to HotSpot's"
else
    echo "== output differs from HotSpot's:"; diff build/examples/java.out build/examples/ember.out || true
fi
printf '== wall time: ember %d ms, java %d ms (cold start, interpreter only; snapshots come with the snapshot issue)\n' \
    $(((t1 - t0) / 1000000)) $(((t2 - t1) / 1000000))
