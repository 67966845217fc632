/*
 * Ember class library: java.util.Formatter (original implementation).
 *
 * Supports the general, character, integral and floating-point conversions
 * (%b %B %h %H %s %S %c %C %d %o %x %X %e %E %f %g %G %n %%), flags - # + space 0 , ( <,
 * width, precision, explicit (n$) and relative (<) argument indices, with the root-locale
 * conventions (grouping ',' every 3 digits, decimal separator '.').
 *
 * Floating-point values are formatted the way HotSpot does it: the decimal digits that
 * Double.toString produces for the value (float arguments are widened to double first)
 * are rounded HALF_UP to the requested precision and padded with zeros.  This is why
 * String.format("%.1f", 0.15) is "0.2" and String.format("%.20f", 0.1) ends in zeros.
 *
 * Not supported: %t/%T date/time, %a, BigInteger/BigDecimal, Formattable, locales.
 */
package java.util;

import java.io.IOException;

public final class Formatter {
    private Appendable a;
    private boolean closed;
    private IOException lastException;

    public Formatter() {
        this.a = new StringBuilder();
    }

    public Formatter(Appendable a) {
        this.a = (a == null) ? new StringBuilder() : a;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    public String toString() {
        ensureOpen();
        return a.toString();
    }

    public void flush() {
        ensureOpen();
    }

    public void close() {
        closed = true;
    }

    public IOException ioException() {
        return lastException;
    }

    private void ensureOpen() {
        if (closed) throw new FormatterClosedException();
    }

    public Formatter format(String format, Object... args) {
        ensureOpen();
        StringBuilder sb = (a instanceof StringBuilder) ? (StringBuilder) a : new StringBuilder();
        try {
            formatTo(sb, format, args);
        } finally {
            if (sb != a) {
                try {
                    a.append(sb);
                } catch (IOException e) {
                    lastException = e;
                }
            }
        }
        return this;
    }

    // ------------------------------------------------------------------ flags
    private static final int F_LEFT = 1, F_ALT = 2, F_PLUS = 4, F_SPACE = 8, F_ZERO = 16,
            F_GROUP = 32, F_PAREN = 64, F_PREV = 128;

    private static final String FLAG_CHARS = "-#+ 0,(<";

    private static String flagString(int f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FLAG_CHARS.length(); i++) {
            if ((f & (1 << i)) != 0) sb.append(FLAG_CHARS.charAt(i));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ parsed specifier
    private static final class Spec {
        int start, end;         // range in the format string (for fixed text: the text)
        boolean text;           // fixed text
        int index;              // 0 = ordinary, >0 explicit, -1 relative ('<')
        int flags;
        int width = -1;
        int precision = -1;
        char conv;              // lower-case conversion char
        boolean upper;

        public String toString() {
            StringBuilder sb = new StringBuilder("%");
            sb.append(flagString(flags));
            if (index > 0 && conv != '%' && conv != 'n') sb.append(index).append('$');
            if (width != -1) sb.append(width);
            if (precision != -1) sb.append('.').append(precision);
            sb.append(upper ? Character.toUpperCase(conv) : conv);
            return sb.toString();
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parses a run of decimal digits; returns Integer.MIN_VALUE on overflow. */
    private static int parseNum(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) return Integer.MIN_VALUE;
        }
        return (int) v;
    }

    private static ArrayList<Spec> parse(String s) {
        ArrayList<Spec> list = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int p = s.indexOf('%', i);
            if (p < 0) p = n;
            if (p > i) {
                Spec t = new Spec();
                t.text = true;
                t.start = i;
                t.end = p;
                list.add(t);
            }
            if (p >= n) break;
            // p is at '%'
            int j = p + 1;
            if (j >= n) throw new UnknownFormatConversionException("%");
            Spec sp = new Spec();
            sp.start = p;
            // First match the specifier's syntax:
            //   (digits '$')? [-#+ 0,(<]* digits? ('.' digits)? conversion
            int k = j;
            int idxFrom = -1, idxTo = -1;
            while (k < n && isDigit(s.charAt(k))) k++;
            if (k > j && k < n && s.charAt(k) == '$') {
                idxFrom = j;
                idxTo = k;
                j = k + 1;
            }
            int flagsFrom = j;
            while (j < n && FLAG_CHARS.indexOf(s.charAt(j)) >= 0) j++;
            int flagsTo = j;
            int widthFrom = j;
            while (j < n && isDigit(s.charAt(j))) j++;
            int widthTo = j;
            int precFrom = -1, precTo = -1;
            if (j < n && s.charAt(j) == '.') {
                k = j + 1;
                while (k < n && isDigit(s.charAt(k))) k++;
                if (k == j + 1) {
                    throw new UnknownFormatConversionException(String.valueOf(s.charAt(p + 1)));
                }
                precFrom = j + 1;
                precTo = k;
                j = k;
            }
            if (j >= n) {
                throw new UnknownFormatConversionException(String.valueOf(s.charAt(p + 1)));
            }
            char c = s.charAt(j);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%')) {
                throw new UnknownFormatConversionException(String.valueOf(s.charAt(p + 1)));
            }
            // Then interpret the parts in order.
            if (idxFrom >= 0) {
                int idx = parseNum(s, idxFrom, idxTo);
                if (idx == Integer.MIN_VALUE) throw new IllegalFormatArgumentIndexException(Integer.MIN_VALUE);
                if (idx <= 0) throw new IllegalFormatArgumentIndexException(idx);
                sp.index = idx;
            }
            for (k = flagsFrom; k < flagsTo; k++) {
                int bit = 1 << FLAG_CHARS.indexOf(s.charAt(k));
                if ((sp.flags & bit) != 0) throw new DuplicateFormatFlagsException(String.valueOf(s.charAt(k)));
                sp.flags |= bit;
            }
            if ((sp.flags & F_PREV) != 0) sp.index = -1;
            if (widthTo > widthFrom) {
                sp.width = parseNum(s, widthFrom, widthTo);
                if (sp.width == Integer.MIN_VALUE) throw new IllegalFormatWidthException(Integer.MIN_VALUE);
            }
            if (precFrom >= 0) {
                sp.precision = parseNum(s, precFrom, precTo);
                if (sp.precision == Integer.MIN_VALUE) throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
            }
            if (c == 't' || c == 'T') {
                // date/time conversions are not supported by this implementation
                if (j + 1 >= n) throw new UnknownFormatConversionException(String.valueOf(c));
                throw new UnknownFormatConversionException(String.valueOf(c) + s.charAt(j + 1));
            }
            sp.end = j + 1;
            switch (c) {
                case 'b': case 'h': case 's': case 'c': case 'd': case 'o': case 'x':
                case 'e': case 'f': case 'g': case 'a': case 'n': case '%':
                    sp.conv = c;
                    break;
                case 'B': case 'H': case 'S': case 'C': case 'X': case 'E': case 'G': case 'A':
                    sp.conv = Character.toLowerCase(c);
                    sp.upper = true;
                    break;
                default:
                    throw new UnknownFormatConversionException(String.valueOf(c));
            }
            check(sp);
            list.add(sp);
            i = j + 1;
        }
        return list;
    }

    private static void checkBadFlags(Spec sp, int bad) {
        checkBadFlags(sp, bad, FLAG_CHARS);
    }

    /** Throws for the first flag, in the order given by 'order', that is both set and bad. */
    private static void checkBadFlags(Spec sp, int bad, String order) {
        for (int j = 0; j < order.length(); j++) {
            int i = FLAG_CHARS.indexOf(order.charAt(j));
            int bit = 1 << i;
            if ((bad & bit) != 0 && (sp.flags & bit) != 0) {
                throw new FormatFlagsConversionMismatchException(String.valueOf(FLAG_CHARS.charAt(i)), sp.conv);
            }
        }
    }

    private static void checkNumeric(Spec sp) {
        if (sp.width != -1 && sp.width < 0) throw new IllegalFormatWidthException(sp.width);
        if (sp.precision != -1 && sp.precision < 0) throw new IllegalFormatPrecisionException(sp.precision);
        if (sp.width == -1 && (sp.flags & (F_LEFT | F_ZERO)) != 0) {
            throw new MissingFormatWidthException(sp.toString());
        }
        if (((sp.flags & F_PLUS) != 0 && (sp.flags & F_SPACE) != 0)
                || ((sp.flags & F_LEFT) != 0 && (sp.flags & F_ZERO) != 0)) {
            String fs = flagString(sp.flags);
            if (sp.upper) fs = fs.startsWith("-") ? "-^" + fs.substring(1) : "^" + fs;
            throw new IllegalFormatFlagsException(fs);
        }
    }

    private static void check(Spec sp) {
        switch (sp.conv) {
            case 'b': case 'h': case 's':
                if (sp.width != -1 && sp.width < 0) throw new IllegalFormatWidthException(sp.width);
                if (sp.precision != -1 && sp.precision < 0) throw new IllegalFormatPrecisionException(sp.precision);
                if ((sp.conv == 'b' || sp.conv == 'h') && (sp.flags & F_ALT) != 0) {
                    checkBadFlags(sp, F_ALT);
                }
                if (sp.width == -1 && (sp.flags & F_LEFT) != 0) throw new MissingFormatWidthException(sp.toString());
                checkBadFlags(sp, F_PLUS | F_SPACE | F_ZERO | F_GROUP | F_PAREN);
                break;
            case 'c':
                if (sp.width != -1 && sp.width < 0) throw new IllegalFormatWidthException(sp.width);
                if (sp.precision != -1) throw new IllegalFormatPrecisionException(sp.precision);
                checkBadFlags(sp, F_ALT | F_PLUS | F_SPACE | F_ZERO | F_GROUP | F_PAREN);
                if (sp.width == -1 && (sp.flags & F_LEFT) != 0) throw new MissingFormatWidthException(sp.toString());
                break;
            case 'd': case 'o': case 'x':
                checkNumeric(sp);
                if (sp.precision != -1) throw new IllegalFormatPrecisionException(sp.precision);
                if (sp.conv == 'd') checkBadFlags(sp, F_ALT);
                else checkBadFlags(sp, F_GROUP);
                break;
            case 'e': case 'f': case 'g':
                checkNumeric(sp);
                if (sp.conv == 'e') checkBadFlags(sp, F_GROUP);
                else if (sp.conv == 'g') checkBadFlags(sp, F_ALT);
                break;
            case 'a':
                checkNumeric(sp);
                checkBadFlags(sp, F_PAREN | F_GROUP);
                break;
            case '%':
                if (sp.precision != -1) throw new IllegalFormatPrecisionException(sp.precision);
                if (sp.flags != 0 && sp.flags != F_LEFT) {
                    throw new IllegalFormatFlagsException(flagString(sp.flags));
                }
                if (sp.width == -1 && (sp.flags & F_LEFT) != 0) throw new MissingFormatWidthException(sp.toString());
                break;
            case 'n':
                if (sp.precision != -1) throw new IllegalFormatPrecisionException(sp.precision);
                if (sp.width != -1) throw new IllegalFormatWidthException(sp.width);
                if (sp.flags != 0) throw new IllegalFormatFlagsException(flagString(sp.flags));
                break;
            default:
                break;
        }
    }

    // ------------------------------------------------------------------ driver
    private static void formatTo(StringBuilder out, String format, Object[] args) {
        ArrayList<Spec> specs = parse(format);
        int last = -1;       // index of the last argument used
        int lasto = -1;      // index of the last ordinary argument used
        for (int i = 0; i < specs.size(); i++) {
            Spec sp = specs.get(i);
            if (sp.text) {
                out.append(format, sp.start, sp.end);
                continue;
            }
            if (sp.conv == 'n') {
                out.append('\n');
                continue;
            }
            if (sp.conv == '%') {
                justify(out, sp, "%");
                continue;
            }
            Object arg;
            if (sp.index == -1) {
                if (last < 0 || args == null || last > args.length - 1) {
                    throw new MissingFormatArgumentException(sp.toString());
                }
                arg = args[last];
            } else if (sp.index == 0) {
                lasto++;
                last = lasto;
                if (args != null && lasto > args.length - 1) {
                    throw new MissingFormatArgumentException(sp.toString());
                }
                arg = (args == null) ? null : args[lasto];
            } else {
                last = sp.index - 1;
                if (args != null && last > args.length - 1) {
                    throw new MissingFormatArgumentException(sp.toString());
                }
                arg = (args == null) ? null : args[last];
            }
            print(out, sp, arg);
        }
    }

    private static char convChar(Spec sp) {
        return sp.conv; // exceptions report the lower-case conversion
    }

    private static void print(StringBuilder out, Spec sp, Object arg) {
        switch (sp.conv) {
            case 'b': {
                String s;
                if (arg == null) s = "false";
                else if (arg instanceof Boolean) s = ((Boolean) arg).toString();
                else s = "true";
                printString(out, sp, s);
                return;
            }
            case 'h':
                printString(out, sp, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                return;
            case 's':
                if ((sp.flags & F_ALT) != 0) {
                    throw new FormatFlagsConversionMismatchException("#", convChar(sp));
                }
                printString(out, sp, arg == null ? "null" : arg.toString());
                return;
            case 'c':
                printChar(out, sp, arg);
                return;
            case 'd': case 'o': case 'x':
                printInteger(out, sp, arg);
                return;
            case 'e': case 'f': case 'g':
                printFloat(out, sp, arg);
                return;
            case 'a':
                printHexFloat(out, sp, arg);
                return;
            default:
                throw new UnknownFormatConversionException(String.valueOf(sp.conv));
        }
    }

    private static void printString(StringBuilder out, Spec sp, String s) {
        if (sp.precision != -1 && sp.precision < s.length()) s = s.substring(0, sp.precision);
        if (sp.upper) s = s.toUpperCase();
        justify(out, sp, s);
    }

    private static void justify(StringBuilder out, Spec sp, String s) {
        int pad = sp.width - s.length();
        if (pad <= 0) {
            out.append(s);
        } else if ((sp.flags & F_LEFT) != 0) {
            out.append(s);
            for (int i = 0; i < pad; i++) out.append(' ');
        } else {
            for (int i = 0; i < pad; i++) out.append(' ');
            out.append(s);
        }
    }

    private static void printChar(StringBuilder out, Spec sp, Object arg) {
        String s;
        if (arg == null) {
            s = "null";
        } else if (arg instanceof Character) {
            s = String.valueOf(((Character) arg).charValue());
        } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
            int cp = ((Number) arg).intValue();
            if (!Character.isValidCodePoint(cp)) throw new IllegalFormatCodePointException(cp);
            s = new String(Character.toChars(cp));
        } else {
            throw new IllegalFormatConversionException(convChar(sp), arg.getClass());
        }
        if (sp.upper) s = s.toUpperCase();
        justify(out, sp, s);
    }

    // ------------------------------------------------------------------ integers
    private static void printInteger(StringBuilder out, Spec sp, Object arg) {
        if (arg == null) {
            printString(out, sp, "null");
            return;
        }
        long v;
        int bits;
        if (arg instanceof Integer) { v = ((Integer) arg).intValue(); bits = 32; }
        else if (arg instanceof Long) { v = ((Long) arg).longValue(); bits = 64; }
        else if (arg instanceof Short) { v = ((Short) arg).shortValue(); bits = 16; }
        else if (arg instanceof Byte) { v = ((Byte) arg).byteValue(); bits = 8; }
        else throw new IllegalFormatConversionException(convChar(sp), arg.getClass());

        StringBuilder sb = new StringBuilder();
        if (sp.conv == 'd') {
            boolean neg = v < 0;
            String digits = Long.toString(v);
            if (neg) digits = digits.substring(1);
            leadingSign(sb, sp.flags, neg);
            int suffix = (neg && (sp.flags & F_PAREN) != 0) ? 1 : 0;
            localizedMagnitude(sb, digits, digits.length(), sp.flags, sp.width - suffix - sb.length());
            if (suffix != 0) sb.append(')');
        } else {
            checkBadFlags(sp, F_PAREN | F_PLUS | F_SPACE, "( +");
            long u = v;
            if (bits < 64 && v < 0) u = v + (1L << bits);
            String digits = (sp.conv == 'o') ? Long.toOctalString(u) : Long.toHexString(u);
            if ((sp.flags & F_ALT) != 0) sb.append(sp.conv == 'o' ? "0" : "0x");
            if ((sp.flags & F_ZERO) != 0) {
                for (int i = sb.length() + digits.length(); i < sp.width; i++) sb.append('0');
            }
            sb.append(digits);
            if (sp.upper) {
                String t = sb.toString().toUpperCase();
                sb.setLength(0);
                sb.append(t);
            }
        }
        justify(out, sp, sb.toString());
    }

    private static void leadingSign(StringBuilder sb, int flags, boolean neg) {
        if (!neg) {
            if ((flags & F_PLUS) != 0) sb.append('+');
            else if ((flags & F_SPACE) != 0) sb.append(' ');
        } else {
            if ((flags & F_PAREN) != 0) sb.append('(');
            else sb.append('-');
        }
    }

    /**
     * Appends digits (an optional '.' followed by fraction digits may follow the first
     * intLen characters), inserting grouping separators in the integer part when requested
     * and zero padding (without separators) in front when the ZERO flag asks for it
     * to fill 'avail' characters.
     */
    private static void localizedMagnitude(StringBuilder sb, String digits, int intLen, int flags, int avail) {
        int begin = sb.length();
        if ((flags & F_GROUP) != 0 && intLen > 3) {
            int first = intLen % 3;
            if (first == 0) first = 3;
            sb.append(digits, 0, first);
            for (int i = first; i < intLen; i += 3) {
                sb.append(',');
                sb.append(digits, i, i + 3);
            }
            sb.append(digits, intLen, digits.length());
        } else {
            sb.append(digits);
        }
        if ((flags & F_ZERO) != 0) {
            int len = sb.length() - begin;
            if (len < avail) {
                StringBuilder z = new StringBuilder();
                for (int i = len; i < avail; i++) z.append('0');
                sb.insert(begin, z.toString());
            }
        }
    }

    // ------------------------------------------------------------------ floating point
    /** %a: the hexadecimal form of Double.toHexString, with the significand rounded to the precision. */
    private static void printHexFloat(StringBuilder out, Spec sp, Object arg) {
        if (arg == null) {
            printString(out, sp, "null");
            return;
        }
        double v;
        if (arg instanceof Double) v = ((Double) arg).doubleValue();
        else if (arg instanceof Float) v = ((Float) arg).floatValue();
        else throw new IllegalFormatConversionException(convChar(sp), arg.getClass());
        StringBuilder sb = new StringBuilder();
        if (v != v) {
            sb.append("NaN");
        } else {
            boolean neg = (v < 0) || (v == 0 && 1.0 / v < 0);
            leadingSign(sb, sp.flags, neg);
            double abs = Math.abs(v);
            if (abs == Double.POSITIVE_INFINITY) {
                sb.append("Infinity");
            } else {
                String hex = Double.toHexString(abs);
                int prec = sp.precision;
                if (prec == 0) prec = 1;
                if (prec != -1 && prec < 13 && abs != 0 && abs >= Double.MIN_NORMAL) {
                    long bits = Double.doubleToRawLongBits(abs);
                    int exp = (int) ((bits >>> 52) & 0x7ff) - 1023;
                    long sig = (bits & 0xfffffffffffffL) | (1L << 52);
                    int drop = 52 - 4 * prec;
                    long half = 1L << (drop - 1), rest = sig & ((1L << drop) - 1);
                    sig >>>= drop;
                    if (rest > half || (rest == half && (sig & 1) != 0)) sig++;
                    if (sig >>> (4 * prec) > 1) {
                        sig >>>= 1;
                        exp++;
                    }
                    String digits = Long.toHexString(sig & ((1L << (4 * prec)) - 1));
                    StringBuilder h = new StringBuilder("0x1.");
                    for (int i = digits.length(); i < prec; i++) h.append('0');
                    hex = h.append(digits).append('p').append(exp).toString();
                } else if (prec > 0) {
                    int dot = hex.indexOf('.'), p = hex.indexOf('p');
                    StringBuilder h = new StringBuilder(hex.substring(0, p));
                    for (int i = p - dot - 1; i < prec; i++) h.append('0');
                    hex = h.append(hex, p, hex.length()).toString();
                }
                if ((sp.flags & F_ZERO) != 0 && sp.width > sb.length() + hex.length()) {
                    sb.append("0x");
                    for (int i = sb.length() + hex.length() - 2; i < sp.width; i++) sb.append('0');
                    sb.append(hex, 2, hex.length());
                } else {
                    sb.append(hex);
                }
            }
        }
        String r = sb.toString();
        justify(out, sp, sp.upper ? r.toUpperCase() : r);
    }

    private static void printFloat(StringBuilder out, Spec sp, Object arg) {
        if (arg == null) {
            printString(out, sp, "null");
            return;
        }
        double v;
        if (arg instanceof Double) v = ((Double) arg).doubleValue();
        else if (arg instanceof Float) v = ((Float) arg).floatValue();
        else throw new IllegalFormatConversionException(convChar(sp), arg.getClass());

        StringBuilder sb = new StringBuilder();
        if (v != v) {
            sb.append(sp.upper ? "NAN" : "NaN");
            justify(out, sp, sb.toString());
            return;
        }
        boolean neg = (v < 0) || (v == 0 && 1.0 / v < 0);
        double abs = Math.abs(v);
        leadingSign(sb, sp.flags, neg);
        int suffix = (neg && (sp.flags & F_PAREN) != 0) ? 1 : 0;
        if (abs == Double.POSITIVE_INFINITY) {
            sb.append(sp.upper ? "INFINITY" : "Infinity");
            if (suffix != 0) sb.append(')');
            justify(out, sp, sb.toString());
            return;
        }
        Decimal d = Decimal.of(abs);
        int prec = sp.precision == -1 ? 6 : sp.precision;
        String body;
        if (sp.conv == 'e') {
            body = sci(d, prec, sp.flags);
        } else if (sp.conv == 'f') {
            body = fixed(d, prec, sp.flags);
        } else {
            if (prec == 0) prec = 1;
            if (d.isZero()) {
                body = fixed(d, prec - 1, sp.flags);
            } else {
                Decimal r = d.roundSig(prec);
                int e = r.exp - 1; // value = d.ddd x 10^e
                if (e >= -4 && e < prec) {
                    body = fixed(d, prec - (e + 1), sp.flags);
                } else {
                    body = sci(d, prec - 1, sp.flags);
                }
            }
        }
        // body: magnitude; for sci it contains 'e' + exponent
        int ePos = body.indexOf('e');
        String mant = ePos < 0 ? body : body.substring(0, ePos);
        String expPart = ePos < 0 ? "" : body.substring(ePos);
        int dot = mant.indexOf('.');
        int intLen = dot < 0 ? mant.length() : dot;
        int flags = sp.flags;
        if (sp.conv == 'e') flags &= ~F_GROUP;
        localizedMagnitude(sb, mant, intLen, flags, sp.width - suffix - expPart.length() - sb.length());
        sb.append(expPart);
        if (suffix != 0) sb.append(')');
        String s = sb.toString();
        if (sp.upper) s = s.toUpperCase();
        justify(out, sp, s);
    }

    /** d.ddd(prec digits)e+XX */
    private static String sci(Decimal d, int prec, int flags) {
        StringBuilder sb = new StringBuilder();
        int e;
        byte[] digs;
        if (d.isZero()) {
            digs = new byte[] {0};
            e = 0;
        } else {
            Decimal r = d.roundSig(prec + 1);
            digs = r.digits;
            e = r.exp - 1;
        }
        sb.append((char) ('0' + digs[0]));
        if (prec > 0 || (flags & F_ALT) != 0) sb.append('.');
        for (int i = 1; i <= prec; i++) sb.append(i < digs.length ? (char) ('0' + digs[i]) : '0');
        sb.append('e');
        sb.append(e < 0 ? '-' : '+');
        int ae = Math.abs(e);
        if (ae < 10) sb.append('0');
        sb.append(ae);
        return sb.toString();
    }

    /** ddd.ddd with prec fraction digits */
    private static String fixed(Decimal d, int prec, int flags) {
        StringBuilder sb = new StringBuilder();
        Decimal r = d.isZero() ? d : d.roundFrac(prec);
        // r represents 0.d1d2... x 10^exp
        byte[] digs = r.digits;
        int exp = r.exp;
        if (r.isZero() || exp <= 0) {
            sb.append('0');
        } else {
            for (int i = 0; i < exp; i++) sb.append(i < digs.length ? (char) ('0' + digs[i]) : '0');
        }
        if (prec > 0 || (flags & F_ALT) != 0) sb.append('.');
        for (int i = 0; i < prec; i++) {
            // fraction digit i has weight 10^-(i+1); its index in digs is exp + i
            int idx = exp + i;
            char c = '0';
            if (!r.isZero() && idx >= 0 && idx < digs.length) c = (char) ('0' + digs[idx]);
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A non-negative decimal 0.d1 d2 ... dn x 10^exp with d1 != 0 (or the single digit 0 for zero),
     * taken from the digits of Double.toString.
     */
    private static final class Decimal {
        final byte[] digits;
        final int exp;

        Decimal(byte[] digits, int exp) {
            this.digits = digits;
            this.exp = exp;
        }

        boolean isZero() {
            return digits.length == 1 && digits[0] == 0;
        }

        static Decimal of(double abs) {
            String s = Double.toString(abs);
            int ePos = s.indexOf('E');
            int e10 = 0;
            String m = s;
            if (ePos >= 0) {
                e10 = Integer.parseInt(s.substring(ePos + 1));
                m = s.substring(0, ePos);
            }
            byte[] tmp = new byte[m.length()];
            int n = 0;
            int pointPos = m.length();
            for (int i = 0; i < m.length(); i++) {
                char c = m.charAt(i);
                if (c == '.') {
                    pointPos = n;
                } else {
                    tmp[n++] = (byte) (c - '0');
                }
            }
            int exp = pointPos + e10;
            int lo = 0;
            while (lo < n && tmp[lo] == 0) {
                lo++;
                exp--;
            }
            int hi = n;
            while (hi > lo && tmp[hi - 1] == 0) hi--;
            if (lo >= hi) return new Decimal(new byte[] {0}, 1);
            byte[] d = new byte[hi - lo];
            for (int i = 0; i < d.length; i++) d[i] = tmp[lo + i];
            return new Decimal(d, exp);
        }

        /** Rounds HALF_UP keeping 'keep' leading digits (keep may be <= 0). */
        Decimal roundKeep(int keep) {
            if (keep >= digits.length) return this;
            if (keep < 0) return new Decimal(new byte[] {0}, 1);
            boolean up = digits[keep] >= 5;
            if (keep == 0) {
                if (!up) return new Decimal(new byte[] {0}, 1);
                return new Decimal(new byte[] {1}, exp + 1);
            }
            byte[] d = new byte[keep];
            for (int i = 0; i < keep; i++) d[i] = digits[i];
            int e = exp;
            if (up) {
                int i = keep - 1;
                while (i >= 0 && d[i] == 9) {
                    d[i] = 0;
                    i--;
                }
                if (i < 0) {
                    return new Decimal(new byte[] {1}, e + 1);
                }
                d[i]++;
            }
            int hi = d.length;
            while (hi > 1 && d[hi - 1] == 0) hi--;
            if (hi != d.length) {
                byte[] t = new byte[hi];
                for (int i = 0; i < hi; i++) t[i] = d[i];
                d = t;
            }
            return new Decimal(d, e);
        }

        Decimal roundSig(int n) {
            return roundKeep(n);
        }

        Decimal roundFrac(int prec) {
            long keep = (long) exp + prec;
            if (keep > Integer.MAX_VALUE) return this;
            return roundKeep((int) keep);
        }
    }
}
