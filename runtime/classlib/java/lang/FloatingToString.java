/*
 * Ember class library: binary -> decimal conversion of double/float.
 *
 * Reproduces the output of JDK 17's Double.toString / Float.toString bit for bit.  JDK 17 does
 * not print the shortest decimal; it uses a Steele & White style free-format digit generator
 * with these observable properties (all verified differentially against HotSpot, see
 * tests/classlib/numbers):
 *   - integral values below 2^63 are printed from the exact integer, with
 *     floor((e - p - 1) * log10(2)) low-order digits rounded away (half-up) when the binary
 *     exponent e exceeds the precision p (53 for double, 24 for float);
 *   - otherwise digits are generated one at a time from v / 10^k with k = an estimate of
 *     floor(log10 v) (tangent-line estimate, possibly one too high), stopping as soon as the
 *     remainder is within M below ("low") or within M of the next digit ("high"), where M is
 *     half an ulp, or a quarter of an ulp at exact powers of two; if both, the nearer wins
 *     (ties to an even last digit);
 *   - in the E-notation range (and always in "non-compatible" mode used by Formatter) at least
 *     two digits are generated;
 *   - a carry out of the leading digit keeps the digit count (e.g. "99" -> "10").
 * The class is public only so that java.util.Formatter can use digitsOf(); it is not API.
 */
package java.lang;

public final class FloatingToString {
    private FloatingToString() { }

    /** Decimal digits of a finite non-zero value: value = 0.d1d2...dn * 10^decExponent. */
    public static final class Digits {
        public final char[] digits = new char[32];
        public int nDigits;
        public int decExponent;
        public boolean negative;
        /** the digits are exactly the binary value */
        public boolean exact;
        /** the last digit was rounded up */
        public boolean roundedUp;
    }

    private static final int[] INSIG = new int[64];
    private static final long[] POW10 = new long[19];
    private static final long[] POW5 = new long[28];
    /** bit length of 5^i */
    private static final int[] N5BITS = new int[27];
    static {
        for (int i = 0; i < 64; i++) INSIG[i] = (int) (i * 0.3010299956639812);
        long p = 1;
        for (int i = 0; i < 19; i++) { POW10[i] = p; p *= 10; }
        p = 1;
        for (int i = 0; i < 28; i++) { POW5[i] = p; p *= 5; }
        for (int i = 0; i < N5BITS.length; i++) N5BITS[i] = 64 - Long.numberOfLeadingZeros(POW5[i]);
    }

    // ---------------------------------------------------------------- public entry points

    public static String toString(double d) {
        char[] buf = new char[26];
        int n = getChars(d, buf, 0);
        return new String(buf, 0, n);
    }

    public static String toString(float f) {
        char[] buf = new char[26];
        int n = getChars(f, buf, 0);
        return new String(buf, 0, n);
    }

    /** Writes Double.toString(d) into buf at off (needs at most 25 chars); returns the end offset. */
    public static int getChars(double d, char[] buf, int off) {
        long bits = Double.doubleToRawLongBits(d);
        int e = (int) (bits >>> 52) & 0x7ff;
        long f = bits & 0xfffffffffffffL;
        boolean neg = bits < 0;
        if (e == 0x7ff) return special(f != 0, neg, buf, off);
        if (e == 0 && f == 0) return zero(neg, buf, off);
        Digits dg = new Digits();
        dg.negative = neg;
        int nSig;
        if (e == 0) {
            int lz = Long.numberOfLeadingZeros(f);
            int shift = lz - 11;
            f <<= shift;
            e = 1 - shift;
            nSig = 64 - lz;
        } else {
            f |= 1L << 52;
            nSig = 53;
        }
        dtoa(dg, e - 1023, f, nSig, true);
        return format(dg, buf, off);
    }

    /** Writes Float.toString(v) into buf at off; returns the end offset. */
    public static int getChars(float v, char[] buf, int off) {
        int bits = Float.floatToRawIntBits(v);
        int e = (bits >>> 23) & 0xff;
        int f = bits & 0x7fffff;
        boolean neg = bits < 0;
        if (e == 0xff) return special(f != 0, neg, buf, off);
        if (e == 0 && f == 0) return zero(neg, buf, off);
        Digits dg = new Digits();
        dg.negative = neg;
        int nSig;
        if (e == 0) {
            int lz = Integer.numberOfLeadingZeros(f);
            int shift = lz - 8;
            f <<= shift;
            e = 1 - shift;
            nSig = 32 - lz;
        } else {
            f |= 1 << 23;
            nSig = 24;
        }
        dtoa(dg, e - 127, ((long) f) << 29, nSig, true);
        return format(dg, buf, off);
    }

    /**
     * Digits of a finite, non-zero double as used by java.util.Formatter (compat=false forces at
     * least two digits) or by toString (compat=true).
     */
    public static Digits digitsOf(double d, boolean compat) {
        long bits = Double.doubleToRawLongBits(d);
        int e = (int) (bits >>> 52) & 0x7ff;
        long f = bits & 0xfffffffffffffL;
        Digits dg = new Digits();
        dg.negative = bits < 0;
        if (e == 0x7ff) throw new IllegalArgumentException();
        if (e == 0 && f == 0) {
            dg.digits[0] = '0';
            dg.nDigits = 1;
            dg.decExponent = 0;
            dg.exact = true;
            return dg;
        }
        int nSig;
        if (e == 0) {
            int lz = Long.numberOfLeadingZeros(f);
            int shift = lz - 11;
            f <<= shift;
            e = 1 - shift;
            nSig = 64 - lz;
        } else {
            f |= 1L << 52;
            nSig = 53;
        }
        dtoa(dg, e - 1023, f, nSig, compat);
        return dg;
    }

    /** As digitsOf(double, boolean) for a float. */
    public static Digits digitsOf(float v, boolean compat) {
        int bits = Float.floatToRawIntBits(v);
        int e = (bits >>> 23) & 0xff;
        int f = bits & 0x7fffff;
        Digits dg = new Digits();
        dg.negative = bits < 0;
        if (e == 0xff) throw new IllegalArgumentException();
        if (e == 0 && f == 0) {
            dg.digits[0] = '0';
            dg.nDigits = 1;
            dg.decExponent = 0;
            dg.exact = true;
            return dg;
        }
        int nSig;
        if (e == 0) {
            int lz = Integer.numberOfLeadingZeros(f);
            int shift = lz - 8;
            f <<= shift;
            e = 1 - shift;
            nSig = 32 - lz;
        } else {
            f |= 1 << 23;
            nSig = 24;
        }
        dtoa(dg, e - 127, ((long) f) << 29, nSig, compat);
        return dg;
    }

    // ---------------------------------------------------------------- formatting

    private static int special(boolean nan, boolean neg, char[] buf, int off) {
        String s = nan ? "NaN" : (neg ? "-Infinity" : "Infinity");
        for (int i = 0; i < s.length(); i++) buf[off++] = s.charAt(i);
        return off;
    }

    private static int zero(boolean neg, char[] buf, int off) {
        if (neg) buf[off++] = '-';
        buf[off++] = '0';
        buf[off++] = '.';
        buf[off++] = '0';
        return off;
    }

    private static int format(Digits dg, char[] buf, int i) {
        char[] dig = dg.digits;
        int n = dg.nDigits;
        int de = dg.decExponent;
        if (dg.negative) buf[i++] = '-';
        if (de > 0 && de < 8) {
            int intLen = n < de ? n : de;
            for (int k = 0; k < intLen; k++) buf[i++] = dig[k];
            if (intLen < de) {
                for (int k = intLen; k < de; k++) buf[i++] = '0';
                buf[i++] = '.';
                buf[i++] = '0';
            } else {
                buf[i++] = '.';
                if (intLen < n) {
                    for (int k = intLen; k < n; k++) buf[i++] = dig[k];
                } else {
                    buf[i++] = '0';
                }
            }
        } else if (de <= 0 && de > -3) {
            buf[i++] = '0';
            buf[i++] = '.';
            for (int k = de; k < 0; k++) buf[i++] = '0';
            for (int k = 0; k < n; k++) buf[i++] = dig[k];
        } else {
            buf[i++] = dig[0];
            buf[i++] = '.';
            if (n > 1) {
                for (int k = 1; k < n; k++) buf[i++] = dig[k];
            } else {
                buf[i++] = '0';
            }
            buf[i++] = 'E';
            int e;
            if (de <= 0) {
                buf[i++] = '-';
                e = 1 - de;
            } else {
                e = de - 1;
            }
            if (e >= 100) {
                buf[i++] = (char) ('0' + e / 100);
                e %= 100;
                buf[i++] = (char) ('0' + e / 10);
                buf[i++] = (char) ('0' + e % 10);
            } else if (e >= 10) {
                buf[i++] = (char) ('0' + e / 10);
                buf[i++] = (char) ('0' + e % 10);
            } else {
                buf[i++] = (char) ('0' + e);
            }
        }
        return i;
    }

    // ---------------------------------------------------------------- digit generation

    /**
     * value = f * 2^(binExp - 52), f has its leading one at bit 52; nSig = number of significant
     * bits of the original format (half an ulp is 2^(binExp - nSig)).
     */
    static void dtoa(Digits dg, int binExp, long f, int nSig, boolean compat) {
        int tz = Long.numberOfTrailingZeros(f);
        int nFractBits = 53 - tz;              // significant bits of f
        int nTiny = nFractBits - binExp - 1;    // bits right of the binary point
        if (nTiny < 0) nTiny = 0;
        dg.exact = false;
        dg.roundedUp = false;
        if (nTiny == 0 && binExp <= 62) {
            // integral value below 2^63
            int insig = 0;
            if (binExp > nSig) {
                int p2 = binExp - nSig - 1;
                if (p2 > 1) insig = INSIG[p2];
            }
            long lv = binExp >= 52 ? f << (binExp - 52) : f >>> (52 - binExp);
            longDigits(dg, lv, insig);
            return;
        }

        int decExp = estimateDecExp(f, binExp);
        int b5 = decExp < 0 ? -decExp : 0;
        int b2 = b5 + nTiny + binExp;
        int s5 = decExp > 0 ? decExp : 0;
        int s2 = s5 + nTiny;
        int m5 = b5;
        int m2 = b2 - nSig;
        long fb = f >>> tz;
        b2 -= nFractBits - 1;
        int common = b2 < s2 ? b2 : s2;
        b2 -= common;
        s2 -= common;
        m2 -= common;
        if (nFractBits == 1) m2 -= 1;           // power of two: lower neighbour is closer
        if (m2 < 0) {
            b2 -= m2;
            s2 -= m2;
            m2 = 0;
        }

        char[] digits = dg.digits;
        int nd = 0;
        boolean low, high;
        int cmp2;      // sign of 2*b - tens at the end
        boolean exactEnd;

        // Path selection and int/long wrap-around exactly as in JDK 17: the fixed-width paths can
        // overflow in "b + m > tens" (observable: e.g. Float.toString(0x1p83f) ends in ...65).
        int bBits = (64 - Long.numberOfLeadingZeros(fb)) + b2 + (b5 < N5BITS.length ? N5BITS[b5] : b5 * 3);
        int tenSBits = s2 + 1 + (s5 + 1 < N5BITS.length ? N5BITS[s5 + 1] : (s5 + 1) * 3);
        if (bBits < 32 && tenSBits < 32) {
            int b = ((int) fb * (int) POW5[b5]) << b2;
            int s = (int) POW5[s5] << s2;
            int m = (int) POW5[m5] << m2;
            int tens = s * 10;
            int q = b / s;
            b = 10 * (b % s);
            m *= 10;
            low = b < m;
            high = b + m > tens;
            if (q == 0 && !high) {
                decExp--;
            } else {
                digits[nd++] = (char) ('0' + q);
            }
            if (!compat || decExp < -3 || decExp >= 8) {
                high = low = false;
            }
            while (!low && !high) {
                q = b / s;
                b = 10 * (b % s);
                m *= 10;
                if (m > 0) {
                    low = b < m;
                    high = b + m > tens;
                } else {
                    low = true;
                    high = true;
                }
                digits[nd++] = (char) ('0' + q);
            }
            int diff = (b << 1) - tens;   // int wrap-around as in JDK 17
            cmp2 = diff > 0 ? 1 : (diff < 0 ? -1 : 0);
            exactEnd = b == 0;
        } else if (bBits < 64 && tenSBits < 64) {
            long b = fb * POW5[b5] << b2;
            long s = POW5[s5] << s2;
            long m = POW5[m5] << m2;
            long tens = s * 10;
            int q = (int) (b / s);
            b = 10 * (b % s);
            m *= 10;
            low = b < m;
            high = b + m > tens;
            if (q == 0 && !high) {
                decExp--;
            } else {
                digits[nd++] = (char) ('0' + q);
            }
            if (!compat || decExp < -3 || decExp >= 8) {
                high = low = false;
            }
            while (!low && !high) {
                q = (int) (b / s);
                b = 10 * (b % s);
                m *= 10;
                if (m > 0L) {
                    low = b < m;
                    high = b + m > tens;
                } else {
                    low = true;
                    high = true;
                }
                digits[nd++] = (char) ('0' + q);
            }
            long diff = (b << 1) - tens;
            cmp2 = diff > 0 ? 1 : (diff < 0 ? -1 : 0);
            exactEnd = b == 0;
        } else {
            Big b = Big.ofLong(fb).mulPow5(b5).shl(b2);
            Big s = Big.ofLong(1).mulPow5(s5).shl(s2);
            Big m = Big.ofLong(1).mulPow5(m5).shl(m2);
            Big tens = s.copy().mulSmall(10);
            int q = b.divRemSmall(s);
            b.mulSmall(10);
            m.mulSmall(10);
            low = b.cmp(m) < 0;
            high = Big.addCmp(b, m, tens) > 0;
            if (q == 0 && !high) {
                decExp--;
            } else {
                digits[nd++] = (char) ('0' + q);
            }
            if (!compat || decExp < -3 || decExp >= 8) {
                high = low = false;
            }
            while (!low && !high) {
                q = b.divRemSmall(s);
                b.mulSmall(10);
                m.mulSmall(10);
                low = b.cmp(m) < 0;
                high = Big.addCmp(b, m, tens) > 0;
                digits[nd++] = (char) ('0' + q);
            }
            cmp2 = b.copy().shl(1).cmp(tens);
            exactEnd = b.isZero();
        }
        dg.decExponent = decExp + 1;
        dg.nDigits = nd;
        dg.exact = exactEnd;
        if (high) {
            if (low) {
                if (cmp2 == 0) {
                    if ((digits[nd - 1] & 1) != 0) roundup(dg);
                } else if (cmp2 > 0) {
                    roundup(dg);
                }
            } else {
                roundup(dg);
            }
        }
    }

    private static int bitLen(long v) {
        return 64 - Long.numberOfLeadingZeros(v);
    }

    private static void roundup(Digits dg) {
        char[] d = dg.digits;
        int i = dg.nDigits - 1;
        char q = d[i];
        if (q == '9') {
            while (q == '9' && i > 0) {
                d[i] = '0';
                q = d[--i];
            }
            if (q == '9') {
                dg.decExponent += 1;
                d[0] = '1';
                return;
            }
        }
        d[i] = (char) (q + 1);
        dg.roundedUp = true;
    }

    private static void longDigits(Digits dg, long lv, int insig) {
        int decExp = 0;
        if (insig != 0) {
            long p = POW10[insig];
            long r = lv % p;
            lv /= p;
            decExp += insig;
            if (r >= (p >> 1)) lv++;
        }
        // strip trailing zeros
        while (lv % 10 == 0) {
            lv /= 10;
            decExp++;
        }
        char[] tmp = new char[20];
        int n = 0;
        while (lv != 0) {
            tmp[n++] = (char) ('0' + (int) (lv % 10));
            lv /= 10;
        }
        char[] d = dg.digits;
        for (int k = 0; k < n; k++) d[k] = tmp[n - 1 - k];
        dg.nDigits = n;
        dg.decExponent = decExp + n;
        dg.exact = insig == 0;
    }

    /** floor of a tangent-line estimate of log10(f * 2^(binExp-52)); never too low. */
    private static int estimateDecExp(long f, int binExp) {
        double d2 = Double.longBitsToDouble(0x3ff0000000000000L | (f & 0xfffffffffffffL));
        double d = (d2 - 1.5D) * 0.289529654D + 0.176091259 + (double) binExp * 0.301029995663981;
        return (int) Math.floor(d);
    }

    // ---------------------------------------------------------------- minimal bignum

    /** Unsigned arbitrary-precision integer, little-endian 32-bit limbs. */
    static final class Big {
        int[] d;
        int n;      // number of used limbs; value 0 has n == 0

        Big(int cap) { d = new int[cap < 2 ? 2 : cap]; }

        static Big ofLong(long v) {
            Big b = new Big(4);
            b.d[0] = (int) v;
            b.d[1] = (int) (v >>> 32);
            b.n = 2;
            b.trim();
            return b;
        }

        Big copy() {
            Big c = new Big(d.length);
            System.arraycopy(d, 0, c.d, 0, n);
            c.n = n;
            return c;
        }

        boolean isZero() { return n == 0; }

        void trim() {
            while (n > 0 && d[n - 1] == 0) n--;
        }

        void ensure(int cap) {
            if (d.length < cap) {
                int[] nd = new int[cap + 4];
                System.arraycopy(d, 0, nd, 0, n);
                d = nd;
            }
        }

        Big mulSmall(int m) {
            long carry = 0;
            long mm = m & 0xffffffffL;
            for (int i = 0; i < n; i++) {
                long p = (d[i] & 0xffffffffL) * mm + carry;
                d[i] = (int) p;
                carry = p >>> 32;
            }
            if (carry != 0) {
                ensure(n + 1);
                d[n++] = (int) carry;
            }
            return this;
        }

        Big addSmall(int a) {
            long carry = a & 0xffffffffL;
            for (int i = 0; i < n && carry != 0; i++) {
                long s = (d[i] & 0xffffffffL) + carry;
                d[i] = (int) s;
                carry = s >>> 32;
            }
            if (carry != 0) {
                ensure(n + 1);
                d[n++] = (int) carry;
            }
            return this;
        }

        Big mulPow5(int k) {
            while (k >= 13) {
                mulSmall(1220703125);   // 5^13
                k -= 13;
            }
            if (k > 0) mulSmall((int) POW5[k]);
            return this;
        }

        Big mulPow10(int k) {
            while (k >= 9) {
                mulSmall(1000000000);
                k -= 9;
            }
            if (k > 0) mulSmall((int) POW10[k]);
            return this;
        }

        Big shl(int s) {
            if (n == 0 || s == 0) return this;
            int w = s >>> 5, bits = s & 31;
            ensure(n + w + 1);
            if (bits == 0) {
                for (int i = n - 1; i >= 0; i--) d[i + w] = d[i];
            } else {
                d[n + w] = d[n - 1] >>> (32 - bits);
                for (int i = n - 1; i > 0; i--) {
                    d[i + w] = (d[i] << bits) | (d[i - 1] >>> (32 - bits));
                }
                d[w] = d[0] << bits;
            }
            for (int i = 0; i < w; i++) d[i] = 0;
            n = n + w + 1;
            trim();
            return this;
        }

        int bitLength() {
            if (n == 0) return 0;
            return (n - 1) * 32 + 32 - Integer.numberOfLeadingZeros(d[n - 1]);
        }

        boolean testBit(int i) {
            int w = i >>> 5;
            return w < n && ((d[w] >>> (i & 31)) & 1) != 0;
        }

        /** true if any bit below position i is set */
        boolean anyBitBelow(int i) {
            int w = i >>> 5;
            for (int k = 0; k < w && k < n; k++) if (d[k] != 0) return true;
            if (w < n && (i & 31) != 0 && (d[w] << (32 - (i & 31))) != 0) return true;
            return false;
        }

        /** bits [lo, lo+len) as a long, len <= 63 */
        long bits(int lo, int len) {
            long r = 0;
            for (int k = len - 1; k >= 0; k--) r = (r << 1) | (testBit(lo + k) ? 1 : 0);
            return r;
        }

        int cmp(Big o) {
            if (n != o.n) return n < o.n ? -1 : 1;
            for (int i = n - 1; i >= 0; i--) {
                if (d[i] != o.d[i]) {
                    return (d[i] & 0xffffffffL) < (o.d[i] & 0xffffffffL) ? -1 : 1;
                }
            }
            return 0;
        }

        /** sign of (a + b) - c */
        static int addCmp(Big a, Big b, Big c) {
            int len = Math.max(a.n, b.n) + 1;
            if (c.n > len) return -1;
            int[] s = new int[len];
            long carry = 0;
            for (int i = 0; i < len; i++) {
                long x = (i < a.n ? a.d[i] & 0xffffffffL : 0) + (i < b.n ? b.d[i] & 0xffffffffL : 0) + carry;
                s[i] = (int) x;
                carry = x >>> 32;
            }
            for (int i = len - 1; i >= 0; i--) {
                long x = s[i] & 0xffffffffL;
                long y = i < c.n ? c.d[i] & 0xffffffffL : 0;
                if (x != y) return x < y ? -1 : 1;
            }
            return 0;
        }

        /** this -= o (requires this >= o) */
        void sub(Big o) {
            long borrow = 0;
            for (int i = 0; i < n; i++) {
                long x = (d[i] & 0xffffffffL) - (i < o.n ? o.d[i] & 0xffffffffL : 0) - borrow;
                d[i] = (int) x;
                borrow = (x >>> 63);
            }
            trim();
        }

        /** q = this / s for a small quotient (< 2^31); this becomes the remainder. */
        int divRemSmall(Big s) {
            if (cmp(s) < 0) return 0;
            // estimate from leading bits
            int sh = bitLength() - 62;
            if (sh < 0) sh = 0;
            long top = bits(sh, bitLength() - sh);
            long sTop = sh >= s.bitLength() ? 0 : s.bits(sh, s.bitLength() - sh);
            long q = sTop == 0 ? 0 : top / (sTop + 1);
            if (q > 0) {
                Big t = s.copy();
                mulSmallSub(t, q);
            }
            while (cmp(s) >= 0) {
                sub(s);
                q++;
            }
            return (int) q;
        }

        private void mulSmallSub(Big t, long q) {
            // this -= t * q, q < 2^32
            t.mulSmall((int) q);
            sub(t);
        }
    }
}
