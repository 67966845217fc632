/*
 * Ember class library: java.lang.Math.
 * The transcendental functions delegate to StrictMath (fdlibm semantics).  HotSpot's Math
 * intrinsics may differ from StrictMath in the last bit for a small fraction of inputs; the
 * measured rates are in tests/classlib/numbers/README (MathVsStrict.java).
 * Everything else is exact and verified against HotSpot by MathDiff.java.
 */
package java.lang;

public final class Math {
    private Math() { }

    public static final double E = 2.7182818284590452354;
    public static final double PI = 3.14159265358979323846;
    public static final double TAU = 2.0 * PI;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;

    // ------------------------------------------------------------------ transcendental

    // HotSpot computes sin, cos, tan, exp, log, log10 and pow with its own intrinsics, whose results are almost
    // always the correctly rounded value (and differ from StrictMath's fdlibm in the last bit a few percent of
    // the time); the VM uses the C library's correctly rounded functions for them.
    public static native double sin(double a);
    public static native double cos(double a);
    public static native double tan(double a);
    public static double asin(double a) { return StrictMath.asin(a); }
    public static double acos(double a) { return StrictMath.acos(a); }
    public static double atan(double a) { return StrictMath.atan(a); }
    public static double toRadians(double angdeg) { return angdeg * DEGREES_TO_RADIANS; }
    public static double toDegrees(double angrad) { return angrad * RADIANS_TO_DEGREES; }
    public static native double exp(double a);
    public static native double log(double a);
    public static native double log10(double a);
    public static double sqrt(double a) { return StrictMath.sqrt(a); }
    public static double cbrt(double a) { return StrictMath.cbrt(a); }
    public static double IEEEremainder(double f1, double f2) { return StrictMath.IEEEremainder(f1, f2); }
    public static double atan2(double y, double x) { return StrictMath.atan2(y, x); }
    public static native double pow(double a, double b);
    public static double sinh(double x) { return StrictMath.sinh(x); }
    public static double cosh(double x) { return StrictMath.cosh(x); }
    public static double tanh(double x) { return StrictMath.tanh(x); }
    public static double hypot(double x, double y) { return StrictMath.hypot(x, y); }
    public static double expm1(double x) { return StrictMath.expm1(x); }
    public static double log1p(double x) { return StrictMath.log1p(x); }

    // ------------------------------------------------------------------ rounding

    public static double ceil(double a) { return StrictMath.ceil(a); }
    public static double floor(double a) { return StrictMath.floor(a); }
    public static double rint(double a) { return StrictMath.rint(a); }

    public static int round(float a) {
        int intBits = Float.floatToRawIntBits(a);
        int biasedExp = (intBits & 0x7f800000) >> 23;
        int shift = (22 + 127) - biasedExp;
        if ((shift & -32) == 0) {     // 0 <= shift < 32
            int r = (intBits & 0x007fffff) | 0x00800000;
            if (intBits < 0) r = -r;
            return ((r >> shift) + 1) >> 1;
        }
        return (int) a;
    }

    public static long round(double a) {
        long longBits = Double.doubleToRawLongBits(a);
        long biasedExp = (longBits & 0x7ff0000000000000L) >> 52;
        long shift = (51 + 1023) - biasedExp;
        if ((shift & -64) == 0) {     // 0 <= shift < 64
            long r = (longBits & 0x000fffffffffffffL) | 0x0010000000000000L;
            if (longBits < 0) r = -r;
            return ((r >> shift) + 1) >> 1;
        }
        return (long) a;
    }

    // ------------------------------------------------------------------ random

    private static final class RandomHolder {
        // 64-bit LCG (Knuth MMIX constants) with a splitmix64-style output mix
        static long state = 0x5DEECE66DL ^ 0x9E3779B97F4A7C15L;
        /** The restore epoch (jdk.internal.ember.Snapshot) whose entropy state has absorbed. */
        static int epoch;
    }

    public static double random() {
        long s;
        synchronized (RandomHolder.class) {
            // First use after a restore: mix in the restored process's entropy, so that processes restored
            // from one snapshot draw different sequences. Without a snapshot the epoch stays 0.
            if (RandomHolder.epoch != jdk.internal.ember.Snapshot.restoreEpoch) {
                RandomHolder.epoch = jdk.internal.ember.Snapshot.restoreEpoch;
                RandomHolder.state ^= jdk.internal.ember.Snapshot.restoreSeed();
            }
            s = RandomHolder.state = RandomHolder.state * 6364136223846793005L + 1442695040888963407L;
        }
        s = (s ^ (s >>> 30)) * 0xbf58476d1ce4e5b9L;
        s = (s ^ (s >>> 27)) * 0x94d049bb133111ebL;
        s = s ^ (s >>> 31);
        return (s >>> 11) * 0x1.0p-53;
    }

    // ------------------------------------------------------------------ exact arithmetic

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) throw new ArithmeticException("integer overflow");
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        long ax = Math.abs(x);
        long ay = Math.abs(y);
        if (((ax | ay) >>> 31 != 0)) {
            if (((y != 0) && (r / y != x)) || (x == Long.MIN_VALUE && y == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) throw new ArithmeticException("integer overflow");
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) throw new ArithmeticException("long overflow");
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) throw new ArithmeticException("integer overflow");
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) q--;
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && (q * y != x)) q--;
        return q;
    }

    public static int floorMod(int x, int y) {
        int mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) mod += y;
        return mod;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long mod = x % y;
        if ((mod ^ y) < 0 && mod != 0) mod += y;
        return mod;
    }

    // ------------------------------------------------------------------ abs / min / max

    public static int abs(int a) {
        return (a < 0) ? -a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long abs(long a) {
        return (a < 0) ? -a : a;
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static float abs(float a) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(a) & 0x7fffffff);
    }

    public static double abs(double a) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0x7fffffffffffffffL);
    }

    public static int max(int a, int b) {
        return (a >= b) ? a : b;
    }

    public static long max(long a, long b) {
        return (a >= b) ? a : b;
    }

    public static float max(float a, float b) {
        if (a != a) return a;
        if ((a == 0.0f) && (b == 0.0f) && (Float.floatToRawIntBits(a) == 0x80000000)) return b;
        return (a >= b) ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) return a;
        if ((a == 0.0d) && (b == 0.0d) && (Double.doubleToRawLongBits(a) == 0x8000000000000000L)) return b;
        return (a >= b) ? a : b;
    }

    public static int min(int a, int b) {
        return (a <= b) ? a : b;
    }

    public static long min(long a, long b) {
        return (a <= b) ? a : b;
    }

    public static float min(float a, float b) {
        if (a != a) return a;
        if ((a == 0.0f) && (b == 0.0f) && (Float.floatToRawIntBits(b) == 0x80000000)) return b;
        return (a <= b) ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) return a;
        if ((a == 0.0d) && (b == 0.0d) && (Double.doubleToRawLongBits(b) == 0x8000000000000000L)) return b;
        return (a <= b) ? a : b;
    }

    // ------------------------------------------------------------------ fma

    public static double fma(double a, double b, double c) {
        return Fma.fma(a, b, c);
    }

    public static float fma(float a, float b, float c) {
        // the product of two floats is exact in double; one more rounding to double of the sum
        // could double-round, so use the exact double fma and round once to float
        return Fma.fmaFloat(a, b, c);
    }

    // ------------------------------------------------------------------ IEEE helpers

    public static double ulp(double d) {
        int exp = getExponent(d);
        switch (exp) {
            case Double.MAX_EXPONENT + 1: return Math.abs(d);
            case Double.MIN_EXPONENT - 1: return Double.MIN_VALUE;
            default:
                exp = exp - 52;
                if (exp >= Double.MIN_EXPONENT) return powerOfTwoD(exp);
                return Double.longBitsToDouble(1L << (exp - (Double.MIN_EXPONENT - 52)));
        }
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        switch (exp) {
            case Float.MAX_EXPONENT + 1: return Math.abs(f);
            case Float.MIN_EXPONENT - 1: return Float.MIN_VALUE;
            default:
                exp = exp - 23;
                if (exp >= Float.MIN_EXPONENT) return powerOfTwoF(exp);
                return Float.intBitsToFloat(1 << (exp - (Float.MIN_EXPONENT - 23)));
        }
    }

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(sign) & 0x8000000000000000L)
                | (Double.doubleToRawLongBits(magnitude) & 0x7fffffffffffffffL));
    }

    public static float copySign(float magnitude, float sign) {
        return Float.intBitsToFloat((Float.floatToRawIntBits(sign) & 0x80000000)
                | (Float.floatToRawIntBits(magnitude) & 0x7fffffff));
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) & 0x7f800000) >> 23) - 127;
    }

    public static int getExponent(double d) {
        return (int) (((Double.doubleToRawLongBits(d) & 0x7ff0000000000000L) >> 52) - 1023);
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            if (start != 0.0d) {
                long t = Double.doubleToRawLongBits(start);
                return Double.longBitsToDouble(t + ((t > 0L) ? -1L : 1L));
            }
            return -Double.MIN_VALUE;
        } else if (start < direction) {
            long t = Double.doubleToRawLongBits(start + 0.0d);
            return Double.longBitsToDouble(t + ((t >= 0L) ? 1L : -1L));
        } else if (start == direction) {
            return direction;
        } else {
            return start + direction;   // NaN
        }
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            if (start != 0.0f) {
                int t = Float.floatToRawIntBits(start);
                return Float.intBitsToFloat(t + ((t > 0) ? -1 : 1));
            }
            return -Float.MIN_VALUE;
        } else if (start < direction) {
            int t = Float.floatToRawIntBits(start + 0.0f);
            return Float.intBitsToFloat(t + ((t >= 0) ? 1 : -1));
        } else if (start == direction) {
            return (float) direction;
        } else {
            return start + (float) direction;
        }
    }

    public static double nextUp(double d) {
        if (d < Double.POSITIVE_INFINITY) {
            long t = Double.doubleToRawLongBits(d + 0.0D);
            return Double.longBitsToDouble(t + ((t >= 0L) ? 1L : -1L));
        }
        return d;
    }

    public static float nextUp(float f) {
        if (f < Float.POSITIVE_INFINITY) {
            int t = Float.floatToRawIntBits(f + 0.0F);
            return Float.intBitsToFloat(t + ((t >= 0) ? 1 : -1));
        }
        return f;
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) return d;
        if (d == 0.0) return -Double.MIN_VALUE;
        long t = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(t + ((d > 0.0d) ? -1L : 1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) return f;
        if (f == 0.0f) return -Float.MIN_VALUE;
        int t = Float.floatToRawIntBits(f);
        return Float.intBitsToFloat(t + ((f > 0.0f) ? -1 : 1));
    }

    public static double scalb(double d, int scaleFactor) {
        long bits = Double.doubleToRawLongBits(d);
        int e = (int) (bits >>> 52) & 0x7ff;
        if (e == 0x7ff || d == 0.0) return d;
        long m = bits & 0x000fffffffffffffL;
        if (e == 0) e = 1; else m |= 1L << 52;
        if (scaleFactor > 2200) scaleFactor = 2200;
        if (scaleFactor < -2200) scaleFactor = -2200;
        long r = FloatingParser.round(m, false, -((long) e - 1075 + scaleFactor), false);
        return Double.longBitsToDouble(r | (bits & 0x8000000000000000L));
    }

    public static float scalb(float f, int scaleFactor) {
        int bits = Float.floatToRawIntBits(f);
        int e = (bits >>> 23) & 0xff;
        if (e == 0xff || f == 0.0f) return f;
        long m = bits & 0x7fffff;
        if (e == 0) e = 1; else m |= 1L << 23;
        if (scaleFactor > 400) scaleFactor = 400;
        if (scaleFactor < -400) scaleFactor = -400;
        long r = FloatingParser.round(m, false, -((long) e - 150 + scaleFactor), true);
        return Float.intBitsToFloat((int) r | (bits & 0x80000000));
    }

    static double powerOfTwoD(int n) {
        return Double.longBitsToDouble((((long) n + 1023L) << 52) & 0x7ff0000000000000L);
    }

    static float powerOfTwoF(int n) {
        return Float.intBitsToFloat(((n + 127) << 23) & 0x7f800000);
    }
}
