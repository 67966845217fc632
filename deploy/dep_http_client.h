/* dep_http_client.h — internal to deploy/: a small, strict HTTP/1.1 client for one fixed local endpoint
 * (the AWS Lambda Runtime API of `ember lambda`, dep_lambda.c).
 *
 * Why not libcurl: linking it pulls 30 more shared libraries into the ember binary (TLS, IDN, LDAP, SSH,
 * Kerberos, ...), and the dynamic loader maps and relocates all of them at every start of every ember
 * command, whose start-up is the product (see the measurement in dep_http_client.c). The Runtime API is
 * plain HTTP/1.1 on a local address, so a client of a few hundred lines does.
 *
 * Two layers:
 *  - DepHttpParser: an incremental response parser over bytes as they arrive (status line, header fields,
 *    then a Content-Length, chunked or read-until-close body). It never reads past the end of what it is
 *    given, keeps no pointer into the caller's buffer, and enforces DepHttpLimits. It is what
 *    tests/fuzz/fuzz_http_client.c fuzzes.
 *  - DepHttpConn: one keep-alive TCP connection to host:port, reopened when the server closed it, with a
 *    deadline for connecting and sending and an optional one (or none) for the response.
 *
 * Strictness (RFC 9112): lines end in CRLF; the status line is `HTTP/1.x DDD reason`; field names are
 * tokens followed directly by ':'; obsolete line folding, NULs and bare CRs are refused; Content-Length is
 * digits only (repeats must agree); Transfer-Encoding must be exactly `chunked` and never comes with a
 * Content-Length; 1xx interim responses are skipped (at most 8); 204 and 304 have no body. */
#ifndef EMBER_DEP_HTTP_CLIENT_H
#define EMBER_DEP_HTTP_CLIENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct DepHttpLimits {
    size_t max_head;      /* status line + header fields, bytes (default 16 KiB) */
    uint32_t max_headers; /* header fields (default 64, at most DEP_HTTP_MAX_HEADERS) */
    size_t max_line;      /* a chunk-size line or a trailer field (default 4 KiB) */
    size_t max_body;      /* decoded body bytes (default 256 MiB) */
} DepHttpLimits;
void dep_http_limits_default(DepHttpLimits *l);

#define DEP_HTTP_MAX_HEADERS 128

typedef struct DepHttpHeader {
    const char *name; /* points into DepHttpResponse.head */
    const char *value;
} DepHttpHeader;

typedef struct DepHttpResponse {
    int status;
    int minor_version;      /* HTTP/1.<minor_version> */
    char *head;             /* malloc'd: the header fields, NUL-terminated names and values */
    DepHttpHeader hdr[DEP_HTTP_MAX_HEADERS];
    uint32_t nhdr;
    char *body;             /* malloc'd, NUL-terminated (not counted in body_len); may hold NULs */
    size_t body_len;
    bool keep_alive;        /* the connection may carry another request */
} DepHttpResponse;

void dep_http_response_free(DepHttpResponse *r);
/* The value of the first field with this name (case-insensitive), or NULL. */
const char *dep_http_header(const DepHttpResponse *r, const char *name);

typedef struct DepHttpParser {
    DepHttpLimits lim;
    DepHttpResponse *r;
    int state;
    bool no_body;      /* response to HEAD */
    uint64_t remaining; /* Content-Length or chunk bytes still to come */
    size_t body_cap;
    size_t trailer_bytes;
    uint32_t interim;   /* 1xx responses skipped */
    char err[160];
} DepHttpParser;

enum { DEP_HTTP_MORE = 0, DEP_HTTP_DONE = 1, DEP_HTTP_BAD = -1 };

/* Starts parsing a response into r (zeroed here). head_request: the request was HEAD (no body follows). */
void dep_http_parser_init(DepHttpParser *p, DepHttpResponse *r, const DepHttpLimits *lim, bool head_request);
/* Consumes a prefix of buf[0, len): *used says how much. Bytes not consumed must be offered again with more
 * appended (the parser needs a whole head, chunk-size line or trailer field at once). Returns DEP_HTTP_DONE
 * when the response is complete (bytes after it are not consumed), DEP_HTTP_MORE, or DEP_HTTP_BAD with
 * p->err set. */
int dep_http_parse(DepHttpParser *p, const char *buf, size_t len, size_t *used);
/* The connection reached end of file: DEP_HTTP_DONE if that ends the body (no length given), else
 * DEP_HTTP_BAD (truncated response). */
int dep_http_parse_eof(DepHttpParser *p);

/* ---- the connection -------------------------------------------------------------------------------------- */
typedef struct DepHttpConn {
    char host[256];        /* as given: a name, an IPv4 address or a bracketed IPv6 address */
    char port[8];
    char hostport[272];    /* the Host header */
    int fd;                /* -1: not connected */
    char *buf;             /* bytes read and not yet parsed */
    size_t buf_len, buf_cap;
    uint32_t connects;     /* connections opened so far */
    bool gone;             /* the last dep_http_do failed because the server refused, closed or reset */
    int connect_timeout_ms;
    int send_timeout_ms;
    DepHttpLimits lim;
} DepHttpConn;

/* Parses "host:port" (the form of AWS_LAMBDA_RUNTIME_API; "[v6addr]:port" too). false with err set. */
bool dep_http_conn_init(DepHttpConn *c, const char *hostport, char *err, size_t errlen);
void dep_http_conn_close(DepHttpConn *c);

typedef struct DepHttpRequest {
    const char *method;
    const char *path;         /* origin form: starts with '/' */
    const DepHttpHeader *headers; /* extra header fields */
    uint32_t nheaders;
    const char *body;         /* NULL: no body (no Content-Length either, for GET) */
    size_t body_len;
    int timeout_ms;           /* for the response once the request is sent; < 0: wait as long as it takes */
} DepHttpRequest;

/* Sends the request on the connection (opening it, or reopening it once if the server had closed an idle
 * keep-alive connection) and reads the whole response. true with *r filled (free it with
 * dep_http_response_free), or false with err set: connection refused, closed or reset (c->gone), or a
 * timeout or a malformed response. */
bool dep_http_do(DepHttpConn *c, const DepHttpRequest *q, DepHttpResponse *r, char *err, size_t errlen);

#endif
