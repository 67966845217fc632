package java.lang;

import java.util.function.Supplier;

/** One Java thread: the value lives in the ThreadLocal itself. */
public class ThreadLocal<T> {
    private T value;
    private boolean set;

    public ThreadLocal() {
    }

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        return new SuppliedThreadLocal<>(supplier);
    }

    public T get() {
        if (!set) {
            value = initialValue();
            set = true;
        }
        return value;
    }

    public void set(T value) {
        this.value = value;
        set = true;
    }

    public void remove() {
        value = null;
        set = false;
    }

    static final class SuppliedThreadLocal<T> extends ThreadLocal<T> {
        private final Supplier<? extends T> supplier;

        SuppliedThreadLocal(Supplier<? extends T> supplier) {
            if (supplier == null)
                throw new NullPointerException();
            this.supplier = supplier;
        }

        @Override
        protected T initialValue() {
            return supplier.get();
        }
    }
}
