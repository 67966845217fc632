package java.lang.ref;

/**
 * Phantom references (JDK 17 API): get() always returns null; refersTo still sees the referent until the
 * collector clears the reference (or clear()/enqueue() does).
 */
public class PhantomReference<T> extends Reference<T> {
    /** Creates a phantom reference to {@code referent}, registered with {@code q} (null: never enqueued). */
    public PhantomReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }

    /** Always null: the referent of a phantom reference is not accessible. */
    @Override
    public T get() {
        return null;
    }
}
