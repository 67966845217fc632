/*
 * Ember class library: argument reduction x mod pi/2 for |x| > 2^19*pi/2.
 * Computes the exact remainder with the bits of 2/pi (derived at first use from a fixed-point
 * evaluation of pi by Machin's formula) and returns it as y[0] + y[1] rounded to nearest,
 * which agrees with fdlibm's __kernel_rem_pio2 except possibly in rare last-bit cases.
 */
package java.lang;

final class LargeReduction {
    private LargeReduction() { }

    private static final int PREC = 1400;        // bits of 2/pi kept (fraction bits)
    private static final FloatingToString.Big TWO_OVER_PI = twoOverPi();

    /** floor(2/pi * 2^PREC) */
    private static FloatingToString.Big twoOverPi() {
        int w = PREC + 64;
        // pi * 2^w = 16*atan(1/5) - 4*atan(1/239), fixed point
        FloatingToString.Big pi = sub(atanInv(5, w).mulSmall(16), atanInv(239, w).mulSmall(4));
        // 2^(PREC+w+1) / pi
        FloatingToString.Big num = FloatingToString.Big.ofLong(1).shl(PREC + w + 1);
        return div(num, pi);
    }

    /** atan(1/k) * 2^w by the Taylor series */
    private static FloatingToString.Big atanInv(int k, int w) {
        FloatingToString.Big term = div(FloatingToString.Big.ofLong(1).shl(w), FloatingToString.Big.ofLong(k));
        FloatingToString.Big sumPos = term.copy();
        FloatingToString.Big sumNeg = FloatingToString.Big.ofLong(0);
        long k2 = (long) k * k;
        for (int n = 1; !term.isZero(); n++) {
            term = div(term, FloatingToString.Big.ofLong(k2));
            FloatingToString.Big t = div(term, FloatingToString.Big.ofLong(2L * n + 1));
            if ((n & 1) == 1) sumNeg = add(sumNeg, t); else sumPos = add(sumPos, t);
        }
        return sub(sumPos, sumNeg);
    }

    private static FloatingToString.Big add(FloatingToString.Big a, FloatingToString.Big b) {
        int len = Math.max(a.n, b.n) + 1;
        FloatingToString.Big r = new FloatingToString.Big(len);
        long carry = 0;
        for (int i = 0; i < len; i++) {
            long x = (i < a.n ? a.d[i] & 0xffffffffL : 0) + (i < b.n ? b.d[i] & 0xffffffffL : 0) + carry;
            r.d[i] = (int) x;
            carry = x >>> 32;
        }
        r.n = len;
        r.trim();
        return r;
    }

    private static FloatingToString.Big sub(FloatingToString.Big a, FloatingToString.Big b) {
        FloatingToString.Big r = a.copy();
        r.sub(b);
        return r;
    }

    /** floor(a / b) by binary long division */
    private static FloatingToString.Big div(FloatingToString.Big a, FloatingToString.Big b) {
        FloatingToString.Big rem = a.copy();
        int shift = a.bitLength() - b.bitLength();
        FloatingToString.Big q = new FloatingToString.Big(shift / 32 + 2);
        if (shift < 0) return q;
        FloatingToString.Big t = b.copy().shl(shift);
        q.n = shift / 32 + 1;
        for (int i = shift; i >= 0; i--) {
            if (rem.cmp(t) >= 0) {
                rem.sub(t);
                q.d[i >>> 5] |= 1 << (i & 31);
            }
            // t >>= 1
            int[] d = t.d;
            for (int j = 0; j < t.n; j++) d[j] = (d[j] >>> 1) | (j + 1 < t.n ? d[j + 1] << 31 : 0);
            t.trim();
        }
        q.trim();
        return q;
    }

    static int reduce(double x, double[] y) {
        long bits = Double.doubleToRawLongBits(x);
        boolean neg = bits < 0;
        int e = (int) (bits >>> 52) & 0x7ff;
        long m = (bits & 0xfffffffffffffL) | (1L << 52);
        int e2 = e - 1075;                         // x = m * 2^e2, e2 >= -30 here
        // x * 2/pi = m * T * 2^(e2 - PREC); integer part n, fraction f
        FloatingToString.Big prod = TWO_OVER_PI.copy();
        prod.mulSmall((int) (m >>> 26));
        prod.shl(26);
        FloatingToString.Big low = TWO_OVER_PI.copy();
        low.mulSmall((int) (m & 0x3ffffff));
        prod = add(prod, low);
        int fracBits = PREC - e2;                  // binary point position in prod
        long n = prod.bits(fracBits, 2);           // n mod 4
        // fraction: take the 128 bits below the point
        long f1 = prod.bits(fracBits - 63, 63);
        long f2 = prod.bits(fracBits - 126, 63);
        // round to nearest quadrant: fraction >= 1/2 -> n+1, f-1
        boolean up = (f1 >>> 62) != 0;
        double fhi = (double) f1 * 0x1.0p-63 + (double) f2 * 0x1.0p-126;
        double flo = ((double) f1 * 0x1.0p-63 - (fhi - (double) f2 * 0x1.0p-126));
        if (up) {
            n++;
            fhi = fhi - 1.0;
        }
        // r = f * pi/2 in double-double
        double pio2hi = 1.5707963267948966, pio2lo = 6.123233995736766e-17;
        double a = fhi * pio2hi;
        double err = Math.fma(fhi, pio2hi, -a) + fhi * pio2lo + flo * pio2hi;
        double r0 = a + err;
        double r1 = err - (r0 - a);
        if (neg) {
            r0 = -r0;
            r1 = -r1;
            n = -n;
        }
        y[0] = r0;
        y[1] = r1;
        return (int) n;
    }
}
