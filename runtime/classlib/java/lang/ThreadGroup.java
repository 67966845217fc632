package java.lang;

public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    private final String name;
    private final ThreadGroup parent;

    ThreadGroup(String name) {
        this.name = name;
        this.parent = null;
    }

    public ThreadGroup(String name, boolean unused) {
        this(name);
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getParent() {
        return parent;
    }

    public void uncaughtException(Thread t, Throwable e) {
        Thread.UncaughtExceptionHandler ueh = Thread.getDefaultUncaughtExceptionHandler();
        if (ueh != null) {
            ueh.uncaughtException(t, e);
        } else {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    public String toString() {
        return getClass().getName() + "[name=" + getName() + ",maxpri=10]";
    }
}
