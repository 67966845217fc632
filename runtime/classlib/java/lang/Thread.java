package java.lang;

/**
 * Threads. Ember runs one Java thread: Thread objects can be created, named and run() directly, and the
 * current thread sleeps and is interrupted as usual, but start() throws UnsupportedOperationException.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private static int threadInitNumber;
    private static long threadSeqNumber = 1;
    private static final ThreadGroup MAIN_GROUP = new ThreadGroup("main");
    private static UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    private String name;
    private Runnable target;
    private int priority = NORM_PRIORITY;
    private boolean daemon;
    private boolean interrupted;
    private boolean alive;
    private final long tid;
    private UncaughtExceptionHandler uncaughtExceptionHandler;
    Object threadLocals;

    public enum State {
        NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED
    }

    public State getState() {
        return alive ? State.RUNNABLE : State.NEW;
    }

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public Thread() {
        this(null, null, "Thread-" + nextThreadNum());
    }

    public Thread(Runnable target) {
        this(null, target, "Thread-" + nextThreadNum());
    }

    public Thread(String name) {
        this(null, null, name);
    }

    public Thread(Runnable target, String name) {
        this(null, target, name);
    }

    public Thread(ThreadGroup group, Runnable target) {
        this(group, target, "Thread-" + nextThreadNum());
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, name);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        if (name == null)
            throw new NullPointerException("'name' is null");
        this.name = name;
        this.target = target;
        this.tid = ++threadSeqNumber;
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        this(group, target, name);
    }

    /** The VM's main thread. */
    private Thread(String name, boolean main) {
        this.name = name;
        this.tid = 1;
        this.alive = true;
    }

    private static synchronized int nextThreadNum() {
        return threadInitNumber++;
    }

    public static native Thread currentThread();

    public static native boolean holdsLock(Object obj);

    public static void yield() {
    }

    public static void onSpinWait() {
    }

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        Thread t = currentThread();
        if (t.interrupted) {
            t.interrupted = false;
            throw new InterruptedException("sleep interrupted");
        }
        sleep0(millis, 0);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999)
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        sleep0(millis, nanos);
    }

    private static native void sleep0(long millis, int nanos);

    public void start() {
        throw new UnsupportedOperationException("Thread.start: Ember runs a single Java thread; starting a second thread is not supported yet");
    }

    public void run() {
        if (target != null)
            target.run();
    }

    public void interrupt() {
        interrupted = true;
    }

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean r = t.interrupted;
        t.interrupted = false;
        return r;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public final boolean isAlive() {
        return alive;
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY)
            throw new IllegalArgumentException();
        priority = newPriority;
    }

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        if (name == null)
            throw new NullPointerException("name cannot be null");
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getThreadGroup() {
        return MAIN_GROUP;
    }

    public final void join(long millis) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    public final void setDaemon(boolean on) {
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public long getId() {
        return tid;
    }

    public StackTraceElement[] getStackTrace() {
        return new Throwable().getStackTrace();
    }

    public String toString() {
        return "Thread[" + getName() + "," + getPriority() + "," + MAIN_GROUP.getName() + "]";
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultUncaughtExceptionHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return uncaughtExceptionHandler != null ? uncaughtExceptionHandler : MAIN_GROUP;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        uncaughtExceptionHandler = eh;
    }

    /** Called by the VM (and the shutdown sequence) for an exception nobody caught. */
    void dispatchUncaughtException(Throwable e) {
        getUncaughtExceptionHandler().uncaughtException(this, e);
    }
}
