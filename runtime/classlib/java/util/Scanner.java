package java.util;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A text scanner over whitespace-separated tokens and lines (the default delimiter of the JDK's Scanner).
 * Numbers follow the JDK's default (US) locale: digits with optional ',' grouping, '.' as decimal point.
 */
public final class Scanner implements Iterator<String>, Closeable {
    private final Reader in;
    private final StringBuilder buf = new StringBuilder();
    private int pos;
    private boolean eof;
    private boolean closed;
    private IOException lastException;
    private int tokEnd;
    private final char[] chunk = new char[1024];

    public Scanner(InputStream source) {
        this(new java.io.InputStreamReader(Objects.requireNonNull(source, "source")));
    }

    public Scanner(InputStream source, String charsetName) {
        this(source);
    }

    public Scanner(String source) {
        this(new java.io.StringReader(source));
    }

    public Scanner(java.io.File source) throws java.io.FileNotFoundException {
        this(new java.io.FileInputStream(source));
    }

    public Scanner(Readable source) {
        this.in = (Reader) Objects.requireNonNull(source, "source");
    }

    private void ensureOpen() {
        if (closed)
            throw new IllegalStateException("Scanner closed");
    }

    /** Reads more input into the buffer; false at end of input. */
    private boolean more() {
        if (eof)
            return false;
        if (pos > 8192) {
            buf.delete(0, pos);
            tokEnd -= pos;
            pos = 0;
        }
        try {
            int n = in.read(chunk, 0, chunk.length);
            if (n < 0) {
                eof = true;
                return false;
            }
            buf.append(chunk, 0, n);
            return true;
        } catch (IOException e) {
            lastException = e;
            eof = true;
            return false;
        }
    }

    /** The next token without consuming it (its end goes to tokEnd), or null at end of input. */
    private String peek() {
        ensureOpen();
        int i = pos;
        for (;;) {
            if (i == buf.length()) {
                int off = i - pos;
                if (!more())
                    return null;
                i = pos + off;
                continue;
            }
            if (!Character.isWhitespace(buf.charAt(i)))
                break;
            i++;
        }
        int start = i;
        for (;;) {
            if (i == buf.length()) {
                int s = start - pos, off = i - pos;
                if (!more()) {
                    break;
                }
                start = pos + s;
                i = pos + off;
                continue;
            }
            if (Character.isWhitespace(buf.charAt(i)))
                break;
            i++;
        }
        tokEnd = i;
        return buf.substring(start, i);
    }

    public boolean hasNext() {
        return peek() != null;
    }

    public String next() {
        String t = peek();
        if (t == null)
            throw new NoSuchElementException();
        pos = tokEnd;
        return t;
    }

    public boolean hasNextLine() {
        ensureOpen();
        return pos < buf.length() || more();
    }

    public String nextLine() {
        ensureOpen();
        if (pos == buf.length() && !more())
            throw new NoSuchElementException("No line found");
        int i = pos;
        for (;;) {
            if (i == buf.length()) {
                int off = i - pos;
                if (!more()) {
                    String line = buf.substring(pos, buf.length());
                    pos = buf.length();
                    return line;
                }
                i = pos + off;
                continue;
            }
            char c = buf.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                String line = buf.substring(pos, i);
                int end = i + 1;
                if (c == '\r') {
                    if (end == buf.length()) {
                        int off = end - pos, li = i - pos;
                        more();
                        end = pos + off;
                        i = pos + li;
                    }
                    if (end < buf.length() && buf.charAt(end) == '\n')
                        end++;
                }
                pos = end;
                return line;
            }
            i++;
        }
    }

    // ---- numbers

    private static boolean isDigits(String s, int from, int to) {
        if (from >= to)
            return false;
        for (int i = from; i < to; i++)
            if (s.charAt(i) < '0' || s.charAt(i) > '9')
                return false;
        return true;
    }

    /** Digits, or 1-3 digits (not starting with 0) followed by groups ",ddd"; returns the digits, or null. */
    private static String integerPart(String s, int from, int to) {
        if (isDigits(s, from, to))
            return s.substring(from, to);
        int comma = s.indexOf(',', from);
        if (comma < 0 || comma >= to || comma - from < 1 || comma - from > 3 || s.charAt(from) == '0')
            return null;
        if (!isDigits(s, from, comma))
            return null;
        StringBuilder sb = new StringBuilder(s.substring(from, comma));
        int i = comma;
        while (i < to) {
            if (s.charAt(i) != ',' || i + 4 > to || !isDigits(s, i + 1, i + 4))
                return null;
            sb.append(s, i + 1, i + 4);
            i += 4;
        }
        return sb.toString();
    }

    /** The token as a plain integer literal (sign and digits), or null when it is not an integer. */
    private static String integerLiteral(String t) {
        int i = 0;
        String sign = "";
        if (t.length() > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            sign = t.charAt(0) == '-' ? "-" : "";
            i = 1;
        }
        String d = integerPart(t, i, t.length());
        return d == null ? null : sign + d;
    }

    private long parseIntegral(long min, long max) {
        String t = peek();
        if (t == null)
            throw new NoSuchElementException();
        String lit = integerLiteral(t);
        if (lit == null)
            throw new InputMismatchException();
        long v;
        try {
            v = Long.parseLong(lit);
        } catch (NumberFormatException e) {
            throw new InputMismatchException(e.getMessage());
        }
        if (v < min || v > max)
            throw new InputMismatchException("Value out of range. Value:\"" + lit + "\" Radix:10");
        pos = tokEnd;
        return v;
    }

    private boolean hasIntegral(long min, long max) {
        String t = peek();
        if (t == null)
            return false;
        String lit = integerLiteral(t);
        if (lit == null)
            return false;
        try {
            long v = Long.parseLong(lit);
            return v >= min && v <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public boolean hasNextInt() {
        return hasIntegral(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public int nextInt() {
        String t = peek();
        if (t != null) {
            String lit = integerLiteral(t);
            if (lit != null) {
                try {
                    Integer.parseInt(lit);
                } catch (NumberFormatException e) {
                    throw new InputMismatchException(e.getMessage());
                }
            }
        }
        return (int) parseIntegral(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public boolean hasNextLong() {
        return hasIntegral(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public long nextLong() {
        return parseIntegral(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public boolean hasNextShort() {
        return hasIntegral(Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public short nextShort() {
        return (short) parseIntegral(Short.MIN_VALUE, Short.MAX_VALUE);
    }

    public boolean hasNextByte() {
        return hasIntegral(Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    public byte nextByte() {
        return (byte) parseIntegral(Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    /** The token as a Java double literal, or null when it is not a decimal number. */
    private static String decimalLiteral(String t) {
        int i = 0;
        String sign = "";
        if (t.length() > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            sign = t.charAt(0) == '-' ? "-" : "";
            i = 1;
        }
        String rest = t.substring(i);
        if (rest.equals("NaN") || rest.equals("Infinity"))
            return sign + rest;
        int e = rest.length();
        for (int k = 0; k < rest.length(); k++)
            if (rest.charAt(k) == 'e' || rest.charAt(k) == 'E') {
                e = k;
                break;
            }
        String exp = "";
        if (e < rest.length()) {
            int s = e + 1;
            if (s < rest.length() && (rest.charAt(s) == '-' || rest.charAt(s) == '+'))
                s++;
            if (!isDigits(rest, s, rest.length()))
                return null;
            exp = rest.substring(e);
        }
        String mant = rest.substring(0, e);
        int dot = mant.indexOf('.');
        String ip = dot < 0 ? mant : mant.substring(0, dot);
        String fp = dot < 0 ? "" : mant.substring(dot + 1);
        if (ip.isEmpty() && fp.isEmpty())
            return null;
        String digits = ip.isEmpty() ? "0" : integerPart(ip, 0, ip.length());
        if (digits == null || (!fp.isEmpty() && !isDigits(fp, 0, fp.length())))
            return null;
        return sign + digits + "." + (fp.isEmpty() ? "0" : fp) + exp;
    }

    public boolean hasNextDouble() {
        String t = peek();
        return t != null && decimalLiteral(t) != null;
    }

    public double nextDouble() {
        String t = peek();
        if (t == null)
            throw new NoSuchElementException();
        String lit = decimalLiteral(t);
        if (lit == null)
            throw new InputMismatchException();
        pos = tokEnd;
        return Double.parseDouble(lit);
    }

    public boolean hasNextFloat() {
        return hasNextDouble();
    }

    public float nextFloat() {
        String t = peek();
        if (t == null)
            throw new NoSuchElementException();
        String lit = decimalLiteral(t);
        if (lit == null)
            throw new InputMismatchException();
        pos = tokEnd;
        return Float.parseFloat(lit);
    }

    public boolean hasNextBoolean() {
        String t = peek();
        return t != null && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"));
    }

    public boolean nextBoolean() {
        String t = peek();
        if (t == null)
            throw new NoSuchElementException();
        if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false"))
            throw new InputMismatchException();
        pos = tokEnd;
        return t.equalsIgnoreCase("true");
    }

    public IOException ioException() {
        return lastException;
    }

    public void remove() {
        throw new UnsupportedOperationException();
    }

    public void close() {
        if (closed)
            return;
        closed = true;
        try {
            in.close();
        } catch (IOException e) {
            lastException = e;
        }
    }

    public String toString() {
        return "java.util.Scanner[delimiters=\\p{javaWhitespace}+]";
    }
}
