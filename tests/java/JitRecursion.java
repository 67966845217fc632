// Recursion in compiled code: fib, ackermann, mutual recursion, recursion with long/double/reference
// arguments and results, recursion through virtual and interface calls and through a lambda, and recursive
// algorithms over arrays (quicksort, permutations).
public class JitRecursion {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long fibL(long n) { return n < 2 ? n : fibL(n - 1) + fibL(n - 2); }
    static double fibD(double n) { return n < 2 ? n : fibD(n - 1) + fibD(n - 2); }
    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    static long mixedArgs(int depth, long acc, double scale, String tag, float f) {
        if (depth == 0) return acc + (long) (scale * 1000) + tag.length() + (long) f;
        return mixedArgs(depth - 1, acc * 3 + depth, scale * 0.9, depth % 10 == 0 ? tag + depth : tag, f + 0.5f) + 1;
    }

    static abstract class Expr { abstract long eval(); }
    static final class Num extends Expr { final long v; Num(long v) { this.v = v; } long eval() { return v; } }
    static final class Add extends Expr { final Expr a, b; Add(Expr a, Expr b) { this.a = a; this.b = b; } long eval() { return a.eval() + b.eval(); } }
    static final class Mul extends Expr { final Expr a, b; Mul(Expr a, Expr b) { this.a = a; this.b = b; } long eval() { return a.eval() * b.eval() % 1000003; } }
    static Expr build(int d, int seed) {
        if (d == 0) return new Num(seed % 17 + 1);
        return (seed & 1) == 0 ? new Add(build(d - 1, seed * 7 + 1), build(d - 1, seed * 5 + 2))
                               : new Mul(build(d - 1, seed * 3 + 1), build(d - 1, seed + 9));
    }

    interface Counter { int count(int[] a, int lo, int hi); }
    static final Counter COUNTER = new Counter() {
        public int count(int[] a, int lo, int hi) {
            if (hi - lo <= 1) return hi > lo && a[lo] % 3 == 0 ? 1 : 0;
            int mid = (lo + hi) >>> 1;
            return count(a, lo, mid) + COUNTER.count(a, mid, hi);
        }
    };

    static java.util.function.IntUnaryOperator fact;

    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quicksort(a, lo, j);
        quicksort(a, i, hi);
    }

    static int perms(char[] cs, int k, StringBuilder first) {
        if (k == cs.length) {
            if (first.length() < 40) first.append(cs).append(',');
            return 1;
        }
        int n = 0;
        for (int i = k; i < cs.length; i++) {
            char t = cs[k]; cs[k] = cs[i]; cs[i] = t;
            n += perms(cs, k + 1, first);
            t = cs[k]; cs[k] = cs[i]; cs[i] = t;
        }
        return n;
    }

    public static void main(String[] args) {
        System.out.println("fib " + fib(25) + " " + fibL(22) + " " + fibD(20));
        System.out.println("ack " + ack(2, 300) + " " + ack(3, 5));
        System.out.println("even " + isEven(3001) + " " + isOdd(3001));
        System.out.println("mixed " + mixedArgs(500, 1, 2.0, "t", 0.25f));
        long e = 0;
        for (int s = 0; s < 20; s++) e += build(10, s).eval();
        System.out.println("expr " + e);
        int[] a = new int[5000];
        for (int i = 0; i < a.length; i++) a[i] = (i * 7919) % 5003;
        System.out.println("count " + COUNTER.count(a, 0, a.length));
        fact = n -> n <= 1 ? 1 : n * fact.applyAsInt(n - 1);
        long fs = 0;
        for (int i = 0; i < 2000; i++) fs += fact.applyAsInt(i % 13);
        System.out.println("fact " + fs);
        quicksort(a, 0, a.length - 1);
        boolean sorted = true;
        for (int i = 1; i < a.length; i++) sorted &= a[i - 1] <= a[i];
        System.out.println("sorted " + sorted + " " + a[0] + " " + a[2500] + " " + a[4999]);
        StringBuilder first = new StringBuilder();
        System.out.println("perms " + perms("abcdefg".toCharArray(), 0, first) + " " + first);
    }
}
