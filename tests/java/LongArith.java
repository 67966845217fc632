public class LongArith {
    public static void main(String[] args) {
        long[] vals = {0L, 1L, -1L, 3L, -3L, 1000000007L, 4294967296L, -4294967297L, Long.MAX_VALUE, Long.MIN_VALUE, 123456789012345L};
        for (long a : vals) {
            StringBuilder sb = new StringBuilder();
            for (long b : vals) {
                sb.append(a + b).append(',').append(a - b).append(',').append(a * b);
                if (b != 0) sb.append(',').append(a / b).append(',').append(a % b);
                sb.append(' ');
            }
            System.out.println(a + ": " + sb);
        }
        System.out.println(Long.MIN_VALUE / -1L);
        System.out.println(Long.MIN_VALUE % -1L);
        System.out.println(-Long.MIN_VALUE);
        System.out.println(Long.MAX_VALUE + 1);
        long f = 1;
        for (int i = 1; i <= 25; i++) { f *= i; System.out.println(i + "! = " + f); }
        long fib1 = 0, fib2 = 1;
        for (int i = 0; i < 92; i++) { long t = fib1 + fib2; fib1 = fib2; fib2 = t; }
        System.out.println("fib92=" + fib1);
        int i = 0x7fffffff;
        long widened = i + 1L;
        System.out.println(widened + " " + (i + 1));
        long m = 0xFFFFFFFFL;
        System.out.println(m + " " + (m * m) + " " + (m << 16));
        System.out.println((long) Integer.MIN_VALUE * Integer.MIN_VALUE);
    }
}
