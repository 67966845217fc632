#!/usr/bin/env bash
# GC memory-bound test: a long allocation loop (about 2 GB in total of short-lived objects, with a ring of
# survivors that keeps some 10-20 MB live and is replaced continuously, plus a 1 MB array every few thousand
# steps) runs on Ember with -Xmx64m, and Ember's maximum resident set size must stay below a generous bound
# (200 MB by default): the heap is collected and reused, and nothing grows without limit beside it. This is
# a memory bound, not a timing assertion. The program's output must also equal HotSpot's (same program,
# -XX:+UseSerialGC -Xmx64m), whose RSS is printed for comparison only.
#
# Usage: tests/gc_rss.sh [--ember PATH] [--mb N] [--limit-mb N]
#   --ember PATH    the Ember binary (default build/ember)
#   --mb N          megabytes to allocate in total (default 2048; 512 for a sanitizer build)
#   --limit-mb N    the RSS bound for Ember (default 200)
# Environment: EMBER_OPTS (extra Ember options, e.g. -XX:+VerifyHeap), GC_RSS_TIMEOUT (seconds, default 300),
# JAVA / JAVAC (default java / javac).
# Max RSS comes from /usr/bin/time -f %M (Debian package `time`); without it, from /proc/<pid>/status VmHWM
# sampled every 50 ms while the process runs (the high-water mark is monotonic, so the last sample is close).
# A sanitizer build (ASan: shadow memory and quarantine make RSS meaningless, and it is slow) runs only
# 512 MB and skips the RSS check.
# The last line printed is exactly `N passed, N failed` (two checks: output, RSS bound).
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EMBER=$ROOT/build/ember
MB=
LIMIT_MB=200
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
TIMEOUT_S=${GC_RSS_TIMEOUT:-300}
HEAP=-Xmx64m
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$2; shift 2 ;;
    --mb) MB=$2; shift 2 ;;
    --limit-mb) LIMIT_MB=$2; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "usage: $0 [--ember PATH] [--mb N] [--limit-mb N]" >&2; exit 2 ;;
    esac
done
case "$EMBER" in /*) ;; *) EMBER=$PWD/$EMBER ;; esac
[ -x "$EMBER" ] || { echo "gc_rss.sh: no ember binary at $EMBER"; echo "0 passed, 1 failed"; exit 1; }
ASAN=0
grep -aq -m 1 __asan_init "$EMBER" && ASAN=1
[ -n "$MB" ] || { [ $ASAN = 1 ] && MB=512 || MB=2048; }

OUT=$ROOT/build/tests/gc_rss
mkdir -p "$OUT"
TMP=$(mktemp -d "$OUT/run.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

cat >"$TMP/GcRssLoop.java" <<'EOF'
// Allocates args[0] MB (counted with HotSpot's compressed sizes) of short-lived objects: chains of 16 small
// nodes and byte arrays of 0.5-8 KB every step; every 16th chain survives in a 2048-slot ring (so it is
// promoted and dies old), and every 4096th step a 1 MB int[] goes into the ring too (a large object that
// dies old). Prints a checksum of what was allocated and of what is live at the end.
public class GcRssLoop {
    static final class Node {
        Node next;
        long v;
        Node(Node next, long v) { this.next = next; this.v = v; }
    }

    public static void main(String[] args) {
        long target = Long.parseLong(args[0]) << 20;
        Object[] ring = new Object[2048];
        int ri = 0;
        long allocated = 0, check = 0, i = 0;
        while (allocated < target) {
            Node head = null;
            for (int k = 0; k < 16; k++) head = new Node(head, i + k);
            int len = 512 + (int) (i * 7919 % 7680);
            byte[] b = new byte[len];
            b[(int) (i % len)] = (byte) i;
            check += head.v + b[(int) (i % len)];
            allocated += 16 * 32 + len + 16;
            if ((i & 15) == 0) { ring[ri] = head; ri = (ri + 1) & 2047; }
            if ((i & 4095) == 0) {
                int[] big = new int[256 * 1024];
                big[(int) (i % big.length)] = (int) i;
                ring[ri] = big;
                ri = (ri + 1) & 2047;
                allocated += 1 << 20;
            }
            i++;
        }
        long live = 0;
        for (Object o : ring) {
            if (o instanceof Node) for (Node n = (Node) o; n != null; n = n.next) live += n.v & 0xff;
            else if (o instanceof int[]) live += ((int[]) o).length;
        }
        System.out.println("allocated " + (allocated >> 20) + " MB in " + i + " steps, checksum " + check + " live " + live);
    }
}
EOF
if ! "$JAVAC" -nowarn -d "$TMP" "$TMP/GcRssLoop.java" >"$TMP/javac.log" 2>&1; then
    echo "FAIL gc_rss: javac failed"; sed 's/^/    /' "$TMP/javac.log" | head -10
    echo "0 passed, 2 failed"; exit 1
fi

# run_measured <rss-file> <stdout-file> <stderr-file> cmd...: runs cmd, writes its max RSS in KB.
run_measured() {
    local rss=$1 out=$2 err=$3
    shift 3
    if [ -x /usr/bin/time ]; then
        timeout "$TIMEOUT_S" /usr/bin/time -f %M -o "$rss" "$@" >"$out" 2>"$err"
        return $?
    fi
    "$@" >"$out" 2>"$err" &
    local pid=$! hwm=0 v
    while kill -0 "$pid" 2>/dev/null; do
        v=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null)
        [ -n "$v" ] && [ "$v" -gt "$hwm" ] && hwm=$v
        sleep 0.05
    done
    wait "$pid"
    local st=$?
    echo "$hwm" >"$rss"
    return $st
}

passed=0 failed=0
run_measured "$TMP/java.rss" "$TMP/java.out" "$TMP/java.err" \
    "$JAVA" -XX:+UseSerialGC "$HEAP" -cp "$TMP" GcRssLoop "$MB"
jst=$?
# shellcheck disable=SC2086  # EMBER_OPTS is a list of options
run_measured "$TMP/ember.rss" "$TMP/ember.out" "$TMP/ember.err" \
    "$EMBER" run ${EMBER_OPTS-} "$HEAP" -cp "$TMP" GcRssLoop "$MB"
est=$?
jrss=$(tail -n 1 "$TMP/java.rss" 2>/dev/null)
erss=$(tail -n 1 "$TMP/ember.rss" 2>/dev/null)
case "$erss" in ''|*[!0-9]*) erss="" ;; esac
echo "java  (-XX:+UseSerialGC $HEAP): status $jst, max RSS $((${jrss:-0} / 1024)) MB: $(head -c 200 "$TMP/java.out")"
echo "ember ($HEAP${EMBER_OPTS:+ $EMBER_OPTS}): status $est, max RSS $((${erss:-0} / 1024)) MB: $(head -c 200 "$TMP/ember.out")"

if [ "$jst" != 0 ]; then
    echo "FAIL gc_rss output: HotSpot failed (status $jst): $(head -n 3 "$TMP/java.err")"
    failed=$((failed + 1))
elif [ "$est" != 0 ] || ! cmp -s "$TMP/java.out" "$TMP/ember.out"; then
    echo "FAIL gc_rss output: ember status $est (expected 0) or stdout differs from HotSpot's"
    head -n 5 "$TMP/ember.err" | sed 's/^/    stderr: /'
    failed=$((failed + 1))
else
    echo "PASS gc_rss output"
    passed=$((passed + 1))
fi
if [ $ASAN = 1 ]; then
    echo "SKIP gc_rss rss: sanitizer build (max RSS $((${erss:-0} / 1024)) MB is not comparable)"
elif [ -z "$erss" ]; then
    echo "FAIL gc_rss rss: no RSS measurement for ember"
    failed=$((failed + 1))
elif [ "$est" != 0 ]; then
    echo "FAIL gc_rss rss: ember did not finish the loop (status $est), its max RSS $((erss / 1024)) MB proves nothing"
    failed=$((failed + 1))
elif [ "$erss" -ge $((LIMIT_MB * 1024)) ]; then
    echo "FAIL gc_rss rss: ember's max RSS $((erss / 1024)) MB is not below ${LIMIT_MB} MB after allocating ${MB} MB with $HEAP"
    failed=$((failed + 1))
else
    echo "PASS gc_rss rss: ember's max RSS $((erss / 1024)) MB < ${LIMIT_MB} MB"
    passed=$((passed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
