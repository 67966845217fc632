/*
 * Ember class library: exact IEEE 754 remainder (StrictMath.IEEEremainder).  The result is
 * always exactly representable, so it is computed with integer arithmetic on the significands.
 */
package java.lang;

final class Remainder {
    private Remainder() { }

    static double ieeeRemainder(double x, double p) {
        if (x != x || p != p || Double.isInfinite(x) || p == 0.0) return (x * p) / (x * p);
        if (Double.isInfinite(p) || x == 0.0) return x;
        long bx = Double.doubleToRawLongBits(x), bp = Double.doubleToRawLongBits(p);
        boolean neg = bx < 0;
        int ex = (int) (bx >>> 52) & 0x7ff, ep = (int) (bp >>> 52) & 0x7ff;
        long mx = bx & 0xfffffffffffffL, mp = bp & 0xfffffffffffffL;
        if (ex == 0) ex = 1; else mx |= 1L << 52;
        if (ep == 0) ep = 1; else mp |= 1L << 52;
        // r = |x| mod |p| computed exactly, q parity tracked; scale exponents to ep
        long r = mx;
        boolean qOdd = false;
        if (ex >= ep) {
            int d = ex - ep;
            r = mx % mp;
            for (int i = 0; i < d; i++) {
                r <<= 1;
                if (r >= mp) {
                    r -= mp;
                    qOdd = true;
                } else {
                    qOdd = false;
                }
            }
            if (d == 0) qOdd = ((mx / mp) & 1) != 0;
            // value = r * 2^(ep-1075); compare 2r with mp
            long twice = r << 1;
            if (twice > mp || (twice == mp && qOdd)) r -= mp;
            double res = scaled(r, ep);
            return neg ? -res : res;
        } else {
            // |x| < |p|: remainder is x or x - sign*p if |x| > |p|/2
            double ax = Math.abs(x), ap = Math.abs(p);
            double res;
            if (ex + 1 < ep) {
                res = ax;                              // |x| < |p|/2
            } else {
                // exact comparison 2|x| vs |p| (2|x| does not overflow here)
                double t = ax * 2.0;
                res = (t > ap) ? ax - ap : ax;         // ax - ap exact (Sterbenz)
            }
            return neg ? -res : res;
        }
    }

    private static double scaled(long r, int e) {
        if (r == 0) return 0.0;
        boolean neg = r < 0;
        if (neg) r = -r;
        long bits = FloatingParser.round(r, false, 1075 - e, false);
        double d = Double.longBitsToDouble(bits);
        return neg ? -d : d;
    }
}
