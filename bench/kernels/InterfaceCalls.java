// Kernel: invokeinterface. Receivers implement several interfaces (so itable selection is not
// trivially the first entry) and one method is a default method; one site sees four classes.
public class InterfaceCalls {
    interface Named { int id(); }
    interface Op { int apply(int x); }
    interface Scaled extends Op { int scale(); default int applyScaled(int x) { return apply(x) * scale(); } }
    interface Counter { void bump(); int count(); }

    static final class Add implements Named, Counter, Scaled {
        final int k; int n;
        Add(int k) { this.k = k; }
        public int id() { return 1; }
        public int apply(int x) { return x + k; }
        public int scale() { return 1; }
        public void bump() { n++; }
        public int count() { return n; }
    }
    static final class Mul implements Counter, Scaled, Named {
        final int k; int n;
        Mul(int k) { this.k = k; }
        public int id() { return 2; }
        public int apply(int x) { return x * k; }
        public int scale() { return 3; }
        public void bump() { n += 2; }
        public int count() { return n; }
    }
    static final class Xor implements Scaled, Named, Counter {
        final int k; int n;
        Xor(int k) { this.k = k; }
        public int id() { return 3; }
        public int apply(int x) { return x ^ k; }
        public int scale() { return 5; }
        public int applyScaled(int x) { return apply(x) - 7; }
        public void bump() { n += 3; }
        public int count() { return n; }
    }
    static final class Shift implements Named, Scaled, Counter {
        final int k; int n;
        Shift(int k) { this.k = k; }
        public int id() { return 4; }
        public int apply(int x) { return (x << (k & 7)) | (x >>> 29); }
        public int scale() { return 1; }
        public void bump() { n--; }
        public int count() { return n; }
    }

    static final int LEN = 512;
    static final int ROUNDS = 3500;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        Object[] objs = new Object[LEN];
        for (int i = 0; i < LEN; i++) {
            switch (i & 3) {
                case 0: objs[i] = new Add(i); break;
                case 1: objs[i] = new Mul(i | 1); break;
                case 2: objs[i] = new Xor(i * 7); break;
                default: objs[i] = new Shift(i); break;
            }
        }
        Scaled[] ops = new Scaled[LEN];
        Counter[] counters = new Counter[LEN];
        Named[] names = new Named[LEN];
        for (int i = 0; i < LEN; i++) {
            ops[i] = (Scaled) objs[i];
            counters[i] = (Counter) objs[i];
            names[i] = (Named) objs[i];
        }
        int x = 1;
        long s = 0;
        int rounds = ROUNDS * scale;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < LEN; i++) {
                x = ops[i].applyScaled(x) + names[i].id();
                counters[i].bump();
            }
            s += x;
        }
        for (int i = 0; i < LEN; i++) s = s * 31 + counters[i].count();
        long t1 = System.nanoTime();
        System.out.println("checksum=" + s);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
