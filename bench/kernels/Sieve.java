// Kernel: integer/long array arithmetic. Sieve of Eratosthenes over a boolean[] plus a
// long[] prefix-sum pass and an int[] gap histogram, repeated a fixed number of rounds.
public class Sieve {
    static final int N = 2_000_000;
    static final int ROUNDS = 8;

    static long round(boolean[] composite, long[] prefix, int[] gaps, int r) {
        for (int i = 0; i < composite.length; i++) composite[i] = false;
        for (int i = 0; i < gaps.length; i++) gaps[i] = 0;
        composite[0] = true;
        composite[1] = true;
        for (int i = 2; (long) i * i < N; i++) {
            if (!composite[i]) {
                for (int j = i * i; j < N; j += i) composite[j] = true;
            }
        }
        long sum = 0;
        int last = 2;
        int count = 0;
        for (int i = 0; i < N; i++) {
            if (!composite[i]) {
                sum += (long) i * (i ^ r);
                count++;
                int g = i - last;
                gaps[g & 255]++;
                last = i;
            }
            prefix[i] = sum;
        }
        long h = count;
        for (int i = 0; i < gaps.length; i++) h = h * 1_000_003L + gaps[i];
        for (int i = N - 1; i >= 0; i -= 9973) h ^= prefix[i] >>> (i & 31);
        return h + sum;
    }

    public static void main(String[] args) {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;   // a multiple of the work (bench/jit.sh)
        long t0 = System.nanoTime();
        boolean[] composite = new boolean[N];
        long[] prefix = new long[N];
        int[] gaps = new int[256];
        long check = 0;
        int rounds = ROUNDS * scale;
        for (int r = 0; r < rounds; r++) check = check * 31 + round(composite, prefix, gaps, r);
        long t1 = System.nanoTime();
        System.out.println("checksum=" + check);
        System.out.println("time_ms=" + (t1 - t0) / 1_000_000);
    }
}
