// Integer arithmetic edge cases executed from hot methods with values from arrays (not constants javac could
// fold): division and remainder at MIN_VALUE / -1 (x86 idiv traps there), by zero, shifts by counts outside
// 0..31 / 0..63 and negative, narrowing conversions, comparisons at the extremes, iinc with wide constants.
public class JitIntEdge {
    static final int[] INTS = {0, 1, -1, 2, -2, 3, 7, -7, 100, -100, 0x7fffffff, 0x80000000, 0x7ffffffe, 0x80000001,
                               0xffff, 0x8000, 0x7f, 0x80, 0xff, -129, 65535, 65536, 123456789, -987654321};
    static final long[] LONGS = {0L, 1L, -1L, 2L, -2L, 7L, -7L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
                                 Long.MIN_VALUE + 1, 0xffffffffL, 0x80000000L, -0x80000000L, 0x100000000L,
                                 1234567890123456789L, -987654321987654321L, Integer.MAX_VALUE, Integer.MIN_VALUE};
    static final int[] SHIFTS = {0, 1, 7, 31, 32, 33, 63, 64, 65, 100, -1, -31, -32, -33, -64, Integer.MIN_VALUE,
                                 Integer.MAX_VALUE};

    static int idiv(int a, int b) { return a / b; }
    static int irem(int a, int b) { return a % b; }
    static long ldiv(long a, long b) { return a / b; }
    static long lrem(long a, long b) { return a % b; }

    static long h = 17;
    static void mix(long v) { h = h * 1000003 + v; }

    static int cmpI(int a, int b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        if (a < 0) r |= 64;
        if (a >= 0) r |= 128;
        if (a == 0) r |= 256;
        return r;
    }

    static int cmpL(long a, long b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        return r + Long.compare(a, b) * 1000 + Long.compareUnsigned(a, b) * 100000;
    }

    static int iinc(int x) {
        x += 127;
        x += 128;
        x -= 128;
        x -= 129;
        x += 32767;
        x -= 32768;
        x += 100000;
        x++;
        x--;
        return x;
    }

    public static void main(String[] args) {
        // idiv/irem: repeat so the methods run hot; print a few rows and a checksum
        int zeroDiv = 0;
        for (int rep = 0; rep < 30; rep++) {
            for (int a : INTS) {
                for (int b : INTS) {
                    try {
                        int q = idiv(a, b), r = irem(a, b);
                        mix(q);
                        mix(r);
                        if (rep == 0 && (b == -1 || a == Integer.MIN_VALUE) && (a == Integer.MIN_VALUE || b == Integer.MIN_VALUE))
                            System.out.println(a + " / " + b + " = " + q + " rem " + r);
                    } catch (ArithmeticException e) {
                        zeroDiv++;
                        if (rep == 0 && a == 7) System.out.println("int " + e.getMessage());
                    }
                }
            }
            for (long a : LONGS) {
                for (long b : LONGS) {
                    try {
                        long q = ldiv(a, b), r = lrem(a, b);
                        mix(q);
                        mix(r);
                        if (rep == 0 && b == -1 && a == Long.MIN_VALUE) System.out.println(a + " / " + b + " = " + q + " rem " + r);
                    } catch (ArithmeticException e) {
                        zeroDiv++;
                        if (rep == 0 && a == 7) System.out.println("long " + e.getMessage());
                    }
                }
            }
        }
        System.out.println("div checksum " + h + " zero " + zeroDiv);

        // shifts
        h = 17;
        for (int rep = 0; rep < 50; rep++) {
            for (int a : INTS) {
                for (int s : SHIFTS) {
                    mix(a << s);
                    mix(a >> s);
                    mix(a >>> s);
                }
            }
            for (long a : LONGS) {
                for (int s : SHIFTS) {
                    mix(a << s);
                    mix(a >> s);
                    mix(a >>> s);
                }
            }
        }
        System.out.println("shift checksum " + h);
        System.out.println((0x80000000 >> 31) + " " + (0x80000000 >>> 31) + " " + (1 << INTS[10]) + " " + (-1L >>> SHIFTS[10]));

        // narrowing and widening conversions
        StringBuilder sb = new StringBuilder();
        h = 17;
        for (int rep = 0; rep < 100; rep++) {
            for (int a : INTS) {
                byte b = (byte) a;
                char c = (char) a;
                short s = (short) a;
                long l = a;
                mix(b);
                mix(c);
                mix(s);
                mix(l);
                mix((byte) (a + rep));
                if (rep == 0 && (a & 0xff) >= 0x7f) sb.append(a).append("->").append(b).append('/').append((int) c).append('/').append(s).append(' ');
            }
            for (long a : LONGS) {
                int i = (int) a;
                mix(i);
                mix((short) a);
                mix((char) a);
                mix((byte) a);
                if (rep == 0) sb.append(i).append(' ');
            }
        }
        System.out.println(sb);
        System.out.println("conv checksum " + h);

        // comparisons
        long cs = 0;
        for (int rep = 0; rep < 20; rep++) {
            for (int a : INTS) for (int b : INTS) cs = cs * 31 + cmpI(a, b);
            for (long a : LONGS) for (long b : LONGS) cs = cs * 31 + cmpL(a, b);
        }
        System.out.println("cmp checksum " + cs);

        // overflowing arithmetic, negation of MIN_VALUE, unsigned helpers, iinc
        h = 17;
        for (int rep = 0; rep < 100; rep++) {
            for (int a : INTS) {
                mix(a + Integer.MAX_VALUE);
                mix(a * 65537);
                mix(-a);
                mix(a - Integer.MIN_VALUE);
                mix(iinc(a));
                mix(Integer.divideUnsigned(a, 7));
                mix(Integer.remainderUnsigned(a, -3));
                mix(a & ~rep);
                mix(a | rep);
                mix(a ^ -rep);
            }
            for (long a : LONGS) {
                mix(a * 0x9E3779B97F4A7C15L);
                mix(-a);
                mix(a + Long.MAX_VALUE);
                mix(Long.divideUnsigned(a, 10));
                mix(Long.remainderUnsigned(a, 10));
            }
        }
        System.out.println("arith checksum " + h);
        System.out.println(-Integer.MIN_VALUE + " " + -Long.MIN_VALUE + " " + Math.abs(INTS[11]) + " " + iinc(Integer.MAX_VALUE));
    }
}
