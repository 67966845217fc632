package java.io;

/**
 * PrintStream: text is encoded as UTF-8, or as US-ASCII with '?' for what ASCII cannot hold, following the
 * locale the VM was started in (as the JDK's default charset does). With autoflush, every write is flushed,
 * which is what the JDK's System.out does in effect.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private final boolean utf8;
    private boolean trouble;
    private boolean closing;

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(out, autoFlush, true);
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(out, autoFlush, isUtf8(encoding));
    }

    public PrintStream(String fileName) throws FileNotFoundException {
        this(new FileOutputStream(fileName), false);
    }

    public PrintStream(File file) throws FileNotFoundException {
        this(new FileOutputStream(file), false);
    }

    /** For System.out/err: utf8 says whether the default charset is UTF-8. */
    public PrintStream(OutputStream out, boolean autoFlush, boolean utf8) {
        super(out);
        if (out == null)
            throw new NullPointerException("Null output stream");
        this.autoFlush = autoFlush;
        this.utf8 = utf8;
    }

    private static boolean isUtf8(String enc) throws UnsupportedEncodingException {
        String e = enc.toUpperCase();
        if (e.equals("UTF-8") || e.equals("UTF8"))
            return true;
        if (e.equals("US-ASCII") || e.equals("ASCII") || e.equals("ISO-8859-1"))
            return false;
        throw new UnsupportedEncodingException(enc);
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void close() {
        if (!closing) {
            closing = true;
            try {
                out.close();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    public boolean checkError() {
        if (out != null)
            flush();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    public void write(int b) {
        try {
            out.write(b);
            if ((b == '\n') && autoFlush)
                out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void write(byte[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
            if (autoFlush)
                out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    private byte[] encode(String s) {
        char[] v = s.toCharArray();
        if (utf8)
            return jdk.internal.ember.Utf8.encode(v, 0, v.length);
        int n = 0;
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            char c = v[i];
            if (Character.isHighSurrogate(c) && i + 1 < v.length && Character.isLowSurrogate(v[i + 1]))
                i++;
            b[n++] = c < 0x80 ? (byte) c : (byte) '?';
        }
        if (n == b.length)
            return b;
        byte[] r = new byte[n];
        System.arraycopy(b, 0, r, 0, n);
        return r;
    }

    private void writeText(String s) {
        byte[] b = encode(s);
        try {
            out.write(b, 0, b.length);
            if (autoFlush)
                out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void print(boolean b) {
        writeText(String.valueOf(b));
    }

    public void print(char c) {
        writeText(String.valueOf(c));
    }

    public void print(int i) {
        writeText(String.valueOf(i));
    }

    public void print(long l) {
        writeText(String.valueOf(l));
    }

    public void print(float f) {
        writeText(String.valueOf(f));
    }

    public void print(double d) {
        writeText(String.valueOf(d));
    }

    public void print(char[] s) {
        writeText(new String(s));
    }

    public void print(String s) {
        writeText(String.valueOf(s));
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj));
    }

    public void println() {
        writeText(System.lineSeparator());
    }

    private void writeln(String s) {
        writeText(s.concat(System.lineSeparator()));
    }

    public void println(boolean x) {
        writeln(String.valueOf(x));
    }

    public void println(char x) {
        writeln(String.valueOf(x));
    }

    public void println(int x) {
        writeln(String.valueOf(x));
    }

    public void println(long x) {
        writeln(String.valueOf(x));
    }

    public void println(float x) {
        writeln(String.valueOf(x));
    }

    public void println(double x) {
        writeln(String.valueOf(x));
    }

    public void println(char[] x) {
        writeln(new String(x));
    }

    public void println(String x) {
        writeln(String.valueOf(x));
    }

    public void println(Object x) {
        writeln(String.valueOf(x));
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(format, args);
    }

    public PrintStream format(String format, Object... args) {
        writeText(jdk.internal.ember.Fmt.format(format, args));
        return this;
    }

    public PrintStream format(java.util.Locale l, String format, Object... args) {
        return format(format, args);
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null)
            csq = "null";
        return append(csq.subSequence(start, end));
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
