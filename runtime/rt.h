/* rt.h — the runtime's one public header: VM space, the Vm root struct, the object model, classes, methods,
 * frames and the entry points the other folders use.
 *
 * Invariants (see ../shared/ARCHITECTURE.md):
 *  - Every structure declared here that is reachable from `Vm` lives in VM space, a range reserved at
 *    RT_VM_BASE. Pointers stored in those structures point into VM space only: never into the C heap, the C
 *    stack, the executable or a shared library. Native methods are named by an index into rt_natives[].
 *  - Object pointers in VM structures are GC roots only if they are enumerated by rt_roots.def.
 */
#ifndef EMBER_RT_H
#define EMBER_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define RT_EMBER_VERSION "0.1.0"

/* ---- VM space layout --------------------------------------------------------------------------------- */
/* 32 TiB: above ASan's high shadow (which ends at 0x10007fff7fff) and far from where Linux puts PIE binaries,
 * the brk heap and mmap'd libraries. */
#define RT_VM_BASE ((uintptr_t)0x200000000000ull)
#define RT_VM_SIZE ((size_t)64 << 30)
#define RT_VM_ROOT_SIZE ((size_t)2 << 20)    /* the Vm struct and its fixed tables */
#define RT_META_SIZE ((size_t)2 << 30)       /* metaspace: classes, methods, symbols, constant pools */
#define RT_STACK_MAX ((size_t)1 << 30)       /* Java stack of the main thread (reserve; -Xss commits) */
#define RT_CODE_SIZE ((size_t)1 << 30)       /* code cache, reserved for the JIT */
/* The code cache's fixed address (rt_vmspace.c lays VM space out in this order): compiled code and the
 * runtime entry table at its bottom (jit/jit.h) are found with constants, never through the Vm struct. */
#define RT_CODE_BASE (RT_VM_BASE + RT_VM_ROOT_SIZE + RT_META_SIZE + RT_STACK_MAX)
#define RT_COMMIT_CHUNK ((size_t)2 << 20)
/* The heap sits at fixed addresses so that the write barrier (interpreter now, compiled code later) tests
 * generations and finds cards with constants:
 *   [card table | old generation | young generation]   (young is the highest part of VM space in use)
 * One card byte covers 2^RT_CARD_SHIFT bytes of the old generation; the card table is committed lazily, so a
 * restored instance only gets the card pages it dirties. */
#define RT_CARDS_BASE (RT_VM_BASE + ((size_t)6 << 30))
#define RT_BOT_BASE (RT_VM_BASE + ((size_t)13 << 29))  /* block offset table: 4 bytes per card */
#define RT_OLD_BASE (RT_VM_BASE + ((size_t)8 << 30))
#define RT_OLD_RESERVE ((size_t)32 << 30)
#define RT_YOUNG_BASE (RT_OLD_BASE + RT_OLD_RESERVE)
#define RT_YOUNG_RESERVE ((size_t)16 << 30)
#define RT_CARD_SHIFT 9

typedef struct Vm Vm;
typedef struct Thread Thread;
typedef struct Class Class;
typedef struct Method Method;
typedef struct Field Field;
typedef struct Symbol Symbol;
typedef struct Object Object;
typedef struct Array Array;
typedef struct Frame Frame;
typedef struct CpEntry CpEntry;
typedef struct CallSite CallSite;
typedef struct MethodData MethodData;

/* One operand-stack or local-variable slot. long and double occupy two slots (JVMS §2.6.1): the value is
 * stored whole in the first, the second is unused. */
typedef union Slot {
    int32_t i;
    int64_t j;
    float f;
    double d;
    Object *l;
    uint64_t raw;
} Slot;

/* ---- objects ------------------------------------------------------------------------------------------- */
/* Header of every heap object. `bits`: low 24 bits = monitor recursion count (one Java thread), bits 24..31
 * belong to the GC (RT_GC_* below: age in the young generation, mark and forwarded flags during a
 * collection). `hash` = identity hash, 0 until first asked for. */
struct Object {
    Class *klass;
    uint32_t hash;
    uint32_t bits;
};
#define RT_LOCK_MASK 0x00ffffffu
#define RT_GC_AGE_SHIFT 24
#define RT_GC_AGE_MASK 0x0f000000u
#define RT_GC_MARK 0x10000000u
#define RT_GC_FORWARDED 0x20000000u

struct Array {
    Object hdr;
    int32_t length;
    int32_t pad;
    /* elements start at offset 24, 8-aligned */
};
#define RT_ARRAY_DATA_OFFSET 24
#define rt_array_data(a) ((void *)((char *)(a) + RT_ARRAY_DATA_OFFSET))
#define rt_field_ptr(o, off) ((void *)((char *)(o) + (off)))

/* ---- symbols: interned modified-UTF-8 strings in metaspace ------------------------------------------- */
struct Symbol {
    Symbol *next;
    uint32_t hash;
    uint32_t len;
    char text[]; /* NUL-terminated */
};

/* ---- constant pool ------------------------------------------------------------------------------------- */
enum {
    CP_UTF8 = 1, CP_INTEGER = 3, CP_FLOAT = 4, CP_LONG = 5, CP_DOUBLE = 6, CP_CLASS = 7, CP_STRING = 8,
    CP_FIELDREF = 9, CP_METHODREF = 10, CP_IMETHODREF = 11, CP_NAMEANDTYPE = 12, CP_METHODHANDLE = 15,
    CP_METHODTYPE = 16, CP_DYNAMIC = 17, CP_INVOKEDYNAMIC = 18, CP_MODULE = 19, CP_PACKAGE = 20
};

/* `a`/`b`: the raw indices of the entry (class_index/name_and_type_index, name/descriptor, reference kind /
 * reference index, bootstrap index / name_and_type). Once `resolved` is set the union holds the result.
 * Resolution failures are not cached (HotSpot caches them; we re-resolve and re-throw). */
struct CpEntry {
    uint8_t tag;
    uint8_t resolved;
    uint16_t a, b;
    union {
        int32_t i;
        int64_t j;
        float f;
        double d;
        Symbol *sym;      /* UTF8 (and unresolved Class/String: the name) */
        Class *cls;       /* Class */
        Field *field;     /* Fieldref */
        Method *method;   /* Methodref, InterfaceMethodref */
        Object *str;      /* String: the interned java.lang.String — a GC root (ROOT_CP_STRINGS) */
        CallSite *site;   /* InvokeDynamic */
    } v;
};

typedef struct ExHandler {
    uint16_t start_pc, end_pc, handler_pc, catch_type; /* catch_type: cp index or 0 = any */
} ExHandler;

typedef struct LineEntry {
    uint16_t start_pc, line;
} LineEntry;

typedef struct LocalVar {
    uint16_t start_pc, length, index, pad;
    Symbol *name;
} LocalVar;

typedef struct BootstrapMethod {
    uint16_t method_ref;  /* cp index of a MethodHandle */
    uint16_t nargs;
    uint16_t *args;       /* cp indices */
} BootstrapMethod;

/* ---- fields and methods -------------------------------------------------------------------------------- */
struct Field {
    Class *owner;
    Symbol *name;
    Symbol *desc;
    uint16_t access;
    char type;             /* first char of the descriptor: B C D F I J S Z L [ */
    uint8_t size;          /* bytes in an instance or in the statics block */
    uint32_t offset;       /* instance: from object start; static: into owner->statics */
    uint16_t const_index;  /* ConstantValue attribute, 0 when absent */
    Symbol *signature;
};

enum { /* Method.vmflags */
    MF_CLINIT = 1u << 0,
    MF_INIT = 1u << 1,
    MF_LAMBDA_FORM = 1u << 2,   /* synthesized by the lambda metafactory */
    MF_CALLER_SENSITIVE = 1u << 3,
    MF_HAS_REFS_IN_ARGS = 1u << 4,
};

struct Method {
    Class *owner;
    Symbol *name;
    Symbol *desc;
    uint16_t access;
    uint16_t max_stack;
    uint16_t max_locals;
    uint16_t arg_slots;    /* including `this` */
    char ret_type;         /* V Z B C S I J F D L [ */
    uint8_t pad0;
    uint16_t n_handlers;
    uint32_t vmflags;
    uint32_t code_len;
    uint8_t *code;
    ExHandler *handlers;
    uint16_t n_lines;
    uint16_t n_exceptions;
    LineEntry *lines;
    uint16_t *exceptions;  /* cp indices of declared exceptions */
    int32_t vtable_index;  /* -1: not virtual (static, private, <init>, final-in-final-class stays virtual) */
    int32_t itable_index;  /* interface methods: index in the interface's method table, else -1 */
    int32_t native_index;  /* index into rt_natives[], -1 = not bound yet, -2 = no such native */
    uint32_t pad1;
    Symbol *signature;
    uint8_t *stackmap;     /* raw StackMapTable attribute (kept for the GC's reference maps) */
    uint32_t stackmap_len;
    uint32_t n_localvars;  /* LocalVariableTable entries (names for NullPointerException messages) */
    LocalVar *localvars;
    void *gc_refmaps;      /* reference maps, computed by gc/ on first need (opaque here) */
    /* Tier 0 (runtime/rt_tier.c): counters since the method's first execution, saturating (see RT_COUNT_SAT).
     * The interpreter calls the tier policy when a counter reaches its notify value; both notify values are
     * 0 until the first event, so the first execution of every method is an event that sets them. */
    uint32_t invocations;
    uint32_t backedges;    /* taken branches to a bci <= the branch's own (loops) */
    uint32_t inv_notify;
    uint32_t be_notify;
    MethodData *mdo;       /* the profile (rt_profile.c), made once the method is warm; NULL while cold */
    /* Tier 1 (jit/): compiled code in the code cache. jit_entry is what the interpreter and the runtime call,
     * `bool (Thread *, Frame *)` with the callee's frame set up as the interpreter would (jit/jit.h: the
     * compiled-frame contract); NULL while the method runs interpreted. jit_osr: an on-stack-replacement
     * version (JitBlob), or NULL. */
    void *jit_entry;
    void *jit_code;        /* the same method's entry for compiled callers (jit/jit_comp.h: the Java entry) */
    void *jit_blob;        /* the JitBlob of jit_entry */
    void *jit_osr;
    uint32_t jit_flags;    /* RT_JIT_*: what the compiler knows about the method */
    uint32_t pad_jit;
};
enum { /* Method.jit_flags */
    RT_JIT_QUEUED = 1u << 0,        /* waiting in the compile queue */
    RT_JIT_NOT_COMPILABLE = 1u << 1,  /* the compiler bailed out (the reason is printed with PrintCompilation) */
    RT_JIT_OSR_QUEUED = 1u << 2,
    RT_JIT_OSR_NOT_COMPILABLE = 1u << 3,
};

/* ---- classes ------------------------------------------------------------------------------------------- */
enum { CK_INSTANCE, CK_ARRAY, CK_PRIMITIVE };
enum { RK_NONE, RK_SOFT, RK_WEAK, RK_PHANTOM, RK_OTHER /* Reference itself, FinalReference: strong */ };
enum { CS_LOADED, CS_LINKED, CS_INITIALIZING, CS_INITIALIZED, CS_ERROR };

typedef struct ItableEntry {
    Class *itf;
    Method **methods;   /* indexed by Method.itable_index of the interface's methods */
} ItableEntry;

struct Class {
    Object *mirror;        /* java.lang.Class instance, created on demand (root: ROOT_CLASS_MIRRORS) */
    Symbol *name;          /* internal form: java/lang/String, [I, [Ljava/lang/String; ; primitives: int */
    Class *super;
    Class *next;           /* all classes, newest first (Vm.classes) */
    Class *hash_next;      /* bucket chain in Vm.class_table */
    uint16_t access;
    uint8_t kind;
    uint8_t state;
    uint8_t loader;        /* 0 bootstrap, 1 application */
    char prim;             /* primitives and primitive arrays' element: I J ... ; 0 otherwise */
    uint8_t elem_size;     /* arrays: bytes per element */
    uint8_t is_throwable;
    uint16_t major, minor;
    uint16_t n_interfaces;
    uint16_t n_fields;
    uint16_t n_methods;
    uint16_t n_itable;
    uint16_t n_cp;
    uint16_t n_bootstrap;
    uint16_t super_cp;     /* cp index of the superclass (0 for java/lang/Object) */
    uint16_t pad3;
    uint16_t *itf_cp;      /* cp indices of the direct superinterfaces, n_interfaces of them */
    Class **interfaces;    /* direct superinterfaces, set when linked */
    Field *fields;
    Method *methods;
    ItableEntry *itable;   /* every interface this class implements, transitively */
    Method **vtable;
    uint32_t vtable_len;
    uint32_t instance_size;      /* bytes including the header */
    uint32_t n_ref_offsets;      /* reference fields of instances (GC) */
    uint32_t n_static_refs;
    uint32_t *ref_offsets;
    uint32_t *static_ref_offsets;
    uint8_t *statics;            /* static field storage (refs among them: root ROOT_STATICS) */
    uint32_t statics_size;
    uint32_t depth;              /* superclass chain length, Object = 0 */
    CpEntry *cp;
    BootstrapMethod *bootstrap;
    Class *component;            /* arrays */
    Class *element;              /* arrays: innermost element class */
    Class *array_class;          /* cached [this */
    Symbol *source_file;
    Symbol *source;              /* where it was loaded from, for -verbose:class */
    Symbol *simple_name;         /* from InnerClasses; NULL when not a member/local class */
    Symbol *signature;
    Symbol *nest_host_name;
    Class *nest_host;
    uint16_t inner_flags;        /* access flags from InnerClasses (member classes) */
    uint8_t has_inner_entry;     /* found itself in InnerClasses */
    uint8_t is_anonymous;
    uint8_t has_enclosing_method;
    uint8_t is_record;
    uint8_t is_sealed;     /* has a PermittedSubclasses attribute */
    uint8_t ref_kind;      /* RK_*: java.lang.ref.Reference subclasses get special GC treatment */
    Symbol *outer_name;    /* declaring class (InnerClasses) or enclosing class (EnclosingMethod) */
    Symbol **permitted;    /* PermittedSubclasses, n_permitted of them */
    uint32_t n_permitted;
    uint32_t pad5;
    Object *init_error;          /* unused for now: we keep only the state */
    uint32_t lambda_count;
    uint32_t pad2;
};

/* ---- profiles (tier 0: runtime/rt_profile.c) ----------------------------------------------------------- */
/* A method's MethodData: one metaspace block, made once when the method gets warm (rt_tier.c) and updated in
 * place by the interpreter, so it survives a snapshot with the rest of metaspace. Layout:
 *   MethodData header
 *   index[code_len]  per bci: offset of the site's cells from the header, in 8-byte units; 0 = no site there
 *   cells            8-aligned; first a sink of RT_PROFILE_SINK bytes, then the sites in bci order
 * Sites and their cells:
 *   ifeq..if_acmpne, ifnull, ifnonnull   RtBranchData
 *   invokevirtual, invokeinterface       RtReceiverData
 *   tableswitch, lookupswitch            uint32_t count[1 + cases]: [0] the default, [1 + i] the i-th case in
 *                                        the instruction's order (tableswitch: key low + i)
 * Lookup is one index load (O(1)). Offsets are 16 bits, so a method keeps the sites that fit in 512 KiB; its
 * other branch and receiver sites point at the sink (written, never read) and its other switches at 0.
 * Receiver rows hold Class pointers: classes live in metaspace, never move and are never unloaded, so rows
 * are not GC roots and a collection leaves them alone. A profile holds no heap pointer.
 * Counts saturate at UINT32_MAX. */
#define RT_PROFILE_ROWS 2      /* receiver rows per call site: HotSpot's TypeProfileWidth */
#define RT_PROFILE_SINK 32     /* >= the largest fixed-size site */
typedef struct RtBranchData {
    uint32_t taken, not_taken;
} RtBranchData;
typedef struct RtReceiverData {
    Class *klass[RT_PROFILE_ROWS];  /* NULL = free; a row belongs to the first class seen while it was free */
    uint32_t count[RT_PROFILE_ROWS];
    uint32_t polymorphic;           /* receivers of other classes, once every row was taken */
    uint32_t pad;
} RtReceiverData;
struct MethodData {
    Method *method;
    MethodData *next;         /* every MethodData, newest first (Vm.tier.mdos) */
    uint32_t size;            /* bytes, header included */
    uint32_t code_len;        /* entries of index[] */
    uint32_t n_sites;         /* sites with cells of their own */
    uint32_t n_dropped;       /* sites without (the 512 KiB limit) */
    uint32_t inv_at_create;   /* the method's counters when the profile was made: the site counts cover */
    uint32_t be_at_create;    /* what ran since */
    uint32_t tier_flags;      /* RT_MD_*: what the tier policy decided for the method */
    uint32_t compile_asked_at;  /* invocations + backedges when the policy was last asked to compile, or 0 */
    uint32_t osr_asked_at;      /* backedges when it was last asked for an OSR compilation, or 0 */
    uint32_t osr_asked_bci;     /* ... and the loop header it was asked for */
    uint16_t index[];
};
enum {
    RT_MD_COMPILE_DECIDED = 1u << 0,  /* the policy answered at CompileThreshold: no more invocation events */
    RT_MD_OSR_DECIDED = 1u << 1,      /* the policy answered at the backedge limit: no more backedge events */
};

/* ---- frames -------------------------------------------------------------------------------------------- */
/* Interpreter frames live on the thread's Java stack (VM space). A callee's locals overlap the caller's
 * outgoing arguments. Invariant for the GC: whenever a frame is not the running one (it made a call) or the
 * running code may allocate or throw, `pc` holds the address of the current instruction and `sp` the operand
 * stack top; the slots in [locals, locals+max_locals) and [stack, sp) are all there is, and which of them
 * hold references follows from the method's bytecode at `pc` (reference maps, computed by the GC).
 * The arguments a caller pushed for its callee belong to the callee's locals, not to the caller. */
enum { FRAME_ENTRY = 1, FRAME_NATIVE = 2 };
struct Frame {
    Frame *prev;
    Method *method;
    const uint8_t *pc;
    Slot *sp;
    Slot *locals;
    uint32_t flags;
    uint32_t monitor_count;  /* synchronized method: 1 when it holds its monitor */
    Slot stack[];
};

/* ---- threads ------------------------------------------------------------------------------------------- */
#define RT_MAX_HANDLES 4096
struct Thread {
    Frame *top;
    Slot *stack_base;
    Slot *stack_limit;       /* frames must end below this; the last part is the overflow reserve */
    Slot *stack_hard_limit;
    Object *exception;       /* pending exception (root) */
    Object *thread_obj;      /* java.lang.Thread (root) */
    uint32_t nhandles;       /* native handles: rt_handle() (roots) */
    uint32_t native_depth;   /* nested C → Java calls */
    uint32_t in_overflow;    /* building a StackOverflowError, using the reserve */
    uint32_t no_gc;          /* > 0: allocation must not collect (debug assertion aid) */
    uint8_t *tlab_top;       /* thread-local allocation buffer in eden: [tlab_top, tlab_end) is free */
    uint8_t *tlab_end;
    /* Compiled code's C stack guard: a call goes through the runtime (which throws StackOverflowError) when
     * the machine stack pointer is below this. Process state: installed when the Java thread starts
     * (rt_set_c_stack) and after a restore (rt_c_stack_install); 0 in snapshots and while the C stack is
     * unknown, which compiled code cannot tell from "no guard". */
    uintptr_t c_stack_limit;
    Object *handles[RT_MAX_HANDLES];
};

/* Pushes m's frame over its arguments at args (the caller's outgoing slots): the header right after the
 * max_locals local slots — compiled code addresses locals from the header (jit/jit_comp.h), so every frame
 * of a method with bytecode is made here — the locals past the arguments zeroed, pc at the first
 * instruction, an empty operand stack. The caller has checked the stack limit. */
static inline Frame *rt_push_frame(Thread *t, Frame *prev, Method *m, Slot *args, uint32_t flags) {
    Frame *nf = (Frame *)(args + m->max_locals);
    for (Slot *l = args + m->arg_slots; l < (Slot *)nf; l++) l->raw = 0;
    nf->prev = prev;
    nf->method = m;
    nf->pc = m->code;
    nf->sp = nf->stack;
    nf->locals = args;
    nf->flags = flags;
    nf->monitor_count = 0;
    t->top = nf;
    return nf;
}

/* ---- well-known classes, fields and roots -------------------------------------------------------------- */
enum {
#define WK(id, name) WK_##id,
#include "rt_wellknown.def"
#undef WK
    WK_COUNT
};
enum {
#define WKF(id, cls, name, desc) WKF_##id,
#include "rt_wkfields.def"
#undef WKF
    WKF_COUNT
};

typedef struct VmOptions {
    uint64_t xss;
    uint64_t xmx;
    uint64_t xms;
    uint64_t xmn;            /* young generation size; 0 = chosen from -Xmx (gc_heap.c) */
    uint32_t gc_stress;      /* -XX:GCStress=N: collect at every Nth allocation (0 = off) */
    uint32_t max_tenuring;   /* -XX:MaxTenuringThreshold (default 15) */
    /* Tier policy (runtime/rt_tier.c; parsed and checked with HotSpot's messages in deploy/dep_vm.c). Signed
     * and wide because HotSpot's flags are intx: out-of-range values are reported with the value given. */
    int64_t compile_threshold;   /* -XX:CompileThreshold (1500) */
    int64_t osr_percentage;      /* -XX:OnStackReplacePercentage (933) */
    int64_t profile_percentage;  /* -XX:InterpreterProfilePercentage (33) */
    uint8_t xcomp;               /* -Xcomp: compile every method at its first call (-Xint, -Xmixed: the last wins) */
    uint8_t stop_at_level;       /* -XX:TieredStopAtLevel (0..4, default 4); 0 = interpreter only, like -Xint */
    uint8_t batch;               /* -Xbatch: compile in the foreground (HotSpot's -XX:-BackgroundCompilation) */
    uint8_t print_compilation;   /* -XX:+PrintCompilation */
    uint8_t print_method_data;   /* -XX:+PrintMethodData (diagnostic): the profiles at exit (rt_profile_print.c) */
    uint8_t unlock_diagnostic;   /* -XX:+UnlockDiagnosticVMOptions */
    uint8_t pad_tier[2];
    uint8_t verbose_class;
    uint8_t xint;
    uint8_t verify_heap;
    uint8_t log_gc;          /* -Xlog:gc, -verbose:gc */
    uint8_t verify_refmaps;  /* -XX:+VerifyRefMaps: check reference maps against StackMapTables (gc_frames.c) */
    uint8_t pad[3];
    uint64_t code_cache_size;  /* -XX:ReservedCodeCacheSize (0 = the default, jit/jit.h) */
    uint8_t print_code_cache;  /* -XX:+PrintCodeCache: the code cache's summary at exit */
    uint8_t jit_selftest;      /* hidden -XX:JitSelfTest=N: the code cache's self test (jit_selftest.c) */
    uint8_t pad_jit[6];
} VmOptions;

/* A contiguous part of the heap: objects are packed from base to top (parseable), [top, end) is free,
 * memory is committed up to `commit`. */
typedef struct GcSpace {
    uint8_t *base, *top, *end, *commit;
} GcSpace;

/* Heap state, owned by gc/ (the layout is here because it is part of the Vm root struct). */
typedef struct GcHeap {
    GcSpace old;             /* RT_OLD_BASE up; `end` = the old generation's capacity (-Xmx minus young) */
    GcSpace eden, from, to;  /* young generation: eden then two survivor spaces */
    uint64_t max_old;        /* capacity the old generation may grow to */
    uint8_t *eden_dirty;     /* eden below this has been used since start-up: re-zeroed before reuse */
    uint8_t *cards_commit;   /* card table committed up to here */
    uint8_t *bot_commit;     /* block offset table (RT_BOT_BASE) committed up to here */
    Object *ref_pending;     /* cleared references with a queue, linked through Reference.discovered (root) */
    uint32_t tenuring;       /* current tenuring threshold */
    uint32_t stress_countdown;
    uint32_t n_gc;           /* collections so far (the GC(n) id in -Xlog:gc) */
    uint32_t n_full;
    uint64_t pause_ns_total, pause_ns_max;
    uint32_t referent_off, discovered_off, queue_off; /* java.lang.ref.Reference field offsets */
    uint32_t pad;
} GcHeap;

/* Code cache state, owned by jit/ (jit_codecache.c; the layout is here because it is part of the Vm root
 * struct). [start, start + JIT_ENTRY_TABLE_BYTES) holds the runtime entry table; blobs follow from `base`,
 * bump-allocated up to `top`, never freed yet. Pages in [start, commit) are mapped: the entry table read-only,
 * code pages read-execute, or read-write while being written (W^X, see jit/jit.h). */
typedef struct JitCodeCache {
    uint8_t *start;          /* == Vm.code_base once the JIT is initialised, NULL before */
    uint8_t *base;           /* first blob */
    uint8_t *top;            /* next blob starts here */
    uint8_t *limit;          /* start + -XX:ReservedCodeCacheSize */
    uint8_t *commit;         /* code pages below this are mapped */
    uint8_t *open;           /* the blob being written (jit_code_alloc .. jit_code_commit), or NULL */
    uint8_t *patch_lo, *patch_hi;  /* pages made writable by an open patch batch (jit_patch_begin) */
    uint64_t max_used;       /* high-water mark of top - start */
    uint32_t n_blobs;        /* committed blobs */
    uint32_t full_count;     /* allocations that did not fit (HotSpot's full_count) */
    uint32_t patch_depth;
    uint8_t disabled;        /* compilation stopped: the cache was full */
    uint8_t exit_printed;    /* -XX:+PrintCodeCache done (process state, cleared in snapshots) */
    uint8_t pad[2];
} JitCodeCache;

/* The baseline compiler's state, owned by jit/ (jit_compile.c, jit_queue.c). Compile requests of the tier
 * policy wait in a queue unless -Xbatch; see jit/jit.h for when the queue is drained. */
#define JIT_QUEUE_LEN 256
typedef struct JitCompiler {
    uint32_t next_id;        /* -XX:+PrintCompilation's compile ids (HotSpot's start at 1) */
    uint32_t n_compiled;     /* standard compilations installed */
    uint32_t n_osr;          /* OSR compilations installed */
    uint32_t n_bailouts;     /* methods the compiler declined (they stay interpreted) */
    uint32_t q_len;
    uint32_t pad;
    Method *queue[JIT_QUEUE_LEN];
    int32_t queue_bci[JIT_QUEUE_LEN];   /* -1: a standard compilation; else the OSR loop header */
    uint64_t compile_ns;     /* time spent compiling, this VM's life */
    uint64_t code_bytes;     /* instructions emitted for methods */
    /* Process-local counts (cleared by a restore): method entries executed by the interpreter's profiling
     * loop, and OSR transfers. `ember invoke --timing` prints them. */
    uint64_t interp_calls;
    uint64_t osr_transfers;
} JitCompiler;

/* The function a snapshot serves: a handler class with `public static String handle(String)`, an instance
 * of a class implementing Function<String,String> (made before the snapshot, so it keeps its fields), or a
 * program's main class (the round-trip test mode: the snapshot is taken before main runs). */
enum { RT_FN_NONE, RT_FN_STATIC, RT_FN_INSTANCE, RT_FN_MAIN };
typedef struct RtFunction {
    Class *cls;
    Method *method;          /* handle(String), Function.apply's implementation, or main(String[]) */
    Object *instance;        /* RT_FN_INSTANCE: the handler object (root: ROOT_VM_OBJECTS) */
    uint32_t kind;
    uint32_t pad;
} RtFunction;

#define RT_CLASS_BUCKETS 4096
#define RT_SYM_BUCKETS 16384   /* a power of two; 128 KiB of the root struct, which restores map page by page */

/* Tier policy, derived from the options once at start-up (rt_tier_init) and kept in snapshots with them. */
typedef struct RtTier {
    uint32_t profile_limit;   /* invocations + backedges at which a method gets its MethodData */
    uint32_t compile_limit;   /* invocations + backedges at which the policy asks for a compilation */
    uint32_t osr_limit;       /* backedges at which the policy asks for an on-stack-replacement compilation */
    uint8_t profiling;        /* 0 under -Xint and TieredStopAtLevel=0: the plain interpreter loop, no counters */
    uint8_t printed;          /* -XX:+PrintMethodData output done (this process; snapshots never print) */
    uint16_t pad;
    MethodData *mdos;         /* every MethodData, newest first */
    uint32_t n_mdos;
    uint32_t pad2;
    uint64_t mdo_bytes;       /* metaspace taken by profiles */
} RtTier;

/* The one root struct. Everything mutable about the VM sits here or is reachable from here. */
struct Vm {
    uint64_t magic;
    VmOptions opt;
    /* metaspace: bump allocated, never freed */
    uint8_t *meta_base, *meta_top, *meta_commit, *meta_end;
    GcHeap heap;                       /* Java heap (the GC owns the policy; see gc/gc.h) */
    uint8_t *stack_region;
    uint8_t *code_base, *code_end;
    JitCodeCache code;                 /* the JIT's code cache in [code_base, code_end) (jit/jit.h) */
    Class *classes;                    /* list of every class */
    uint32_t n_classes;
    uint32_t identity_seed;            /* identity hashes: deterministic sequence (reproducible snapshots) */
    uint32_t lambda_seq;
    uint32_t exit_code;
    uint64_t start_nanos;
    Class *wk[WK_COUNT];
    uint32_t wkf[WKF_COUNT];           /* field offsets */
    Class *prim_classes[9];            /* indexed by rt_prim_index() */
    Object *main_thread_group;
    Object *prealloc_oom;              /* thrown when even an OutOfMemoryError cannot be allocated */
    Symbol **classpath;                /* application class path entries, NULL-terminated */
    Symbol **sysprops;                 /* -Dname=value options, NULL-terminated */
    uint32_t n_classpath;
    uint32_t pad;
    Thread main;
    Class *class_table[RT_CLASS_BUCKETS];
    Symbol *sym_table[RT_SYM_BUCKETS];
    Object **intern;                   /* interned strings: open addressing, metaspace array (roots) */
    uint32_t intern_cap, intern_count;
    Symbol *loading[64];               /* classes whose superclasses are being loaded (circularity check) */
    uint32_t n_loading;
    uint32_t n_restores;               /* times this VM space has been restored from a snapshot (0: booted) */
    /* System.nanoTime() = CLOCK_MONOTONIC + nanos_offset. A restore moves the offset so that the Java clock
     * continues from the value it had when the snapshot was written: monotonic across processes and
     * machines, whatever their boot times. */
    int64_t nanos_offset;
    uint64_t nanos_at_snapshot;
    RtFunction fn;                     /* the function a snapshot serves (deploy/dep_function.c) */
    RtTier tier;                       /* tier policy state and the profiles (runtime/rt_tier.c) */
    JitCompiler jit;                   /* the baseline compiler and its queue (jit/) */
};

extern Vm *const rt_vm;   /* == (Vm *)RT_VM_BASE; constant, not mutable state */
#define VM (rt_vm)

/* ---- roots (rt_roots.def) ---------------------------------------------------------------------------- */
typedef struct RootVisitor {
    void (*ref)(Object **slot, void *ctx);
    void (*frame)(Frame *f, void *ctx);
    void *ctx;
} RootVisitor;
void rt_roots_walk(const RootVisitor *v);

/* ---- native method table ------------------------------------------------------------------------------- */
typedef void (*NativeFn)(Thread *t, Slot *args, Slot *ret);
typedef struct NativeEntry {
    const char *cls, *name, *desc;
    NativeFn fn;
} NativeEntry;
extern const NativeEntry rt_natives[];
extern const int rt_n_natives;

/* ---- entry points -------------------------------------------------------------------------------------- */
/* VM space */
void rt_vmspace_init(const VmOptions *opt);
void rt_vmspace_release(void);
void *rt_meta_alloc(size_t size);                 /* zeroed, 8-aligned, never fails (aborts the process
                                                     with a message when metaspace is exhausted) */
char *rt_meta_strdup(const char *s);
void rt_commit(uint8_t *from, uint8_t *to);       /* make [from,to) readable and writable */
_Noreturn void rt_fatal(const char *fmt, ...);

/* symbols */
Symbol *rt_sym(const char *s);
Symbol *rt_sym_n(const char *s, size_t len);
Symbol *rt_sym_lookup_n(const char *s, size_t len);  /* NULL when not interned */
static inline bool rt_sym_eq(const Symbol *s, const char *c) {
    const char *a = s->text;
    while (*a && *a == *c) a++, c++;
    return *a == *c;
}

/* objects */
Object *rt_new_object(Thread *t, Class *c);       /* NULL with OutOfMemoryError pending */
Array *rt_new_array(Thread *t, Class *array_class, int32_t len);
Array *rt_new_prim_array(Thread *t, char type, int32_t len);
Array *rt_new_obj_array(Thread *t, Class *elem, int32_t len);
/* multianewarray: the dims-dimensional array of class ac; NegativeArraySizeException for a negative count. */
Array *rt_new_multi_array(Thread *t, Class *ac, const int32_t *counts, int dims);
Class *rt_array_class_of(Thread *t, Class *elem);  /* [elem, created on demand */
Class *rt_prim_class(char type);
int rt_prim_index(char type);
uint32_t rt_identity_hash(Object *o);
bool rt_is_subclass(const Class *c, const Class *of);
bool rt_instance_of(const Class *c, const Class *of); /* assignability incl. interfaces and arrays */
Object *rt_mirror(Thread *t, Class *c);            /* java.lang.Class for c */
Class *rt_class_of_mirror(Object *mirror);
uint8_t rt_type_size(char type);
Object *rt_clone(Thread *t, Object *o);

/* handles: keep an Object* alive across an allocation in native code */
static inline uint32_t rt_handle_mark(Thread *t) { return t->nhandles; }
static inline void rt_handle_release(Thread *t, uint32_t mark) { t->nhandles = mark; }
Object **rt_handle(Thread *t, Object *o);

/* strings */
Object *rt_string_from_utf8(Thread *t, const char *s, size_t len);   /* modified UTF-8 or UTF-8 */
Object *rt_string(Thread *t, const char *s);
Object *rt_string_from_chars(Thread *t, const uint16_t *chars, int32_t len);
Object *rt_intern(Thread *t, Object *str);
Object *rt_intern_sym(Thread *t, Symbol *s);
char *rt_string_to_utf8(Object *str);     /* malloc'd (process memory, caller frees); NULL str -> "null" */
char *rt_string_to_utf8_n(Object *str, size_t *len);  /* the same, with its length (the text may hold NULs) */
int32_t rt_string_length(Object *str);
uint16_t *rt_string_chars(Object *str);
Object *rt_class_name_string(Thread *t, Class *c); /* "java.lang.String" form */

/* calls */
bool rt_call(Thread *t, Method *m, const Slot *args, Slot *ret);  /* false: exception pending */
Method *rt_find_method(Class *c, const char *name, const char *desc); /* walks superclasses */
Method *rt_find_declared_method(Class *c, const char *name, const char *desc);
Field *rt_find_field(Class *c, const char *name, const char *desc);   /* walks super and interfaces */
Method *rt_resolve_virtual(Class *receiver, Method *m);  /* vtable/itable selection */
/* invokeinterface's selection of m for receiver class rc; NULL with AbstractMethodError or
 * IncompatibleClassChangeError pending. */
Method *rt_select_interface(Thread *t, Class *rc, Method *m);
int rt_desc_arg_slots(const char *desc, bool is_static);
bool rt_interpret(Thread *t, Frame *entry);
void rt_frame_sizes(Method *m, size_t *frame_slots);

/* exceptions */
void rt_throw(Thread *t, Object *exc);
void rt_throw_new(Thread *t, int wk_class, const char *fmt, ...);  /* message may be NULL */
void rt_throw_new_cls(Thread *t, Class *cls, const char *msg);
void rt_throw_by_name(Thread *t, const char *class_name, const char *msg);
Object *rt_exception_take(Thread *t);
int rt_find_handler(Thread *t, Frame *f);   /* the handler catching t->exception at f->pc, or -1 */
void rt_fill_in_stack_trace(Thread *t, Object *throwable);
int rt_line_number(Method *m, uint32_t bci);
void rt_print_uncaught(Thread *t, Object *exc);
void rt_throw_stack_overflow(Thread *t);
void rt_throw_npe(Thread *t);
void rt_throw_array_index(Thread *t, int32_t index, int32_t length);  /* HotSpot's "Index i out of bounds..." */
void rt_throw_class_cast(Thread *t, Class *from, Class *to);     /* HotSpot's ClassCastException message */
void rt_throw_abstract(Thread *t, Class *receiver, Method *m);   /* AbstractMethodError for m on receiver */
/* Runs Reference.processPendingReferences() if a collection left cleared references pending (Java code:
 * may allocate and collect). False with an exception pending. */
bool rt_ref_process_pending(Thread *t);

/* natives */
int rt_native_index(Symbol *cls, Symbol *name, Symbol *desc);
bool rt_call_native(Thread *t, Method *m, Slot *args, Slot *ret);

/* invokedynamic */
bool rt_indy_resolve(Thread *t, Class *c, uint16_t cp_index);
bool rt_indy_invoke(Thread *t, CallSite *site, Slot *sp, Slot **new_sp); /* args end at sp */

/* startup; the process-only C stack of the Java thread, [base - size, base), is recorded for the C stack
 * guard, on that thread before it runs Java code, and t's c_stack_limit is installed from it */
void rt_set_c_stack(Thread *t, char *base, size_t size);
void rt_c_stack_install(Thread *t);   /* t->c_stack_limit for this process's C stack (0 while unknown) */
int rt_boot(Thread *t);
int rt_run_main(Thread *t, const char *main_class, int argc, char **argv);   /* load + call + shutdown */
int rt_main_load(Thread *t, const char *main_class, Method **main_method); /* 0, or 1: launcher error printed */
int rt_main_call(Thread *t, Method *main_method, int argc, char **argv);     /* 0, or 1: uncaught exception */
void rt_report_uncaught(Thread *t);  /* takes the pending exception and reports it like an uncaught one */
void rt_shutdown(Thread *t);
uint64_t rt_nanos(void);       /* CLOCK_MONOTONIC: process-local intervals */
int64_t rt_java_nanos(void);   /* System.nanoTime: continuous across snapshot and restore */

/* descriptors */
const char *rt_desc_next(const char *d);           /* skip one field type */

/* tier 0: counters, profiles and the tier policy (rt_tier.c, rt_profile.c, rt_profile_print.c) */
#define RT_COUNT_SAT 0xffff0000u  /* a method counter that reached UINT32_MAX is set back to this: it stays in
                                     [RT_COUNT_SAT, UINT32_MAX], and the policy hears of it every 2^16 counts */
enum RtTierDecision {
    RT_TIER_INTERPRET,     /* below the thresholds, or the policy declined */
    RT_TIER_NO_COMPILER,   /* the method should be compiled, but no compiler is available */
    RT_TIER_COMPILE        /* a compilation was requested (reserved for the compiler) */
};
void rt_tier_init(void);                            /* rt_boot: limits from VM->opt */
/* The interpreter's events: a method's counter reached its notify value. Both may make the method's profile;
 * neither allocates on the Java heap or throws. */
void rt_tier_invocation_overflow(Thread *t, Method *m);
/* An on-stack replacement the interpreter makes: entry(t, frame, target) runs the frame from `target`, the
 * compiled code of the loop header, to its end. */
typedef struct RtOsr {
    void *entry;
    void *target;
} RtOsr;
/* A backedge event; true when compiled code for the loop header exists (osr filled in): the interpreter
 * continues the frame there. */
bool rt_tier_backedge_overflow(Thread *t, Method *m, uint32_t target_bci, RtOsr *osr);
enum RtTierDecision rt_tier_should_compile(Thread *t, Method *m);           /* at CompileThreshold */
enum RtTierDecision rt_tier_should_compile_osr(Thread *t, Method *m, uint32_t bci);  /* at the backedge limit */
MethodData *rt_profile_create(Method *m);           /* m->mdo, made now if absent (metaspace) */
void *rt_profile_site(MethodData *md, uint32_t bci); /* the cells of the site at bci, NULL when none */
void rt_profile_print_all(void);                    /* -XX:+PrintMethodData output (once per process) */
bool rt_profile_verify(void);                       /* every profile well formed; false after printing why */
void rt_profile_at_exit(void);  /* the VM ends: -XX:+VerifyHeap checks the profiles, -XX:+PrintMethodData prints */

#define RT_LIKELY(x) __builtin_expect(!!(x), 1)
#define RT_UNLIKELY(x) __builtin_expect(!!(x), 0)

#define ACC_PUBLIC 0x0001
#define ACC_PRIVATE 0x0002
#define ACC_PROTECTED 0x0004
#define ACC_STATIC 0x0008
#define ACC_FINAL 0x0010
#define ACC_SUPER 0x0020
#define ACC_SYNCHRONIZED 0x0020
#define ACC_VOLATILE 0x0040
#define ACC_BRIDGE 0x0040
#define ACC_TRANSIENT 0x0080
#define ACC_VARARGS 0x0080
#define ACC_NATIVE 0x0100
#define ACC_INTERFACE 0x0200
#define ACC_ABSTRACT 0x0400
#define ACC_STRICT 0x0800
#define ACC_SYNTHETIC 0x1000
#define ACC_ANNOTATION 0x2000
#define ACC_ENUM 0x4000
#define ACC_MODULE 0x8000

#endif
