package java.lang;

import java.io.PrintStream;

/**
 * The root of exceptions. The VM records the stack into {@code backtrace} (a long[] of method and bytecode
 * index pairs) when the throwable is created; StackTraceElements are made from it only when asked for.
 */
public class Throwable implements java.io.Serializable {
    private String detailMessage;
    private Throwable cause = this;
    private transient Object backtrace;
    private transient int depth;
    private StackTraceElement[] stackTrace;
    private Throwable[] suppressed;
    private int nSuppressed;
    private boolean suppressionDisabled;

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace)
            fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
        this.suppressionDisabled = !enableSuppression;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this)
            throw new IllegalStateException("Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()), this);
        if (cause == this)
            throw new IllegalArgumentException("Self-causation not permitted", this);
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        printStackTrace(new StreamSink(s));
    }

    public void printStackTrace(java.io.PrintWriter s) {
        printStackTrace(new WriterSink(s));
    }

    /** Where a stack trace goes: a PrintStream or a PrintWriter. */
    private abstract static class Sink {
        abstract void println(Object o);
    }

    private static final class StreamSink extends Sink {
        private final PrintStream out;

        StreamSink(PrintStream out) {
            this.out = out;
        }

        void println(Object o) {
            out.println(o);
        }
    }

    private static final class WriterSink extends Sink {
        private final java.io.PrintWriter out;

        WriterSink(java.io.PrintWriter out) {
            this.out = out;
        }

        void println(Object o) {
            out.println(o);
        }
    }

    private void printStackTrace(Sink s) {
        Throwable[] dejaVu = new Throwable[8];
        int[] nDeja = new int[1];
        dejaVu = remember(dejaVu, nDeja, this);
        s.println(this);
        StackTraceElement[] trace = getOurStackTrace();
        for (StackTraceElement traceElement : trace)
            s.println("\tat " + traceElement);
        for (int i = 0; i < nSuppressed; i++)
            dejaVu = suppressed[i].printEnclosedStackTrace(s, trace, "Suppressed: ", "\t", dejaVu, nDeja);
        Throwable ourCause = getCause();
        if (ourCause != null)
            ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", "", dejaVu, nDeja);
    }

    private static Throwable[] remember(Throwable[] seen, int[] n, Throwable t) {
        if (n[0] == seen.length) {
            Throwable[] bigger = new Throwable[seen.length * 2];
            System.arraycopy(seen, 0, bigger, 0, seen.length);
            seen = bigger;
        }
        seen[n[0]++] = t;
        return seen;
    }

    private static boolean seenBefore(Throwable[] seen, int n, Throwable t) {
        for (int i = 0; i < n; i++)
            if (seen[i] == t)
                return true;
        return false;
    }

    private Throwable[] printEnclosedStackTrace(Sink s, StackTraceElement[] enclosingTrace, String caption,
            String prefix, Throwable[] dejaVu, int[] nDeja) {
        if (seenBefore(dejaVu, nDeja[0], this)) {
            s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
            return dejaVu;
        }
        dejaVu = remember(dejaVu, nDeja, this);
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++)
            s.println(prefix + "\tat " + trace[i]);
        if (framesInCommon != 0)
            s.println(prefix + "\t... " + framesInCommon + " more");
        for (int i = 0; i < nSuppressed; i++)
            dejaVu = suppressed[i].printEnclosedStackTrace(s, trace, "Suppressed: ", prefix + "\t", dejaVu, nDeja);
        Throwable ourCause = getCause();
        if (ourCause != null)
            dejaVu = ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", prefix, dejaVu, nDeja);
        return dejaVu;
    }

    public synchronized Throwable fillInStackTrace() {
        stackTrace = null;
        fillInStackTrace0();
        return this;
    }

    private native void fillInStackTrace0();

    private native StackTraceElement[] buildStackTrace();

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == null) {
            stackTrace = backtrace == null ? new StackTraceElement[0] : buildStackTrace();
        }
        return stackTrace;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] defensiveCopy = stackTrace.clone();
        for (int i = 0; i < defensiveCopy.length; i++) {
            if (defensiveCopy[i] == null)
                throw new NullPointerException("stackTrace[" + i + "]");
        }
        this.stackTrace = defensiveCopy;
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this)
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        if (exception == null)
            throw new NullPointerException("Cannot suppress a null exception.");
        if (suppressionDisabled)
            return;
        if (suppressed == null)
            suppressed = new Throwable[2];
        if (nSuppressed == suppressed.length) {
            Throwable[] bigger = new Throwable[nSuppressed * 2];
            System.arraycopy(suppressed, 0, bigger, 0, nSuppressed);
            suppressed = bigger;
        }
        suppressed[nSuppressed++] = exception;
    }

    public final synchronized Throwable[] getSuppressed() {
        Throwable[] r = new Throwable[nSuppressed];
        if (nSuppressed > 0)
            System.arraycopy(suppressed, 0, r, 0, nSuppressed);
        return r;
    }
}
