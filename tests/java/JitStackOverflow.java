// StackOverflowError from deep recursion of different frame shapes, caught at several depths, and the VM
// recovering: monitors released, normal (hot) execution and deep-but-legal recursion afterwards.
public class JitStackOverflow {
    static int depth;

    static void plain() {
        depth++;
        plain();
    }

    static long wide(long a, double b, int c, Object d, long e, float f, String g, double h) {
        depth++;
        long[] local = {a, e};
        return wide(a + 1, b * 1.5, c ^ 3, d, e - 1, f + 1, g, h) + local.length + c;
    }

    interface Rec { int go(int n); }
    static class Impl implements Rec {
        Rec other;
        public int go(int n) { depth++; return other.go(n + 1) + 1; }
    }

    static final Object LOCK = new Object();
    static synchronized void syncRec(int n) {
        depth++;
        syncRec(n + 1);
    }
    static void blockRec(int n) {
        synchronized (LOCK) {
            depth++;
            blockRec(n + 1);
        }
    }

    static int catchInside(int n) {
        try {
            return catchInside(n + 1) + 1;
        } catch (StackOverflowError e) {
            // caught at the deepest level that can still run this handler; return a marker upwards
            return 0;
        }
    }

    static int legal(int n) { return n == 0 ? 0 : legal(n - 1) + 1; }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    public static void main(String[] args) {
        for (int round = 0; round < 3; round++) {
            depth = 0;
            try {
                plain();
            } catch (StackOverflowError e) {
                StackTraceElement[] st = e.getStackTrace();
                // (the top frame's line number is left out: HotSpot reports the callee at its first line, Ember
                // the caller at the call)
                System.out.println("plain " + round + " deep " + (depth > 1000) + " top " + st[0].getMethodName()
                        + " " + st[1].getMethodName());
            }
        }
        depth = 0;
        try {
            wide(1, 2, 3, "d", 5, 6, "g", 8);
        } catch (StackOverflowError e) {
            System.out.println("wide deep " + (depth > 500) + " top " + e.getStackTrace()[0].getMethodName());
        }
        Impl a = new Impl(), b = new Impl();
        a.other = b;
        b.other = a;
        depth = 0;
        try {
            a.go(0);
        } catch (StackOverflowError e) {
            System.out.println("interface deep " + (depth > 1000));
        }
        depth = 0;
        try {
            syncRec(0);
        } catch (StackOverflowError e) {
            System.out.println("sync deep " + (depth > 500) + " class lock held " + Thread.holdsLock(JitStackOverflow.class));
        }
        depth = 0;
        try {
            blockRec(0);
        } catch (StackOverflowError e) {
            System.out.println("block deep " + (depth > 500) + " lock held " + Thread.holdsLock(LOCK));
        }
        int marker = catchInside(0);
        System.out.println("catch inside returned positive " + (marker > 0));

        // repeated overflows in a loop
        int caught = 0;
        for (int i = 0; i < 20; i++) {
            try {
                if (i % 2 == 0) plain(); else a.go(i);
            } catch (StackOverflowError e) {
                caught++;
            }
        }
        System.out.println("caught " + caught);

        // after all that, a legal deep recursion and hot code still work
        System.out.println("legal " + legal(5000));
        System.out.println("fib " + fib(24));
        long s = 0;
        for (int i = 0; i < 1000000; i++) s += i % 7;
        System.out.println("loop " + s);
    }
}
