/* jit_cc.h — internal to jit/: what the code cache, the entry table and the self test share. */
#ifndef EMBER_JIT_CC_H
#define EMBER_JIT_CC_H

#include "jit.h"

/* Fills the entry table page with this process's function addresses (start-up and after every restore). */
void jit_entries_install(void);
extern const char *const jit_entry_names[JIT_E_COUNT];

/* Page arithmetic on code cache addresses. */
static inline uintptr_t jit_page_down(uintptr_t a) { return a & ~(uintptr_t)(JIT_PAGE - 1); }
static inline uintptr_t jit_page_up(uintptr_t a) { return (a + JIT_PAGE - 1) & ~(uintptr_t)(JIT_PAGE - 1); }

/* Where the code cache's reports go: HotSpot prints them on stdout, which is a program's output under
 * `ember run` (and a --main snapshot) but a function's answer under invoke, serve and lambda: there they go
 * to stderr. */
FILE *jit_report_stream(void);

#endif
