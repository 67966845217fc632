#!/usr/bin/env bash
# What linking libcurl would cost every ember start (the figure in deploy/dep_http_client.c's top comment).
# Not a test: a measurement, run by hand on an idle machine. Needs hyperfine and Debian's libcurl4 (the
# runtime library only: no headers are needed, nothing calls it; --no-as-needed keeps it loaded as it would
# be if the binary called it).
#   tests/lambda/measure_curl.sh [BUILD_DIR]     (default build: its objects are linked again, with -lcurl)
set -eu
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
B=${1:-$ROOT/build}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
CURL=-l:libcurl.so.4
printf 'int main(void) { return 0; }\n' > "$T/empty.c"
cc -O2 -o "$T/empty" "$T/empty.c"
cc -O2 -o "$T/empty-curl" "$T/empty.c" -Wl,--no-as-needed $CURL -Wl,--as-needed
for p in empty empty-curl; do
    objs=$(LD_DEBUG=statistics "$T/$p" 2>&1 | sed -n 's/.*number of relocations: *\([0-9]*\).*/\1/p' | head -n 1)
    printf '%-11s %3s shared objects loaded, %6s relocations\n' "$p" \
        "$(LD_TRACE_LOADED_OBJECTS=1 "$T/$p" | wc -l)" "$objs"
done
if [ -f "$B/ember" ] && ls "$B"/obj/*/*.o > /dev/null 2>&1; then
    # shellcheck disable=SC2046
    cc -o "$T/ember-curl" $(find "$B/obj" -name '*.o' ! -name 'dep_gw_*' | sort) -lz -luring -lseccomp -lpthread -lm \
        -Wl,--no-as-needed $CURL -Wl,--as-needed
    cp "$B/ember" "$T/ember"
    # and a restore: `ember invoke` of a hello snapshot, each binary with its own (a snapshot is bound to the
    # binary that wrote it)
    mkdir -p "$T/cls"
    printf 'public class Hello { public static String handle(String s) { return "hello " + s; } }\n' > "$T/Hello.java"
    javac -d "$T/cls" "$T/Hello.java"
    printf 'world' > "$T/req"
    for e in ember ember-curl; do "$T/$e" snapshot -cp "$T/cls" --handler Hello -o "$T/$e.snap" > /dev/null; done
    hyperfine -N --warmup 50 --runs 1000 "$T/empty" "$T/empty-curl" "$T/ember --version" "$T/ember-curl --version" \
        "$T/ember invoke $T/ember.snap --input $T/req" "$T/ember-curl invoke $T/ember-curl.snap --input $T/req"
else
    hyperfine -N --warmup 50 --runs 1000 "$T/empty" "$T/empty-curl"
fi
