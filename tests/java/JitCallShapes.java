// Calling conventions: long and double arguments (two slots) mixed with int, float and reference ones in every
// order, more arguments than the native ABI passes in registers (up to 20, mixed), all return types, static /
// virtual / interface / private / super calls of the same shapes, varargs, and values that must survive calls
// (caller-saved registers) in hot loops.
public class JitCallShapes {
    static long s1(int a, long b, int c) { return a * 3L + b * 5 + c * 7; }
    static double s2(double a, int b, double c, long d, float e) { return a * 2 + b - c * 0.5 + d % 1000 + e; }
    static long s3(Object a, long b, Object c, double d, int e, long f) {
        return (a == null ? 1 : a.hashCode() % 100) + b + (c == null ? 2 : c.toString().length()) + (long) d + e + f;
    }
    static long many(int a1, long a2, double a3, float a4, Object a5, int a6, long a7, double a8, byte a9, short a10,
                     char a11, boolean a12, int a13, long a14, String a15, double a16, int a17, float a18, long a19, int a20) {
        return a1 + a2 * 3 + (long) (a3 * 7) + (long) (a4 * 11) + (a5 == null ? 0 : 13) + a6 * 17L + a7 * 19 + (long) (a8 * 23)
            + a9 * 29L + a10 * 31L + a11 * 37L + (a12 ? 41 : 43) + a13 * 47L + a14 * 53 + a15.length() * 59L
            + (long) (a16 * 61) + a17 * 67L + (long) (a18 * 71) + a19 * 73 + a20 * 79L;
    }
    static int sevenInts(int a, int b, int c, int d, int e, int f, int g) { return a - b + c - d + e - f + g * 2; }
    static double nineDoubles(double a, double b, double c, double d, double e, double f, double g, double h, double i) {
        return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9;
    }
    static float floats(float a, int b, float c, long d, float e) { return a * b + c - d + e; }

    static byte rb(int x) { return (byte) (x * 7); }
    static short rs(int x) { return (short) (x * 1001); }
    static char rc(int x) { return (char) (x * 977); }
    static boolean rz(int x) { return (x & 5) == 4; }
    static float rf(int x) { return x / 3f; }
    static Object ro(int x) { return (x & 3) == 0 ? null : Integer.valueOf(x); }
    static void rv(long[] sink, int x) { sink[0] += x; }

    static int varargs(String fmt, Object... xs) { return fmt.length() + xs.length + (xs.length > 0 && xs[0] != null ? xs[0].hashCode() : 0); }
    static long varLong(long... xs) { long s = 0; for (long x : xs) s += x; return s; }

    interface Shape { long area(long w, double h, int k, Object tag, float f, long z, int q); }
    static class Rect implements Shape {
        final long base;
        Rect(long base) { this.base = base; }
        public long area(long w, double h, int k, Object tag, float f, long z, int q) {
            return base + w * (long) h + k + (tag == null ? 0 : 1) + (long) f + z - q;
        }
        private long priv(double a, long b, int c, long d, double e, int f, long g) { return (long) a + b + c + d + (long) e + f + g + base; }
        long callPriv(int i) { return priv(i * 0.5, i, i, -i, 1.5, 7, base); }
    }
    static class Square extends Rect {
        Square() { super(100); }
        public long area(long w, double h, int k, Object tag, float f, long z, int q) {
            return super.area(w, h, k, tag, f, z, q) * 2 + 1;
        }
    }

    public static void main(String[] args) {
        long cs = 0;
        double ds = 0;
        long[] sink = new long[1];
        for (int i = 0; i < 50000; i++) {
            long keepL = i * 0x100000001L;
            double keepD = i * 1.25;
            int keepI = i ^ 0x5a5a;
            cs += s1(i, keepL, -i);
            ds += s2(keepD, i, 0.5, keepL, 0.25f);
            cs += s3(i % 3 == 0 ? null : "abc", keepL, i % 5 == 0 ? null : Integer.valueOf(i), keepD, keepI, -keepL);
            cs += many(i, keepL, keepD, 0.5f, i % 2 == 0 ? null : "o", keepI, -keepL, -keepD, (byte) i, (short) (i * 3), (char) i,
                       (i & 1) == 0, i * 7, keepL >> 3, "str", 0.125, -i, 1.5f, 99L, i & 255);
            cs += sevenInts(i, 1, 2, 3, 4, 5, keepI);
            ds += nineDoubles(1, 2, 3, 4, 5, 6, 7, 8, keepD);
            ds += floats(1.5f, i & 15, 2.5f, i & 3, -1f);
            cs += rb(i) + rs(i) + rc(i) + (rz(i) ? 1 : 0) + (long) rf(i) + (ro(i) == null ? 0 : 1);
            rv(sink, i);
            cs += varargs("abc") + varargs("x", i % 7 == 0 ? null : "s", 2) + varLong() + varLong(keepL, 1, 2);
            // the kept values are still intact after all the calls
            if (keepL != i * 0x100000001L || keepD != i * 1.25 || keepI != (i ^ 0x5a5a)) cs += 1000000000000L;
        }
        System.out.println("static " + cs + " " + ds + " " + sink[0]);

        Shape[] shapes = {new Rect(1), new Square(), new Rect(-5)};
        cs = 0;
        for (int i = 0; i < 60000; i++) {
            Shape s = shapes[i % 3];
            cs += s.area(i, 1.5, i & 7, i % 4 == 0 ? null : s, 2.5f, -i * 3L, 11);
            cs += ((Rect) s).callPriv(i);
        }
        System.out.println("virtual " + cs);
        System.out.println(many(1, 2, 3, 4, null, 6, 7, 8, (byte) 9, (short) 10, 'b', true, 13, 14, "fifteen", 16, 17, 18, 19, 20));
    }
}
