/* Helpful NullPointerException messages (JEP 358, on by default in JDK 17): "Cannot invoke "String.length()"
 * because "<local1>" is null". When the interpreter raises an NPE, the method's bytecode is simulated from its
 * start to find which instruction pushed the null operand; joins of different sources make it undescribable,
 * and the message then keeps only its "Cannot ..." part, as HotSpot's does.
 * Runs only when an NPE is raised, so it favours simplicity over speed. */
#include "rt_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define U2(p) ((uint16_t)(((p)[0] << 8) | (p)[1]))
#define S2(p) ((int16_t)U2(p))
#define S4(p) ((int32_t)(((uint32_t)(p)[0] << 24) | ((uint32_t)(p)[1] << 16) | ((uint32_t)(p)[2] << 8) | (p)[3]))
#define UNKNOWN (-1)
#define UNSET (-2)

static const int8_t op_len[256] = {
#define OP(name, code, len) [code] = len,
#include "rt_opcodes.def"
#undef OP
};

typedef struct Sim {
    Method *m;
    int max;           /* max_stack + 1 */
    int32_t *states;   /* per bci: depth followed by max source bcis; depth UNSET = not reached */
    int32_t *work;
    int nwork;
} Sim;

static int32_t *state_at(Sim *s, uint32_t bci) { return s->states + (size_t)bci * (size_t)(s->max + 1); }

static void merge(Sim *s, uint32_t bci, const int32_t *st, int depth) {
    if (bci >= s->m->code_len) return;
    int32_t *d = state_at(s, bci);
    if (d[0] == UNSET) {
        d[0] = depth;
        memcpy(d + 1, st, sizeof(int32_t) * (size_t)depth);
        s->work[s->nwork++] = (int32_t)bci;
        return;
    }
    if (d[0] != depth) return; /* inconsistent: leave it */
    bool changed = false;
    for (int i = 0; i < depth; i++)
        if (d[1 + i] != st[i] && d[1 + i] != UNKNOWN) {
            d[1 + i] = UNKNOWN;
            changed = true;
        }
    if (changed) s->work[s->nwork++] = (int32_t)bci;
}

static int desc_slots(const char *d) {
    int n = 0;
    for (d++; *d && *d != ')'; d = rt_desc_next(d)) n += (*d == 'J' || *d == 'D') ? 2 : 1;
    return n;
}

static char ret_char(const char *d) { return strchr(d, ')')[1]; }

static Symbol *nat_desc(Class *c, uint16_t idx) { return c->cp[c->cp[c->cp[idx].b].b].v.sym; }
static Symbol *nat_name(Class *c, uint16_t idx) { return c->cp[c->cp[c->cp[idx].b].a].v.sym; }

/* Simulates one instruction: pops and pushes source bcis, and merges the result into its successors. */
static void step(Sim *s, uint32_t bci) {
    Method *m = s->m;
    Class *c = m->owner;
    const uint8_t *pc = m->code + bci;
    int32_t st[300];
    int32_t *cur = state_at(s, bci);
    int sp = cur[0];
    if (sp > 256) return;
    memcpy(st, cur + 1, sizeof(int32_t) * (size_t)sp);
    int op = *pc, len = op_len[op];
    int pop = 0, push = 0;
    bool falls = true;
#define PUSHN(n) do { for (int _i = 0; _i < (n); _i++) st[sp++] = (int32_t)bci; } while (0)
    switch (op) {
    case 0: break;
    case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8: case 11: case 12: case 13: case 16: case 17:
        push = 1; break;
    case 9: case 10: case 14: case 15: push = 2; break;
    case 18: case 19: push = 1; break;
    case 20: push = 2; break;
    case 21: case 23: case 25: case 26: case 27: case 28: case 29: case 34: case 35: case 36: case 37:
    case 42: case 43: case 44: case 45: push = 1; break;
    case 22: case 24: case 30: case 31: case 32: case 33: case 38: case 39: case 40: case 41: push = 2; break;
    case 46: case 48: case 50: case 51: case 52: case 53: pop = 2; push = 1; break;
    case 47: case 49: pop = 2; push = 2; break;
    case 54: case 56: case 58: case 59: case 60: case 61: case 62: case 67: case 68: case 69: case 70:
    case 75: case 76: case 77: case 78: pop = 1; break;
    case 55: case 57: case 63: case 64: case 65: case 66: case 71: case 72: case 73: case 74: pop = 2; break;
    case 79: case 81: case 83: case 84: case 85: case 86: pop = 3; break;
    case 80: case 82: pop = 4; break;
    case 87: pop = 1; break;
    case 88: pop = 2; break;
    case 89: st[sp] = st[sp - 1]; sp++; break;
    case 90: { int32_t a = st[sp - 1], b = st[sp - 2]; st[sp - 2] = a; st[sp - 1] = b; st[sp++] = a; break; }
    case 91: { int32_t a = st[sp - 1], b = st[sp - 2], cc = st[sp - 3]; st[sp - 3] = a; st[sp - 2] = cc; st[sp - 1] = b; st[sp++] = a; break; }
    case 92: st[sp] = st[sp - 2]; st[sp + 1] = st[sp - 1]; sp += 2; break;
    case 93: { int32_t a = st[sp - 1], b = st[sp - 2], cc = st[sp - 3]; st[sp - 3] = b; st[sp - 2] = a; st[sp - 1] = cc; st[sp] = b; st[sp + 1] = a; sp += 2; break; }
    case 94: { int32_t a = st[sp - 1], b = st[sp - 2], cc = st[sp - 3], d = st[sp - 4];
               st[sp - 4] = b; st[sp - 3] = a; st[sp - 2] = d; st[sp - 1] = cc; st[sp] = b; st[sp + 1] = a; sp += 2; break; }
    case 95: { int32_t a = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = a; break; }
    case 96: case 98: case 100: case 102: case 104: case 106: case 108: case 110: case 112: case 114:
    case 120: case 122: case 124: case 126: case 128: case 130: pop = 2; push = 1; break;
    case 97: case 99: case 101: case 103: case 105: case 107: case 109: case 111: case 113: case 115:
    case 127: case 129: case 131: pop = 4; push = 2; break;
    case 121: case 123: case 125: pop = 3; push = 2; break;
    case 116: case 118: pop = 1; push = 1; break;
    case 117: case 119: pop = 2; push = 2; break;
    case 132: break;
    case 133: case 135: case 140: case 141: pop = 1; push = 2; break;
    case 134: case 139: case 145: case 146: case 147: pop = 1; push = 1; break;
    case 136: case 137: case 142: case 144: pop = 2; push = 1; break;
    case 138: case 143: pop = 2; push = 2; break;
    case 148: case 151: case 152: pop = 4; push = 1; break;
    case 149: case 150: pop = 2; push = 1; break;
    case 153: case 154: case 155: case 156: case 157: case 158: case 198: case 199:
        sp -= 1; merge(s, bci + (uint32_t)S2(pc + 1), st, sp); break;
    case 159: case 160: case 161: case 162: case 163: case 164: case 165: case 166:
        sp -= 2; merge(s, bci + (uint32_t)S2(pc + 1), st, sp); break;
    case 167: merge(s, bci + (uint32_t)S2(pc + 1), st, sp); falls = false; break;
    case 200: merge(s, bci + (uint32_t)S4(pc + 1), st, sp); falls = false; break;
    case 168: case 169: case 201: return; /* jsr/ret: give up on this path */
    case 170: case 171: {
        const uint8_t *p = m->code + ((bci + 4) & ~3u);
        sp -= 1;
        merge(s, bci + (uint32_t)S4(p), st, sp);
        if (op == 170) {
            int32_t lo = S4(p + 4), hi = S4(p + 8);
            for (int64_t k = 0; k <= (int64_t)hi - lo && k < 65536; k++) merge(s, bci + (uint32_t)S4(p + 12 + 4 * k), st, sp);
        } else {
            int32_t n = S4(p + 4);
            for (int32_t k = 0; k < n && k < 65536; k++) merge(s, bci + (uint32_t)S4(p + 12 + 8 * k), st, sp);
        }
        falls = false;
        break;
    }
    case 172: case 173: case 174: case 175: case 176: case 177: case 191: falls = false; break;
    case 178: { char t = nat_desc(c, U2(pc + 1))->text[0]; push = (t == 'J' || t == 'D') ? 2 : 1; break; }
    case 179: { char t = nat_desc(c, U2(pc + 1))->text[0]; pop = (t == 'J' || t == 'D') ? 2 : 1; break; }
    case 180: { char t = nat_desc(c, U2(pc + 1))->text[0]; pop = 1; push = (t == 'J' || t == 'D') ? 2 : 1; break; }
    case 181: { char t = nat_desc(c, U2(pc + 1))->text[0]; pop = 1 + ((t == 'J' || t == 'D') ? 2 : 1); break; }
    case 182: case 183: case 184: case 185: case 186: {
        uint16_t idx = U2(pc + 1);
        const char *d = op == 186 ? c->cp[c->cp[idx].b].b ? c->cp[c->cp[c->cp[idx].b].b].v.sym->text : "()V"
                                  : nat_desc(c, idx)->text;
        pop = desc_slots(d) + (op == 184 || op == 186 ? 0 : 1);
        char r = ret_char(d);
        push = r == 'V' ? 0 : (r == 'J' || r == 'D') ? 2 : 1;
        break;
    }
    case 187: push = 1; break;
    case 188: case 189: case 192: case 193: pop = 1; push = 1; if (op == 192) { push = 0; pop = 0; } break;
    case 190: pop = 1; push = 1; break;
    case 194: case 195: pop = 1; break;
    case 196: {
        int wop = pc[1];
        len = wop == 132 ? 6 : 4;
        if (wop == 21 || wop == 23 || wop == 25) push = 1;
        else if (wop == 22 || wop == 24) push = 2;
        else if (wop == 54 || wop == 56 || wop == 58) pop = 1;
        else if (wop == 55 || wop == 57) pop = 2;
        else if (wop == 169) return;
        break;
    }
    case 197: pop = pc[3]; push = 1; break;
    default: return;
    }
    if (sp < pop) return;
    sp -= pop;
    PUSHN(push);
#undef PUSHN
    if (falls && len > 0) merge(s, bci + (uint32_t)len, st, sp);
}

static void simulate(Sim *s) {
    Method *m = s->m;
    int32_t empty[1];
    merge(s, 0, empty, 0);
    /* exception handlers start with one unknown value */
    while (s->nwork > 0) {
        uint32_t bci = (uint32_t)s->work[--s->nwork];
        for (uint16_t i = 0; i < m->n_handlers; i++) {
            ExHandler *h = &m->handlers[i];
            if (bci >= h->start_pc && bci < h->end_pc) {
                int32_t one[1] = {UNKNOWN};
                merge(s, h->handler_pc, one, 1);
            }
        }
        step(s, bci);
    }
}

/* Class names as HotSpot prints them here: java.lang.Object and java.lang.String lose their package. */
static void klass_name(const char *internal, char *out, size_t n) {
    if (strcmp(internal, "java/lang/Object") == 0 || strcmp(internal, "java/lang/String") == 0) internal += 10;
    snprintf(out, n, "%s", internal);
    for (char *p = out; *p; p++)
        if (*p == '/') *p = '.';
}

static void type_name(const char **dp, char *out, size_t n) {
    const char *d = *dp;
    int dims = 0;
    while (*d == '[') dims++, d++;
    char base[512];
    switch (*d) {
    case 'L': {
        const char *e = strchr(d, ';');
        size_t l = (size_t)(e - d - 1);
        char tmp[512];
        if (l >= sizeof tmp) l = sizeof tmp - 1;
        memcpy(tmp, d + 1, l);
        tmp[l] = 0;
        klass_name(tmp, base, sizeof base);
        d = e + 1;
        break;
    }
    case 'B': strcpy(base, "byte"); d++; break;
    case 'C': strcpy(base, "char"); d++; break;
    case 'D': strcpy(base, "double"); d++; break;
    case 'F': strcpy(base, "float"); d++; break;
    case 'I': strcpy(base, "int"); d++; break;
    case 'J': strcpy(base, "long"); d++; break;
    case 'S': strcpy(base, "short"); d++; break;
    case 'Z': strcpy(base, "boolean"); d++; break;
    default: strcpy(base, "void"); d++; break;
    }
    size_t o = (size_t)snprintf(out, n, "%s", base);
    while (dims-- > 0 && o + 2 < n) o += (size_t)snprintf(out + o, n - o, "[]");
    *dp = d;
}

static void method_desc(Class *c, uint16_t idx, char *out, size_t n) {
    char cls[512], args[1024] = "", one[600];
    Symbol *cn = c->cp[c->cp[idx].a].resolved ? c->cp[c->cp[idx].a].v.cls->name : c->cp[c->cp[idx].a].v.sym;
    klass_name(cn->text, cls, sizeof cls);
    const char *d = nat_desc(c, idx)->text + 1;
    size_t o = 0;
    while (*d && *d != ')') {
        type_name(&d, one, sizeof one);
        o += (size_t)snprintf(args + o, sizeof args - o, "%s%s", o ? ", " : "", one);
        if (o >= sizeof args) break;
    }
    snprintf(out, n, "%s.%s(%s)", cls, nat_name(c, idx)->text, args);
}

/* The name of local slot at bci: from the LocalVariableTable (javac -g), else this / <parameterN> / <localN>. */
static bool local_name_at(Method *m, int slot, uint32_t bci, char *out, size_t n) {
    for (uint32_t i = 0; i < m->n_localvars; i++) {
        LocalVar *v = &m->localvars[i];
        /* a store's variable starts after the store instruction, so look one instruction ahead too */
        if (v->index == slot && bci + 2 >= v->start_pc && bci < (uint32_t)v->start_pc + v->length) {
            snprintf(out, n, "%s", v->name->text);
            return true;
        }
    }
    bool is_static = (m->access & ACC_STATIC) != 0;
    if (!is_static && slot == 0) {
        snprintf(out, n, "this");
        return true;
    }
    int s0 = is_static ? 0 : 1, k = 1;
    for (const char *d = m->desc->text + 1; *d && *d != ')'; d = rt_desc_next(d), k++) {
        if (s0 == slot) {
            snprintf(out, n, "<parameter%d>", k);
            return true;
        }
        s0 += (*d == 'J' || *d == 'D') ? 2 : 1;
    }
    snprintf(out, n, "<local%d>", slot);
    return true;
}

#define local_name(m, slot, out, n) local_name_at(m, slot, (uint32_t)bci, out, n)

/* Describes the value pushed by the instruction at bci; *quoted tells whether to put it in quotes. */
static bool describe(Sim *s, int32_t bci, int depth, char *out, size_t n, bool *quoted) {
    if (bci < 0 || depth > 5) return false;
    Method *m = s->m;
    Class *c = m->owner;
    const uint8_t *pc = m->code + bci;
    int op = *pc;
    *quoted = true;
    int32_t *st = state_at(s, (uint32_t)bci);
    int sp = st[0];
    switch (op) {
    case 1: snprintf(out, n, "null"); return true;
    case 25: return local_name(m, pc[1], out, n);
    case 42: case 43: case 44: case 45: return local_name(m, op - 42, out, n);
    case 196: return pc[1] == 25 && local_name(m, U2(pc + 2), out, n);
    case 178: {
        uint16_t idx = U2(pc + 1);
        char cls[512];
        Symbol *cn = c->cp[c->cp[idx].a].resolved ? c->cp[c->cp[idx].a].v.cls->name : c->cp[c->cp[idx].a].v.sym;
        klass_name(cn->text, cls, sizeof cls);
        snprintf(out, n, "%s.%s", cls, nat_name(c, U2(pc + 1))->text);
        return true;
    }
    case 180: {
        char obj[600];
        bool q;
        const char *f = nat_name(c, U2(pc + 1))->text;
        if (sp >= 1 && describe(s, st[sp], depth + 1, obj, sizeof obj, &q) && q)
            snprintf(out, n, "%s.%s", obj, f);
        else
            snprintf(out, n, "%s", f);
        return true;
    }
    case 182: case 183: case 184: case 185: {
        char md[1200];
        method_desc(c, U2(pc + 1), md, sizeof md);
        snprintf(out, n, "the return value of \"%s\"", md);
        *quoted = false;
        return true;
    }
    case 50: {
        char arr[600], ix[600];
        bool q1, q2;
        if (sp < 2 || !describe(s, st[sp - 1], depth + 1, arr, sizeof arr, &q1) || !q1) return false;
        int32_t ib = st[sp];
        const uint8_t *ipc = ib >= 0 ? m->code + ib : NULL;
        if (ipc && *ipc >= 2 && *ipc <= 8) snprintf(ix, sizeof ix, "%d", *ipc - 3);
        else if (ipc && *ipc == 16) snprintf(ix, sizeof ix, "%d", (int8_t)ipc[1]);
        else if (ipc && *ipc == 17) snprintf(ix, sizeof ix, "%d", S2(ipc + 1));
        else if (ipc && *ipc == 21) local_name(m, ipc[1], ix, sizeof ix);
        else if (ipc && *ipc >= 26 && *ipc <= 29) local_name(m, *ipc - 26, ix, sizeof ix);
        else if (!describe(s, ib, depth + 1, ix, sizeof ix, &q2) || !q2) snprintf(ix, sizeof ix, "...");
        snprintf(out, n, "%s[%s]", arr, ix);
        return true;
    }
    case 192: return sp >= 1 && describe(s, st[sp], depth + 1, out, n, quoted);
    default: return false;
    }
}

/* Which operand of the instruction at bci must not be null: its depth below the top of the stack. */
static int null_operand_depth(Method *m, const uint8_t *pc, char *action, size_t n) {
    Class *c = m->owner;
    static const char *const arr_types[] = {"int", "long", "float", "double", "object", "byte/boolean", "char", "short"};
    int op = *pc;
    if (op >= 46 && op <= 53) {
        snprintf(action, n, "Cannot load from %s array", arr_types[op - 46]);
        return 1;
    }
    if (op >= 79 && op <= 86) {
        snprintf(action, n, "Cannot store to %s array", arr_types[op - 79]);
        return (op == 80 || op == 82) ? 3 : 2;
    }
    switch (op) {
    case 190: snprintf(action, n, "Cannot read the array length"); return 0;
    case 191: snprintf(action, n, "Cannot throw exception"); return 0;
    case 194: snprintf(action, n, "Cannot enter synchronized block"); return 0;
    case 195: snprintf(action, n, "Cannot exit synchronized block"); return 0;
    case 180: snprintf(action, n, "Cannot read field \"%s\"", nat_name(c, U2(pc + 1))->text); return 0;
    case 181: {
        char t = nat_desc(c, U2(pc + 1))->text[0];
        snprintf(action, n, "Cannot assign field \"%s\"", nat_name(c, U2(pc + 1))->text);
        return (t == 'J' || t == 'D') ? 2 : 1;
    }
    case 182: case 183: case 185: {
        char md[1200];
        method_desc(c, U2(pc + 1), md, sizeof md);
        snprintf(action, n, "Cannot invoke \"%s\"", md);
        return desc_slots(nat_desc(c, U2(pc + 1))->text);
    }
    default: return -1;
    }
}

/* The message for an NPE raised at the current instruction of frame f, or NULL when there is none. */
char *rt_npe_message(Frame *f) {
    if (!f || (f->flags & FRAME_NATIVE) || !f->pc) return NULL;
    Method *m = f->method;
    if (m->vmflags & MF_LAMBDA_FORM) return NULL;
    uint32_t bci = (uint32_t)(f->pc - m->code);
    char action[1400];
    int depth = null_operand_depth(m, f->pc, action, sizeof action);
    if (depth < 0) return NULL;
    Sim s = {m, m->max_stack + 3, NULL, NULL, 0};
    s.states = malloc(sizeof(int32_t) * (size_t)(s.max + 1) * m->code_len);
    for (uint32_t i = 0; i < m->code_len; i++) state_at(&s, i)[0] = UNSET;
    s.work = malloc(sizeof(int32_t) * ((size_t)m->code_len * (size_t)(s.max + 2) + 64));
    simulate(&s);
    char desc[1400], *msg = malloc(3000);
    int32_t *st = state_at(&s, bci);
    bool quoted;
    if (st[0] != UNSET && st[0] > depth && describe(&s, st[st[0] - depth], 0, desc, sizeof desc, &quoted))
        snprintf(msg, 3000, quoted ? "%s because \"%s\" is null" : "%s because %s is null", action, desc);
    else
        snprintf(msg, 3000, "%s", action);
    free(s.states);
    free(s.work);
    return msg;
}
