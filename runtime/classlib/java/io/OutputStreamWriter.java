package java.io;

/** Encodes text as UTF-8 onto a byte stream. */
public class OutputStreamWriter extends Writer {
    private final OutputStream out;

    public OutputStreamWriter(OutputStream out) {
        super(out);
        this.out = out;
    }

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        this(out);
        String cs = charsetName.toUpperCase();
        if (!cs.equals("UTF-8") && !cs.equals("UTF8"))
            throw new UnsupportedEncodingException(charsetName);
    }

    public String getEncoding() {
        return "UTF8";
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        byte[] b = jdk.internal.ember.Utf8.encode(cbuf, off, len);
        out.write(b, 0, b.length);
    }

    public void flush() throws IOException {
        out.flush();
    }

    public void close() throws IOException {
        out.close();
    }
}
