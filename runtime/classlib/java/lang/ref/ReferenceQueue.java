package java.lang.ref;

/**
 * Reference queues, to which the collector's cleared references are appended (JDK 17 API).
 *
 * <p>Like the JDK's, the queue is a stack: the last reference enqueued is the first one polled.
 *
 * <p>Ember has one Java thread and no reference-handler thread: every poll and remove first moves the
 * references the collector has cleared since the last time onto their queues
 * (Reference.processPendingReferences), which is what HotSpot's reference handler would have done by then.
 * Waiting, with nobody else to enqueue anything:
 * <ul>
 * <li>{@link #remove(long)} sleeps for the timeout and returns null, as HotSpot does when nothing comes;</li>
 * <li>{@link #remove()} runs one full collection (System.gc()) and looks again, so that a program waiting for
 *     garbage to be found gets it; if there is still nothing, nothing can ever arrive (no other thread runs,
 *     and a full collection already found everything unreachable), and like HotSpot the call never returns:
 *     the thread waits forever (Object.wait() with no timeout), as Ember's Object.wait() does.</li>
 * </ul>
 * A thread whose interrupt flag is set when the call would have to wait gets an InterruptedException (with
 * no message, like HotSpot's Object.wait), and the flag is cleared.
 */
public class ReferenceQueue<T> {
    /* the state of an enqueued reference (Reference.queue); never holds references itself */
    static final ReferenceQueue<Object> ENQUEUED = new ReferenceQueue<>();

    private Reference<? extends T> head; /* last enqueued; the last in the list links to itself */

    /** Constructs a new, empty reference-object queue. */
    public ReferenceQueue() {
    }

    /* Called by Reference (enqueue() and the pending list): false when r is already enqueued or removed. */
    boolean enqueue(Reference<? extends T> r) {
        if (this == ENQUEUED || r.queue != this)
            return false;
        r.next = head == null ? r : head;
        head = r;
        r.queue = ENQUEUED;
        return true;
    }

    @SuppressWarnings("unchecked")
    private Reference<? extends T> take() {
        Reference<? extends T> r = head;
        if (r == null)
            return null;
        Reference<? extends T> n = (Reference<? extends T>) r.next;
        head = n == r ? null : n;
        r.next = r;
        r.queue = null;
        return r;
    }

    /** Removes and returns the next reference on this queue, or null if it is empty; never waits. */
    public Reference<? extends T> poll() {
        Reference.processPendingReferences();
        return take();
    }

    /**
     * Removes the next reference on this queue, waiting up to {@code timeout} milliseconds for one
     * (0: without limit, like {@link #remove()}).
     * @return a reference, or null if the timeout expired first
     * @throws IllegalArgumentException if the timeout is negative
     * @throws InterruptedException if the thread is interrupted while it would wait
     */
    public Reference<? extends T> remove(long timeout) throws IllegalArgumentException, InterruptedException {
        if (timeout < 0)
            throw new IllegalArgumentException("Negative timeout value");
        if (timeout == 0)
            return remove();
        Reference<? extends T> r = poll();
        if (r != null)
            return r;
        checkInterrupt();
        // Nothing can be enqueued while this, the only thread, sleeps (no collection runs without it).
        Thread.sleep(timeout);
        return poll();
    }

    /**
     * Removes the next reference on this queue, waiting until one is available (see the class comment for
     * what waiting means with one thread).
     * @throws InterruptedException if the thread is interrupted while it would wait
     */
    public Reference<? extends T> remove() throws InterruptedException {
        Reference<? extends T> r = poll();
        if (r != null)
            return r;
        checkInterrupt();
        System.gc();
        r = poll();
        if (r != null)
            return r;
        synchronized (this) {
            for (;;) {
                wait();
                if ((r = poll()) != null)
                    return r;
            }
        }
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted())
            throw new InterruptedException();
    }
}
