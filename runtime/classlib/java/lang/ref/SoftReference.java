package java.lang.ref;

/**
 * Soft references (JDK 17 API). Ember's collector clears them only in the last full collection before it
 * would throw OutOfMemoryError (HotSpot also clears them by an LRU policy under memory pressure; a program
 * cannot tell the difference except by timing).
 */
public class SoftReference<T> extends Reference<T> {
    /** Creates a soft reference to {@code referent}, not registered with any queue. */
    public SoftReference(T referent) {
        super(referent);
    }

    /** Creates a soft reference to {@code referent}, registered with {@code q} (which may be null). */
    public SoftReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }

    /** Returns the referent, or null if the reference has been cleared. */
    @Override
    public T get() {
        return super.get();
    }
}
