package java.io;

public class BufferedReader extends Reader {
    private final Reader in;
    private char[] cb;
    private int nChars, nextChar;
    private boolean skipLF;

    public BufferedReader(Reader in) {
        this(in, 8192);
    }

    public BufferedReader(Reader in, int sz) {
        super(in);
        if (sz <= 0)
            throw new IllegalArgumentException("Buffer size <= 0");
        this.in = in;
        cb = new char[sz];
    }

    private boolean fill() throws IOException {
        int n = in.read(cb, 0, cb.length);
        if (n <= 0) {
            nChars = nextChar = 0;
            return false;
        }
        nChars = n;
        nextChar = 0;
        return true;
    }

    public int read() throws IOException {
        for (;;) {
            if (nextChar >= nChars && !fill())
                return -1;
            if (skipLF) {
                skipLF = false;
                if (cb[nextChar] == '\n') {
                    nextChar++;
                    continue;
                }
            }
            return cb[nextChar++];
        }
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > cbuf.length - len)
            throw new IndexOutOfBoundsException();
        if (len == 0)
            return 0;
        int n = 0;
        while (n < len) {
            if (n > 0 && nextChar >= nChars && !in.ready())
                break;
            int c = read();
            if (c < 0)
                break;
            cbuf[off + n++] = (char) c;
        }
        return n == 0 ? -1 : n;
    }

    public String readLine() throws IOException {
        StringBuilder sb = null;
        for (;;) {
            if (nextChar >= nChars && !fill())
                return sb == null ? null : sb.toString();
            if (skipLF) {
                skipLF = false;
                if (cb[nextChar] == '\n') {
                    nextChar++;
                    continue;
                }
            }
            int start = nextChar;
            int i = start;
            while (i < nChars && cb[i] != '\n' && cb[i] != '\r')
                i++;
            if (sb == null)
                sb = new StringBuilder(i - start + 16);
            sb.append(cb, start, i - start);
            if (i < nChars) {
                if (cb[i] == '\r')
                    skipLF = true;
                nextChar = i + 1;
                return sb.toString();
            }
            nextChar = i;
        }
    }

    public boolean ready() throws IOException {
        return nextChar < nChars || in.ready();
    }

    public void close() throws IOException {
        in.close();
    }

    public java.util.stream.Stream<String> lines() {
        java.util.Iterator<String> it = new java.util.Iterator<String>() {
            String next;

            public boolean hasNext() {
                if (next != null)
                    return true;
                try {
                    next = readLine();
                    return next != null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            public String next() {
                if (next != null || hasNext()) {
                    String line = next;
                    next = null;
                    return line;
                }
                throw new java.util.NoSuchElementException();
            }
        };
        return java.util.stream.StreamSupport.iteratorStream(it, -1);
    }
}
