#!/bin/sh
# Differential harness for Ember's java.util.Formatter and java.util.regex on HotSpot.
# Generates a shadow copy of the classlib sources in renamed packages
# (java.util -> fmtshadow.util, java.util.regex -> fmtshadow.util.regex), compiles it against
# the real JDK, and compares the results with the JDK's own classes.
# Usage: tests/classlib/fmtregex/run.sh [iterations] [seed]
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
SRC=$ROOT/runtime/classlib/java/util
OUT=${FMTREGEX_TMP:-/tmp/fmtregex}/shadow
rm -rf "$OUT"; mkdir -p "$OUT/src/fmtshadow/util/regex" "$OUT/classes"
FILES="Formatter IllegalFormatException DuplicateFormatFlagsException FormatFlagsConversionMismatchException
 IllegalFormatCodePointException IllegalFormatConversionException IllegalFormatFlagsException
 IllegalFormatPrecisionException IllegalFormatWidthException IllegalFormatArgumentIndexException
 MissingFormatArgumentException MissingFormatWidthException UnknownFormatConversionException
 UnknownFormatFlagsException FormatterClosedException"
for f in $FILES; do
  sed -e 's/^package java\.util;/package fmtshadow.util; import java.util.ArrayList; import java.util.HashMap;/' \
      -e 's/java\.util\.regex\./fmtshadow.util.regex./g' "$SRC/$f.java" > "$OUT/src/fmtshadow/util/$f.java"
done
if [ -d "$SRC/regex" ]; then
  for p in $(ls "$SRC"/regex/*.java 2>/dev/null); do
    sed -e 's/^package java\.util\.regex;/package fmtshadow.util.regex; import java.util.ArrayList; import java.util.HashMap;/' \
        -e 's/java\.util\.regex\./fmtshadow.util.regex./g' "$p" > "$OUT/src/fmtshadow/util/regex/$(basename "$p")"
  done
fi
javac -nowarn -d "$OUT/classes" $(find "$OUT/src" -name '*.java') "$HERE"/*.java 2>&1 | grep -v '^Note:' || true
[ -f "$OUT/classes/FmtDiff.class" ] || { echo "compile failed"; exit 1; }
rc=0
java -Xss16m -cp "$OUT/classes" FmtDiff ${1:-20000} ${2:-42} || rc=1
if [ -f "$OUT/classes/RegexDiff.class" ]; then
  java -Xss16m -cp "$OUT/classes" RegexDiff ${1:-20000} ${2:-42} || rc=1
fi
exit $rc
