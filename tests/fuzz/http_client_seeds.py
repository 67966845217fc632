#!/usr/bin/env python3
"""Seeds for tests/fuzz/fuzz_http_client.c: Runtime API answers of the shapes ember lambda gets, each prefixed
with the target's two control bytes (flags, piece seed). Usage: http_client_seeds.py OUT_DIR"""
import os
import sys

CRLF = b"\r\n"


def resp(status, headers, body=b""):
    return b"HTTP/1.1 " + status + CRLF + b"".join(h + CRLF for h in headers) + CRLF + body


EVENT = b'{"key1": "value1", "key2": "v\xc3\xa9"}'
NEXT = [b"Lambda-Runtime-Aws-Request-Id: 8476a536-e9f4-11e8-9739-2dfe598c3fcd",
        b"Lambda-Runtime-Deadline-Ms: 1542409706888",
        b"Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-2:123456789012:function:custom-runtime",
        b"Lambda-Runtime-Trace-Id: Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1",
        b"Content-Type: application/json"]
seeds = {
    "next-length": resp(b"200 OK", NEXT + [b"Content-Length: %d" % len(EVENT)], EVENT),
    "next-chunked": resp(b"200 OK", NEXT + [b"Transfer-Encoding: chunked"],
                         b"5;ext=1\r\n" + EVENT[:5] + CRLF + b"%x\r\n" % (len(EVENT) - 5) + EVENT[5:] + CRLF +
                         b"0\r\nX-Trailer: yes\r\n\r\n"),
    "next-close": resp(b"200 OK", NEXT + [b"Connection: close"], EVENT),
    "accepted": resp(b"202 Accepted", [b"Content-Type: application/json", b"Content-Length: 15"], b'{"status":"OK"}'),
    "forbidden": resp(b"403 Forbidden", [b"Content-Type: application/json", b"Content-Length: 68"],
                      b'{"errorMessage":"State transition is not allowed","errorType":"InvalidStateTransition"}'[:68]),
    "continue": resp(b"100 Continue", []) + resp(b"202 Accepted", [b"Content-Length: 2"], b"{}"),
    "no-content": resp(b"204 No Content", [b"Content-Length: 10"]),
    "http10-keepalive": b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 3\r\n\r\nabc",
    "two-responses": resp(b"202 Accepted", [b"Content-Length: 2"], b"{}") * 2,
}
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for name, body in seeds.items():
    for flags in (0, 2):
        with open(os.path.join(out, "seed-%s-%d" % (name, flags)), "wb") as f:
            f.write(bytes([flags, 7]) + body)
