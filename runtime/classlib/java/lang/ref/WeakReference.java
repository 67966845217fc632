package java.lang.ref;

/** Weak references (JDK 17 API): cleared by the first collection that finds the referent only weakly reachable. */
public class WeakReference<T> extends Reference<T> {
    /** Creates a weak reference to {@code referent}, not registered with any queue. */
    public WeakReference(T referent) {
        super(referent);
    }

    /** Creates a weak reference to {@code referent}, registered with {@code q} (which may be null). */
    public WeakReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
