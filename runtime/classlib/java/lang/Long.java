/*
 * Ember class library: java.lang.Long.
 * Behaviour (values, exception types and messages) follows HotSpot/JDK 17; verified by
 * tests/classlib/numbers/IntDiff.java.
 */
package java.lang;

public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    public static final Class<Long> TYPE = (Class<Long>) Class.getPrimitiveClass("long");

    private final long value;

    public Long(long value) {
        this.value = value;
    }

    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    private static final class Cache {
        static final Long[] CACHE = new Long[256];
        static {
            for (int i = 0; i < 256; i++) CACHE[i] = new Long(i - 128);
        }
    }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) return Cache.CACHE[(int) l + 128];
        return new Long(l);
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    // ------------------------------------------------------------------ to string

    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        if (radix == 10) return toString(i);
        char[] buf = new char[65];
        int pos = 64;
        boolean negative = i < 0;
        if (!negative) i = -i;
        while (i <= -radix) {
            buf[pos--] = Integer.DIGITS[(int) (-(i % radix))];
            i = i / radix;
        }
        buf[pos] = Integer.DIGITS[(int) (-i)];
        if (negative) buf[--pos] = '-';
        return new String(buf, pos, 65 - pos);
    }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) return toString(i, radix);
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        switch (radix) {
            case 2: return toBinaryString(i);
            case 4: return toUnsignedString0(i, 2);
            case 8: return toOctalString(i);
            case 16: return toHexString(i);
            case 32: return toUnsignedString0(i, 5);
            default: {
                long q = divideUnsigned(i, radix);
                int r = (int) (i - q * radix);
                return toString(q, radix) + Integer.DIGITS[r];
            }
        }
    }

    public static String toHexString(long i) {
        return toUnsignedString0(i, 4);
    }

    public static String toOctalString(long i) {
        return toUnsignedString0(i, 3);
    }

    public static String toBinaryString(long i) {
        return toUnsignedString0(i, 1);
    }

    static String toUnsignedString0(long val, int shift) {
        int mag = SIZE - numberOfLeadingZeros(val);
        int chars = Math.max((mag + (shift - 1)) / shift, 1);
        char[] buf = new char[chars];
        int mask = (1 << shift) - 1;
        int pos = chars;
        do {
            buf[--pos] = Integer.DIGITS[((int) val) & mask];
            val >>>= shift;
        } while (pos > 0);
        return new String(buf, 0, chars);
    }

    public static String toString(long i) {
        int size = stringSize(i);
        char[] buf = new char[size];
        getChars(i, size, buf);
        return new String(buf, 0, size);
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    /** Number of chars of toString(x), including the '-' sign. */
    static int stringSize(long x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p) return i + d;
            p = 10 * p;
        }
        return 19 + d;
    }

    /**
     * Writes the decimal digits of i into buf so that they end just before index; returns the
     * index of the first char written.  Used by StringBuilder.append(long).
     */
    static int getChars(long i, int index, char[] buf) {
        long q;
        int r;
        int pos = index;
        boolean negative = i < 0;
        if (!negative) i = -i;
        while (i <= Integer.MIN_VALUE) {
            q = i / 100;
            r = (int) ((q * 100) - i);
            i = q;
            buf[--pos] = (char) ('0' + r % 10);
            buf[--pos] = (char) ('0' + r / 10);
        }
        int q2;
        int i2 = (int) i;
        while (i2 <= -100) {
            q2 = i2 / 100;
            r = (q2 * 100) - i2;
            i2 = q2;
            buf[--pos] = (char) ('0' + r % 10);
            buf[--pos] = (char) ('0' + r / 10);
        }
        q2 = i2 / 10;
        r = (q2 * 10) - i2;
        buf[--pos] = (char) ('0' + r);
        if (q2 < 0) buf[--pos] = (char) ('0' - q2);
        if (negative) buf[--pos] = '-';
        return pos;
    }

    // ------------------------------------------------------------------ parsing

    public static long parseLong(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        Integer.checkRadix(radix);
        int len = s.length();
        if (len == 0) throw Integer.forInputString(s, radix);
        int i = 0;
        boolean negative = false;
        long limit = -MAX_VALUE;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = MIN_VALUE;
            } else if (first != '+') {
                throw Integer.forInputString(s, radix);
            }
            if (len == 1) throw Integer.forInputString(s, radix);
            i++;
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < len) {
            char c = s.charAt(i++);
            int digit;
            if (radix == 10 && c >= '0' && c <= '9') {
                digit = c - '0';
            } else {
                digit = Character.digit(c, radix);
            }
            if (digit < 0 || result < multmin) throw Integer.forInputString(s, radix);
            result *= radix;
            if (result < limit + digit) throw Integer.forInputString(s, radix);
            result -= digit;
        }
        return negative ? result : -result;
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        if (s == null) throw new NullPointerException();
        Integer.checkFromToIndex(beginIndex, endIndex, s.length());
        Integer.checkRadix(radix);
        boolean negative = false;
        int i = beginIndex;
        long limit = -MAX_VALUE;
        if (i < endIndex) {
            char first = s.charAt(i);
            if (first < '0') {
                if (first == '-') {
                    negative = true;
                    limit = MIN_VALUE;
                } else if (first != '+') {
                    throw Integer.forCharSequence(s, beginIndex, endIndex, i);
                }
                i++;
            }
            if (i >= endIndex) throw Integer.forCharSequence(s, beginIndex, endIndex, i);
            long multmin = limit / radix;
            long result = 0;
            while (i < endIndex) {
                int digit = Character.digit(s.charAt(i), radix);
                if (digit < 0 || result < multmin) throw Integer.forCharSequence(s, beginIndex, endIndex, i);
                result *= radix;
                if (result < limit + digit) throw Integer.forCharSequence(s, beginIndex, endIndex, i);
                i++;
                result -= digit;
            }
            return negative ? result : -result;
        } else {
            throw new NumberFormatException("");
        }
    }

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null) throw new NumberFormatException("Cannot parse null string");
        int len = s.length();
        if (len > 0) {
            char firstChar = s.charAt(0);
            if (firstChar == '-') {
                throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
            }
            if (len <= 12 || (radix == 10 && len <= 18)) {
                return parseLong(s, radix);
            }
            long first = parseLong(s, 0, len - 1, radix);
            int second = Character.digit(s.charAt(len - 1), radix);
            if (second < 0) throw new NumberFormatException("Bad digit at end of " + s);
            if (compareUnsigned(first, divideUnsigned(-1L - second, radix)) > 0) {
                throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
            }
            return first * radix + second;
        }
        throw Integer.forInputString(s, radix);
    }

    public static long parseUnsignedLong(CharSequence s, int beginIndex, int endIndex, int radix)
            throws NumberFormatException {
        if (s == null) throw new NullPointerException();
        Integer.checkFromToIndex(beginIndex, endIndex, s.length());
        int start = beginIndex, len = endIndex - beginIndex;
        if (len > 0) {
            char firstChar = s.charAt(start);
            if (firstChar == '-') {
                throw new NumberFormatException("Illegal leading minus sign on unsigned string "
                        + s.subSequence(start, start + len) + ".");
            }
            if (len <= 12 || (radix == 10 && len <= 18)) {
                return parseLong(s, start, start + len, radix);
            }
            long first = parseLong(s, start, start + len - 1, radix);
            int second = Character.digit(s.charAt(start + len - 1), radix);
            if (second < 0) {
                throw new NumberFormatException("Bad digit at end of " + s.subSequence(start, start + len));
            }
            if (compareUnsigned(first, divideUnsigned(-1L - second, radix)) > 0) {
                throw new NumberFormatException("String value " + s.subSequence(start, start + len)
                        + " exceeds range of unsigned long.");
            }
            return first * radix + second;
        }
        throw Integer.forInputString("", radix);
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    public static Long decode(String nm) throws NumberFormatException {
        int radix = 10;
        int index = 0;
        boolean negative = false;
        long result;
        if (nm.isEmpty()) throw new NumberFormatException("Zero length string");
        char first = nm.charAt(0);
        if (first == '-') {
            negative = true;
            index++;
        } else if (first == '+') {
            index++;
        }
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        try {
            result = parseLong(nm.substring(index), radix);
            result = negative ? -result : result;
        } catch (NumberFormatException e) {
            String constant = negative ? ("-" + nm.substring(index)) : nm.substring(index);
            result = parseLong(constant, radix);
        }
        return valueOf(result);
    }

    // ------------------------------------------------------------------ instance methods

    public byte byteValue() {
        return (byte) value;
    }

    public short shortValue() {
        return (short) value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return value;
    }

    public float floatValue() {
        return (float) value;
    }

    public double doubleValue() {
        return (double) value;
    }

    public String toString() {
        return toString(value);
    }

    public int hashCode() {
        return (int) (value ^ (value >>> 32));
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public boolean equals(Object obj) {
        if (obj instanceof Long) {
            return value == ((Long) obj).longValue();
        }
        return false;
    }

    public int compareTo(Long anotherLong) {
        return compare(this.value, anotherLong.value);
    }

    // ------------------------------------------------------------------ static helpers

    public static int compare(long x, long y) {
        return (x < y) ? -1 : ((x == y) ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0L) {
            return (compareUnsigned(dividend, divisor) < 0) ? 0L : 1L;
        }
        if (dividend > 0) return dividend / divisor;
        // dividend has its top bit set (or is 0): divide by halves
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        if (divisor < 0L) {
            return (compareUnsigned(dividend, divisor) < 0) ? dividend : dividend - divisor;
        }
        if (dividend > 0) return dividend % divisor;
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return r - (compareUnsigned(r, divisor) >= 0 ? divisor : 0);
    }

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(long i) {
        int x = (int) (i >>> 32);
        return x == 0 ? 32 + Integer.numberOfLeadingZeros((int) i) : Integer.numberOfLeadingZeros(x);
    }

    public static int numberOfTrailingZeros(long i) {
        int x = (int) i;
        return x == 0 ? 32 + Integer.numberOfTrailingZeros((int) (i >>> 32)) : Integer.numberOfTrailingZeros(x);
    }

    public static int bitCount(long i) {
        i = i - ((i >>> 1) & 0x5555555555555555L);
        i = (i & 0x3333333333333333L) + ((i >>> 2) & 0x3333333333333333L);
        i = (i + (i >>> 4)) & 0x0f0f0f0f0f0f0f0fL;
        i = i + (i >>> 8);
        i = i + (i >>> 16);
        i = i + (i >>> 32);
        return (int) i & 0x7f;
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        i = (i & 0x5555555555555555L) << 1 | (i >>> 1) & 0x5555555555555555L;
        i = (i & 0x3333333333333333L) << 2 | (i >>> 2) & 0x3333333333333333L;
        i = (i & 0x0f0f0f0f0f0f0f0fL) << 4 | (i >>> 4) & 0x0f0f0f0f0f0f0f0fL;
        return reverseBytes(i);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long reverseBytes(long i) {
        i = (i & 0x00ff00ff00ff00ffL) << 8 | (i >>> 8) & 0x00ff00ff00ff00ffL;
        return (i << 48) | ((i & 0xffff0000L) << 16) | ((i >>> 16) & 0xffff0000L) | (i >>> 48);
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
