// Kernel: a switch-heavy interpreter loop. A small stack machine (19 opcodes, one dense tableswitch per
// instruction, an int[] operand stack and an int[] of locals) runs three bytecode programs — primes by trial
// division, Collatz walks, Euclid's gcd — the dispatch pattern of a script-language interpreter.
public class SwitchInterp {
    static final int PUSH = 0, LOAD = 1, STORE = 2, ADD = 3, SUB = 4, MUL = 5, DIV = 6, REM = 7, DUP = 8,
        POP = 9, JMP = 10, JZ = 11, JLT = 12, JGE = 13, INC = 14, AND = 15, SHR = 16, SWAP = 17, HALT = 18;

    static int run(int[] code, int[] locals, int[] stack) {
        int sp = 0, pc = 0;
        for (;;) {
            int op = code[pc++];
            switch (op) {
                case PUSH: stack[sp++] = code[pc++]; break;
                case LOAD: stack[sp++] = locals[code[pc++]]; break;
                case STORE: locals[code[pc++]] = stack[--sp]; break;
                case ADD: sp--; stack[sp - 1] += stack[sp]; break;
                case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
                case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
                case DIV: sp--; stack[sp - 1] /= stack[sp]; break;
                case REM: sp--; stack[sp - 1] %= stack[sp]; break;
                case DUP: stack[sp] = stack[sp - 1]; sp++; break;
                case POP: sp--; break;
                case JMP: pc = code[pc]; break;
                case JZ: pc = stack[--sp] == 0 ? code[pc] : pc + 1; break;
                case JLT: sp -= 2; pc = stack[sp] < stack[sp + 1] ? code[pc] : pc + 1; break;
                case JGE: sp -= 2; pc = stack[sp] >= stack[sp + 1] ? code[pc] : pc + 1; break;
                case INC: locals[code[pc]] += code[pc + 1]; pc += 2; break;
                case AND: sp--; stack[sp - 1] &= stack[sp]; break;
                case SHR: sp--; stack[sp - 1] >>= stack[sp]; break;
                case SWAP: { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
                case HALT: return sp > 0 ? stack[sp - 1] : 0;
                default: throw new IllegalStateException("bad opcode " + op + " at " + (pc - 1));
            }
        }
    }

    /** A two-pass-free assembler: jump operands name labels (negative numbers -1, -2, ...) that are
     *  patched when the code is finished. */
    static final class Asm {
        int[] code = new int[256];
        int n;
        final int[] labels = new int[16];
        Asm op(int... words) { for (int w : words) code[n++] = w; return this; }
        Asm label(int l) { labels[-l - 1] = n; return this; }
        int[] done() {
            int[] out = new int[n];
            for (int i = 0; i < n; i++) {
                int op = code[i];
                out[i] = op;
                if (op == PUSH || op == LOAD || op == STORE) { out[i + 1] = code[i + 1]; i++; }
                else if (op == INC) { out[i + 1] = code[i + 1]; out[i + 2] = code[i + 2]; i += 2; }
                else if (op == JMP || op == JZ || op == JLT || op == JGE) { out[i + 1] = labels[-code[i + 1] - 1]; i++; }
            }
            return out;
        }
    }

    // locals: 0 n, 1 i, 2 d, 3 count
    static int[] primes() {
        final int OUTER = -1, INNER = -2, PRIME = -3, NEXT = -4, END = -5;
        return new Asm()
            .op(PUSH, 2, STORE, 1)
            .label(OUTER).op(LOAD, 1, LOAD, 0, JGE, END)                 // while (i < n)
            .op(PUSH, 2, STORE, 2)                                       //   d = 2
            .label(INNER).op(LOAD, 2, LOAD, 2, MUL, LOAD, 1, SWAP, JLT, PRIME) // while (d*d <= i)
            .op(LOAD, 1, LOAD, 2, REM, JZ, NEXT)                         //     if (i % d == 0) not prime
            .op(INC, 2, 1, JMP, INNER)                                   //     d++
            .label(PRIME).op(INC, 3, 1)                                  //   count++
            .label(NEXT).op(INC, 1, 1, JMP, OUTER)                       //   i++
            .label(END).op(LOAD, 3, HALT)
            .done();
    }

    // locals: 4 x, 5 steps
    static int[] collatz() {
        final int TOP = -1, EVEN = -2, STEP = -3, END = -4;
        return new Asm()
            .label(TOP).op(PUSH, 1, LOAD, 4, JGE, END)                   // while (x > 1)
            .op(LOAD, 4, PUSH, 1, AND, JZ, EVEN)                         //   if (x odd)
            .op(LOAD, 4, DUP, ADD, LOAD, 4, ADD, PUSH, 1, ADD, STORE, 4, JMP, STEP) // x = 3x + 1
            .label(EVEN).op(LOAD, 4, PUSH, 1, SHR, STORE, 4)             //   else x >>= 1
            .label(STEP).op(INC, 5, 1, JMP, TOP)                         //   steps++
            .label(END).op(LOAD, 5, HALT)
            .done();
    }

    // locals: 6 a, 7 b
    static int[] gcd() {
        final int TOP = -1, END = -2;
        return new Asm()
            .label(TOP).op(LOAD, 7, JZ, END)                             // while (b != 0)
            .op(LOAD, 6, LOAD, 6, LOAD, 7, DIV, LOAD, 7, MUL, SUB)       //   t = a - (a / b) * b
            .op(LOAD, 7, STORE, 6, STORE, 7, PUSH, 0, POP, JMP, TOP)     //   a = b; b = t
            .label(END).op(LOAD, 6, HALT)
            .done();
    }

    static final int ROUNDS = 1;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        long check = 0;
        int rounds = ROUNDS * scale;
        int[] p = primes(), c = collatz(), g = gcd();
        int[] stack = new int[64], locals = new int[8];
        for (int r = 0; r < rounds; r++) {
            locals[0] = 20_000 + r;
            locals[3] = 0;
            check = check * 31 + run(p, locals, stack);
            int steps = 0;
            for (int x = 1; x < 3000; x++) {
                locals[4] = x + r;
                locals[5] = 0;
                steps += run(c, locals, stack);
            }
            check = check * 31 + steps;
            int gs = 0;
            for (int x = 1; x < 3000; x++) {
                locals[6] = x * 7919 + r;
                locals[7] = x * 104729 + 1;
                gs += run(g, locals, stack);
            }
            check = check * 31 + gs;
        }
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
