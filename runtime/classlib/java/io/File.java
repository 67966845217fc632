package java.io;

public class File implements Serializable, Comparable<File> {
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    public File(String pathname) {
        if (pathname == null)
            throw new NullPointerException();
        this.path = normalize(pathname);
    }

    public File(String parent, String child) {
        if (child == null)
            throw new NullPointerException();
        if (parent == null)
            this.path = normalize(child);
        else if (parent.isEmpty())
            this.path = normalize("/" + child);
        else
            this.path = normalize(parent + "/" + child);
    }

    public File(File parent, String child) {
        this(parent == null ? null : parent.getPath(), child);
    }

    private static String normalize(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        char prev = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && prev == '/')
                continue;
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/')
            sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    public String getName() {
        int index = path.lastIndexOf('/');
        return path.substring(index + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf('/');
        if (index < 0)
            return null;
        if (index == 0)
            return path.length() > 1 ? "/" : null;
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public String getAbsolutePath() {
        if (isAbsolute())
            return path;
        String cwd = System.getProperty("user.dir");
        return path.isEmpty() ? cwd : cwd + "/" + path;
    }

    public File getAbsoluteFile() {
        return new File(getAbsolutePath());
    }

    public boolean exists() {
        return stat0(getAbsolutePath()) != 0;
    }

    public boolean isDirectory() {
        return stat0(getAbsolutePath()) == 2;
    }

    public boolean isFile() {
        return stat0(getAbsolutePath()) == 1;
    }

    public boolean canRead() {
        return exists();
    }

    public long length() {
        return length0(getAbsolutePath());
    }

    public boolean delete() {
        return delete0(getAbsolutePath());
    }

    public boolean mkdir() {
        return mkdir0(getAbsolutePath());
    }

    public boolean mkdirs() {
        if (exists())
            return false;
        if (mkdir())
            return true;
        File parent = getAbsoluteFile().getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && mkdir();
    }

    public boolean createNewFile() throws IOException {
        return create0(getAbsolutePath());
    }

    public String[] list() {
        return list0(getAbsolutePath());
    }

    public File[] listFiles() {
        String[] ss = list();
        if (ss == null)
            return null;
        File[] fs = new File[ss.length];
        for (int i = 0; i < ss.length; i++)
            fs[i] = new File(this, ss[i]);
        return fs;
    }

    private static java.util.Random tempRandom;

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3)
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        if (suffix == null)
            suffix = ".tmp";
        String dir = directory != null ? directory.getPath() : System.getProperty("java.io.tmpdir");
        if (tempRandom == null)
            tempRandom = new java.util.Random();
        for (;;) {
            long n = tempRandom.nextLong();
            File f = new File(dir, prefix + Long.toUnsignedString(n) + suffix);
            if (f.createNewFile())
                return f;
        }
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    public void deleteOnExit() {
        jdk.internal.ember.DeleteOnExit.add(getAbsolutePath());
    }

    public boolean renameTo(File dest) {
        return rename0(getAbsolutePath(), dest.getAbsolutePath());
    }

    public boolean canWrite() {
        return exists();
    }

    public long lastModified() {
        return 0L;
    }

    private static native boolean rename0(String from, String to);

    /** 0 missing, 1 regular file (or other), 2 directory. */
    private static native int stat0(String path);

    private static native long length0(String path);

    private static native boolean delete0(String path);

    private static native boolean mkdir0(String path);

    private static native boolean create0(String path) throws IOException;

    private static native String[] list0(String path);

    public int compareTo(File pathname) {
        return path.compareTo(pathname.path);
    }

    public boolean equals(Object obj) {
        return obj instanceof File && compareTo((File) obj) == 0;
    }

    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    public String toString() {
        return path;
    }
}
