package java.util.stream;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The subset of java.util.stream.IntStream that Ember's class library supports: sequential, eagerly
 * evaluated streams of ints (String.chars(), codePoints(), IntStream.range/of).
 */
public interface IntStream extends AutoCloseable {
    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    IntStream distinct();

    IntStream sorted();

    IntStream limit(long maxSize);

    IntStream skip(long n);

    IntStream peek(IntConsumer action);

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    void close();

    static IntStream of(int... values) {
        return jdk.internal.ember.IntArrayStream.of(values.clone());
    }

    static IntStream empty() {
        return jdk.internal.ember.IntArrayStream.of(new int[0]);
    }

    static IntStream range(int startInclusive, int endExclusive) {
        if (startInclusive >= endExclusive)
            return empty();
        int[] a = new int[endExclusive - startInclusive];
        for (int i = 0; i < a.length; i++)
            a[i] = startInclusive + i;
        return jdk.internal.ember.IntArrayStream.of(a);
    }

    static IntStream rangeClosed(int startInclusive, int endInclusive) {
        if (startInclusive > endInclusive)
            return empty();
        return range(startInclusive, endInclusive).concatLast(endInclusive);
    }

    /** Internal: this stream followed by one more value. */
    IntStream concatLast(int value);
}
