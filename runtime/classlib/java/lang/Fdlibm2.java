/*
 * Ember class library: StrictMath functions NOT yet ported from fdlibm.
 * KNOWN GAP: these are accurate (a few ulps at most) implementations with the right special
 * cases, but not bit-identical to HotSpot's StrictMath.  Replace with fdlibm ports
 * (s_cbrt, e_hypot, e_pow, s_expm1, s_log1p, e_sinh, e_cosh, s_tanh).
 */
package java.lang;

final class Fdlibm2 {
    private Fdlibm2() { }

    static double cbrt(double x) {
        if (x == 0.0 || x != x || Double.isInfinite(x)) return x;
        double a = Math.abs(x);
        double r = StrictMath.exp(StrictMath.log(a) / 3.0);
        // two Newton steps
        r = r - (r * r * r - a) / (3.0 * r * r);
        r = r - (r * r * r - a) / (3.0 * r * r);
        return x < 0 ? -r : r;
    }

    static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
        if (x != x || y != y) return Double.NaN;
        x = Math.abs(x);
        y = Math.abs(y);
        if (x < y) { double t = x; x = y; y = t; }
        if (x == 0.0) return 0.0;
        double r = y / x;
        return x * StrictMath.sqrt(1.0 + r * r);
    }

    static double pow(double x, double y) {
        if (y == 0.0) return 1.0;
        if (y != y || x != x) return Double.NaN;
        if (y == 1.0) return x;
        double ax = Math.abs(x);
        if (Double.isInfinite(y)) {
            if (ax == 1.0) return Double.NaN;
            return ((ax > 1.0) == (y > 0)) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean yIsInt = y == StrictMath.floor(y);
        boolean yIsOdd = yIsInt && Math.abs(y) < 9007199254740992.0 && (((long) y) & 1) != 0;
        if (x == 0.0 || Double.isInfinite(x)) {
            double r = ((x == 0.0) == (y < 0)) ? Double.POSITIVE_INFINITY : 0.0;
            return (yIsOdd && (Double.doubleToRawLongBits(x) < 0)) ? -r : r;
        }
        if (x < 0 && !yIsInt) return Double.NaN;
        double r;
        if (yIsInt && Math.abs(y) <= 64) {
            long n = (long) Math.abs(y);
            double b = ax, acc = 1.0;
            while (n != 0) {
                if ((n & 1) != 0) acc *= b;
                b *= b;
                n >>= 1;
            }
            r = y < 0 ? 1.0 / acc : acc;
        } else {
            r = StrictMath.exp(y * StrictMath.log(ax));
        }
        return (x < 0 && yIsOdd) ? -r : r;
    }

    static double expm1(double x) {
        if (x != x) return x;
        if (x == 0.0) return x;
        double u = StrictMath.exp(x);
        if (u == 1.0) return x;
        double um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        if (Double.isInfinite(u)) return u;
        return um1 * x / StrictMath.log(u);
    }

    static double log1p(double x) {
        if (x != x) return x;
        if (x == 0.0) return x;
        double u = 1.0 + x;
        if (u == 1.0) return x;
        if (Double.isInfinite(u)) return u;
        return StrictMath.log(u) * x / (u - 1.0);
    }

    static double sinh(double x) {
        if (x != x || x == 0.0 || Double.isInfinite(x)) return x;
        double a = Math.abs(x);
        double r;
        if (a < 22) {
            double t = expm1(a);
            r = 0.5 * (t + t / (t + 1.0));
        } else if (a < 709.78) {
            r = 0.5 * StrictMath.exp(a);
        } else {
            double w = StrictMath.exp(0.5 * a);
            r = (0.5 * w) * w;
        }
        return x < 0 ? -r : r;
    }

    static double cosh(double x) {
        if (x != x) return x;
        double a = Math.abs(x);
        if (a < 22) {
            double t = StrictMath.exp(a);
            return 0.5 * t + 0.5 / t;
        } else if (a < 709.78) {
            return 0.5 * StrictMath.exp(a);
        }
        double w = StrictMath.exp(0.5 * a);
        return (0.5 * w) * w;
    }

    static double tanh(double x) {
        if (x != x || x == 0.0) return x;
        double a = Math.abs(x);
        double r;
        if (a >= 22) {
            r = 1.0;
        } else {
            double t = expm1(2.0 * a);
            r = t / (t + 2.0);
        }
        return x < 0 ? -r : r;
    }
}
