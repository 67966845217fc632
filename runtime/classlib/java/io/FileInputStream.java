package java.io;

public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        if (name == null)
            throw new NullPointerException();
        fd = new FileDescriptor();
        fd.fd = open0(name);
        // Recorded until closed: a snapshot is refused while a file is open (jdk.internal.ember.Snapshot).
        if (fd.fd > 2)
            jdk.internal.ember.Snapshot.fileOpened(fd.fd, name);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        this(file.getPath());
    }

    public FileInputStream(FileDescriptor fdObj) {
        fd = fdObj;
    }

    private static native int open0(String name) throws FileNotFoundException;

    private static native int readBytes(int fd, byte[] b, int off, int len) throws IOException;

    private static native int available0(int fd) throws IOException;

    private static native void close0(int fd) throws IOException;

    public int read() throws IOException {
        byte[] b = new byte[1];
        int n = readBytes(fd.fd, b, 0, 1);
        return n <= 0 ? -1 : b[0] & 0xff;
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len)
            throw new IndexOutOfBoundsException();
        if (len == 0)
            return 0;
        return readBytes(fd.fd, b, off, len);
    }

    public int available() throws IOException {
        return available0(fd.fd);
    }

    public void close() throws IOException {
        if (closed)
            return;
        closed = true;
        if (fd.fd > 2) {
            // Forgotten before close0: the descriptor is released even when close reports an error.
            jdk.internal.ember.Snapshot.fileClosed(fd.fd);
            close0(fd.fd);
        }
        fd.fd = -1;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
