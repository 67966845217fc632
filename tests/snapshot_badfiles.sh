#!/usr/bin/env bash
# snapshot_badfiles.sh — ember must refuse damaged, foreign and forged snapshot files with exit status 2 and
# one line on stderr, and never crash.
#
# It builds a hello handler (javac into a temporary directory), snapshots it twice (plain, and --compress),
# then runs ember on damaged copies:
#   - truncations at ~50 offsets per file (0, 1, inside the header, the header/table boundary, inside the
#     table, at, just after and inside every data region, one byte short of the end);
#   - single-bit flips in every header field (offsets computed from snapshot/snap_header.def, cross-checked
#     against `ember inspect --json`), in the zero padding of the header page, in every field of every region
#     table entry, and at the first, middle and last byte of every data region;
#   - forged files: a header or table field changed and the header CRC recomputed (zlib crc32 of the header
#     page with the crc field zeroed, continued over the region table), so that the checks behind the CRC are
#     reached: an unknown CPU feature (bit 40), another layout hash, build-id or VM space, out-of-range
#     header fields, and region tables that are unaligned, overlapping, out of bounds or without the VM root;
#   - a snapshot from another build (build/ember-otherbuild: the same objects linked with another ELF
#     build-id, a Makefile target) and the reverse; VM space's address range taken by an LD_PRELOAD object
#     (tests/snapshot_occupy.c) at its first and at its last page; an empty file, a non-snapshot file (the
#     ember binary), a directory, /dev/null, a missing file.
#
# What must hold. `ember invoke` and `ember verify` (and `ember inspect`, which parses the same header) exit
# with status exactly 2, write exactly one line on stderr (invoke: "ember invoke: cannot restore F: reason",
# nothing on stdout) and are never killed by a signal; an ASan/UBSan report is more than one line, so it
# fails the case too. Truncations, header/table flips and forged headers must be refused by all three.
# Data-region flips must be refused by `verify` and by `invoke --verify-checksums` (with --restore=read for
# the middle byte, so both restore paths are checked). Plain `invoke` of an uncompressed snapshot maps the regions lazily and does not checksum
# their contents (that is what --verify-checksums is for), so a flipped data bit reaches the VM: it may run
# normally, answer differently or crash (a flipped metaspace pointer legitimately crashes a VM). For those,
# plain invoke and `inspect` (which restores the VM to walk its heap) are only recorded (INFO lines, with a
# timeout so a hang cannot stall the suite), never asserted. A compressed snapshot is inflated on restore and
# zlib's adler32 covers every stream, so plain invoke must refuse every compressed data flip.
# Each case checks that its file really differs from the original (and that the working copy is restored
# afterwards), so that no case can pass without its corruption.
# Not covered by any checksum, and not tested: the rest of the region table's page after the last entry (never
# read).
#
# Usage: tests/snapshot_badfiles.sh [--ember PATH] [--other PATH] [--jobs N] [--keep]
#   --other: a binary like --ember with another build-id. Default: ember-otherbuild next to --ember; for
#            build/ember the script links it (make build/ember-otherbuild); another build directory must
#            have it linked with that build's flags, e.g. for ASan the `make B=build/asan CC=clang CFLAGS=...`
#            line that built build/asan/ember, with build/asan/ember-otherbuild as the target.
#   --keep:  leave the temporary directory (printed) for inspection.
# Output: PASS <case> / FAIL <case>: why / INFO lines, and `N passed, N failed` as the last line; exit 0 only
# when nothing failed.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EMBER=$ROOT/build/ember
OTHER=
JOBS=2
KEEP=0
while [ $# -gt 0 ]; do
    case $1 in
    --ember) EMBER=$(realpath "$2"); shift 2 ;;
    --other) OTHER=$(realpath "$2"); shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: $0 [--ember PATH] [--other PATH] [--jobs N] [--keep]" >&2; exit 2 ;;
    esac
done
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
T=30      # seconds allowed to a command whose status is asserted (refusals take milliseconds)
TREC=5    # seconds allowed to a recorded plain invoke of a data-flipped snapshot

TMP=$(mktemp -d "${TMPDIR:-/tmp}/ember-badfiles.XXXXXX")
# shellcheck disable=SC2317  # called by the trap
cleanup() { if [ "$KEEP" = 1 ]; then echo "kept $TMP" >&2; else rm -rf "$TMP"; fi; }
trap cleanup EXIT

LOG=$TMP/main.log
: > "$LOG"
pass() { echo "PASS $1" | tee -a "$LOG"; }
fail() { echo "FAIL $1: $2" | tee -a "$LOG"; }
info() { echo "INFO $1" | tee -a "$LOG"; }
finish() {
    local p f
    p=$(grep -c '^PASS ' "$LOG")
    f=$(grep -c '^FAIL ' "$LOG")
    echo "$p passed, $f failed"
    [ "$f" -eq 0 ]
    exit $?
}

# refused WHY-VAR TOOL FILE EXPECT [args...]: runs `ember TOOL args... FILE` and checks the refusal: exit 2,
# one stderr line starting with the tool's prefix (and containing EXPECT when not empty), nothing on stdout
# for invoke. On failure sets the variable named WHY-VAR to the reason and returns 1. Extra environment
# comes from the caller (e.g. LD_PRELOAD=... refused ...). $BIN overrides the binary.
# shellcheck disable=SC2034  # why_ is a name reference: assignments set the caller's variable
refused() {
    local -n why_=$1
    local tool=$2 file=$3 expect=$4
    shift 4
    local bin=${BIN:-$EMBER} out=$WORK/out err=$WORK/err rc
    timeout -k 2 $T "$bin" "$tool" "$@" "$file" < "$REQ" > "$out" 2> "$err"
    rc=$?
    local line
    line=$(head -c 300 "$err" | head -n 1)
    if [ $rc = 124 ]; then why_="$tool: timed out after ${T}s"; return 1; fi
    if [ $rc -ge 128 ]; then why_="$tool: killed by signal $((rc - 128)) (stderr: $line)"; return 1; fi
    if [ $rc != 2 ]; then why_="$tool: exit $rc, expected 2 (stderr: $line)"; return 1; fi
    if [ "$(wc -l < "$err")" != 1 ] || [ -n "$(tail -c 1 "$err")" ]; then
        why_="$tool: stderr is not exactly one line: $(head -c 400 "$err" | tr '\n' '|')"
        return 1
    fi
    local prefix="ember $tool: "
    [ "$tool" = invoke ] && prefix="ember invoke: cannot restore $file: "
    case $line in
    "$prefix"*) ;;
    *) why_="$tool: stderr does not start with \"$prefix\": $line"; return 1 ;;
    esac
    if [ "$tool" = invoke ] && [ -s "$out" ]; then why_="invoke: wrote to stdout: $(head -c 100 "$out")"; return 1; fi
    if [ -n "$expect" ] && [[ $line != *"$expect"* ]]; then
        why_="$tool: reason does not mention \"$expect\": $line"
        return 1
    fi
    return 0
}

# all_refused CASE FILE EXPECT TOOLS...: each tool ("invoke", "verify", "inspect", "invoke-vc",
# "invoke-read-vc") must refuse FILE; one PASS or FAIL line for the case.
all_refused() {
    local name=$1 file=$2 expect=$3 why=
    shift 3
    local t
    for t in "$@"; do
        case $t in
        invoke-vc) refused why invoke "$file" "$expect" --verify-checksums || break ;;
        invoke-read-vc) refused why invoke "$file" "$expect" --restore=read --verify-checksums || break ;;
        *) refused why "$t" "$file" "$expect" || break ;;
        esac
    done
    if [ -z "$why" ]; then pass "$name"; else fail "$name" "$why"; fi
}

# record CASE FILE: plain invoke and inspect of a data-flipped uncompressed snapshot: recorded, not asserted.
record() {
    local name=$1 file=$2 rc what=
    timeout -k 1 $TREC "$EMBER" invoke "$file" < "$REQ" > "$WORK/out" 2> "$WORK/err"
    rc=$?
    case $rc in
    0) if cmp -s "$WORK/out" "$EXPECTED"; then what="exit 0, same answer"; else what="exit 0, DIFFERENT answer"; fi ;;
    124) what="hung (killed after ${TREC}s)" ;;
    *) if [ $rc -ge 128 ]; then what="signal $((rc - 128))"; else what="exit $rc"; fi
       what="$what: $(head -c 160 "$WORK/err" | head -n 1)" ;;
    esac
    timeout -k 1 $TREC "$EMBER" inspect "$file" > /dev/null 2> "$WORK/err"
    rc=$?
    case $rc in
    0) what="$what; inspect: exit 0" ;;
    124) what="$what; inspect: hung" ;;
    *) if [ $rc -ge 128 ]; then what="$what; inspect: signal $((rc - 128))"; else what="$what; inspect: exit $rc"; fi ;;
    esac
    info "$name: plain invoke (not asserted): $what"
}

# ---- setup ----------------------------------------------------------------------------------------------------
WORK=$TMP
REQ=$TMP/request
EXPECTED=$TMP/expected
printf 'world' > "$REQ"
printf 'hello world' > "$EXPECTED"
if [ ! -x "$EMBER" ]; then fail setup "no ember binary at $EMBER"; finish; fi
mkdir -p "$TMP/src" "$TMP/cls"
cat > "$TMP/src/Hello.java" <<'EOF'
public class Hello {
    static final StringBuilder greeting = new StringBuilder("hello ");
    public static String handle(String s) { return greeting + s; }
}
EOF
if ! javac -d "$TMP/cls" "$TMP/src/Hello.java" 2> "$TMP/javac.err"; then
    fail setup "javac: $(head -n 3 "$TMP/javac.err")"
    finish
fi
U=$TMP/hello.ember
C=$TMP/hello-z.ember
for spec in "$U:" "$C:--compress"; do
    f=${spec%%:*}
    opt=${spec#*:}
    # shellcheck disable=SC2086
    if ! "$EMBER" snapshot -cp "$TMP/cls" --handler Hello --warmup-iterations 2 $opt -o "$f" > /dev/null 2> "$TMP/snap.err"; then
        fail setup "ember snapshot $opt: $(head -n 3 "$TMP/snap.err")"
        finish
    fi
    # the originals must be restorable, else every refusal below proves nothing
    if "$EMBER" invoke "$f" < "$REQ" > "$TMP/out" 2> "$TMP/err" && cmp -s "$TMP/out" "$EXPECTED" &&
        "$EMBER" verify "$f" > /dev/null 2>&1 && "$EMBER" invoke --verify-checksums "$f" < "$REQ" > /dev/null 2>&1; then
        pass "original$( [ -n "$opt" ] && echo -compressed) is restorable and answers"
    else
        fail "original $opt" "the unmodified snapshot does not work: $(head -n 2 "$TMP/err")"
        finish
    fi
    "$EMBER" inspect --json "$f" > "$f.json" 2> "$TMP/err" || { fail setup "inspect --json: $(head -n 2 "$TMP/err")"; finish; }
done

# ---- the case list: offsets from snap_header.def and the region tables, forged files -----------------------
# One line per case: "trunc NAME SRC OFF", "flip NAME SRC OFF BIT CLASS" (CLASS: meta = header or table,
# data, cdata = data of a compressed file), "forge NAME FILE TOOLS EXPECT..." (TOOLS: comma-separated).
if ! python3 - "$ROOT/snapshot/snap_header.def" "$TMP" "$U" "$C" > "$TMP/cases" 2> "$TMP/py.err" <<'PY'
import json, re, struct, sys, zlib
defpath, tmp, files = sys.argv[1], sys.argv[2], {'u': sys.argv[3], 'c': sys.argv[4]}
PAGE, ENT = 4096, 48
SIZES = {'char': 1, 'uint8_t': 1, 'uint32_t': 4, 'uint64_t': 8}
fields, off = [], 0
for line in open(defpath):
    m = re.match(r'\s*SNAP_HEADER\((\w+),\s*(\w+),\s*(\d+),\s*(\w),', line)
    if not m:
        continue
    t, name, count, fmt = m.group(1), m.group(2), int(m.group(3)), m.group(4)
    if t not in SIZES or off % SIZES[t]:
        sys.exit('snap_header.def: cannot lay out %s %s' % (t, name))
    fields.append((name, off, SIZES[t] * count, SIZES[t], fmt))
    off += SIZES[t] * count
HDR_END, F = off, {f[0]: f for f in fields}
for need in ('header_crc', 'n_regions', 'table_offset', 'file_size', 'cpu_features', 'flags'):
    if need not in F:
        sys.exit('snap_header.def has no field ' + need)
RFIELDS = [('addr', 0, 8), ('size', 8, 8), ('file_offset', 16, 8), ('stored_size', 24, 8),
           ('prot', 32, 4), ('kind', 36, 4), ('crc', 40, 4), ('flags', 44, 4)]
RZERO, RDEFLATE = 1, 2

def get(b, name):
    _, o, size, elem, _ = F[name]
    return int.from_bytes(b[o:o + size], 'little')

def put(b, name, v):
    _, o, size, elem, _ = F[name]
    b[o:o + size] = v.to_bytes(size, 'little')

def table(b):
    n, t = get(b, 'n_regions'), get(b, 'table_offset')
    return [list(struct.unpack_from('<4Q4I', b, t + i * ENT)) for i in range(n)]

def crc_of(b, n):
    page = bytearray(b[:PAGE])
    o, size = F['header_crc'][1], F['header_crc'][2]
    page[o:o + size] = bytes(size)
    return zlib.crc32(bytes(b[PAGE:PAGE + n * ENT]), zlib.crc32(bytes(page))) & 0xffffffff

data = {k: bytearray(open(p, 'rb').read()) for k, p in files.items()}
regions = {}
for tag, b in data.items():
    j = json.load(open(files[tag] + '.json'))
    for name, o, size, elem, fmt in fields:   # the computed layout must agree with the binary's view
        v, jv = b[o:o + size], j['header'][name]
        if fmt in 'uh':
            ok = int.from_bytes(v, 'little') == jv
        elif fmt == 's':
            ok = bytes(v).split(b'\0')[0].decode() == jv
        elif fmt == 'x':
            ok = bytes(v[:get(b, 'build_id_len')]).hex() == jv
        else:
            ok = True
        if not ok:
            sys.exit('%s: header field %s at offset %d reads %r, inspect --json says %r' % (tag, name, o, bytes(v[:16]), jv))
    if get(b, 'table_offset') != PAGE or get(b, 'file_size') != len(b):
        sys.exit(tag + ': unexpected table offset or file size')
    rs = table(b)
    if len(rs) != len(j['regions']):
        sys.exit(tag + ': region count differs from inspect --json')
    for r, jr in zip(rs, j['regions']):
        zero = bool(r[7] & RZERO)
        if (r[0] != int(jr['address'], 16) or r[1] != jr['size'] or zero != jr['zero'] or
                (not zero and (r[2] != jr['file_offset'] or r[3] != jr['stored_size'] or '%08x' % r[6] != jr['crc32']))):
            sys.exit('%s: region table entry %r differs from inspect --json %r' % (tag, r, jr))
    if crc_of(b, len(rs)) != get(b, 'header_crc'):
        sys.exit(tag + ': recomputing the header CRC does not give the stored value')
    if not any(not (r[7] & RZERO) for r in rs):
        sys.exit(tag + ': no data regions')
    regions[tag] = rs

def effective_flip(b, r, o, bit):
    """A flip in a compressed region must change what the region inflates to. A flipped bit in a deflate
    back-reference's distance can copy equal bytes from elsewhere (zeros, mostly): the inflated data, and so
    every checksum of it, stays as it was, and the file is not corrupted at all. Such a flip moves on to the
    next bit (then byte) of the region whose flip changes the data or breaks the stream."""
    stored = bytes(b[r[2]:r[2] + r[3]])
    good = zlib.decompress(stored)
    for k in range(8 * r[3]):
        p, q = r[2] + (o - r[2] + (bit + k) // 8) % r[3], (bit + k) % 8
        f = bytearray(stored)
        f[p - r[2]] ^= 1 << q
        try:
            if zlib.decompress(bytes(f)) != good:
                return p, q
        except zlib.error:
            return p, q
    return o, bit

out = []
for tag, b in data.items():
    size, rs = len(b), regions[tag]
    tend = PAGE + len(rs) * ENT
    offs = {0, 1, 7, 8, 100, HDR_END - 1, HDR_END, 2 * PAGE // 3, PAGE - 1, PAGE, PAGE + 1, PAGE + ENT,
            PAGE + ENT + 17, tend - 1, tend, size - 1}
    for r in rs:
        if not r[7] & RZERO:
            offs |= {r[2], r[2] + 1, r[2] + r[3] // 2, r[2] + r[3] - 1}
    for o in sorted(x for x in offs if 0 <= x < size):
        out.append('trunc %s.trunc@%d %s %d' % (tag, o, tag, o))
    for i, (name, o, fsize, elem, fmt) in enumerate(fields):
        out.append('flip %s.hdr.%s+0 %s %d %d meta' % (tag, name, tag, o, i % 8))
        if fsize > 1:
            out.append('flip %s.hdr.%s+%d %s %d %d meta' % (tag, name, fsize - 1, tag, o + fsize - 1, (i + 5) % 8))
    for o, bit in ((HDR_END, 0), ((HDR_END + PAGE) // 2, 3), (PAGE - 1, 7)):
        out.append('flip %s.hdr-padding@%d %s %d %d meta' % (tag, o, tag, o, bit))
    for e in range(len(rs)):
        for k, (fname, fo, fsize) in enumerate(RFIELDS):
            o = PAGE + e * ENT + fo + (e + k) % fsize
            out.append('flip %s.table[%d].%s %s %d %d meta' % (tag, e, fname, tag, o, (3 * e + k) % 8))
    for e, r in enumerate(rs):
        if r[7] & RZERO:
            continue
        for where, o, bit in (('first', r[2], 0), ('middle', r[2] + r[3] // 2, 4), ('last', r[2] + r[3] - 1, 7)):
            if tag == 'c':
                o, bit = effective_flip(b, r, o, bit)
            out.append('flip %s.data[%d].%s@%d %s %d %d %s' % (tag, e, where, o, tag, o, bit,
                                                             'cdata' if tag == 'c' else 'data'))

VM_BASE, VM_SIZE = get(data['u'], 'vm_base'), get(data['u'], 'vm_size')

def forge(name, tag, tools, expect, hdr=None, tab=None):
    """A copy of file `tag` with header fields `hdr` set and the region table rewritten by `tab`, CRC redone."""
    b = bytearray(data[tag])
    rs = [list(r) for r in regions[tag]]
    if tab:
        new = tab(rs)
        rs = rs if new is None else new
        put(b, 'n_regions', len(rs))
        for i, r in enumerate(rs):
            struct.pack_into('<4Q4I', b, PAGE + i * ENT, *r)
        datar = [r for r in rs if not r[7] & RZERO]
        put(b, 'data_bytes', sum(r[1] for r in datar))
        put(b, 'stored_bytes', sum(r[3] for r in datar))
    for k, v in (hdr or {}).items():
        if isinstance(v, bytes):
            o, size = F[k][1], F[k][2]
            b[o:o + size] = v.ljust(size, b'\0')[:size]
        else:
            put(b, k, v)
    n = min(get(b, 'n_regions'), (len(b) - PAGE) // ENT)
    put(b, 'header_crc', crc_of(b, n))
    path = '%s/forged-%s.ember' % (tmp, name)
    open(path, 'wb').write(b)
    out.append('forge forged.%s %s %s %s' % (name, path, tools, expect))

def data_idx(rs, k):   # index of the k-th data region (negative: from the end)
    return [i for i, r in enumerate(rs) if not r[7] & RZERO][k]

def setr(k, field, fn):
    fi = [f[0] for f in RFIELDS].index(field)
    def tab(rs):
        i = data_idx(rs, k) if isinstance(k, int) else k[1]
        rs[i][fi] = fn(rs[i][fi], rs, i)
    return tab

REF = 'invoke,verify,inspect'
BIN = 'invoke,verify'          # checks that only a binary-aware open makes (inspect shows such a file)
c = data['c']
forge('cpu-feature-bit40', 'c', BIN, 'lacks features', {'cpu_features': get(c, 'cpu_features') | 1 << 40})
forge('layout-hash', 'c', BIN, 'layouts differ', {'layout_hash': get(c, 'layout_hash') ^ 1})
forge('build-id', 'c', BIN, 'another ember build',
      {'build_id': bytes([c[F['build_id'][1]] ^ 1]) + bytes(c[F['build_id'][1] + 1:F['build_id'][1] + 32])})
forge('vm-base', 'c', BIN, 'VM space at', {'vm_base': VM_BASE + (1 << 30)})
forge('vm-size', 'c', BIN, 'VM space at', {'vm_size': VM_SIZE // 2})
forge('version-2', 'c', REF, 'format version', {'version': 2})
forge('header-size', 'c', REF, 'corrupted header', {'header_size': 2 * PAGE})
forge('table-offset', 'c', REF, 'corrupted header', {'table_offset': 2 * PAGE})
forge('n-regions-65537', 'c', REF, 'corrupted header', {'n_regions': 65537})
forge('n-regions-past-eof', 'c', REF, 'corrupted header', {'n_regions': 65536})
forge('build-id-len-33', 'c', REF, 'corrupted header', {'build_id_len': 33})
forge('kind-0', 'c', REF, 'corrupted header', {'kind': 0})
forge('kind-7', 'c', REF, 'corrupted header', {'kind': 7})
forge('flags-unknown', 'c', REF, 'corrupted header', {'flags': get(c, 'flags') | 2})
forge('handler-unterminated', 'c', REF, 'corrupted header', {'handler': b'A' * 512})
forge('version-unterminated', 'c', REF, 'corrupted header', {'ember_version': b'9' * 16})
forge('data-bytes', 'c', REF, 'disagree', {'data_bytes': get(c, 'data_bytes') + PAGE})
forge('region-unaligned', 'c', REF, 'page-aligned', tab=setr(-1, 'addr', lambda v, rs, i: v + 1))
forge('region-past-vm-space', 'c', REF, 'outside VM space', tab=setr(-1, 'addr', lambda v, rs, i: VM_BASE + VM_SIZE))
forge('region-below-vm-space', 'c', REF, 'outside VM space', tab=setr(0, 'addr', lambda v, rs, i: VM_BASE - PAGE))
forge('region-size-wraps', 'c', REF, 'outside VM space', tab=setr(('zero', 0), 'size', lambda v, rs, i: 2**64 - PAGE))
forge('region-size-0', 'c', REF, 'outside VM space', tab=setr(('zero', 1), 'size', lambda v, rs, i: 0))
forge('region-prot-rwx', 'c', REF, 'protection', tab=setr(0, 'prot', lambda v, rs, i: 7))
forge('region-prot-none', 'c', REF, 'protection', tab=setr(('zero', 0), 'prot', lambda v, rs, i: 0))
forge('region-exec-outside-code', 'c', REF, 'executable outside the code cache', tab=setr(0, 'prot', lambda v, rs, i: 5))
forge('region-kind', 'c', REF, 'unknown kind', tab=setr(0, 'kind', lambda v, rs, i: 99))
forge('region-flags', 'c', REF, 'unknown kind or flags', tab=setr(0, 'flags', lambda v, rs, i: v | 4))
forge('zero-region-after-data', 'c', REF, 'zero region',
      tab=lambda rs: rs + [[VM_BASE + VM_SIZE - PAGE, PAGE, 0, 0, 3, 7, 0, RZERO]])
forge('region-overlap', 'c', REF, 'overlaps', tab=setr(1, 'addr', lambda v, rs, i: rs[i - 1][0]))
forge('region-compress-flag', 'c', REF, 'compression flag', tab=setr(0, 'flags', lambda v, rs, i: v & ~RDEFLATE))
forge('region-stored-too-big', 'c', REF, 'impossible stored size',
      tab=setr(-1, 'stored_size', lambda v, rs, i: rs[i][1] + rs[i][1] // 8 + PAGE + 1))
forge('region-offset-in-table', 'c', REF, "outside the file's data", tab=setr(0, 'file_offset', lambda v, rs, i: PAGE))
forge('region-past-eof', 'c', REF, "outside the file's data", tab=setr(-1, 'file_offset', lambda v, rs, i: len(c) - 1))
forge('region-offset-wraps', 'c', REF, "outside the file's data", tab=setr(-1, 'file_offset', lambda v, rs, i: 2**64 - 1))
forge('region-stored-short', 'c', 'invoke,verify', 'decompress', tab=setr(1, 'stored_size', lambda v, rs, i: v - 1))
forge('u-region-offset-unaligned', 'u', REF, 'impossible stored size', tab=setr(-1, 'file_offset', lambda v, rs, i: v + 1))
forge('u-region-stored-ne-size', 'u', REF, 'impossible stored size', tab=setr(0, 'stored_size', lambda v, rs, i: v - PAGE))
forge('u-region-crc', 'u', 'verify,invoke-vc,invoke-read-vc', 'checksum mismatch', tab=setr(0, 'crc', lambda v, rs, i: v ^ 1))
forge('c-region-crc', 'c', 'verify,invoke-vc', 'checksum mismatch', tab=setr(0, 'crc', lambda v, rs, i: v ^ 1))
# the VM root struct, which the restore reads and the VM writes at once, must be committed read-write and its
# first page stored: else refused when the file is opened (these faulted in snap_restore before)
forge('no-regions', 'c', REF, 'VM root struct', tab=lambda rs: [])
forge('zero-regions-only', 'c', REF, 'VM root struct', tab=lambda rs: [r for r in rs if r[7] & RZERO])
forge('no-root-regions', 'c', REF, 'VM root struct', tab=lambda rs: [r for r in rs if not r[0] <= VM_BASE < r[0] + r[1]])
forge('root-data-only', 'c', REF, 'VM root struct', tab=lambda rs: [r for r in rs if not (r[7] & RZERO and r[0] == VM_BASE)])
forge('root-read-only', 'c', REF, 'VM root struct without write access',
      tab=lambda rs: [r[:4] + [1] + r[5:] if r[0] <= VM_BASE < r[0] + r[1] else r for r in rs])
print('\n'.join(out))
PY
then
    fail layout "$(tail -n 3 "$TMP/py.err")"
    : > "$TMP/cases"
else
    pass "layout: snap_header.def offsets, region tables and the header CRC agree with ember inspect --json"
fi

# ---- workers: the generated cases, split over $JOBS processes with their own working copies ---------------
# setbyte FILE OFF VALUE
setbyte() { printf '%b' "$(printf '\\0%03o' "$3")" | dd of="$1" bs=1 seek="$2" count=1 conv=notrunc status=none; }
getbyte() { od -An -tu1 -j "$2" -N 1 "$1" | tr -d ' '; }

worker() {
    local w=$1 n=0 kind name src off bit class orig cur f tools expect
    WORK=$TMP/w$w
    mkdir -p "$WORK"
    LOG=$WORK/log
    : > "$LOG"
    if ! cp "$U" "$WORK/u.ember" || ! cp "$C" "$WORK/c.ember"; then fail "worker$w" "cannot copy"; return; fi
    while read -r kind name src off bit class; do
        n=$((n + 1))
        [ $((n % JOBS)) = "$w" ] || continue
        case $kind in
        trunc)
            orig=$([ "$src" = u ] && echo "$U" || echo "$C")
            f=$WORK/trunc.ember
            head -c "$off" "$orig" > "$f"
            if [ "$(stat -c %s "$f")" != "$off" ] || cmp -s "$f" "$orig"; then fail "$name" "truncation did not happen"; continue; fi
            all_refused "$name" "$f" "" invoke verify inspect
            ;;
        flip)
            f=$WORK/$src.ember
            orig=$([ "$src" = u ] && echo "$U" || echo "$C")
            cur=$(getbyte "$f" "$off")
            setbyte "$f" "$off" $((cur ^ (1 << bit)))
            if cmp -s "$f" "$orig"; then fail "$name" "the bit flip did not change the file"; continue; fi
            case $class in
            meta) all_refused "$name" "$f" "" invoke verify inspect ;;
            cdata) all_refused "$name" "$f" "" verify invoke invoke-vc ;;
            data)
                # the middle flip goes through the eager read path, first and last through mmap
                case $name in
                *.middle@*) all_refused "$name" "$f" "" verify invoke-read-vc ;;
                *) all_refused "$name" "$f" "" verify invoke-vc ;;
                esac
                record "$name" "$f"
                ;;
            esac
            setbyte "$f" "$off" "$cur"
            if ! cmp -s "$f" "$orig"; then fail "$name" "the working copy was not restored"; cp "$orig" "$f"; fi
            ;;
        forge)
            # forge NAME FILE TOOLS EXPECT...: read's fields are: kind name src=FILE off=TOOLS bit+class=EXPECT
            f=$src
            tools=${off//,/ }
            expect="$bit${class:+ $class}"
            if cmp -s "$f" "$U" || cmp -s "$f" "$C"; then fail "$name" "the forged file equals an original"; continue; fi
            # shellcheck disable=SC2086
            all_refused "$name" "$f" "$expect" $tools
            ;;
        esac
    done < "$TMP/cases"
}
pids=()
for ((w = 0; w < JOBS; w++)); do
    worker "$w" > /dev/null &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
for ((w = 0; w < JOBS; w++)); do
    cat "$TMP/w$w/log"
    cat "$TMP/w$w/log" >> "$LOG"
done

# ---- special files ---------------------------------------------------------------------------------------------
WORK=$TMP
: > "$TMP/empty.ember"
all_refused empty-file "$TMP/empty.ember" "" invoke verify inspect
cp "$EMBER" "$TMP/not-a-snapshot.ember"
all_refused not-a-snapshot "$TMP/not-a-snapshot.ember" "bad magic" invoke verify inspect
head -c 5000 /dev/zero > "$TMP/zeros.ember"
all_refused zeros-5000 "$TMP/zeros.ember" "bad magic" invoke verify inspect
mkdir -p "$TMP/dir.ember"
all_refused directory "$TMP/dir.ember" "not a regular file" invoke verify inspect
all_refused dev-null /dev/null "not a regular file" invoke verify inspect
all_refused missing-file "$TMP/no-such.ember" "cannot open" invoke verify inspect

# ---- another build ---------------------------------------------------------------------------------------------
if [ -z "$OTHER" ]; then
    # Only the default build is linked here: another build directory was compiled with other flags (ASan), which
    # this script does not know, and make with the default flags would recompile stale objects into it.
    OTHER=$(dirname "$EMBER")/ember-otherbuild
    bdir=$(realpath --relative-to="$ROOT" "$(dirname "$EMBER")")
    if [ "$bdir" = build ] && ! make -s -C "$ROOT" build/ember-otherbuild > "$TMP/make.log" 2>&1; then
        fail other-build "make build/ember-otherbuild: $(tail -n 2 "$TMP/make.log" | tr '\n' ' ')"
        OTHER=
    elif [ ! -x "$OTHER" ]; then
        fail other-build "no $OTHER: link it as $EMBER was (e.g. make B=$bdir CC=clang CFLAGS=\"<the ASan flags>\" $bdir/ember-otherbuild) or pass --other"
        OTHER=
    elif [ "$OTHER" -ot "$EMBER" ]; then
        info "$OTHER is older than $EMBER (still another build-id: used)"
    fi
fi
if [ -n "$OTHER" ]; then
    id_this=$("$EMBER" inspect --json "$U" | sed -n 's/.*"this_binary": {"build_id": "\([0-9a-f]*\)".*/\1/p')
    O=$TMP/other.ember
    if ! [ -x "$OTHER" ]; then
        fail other-build "no binary $OTHER"
    elif ! "$OTHER" snapshot -cp "$TMP/cls" --handler Hello -o "$O" > /dev/null 2> "$TMP/err"; then
        fail other-build "$OTHER snapshot: $(head -n 2 "$TMP/err")"
    elif ! "$OTHER" invoke "$O" < "$REQ" 2> "$TMP/err" | cmp -s - "$EXPECTED"; then
        fail other-build "$OTHER cannot restore its own snapshot: $(head -n 2 "$TMP/err")"
    else
        id_other=$("$OTHER" inspect --json "$O" | sed -n 's/.*"this_binary": {"build_id": "\([0-9a-f]*\)".*/\1/p')
        if [ -z "$id_this" ] || [ "$id_this" = "$id_other" ]; then
            fail other-build "the two binaries have the same build-id ($id_this)"
        else
            all_refused "other-build: this binary refuses the other's snapshot" "$O" "another ember build" invoke verify
            BIN=$OTHER all_refused "other-build: the other binary refuses this one's snapshot" "$U" "another ember build" invoke verify
        fi
    fi
fi

# ---- VM space's address range already in use -------------------------------------------------------------------
SO=$TMP/snapshot_occupy.so
if ! ${CC:-cc} -std=gnu11 -O1 -Wall -Wextra -Werror -shared -fPIC -o "$SO" "$ROOT/tests/snapshot_occupy.c" 2> "$TMP/err"; then
    fail occupied "cannot build snapshot_occupy.so: $(head -n 2 "$TMP/err")"
else
    base=$(python3 -c 'import json,sys; h=json.load(open(sys.argv[1]))["header"]; print("%x %x" % (h["vm_base"], h["vm_base"] + h["vm_size"] - 4096))' "$U.json")
    for a in $base; do
        for f in "$U" "$C"; do
            name="occupied: a page at 0x$a ($(basename "$f"))"
            EMBER_OCCUPY_ADDR=$a LD_PRELOAD=$SO all_refused "$name" "$f" "already in use" invoke
        done
    done
    # control: the preloaded object alone does not stop a restore when it maps elsewhere
    if EMBER_OCCUPY_ADDR=300000000000 LD_PRELOAD=$SO "$EMBER" invoke "$U" < "$REQ" 2> "$TMP/err" | cmp -s - "$EXPECTED" &&
        [ ! -s "$TMP/err" ]; then
        pass "occupied: control (a page outside VM space) restores"
    else
        fail "occupied: control" "invoke with the object mapping outside VM space failed: $(head -n 2 "$TMP/err")"
    fi
fi

finish
