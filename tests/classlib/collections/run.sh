#!/bin/bash
# Differential test of Ember's java.util collections against HotSpot's.
# 1. Copies runtime/classlib/java/util/**.java into $WORK/shadow/util with the package renamed to shadow.util
#    (so it can be loaded next to the real java.util on HotSpot).
# 2. Compiles the shadow copy plus the drivers in this folder and runs each driver, which performs the same
#    (random) operation sequences on shadow.util.X and java.util.X and compares everything they print.
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
WORK="${WORK:-/tmp/collections}"
SRC="$ROOT/runtime/classlib/java/util"
rm -rf "$WORK/shadow" "$WORK/classes" "$WORK/gen"
mkdir -p "$WORK/shadow/util" "$WORK/classes"
(cd "$SRC" && for pat in $(grep -v '^#' "$HERE/owned-files.txt"); do ls ./$pat 2>/dev/null || true; done) | while read -r f; do
    mkdir -p "$WORK/shadow/util/$(dirname "$f")"
    sed -e 's/^package java\.util/package shadow.util/' \
        -e 's/import java\.util\./import shadow.util./' \
        -e 's/java\.util\.\([a-zA-Z]\)/shadow.util.\1/g' \
        "$SRC/$f" > "$WORK/shadow/util/$f"
    # the exceptions of java.util are written by the lead: use HotSpot's in the shadow copy
    case "$f" in
        ./function/*) ;;
        *) sed -i -e '0,/^package shadow.util;/s//package shadow.util;\nimport java.util.ConcurrentModificationException;\nimport java.util.NoSuchElementException;/' "$WORK/shadow/util/$f" ;;
    esac
done
cp "$HERE"/shadow-extra/*.java "$WORK/shadow/util/"
# Ember's Arrays.newArray0 is a VM native; on HotSpot use reflection instead
sed -i 's/private static native Object newArray0(Class<?> componentType, int length);/private static Object newArray0(Class<?> c, int n) { return java.lang.reflect.Array.newInstance(c, n); }/' "$WORK/shadow/util/Arrays.java"
mkdir -p "$WORK/gen"; for t in "$HERE"/templates/*.java; do n="$(basename "$t" .java)"; sed -e "s/PKG/java.util/g" -e "s/SUFFIX/Real/g" "$t" > "$WORK/gen/${n}Real.java"; sed -e "s/PKG/shadow.util/g" -e "s/SUFFIX/Shadow/g" "$t" > "$WORK/gen/${n}Shadow.java"; done
javac -nowarn -Xlint:none -d "$WORK/classes" $(find "$WORK/shadow" "$WORK/gen" -name "*.java") "$HERE"/drivers/*.java 2>&1 | grep -v "^Note:" || true
[ -f "$WORK/classes/Harness.class" ] || { echo "compile failed"; exit 1; }
fail=0
for d in "$HERE"/drivers/*Test.java; do
    name="$(basename "$d" .java)"
    if java -XX:-OmitStackTraceInFastThrow -cp "$WORK/classes" "$name" "$@"; then :; else fail=1; fi
done
[ $fail = 0 ] && echo "ALL DIFFERENTIAL TESTS PASSED" || { echo "SOME TESTS FAILED"; exit 1; }
