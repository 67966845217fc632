package java.io;

/** Decodes UTF-8 (the default charset Ember assumes for input) from a byte stream. */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final byte[] bb = new byte[8192];
    private int bpos, blen;
    private int pendingLow = -1;

    public InputStreamReader(InputStream in) {
        super(in);
        this.in = in;
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        this(in);
        String cs = charsetName.toUpperCase();
        if (!cs.equals("UTF-8") && !cs.equals("UTF8"))
            throw new UnsupportedEncodingException(charsetName);
    }

    public String getEncoding() {
        return "UTF8";
    }

    private int nextByte() throws IOException {
        if (bpos >= blen) {
            blen = in.read(bb, 0, bb.length);
            bpos = 0;
            if (blen <= 0) {
                blen = 0;
                return -1;
            }
        }
        return bb[bpos++] & 0xff;
    }

    private int peekByte() throws IOException {
        int b = nextByte();
        if (b >= 0)
            bpos--;
        return b;
    }

    /** One UTF-16 unit, or -1 at end of input. */
    private int readChar() throws IOException {
        if (pendingLow >= 0) {
            int c = pendingLow;
            pendingLow = -1;
            return c;
        }
        int b = nextByte();
        if (b < 0)
            return -1;
        if (b < 0x80)
            return b;
        int need, cp;
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            cp = b & 0x0f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            cp = b & 0x07;
        } else {
            return 0xfffd;
        }
        for (int i = 0; i < need; i++) {
            int c = peekByte();
            if (c < 0 || (c & 0xc0) != 0x80)
                return 0xfffd;
            nextByte();
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp >= 0x10000) {
            pendingLow = 0xdc00 + ((cp - 0x10000) & 0x3ff);
            return 0xd800 + ((cp - 0x10000) >> 10);
        }
        return cp;
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > cbuf.length - len)
            throw new IndexOutOfBoundsException();
        if (len == 0)
            return 0;
        int n = 0;
        while (n < len) {
            if (n > 0 && bpos >= blen && pendingLow < 0 && in.available() <= 0)
                break;
            int c = readChar();
            if (c < 0)
                break;
            cbuf[off + n++] = (char) c;
        }
        return n == 0 ? -1 : n;
    }

    public boolean ready() throws IOException {
        return bpos < blen || in.available() > 0;
    }

    public void close() throws IOException {
        in.close();
    }
}
