package java.lang.ref;

import java.util.Objects;

/**
 * Cleaners (JDK 17 API, without create(ThreadFactory): Ember has no java.util.concurrent and no threads).
 *
 * <p>The JDK runs each cleaner's actions on a thread of its own. Ember has one Java thread, so the actions of
 * objects the collector found phantom reachable run on it, when the references the collector cleared are
 * processed (Reference.processPendingReferences): at every ReferenceQueue poll/remove, at every register()
 * here, and after System.gc() when the VM is wired to call rt_ref_process_pending. As with the JDK, an
 * exception thrown by an action run that way is ignored; clean() called by the program runs the action on
 * the caller, and its exceptions propagate.
 *
 * <p>Reachability matches the JDK's: a registered Cleanable stays reachable until it has been cleaned, even
 * if the Cleaner itself is dropped (the JDK's cleaner thread holds it); a Cleaner with nothing registered is
 * ordinary garbage once the program drops it.
 */
public final class Cleaner {
    /** The queue of a cleaner: Reference.processPendingReferences runs the actions it receives. */
    static final class CleanerQueue extends ReferenceQueue<Object> {
    }

    /* Cleaners with at least one registered, not yet cleaned Cleanable (doubly linked, newest first). The
     * static root keeps their Cleanables reachable, like the JDK's cleaner threads. */
    private static Cleaner active;
    private Cleaner nextActive, prevActive;
    private boolean isActive;

    private final CleanerQueue queue = new CleanerQueue();
    /* sentinel of the circular list of registered Cleanables */
    private final Node list = new Node();

    private Cleaner() {
    }

    /** Returns a new cleaner. */
    public static Cleaner create() {
        return new Cleaner();
    }

    /**
     * Registers {@code obj} and the action to run once {@code obj} has become phantom reachable. The action
     * must not refer to {@code obj}, or {@code obj} never becomes phantom reachable.
     */
    public Cleanable register(Object obj, Runnable action) {
        Objects.requireNonNull(obj, "obj");
        Objects.requireNonNull(action, "action");
        Reference.processPendingReferences();
        return new Node(obj, this, action);
    }

    /** An object and its cleaning action, registered with a Cleaner. */
    public interface Cleanable {
        /** Unregisters the cleanable and runs its action; it runs at most once, whoever calls this. */
        void clean();
    }

    /* Runs the actions of every cleaner queue until they are all empty (Reference.processPendingReferences). */
    static void runPendingActions() {
        boolean ran;
        do {
            ran = false;
            for (Cleaner c = active, next; c != null; c = next) {
                // An action may unlink cleaners from the list: the links of an unlinked cleaner are kept, so
                // this walk still ends, and anything it may skip is seen by the next round.
                next = c.nextActive;
                Reference<?> r;
                while ((r = c.queue.poll()) != null) {
                    ran = true;
                    Node n = (Node) r;
                    try {
                        n.clean();
                    } catch (Throwable e) {
                        // ignored, as by the JDK's cleaner thread
                    }
                }
            }
        } while (ran);
    }

    private void insert(Node n) {
        n.nextNode = list.nextNode;
        n.prevNode = list;
        list.nextNode.prevNode = n;
        list.nextNode = n;
        if (!isActive) {
            isActive = true;
            prevActive = null;
            nextActive = active;
            if (active != null)
                active.prevActive = this;
            active = this;
        }
    }

    /* false if n was already removed */
    private boolean remove(Node n) {
        if (n.nextNode == n)
            return false;
        n.nextNode.prevNode = n.prevNode;
        n.prevNode.nextNode = n.nextNode;
        n.nextNode = n;
        n.prevNode = n;
        if (list.nextNode == list && isActive) {
            isActive = false;
            if (prevActive != null)
                prevActive.nextActive = nextActive;
            else
                active = nextActive;
            if (nextActive != null)
                nextActive.prevActive = prevActive;
        }
        return true;
    }

    private static final class Node extends PhantomReference<Object> implements Cleanable {
        private final Cleaner cleaner;
        private Runnable action;
        Node nextNode = this, prevNode = this;

        /* the list sentinel */
        Node() {
            super(null, null);
            cleaner = null;
        }

        Node(Object obj, Cleaner cleaner, Runnable action) {
            super(obj, cleaner.queue);
            this.cleaner = cleaner;
            this.action = action;
            cleaner.insert(this);
            Reference.reachabilityFence(obj);
        }

        @Override
        public void clean() {
            if (cleaner.remove(this)) {
                super.clear();
                Runnable a = action;
                action = null;
                a.run();
            }
        }

        /* As in the JDK, a Cleanable is unregistered only by clean(): the Reference methods that would clear or
         * enqueue it are refused. */
        @Override
        public void clear() {
            throw new UnsupportedOperationException("clear");
        }

        @Override
        public boolean enqueue() {
            throw new UnsupportedOperationException("enqueue");
        }

        @Override
        @SuppressWarnings("deprecation")
        public boolean isEnqueued() {
            throw new UnsupportedOperationException("isEnqueued");
        }
    }
}
