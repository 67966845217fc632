package java.util.stream;

import java.util.Iterator;

/**
 * Ember's replacement for the JDK's StreamSupport: streams over iterators (the JDK's version takes
 * Spliterators, which Ember's class library does not have).
 */
public final class StreamSupport {
    private StreamSupport() {
    }

    /** A sequential stream of the iterator's elements; size is the exact count, or -1 if unknown. */
    public static <T> Stream<T> iteratorStream(Iterator<T> it, long size) {
        return new RefPipe<>(new Source.Iter(it, size));
    }

    /** A late-binding sequential stream over a collection (Collection.stream()). */
    public static <T> Stream<T> collectionStream(java.util.Collection<T> c) {
        return new RefPipe<>(new Source.Iter(c));
    }

    public static <T> Stream<T> arrayStream(T[] a, int from, int to) {
        return new RefPipe<>(new Source.Refs(a, from, to));
    }

    public static IntStream intArrayStream(int[] a, int from, int to) {
        return new IntPipe(new Source.Ints(a, from, to));
    }

    public static LongStream longArrayStream(long[] a, int from, int to) {
        return new LongPipe(new Source.Longs(a, from, to));
    }

    public static DoubleStream doubleArrayStream(double[] a, int from, int to) {
        return new DoublePipe(new Source.Doubles(a, from, to));
    }
}
