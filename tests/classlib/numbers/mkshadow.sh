#!/bin/sh
# Generates /tmp/numbers/shadow/shadow/lang/*.java from runtime/classlib/java/lang/<our classes>.
# The shadow copy lives in package shadow.lang so it can run on HotSpot next to the real JDK;
# VM natives are redirected to the JDK's implementations, Class.getPrimitiveClass to X.class.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/../../../runtime/classlib/java/lang
OUT=${SHADOW:-/tmp/numbers/shadow}
rm -rf "$OUT/shadow"; mkdir -p "$OUT/shadow/lang"
for c in $(cat "$HERE/classes.txt"); do
  [ -f "$SRC/$c.java" ] || continue
  sed -e 's/^package java\.lang;/package shadow.lang;/' \
      -e "s/\(public\|static\|private\)\( static\)\? native \([a-zA-Z]*\) \([a-zA-Z0-9]*\)(\([a-zA-Z]*\) \([a-zA-Z]*\));/\1\2 \3 \4(\5 \6) { return java.lang.$c.\4(\6); }/" \
      -e 's/(Class<[A-Za-z]*>) Class\.getPrimitiveClass("[a-z]*")/null/' \
      "$SRC/$c.java" > "$OUT/shadow/lang/$c.java"
done
