/* ld_check.c — structural bytecode check, run once per method at link time.
 *
 * This is not a type-checking verifier. It guarantees what the interpreter relies on without re-checking at
 * run time: every instruction (with its operands) lies inside the code array; control can only reach
 * instruction starts (branches, switches, exception handlers) and never runs off the end; local-variable
 * operands are below max_locals (for long/double the second slot too); constant-pool operands are in range
 * and have the tag the instruction needs; invokeinterface/invokedynamic filler bytes are as specified.
 *
 * Messages reproduce HotSpot's: class files of version >= 50 get the split verifier's wording (first line
 * the reason, then "Exception Details" naming class, method and bytecode offset); older files get the old
 * verifier's "(class: C, method: m signature: d) reason" form. */
#include "ld_internal.h"

/* Instruction lengths indexed by opcode: 0 = not a valid opcode, 99 = variable (switches and wide). */
static const uint8_t op_len[256] = {
    /* 0x00 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x10 */ 2, 3, 2, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1,
    /* 0x20 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x30 */ 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1,
    /* 0x40 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x50 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x60 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x70 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x80 */ 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x90 */ 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3, 3, 3, 3,
    /* 0xa0 */ 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 99, 99, 1, 1, 1, 1,
    /* 0xb0 */ 1, 1, 3, 3, 3, 3, 3, 3, 3, 5, 5, 3, 2, 3, 1, 1,
    /* 0xc0 */ 3, 3, 1, 1, 99, 4, 3, 3, 5, 5,
};

/* Mnemonics for the "Location" line; the table ends at jsr_w (0xc9). */
static const char *const op_names =
    "nop aconst_null iconst_m1 iconst_0 iconst_1 iconst_2 iconst_3 iconst_4 iconst_5 lconst_0 lconst_1 "
    "fconst_0 fconst_1 fconst_2 dconst_0 dconst_1 bipush sipush ldc ldc_w ldc2_w iload lload fload dload aload "
    "iload_0 iload_1 iload_2 iload_3 lload_0 lload_1 lload_2 lload_3 fload_0 fload_1 fload_2 fload_3 dload_0 "
    "dload_1 dload_2 dload_3 aload_0 aload_1 aload_2 aload_3 iaload laload faload daload aaload baload caload "
    "saload istore lstore fstore dstore astore istore_0 istore_1 istore_2 istore_3 lstore_0 lstore_1 lstore_2 "
    "lstore_3 fstore_0 fstore_1 fstore_2 fstore_3 dstore_0 dstore_1 dstore_2 dstore_3 astore_0 astore_1 "
    "astore_2 astore_3 iastore lastore fastore dastore aastore bastore castore sastore pop pop2 dup dup_x1 "
    "dup_x2 dup2 dup2_x1 dup2_x2 swap iadd ladd fadd dadd isub lsub fsub dsub imul lmul fmul dmul idiv ldiv "
    "fdiv ddiv irem lrem frem drem ineg lneg fneg dneg ishl lshl ishr lshr iushr lushr iand land ior lor ixor "
    "lxor iinc i2l i2f i2d l2i l2f l2d f2i f2l f2d d2i d2l d2f i2b i2c i2s lcmp fcmpl fcmpg dcmpl dcmpg ifeq "
    "ifne iflt ifge ifgt ifle if_icmpeq if_icmpne if_icmplt if_icmpge if_icmpgt if_icmple if_acmpeq if_acmpne "
    "goto jsr ret tableswitch lookupswitch ireturn lreturn freturn dreturn areturn return getstatic putstatic "
    "getfield putfield invokevirtual invokespecial invokestatic invokeinterface invokedynamic new newarray "
    "anewarray arraylength athrow checkcast instanceof monitorenter monitorexit wide multianewarray ifnull "
    "ifnonnull goto_w jsr_w";

typedef struct Checker {
    Class *c;
    Method *m;
    LdError *err;
    const uint8_t *code;
    uint32_t len;
    bool old;              /* class file < 50: old verifier wording */
    uint8_t *starts;       /* bitmap: instruction starts */
} Checker;

static void op_name(uint8_t op, char *buf, size_t n) {
    if (op > 0xc9) {
        snprintf(buf, n, op == 0xca ? "breakpoint" : "<illegal>");
        return;
    }
    const char *p = op_names;
    for (unsigned i = 0; i < op; i++) p = strchr(p, ' ') + 1;
    size_t k = strcspn(p, " ");
    snprintf(buf, n, "%.*s", (int)k, p);
}

/* Formats a VerifyError. `bci` < 0: no location (exception table problems). */
__attribute__((format(printf, 3, 4))) static bool vfail(Checker *K, long bci, const char *fmt, ...) {
    if (!K->err) return false;
    char reason[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    K->err->wk = WK_VerifyError;
    if (K->old) {
        if (snprintf(K->err->msg, sizeof K->err->msg, "(class: %s, method: %s signature: %s) %s",
                     K->c->name->text, K->m->name->text, K->m->desc->text, reason) < 0)
            K->err->msg[0] = 0;
        return false;
    }
    char cname[200], opn[32] = "";
    snprintf(cname, sizeof cname, "%s", K->c->name->text);
    for (char *q = cname; *q; q++)
        if (*q == '/') *q = '.';
    if (bci >= 0 && (uint32_t)bci < K->len) op_name(K->code[bci], opn, sizeof opn);
    else if (bci >= 0) snprintf(opn, sizeof opn, "<invalid>");
    int r; /* the message is cut at sizeof msg on purpose; using the result tells gcc so */
    if (bci >= 0)
        r = snprintf(K->err->msg, sizeof K->err->msg,
                 "%s\nException Details:\n  Location:\n    %s.%s%s @%ld: %s\n  Reason:\n    Error exists in the bytecode",
                 reason, cname, K->m->name->text, K->m->desc->text, bci, opn);
    else
        r = snprintf(K->err->msg, sizeof K->err->msg, "%s\nException Details:\n  Location:\n    %s.%s%s",
                     reason, cname, K->m->name->text, K->m->desc->text);
    if (r < 0) K->err->msg[0] = 0;
    return false;
}

static inline bool is_start(const Checker *K, int64_t pc) {
    return pc >= 0 && pc < K->len && (K->starts[pc >> 3] & (1u << (pc & 7)));
}

static inline int32_t s32(const uint8_t *p) { return (int32_t)ld_be32(p); }

/* Length of the instruction at pc, or 0 when it is malformed or does not fit (the caller reports). */
static uint32_t insn_len(Checker *K, uint32_t pc, bool *bad_wide) {
    const uint8_t *code = K->code;
    uint8_t op = code[pc];
    uint32_t n = op_len[op];
    *bad_wide = false;
    if (n != 99) return n;
    if (op == 0xc4) { /* wide: iload..aload, istore..astore, ret take 4 bytes; iinc 6 */
        if (pc + 1 >= K->len) return 0;
        uint8_t w = code[pc + 1];
        if ((w >= 0x15 && w <= 0x19) || (w >= 0x36 && w <= 0x3a) || w == 0xa9) return 4;
        if (w == 0x84) return 6;
        *bad_wide = true;
        return 0;
    }
    uint32_t base = (pc + 4) & ~3u; /* operands are 4-byte aligned relative to the code start */
    if ((uint64_t)base + (op == 0xaa ? 12 : 8) > K->len) return 0;
    if (op == 0xaa) {
        int32_t lo = s32(code + base + 4), hi = s32(code + base + 8);
        if (lo > hi) return 0;
        uint64_t cnt = (uint64_t)((int64_t)hi - lo + 1);
        uint64_t end = base + 12 + cnt * 4;
        return end > K->len ? 0 : (uint32_t)(end - pc);
    }
    int32_t npairs = s32(code + base + 4);
    if (npairs < 0) return 0;
    uint64_t end = (uint64_t)base + 8 + (uint64_t)npairs * 8;
    return end > K->len ? 0 : (uint32_t)(end - pc);
}

static bool check_target(Checker *K, uint32_t pc, int64_t target) {
    if (is_start(K, target)) return true;
    if (K->old) return vfail(K, pc, "Illegal target of jump or branch");
    return vfail(K, pc, "Expecting a stackmap frame at branch target %lld", (long long)target);
}

/* The old verifier words switch targets differently (and calls every bad case target a tableswitch's). */
static bool check_switch_target(Checker *K, uint32_t pc, int64_t target, bool is_default) {
    if (is_start(K, target)) return true;
    if (K->old) return vfail(K, pc, is_default ? "Illegal default target in switch" : "Illegal branch in tableswitch");
    return vfail(K, pc, "Expecting a stackmap frame at branch target %lld", (long long)target);
}

static bool check_local(Checker *K, uint32_t pc, uint32_t idx, bool wide2) {
    if (idx + (wide2 ? 1u : 0u) < K->m->max_locals) return true;
    return vfail(K, pc, "Illegal local variable number");
}

static bool check_cp(Checker *K, uint32_t pc, uint32_t idx, uint32_t allowed_tags) {
    Class *c = K->c;
    if (idx == 0 || idx >= c->n_cp) {
        if (K->old) return vfail(K, pc, "Illegal constant pool index");
        return vfail(K, pc, "Illegal constant pool index %u in class %s", idx, c->name->text);
    }
    if (allowed_tags & (1u << c->cp[idx].tag)) return true;
    if (K->old) return vfail(K, pc, "Illegal type in constant pool");
    return vfail(K, pc, "Illegal type at constant pool entry %u in class %s", idx, c->name->text);
}

#define T(x) (1u << (x))

/* Descriptor of a Dynamic constant: its NameAndType's type. */
static char dynamic_type(Class *c, uint32_t idx) {
    CpEntry *e = &c->cp[idx];
    if (e->tag != CP_DYNAMIC || e->b == 0 || e->b >= c->n_cp) return 0;
    CpEntry *nt = &c->cp[e->b];
    if (nt->b == 0 || nt->b >= c->n_cp || c->cp[nt->b].tag != CP_UTF8) return 0;
    return c->cp[nt->b].v.sym->text[0];
}

static bool check_insn(Checker *K, uint32_t pc, uint32_t n) {
    const uint8_t *code = K->code, *p = code + pc;
    uint8_t op = p[0];
    uint16_t major = K->c->major;
    switch (op) {
    case 0x12: case 0x13: { /* ldc, ldc_w */
        uint32_t idx = op == 0x12 ? p[1] : ld_be16(p + 1);
        uint32_t ok = T(CP_INTEGER) | T(CP_FLOAT) | T(CP_STRING);
        if (major >= 49) ok |= T(CP_CLASS);
        if (major >= 51) ok |= T(CP_METHODTYPE) | T(CP_METHODHANDLE);
        if (major >= 55) ok |= T(CP_DYNAMIC);
        if (!check_cp(K, pc, idx, ok)) return false;
        char t = dynamic_type(K->c, idx);
        if (t == 'J' || t == 'D') return check_cp(K, pc, idx, 0);
        return true;
    }
    case 0x14: { /* ldc2_w */
        uint32_t idx = ld_be16(p + 1);
        uint32_t ok = T(CP_LONG) | T(CP_DOUBLE) | (major >= 55 ? T(CP_DYNAMIC) : 0);
        if (!check_cp(K, pc, idx, ok)) return false;
        if (K->c->cp[idx].tag == CP_DYNAMIC) {
            char t = dynamic_type(K->c, idx);
            if (t != 'J' && t != 'D') return check_cp(K, pc, idx, 0);
        }
        return true;
    }
    case 0x15: case 0x17: case 0x19: case 0x36: case 0x38: case 0x3a: case 0xa9: /* 1-slot loads/stores, ret */
        return check_local(K, pc, p[1], false);
    case 0x16: case 0x18: case 0x37: case 0x39:
        return check_local(K, pc, p[1], true);
    case 0x84: /* iinc */
        return check_local(K, pc, p[1], false);
    case 0xb2: case 0xb3: case 0xb4: case 0xb5:
        return check_cp(K, pc, ld_be16(p + 1), T(CP_FIELDREF));
    case 0xb6:
        return check_cp(K, pc, ld_be16(p + 1), T(CP_METHODREF));
    case 0xb7: case 0xb8:
        return check_cp(K, pc, ld_be16(p + 1), T(CP_METHODREF) | (major >= 52 ? T(CP_IMETHODREF) : 0));
    case 0xb9:
        if (!check_cp(K, pc, ld_be16(p + 1), T(CP_IMETHODREF))) return false;
        if (p[3] == 0) return vfail(K, pc, K->old ? "Inconsistent args_size for opc_invokeinterface"
                                                  : "Inconsistent args count operand in invokeinterface");
        if (p[4] != 0) return vfail(K, pc, K->old ? "Fourth operand byte of invokeinterface must be zero"
                                                  : "Fourth operand byte of invokeinterface must be zero");
        return true;
    case 0xba:
        if (major < 51) return vfail(K, pc, K->old ? "Illegal instruction found at offset %u" : "Bad instruction: %02x",
                                     K->old ? pc : op);
        if (!check_cp(K, pc, ld_be16(p + 1), T(CP_INVOKEDYNAMIC))) return false;
        if (p[3] != 0 || p[4] != 0) return vfail(K, pc, "Third and fourth operand bytes of invokedynamic must be zero");
        return true;
    case 0xbb: {
        uint32_t idx = ld_be16(p + 1);
        if (!check_cp(K, pc, idx, T(CP_CLASS))) return false;
        if (K->c->cp[idx].v.sym->text[0] == '[') return vfail(K, pc, "Illegal new instruction");
        return true;
    }
    case 0xbc:
        if (p[1] < 4 || p[1] > 11) return vfail(K, pc, K->old ? "Illegal type in newarray" : "Illegal newarray instruction");
        return true;
    case 0xbd: case 0xc0: case 0xc1:
        return check_cp(K, pc, ld_be16(p + 1), T(CP_CLASS));
    case 0xc5: {
        uint32_t idx = ld_be16(p + 1);
        if (!check_cp(K, pc, idx, T(CP_CLASS))) return false;
        const Symbol *s = K->c->cp[idx].v.sym;
        uint32_t dims = 0;
        while (dims < s->len && s->text[dims] == '[') dims++;
        if (p[3] == 0 || p[3] > dims)
            return vfail(K, pc, K->old ? "Illegal dimension argument" : "Illegal dimension in multianewarray instruction: %u", p[3]);
        return true;
    }
    case 0xc4: { /* wide */
        uint8_t w = p[1];
        uint32_t idx = ld_be16(p + 2);
        return check_local(K, pc, idx, w == 0x16 || w == 0x18 || w == 0x37 || w == 0x39);
    }
    case 0xa7: case 0xa8: case 0xc6: case 0xc7:
        return check_target(K, pc, (int64_t)pc + (int16_t)ld_be16(p + 1));
    case 0xc8: case 0xc9:
        return check_target(K, pc, (int64_t)pc + s32(p + 1));
    case 0xaa: {
        uint32_t base = (pc + 4) & ~3u;
        if (!check_switch_target(K, pc, (int64_t)pc + s32(code + base), true)) return false;
        int32_t lo = s32(code + base + 4), hi = s32(code + base + 8);
        for (int64_t i = 0; i <= (int64_t)hi - lo; i++)
            if (!check_switch_target(K, pc, (int64_t)pc + s32(code + base + 12 + 4 * i), false)) return false;
        return true;
    }
    case 0xab: {
        uint32_t base = (pc + 4) & ~3u;
        int32_t npairs = s32(code + base + 4);
        for (int32_t i = 1; i < npairs; i++) /* (the old verifier checked this in pass 1) */
            if (s32(code + base + 8 + 8 * (uint32_t)i) <= s32(code + base + 8 * (uint32_t)i))
                return vfail(K, pc, "Bad lookupswitch instruction");
        if (!check_switch_target(K, pc, (int64_t)pc + s32(code + base), true)) return false;
        for (int32_t i = 0; i < npairs; i++)
            if (!check_switch_target(K, pc, (int64_t)pc + s32(code + base + 12 + 8 * (uint32_t)i), false))
                return false;
        return true;
    }
    default:
        break;
    }
    if (op >= 0x99 && op <= 0xa6) return check_target(K, pc, (int64_t)pc + (int16_t)ld_be16(p + 1));
    /* iload_0..aload_3 (0x1a..0x2d) and istore_0..astore_3 (0x3b..0x4e): type in groups of four */
    if ((op >= 0x1a && op <= 0x2d) || (op >= 0x3b && op <= 0x4e)) {
        uint32_t rel = op >= 0x3b ? op - 0x3bu : op - 0x1au;
        uint32_t kind = rel / 4, idx = rel % 4; /* kind: 0 int, 1 long, 2 float, 3 double, 4 reference */
        return check_local(K, pc, idx, kind == 1 || kind == 3);
    }
    (void)n;
    return true;
}

/* Instructions after which control never continues with the next one. */
static bool ends_flow(uint8_t op) {
    return op == 0xa7 || op == 0xc8 || (op >= 0xac && op <= 0xb1) || op == 0xbf || op == 0xaa || op == 0xab ||
           op == 0xa9;
}

bool ld_check_code(Class *c, Method *m, LdError *err) {
    uint8_t starts[65536 / 8];
    Checker K = {.c = c, .m = m, .err = err, .code = m->code, .len = m->code_len, .old = c->major < 50,
                 .starts = starts};
    if (!m->code || m->code_len == 0 || m->code_len > 65535)
        return vfail(&K, -1, "Invalid method Code length %u", m->code_len);
    memset(starts, 0, (K.len + 7) / 8);

    /* Pass 1: decode every instruction, mark starts. */
    uint32_t pc = 0, last = 0;
    while (pc < K.len) {
        uint8_t op = K.code[pc];
        bool bad_wide;
        uint32_t n = op_len[op] ? insn_len(&K, pc, &bad_wide) : 0;
        bool jsr_ret = op == 0xa8 || op == 0xa9 || op == 0xc9 ||
                       (op == 0xc4 && pc + 1 < K.len && K.code[pc + 1] == 0xa9);
        if (op_len[op] == 0 || (jsr_ret && c->major >= 51)) {
            if (K.old) return vfail(&K, pc, "Illegal instruction found at offset %u", pc);
            /* HotSpot names the byte when it is one of its internal opcodes (0xca..0xe3, 0xe6..0xee on
             * x86-64), otherwise it just says "Bad instruction". */
            if ((op >= 0xca && op <= 0xe3) || (op >= 0xe6 && op <= 0xee))
                return vfail(&K, pc, "Bad instruction: %02x", op);
            return vfail(&K, pc, "Bad instruction");
        }
        if (n == 0) { /* malformed wide or switch, or operands past the end of the code */
            if (K.old) return vfail(&K, pc, "Illegal instruction found at offset %u", pc);
            return vfail(&K, pc, "Bad instruction");
        }
        if (op == 0xab && K.old) { /* the old verifier checks key order while decoding */
            uint32_t base = (pc + 4) & ~3u;
            int32_t npairs = s32(K.code + base + 4);
            for (int32_t i = 1; i < npairs; i++)
                if (s32(K.code + base + 8 + 8 * (uint32_t)i) <= s32(K.code + base + 8 * (uint32_t)i))
                    return vfail(&K, pc, "Unsorted lookup switch");
        }
        if ((uint64_t)pc + n > K.len) {
            if (K.old) return vfail(&K, pc, "Illegal instruction found at offset %u", pc);
            return vfail(&K, pc, "Control flow falls through code end");
        }
        if (op == 0xaa || op == 0xab) { /* padding bytes should be zero; HotSpot rejects non-zero for >= 51 */
            for (uint32_t q = pc + 1; q < ((pc + 4) & ~3u); q++)
                if (K.code[q] != 0 && c->major >= 51)
                    return vfail(&K, pc, "Nonzero padding byte in lookupswitch or tableswitch");
        }
        starts[pc >> 3] |= (uint8_t)(1u << (pc & 7));
        last = pc;
        pc += n;
    }
    if (!ends_flow(K.code[last])) {
        if (K.old) return vfail(&K, last, "Falling off the end of the code");
        return vfail(&K, K.len, "Control flow falls through code end");
    }

    /* Pass 2: operands. */
    for (pc = 0; pc < K.len;) {
        bool bad_wide;
        uint32_t n = insn_len(&K, pc, &bad_wide);
        if (!check_insn(&K, pc, n)) return false;
        pc += n;
    }

    /* Exception table: ranges over instruction starts, handlers at instruction starts. */
    for (uint32_t i = 0; i < m->n_handlers; i++) {
        ExHandler *h = &m->handlers[i];
        if (h->start_pc >= h->end_pc || h->end_pc > K.len || !is_start(&K, h->start_pc) ||
            (h->end_pc < K.len && !is_start(&K, h->end_pc)))
            return vfail(&K, -1, K.old ? "Illegal exception table range" : "Illegal exception table range");
        if (!is_start(&K, h->handler_pc))
            return vfail(&K, -1, K.old ? "Illegal exception table handler" : "Illegal exception table handler");
        if (h->catch_type && (h->catch_type >= c->n_cp || c->cp[h->catch_type].tag != CP_CLASS))
            return vfail(&K, -1, "Catch type is not a subclass of Throwable in exception handler %u", i);
    }
    return true;
}
