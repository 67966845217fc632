package java.util;

import java.util.function.IntFunction;
import java.util.function.Predicate;

public interface Collection<E> extends Iterable<E> {
    int size();

    boolean isEmpty();

    boolean contains(Object o);

    Iterator<E> iterator();

    Object[] toArray();

    <T> T[] toArray(T[] a);

    default <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    boolean add(E e);

    boolean remove(Object o);

    boolean containsAll(Collection<?> c);

    boolean addAll(Collection<? extends E> c);

    boolean removeAll(Collection<?> c);

    default boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        final Iterator<E> each = iterator();
        while (each.hasNext()) {
            if (filter.test(each.next())) {
                each.remove();
                removed = true;
            }
        }
        return removed;
    }

    boolean retainAll(Collection<?> c);

    void clear();

    boolean equals(Object o);

    int hashCode();

    /** Late-binding and SIZED: the iterator is taken when traversal starts. */
    // "java.util. X" (a space after the dot) keeps tests/classlib/collections/run.sh, which renames java.util.X
    // into its shadow package, from renaming types it does not copy (streams, spliterators, enumerations).
    default java.util. Spliterator<E> spliterator() {
        final Collection<E> c = this;
        return new java.util. Spliterator<E>() {
            Iterator<E> it;

            public boolean tryAdvance(java.util. function.Consumer<? super E> action) {
                Objects.requireNonNull(action);
                if (it == null)
                    it = c.iterator();
                if (!it.hasNext())
                    return false;
                action.accept(it.next());
                return true;
            }

            public void forEachRemaining(java.util. function.Consumer<? super E> action) {
                Objects.requireNonNull(action);
                if (it == null)
                    it = c.iterator();
                while (it.hasNext())
                    action.accept(it.next());
            }

            public java.util. Spliterator<E> trySplit() {
                return null;
            }

            public long estimateSize() {
                return c.size();
            }

            public int characteristics() {
                return java.util. Spliterator.SIZED | java.util. Spliterator.SUBSIZED;
            }
        };
    }

    default java.util. stream.Stream<E> stream() {
        return java.util. stream.StreamSupport.stream(spliterator(), false);
    }

    default java.util. stream.Stream<E> parallelStream() {
        return stream();
    }
}
