#!/usr/bin/env python3
"""A local AWS Lambda Runtime API (version 2018-06-01) for testing `ember lambda`.

It follows the protocol as AWS publishes it (AWS Lambda Developer Guide, "Using the Lambda runtime API for
custom runtimes", and the OpenAPI description runtime-api.zip 1.0.3 that the page links):

  GET  /2018-06-01/runtime/invocation/next            200, the event as body; headers
       Lambda-Runtime-Aws-Request-Id, Lambda-Runtime-Deadline-Ms, Lambda-Runtime-Invoked-Function-Arn,
       Lambda-Runtime-Trace-Id (when the event has one), Content-Type. Blocks while no event is queued.
  POST /2018-06-01/runtime/invocation/<id>/response   202 {"status":"OK"}
  POST /2018-06-01/runtime/invocation/<id>/error      202; body: {"errorMessage","errorType","stackTrace"}
  POST /2018-06-01/runtime/init/error                 202; only before the first /next
  Anything else: 404. An id other than the invocation in flight: 400 InvalidRequestID. A /next while an
  invocation is in flight, or a second answer to one: 403 InvalidStateTransition (the runtime API's state
  machine, as in AWS's runtime interface emulator).

Everything the runtime does is recorded, and every deviation from the protocol (wrong method, missing
header, body that is not the error JSON, ...) is recorded as a violation. The record is a JSON file
rewritten atomically after every request (--state), so it survives the server being killed.

Events come from a JSON file (--events): a list of objects
  {"id": "...", "body": "text" | "body_b64": "...", "trace": "Root=...", "framing": "length"|"chunked"|"close",
   "chunk": N (chunk size for chunked framing), "answer_status": 202|500|... (status given to this
   invocation's /response or /error post), "close_after": true (Connection: close on the /next answer),
   "interim": true (a 100 Continue before the answer), "raw": "..." (these bytes instead of an answer: a
   malformed response)}
Options:
  --port-file F     bind an ephemeral port on 127.0.0.1 and write it to F
  --exit-when-done  when every event is answered and the runtime asks for the next one, exit at once
                    (the process ends, so the runtime sees its connection closed: the API has gone away)
  --close-always    answer every request with Connection: close (the runtime must reconnect each time)
"""
import argparse
import base64
import json
import os
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PREFIX = "/2018-06-01/runtime"


class State:
    def __init__(self, events, state_path):
        self.lock = threading.Condition()
        self.events = list(events)
        self.next_index = 0
        self.in_flight = None  # the event being processed (dict), or None
        self.answered = 0
        self.state_path = state_path
        self.log = {
            "connections": 0,
            "requests": 0,
            "next_calls": 0,
            "responses": [],
            "errors": [],
            "init_errors": [],
            "violations": [],
            "headers_seen": [],
        }

    def save(self):
        tmp = self.state_path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(self.log, f)
        os.replace(tmp, self.state_path)

    def violation(self, text):
        self.log["violations"].append(text)


def check_error_document(body, state, where):
    """The body of an error post must be the ErrorRequest object of the OpenAPI document."""
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        state.violation("%s: error body is not UTF-8 JSON: %s" % (where, e))
        return None
    if not isinstance(doc, dict):
        state.violation("%s: error body is not a JSON object" % where)
        return None
    for key in ("errorMessage", "errorType"):
        if not isinstance(doc.get(key), str):
            state.violation("%s: %s missing or not a string" % (where, key))
    st = doc.get("stackTrace")
    if not isinstance(st, list) or not all(isinstance(x, str) for x in st):
        state.violation("%s: stackTrace missing or not an array of strings" % where)
    return doc


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeRuntimeAPI/1.0"

    def log_message(self, fmt, *args):  # quiet
        pass

    def setup(self):
        super().setup()
        st = self.server.state
        with st.lock:
            st.log["connections"] += 1
            st.save()

    # -- helpers --
    def send_json(self, status, obj, close=False):
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if close or self.server.close_always:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def read_body(self):
        st = self.server.state
        if "Transfer-Encoding" in self.headers:
            with st.lock:
                st.violation("%s %s: request with Transfer-Encoding" % (self.command, self.path))
            return None
        cl = self.headers.get("Content-Length")
        if cl is None or not cl.isdigit():
            with st.lock:
                st.violation("%s %s: request body without a valid Content-Length" % (self.command, self.path))
            return None
        return self.rfile.read(int(cl))

    def common_checks(self):
        st = self.server.state
        with st.lock:
            st.log["requests"] += 1
            st.log["headers_seen"].append({"path": self.path, "host": self.headers.get("Host"),
                                           "user_agent": self.headers.get("User-Agent")})
            if not self.headers.get("Host"):
                st.violation("%s %s: no Host header" % (self.command, self.path))
            if self.request_version != "HTTP/1.1":
                st.violation("%s %s: %s request" % (self.command, self.path, self.request_version))

    # -- routes --
    def do_GET(self):
        self.common_checks()
        st = self.server.state
        if self.path != PREFIX + "/invocation/next":
            with st.lock:
                st.violation("GET %s: unknown path" % self.path)
                st.save()
            return self.send_json(404, {"errorType": "NotFound", "errorMessage": "no route"})
        with st.lock:
            st.log["next_calls"] += 1
            if st.in_flight is not None:
                st.violation("GET next while invocation %s was not answered" % st.in_flight["id"])
                st.save()
                return self.send_json(403, {"errorType": "InvalidStateTransition",
                                            "errorMessage": "invocation in flight"})
            while st.next_index >= len(st.events):
                if self.server.exit_when_done:
                    st.log["exited"] = "all events answered; the API goes away"
                    st.save()
                    sys.stdout.flush()
                    os._exit(0)
                st.lock.wait(1.0)
            ev = st.events[st.next_index]
            st.next_index += 1
            st.in_flight = ev
            st.save()
        if "raw" in ev:
            self.wfile.write(ev["raw"].encode("latin-1"))
            self.wfile.flush()
            self.close_connection = True
            return
        if ev.get("interim"):
            self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        if "body_b64" in ev:
            body = base64.b64decode(ev["body_b64"])
        else:
            body = ev.get("body", "").encode("utf-8")
        framing = ev.get("framing", "length")
        self.send_response(200)
        self.send_header("Lambda-Runtime-Aws-Request-Id", ev["id"])
        self.send_header("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + 30000))
        self.send_header("Lambda-Runtime-Invoked-Function-Arn",
                         "arn:aws:lambda:us-east-1:123456789012:function:ember-test")
        if ev.get("trace"):
            self.send_header("Lambda-Runtime-Trace-Id", ev["trace"])
        self.send_header("Content-Type", "application/json")
        close = framing == "close" or ev.get("close_after") or self.server.close_always
        if framing == "length":
            self.send_header("Content-Length", str(len(body)))
        elif framing == "chunked":
            self.send_header("Transfer-Encoding", "chunked")
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if framing == "chunked":
            n = max(1, int(ev.get("chunk", 4096)))
            for i in range(0, len(body), n):
                part = body[i:i + n]
                # a chunk extension on some chunks, as RFC 9112 allows
                ext = ";ext=1" if (i // n) % 3 == 1 else ""
                self.wfile.write(b"%x%s\r\n" % (len(part), ext.encode()) + part + b"\r\n")
                if ev.get("slow"):
                    self.wfile.flush()
                    time.sleep(0.001)
            self.wfile.write(b"0\r\nX-Trailer: yes\r\n\r\n")
        else:
            self.wfile.write(body)
        self.wfile.flush()

    def do_POST(self):
        self.common_checks()
        st = self.server.state
        body = self.read_body()
        path = self.path
        if body is None:
            return self.send_json(411, {"errorType": "LengthRequired", "errorMessage": "Content-Length"})
        if path == PREFIX + "/init/error":
            with st.lock:
                if st.log["next_calls"]:
                    st.violation("init/error after the first /next")
                etype = self.headers.get("Lambda-Runtime-Function-Error-Type")
                if not etype:
                    st.violation("init/error without Lambda-Runtime-Function-Error-Type")
                doc = check_error_document(body, st, "init/error")
                st.log["init_errors"].append({"error_type": etype, "doc": doc,
                                              "content_type": self.headers.get("Content-Type")})
                st.save()
            return self.send_json(202, {"status": "OK"})
        parts = path.split("/")
        # ['', '2018-06-01', 'runtime', 'invocation', '<id>', 'response'|'error']
        if len(parts) != 6 or "/".join(parts[:4]) != PREFIX + "/invocation" or parts[5] not in ("response", "error"):
            with st.lock:
                st.violation("POST %s: unknown path" % path)
                st.save()
            return self.send_json(404, {"errorType": "NotFound", "errorMessage": "no route"})
        rid, kind = urllib.parse.unquote(parts[4]), parts[5]
        with st.lock:
            ev = st.in_flight
            if ev is None or ev["id"] != rid:
                st.violation("POST %s: not the invocation in flight (%s)" % (path, ev and ev["id"]))
                st.save()
                return self.send_json(400, {"errorType": "InvalidRequestID", "errorMessage": "Invalid request ID"})
            status = int(ev.get("answer_status", 202))
            if kind == "response":
                st.log["responses"].append({"id": rid, "body_b64": base64.b64encode(body).decode(),
                                            "content_type": self.headers.get("Content-Type")})
            else:
                etype = self.headers.get("Lambda-Runtime-Function-Error-Type")
                if not etype:
                    st.violation("POST %s: no Lambda-Runtime-Function-Error-Type" % path)
                doc = check_error_document(body, st, "invocation error")
                st.log["errors"].append({"id": rid, "error_type": etype, "doc": doc,
                                         "content_type": self.headers.get("Content-Type")})
            st.in_flight = None
            st.answered += 1
            st.save()
            st.lock.notify_all()
        if status == 202:
            return self.send_json(202, {"status": "OK"})
        return self.send_json(status, {"errorType": "TestStatus", "errorMessage": "status %d by request" % status})

    def do_PUT(self):
        self.common_checks()
        with self.server.state.lock:
            self.server.state.violation("PUT %s" % self.path)
            self.server.state.save()
        self.send_json(404, {"errorType": "NotFound", "errorMessage": "no route"})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", required=True)
    ap.add_argument("--state", required=True)
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--exit-when-done", action="store_true")
    ap.add_argument("--close-always", action="store_true")
    a = ap.parse_args()
    with open(a.events) as f:
        events = json.load(f)
    state = State(events, a.state)
    state.save()
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    srv.state = state
    srv.exit_when_done = a.exit_when_done
    srv.close_always = a.close_always
    tmp = a.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(srv.server_address[1]))
    os.replace(tmp, a.port_file)
    srv.serve_forever()


if __name__ == "__main__":
    main()
