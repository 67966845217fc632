#!/usr/bin/env bash
# Differential Java test runner: runs every tests/java/<Name>.java on HotSpot (the oracle) and on Ember,
# and compares stdout bytes, exit status and (for uncaught exceptions) the first stderr line.
#
# Usage: tests/run_java.sh [--mode NAME] [--ember PATH] [--jobs N] [--check-oracle] [name-filter...]
#   --mode NAME      int (-Xint), default (no options: the tier policy's default thresholds), tiered-low
#                    (the tier policy with thresholds low enough that short programs compile and OSR:
#                    -XX:CompileThreshold=100 -XX:OnStackReplacePercentage=50 -Xbatch), xcomp (-Xcomp: every
#                    method compiled at its first call), or snapshot (round trip: `ember snapshot --main`
#                    initialises the class and writes a snapshot, `ember invoke` restores it in a new
#                    process and runs main; their stdout is compared concatenated); env EMBER_OPTS is
#                    appended to the mode options (snapshot: given to `ember snapshot`, which bakes them into
#                    the snapshot, e.g. EMBER_OPTS=-Xcomp carries code compiled before it into `ember invoke`)
#   --ember PATH     the Ember binary (default: build/ember under the repo root)
#   --jobs N         tests run in parallel (default 2)
#   --check-oracle   run each program twice on HotSpot and report programs whose output differs (nondeterminism)
#   name-filter      only tests whose name equals or contains one of the filters (shell globs allowed)
#
# Per test <Name>: tests/java/<Name>.java holds `public class <Name>` with a main method; optional
# tests/java/<Name>.in is its stdin (else /dev/null) and tests/java/<Name>.args its arguments (one line).
# tests/java/<Name>.opts holds VM options (one line, e.g. `-Xmx32m -Xmn8m`) given to BOTH `java` and
# `ember run` before -cp; on Ember they come after the mode options and EMBER_OPTS, so the test's own options
# win where they overlap. Use only options both VMs accept.
# tests/java/known_failures.txt lists `<Name> <reason>` lines (# comments): a listed failing test is XFAIL
# (neither passed nor failed), a listed passing test is XPASS (counted as failed, so the list gets cleaned).
# Build products: build/tests/classes/<Name>/ (javac output), build/tests/expected/<Name>.{out,status,err1}
# (oracle cache, recomputed when the source, .in, .args or .opts is newer), build/tests/failed/<Name>.{out,err}
# (Ember output of the last failing run), build/tests/work/run.*/ (per-run scratch, removed at exit).
# The last line printed is exactly `N passed, N failed`; exit status is 0 only when 0 failed.
# Environment: EMBER_OPTS (extra Ember options), RUN_JAVA_TIMEOUT (seconds per run, default 60),
# RUN_JAVA_KNOWN (alternative known-failures file), JAVA / JAVAC (oracle tools, default java / javac).
set -u

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
SRC_DIR=$ROOT/tests/java
OUT_DIR=$ROOT/build/tests
CLASS_DIR=$OUT_DIR/classes
EXP_DIR=$OUT_DIR/expected
WORK_DIR=$OUT_DIR/work
KNOWN=${RUN_JAVA_KNOWN:-$SRC_DIR/known_failures.txt}
TIMEOUT_S=${RUN_JAVA_TIMEOUT:-60}
JAVA=${JAVA:-java}
JAVAC=${JAVAC:-javac}
export LC_ALL=C.UTF-8

usage() {
    sed -n '4,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit "${1:-2}"
}

# ---------------------------------------------------------------------------------------------------------
# Worker: one test. Invoked as `run_java.sh --__worker <Name>` with configuration in the environment.
# Prints exactly one result block (a single write) and records the verdict in $RESULT_DIR/<Name>.
# ---------------------------------------------------------------------------------------------------------

# Excerpt of a diff between two files: at most 10 lines, indented.
diff_excerpt() {
    diff "$1" "$2" 2>&1 | head -n 10 | cut -c 1-200 | sed 's/^/    /'
}

# compile <Name>: 0 when build/tests/classes/<Name> is up to date; on error prints javac output to $WORK/javac.
compile() {
    local name=$1 src=$SRC_DIR/$1.java dir=$CLASS_DIR/$1
    if [ -d "$dir" ] && [ "$dir" -nt "$src" ] && [ -f "$dir/$name.class" ]; then
        return 0
    fi
    # Compile into a private directory and move it into place, so that concurrent runs of this script
    # never see a half-written class directory.
    local tmp=$CLASS_DIR/.$name.tmp.$$
    rm -rf "$tmp"
    mkdir -p "$tmp"
    if ! "$JAVAC" -nowarn -encoding UTF-8 -d "$tmp" "$src" >"$WORK/javac" 2>&1; then
        rm -rf "$tmp"
        return 1
    fi
    rm -rf "$dir"
    mv "$tmp" "$dir" || return 1
    touch "$dir"
    return 0
}

# stdin_of <Name>: the file the program reads as stdin.
stdin_of() {
    if [ -f "$SRC_DIR/$1.in" ]; then echo "$SRC_DIR/$1.in"; else echo /dev/null; fi
}

# load_args <Name>: fills the array ARGS from tests/java/<Name>.args (one line, space separated).
load_args() {
    ARGS=()
    if [ -f "$SRC_DIR/$1.args" ]; then
        read -r -a ARGS <"$SRC_DIR/$1.args" || true
    fi
}

# load_opts <Name>: fills the array OPTS from tests/java/<Name>.opts (one line of VM options).
load_opts() {
    OPTS=()
    if [ -f "$SRC_DIR/$1.opts" ]; then
        read -r -a OPTS <"$SRC_DIR/$1.opts" || true
    fi
}

# run_java <Name> <outprefix>: runs the program on HotSpot; writes <outprefix>.{out,status,err1}.
run_java() {
    local name=$1 p=$2 st
    timeout "$TIMEOUT_S" "$JAVA" -Xshare:auto -XX:TieredStopAtLevel=1 ${OPTS[@]+"${OPTS[@]}"} \
        -cp "$CLASS_DIR/$name" "$name" \
        ${ARGS[@]+"${ARGS[@]}"} <"$(stdin_of "$name")" >"$p.out" 2>"$WORK/java.err"
    st=$?
    echo "$st" >"$p.status"
    head -n 1 "$WORK/java.err" >"$p.err1"
}

# ensure_expected <Name>: the oracle cache is fresh (newer than the source, .in, .args, .opts and class dir).
ensure_expected() {
    local name=$1 e=$EXP_DIR/$1 f
    local fresh=1
    for f in "$e.out" "$e.status" "$e.err1"; do [ -f "$f" ] || fresh=0; done
    if [ $fresh = 1 ]; then
        for f in "$SRC_DIR/$name.java" "$SRC_DIR/$name.in" "$SRC_DIR/$name.args" "$SRC_DIR/$name.opts"; do
            if [ -f "$f" ] && [ "$f" -nt "$e.status" ]; then fresh=0; fi
        done
        if [ "$CLASS_DIR/$name" -nt "$e.status" ]; then fresh=0; fi
    fi
    if [ $fresh = 0 ]; then
        mkdir -p "$EXP_DIR"
        run_java "$name" "$WORK/exp"
        # Move into place last so that an interrupted run never leaves a half-written cache.
        mv -f "$WORK/exp.out" "$e.out"
        mv -f "$WORK/exp.err1" "$e.err1"
        mv -f "$WORK/exp.status" "$e.status"
    fi
}

# known_reason <Name>: prints the reason when the test is listed in known_failures.txt.
known_reason() {
    [ -f "$KNOWN" ] || return 1
    local n r
    while read -r n r; do
        case "$n" in ''|'#'*) continue ;; esac
        if [ "$n" = "$1" ]; then
            echo "${r:-listed in known_failures.txt}"
            return 0
        fi
    done <"$KNOWN"
    return 1
}

# verdict <Name> PASS|FAIL <message-lines>: applies known_failures.txt, prints, records.
verdict() {
    local name=$1 v=$2 msg=${3-} reason
    if reason=$(known_reason "$name"); then
        if [ "$v" = PASS ]; then
            v=XPASS; msg="XPASS $name"
        else
            v=XFAIL; msg="XFAIL $name: $reason"
        fi
    elif [ "$v" = PASS ]; then
        msg="PASS $name"
    fi
    echo "$v" >"$RESULT_DIR/$name"
    printf '%s\n' "$msg"
}

worker() {
    local name=$1
    WORK=$RUN_DIR/$name    # private to this run: concurrent runs of the script must not collide
    mkdir -p "$WORK"
    if ! compile "$name"; then
        verdict "$name" FAIL "FAIL $name: javac failed
$(head -n 10 "$WORK/javac" | sed 's/^/    /')"
        return
    fi
    load_args "$name"
    load_opts "$name"

    if [ "$CHECK_ORACLE" = 1 ]; then
        # Two fresh HotSpot runs must agree byte for byte (stdout, status, first stderr line).
        run_java "$name" "$WORK/a"
        run_java "$name" "$WORK/b"
        local why=""
        if [ "$(cat "$WORK/a.status")" = 124 ]; then
            why="HotSpot timed out after ${TIMEOUT_S}s"
        elif ! cmp -s "$WORK/a.out" "$WORK/b.out"; then
            why="nondeterministic stdout
$(diff_excerpt "$WORK/a.out" "$WORK/b.out")"
        elif ! cmp -s "$WORK/a.status" "$WORK/b.status"; then
            why="nondeterministic exit status: $(cat "$WORK/a.status") vs $(cat "$WORK/b.status")"
        elif ! cmp -s "$WORK/a.err1" "$WORK/b.err1"; then
            why="nondeterministic stderr first line"
        fi
        if [ -n "$why" ]; then
            printf 'FAIL %s: %s\n' "$name" "$why"
            echo FAIL >"$RESULT_DIR/$name"
        else
            mkdir -p "$EXP_DIR"
            mv -f "$WORK/a.out" "$EXP_DIR/$name.out"
            mv -f "$WORK/a.err1" "$EXP_DIR/$name.err1"
            mv -f "$WORK/a.status" "$EXP_DIR/$name.status"
            printf 'PASS %s\n' "$name"
            echo PASS >"$RESULT_DIR/$name"
        fi
        rm -rf "$WORK"
        return
    fi

    ensure_expected "$name"
    local e=$EXP_DIR/$name st
    if [ "$MODE" = snapshot ]; then
        # shellcheck disable=SC2086
        timeout "$TIMEOUT_S" "$EMBER" snapshot $MODE_OPTS ${EMBER_OPTS-} ${OPTS[@]+"${OPTS[@]}"} \
            -cp "$CLASS_DIR/$name" --main "$name" -o "$WORK/$name.ember" \
            </dev/null >"$WORK/ember.out" 2>"$WORK/ember.err"
        st=$?
        if [ $st = 0 ]; then
            timeout "$TIMEOUT_S" "$EMBER" invoke "$WORK/$name.ember" -- ${ARGS[@]+"${ARGS[@]}"} \
                <"$(stdin_of "$name")" >>"$WORK/ember.out" 2>>"$WORK/ember.err"
            st=$?
        fi
    else
        # shellcheck disable=SC2086  # mode options are deliberately word-split
        timeout "$TIMEOUT_S" "$EMBER" run $MODE_OPTS ${EMBER_OPTS-} ${OPTS[@]+"${OPTS[@]}"} \
            -cp "$CLASS_DIR/$name" "$name" \
            ${ARGS[@]+"${ARGS[@]}"} <"$(stdin_of "$name")" >"$WORK/ember.out" 2>"$WORK/ember.err"
        st=$?
    fi
    local exp_st reasons=""
    exp_st=$(cat "$e.status")
    if ! cmp -s "$e.out" "$WORK/ember.out"; then
        reasons="stdout differs (< expected, > ember)
$(diff_excerpt "$e.out" "$WORK/ember.out")"
    fi
    if [ "$st" != "$exp_st" ]; then
        local what="exit status $st, expected $exp_st"
        [ "$st" = 124 ] && what="timed out after ${TIMEOUT_S}s (expected status $exp_st)"
        local err1
        err1=$(head -n 1 "$WORK/ember.err")
        [ -n "$err1" ] && what="$what
    stderr: $err1"
        reasons="${reasons:+$reasons
  }$what"
    fi
    if [ "$exp_st" != 0 ] && grep -q '^Exception in thread' "$e.err1"; then
        local got want
        got=$(head -n 1 "$WORK/ember.err")
        want=$(cat "$e.err1")
        if [ "$got" != "$want" ]; then
            reasons="${reasons:+$reasons
  }stderr first line differs
    expected: $want
    got:      $got"
        fi
    fi
    if [ -z "$reasons" ]; then
        verdict "$name" PASS
        rm -rf "$WORK"
    else
        # Keep Ember's output of a failing test for inspection: build/tests/failed/<Name>.{out,err}.
        mkdir -p "$OUT_DIR/failed"
        cp -f "$WORK/ember.out" "$OUT_DIR/failed/$name.out" 2>/dev/null
        cp -f "$WORK/ember.err" "$OUT_DIR/failed/$name.err" 2>/dev/null
        verdict "$name" FAIL "FAIL $name: $reasons"
    fi
}

if [ "${1-}" = --__worker ]; then
    worker "$2"
    exit 0
fi

# ---------------------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------------------
MODE=default
EMBER=$ROOT/build/ember
JOBS=2
CHECK_ORACLE=0
FILTERS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --mode) [ $# -ge 2 ] || usage; MODE=$2; shift 2 ;;
        --mode=*) MODE=${1#--mode=}; shift ;;
        --ember) [ $# -ge 2 ] || usage; EMBER=$2; shift 2 ;;
        --ember=*) EMBER=${1#--ember=}; shift ;;
        --jobs|-j) [ $# -ge 2 ] || usage; JOBS=$2; shift 2 ;;
        --jobs=*) JOBS=${1#--jobs=}; shift ;;
        --check-oracle) CHECK_ORACLE=1; shift ;;
        -h|--help) usage 0 ;;
        --) shift; FILTERS+=("$@"); break ;;
        -*) echo "run_java.sh: unknown option $1" >&2; usage ;;
        *) FILTERS+=("$1"); shift ;;
    esac
done

# The tiered-low thresholds: a method is compiled at 100 invocations + backedges (profiled from 33), and a loop
# goes to on-stack replacement at CompileThreshold * OnStackReplacePercentage / 100 = 50 backedges (the
# percentage may not go below InterpreterProfilePercentage, 33), so any loop of 50 trips enters compiled code
# mid-method and most programs run a mix of interpreted and compiled frames. -Xbatch compiles in the
# foreground, so where the switch happens does not depend on timing (HotSpot's -Xcomp implies it).
case "$MODE" in
    int) MODE_OPTS=-Xint ;;
    default|snapshot) MODE_OPTS= ;;
    tiered-low) MODE_OPTS="-XX:CompileThreshold=100 -XX:OnStackReplacePercentage=50 -Xbatch" ;;
    xcomp) MODE_OPTS=-Xcomp ;;
    *) echo "run_java.sh: unknown mode '$MODE' (known: int, default, tiered-low, xcomp, snapshot)" >&2; exit 2 ;;
esac
case "$JOBS" in ''|*[!0-9]*|0) echo "run_java.sh: --jobs needs a positive number" >&2; exit 2 ;; esac

# A relative --ember is relative to the caller's cwd; make it absolute.
case "$EMBER" in /*) ;; */*) EMBER=$(cd "$(dirname "$EMBER")" 2>/dev/null && pwd)/$(basename "$EMBER") ;; esac
if [ "$CHECK_ORACLE" = 0 ]; then
    if ! command -v "$EMBER" >/dev/null 2>&1 && [ ! -x "$EMBER" ]; then
        echo "run_java.sh: ember binary '$EMBER' not found or not executable (build it or pass --ember)" >&2
        exit 2
    fi
fi
for tool in "$JAVA" "$JAVAC"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "run_java.sh: '$tool' not found" >&2; exit 2; }
done

# Select tests.
NAMES=()
for src in "$SRC_DIR"/*.java; do
    [ -f "$src" ] || continue
    name=$(basename "$src" .java)
    if [ ${#FILTERS[@]} -gt 0 ]; then
        keep=0
        for f in "${FILTERS[@]}"; do
            # shellcheck disable=SC2254
            case "$name" in $f|*$f*) keep=1; break ;; esac
        done
        [ $keep = 1 ] || continue
    fi
    NAMES+=("$name")
done
if [ ${#NAMES[@]} -eq 0 ]; then
    echo "run_java.sh: no tests selected" >&2
    echo "0 passed, 0 failed"
    exit 1
fi

mkdir -p "$CLASS_DIR" "$EXP_DIR" "$WORK_DIR"
RUN_DIR=$(mktemp -d "$WORK_DIR/run.XXXXXX")
RESULT_DIR=$RUN_DIR/.results
mkdir -p "$RESULT_DIR"
trap 'rm -rf "$RUN_DIR"' EXIT
export ROOT SRC_DIR OUT_DIR CLASS_DIR EXP_DIR WORK_DIR KNOWN TIMEOUT_S JAVA JAVAC EMBER MODE MODE_OPTS \
    CHECK_ORACLE RUN_DIR RESULT_DIR
export EMBER_OPTS=${EMBER_OPTS-}

printf '%s\n' "${NAMES[@]}" | xargs -P "$JOBS" -n 1 "$BASH" "${BASH_SOURCE[0]}" --__worker

passed=0 failed=0 xfail=0
for name in "${NAMES[@]}"; do
    if [ -f "$RESULT_DIR/$name" ]; then
        v=$(cat "$RESULT_DIR/$name")
    else
        v=FAIL
        echo "FAIL $name: no result (runner error or interrupted)"
    fi
    case "$v" in
        PASS) passed=$((passed + 1)) ;;
        XFAIL) xfail=$((xfail + 1)) ;;
        *) failed=$((failed + 1)) ;;
    esac
done
[ "$xfail" -gt 0 ] && echo "$xfail known failures"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
