package java.lang;

/**
 * The shutdown sequence: application hooks run in registration order (there is one Java thread, so a hook's
 * run() is called rather than its thread started), then the VM halts. The VM calls {@link #shutdown()} when
 * main returns or throws.
 */
class Shutdown {
    private static Thread[] hooks = new Thread[4];
    private static int nHooks;
    private static boolean running;

    static synchronized void add(Thread hook) {
        if (hook == null)
            throw new NullPointerException();
        if (running)
            throw new IllegalStateException("Shutdown in progress");
        for (int i = 0; i < nHooks; i++)
            if (hooks[i] == hook)
                throw new IllegalArgumentException("Hook already registered");
        if (nHooks == hooks.length) {
            Thread[] h = new Thread[nHooks * 2];
            System.arraycopy(hooks, 0, h, 0, nHooks);
            hooks = h;
        }
        hooks[nHooks++] = hook;
    }

    static synchronized boolean remove(Thread hook) {
        if (hook == null)
            throw new NullPointerException();
        if (running)
            throw new IllegalStateException("Shutdown in progress");
        for (int i = 0; i < nHooks; i++) {
            if (hooks[i] == hook) {
                System.arraycopy(hooks, i + 1, hooks, i, nHooks - i - 1);
                hooks[--nHooks] = null;
                return true;
            }
        }
        return false;
    }

    private static void runHooks() {
        if (running)
            return;
        running = true;
        for (int i = 0; i < nHooks; i++) {
            Thread h = hooks[i];
            try {
                h.run();
            } catch (Throwable t) {
                h.dispatchUncaughtException(t);
            }
        }
    }

    static void beforeHalt() {
        jdk.internal.ember.DeleteOnExit.run();
        System.out.flush();
        System.err.flush();
    }

    static void exit(int status) {
        runHooks();
        beforeHalt();
        halt(status);
    }

    /** Called by the VM after main. */
    static void shutdown() {
        runHooks();
        beforeHalt();
    }

    static native void halt(int status);
}
