/*
 * Ember class library: decimal/hexadecimal string -> double/float conversion for
 * Double.parseDouble / Float.parseFloat (and valueOf).  Results are correctly rounded
 * (round-half-even) directly to the target format (no double rounding for float), which is
 * what HotSpot 17 produces; the accepted grammar and the NumberFormatException messages match
 * JDK 17.  Verified by tests/classlib/numbers/ParseDiff.java.
 */
package java.lang;

final class FloatingParser {
    private FloatingParser() { }

    private static final int MAX_DIGITS = 800;    // > 767 significant digits needed for doubles
    private static final double[] TENS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final float[] FTENS = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    static double parseDouble(String in) {
        return Double.longBitsToDouble(parse(in, false));
    }

    static float parseFloat(String in) {
        return Float.intBitsToFloat((int) parse(in, true));
    }

    private static NumberFormatException bad(String s) {
        return new NumberFormatException("For input string: \"" + s + "\"");
    }

    /** Returns the raw bits of the double (or, if single, of the float). */
    private static long parse(String in, boolean single) {
        in = in.trim();
        int len = in.length();
        if (len == 0) throw new NumberFormatException("empty String");
        int i = 0;
        boolean neg = false;
        char c = in.charAt(0);
        if (c == '-' || c == '+') {
            neg = c == '-';
            i++;
            if (i == len) throw bad(in);
            c = in.charAt(i);
        }
        long sign = neg ? (single ? 0x80000000L : 0x8000000000000000L) : 0;
        if (c == 'N') {
            if (len - i == 3 && in.startsWith("NaN", i)) return single ? 0x7fc00000L : 0x7ff8000000000000L;
            throw bad(in);
        }
        if (c == 'I') {
            if (len - i == 8 && in.startsWith("Infinity", i)) return sign | (single ? 0x7f800000L : 0x7ff0000000000000L);
            throw bad(in);
        }
        if (c == '0' && i + 1 < len && (in.charAt(i + 1) == 'x' || in.charAt(i + 1) == 'X')) {
            return sign | parseHex(in, i + 2, single);
        }

        // decimal
        char[] digits = new char[MAX_DIGITS + 1];
        int nd = 0;             // significant digits stored
        boolean nonZeroDropped = false;
        long decExp = 0;        // value = 0.digits * 10^decExp (before the exponent part)
        boolean seenDigit = false, seenDot = false;
        boolean leading = true; // still skipping leading zeros
        for (; i < len; i++) {
            c = in.charAt(i);
            if (c >= '0' && c <= '9') {
                seenDigit = true;
                if (leading && c == '0') {
                    if (seenDot) decExp--;
                    continue;
                }
                leading = false;
                if (nd < MAX_DIGITS) {
                    digits[nd++] = c;
                } else if (c != '0') {
                    nonZeroDropped = true;
                }
                if (!seenDot) decExp++;
            } else if (c == '.') {
                if (seenDot) throw new NumberFormatException("multiple points");
                seenDot = true;
            } else {
                break;
            }
        }
        if (!seenDigit) throw bad(in);
        if (i < len && ((c = in.charAt(i)) == 'e' || c == 'E')) {
            i++;
            int esign = 1;
            if (i < len && ((c = in.charAt(i)) == '+' || c == '-')) {
                if (c == '-') esign = -1;
                i++;
            }
            int start = i;
            long ev = 0;
            for (; i < len; i++) {
                c = in.charAt(i);
                if (c < '0' || c > '9') break;
                if (ev < 100000000000L) ev = ev * 10 + (c - '0');
            }
            if (i == start) throw bad(in);
            decExp += esign * ev;
        }
        if (i < len) {
            c = in.charAt(i);
            if (i != len - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) throw bad(in);
        }
        if (nd == 0) return sign;
        if (nonZeroDropped) digits[nd++] = '1';     // sticky digit
        // strip trailing zeros
        while (digits[nd - 1] == '0') nd--;
        if (single) {
            if (decExp > 40) return sign | 0x7f800000L;
            if (decExp < -46) return sign;
        } else {
            if (decExp > 310) return sign | 0x7ff0000000000000L;
            if (decExp < -325) return sign;
        }
        int e10 = (int) decExp - nd;                 // value = D * 10^e10
        // fast paths: one correctly rounded operation on exact operands
        if (!single && nd <= 15 && e10 >= -22 && e10 <= 22) {
            long dv = 0;
            for (int k = 0; k < nd; k++) dv = dv * 10 + (digits[k] - '0');
            double d = (double) dv;
            d = e10 >= 0 ? d * TENS[e10] : d / TENS[-e10];
            return sign | Double.doubleToRawLongBits(d);
        }
        if (single && nd <= 7 && e10 >= -10 && e10 <= 10) {
            int dv = 0;
            for (int k = 0; k < nd; k++) dv = dv * 10 + (digits[k] - '0');
            float f = (float) dv;
            f = e10 >= 0 ? f * FTENS[e10] : f / FTENS[-e10];
            return sign | (Float.floatToRawIntBits(f) & 0xffffffffL);
        }
        // exact: N / Dn with N = D * 10^max(e10,0), Dn = 10^max(-e10,0)
        FloatingToString.Big num = new FloatingToString.Big(nd / 9 + 4);
        int k = 0;
        while (k < nd) {
            int chunk = 0, cnt = 0;
            while (k < nd && cnt < 9) {
                chunk = chunk * 10 + (digits[k++] - '0');
                cnt++;
            }
            num.mulPow10(cnt);
            num.addSmall(chunk);
        }
        FloatingToString.Big den = FloatingToString.Big.ofLong(1);
        if (e10 >= 0) num.mulPow10(e10); else den.mulPow10(-e10);
        int p = single ? 24 : 53;
        int s = (p + 2) - (num.bitLength() - den.bitLength());   // q = floor(num * 2^s / den)
        if (s >= 0) num.shl(s); else den.shl(-s);
        // long division, quotient < 2^(p+4)
        long q = 0;
        FloatingToString.Big t = den.copy().shl(p + 4);
        for (int bit = p + 4; bit >= 0; bit--) {
            if (num.cmp(t) >= 0) {
                num.sub(t);
                q |= 1L << bit;
            }
            shr1(t);
        }
        return sign | round(q, !num.isZero(), s, single);
    }

    private static void shr1(FloatingToString.Big b) {
        int[] d = b.d;
        for (int i = 0; i < b.n; i++) {
            d[i] = (d[i] >>> 1) | (i + 1 < b.n ? d[i + 1] << 31 : 0);
        }
        b.trim();
    }

    /**
     * Rounds (q + f) * 2^-s (0 <= f < 1, f > 0 iff sticky) to the nearest double/float, ties to
     * even; returns the magnitude bits.
     */
    static long round(long q, boolean sticky, long s, boolean single) {
        if (q == 0) return 0;
        int p = single ? 24 : 53;
        int minK = single ? -149 : -1074;
        int bl = 64 - Long.numberOfLeadingZeros(q);
        long drop = bl - p;
        if (drop - s < minK) drop = s + minK;
        long k = drop - s;                              // value of mantissa unit
        long mant;
        if (drop <= 0) {
            // exact (a sticky fraction only exists when q has many bits, so drop > 0 then)
            if (drop < -64) return single ? 0x7f800000L : 0x7ff0000000000000L;
            mant = q << -drop;
        } else if (drop > bl) {
            return 0;
        } else {
            long half = 1L << (drop - 1);
            long rest = drop >= 64 ? q : (q & ((half << 1) - 1));
            mant = drop >= 64 ? 0 : q >>> drop;
            if (rest > half || (rest == half && (sticky || (mant & 1) != 0))) mant++;
            else if (rest == half && sticky) mant++;
        }
        if (mant == 0) return 0;
        if (single) {
            if (k + 150 >= 255) return 0x7f800000L;
            long bits = ((k + 150) << 23) + mant - (1L << 23);
            if (bits >= 0x7f800000L) return 0x7f800000L;
            return bits;
        } else {
            if (k + 1075 >= 2047) return 0x7ff0000000000000L;
            long bits = ((k + 1075) << 52) + mant - (1L << 52);
            if (bits >= 0x7ff0000000000000L || bits < 0) return 0x7ff0000000000000L;
            return bits;
        }
    }

    /** hex significand after "0x": hex digits [. hex digits] p [+-] digits [fFdD] */
    private static long parseHex(String in, int i, boolean single) {
        int len = in.length();
        long q = 0;
        int qbits = 0;              // significant bits held in q
        boolean sticky = false;
        long binExp = 0;            // value = q * 2^binExp
        boolean seenDigit = false, seenDot = false;
        char c = 0;
        for (; i < len; i++) {
            c = in.charAt(i);
            int v;
            if (c >= '0' && c <= '9') v = c - '0';
            else if (c >= 'a' && c <= 'f') v = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') v = c - 'A' + 10;
            else if (c == '.') {
                if (seenDot) throw bad(in);
                seenDot = true;
                continue;
            } else break;
            seenDigit = true;
            if (q == 0 && v == 0) {
                if (seenDot) binExp -= 4;
                continue;
            }
            if (qbits <= 56) {
                q = (q << 4) | v;
                qbits = 64 - Long.numberOfLeadingZeros(q);
                if (seenDot) binExp -= 4;
            } else {
                if (v != 0) sticky = true;
                if (!seenDot) binExp += 4;
            }
        }
        if (!seenDigit || i >= len) throw bad(in);
        c = in.charAt(i);
        if (c != 'p' && c != 'P') throw bad(in);
        i++;
        int esign = 1;
        if (i < len && ((c = in.charAt(i)) == '+' || c == '-')) {
            if (c == '-') esign = -1;
            i++;
        }
        int start = i;
        long ev = 0;
        for (; i < len; i++) {
            c = in.charAt(i);
            if (c < '0' || c > '9') break;
            if (ev < 100000000000L) ev = ev * 10 + (c - '0');
        }
        if (i == start) throw bad(in);
        if (i < len) {
            c = in.charAt(i);
            if (i != len - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) throw bad(in);
        }
        if (q == 0) return 0;
        binExp += esign * ev;
        if (binExp > 5000) return single ? 0x7f800000L : 0x7ff0000000000000L;
        if (binExp < -5000) return 0;
        return round(q, sticky, -binExp, single);
    }
}
