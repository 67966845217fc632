/*
 * Ember class library: exact fused multiply-add (Math.fma) by integer arithmetic:
 * a*b + c is computed exactly and rounded once (round-half-even).
 */
package java.lang;

final class Fma {
    private Fma() { }

    static double fma(double a, double b, double c) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) return a * b + c;
        if (!Double.isFinite(c)) return c + c;         // finite exact product + inf/NaN (NaN quieted)
        if (a == 0.0 || b == 0.0) return a * b + c;     // exact product: IEEE sum is the answer
        return Double.longBitsToDouble(exact(a, b, c, false));
    }

    static float fmaFloat(float a, float b, float c) {
        if (Float.isFinite(a) && Float.isFinite(b) && !Float.isFinite(c)) return c + c;
        if (!Float.isFinite(a) || !Float.isFinite(b) || !Float.isFinite(c) || a == 0.0f || b == 0.0f) {
            return (float) ((double) a * (double) b + (double) c);
        }
        return Float.intBitsToFloat((int) exact(a, b, c, true));
    }

    /** bits of a*b + c rounded once to double (or float if single); a, b non-zero finite */
    private static long exact(double a, double b, double c, boolean single) {
        long ba = Double.doubleToRawLongBits(a), bb = Double.doubleToRawLongBits(b);
        long bc = Double.doubleToRawLongBits(c);
        boolean negP = (ba ^ bb) < 0;
        int ea = exp(ba), eb = exp(bb);
        long ma = mant(ba), mb = mant(bb);
        // product = ma*mb * 2^(ea+eb), ma*mb < 2^106
        FloatingToString.Big p = FloatingToString.Big.ofLong(ma);
        mulLong(p, mb);
        int ep = ea + eb;
        if (c == 0.0) {
            return toBits(p, ep, negP, single);
        }
        boolean negC = bc < 0;
        int ec = exp(bc);
        FloatingToString.Big cc = FloatingToString.Big.ofLong(mant(bc));
        int emin = Math.min(ep, ec);
        p.shl(ep - emin);
        cc.shl(ec - emin);
        FloatingToString.Big r;
        boolean neg;
        if (negP == negC) {
            r = add(p, cc);
            neg = negP;
        } else {
            int cmp = p.cmp(cc);
            if (cmp == 0) return 0;
            if (cmp > 0) { p.sub(cc); r = p; neg = negP; } else { cc.sub(p); r = cc; neg = negC; }
        }
        return toBits(r, emin, neg, single);
    }

    private static int exp(long bits) {
        int e = (int) (bits >>> 52) & 0x7ff;
        return (e == 0 ? 1 : e) - 1075;
    }

    private static long mant(long bits) {
        long m = bits & 0x000fffffffffffffL;
        return ((bits >>> 52) & 0x7ff) == 0 ? m : m | (1L << 52);
    }

    private static void mulLong(FloatingToString.Big p, long m) {
        FloatingToString.Big hi = p.copy();
        hi.mulSmall((int) (m >>> 32));
        hi.shl(32);
        p.mulSmall((int) m);
        // p = p*lo + hi (lo treated unsigned by mulSmall)
        FloatingToString.Big s = add(p, hi);
        p.d = s.d;
        p.n = s.n;
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

    /** rounds r * 2^e to double */
    private static long toBits(FloatingToString.Big r, int e, boolean neg, boolean single) {
        int bl = r.bitLength();
        long q;
        boolean sticky;
        int s;
        if (bl > 62) {
            int drop = bl - 62;
            q = r.bits(drop, 62);
            sticky = r.anyBitBelow(drop);
            s = -(e + drop);
        } else {
            q = r.bits(0, bl);
            sticky = false;
            s = -e;
        }
        long bits = FloatingParser.round(q, sticky, s, single);
        return bits | (neg ? (single ? 0x80000000L : 0x8000000000000000L) : 0);
    }
}
