package shadow.util;

import shadow.util.function.Consumer;

/** Stand-in for java.lang.Iterable inside the shadow package (the real one returns java.util.Iterator). */
public interface Iterable<T> {
    Iterator<T> iterator();

    default void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Iterator<T> it = iterator();
        while (it.hasNext())
            action.accept(it.next());
    }
}
