/* fuzz_http_client — libFuzzer target for the HTTP/1.1 response parser of `ember lambda`'s Runtime API client
 * (deploy/dep_http_client.c: status line, header fields, Content-Length / chunked / until-close bodies,
 * trailers, 1xx interim responses, the limits).
 *
 * Input: byte 0 holds flags (bit 0: the response answers a HEAD request; bit 1: small limits, so that the
 * limit checks are reached by short inputs), byte 1 seeds how the rest is cut into pieces; the rest is the
 * bytes the server sent.
 *
 * The parser is run twice: on all the bytes at once, and fed piece by piece the way the client feeds it
 * (unconsumed bytes are offered again with the next piece appended), then end of file. Both runs must agree
 * on the outcome, the status, the header fields, the body and keep-alive; and a complete response must keep
 * the parser's promises (body NUL-terminated and within the limit, at most max_headers fields, names tokens,
 * values without CR, LF or NUL, bytes consumed never more than given). Anything else aborts. */
#include "../../deploy/dep_http_client.h"

#include <stdlib.h>
#include <string.h>

static void check(int ok) {
    if (!ok) abort();
}

typedef struct Outcome {
    int rc;
    size_t consumed;
} Outcome;

static void check_response(const DepHttpResponse *r, const DepHttpLimits *lim) {
    check(r->status >= 200 && r->status <= 599);
    check(r->minor_version == 0 || r->minor_version == 1);
    check(r->nhdr <= lim->max_headers);
    check(r->body != NULL && r->body[r->body_len] == 0 && r->body_len <= lim->max_body);
    for (uint32_t i = 0; i < r->nhdr; i++) {
        const char *n = r->hdr[i].name, *v = r->hdr[i].value;
        check(n[0] != 0);
        for (const char *p = n; *p; p++) check(*p > 0x20 && *p < 0x7f && *p != ':');
        for (const char *p = v; *p; p++) check(*p != '\r' && *p != '\n');
        if (*v) check(v[0] != ' ' && v[0] != '\t' && v[strlen(v) - 1] != ' ' && v[strlen(v) - 1] != '\t');
    }
}

/* All at once, then end of file if the parser still wants more. */
static Outcome run_whole(const char *d, size_t n, const DepHttpLimits *lim, int head, DepHttpResponse *r) {
    DepHttpParser p;
    dep_http_parser_init(&p, r, lim, head);
    size_t used = 0;
    Outcome o;
    o.rc = dep_http_parse(&p, d, n, &used);
    check(used <= n);
    o.consumed = used;
    if (o.rc == DEP_HTTP_MORE) {
        /* what was not consumed is offered again, as the client does after each read */
        size_t again;
        int rc2 = dep_http_parse(&p, d + used, n - used, &again);
        check(rc2 == DEP_HTTP_MORE && again == 0);
        o.rc = dep_http_parse_eof(&p);
    }
    return o;
}

/* Piece by piece: a buffer the pieces are appended to, its consumed prefix dropped after every parse. */
static Outcome run_pieces(const char *d, size_t n, const DepHttpLimits *lim, int head, unsigned seed,
                          DepHttpResponse *r) {
    DepHttpParser p;
    dep_http_parser_init(&p, r, lim, head);
    char *buf = malloc(n + 1);
    size_t blen = 0, fed = 0, total_used = 0;
    Outcome o = {DEP_HTTP_MORE, 0};
    while (fed < n) {
        seed = seed * 1103515245u + 12345u;
        size_t piece = 1 + (seed >> 16) % 64;
        if (piece > n - fed) piece = n - fed;
        memcpy(buf + blen, d + fed, piece);
        blen += piece;
        fed += piece;
        size_t used;
        o.rc = dep_http_parse(&p, buf, blen, &used);
        check(used <= blen);
        memmove(buf, buf + used, blen - used);
        blen -= used;
        total_used += used;
        if (o.rc != DEP_HTTP_MORE) break;
    }
    if (o.rc == DEP_HTTP_MORE) o.rc = dep_http_parse_eof(&p);
    o.consumed = total_used;
    free(buf);
    return o;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 2) return 0;
    int head = data[0] & 1;
    DepHttpLimits lim;
    dep_http_limits_default(&lim);
    if (data[0] & 2) {
        lim.max_head = 256;
        lim.max_headers = 4;
        lim.max_line = 32;
        lim.max_body = 100;
    }
    const char *d = (const char *)data + 2;
    size_t n = size - 2;
    DepHttpResponse a, b;
    Outcome oa = run_whole(d, n, &lim, head, &a);
    Outcome ob = run_pieces(d, n, &lim, head, data[1], &b);
    check(oa.rc == ob.rc);
    if (oa.rc == DEP_HTTP_DONE) {
        check_response(&a, &lim);
        check_response(&b, &lim);
        check(a.status == b.status && a.keep_alive == b.keep_alive && a.nhdr == b.nhdr);
        for (uint32_t i = 0; i < a.nhdr; i++)
            check(!strcmp(a.hdr[i].name, b.hdr[i].name) && !strcmp(a.hdr[i].value, b.hdr[i].value));
        check(a.body_len == b.body_len && !memcmp(a.body, b.body, a.body_len));
        /* a response that ended before the input did consumed the same bytes either way */
        if (oa.consumed < n || ob.consumed < n) check(oa.consumed == ob.consumed);
        /* and a response the parser found twice reads the same through dep_http_header */
        if (a.nhdr) check(dep_http_header(&a, a.hdr[0].name) == a.hdr[0].value);
    }
    dep_http_response_free(&a);
    dep_http_response_free(&b);
    return 0;
}
