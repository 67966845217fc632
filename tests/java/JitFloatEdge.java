// Floating-point edge cases in hot methods: d2i/d2l/f2i/f2l of NaN, infinities and out-of-range values (x86
// cvttsd2si gives 0x80000000 where Java saturates), fcmpl/fcmpg/dcmpl/dcmpg with NaN in every branch shape,
// -0.0 vs 0.0, frem/drem signs, float<->double rounding, and the exact bits of results.
public class JitFloatEdge {
    static final double[] DS = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, Double.NaN,
                                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE,
                                Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 2147483647.0, 2147483648.0,
                                -2147483648.0, -2147483649.0, 2147483647.5, 9.223372036854775807E18,
                                -9.223372036854775808E18, 1e19, -1e19, 1e300, 3.4028235e38, 1e-300, 123456.789,
                                -0.999999, 4503599627370497.0};
    static final float[] FS = {0f, -0f, 1f, -1f, 0.5f, -1.5f, Float.NaN, Float.POSITIVE_INFINITY,
                               Float.NEGATIVE_INFINITY, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE,
                               Float.MIN_NORMAL, 2.14748365E9f, -2.14748365E9f, 9.223372E18f, -9.223372E18f, 1e20f,
                               16777217f, 0.1f, -123.456f};

    static long h = 7;
    static void mix(long v) { h = h * 1000003 + v; }
    static void mixD(double d) { mix(Double.doubleToRawLongBits(d)); }
    static void mixF(float f) { mix(Float.floatToRawIntBits(f)); }

    // each comparison shape javac produces (dcmpl for < <=, dcmpg for > >=) plus negations
    static int cmpD(double a, double b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        if (!(a < b)) r |= 64;
        if (!(a > b)) r |= 128;
        boolean lt = a < b;
        if (lt) r |= 256;
        r += Double.compare(a, b) * 1000;
        return r;
    }

    static int cmpF(float a, float b) {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        if (!(a <= b)) r |= 64;
        if (!(a >= b)) r |= 128;
        r += Float.compare(a, b) * 1000;
        return r;
    }

    static double max0(double a, double b) { return a > b ? a : b; }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int rep = 0; rep < 200; rep++) {
            for (double d : DS) {
                int i = (int) d;
                long l = (long) d;
                float f = (float) d;
                char c = (char) d;
                short s = (short) d;
                byte b = (byte) d;
                mix(i);
                mix(l);
                mixF(f);
                mix(c + s + b);
                if (rep == 0) sb.append(d).append(':').append(i).append(',').append(l).append(',').append(f).append(',').append((int) c).append(' ');
            }
            for (float f : FS) {
                int i = (int) f;
                long l = (long) f;
                double d = f;
                mix(i);
                mix(l);
                mixD(d);
                if (rep == 0) sb.append(f).append(':').append(i).append(',').append(l).append(',').append(d).append(' ');
            }
        }
        System.out.println(sb);
        System.out.println("conv " + h);

        long cs = 0;
        for (int rep = 0; rep < 5; rep++) {
            for (double a : DS) for (double b : DS) cs = cs * 31 + cmpD(a, b);
            for (float a : FS) for (float b : FS) cs = cs * 31 + cmpF(a, b);
        }
        System.out.println("cmp " + cs);
        System.out.println(cmpD(Double.NaN, 1) + " " + cmpD(1, Double.NaN) + " " + cmpD(0.0, -0.0) + " " + cmpF(Float.NaN, Float.NaN)
                + " " + cmpF(-0f, 0f));

        // remainders: the sign follows the dividend; x % inf = x; inf % y = NaN; x % 0 = NaN
        h = 7;
        sb.setLength(0);
        double[] rs = {5.5, -5.5, 3.0, -3.0, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NaN, 1e300, 1e-300, 7.0};
        for (int rep = 0; rep < 200; rep++) {
            for (double a : rs) {
                for (double b : rs) {
                    double r = a % b;
                    float fr = (float) a % (float) b;
                    mixD(r);
                    mixF(fr);
                    if (rep == 0 && (b == 3.0 || b == -0.0 || Double.isInfinite(b))) sb.append(a).append('%').append(b).append('=').append(r).append(' ');
                }
            }
        }
        System.out.println(sb);
        System.out.println("rem " + h);

        // arithmetic with signed zeros, infinities, NaN; Math.min/max, abs, signum, sqrt, floor/ceil/rint
        h = 7;
        for (int rep = 0; rep < 100; rep++) {
            for (double a : DS) {
                mixD(a * -0.0);
                mixD(a + -0.0);
                mixD(0.0 - a);
                mixD(-a);
                mixD(a / 0.0);
                mixD(1.0 / a);
                mixD(Math.min(a, -0.0));
                mixD(Math.max(a, 0.0));
                mixD(max0(a, -0.0));
                mixD(Math.abs(a));
                mixD(Math.signum(a));
                mixD(Math.sqrt(a));
                mixD(Math.floor(a));
                mixD(Math.ceil(a));
                mixD(Math.rint(a));
                mix(Math.round(a));
                mixF((float) a * 3f);
                mixD(a * 1e308 * 1e-308);
            }
        }
        System.out.println("arith " + h);
        System.out.println(Math.min(0.0, -0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(Float.NaN, 1f) + " " + (0.0 == -0.0)
                + " " + Double.valueOf(0.0).equals(-0.0) + " " + (1.0 / -0.0) + " " + Math.round(-2.5) + " " + Math.round(2.5f));

        // float arithmetic stays float (no excess precision)
        float acc = 0f;
        double dacc = 0;
        for (int i = 1; i <= 1000000; i++) {
            acc += 1f / i;
            dacc += (float) (1.0 / i);
        }
        System.out.println("float sum " + acc + " " + dacc + " " + Float.floatToRawIntBits(acc));
        float big = 16777216f;
        for (int i = 0; i < 100; i++) big += 1f;
        System.out.println("big " + big + " " + (0.1f + 0.2f) + " " + (0.1 + 0.2) + " " + (float) 0.1 * 3);
    }
}
