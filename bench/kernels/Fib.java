// Kernel: call-heavy recursion. Naive recursive Fibonacci (static calls, int arithmetic, a compare and a
// branch per call) plus a mutually recursive pair (isEven/isOdd on a shrinking argument) and a recursive
// Ackermann-like function with two arguments. Roughly 1M calls per repetition.
public class Fib {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    // Takeuchi's function: deep, irregular recursion with three arguments
    static int tak(int x, int y, int z) { return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z; }

    static final int REPS = 12;

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        long check = 0;
        int reps = REPS * scale;
        for (int r = 0; r < reps; r++) {
            for (int n = 20; n <= 27; n += 7) check = check * 31 + fib(n + (r & 1));
            int ev = 0;
            for (int n = 0; n < 400; n++) if (isEven(n + r)) ev++;
            check = check * 31 + ev;
            check = check * 31 + tak(18, 12, 6 + (r & 1));
        }
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
