package java.io;

public abstract class InputStream implements Closeable {
    public InputStream() {
    }

    public abstract int read() throws IOException;

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len)
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
        if (len == 0)
            return 0;
        int c = read();
        if (c == -1)
            return -1;
        b[off] = (byte) c;
        int i = 1;
        for (; i < len; i++) {
            if (available() <= 0)
                break;
            c = read();
            if (c == -1)
                break;
            b[off + i] = (byte) c;
        }
        return i;
    }

    public byte[] readAllBytes() throws IOException {
        byte[] buf = new byte[8192];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                byte[] b = new byte[buf.length * 2];
                System.arraycopy(buf, 0, b, 0, n);
                buf = b;
            }
            int r = read(buf, n, buf.length - n);
            if (r < 0)
                break;
            n += r;
        }
        byte[] out = new byte[n];
        System.arraycopy(buf, 0, out, 0, n);
        return out;
    }

    public long skip(long n) throws IOException {
        long k = 0;
        while (k < n && read() >= 0)
            k++;
        return k;
    }

    public int available() throws IOException {
        return 0;
    }

    public void close() throws IOException {
    }

    public boolean markSupported() {
        return false;
    }

    public void mark(int readlimit) {
    }

    public void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }

    public long transferTo(OutputStream out) throws IOException {
        byte[] buf = new byte[8192];
        long total = 0;
        int r;
        while ((r = read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, r);
            total += r;
        }
        return total;
    }
}
