// Differential test: Ember's StrictMath (shadow copy, package shadow.lang) against HotSpot's
// java.lang.StrictMath, compared bit for bit (raw bits, so NaN payloads and the sign of zero count).
// usage: java -cp <shadow classes> StrictDiff <count per function> <seed> [function...]
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

public class StrictDiff {
    static SplittableRandom r;

    static final double[] SPECIAL = {
        0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 0.25, 1.5, -1.5, 10.0, 22.0, -22.0, 56 * 0.6931471805599453,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -Double.NaN,
        Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000123L),
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
        Math.PI, -Math.PI, Math.PI / 2, Math.PI / 4, Math.E, 0.6931471805599453, 0.34657359027997264, 1.0397207708399179,
        709.782712893384, 709.78, 710.4758600739439, 710.475860073944, -709.782712893384, -745.1332191019411, -745.2,
        1024.0, -1074.0, -1075.0, 0x1p31, 0x1p64, 0x1p-20, 0x1p-28, 0x1p-29, 0x1p-54, 0x1p-55, 0x1p-1022, 0x1p500, 0x1p-500,
        0x1p1023, 0x1p600, 0x1p-600, 0.41421356237309503, -0.2928932188134524, 0x1p19 * Math.PI / 2, 0x1p20,
        1e300, 1e-300, 1e308, 1e-308, 4.9e-324, 6381956970095103.0 * 0x1p797, 5319372648326294.0 * 0x1p-1074,
        0x1.fffffffffffffp-1, 0x1.0000000000001p0, 1.7976931348623157e308 / 3,
    };

    static double special() {
        double v = SPECIAL[r.nextInt(SPECIAL.length)];
        switch (r.nextInt(4)) {
            case 0: return Math.nextUp(v);
            case 1: return Math.nextDown(v);
            default: return v;
        }
    }

    /** one input from a mix of distributions */
    static double gen(int kind) {
        double s = r.nextBoolean() ? 1.0 : -1.0;
        switch (kind) {
            case 0: return Double.longBitsToDouble(r.nextLong());                       // random bits
            case 1: return s * r.nextDouble() * Math.scalb(1.0, r.nextInt(61) - 30);     // moderate
            case 2: return s * Double.longBitsToDouble(r.nextLong(0x0340000000000000L)); // tiny (< 2^-971), subnormals
            case 3: return 1.0 + s * r.nextDouble() * Math.scalb(1.0, -r.nextInt(53));   // near 1
            case 4: return (double) (r.nextInt(4001) - 2000) / (r.nextBoolean() ? 1 : 2); // small integers, halves
            case 5: return s * Double.longBitsToDouble(r.nextLong(0x4130000000000000L, 0x7ff0000000000000L)); // huge
            case 6: return special();
            case 7: return s * r.nextDouble() * 750;                                    // exp range
            case 8: return s * r.nextDouble() * 25;                                     // sinh/tanh range
            case 9: return s * Math.scalb(1.0 + r.nextDouble(), -r.nextInt(70));        // small magnitudes
            default: return -1.0 + r.nextDouble() * Math.scalb(1.0, r.nextInt(12) - 10); // log1p range
        }
    }

    static double gen() {
        return gen(r.nextInt(11));
    }

    static long total, totalBad, twoNaN;

    /** Both arguments NaN: which payload x+y keeps depends on operand order, and HotSpot itself gives
     *  different payloads interpreted and compiled for hypot; only NaN-ness is compared then. */
    static boolean same2(double x, double y, double a, double b) {
        if (Double.isNaN(x) && Double.isNaN(y) && Double.isNaN(a) && Double.isNaN(b)) {
            twoNaN++;
            return true;
        }
        return same(a, b);
    }

    static void report(String name, long n, long bad, String ex) {
        total += n;
        totalBad += bad;
        System.out.println(String.format("%-6s %10d inputs  %8d mismatches%s", name, n, bad, ex));
    }

    static boolean same(double a, double b) {
        return Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
    }

    static void unary(String name, DoubleUnaryOperator ours, DoubleUnaryOperator ref, long count, double[] extra) {
        long bad = 0;
        String ex = "";
        long n = 0;
        for (long i = 0; i < count + extra.length; i++) {
            double x = i < extra.length ? extra[(int) i] : gen();
            double a = ours.applyAsDouble(x), b = ref.applyAsDouble(x);
            n++;
            if (!same(a, b)) {
                if (bad++ < 3) ex += "\n    x=" + x + " (" + Long.toHexString(Double.doubleToRawLongBits(x)) + ") ours=" + a + " hotspot=" + b;
            }
        }
        report(name, n, bad, ex);
    }

    static double genY() {
        switch (r.nextInt(8)) {
            case 0: return (double) (r.nextInt(201) - 100);                   // integers
            case 1: return (double) r.nextLong() / (r.nextBoolean() ? 1 : Math.scalb(1.0, r.nextInt(64)));
            case 2: return special();
            case 3: return (r.nextBoolean() ? 0.5 : -0.5) + r.nextInt(20);
            default: return gen();
        }
    }

    static void binary(String name, DoubleBinaryOperator ours, DoubleBinaryOperator ref, long count, boolean isPow) {
        long bad = 0;
        String ex = "";
        long n = 0;
        for (int i = 0; i < SPECIAL.length; i++) {
            for (int j = 0; j < SPECIAL.length; j++) {
                double x = SPECIAL[i], y = SPECIAL[j];
                n++;
                double a = ours.applyAsDouble(x, y), b = ref.applyAsDouble(x, y);
                if (!same2(x, y, a, b)) {
                    if (bad++ < 3) ex += "\n    x=" + x + " y=" + y + " ours=" + a + " hotspot=" + b;
                }
            }
        }
        for (long i = 0; i < count; i++) {
            double x, y;
            if (isPow) {
                int k = r.nextInt(4);
                x = gen();
                if (k == 0) {
                    y = genY();
                } else if (k == 1) {                 // result near overflow/underflow/subnormal range
                    double lx = Math.log(Math.abs(x)) / Math.log(2);
                    double target = (r.nextBoolean() ? 1 : -1) * (1000 + r.nextDouble() * 80);
                    y = (lx == 0 || Double.isNaN(lx) || Double.isInfinite(lx)) ? genY() : target / lx;
                } else if (k == 2) {                 // x near 1, huge y
                    x = 1.0 + (r.nextBoolean() ? 1 : -1) * r.nextDouble() * Math.scalb(1.0, -r.nextInt(53));
                    y = (r.nextBoolean() ? 1 : -1) * Math.scalb(1.0 + r.nextDouble(), r.nextInt(70));
                } else {                             // negative x, integer y
                    x = -Math.abs(x);
                    y = (double) (r.nextLong() >> r.nextInt(64));
                }
            } else {
                x = gen();
                int k = r.nextInt(3);
                if (k == 0) y = gen();
                else if (k == 1) y = x * Math.scalb(r.nextDouble(), -r.nextInt(70));     // ratio up to 2^70
                else y = Math.scalb(gen(9), Math.getExponent(x));
            }
            n++;
            double a = ours.applyAsDouble(x, y), b = ref.applyAsDouble(x, y);
            if (!same2(x, y, a, b)) {
                if (bad++ < 3) ex += "\n    x=" + x + " y=" + y + " ours=" + a + " hotspot=" + b;
            }
        }
        report(name, n, bad, ex);
    }

    /** arguments near multiples of pi/2 (hard cases for the reduction) and huge arguments */
    static double[] trigExtra(int n) {
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            switch (i % 3) {
                case 0: e[i] = Math.rint(Math.scalb(1.0 + r.nextDouble(), r.nextInt(60))) * (Math.PI / 2); break;
                case 1: e[i] = Double.longBitsToDouble(r.nextLong(0x4130000000000000L, 0x7ff0000000000000L)); break;
                default: e[i] = Math.nextUp(Math.scalb(1.0 + r.nextDouble(), r.nextInt(1000) + 20)); break;
            }
            if (r.nextBoolean()) e[i] = -e[i];
        }
        return e;
    }

    public static void main(String[] args) {
        long count = Long.parseLong(args[0]);
        r = new SplittableRandom(Long.parseLong(args[1]));
        java.util.Set<String> only = new java.util.HashSet<>(java.util.Arrays.asList(args).subList(2, args.length));
        double[] sp = SPECIAL;
        String[] names = {"cbrt", "expm1", "log1p", "sinh", "cosh", "tanh", "exp", "log", "log10", "atan", "asin", "acos", "sqrt"};
        DoubleUnaryOperator[] ours = {shadow.lang.StrictMath::cbrt, shadow.lang.StrictMath::expm1, shadow.lang.StrictMath::log1p,
            shadow.lang.StrictMath::sinh, shadow.lang.StrictMath::cosh, shadow.lang.StrictMath::tanh, shadow.lang.StrictMath::exp,
            shadow.lang.StrictMath::log, shadow.lang.StrictMath::log10, shadow.lang.StrictMath::atan, shadow.lang.StrictMath::asin,
            shadow.lang.StrictMath::acos, shadow.lang.StrictMath::sqrt};
        DoubleUnaryOperator[] ref = {StrictMath::cbrt, StrictMath::expm1, StrictMath::log1p, StrictMath::sinh, StrictMath::cosh,
            StrictMath::tanh, StrictMath::exp, StrictMath::log, StrictMath::log10, StrictMath::atan, StrictMath::asin,
            StrictMath::acos, StrictMath::sqrt};
        for (int f = 0; f < names.length; f++) {
            if (only.isEmpty() || only.contains(names[f])) unary(names[f], ours[f], ref[f], count, sp);
        }
        String[] trig = {"sin", "cos", "tan"};
        DoubleUnaryOperator[] ot = {shadow.lang.StrictMath::sin, shadow.lang.StrictMath::cos, shadow.lang.StrictMath::tan};
        DoubleUnaryOperator[] rt = {StrictMath::sin, StrictMath::cos, StrictMath::tan};
        for (int f = 0; f < 3; f++) {
            if (!only.isEmpty() && !only.contains(trig[f])) continue;
            double[] ex = trigExtra((int) Math.min(count, 1 << 22));
            double[] all = new double[sp.length + ex.length];
            System.arraycopy(sp, 0, all, 0, sp.length);
            System.arraycopy(ex, 0, all, sp.length, ex.length);
            unary(trig[f], ot[f], rt[f], count, all);
        }
        if (only.isEmpty() || only.contains("pow")) binary("pow", shadow.lang.StrictMath::pow, StrictMath::pow, count, true);
        if (only.isEmpty() || only.contains("hypot")) binary("hypot", shadow.lang.StrictMath::hypot, StrictMath::hypot, count, false);
        if (only.isEmpty() || only.contains("atan2")) binary("atan2", shadow.lang.StrictMath::atan2, StrictMath::atan2, count, false);
        System.out.println("TOTAL " + total + " inputs, " + totalBad + " mismatches (" + twoNaN + " two-NaN-argument cases compared as NaN only)");
    }
}
