package java.lang.ref;

/**
 * Abstract base class of reference objects (JDK 17 API).
 *
 * <p>Contract with the collector (gc/): the loader marks every subclass of SoftReference, WeakReference and
 * PhantomReference (Class.ref_kind), and the GC finds three fields of this class by name and type:
 * {@code referent} (Ljava/lang/Object;), {@code queue} (Ljava/lang/ref/ReferenceQueue;) and
 * {@code discovered} (Ljava/lang/ref/Reference;). Do not rename them. When a collection finds that the referent
 * of a marked reference is no longer strongly reachable it sets {@code referent} to null and, if {@code queue}
 * is non-null, links the reference onto the VM's pending list (Vm.heap.ref_pending) through
 * {@code discovered}. Only the GC writes {@code discovered}, except {@link #processPendingReferences()}, which
 * unlinks what it takes off the pending list.
 *
 * <p>States, encoded in {@code queue} as in the JDK but with a real null instead of a "NULL" sentinel queue, so
 * that the collector puts only references that have somewhere to go on the pending list:
 * <ul>
 * <li>registered with a queue, not yet enqueued: {@code queue} is that queue;</li>
 * <li>enqueued: {@code queue == ReferenceQueue.ENQUEUED}, {@code next} links the queue (last one links to
 *     itself);</li>
 * <li>no queue, or already removed from its queue: {@code queue == null}.</li>
 * </ul>
 * Both ways into a queue clear the referent first (the GC before it makes the reference pending, enqueue()
 * explicitly), so the collector never sees an enqueued reference with a live referent.
 *
 * <p>Ember runs one Java thread, so there is no reference-handler thread: the pending list is moved onto the
 * queues by {@link #processPendingReferences()}, which ReferenceQueue.poll/remove and isEnqueued() call first,
 * as does the VM after System.gc() when it is wired to (see rt_ref_process_pending in rt_natives_ref.c).
 */
public abstract class Reference<T> {
    private T referent;
    volatile ReferenceQueue<? super T> queue;
    /* the next reference in the queue this one is enqueued on; self-linked at the end of the queue */
    volatile Reference next;
    /* written by the GC: its discovery lists and the pending list */
    private transient Reference<?> discovered;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    /** Returns this reference's referent, or null if it has been cleared. */
    public T get() {
        return referent;
    }

    /** Tests whether the referent of this reference is {@code obj} (a cleared reference refers to null). */
    public final boolean refersTo(T obj) {
        return refersToImpl(obj);
    }

    boolean refersToImpl(T obj) {
        return referent == obj;
    }

    /** Clears this reference; does not enqueue it. */
    public void clear() {
        referent = null;
    }

    /**
     * Tells whether this reference has been enqueued, by the program or by the collector.
     * @deprecated as in the JDK: use a ReferenceQueue instead
     */
    @Deprecated(since = "16")
    public boolean isEnqueued() {
        processPendingReferences();
        return queue == ReferenceQueue.ENQUEUED;
    }

    /**
     * Clears this reference and adds it to the queue it was registered with, if any.
     * @return true if this call enqueued it; false if it was already enqueued (or removed), or has no queue
     */
    public boolean enqueue() {
        referent = null;
        ReferenceQueue<? super T> q = queue;
        return q != null && q.enqueue(this);
    }

    /** References are not cloneable. */
    @Override
    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /**
     * Keeps {@code ref} strongly reachable until this point. The interpreter's reference maps already treat
     * every local that holds a reference as live until its last use at least, and a call passes the object
     * as an argument, so a call that does nothing is enough.
     */
    public static void reachabilityFence(Object ref) {
    }

    /* ---- the pending list ------------------------------------------------------------------------------- */

    /** Takes the VM's pending list (linked through {@code discovered}, ending with null) and empties it. */
    private static native Reference<?> getAndClearReferencePendingList();

    /* true while Cleaner.runPendingActions runs: cleaning actions are not started again underneath it */
    private static boolean runningCleaners;

    /**
     * Moves every reference the collector has made pending onto its queue; phantom-reachable objects of a
     * Cleaner get their cleaning actions run. Cheap when nothing is pending (one native call).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void processPendingReferences() {
        Reference r = getAndClearReferencePendingList();
        if (r == null)
            return;
        boolean cleaners = false;
        while (r != null) {
            Reference next = r.discovered;
            r.discovered = null;
            ReferenceQueue q = r.queue;
            if (q != null) {
                // An enqueue() by the program since the GC made it pending leaves ENQUEUED here, and
                // ReferenceQueue.enqueue refuses it: a reference is enqueued at most once.
                if (q.enqueue(r) && q instanceof Cleaner.CleanerQueue)
                    cleaners = true;
            }
            r = next;
        }
        if (cleaners && !runningCleaners) {
            // A cleaning action may allocate (and so collect), poll a queue or register with a cleaner: it
            // must not start the cleaner loop again underneath itself. Anything it makes pending is
            // picked up by the loop, which keeps going until every cleaner queue is empty.
            runningCleaners = true;
            try {
                Cleaner.runPendingActions();
            } finally {
                runningCleaners = false;
            }
        }
    }
}
