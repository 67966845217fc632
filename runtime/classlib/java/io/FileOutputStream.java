package java.io;

public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    private final String path;
    private boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        if (name == null)
            throw new NullPointerException();
        this.path = name;
        this.fd = new FileDescriptor();
        this.fd.fd = open0(name, append);
        // Recorded until closed: a snapshot is refused while a file is open (jdk.internal.ember.Snapshot).
        if (fd.fd > 2)
            jdk.internal.ember.Snapshot.fileOpened(fd.fd, name);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file.getPath(), false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        this(file.getPath(), append);
    }

    public FileOutputStream(FileDescriptor fdObj) {
        this.fd = fdObj;
        this.path = null;
    }

    private static native int open0(String name, boolean append) throws FileNotFoundException;

    private static native void writeBytes(int fd, byte[] b, int off, int len) throws IOException;

    private static native void close0(int fd) throws IOException;

    public void write(int b) throws IOException {
        writeBytes(fd.fd, new byte[] { (byte) b }, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        writeBytes(fd.fd, b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len)
            throw new IndexOutOfBoundsException();
        writeBytes(fd.fd, b, off, len);
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
