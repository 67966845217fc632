package java.util.stream;

import java.util.Iterator;

/** Streams over spliterators (the JDK's API), plus Ember-internal factories over iterators and arrays. */
public final class StreamSupport {
    private StreamSupport() {
    }

    public static <T> Stream<T> stream(java.util.Spliterator<T> spliterator, boolean parallel) {
        return new RefPipe<>(new Source.Split(java.util.Objects.requireNonNull(spliterator), Pipe.REF));
    }

    public static IntStream intStream(java.util.Spliterator.OfInt spliterator, boolean parallel) {
        return new IntPipe(new Source.Split(java.util.Objects.requireNonNull(spliterator), Pipe.INT));
    }

    public static LongStream longStream(java.util.Spliterator.OfLong spliterator, boolean parallel) {
        return new LongPipe(new Source.Split(java.util.Objects.requireNonNull(spliterator), Pipe.LONG));
    }

    public static DoubleStream doubleStream(java.util.Spliterator.OfDouble spliterator, boolean parallel) {
        return new DoublePipe(new Source.Split(java.util.Objects.requireNonNull(spliterator), Pipe.DOUBLE));
    }

    /** A sequential stream of the iterator's elements; size is the exact count, or -1 if unknown. */
    public static <T> Stream<T> iteratorStream(Iterator<T> it, long size) {
        return new RefPipe<>(new Source.Iter(it, size));
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
