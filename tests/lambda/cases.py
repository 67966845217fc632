#!/usr/bin/env python3
"""The cases of the lambda suite (tests/lambda/run.sh builds the function and its snapshots, then runs this).

Each case writes its events, starts tests/lambda/runtime_api.py on an ephemeral port, runs
`ember lambda fn.ember` with AWS_LAMBDA_RUNTIME_API pointing at it (20 s at most), and checks what the API
server recorded, ember's exit status and its stderr. Unless a case says otherwise the server runs with
--exit-when-done: once every event is answered it exits while ember waits for the next one, so every run
also ends the way "the Runtime API went away" does (exit status 1 and one line saying so).

  order          4 events answered in order, each on its own request id, bodies exact
  odd-id         a request id with characters that cannot go into a path as they are (percent-encoded)
  keepalive      one TCP connection for every request of a run (the server counts accepted connections)
  reconnect      the server closes after every answer (Connection: close): one connection per request
  exception      a handler exception: error post with errorType, errorMessage, stackTrace and the
                 Lambda-Runtime-Function-Error-Type header; stack trace on stderr; the next event answered
  error-json     an exception message with quotes, backslashes, control characters and UTF-8 round-trips
  utf8           UTF-8 event and answer, chunked with 3-byte chunks (sequences split across chunks)
  large          a 1 MiB event (Content-Length) and another one chunked in 64 KiB chunks: exact echoes
  close-framed   an event whose body ends when the server closes the connection (no length)
  null           a null return: an empty response body
  hooks-once     after-restore hooks ran once in the process, not per event
  trace          Lambda-Runtime-Trace-Id as _X_AMZN_TRACE_ID and com.amazonaws.xray.traceHeader; cleared
                 for an event without one
  flush          System.out printed without a newline reaches the log before the next event
  interim        a 100 Continue before the /next answer is skipped
  bad-answer     a 400 or a 413 to a response post: reported, and the loop goes on
  container-500  a 500 to a response post: ember exits 1 at once, without asking for another event
  init-corrupt   a corrupted snapshot: /init/error (Runtime.InvalidSnapshot), exit 2, no /next
  init-truncated a truncated snapshot: the same
  init-main      a --main snapshot: /init/error (Runtime.InvalidFunction), exit 2
  init-hook      an after-restore hook throws: /init/error (Runtime.AfterRestoreError) naming the hook's
                 exception, exit 1, no /next
  api-gone       the API server exits while ember waits in /next: exit 1, one clear line, promptly
  api-refused    nothing listens at AWS_LAMBDA_RUNTIME_API: exit 1, one clear line
  api-malformed  a /next answer that is not HTTP (an unparsable Content-Length): exit 1, the reason on stderr
  no-endpoint    AWS_LAMBDA_RUNTIME_API unset or malformed: exit 2, one line
"""
import argparse
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--ember", required=True)
ap.add_argument("--work", required=True)
A = ap.parse_args()
W = A.work
FN = os.path.join(W, "fn.ember")
passed = failed = 0


def ok(name):
    global passed
    print("PASS " + name, flush=True)
    passed += 1


def bad(name, why):
    global failed
    print("FAIL %s: %s" % (name, why), flush=True)
    failed += 1


class Run:
    """One ember lambda process against one API server."""

    def __init__(self, name, events, snapshot=FN, exit_when_done=True, close_always=False, env=None,
                 server=True, endpoint=None, wait_answered=None):
        self.name = name
        d = os.path.join(W, name)
        os.makedirs(d, exist_ok=True)
        self.dir = d
        self.state_path = os.path.join(d, "state.json")
        self.srv = None
        port = None
        if server:
            with open(os.path.join(d, "events.json"), "w") as f:
                json.dump(events, f)
            cmd = [sys.executable, os.path.join(HERE, "runtime_api.py"), "--events", os.path.join(d, "events.json"),
                   "--state", self.state_path, "--port-file", os.path.join(d, "port")]
            if exit_when_done:
                cmd.append("--exit-when-done")
            if close_always:
                cmd.append("--close-always")
            self.srv = subprocess.Popen(cmd)
            pf = os.path.join(d, "port")
            for _ in range(500):
                if os.path.exists(pf):
                    break
                time.sleep(0.01)
            port = open(pf).read().strip()
        e = dict(os.environ)
        e.pop("AWS_LAMBDA_RUNTIME_API", None)
        if endpoint is not None:
            e["AWS_LAMBDA_RUNTIME_API"] = endpoint
        elif port:
            e["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:" + port
        self.endpoint = e.get("AWS_LAMBDA_RUNTIME_API")
        e.update(env or {})
        self.out_path = os.path.join(d, "stdout")
        self.err_path = os.path.join(d, "stderr")
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen([A.ember, "lambda", snapshot], env=e, stdout=open(self.out_path, "wb"),
                                     stderr=open(self.err_path, "wb"))
        self.mid = None
        if wait_answered is not None:  # look at the process while it is still running
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and self.proc.poll() is None:
                st = self.state()
                if st and len(st["responses"]) + len(st["errors"]) >= wait_answered:
                    time.sleep(0.2)
                    self.mid = {"stdout": open(self.out_path, "rb").read(), "alive": self.proc.poll() is None}
                    break
                time.sleep(0.02)
            if self.srv:
                self.srv.kill()
        try:
            self.rc = self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.rc = "timeout"
            self.proc.wait()
        self.elapsed = time.monotonic() - self.t0
        if self.srv:
            if not exit_when_done:
                self.srv.kill()
            try:
                self.srv.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.srv.kill()
                self.srv.wait()
        self.stdout = open(self.out_path, "rb").read()
        self.stderr = open(self.err_path, "rb").read().decode("utf-8", "replace")
        self.log = self.state() or {}

    def state(self):
        try:
            with open(self.state_path) as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def bodies(self):
        return [base64.b64decode(r["body_b64"]) for r in self.log.get("responses", [])]

    def ids(self):
        return [r["id"] for r in self.log.get("responses", [])]


def check(name, fn):
    try:
        why = fn()
    except Exception as e:  # a broken expectation is a failure, not a crash of the suite
        why = "%s: %s" % (type(e).__name__, e)
    if why:
        bad(name, why)
    else:
        ok(name)


def gone_ok(r):
    """The normal end of a run whose server exits when done: status 1 and one clear line."""
    if r.rc != 1:
        return "exit status %r (want 1 when the API goes away); stderr: %s" % (r.rc, r.stderr[-300:])
    if "Runtime API at %s is gone" % r.endpoint not in r.stderr:
        return "no clear 'Runtime API ... is gone' line on stderr: %s" % r.stderr[-300:]
    return None


def no_violations(r):
    v = r.log.get("violations")
    if v is None:
        return "the API server left no record"
    return "protocol violations: %s" % v if v else None


def uuid(i):
    return "8476a536-e9f4-11e8-9739-%012x" % (0x2dfe598c3fc0 + i)


def echo(s):
    return ("echo %d " % (len(s.encode("utf-16-le")) // 2)).encode() + s.encode("utf-8")


# ---- the normal loop ---------------------------------------------------------------------------------------
inputs = ["a", "bb", "hello world", "{\"key\": [1, 2, 3]}"]
r = Run("order", [{"id": uuid(i), "body": s} for i, s in enumerate(inputs)])


def c_order():
    if no_violations(r):
        return no_violations(r)
    if r.ids() != [uuid(i) for i in range(len(inputs))]:
        return "request ids %s" % r.ids()
    want = [echo(s) for s in inputs]
    if r.bodies() != want:
        return "bodies %s, want %s" % (r.bodies(), want)
    if any(x["content_type"] != "application/json" for x in r.log["responses"]):
        return "response Content-Type %s" % [x["content_type"] for x in r.log["responses"]]
    ua = {h["user_agent"] for h in r.log["headers_seen"]}
    if len(ua) != 1 or not list(ua)[0].startswith("ember/"):
        return "User-Agent %s" % ua
    return gone_ok(r)


check("order", c_order)

odd = "id with space/slash?query#frag%25"
r3 = Run("odd-id", [{"id": odd, "body": "o"}])
check("odd-id", lambda: no_violations(r3) or (None if r3.ids() == [odd] else "ids %s" % r3.ids()) or gone_ok(r3))


def c_keepalive():
    n = r.log.get("requests")
    if n != 2 * len(inputs) + 1:
        return "%s requests, want %d" % (n, 2 * len(inputs) + 1)
    if r.log.get("connections") != 1:
        return "%s connections for %s requests, want 1 (keep-alive)" % (r.log.get("connections"), n)
    return None


check("keepalive", c_keepalive)

r2 = Run("reconnect", [{"id": uuid(i), "body": s} for i, s in enumerate(inputs[:3])], close_always=True)


def c_reconnect():
    if no_violations(r2):
        return no_violations(r2)
    if r2.bodies() != [echo(s) for s in inputs[:3]]:
        return "bodies %s" % r2.bodies()
    if r2.log["connections"] != r2.log["requests"]:
        return "%d connections for %d requests" % (r2.log["connections"], r2.log["requests"])
    return gone_ok(r2)


check("reconnect", c_reconnect)

r = Run("exception", [{"id": "req-throw", "body": "throw:boom"}, {"id": "req-after", "body": "after"}])


def c_exception():
    if no_violations(r):
        return no_violations(r)
    errs = r.log["errors"]
    if len(errs) != 1 or errs[0]["id"] != "req-throw":
        return "error posts %s" % errs
    e = errs[0]
    doc = e["doc"]
    if doc["errorType"] != "java.lang.IllegalArgumentException" or doc["errorMessage"] != "boom":
        return "error document %s" % doc
    if e["error_type"] != "java.lang.IllegalArgumentException":
        return "Lambda-Runtime-Function-Error-Type %r" % e["error_type"]
    if e["content_type"] != "application/vnd.aws.lambda.error+json":
        return "error Content-Type %r" % e["content_type"]
    if not doc["stackTrace"] or not doc["stackTrace"][0].startswith("LambdaFn.handle(LambdaFn.java:"):
        return "stackTrace %s" % doc["stackTrace"]
    if r.ids() != ["req-after"] or r.bodies() != [echo("after")]:
        return "the loop did not go on: responses %s" % r.log["responses"]
    if "java.lang.IllegalArgumentException: boom" not in r.stderr or "\tat LambdaFn.handle(LambdaFn.java:" not in r.stderr:
        return "no stack trace on stderr: %s" % r.stderr[:400]
    return gone_ok(r)


check("exception", c_exception)

nasty = "quote \" backslash \\ newline \n tab \t ctl \x01\x1f del \x7f ü 日本 🎉 </script>"
r = Run("error-json", [{"id": "e1", "body": "throw:" + nasty}])


def c_error_json():
    if no_violations(r):
        return no_violations(r)
    if len(r.log["errors"]) != 1:
        return "error posts %s" % r.log["errors"]
    got = r.log["errors"][0]["doc"]["errorMessage"]
    return None if got == nasty else "errorMessage %r, want %r" % (got, nasty)


check("error-json", c_error_json)

u = "{\"msg\": \"héllo wörld — 日本語 🎉 ünïcödé\", \"emoji\": \"👩‍💻\"}"
r = Run("utf8", [{"id": "u1", "body": u, "framing": "chunked", "chunk": 3},
                 {"id": "u2", "body": u}])


def c_utf8():
    if no_violations(r):
        return no_violations(r)
    want = [echo(u), echo(u)]
    return None if r.bodies() == want else "bodies %r, want %r" % (r.bodies(), want)


check("utf8", c_utf8)

big = "{\"data\": \"" + "".join(chr(ord("a") + i % 26) for i in range(1 << 20)) + "\"}"
r = Run("large", [{"id": "big1", "body": big}, {"id": "big2", "body": big, "framing": "chunked", "chunk": 65536}])


def c_large():
    if no_violations(r):
        return no_violations(r)
    b = r.bodies()
    if len(b) != 2:
        return "%d responses" % len(b)
    for i, x in enumerate(b):
        if x != echo(big):
            return "response %d: %d bytes, want %d (first difference at %d)" % (
                i, len(x), len(echo(big)), next((k for k in range(min(len(x), len(echo(big)))) if x[k] != echo(big)[k]), -1))
    return gone_ok(r)


check("large", c_large)

r = Run("close-framed", [{"id": "c1", "body": "until close", "framing": "close"}, {"id": "c2", "body": "next"}])


def c_close():
    if no_violations(r):
        return no_violations(r)
    if r.bodies() != [echo("until close"), echo("next")]:
        return "bodies %s" % r.bodies()
    return None if r.log["connections"] == 2 else "%d connections, want 2" % r.log["connections"]


check("close-framed", c_close)

r = Run("null", [{"id": "n1", "body": "null"}])
check("null", lambda: no_violations(r) or (None if r.bodies() == [b""] else "bodies %s" % r.bodies()))

r = Run("hooks-once", [{"id": "h%d" % i, "body": "info"} for i in range(3)])


def c_hooks():
    if no_violations(r):
        return no_violations(r)
    b = [x.decode() for x in r.bodies()]
    if len(b) != 3 or not all(x.startswith("restores=1 ") for x in b):
        return "answers %s (want restores=1 in each)" % b
    calls = [int(x.split()[1].split("=")[1]) for x in b]
    return None if calls == [calls[0], calls[0] + 1, calls[0] + 2] else "calls %s" % calls


check("hooks-once", c_hooks)

T = "Root=1-5bef4de7-ad49b0e87f6ef6c87fc2e700;Parent=9a9197af755a6419;Sampled=1"
r = Run("trace", [{"id": "t1", "body": "info", "trace": T}, {"id": "t2", "body": "info"}])


def c_trace():
    if no_violations(r):
        return no_violations(r)
    b = [x.decode() for x in r.bodies()]
    if len(b) != 2:
        return "answers %s" % b
    if not b[0].endswith("trace=%s prop=%s" % (T, T)):
        return "with a trace header: %s" % b[0]
    if not b[1].endswith("trace=null prop=null"):
        return "without one: %s" % b[1]
    return None


check("trace", c_trace)

r = Run("flush", [{"id": "f1", "body": "print:no newline here"}], exit_when_done=False, wait_answered=1)


def c_flush():
    if r.mid is None:
        return "the event was not answered (stderr: %s)" % r.stderr[-300:]
    if not r.mid["alive"]:
        return "ember was not waiting for the next event"
    return None if r.mid["stdout"] == b"no newline here" else "stdout while waiting: %r" % r.mid["stdout"]


check("flush", c_flush)

r = Run("interim", [{"id": "i1", "body": "x", "interim": True}, {"id": "i2", "body": "y", "interim": True}])
check("interim", lambda: no_violations(r) or (None if r.bodies() == [echo("x"), echo("y")] else "bodies %s" % r.bodies())
      or gone_ok(r))

r = Run("bad-answer", [{"id": "b1", "body": "x", "answer_status": 400}, {"id": "b2", "body": "y", "answer_status": 413},
                       {"id": "b3", "body": "z"}])


def c_bad_answer():
    if r.ids() != ["b1", "b2", "b3"]:
        return "responses %s" % r.ids()
    if "answered 400" not in r.stderr or "answered 413 (response too large)" not in r.stderr:
        return "the 400 and the 413 were not reported: %s" % r.stderr[-300:]
    return gone_ok(r)


check("bad-answer", c_bad_answer)

r = Run("container-500", [{"id": "x1", "body": "x", "answer_status": 500}, {"id": "x2", "body": "y"}],
        exit_when_done=False)


def c_500():
    if r.rc != 1:
        return "exit status %r, want 1" % r.rc
    if r.log.get("next_calls") != 1:
        return "%s calls to /next after a 500, want 1" % r.log.get("next_calls")
    return None if "answered 500" in r.stderr else "stderr: %s" % r.stderr[-300:]


check("container-500", c_500)

# ---- initialisation errors ---------------------------------------------------------------------------------


def init_case(name, snap, header, exit_status, env=None, extra=None):
    r = Run(name, [{"id": "never", "body": "x"}], snapshot=snap, exit_when_done=False, env=env)

    def c():
        if no_violations(r):
            return no_violations(r)
        ie = r.log.get("init_errors", [])
        if len(ie) != 1:
            return "%d init error posts (stderr: %s)" % (len(ie), r.stderr[-300:])
        if ie[0]["error_type"] != header:
            return "Lambda-Runtime-Function-Error-Type %r, want %r" % (ie[0]["error_type"], header)
        if ie[0]["content_type"] != "application/vnd.aws.lambda.error+json":
            return "Content-Type %r" % ie[0]["content_type"]
        if r.log["next_calls"]:
            return "asked for an event after an init error"
        if r.rc != exit_status:
            return "exit status %r, want %d" % (r.rc, exit_status)
        if "ember lambda: initialisation failed" not in r.stderr:
            return "stderr: %s" % r.stderr[-300:]
        return extra(r, ie[0]["doc"]) if extra else None

    check(name, c)


corrupt = os.path.join(W, "corrupt.ember")
shutil.copy(FN, corrupt)
with open(corrupt, "r+b") as f:
    f.seek(64)
    f.write(b"\xde\xad\xbe\xef" * 8)
init_case("init-corrupt", corrupt, "Runtime.InvalidSnapshot", 2,
          extra=lambda r, d: None if d["errorType"] == "Runtime.InvalidSnapshot" and
          d["errorMessage"].startswith("cannot restore %s: " % corrupt) else "document %s" % d)
trunc = os.path.join(W, "truncated.ember")
with open(FN, "rb") as f, open(trunc, "wb") as g:
    g.write(f.read(10000))
init_case("init-truncated", trunc, "Runtime.InvalidSnapshot", 2)
init_case("init-main", os.path.join(W, "main.ember"), "Runtime.InvalidFunction", 2)
init_case("init-hook", FN, "Runtime.AfterRestoreError", 1, env={"LAMBDA_FN_FAIL_RESTORE": "database unreachable"},
          extra=lambda r, d: None if d["errorType"] == "jdk.crac.RestoreException" and
          d["errorMessage"] == "java.lang.IllegalStateException: database unreachable" and
          "Suppressed: java.lang.IllegalStateException: database unreachable" in d["stackTrace"] and
          "database unreachable" in r.stderr else "document %s; stderr %s" % (d, r.stderr[-300:]))

# ---- the Runtime API goes away -----------------------------------------------------------------------------
r = Run("api-gone", [{"id": "g1", "body": "x"}])


def c_gone():
    if r.bodies() != [echo("x")]:
        return "responses %s" % r.bodies()
    if r.elapsed > 10:
        return "took %.1f s to notice" % r.elapsed
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("ember lambda:")]
    return gone_ok(r) or (None if len(lines) == 1 else "stderr lines %s" % lines)


check("api-gone", c_gone)

s = socket.socket()
s.bind(("127.0.0.1", 0))
free_port = s.getsockname()[1]
s.close()
r = Run("api-refused", [], server=False, endpoint="127.0.0.1:%d" % free_port)
check("api-refused", lambda: gone_ok(r) or (None if "Connection refused" in r.stderr else r.stderr))

r = Run("api-malformed", [{"id": "m1", "raw": "HTTP/1.1 200 OK\r\nContent-Length: 12x\r\n\r\nhello"}],
        exit_when_done=False)
check("api-malformed", lambda: None if r.rc == 1 and "malformed Content-Length" in r.stderr and
      "failed at the Runtime API" in r.stderr else "exit %r, stderr %s" % (r.rc, r.stderr[-300:]))

r = Run("no-endpoint", [], server=False)
r2 = Run("bad-endpoint", [], server=False, endpoint="http://127.0.0.1:9001/")
check("no-endpoint", lambda: None if r.rc == 2 and "AWS_LAMBDA_RUNTIME_API is not set" in r.stderr and
      r2.rc == 2 and "is not host:port" in r2.stderr else "%r %s / %r %s" % (r.rc, r.stderr, r2.rc, r2.stderr))

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
