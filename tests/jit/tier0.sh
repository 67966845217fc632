#!/usr/bin/env bash
# tests/jit/tier0.sh — tier 0: the profiling interpreter's counters and profiles, and the tier-policy flags.
# Ember-only output (-XX:+PrintMethodData), so expected files instead of HotSpot as the oracle.
#
#   tests/jit/tier0.sh [--ember PATH] [--update] [name-filter...]
#
# --update rewrites each selected program's .expected from this run (review the diff before committing).
#
# Per program tests/jit/tier0/<Name>.java (public class <Name> with main):
#   <Name>.opts      one line: `run <ember options>` (ember run <options> -cp DIR <Name>),
#                    `snapshot <ember options>` (ember snapshot <options> -cp DIR --main <Name> -o F, then
#                    ember invoke F: the options, PrintMethodData among them, are baked into the snapshot) or
#                    `handler <ember options>` (ember snapshot <options> -cp DIR --handler <Name> with 10
#                    warm-up calls on "banana", then ember invoke F on "education"; the output compared is
#                    `answer=<stdout>` and then stderr, where a function's PrintMethodData goes)
#   <Name>.expected  the expected stdout after filtering: the program's own lines, the PrintMethodData blocks of
#                    <Name> and its nested classes (the class library's are dropped: they change with it), and
#                    the `MethodData total:` line as `MethodData total: none` when there were no profiles at all
# Every run also has -XX:+VerifyHeap (the profiles are checked at exit) and must exit 0 with an empty stderr.
# tests/jit/tier0/flags.cases: option parsing, one case per block (see the file).
# Prints PASS/FAIL per test; the last line is `N passed, N failed`.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
EMBER=$ROOT/build/ember
FILTERS=()
UPDATE=0
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$2; shift 2 ;;
    --ember=*) EMBER=${1#--ember=}; shift ;;
    --update) UPDATE=1; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    -*) echo "tier0.sh: unknown option $1" >&2; exit 2 ;;
    *) FILTERS+=("$1"); shift ;;
    esac
done
case "$EMBER" in /*) ;; *) EMBER=$PWD/$EMBER ;; esac
[ -x "$EMBER" ] || { echo "tier0.sh: no ember binary at $EMBER" >&2; echo "0 passed, 1 failed"; exit 1; }
SRC=$ROOT/tests/jit/tier0
OUT=$ROOT/build/tests/jit-tier0
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
pass=0
fail=0

selected() {
    [ ${#FILTERS[@]} -eq 0 ] && return 0
    local f
    for f in "${FILTERS[@]}"; do
        # shellcheck disable=SC2053  # filters are globs
        [[ $1 == *$f* || $1 == $f ]] && return 0
    done
    return 1
}

verdict() { # name, failure text ('' = pass)
    if [ -z "$2" ]; then
        echo "PASS $1"
        pass=$((pass + 1))
    else
        echo "FAIL $1"
        sed 's/^/  /' <<<"$2"
        fail=$((fail + 1))
    fi
}

# The program's lines and its own classes' MethodData blocks (see the header).
filter() { # name < stdout
    awk -v cls="$1" '
        /^MethodData total: / { if ($3 == "0") print "MethodData total: none"; blk = 0; next }
        /^MethodData / { blk = 1; mine = index($2, cls ".") == 1 || index($2, cls "$") == 1; if (mine) print; next }
        blk && /^  / { if (mine) print; next }
        { blk = 0; print }'
}

# ---- the Java programs -------------------------------------------------------------------------------------
for src in "$SRC"/*.java; do
    name=$(basename "$src" .java)
    selected "$name" || continue
    cls=$OUT/$name
    if [ ! -f "$cls/$name.class" ] || [ "$src" -nt "$cls/$name.class" ]; then
        rm -rf "$cls" && mkdir -p "$cls"
        if ! javac -nowarn -encoding UTF-8 -d "$cls" "$src" >"$WORK/javac" 2>&1; then
            verdict "$name" "javac failed: $(head -5 "$WORK/javac")"
            continue
        fi
    fi
    read -r mode opts <"$SRC/$name.opts"
    st=0
    : >"$WORK/err"
    if [ "$mode" = snapshot ]; then
        # shellcheck disable=SC2086  # options are deliberately word-split
        timeout 120 "$EMBER" snapshot -XX:+VerifyHeap $opts -cp "$cls" --main "$name" -o "$WORK/$name.ember" \
            </dev/null >"$WORK/out" 2>"$WORK/err" || st=$?
        [ $st = 0 ] && { timeout 120 "$EMBER" invoke "$WORK/$name.ember" </dev/null >>"$WORK/out" 2>>"$WORK/err" || st=$?; }
    elif [ "$mode" = handler ]; then
        printf banana >"$WORK/warmup"
        # shellcheck disable=SC2086
        timeout 120 "$EMBER" snapshot -XX:+VerifyHeap $opts -cp "$cls" --handler "$name" --warmup-input "$WORK/warmup" \
            --warmup-iterations 10 -o "$WORK/$name.ember" </dev/null >"$WORK/snap.out" 2>"$WORK/err" || st=$?
        if [ $st = 0 ]; then
            printf education | timeout 120 "$EMBER" invoke "$WORK/$name.ember" >"$WORK/answer" 2>"$WORK/out" || st=$?
            { printf 'answer=%s\n' "$(cat "$WORK/answer")"; cat "$WORK/out"; } >"$WORK/out2"
            mv "$WORK/out2" "$WORK/out"
        fi
    else
        # shellcheck disable=SC2086
        timeout 120 "$EMBER" run -XX:+VerifyHeap $opts -cp "$cls" "$name" </dev/null >"$WORK/out" 2>"$WORK/err" || st=$?
    fi
    filter "$name" <"$WORK/out" >"$WORK/got"
    [ $UPDATE = 1 ] && cp "$WORK/got" "$SRC/$name.expected"
    why=""
    [ $st = 0 ] || why="exit status $st"
    [ -s "$WORK/err" ] && why="${why:+$why; }stderr: $(head -3 "$WORK/err")"
    if ! cmp -s "$SRC/$name.expected" "$WORK/got"; then
        why="${why:+$why
}output differs (< expected, > ember)
$(diff "$SRC/$name.expected" "$WORK/got" 2>&1 | head -20)"
    fi
    verdict "$name" "$why"
done

# ---- option parsing ----------------------------------------------------------------------------------------
# flags.cases: blocks of
#   case <options...>        ember run <options> -cp DIR FlagsHello
#   status <n>               the expected exit status
#   <lines>                  the expected stderr, exactly (none: empty)
#   end
# With status 0, stdout must be FlagsHello's `hello`.
CASES=$SRC/flags.cases
if selected flags && [ -f "$CASES" ]; then
    hello=$OUT/FlagsHello
    if [ ! -f "$hello/FlagsHello.class" ]; then
        mkdir -p "$hello"
        printf 'public class FlagsHello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
            >"$WORK/FlagsHello.java"
        javac -d "$hello" "$WORK/FlagsHello.java"
    fi
    n=0
    while IFS= read -r line; do
        case $line in
        '#'*|'') [ -z "${opts+x}" ] && continue ;;
        esac
        if [[ $line == "case "* ]]; then
            opts=${line#case }
            : >"$WORK/want"
            want_st=""
            continue
        fi
        if [[ $line == "status "* ]]; then
            want_st=${line#status }
            continue
        fi
        if [ "$line" = end ]; then
            n=$((n + 1))
            st=0
            # shellcheck disable=SC2086
            timeout 60 "$EMBER" run $opts -cp "$hello" FlagsHello </dev/null >"$WORK/out" 2>"$WORK/err" || st=$?
            why=""
            [ "$st" = "$want_st" ] || why="exit status $st, expected $want_st"
            if ! cmp -s "$WORK/want" "$WORK/err"; then
                why="${why:+$why
}stderr differs (< expected, > ember)
$(diff "$WORK/want" "$WORK/err" | head -10)"
            fi
            if [ "$want_st" = 0 ] && [ "$(cat "$WORK/out")" != hello ]; then
                why="${why:+$why
}stdout: $(head -3 "$WORK/out")"
            fi
            verdict "flags: $opts" "$why"
            unset opts
            continue
        fi
        printf '%s\n' "$line" >>"$WORK/want"
    done <"$CASES"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
