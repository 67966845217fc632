/* jit_cc.h — internal to jit/: what the code cache, the entry table and the self test share. */
#ifndef EMBER_JIT_CC_H
#define EMBER_JIT_CC_H

#include "jit.h"

/* Fills the entry table page with this process's function addresses (start-up and after every restore). */
void jit_entries_install(void);
extern const char *const jit_entry_names[JIT_E_COUNT];

/* The entries of jit_runtime.c (the others are defined in jit_entries.c itself). */
struct JitIc;
bool jit_rt_sync_enter(Thread *t, Frame *f);
void jit_rt_sync_exit(Thread *t, Frame *f);
void *jit_rt_exception_dispatch(Thread *t, Frame *f, uint8_t *code);
bool jit_rt_invoke(Thread *t, Method *callee, Slot *args);
Method *jit_rt_ic_miss(Thread *t, struct JitIc *ic, Object *recv);
Array *jit_rt_new_prim_array(Thread *t, int32_t type, int32_t len);
Array *jit_rt_multianewarray_slots(Thread *t, Class *array_class, int32_t dims, Slot *counts);
bool jit_rt_invoke_indy_at(Thread *t, Frame *f, uint32_t cp_index, Slot *sp);

/* Page arithmetic on code cache addresses. */
static inline uintptr_t jit_page_down(uintptr_t a) { return a & ~(uintptr_t)(JIT_PAGE - 1); }
static inline uintptr_t jit_page_up(uintptr_t a) { return (a + JIT_PAGE - 1) & ~(uintptr_t)(JIT_PAGE - 1); }

/* Where the code cache's reports go: HotSpot prints them on stdout, which is a program's output under
 * `ember run` (and a --main snapshot) but a function's answer under invoke, serve and lambda: there they go
 * to stderr. */
FILE *jit_report_stream(void);

#endif
