// The class the generator mutates: it has something of each structure the parser and the bytecode check
// look at (constants, fields of several types, a loop, both switch forms, an exception handler, wide
// locals, an interface call, an instance method). No lambdas or string concatenation, so the bytes stay
// valid when the generator rewrites the version to 49 (old verifier).
public class Bad {
    static int count = 7;
    static final long BIG = 123456789012L;
    static final String NAME = "bad";
    double ratio;
    int other;

    public static void run() {
        System.out.println(loop(3));
    }

    static int loop(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += i;
        return s;
    }

    static int sw(int k) {
        switch (k) {
        case 1: return 10;
        case 5: return 50;
        case 100: return 7;
        default: return 0;
        }
    }

    static int tab(int k) {
        switch (k) {
        case 0: return 1;
        case 1: return 2;
        case 2: return 3;
        default: return 4;
        }
    }

    static int tc(int[] a) {
        try {
            return a[0];
        } catch (RuntimeException e) {
            return -1;
        }
    }

    static long wideLocals(long a, double b) {
        long x = a;
        double y = b;
        return x + (long) y;
    }

    static void itf(Runnable r) {
        r.run();
    }

    int inst(int a) {
        return a + other;
    }
}
