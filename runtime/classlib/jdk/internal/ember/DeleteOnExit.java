package jdk.internal.ember;

/** Files to delete at shutdown (File.deleteOnExit), in reverse order of registration like the JDK. */
public final class DeleteOnExit {
    private static String[] paths = new String[0];

    private DeleteOnExit() {
    }

    public static synchronized void add(String path) {
        for (String p : paths)
            if (p.equals(path))
                return;
        String[] n = new String[paths.length + 1];
        System.arraycopy(paths, 0, n, 0, paths.length);
        n[paths.length] = path;
        paths = n;
    }

    /** Called by the shutdown sequence after the hooks. */
    public static void run() {
        for (int i = paths.length - 1; i >= 0; i--)
            new java.io.File(paths[i]).delete();
    }
}
