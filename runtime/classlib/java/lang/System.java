package java.lang;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

public final class System {
    private System() {
    }

    public static final InputStream in = null;
    public static final PrintStream out = null;
    public static final PrintStream err = null;

    private static String[] propKeys;
    private static String[] propValues;
    private static int propCount;
    private static String lineSeparator;

    /** Called by the VM once at boot, before any application code. */
    private static void initPhase1() {
        String[] kv = vmProperties();
        propKeys = new String[kv.length / 2 + 16];
        propValues = new String[kv.length / 2 + 16];
        for (int i = 0; i + 1 < kv.length; i += 2)
            setProperty(kv[i], kv[i + 1]);
        lineSeparator = getProperty("line.separator");
        boolean utf8 = stdoutIsUtf8();
        setIn0(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        setOut0(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 8192), true, utf8));
        setErr0(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 8192), true, utf8));
    }

    private static native String[] vmProperties();

    private static native boolean stdoutIsUtf8();

    private static native void setIn0(InputStream in);

    private static native void setOut0(PrintStream out);

    private static native void setErr0(PrintStream err);

    public static void setIn(InputStream in) {
        setIn0(in);
    }

    public static void setOut(PrintStream out) {
        setOut0(out);
    }

    public static void setErr(PrintStream err) {
        setErr0(err);
    }

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native int identityHashCode(Object x);

    public static String lineSeparator() {
        return lineSeparator;
    }

    public static String getProperty(String key) {
        checkKey(key);
        for (int i = 0; i < propCount; i++)
            if (propKeys[i].equals(key))
                return propValues[i];
        return null;
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null)
            throw new NullPointerException();
        for (int i = 0; i < propCount; i++) {
            if (propKeys[i].equals(key)) {
                String old = propValues[i];
                propValues[i] = value;
                return old;
            }
        }
        if (propCount == propKeys.length) {
            String[] k = new String[propCount * 2];
            String[] v = new String[propCount * 2];
            arraycopy(propKeys, 0, k, 0, propCount);
            arraycopy(propValues, 0, v, 0, propCount);
            propKeys = k;
            propValues = v;
        }
        propKeys[propCount] = key;
        propValues[propCount++] = value;
        return null;
    }

    public static String clearProperty(String key) {
        checkKey(key);
        for (int i = 0; i < propCount; i++) {
            if (propKeys[i].equals(key)) {
                String old = propValues[i];
                propCount--;
                propKeys[i] = propKeys[propCount];
                propValues[i] = propValues[propCount];
                return old;
            }
        }
        return null;
    }

    private static void checkKey(String key) {
        if (key == null)
            throw new NullPointerException("key can't be null");
        if (key.isEmpty())
            throw new IllegalArgumentException("key can't be empty");
    }

    public static native String getenv(String name);

    public static java.util.Map<String, String> getenv() {
        String[] kv = environ();
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2)
            m.put(kv[i], kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static native String[] environ();

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static void runFinalization() {
    }

    public static Object getSecurityManager() {
        return null;
    }
}
