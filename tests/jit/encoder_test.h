/* encoder_test.h — shared by the x86-64 encoder tests: the capstone check harness (encoder_test.c) and the
 * execution test (encoder_exec.c). */
#ifndef EMBER_ENCODER_TEST_H
#define EMBER_ENCODER_TEST_H

#include <capstone/capstone.h>
#include <stdio.h>

#include "../../jit/jit_x64.h"

/* The state of one run: the disassembler, the buffer of the instruction under test, a ring of formatting
 * buffers for expected-text pieces, and the counters of the current group and of the whole run. */
typedef struct Ctx {
    csh cs;
    JitBuf b;
    uint8_t buf[64];
    char strs[16][128];
    int next_str;
    long checks, bad;            /* current group */
    int groups_passed, groups_failed;
} Ctx;

/* Starts a group / ends it with one PASS or FAIL line. */
void group_begin(Ctx *t);
void group_end(Ctx *t, const char *name);
/* Records one check that failed (printing the first few of a group), or passed. */
void check_result(Ctx *t, bool ok, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

void exec_tests(Ctx *t);

#endif
