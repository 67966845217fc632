#!/usr/bin/env python3
"""Seeds for build/fuzz_snapshot, made from real snapshots (an uncompressed and a --compress one of the same
function): small files that snap_open accepts, so that mutations start from the deep end of the checks.

  snapshot_seeds.py HEADER_DEF PLAIN.ember COMPRESSED.ember OUTDIR

Each seed keeps the VM root's first data page and the smallest other data regions of the original, the zero
regions that cover them, and the header with its sizes redone. Seeds are written with
header_crc, build_id_len and layout_hash zero, which fuzz_snapshot.c replaces by the right CRC and its own
build-id and layout hash (so mutations are not all stopped by the checksum and the build-id); one seed keeps
the real values, and a header-only and a table-only cut are included."""
import re
import struct
import sys
import zlib

PAGE, ENT, ZERO = 4096, 48, 1
SIZES = {'char': 1, 'uint8_t': 1, 'uint32_t': 4, 'uint64_t': 8}


def layout(defpath):
    fields, off = {}, 0
    for line in open(defpath):
        m = re.match(r'\s*SNAP_HEADER\((\w+),\s*(\w+),\s*(\d+),', line)
        if m:
            size = SIZES[m.group(1)] * int(m.group(3))
            fields[m.group(2)] = (off, size)
            off += size
    return fields


def main():
    defpath, plain, compressed, outdir = sys.argv[1:5]
    F = layout(defpath)

    def get(b, k):
        o, n = F[k]
        return int.from_bytes(b[o:o + n], 'little')

    def put(b, k, v):
        o, n = F[k]
        b[o:o + n] = v.to_bytes(n, 'little')

    def reduce(src, n_data, real_crc=False):
        """The header, the zero regions and the first n_data data regions of src, laid out afresh."""
        rs = [list(struct.unpack_from('<4Q4I', src, PAGE + i * ENT)) for i in range(get(src, 'n_regions'))]
        data = [r for r in rs if not r[7] & ZERO]
        # the VM root's first page (restore needs it), then the smallest regions, kept in address order
        data = sorted(data[:1] + sorted(data[1:], key=lambda r: (r[3], r[0]))[:n_data - 1], key=lambda r: r[0])
        zero = [r for r in rs if r[7] & ZERO and any(r[0] <= d[0] < r[0] + r[1] for d in data)]
        keep = zero + data
        compressed = get(src, 'flags') & 1
        off = PAGE + -(-len(keep) * ENT // PAGE) * PAGE
        body = bytearray()
        for r in data:
            chunk = src[r[2]:r[2] + r[3]]
            r[2] = off + len(body)
            body += chunk
            if not compressed:   # uncompressed regions stay page-aligned (they are all page multiples)
                assert len(chunk) % PAGE == 0
        b = bytearray(src[:PAGE])
        b += bytes(off - PAGE)
        for i, r in enumerate(keep):
            struct.pack_into('<4Q4I', b, PAGE + i * ENT, *r)
        b += body
        put(b, 'n_regions', len(keep))
        put(b, 'file_size', len(b))
        put(b, 'data_bytes', sum(r[1] for r in data))
        put(b, 'stored_bytes', sum(r[3] for r in data))
        put(b, 'header_crc', 0)
        if not real_crc:   # fill-ins: fuzz_snapshot.c puts its own build-id and layout hash there
            put(b, 'build_id_len', 0)
            put(b, 'layout_hash', 0)
            o, n = F['build_id']
            b[o:o + n] = bytes(n)
        else:
            crc = zlib.crc32(bytes(b[PAGE:PAGE + len(keep) * ENT]), zlib.crc32(bytes(b[:PAGE])))
            put(b, 'header_crc', crc & 0xffffffff)
        return b

    srcs = {'plain': open(plain, 'rb').read(), 'z': open(compressed, 'rb').read()}
    seeds = {}
    for tag, src in srcs.items():
        for n in (1, 2, 4):
            seeds['%s-%d' % (tag, n)] = reduce(src, n)
    seeds['z-4-realcrc'] = reduce(srcs['z'], 4, real_crc=True)
    seeds['header-only'] = bytes(srcs['z'][:PAGE])
    seeds['table-cut'] = bytes(seeds['z-2'][:PAGE + 3 * ENT])
    for name, b in seeds.items():
        with open('%s/seed-%s.ember' % (outdir, name), 'wb') as f:
            f.write(b)


if __name__ == '__main__':
    main()
