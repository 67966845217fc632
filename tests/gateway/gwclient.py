#!/usr/bin/env python3
"""Client side of tests/gateway/http.sh: what curl cannot do.

  gwclient.py raw PORT [TIMEOUT] < BYTES      send stdin's bytes on a fresh connection, print the first
                                              status code seen ("none" when the server closed without one)
  gwclient.py load PORT PATH BODY N THREADS   N POSTs over THREADS keep-alive connections; prints
                                              "ok=K fail=F bodies=..." (the distinct bodies, sorted)
  gwclient.py metrics PORT                    GET /metrics, check the Prometheus text format 0.0.4 and print
                                              one "name{labels} value" per sample (sorted)
"""
import http.client
import re
import socket
import sys
import threading


def raw(port, payload, timeout):
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(payload)
        data = b""
        while b"\r\n" not in data:
            d = s.recv(4096)
            if not d:
                break
            data += d
    except (socket.timeout, ConnectionResetError):
        pass
    finally:
        s.close()
    m = re.match(rb"HTTP/1\.[01] (\d{3}) ", data)
    print(m.group(1).decode() if m else "none")


def load(port, path, body, n, threads):
    lock = threading.Lock()
    res = {"ok": 0, "fail": 0, "bodies": set(), "errors": set()}
    per = [n // threads + (1 if i < n % threads else 0) for i in range(threads)]

    def worker(count):
        conn = None
        for _ in range(count):
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn.request("POST", path, body=body.encode(), headers={"Content-Type": "text/plain"})
                r = conn.getresponse()
                data = r.read().decode("utf-8", "replace")
                with lock:
                    if r.status == 200:
                        res["ok"] += 1
                        res["bodies"].add(data)
                    else:
                        res["fail"] += 1
                        res["errors"].add("%d %s" % (r.status, data.strip()[:80]))
                if r.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except Exception as e:  # noqa: BLE001 - every failure counts
                with lock:
                    res["fail"] += 1
                    res["errors"].add(type(e).__name__ + ": " + str(e)[:80])
                if conn is not None:
                    conn.close()
                conn = None
        if conn is not None:
            conn.close()

    ts = [threading.Thread(target=worker, args=(c,)) for c in per]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("ok=%d fail=%d bodies=%s errors=%s" % (res["ok"], res["fail"], "|".join(sorted(res["bodies"])),
                                                  "|".join(sorted(res["errors"]))))


NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
LABEL = r'[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"'
SAMPLE = re.compile(r"^(%s)(\{(?:%s)(?:,%s)*\})? (-?[0-9.eE+-]+|\+Inf|-Inf|NaN)$" % (NAME, LABEL, LABEL))


def metrics(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", "/metrics")
    r = conn.getresponse()
    text = r.read().decode("utf-8")
    ctype = r.getheader("Content-Type", "")
    errors = []
    if r.status != 200:
        errors.append("status %d" % r.status)
    if not ctype.startswith("text/plain") or "version=0.0.4" not in ctype:
        errors.append("content type " + ctype)
    if not text.endswith("\n"):
        errors.append("no final newline")
    helps, types, seen_families, samples = {}, {}, [], []
    current = None
    for ln in text.split("\n")[:-1]:
        if ln.startswith("# HELP "):
            name = ln.split(" ")[2]
            if name in helps:
                errors.append("HELP twice: " + name)
            helps[name] = True
        elif ln.startswith("# TYPE "):
            parts = ln.split(" ")
            if len(parts) != 4 or parts[3] not in ("counter", "gauge", "histogram", "summary", "untyped"):
                errors.append("bad TYPE: " + ln)
                continue
            if parts[2] in types:
                errors.append("TYPE twice: " + parts[2])
            types[parts[2]] = parts[3]
            current = parts[2]
            seen_families.append(current)
        elif ln.startswith("#"):
            continue
        else:
            m = SAMPLE.match(ln)
            if not m:
                errors.append("bad sample line: " + ln)
                continue
            name = m.group(1)
            fam = re.sub(r"_(bucket|sum|count)$", "", name) if types.get(current) == "histogram" else name
            if fam != current:
                errors.append("sample outside its family's block: " + ln)
            samples.append((name, m.group(2) or "", float(m.group(3))))
    # histograms: buckets cumulative, +Inf equal to _count
    hist = {}
    for name, labels, v in samples:
        if name.endswith("_bucket"):
            le = re.search(r'le="([^"]+)"', labels).group(1)
            key = re.sub(r',?le="[^"]+"', "", labels)
            hist.setdefault(key, []).append((float("inf") if le == "+Inf" else float(le), v))
    counts = {labels: v for name, labels, v in samples if name.endswith("_count")}
    for key, bs in hist.items():
        if [b for b, _ in bs] != sorted(b for b, _ in bs) or bs[-1][0] != float("inf"):
            errors.append("bucket order " + key)
        if any(bs[i][1] > bs[i + 1][1] for i in range(len(bs) - 1)):
            errors.append("buckets not cumulative " + key)
        if counts.get(key) != bs[-1][1]:
            errors.append("+Inf != _count " + key)
    for e in errors:
        print("ERROR " + e)
    for name, labels, v in sorted(samples):
        print("%s%s %g" % (name, labels, v))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "raw":
        raw(int(sys.argv[2]), sys.stdin.buffer.read(), float(sys.argv[3]) if len(sys.argv) > 3 else 5.0)
    elif cmd == "load":
        load(int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]))
    elif cmd == "metrics":
        metrics(int(sys.argv[2]))
    else:
        sys.exit(__doc__)
