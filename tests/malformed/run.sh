#!/usr/bin/env bash
# Malformed class-file suite: every case is a directory with Main.class and a broken Bad.class (or broken
# superclass/interface files). Ember must fail like HotSpot: same first stderr line, non-zero exit status.
#
# Usage: tests/malformed/run.sh [--record] [--ember PATH] [name-filter...]
#   --record     (re)write tests/malformed/expected/<case>.txt from HotSpot (`java`), the oracle
#   --ember PATH the Ember binary (default: build/ember under the repo root)
#   name-filter  only cases whose name contains one of the filters
#
# The corpus is generated into build/malformed/ from tests/malformed/src (javac output) by Gen.java
# whenever a source is newer than the generated corpus. Expected files hold HotSpot's first stderr line.
# The last line printed is exactly `N passed, N failed`; exit status is 0 only when 0 failed.
set -u

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
BUILD=$ROOT/build/malformed
EXP=$SCRIPT_DIR/expected
EMBER=$ROOT/build/ember
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
TIMEOUT_S=${MALFORMED_TIMEOUT:-30}
RECORD=0
FILTERS=()
export LC_ALL=C.UTF-8

while [ $# -gt 0 ]; do
    case $1 in
    --record) RECORD=1 ;;
    --ember) EMBER=$2; shift ;;
    -h|--help) sed -n '5,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) FILTERS+=("$1") ;;
    esac
    shift
done

# ---- corpus ------------------------------------------------------------------------------------------
build_corpus() {
    local stamp=$BUILD/.stamp newest
    newest=$(ls -t "$SCRIPT_DIR"/Gen.java "$SCRIPT_DIR"/run.sh "$SCRIPT_DIR"/src/*.java | head -1)
    if [ -f "$stamp" ] && [ "$stamp" -nt "$newest" ]; then return 0; fi
    rm -rf "$BUILD"
    mkdir -p "$BUILD"/classes/{base,other} "$BUILD"/gen "$BUILD"/src/{circ1,circ2,itf,final} || return 1
    "$JAVAC" -d "$BUILD"/classes/base "$SCRIPT_DIR"/src/Main.java "$SCRIPT_DIR"/src/Bad.java &&
        "$JAVAC" -d "$BUILD"/classes/other "$SCRIPT_DIR"/src/Other.java || return 1
    # Link variants: each is consistent when compiled; the cases mix files from different variants.
    local run='public static void run() { System.out.println("run"); }'
    echo "public class Bad extends Bad2 { $run }" > "$BUILD"/src/circ1/Bad.java
    echo "public class Bad2 { }" > "$BUILD"/src/circ1/Bad2.java
    echo "public class Bad { $run }" > "$BUILD"/src/circ2/Bad.java
    echo "public class Bad2 extends Bad { }" > "$BUILD"/src/circ2/Bad2.java
    echo "public class Bad implements Bad2 { $run }" > "$BUILD"/src/itf/Bad.java
    echo "public interface Bad2 { }" > "$BUILD"/src/itf/Bad2.java
    echo "public final class Bad2 { }" > "$BUILD"/src/final/Bad2.java
    local v
    for v in circ1 circ2 itf final; do
        mkdir -p "$BUILD"/classes/link/$v
        "$JAVAC" -d "$BUILD"/classes/link/$v "$BUILD"/src/$v/*.java || return 1
    done
    "$JAVAC" -d "$BUILD"/gen "$SCRIPT_DIR"/Gen.java &&
        "$JAVA" -cp "$BUILD"/gen Gen "$BUILD"/classes "$BUILD"/cases >/dev/null || return 1
    touch "$stamp"
}

if ! build_corpus; then
    echo "FAIL corpus generation (javac/java needed)"
    echo "0 passed, 1 failed"
    exit 1
fi

selected() {
    [ ${#FILTERS[@]} -eq 0 ] && return 0
    local f
    for f in "${FILTERS[@]}"; do case $1 in *"$f"*) return 0 ;; esac; done
    return 1
}

# First stderr line and exit status of one run: prints "<status>\t<first line>".
first_line() {
    local dir=$1; shift
    local err status
    err=$(cd "$dir" && timeout "$TIMEOUT_S" "$@" -cp . Main 2>&1 >/dev/null)
    status=$?
    printf '%s\t%s\n' "$status" "$(printf '%s\n' "$err" | head -n 1)"
}

# ---- record ------------------------------------------------------------------------------------------
if [ $RECORD = 1 ]; then
    mkdir -p "$EXP"
    n=0
    for d in "$BUILD"/cases/*/; do
        c=$(basename "$d")
        selected "$c" || continue
        r=$(first_line "$d" "$JAVA")
        status=${r%%$'\t'*}
        line=${r#*$'\t'}
        if [ "$status" = 0 ]; then
            echo "WARN $c: HotSpot accepts it (exit 0); not recorded"
            rm -f "$EXP/$c.txt"
            continue
        fi
        printf '%s\n' "$line" > "$EXP/$c.txt"
        n=$((n + 1))
    done
    echo "recorded $n cases"
    exit 0
fi

# ---- run ---------------------------------------------------------------------------------------------
pass=0
fail=0
for e in "$EXP"/*.txt; do
    c=$(basename "$e" .txt)
    selected "$c" || continue
    want=$(head -n 1 "$e")
    d=$BUILD/cases/$c
    if [ ! -d "$d" ]; then
        echo "FAIL $c: case not generated"
        fail=$((fail + 1))
        continue
    fi
    if [ ! -x "$EMBER" ]; then
        echo "FAIL $c: $EMBER not built"
        fail=$((fail + 1))
        continue
    fi
    r=$(first_line "$d" "$EMBER" run)
    status=${r%%$'\t'*}
    got=${r#*$'\t'}
    if [ "$status" != 0 ] && [ "$got" = "$want" ]; then
        echo "PASS $c"
        pass=$((pass + 1))
    else
        echo "FAIL $c (exit $status)"
        echo "    want: $want"
        echo "    got:  $got"
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
