package java.util.stream;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.IntSummaryStatistics;
import java.util.function.*;

public interface IntStream extends BaseStream<Integer, IntStream> {
    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);

    LongStream mapToLong(IntToLongFunction mapper);

    DoubleStream mapToDouble(IntToDoubleFunction mapper);

    LongStream asLongStream();

    DoubleStream asDoubleStream();

    IntStream flatMap(IntFunction<? extends IntStream> mapper);

    IntStream mapMulti(IntMapMultiConsumer mapper);

    IntStream distinct();

    IntStream sorted();

    IntStream peek(IntConsumer action);

    IntStream limit(long maxSize);

    IntStream skip(long n);

    IntStream takeWhile(IntPredicate predicate);

    IntStream dropWhile(IntPredicate predicate);

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    IntSummaryStatistics summaryStatistics();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    Stream<Integer> boxed();

    PrimitiveIterator.OfInt iterator();

    static Builder builder() {
        return new Streams.IntBuilder();
    }

    static IntStream empty() {
        return new IntPipe(new Source.Ints(new int[0], 0, 0));
    }

    static IntStream of(int t) {
        return new IntPipe(new Source.Ints(new int[] {t}, 0, 1));
    }

    static IntStream of(int... values) {
        return new IntPipe(new Source.Ints(values, 0, values.length));
    }

    static IntStream iterate(final int seed, final IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return new IntPipe(new Source() {
            int prev;
            boolean started;

            boolean tryAdvance(Sink s) {
                int t;
                if (started) {
                    t = f.applyAsInt(prev);
                } else {
                    t = seed;
                    started = true;
                }
                prev = t;
                s.accept(t);
                return true;
            }
        });
    }

    static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new IntPipe(new Source() {
            int prev;
            boolean started, finished;

            boolean tryAdvance(Sink s) {
                if (finished)
                    return false;
                int t;
                if (started) {
                    t = next.applyAsInt(prev);
                } else {
                    t = seed;
                    started = true;
                }
                if (!hasNext.test(t)) {
                    finished = true;
                    return false;
                }
                prev = t;
                s.accept(t);
                return true;
            }
        });
    }

    static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return new IntPipe(new Source() {
            boolean tryAdvance(Sink k) {
                k.accept(s.getAsInt());
                return true;
            }
        });
    }

    static IntStream range(int startInclusive, int endExclusive) {
        if (startInclusive >= endExclusive)
            return empty();
        return new IntPipe(new Source.IntRange(startInclusive, endExclusive - 1));
    }

    static IntStream rangeClosed(int startInclusive, int endInclusive) {
        if (startInclusive > endInclusive)
            return empty();
        return new IntPipe(new Source.IntRange(startInclusive, endInclusive));
    }

    static IntStream concat(IntStream a, IntStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        IntPipe r = new IntPipe(new Source.Concat(Streams.sourceOf(a), Streams.sourceOf(b)));
        r.onClose(Pipe.closer(a, b));
        return r;
    }

    interface Builder extends IntConsumer {
        void accept(int t);

        default Builder add(int t) {
            accept(t);
            return this;
        }

        IntStream build();
    }

    @FunctionalInterface
    interface IntMapMultiConsumer {
        void accept(int value, IntConsumer ic);
    }
}
