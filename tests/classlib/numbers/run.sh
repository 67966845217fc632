#!/bin/sh
# Regenerates the shadow copy (package shadow.lang) of Ember's java.lang number classes and
# compares them with HotSpot.  usage: tests/classlib/numbers/run.sh [scale]   (scale 1 = quick)
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
S=${1:-1}
W=${WORK:-/tmp/numbers}
mkdir -p "$W/cls"
SHADOW=$W/shadow "$HERE/mkshadow.sh"
javac -nowarn -d "$W/cls" "$W"/shadow/shadow/lang/*.java 2>&1 | grep -v '^Note' || true
javac -nowarn -d "$W/cls" -cp "$W/cls" "$HERE"/ToStringDiff.java "$HERE"/CharDiff.java "$HERE"/NumDiff.java "$HERE"/MathVsStrict.java "$HERE"/StrictDiff.java 2>&1 | grep -v '^Note' || true
java -XX:-OmitStackTraceInFastThrow -cp "$W/cls" ToStringDiff $((200000 * S)) 1 | tail -25
java -XX:-OmitStackTraceInFastThrow -cp "$W/cls" CharDiff | tail -25
java -XX:-OmitStackTraceInFastThrow -cp "$W/cls" NumDiff $((20000 * S)) 2 | tail -80
java -XX:-OmitStackTraceInFastThrow -cp "$W/cls" MathVsStrict $((20000 * S)) 3
java -XX:-OmitStackTraceInFastThrow -cp "$W/cls" StrictDiff $((200000 * S)) 4
