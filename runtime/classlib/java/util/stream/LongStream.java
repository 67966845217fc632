package java.util.stream;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.LongSummaryStatistics;
import java.util.function.*;

public interface LongStream extends BaseStream<Long, LongStream> {
    LongStream filter(LongPredicate predicate);

    LongStream map(LongUnaryOperator mapper);

    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);

    IntStream mapToInt(LongToIntFunction mapper);

    DoubleStream mapToDouble(LongToDoubleFunction mapper);

    DoubleStream asDoubleStream();

    LongStream flatMap(LongFunction<? extends LongStream> mapper);

    LongStream mapMulti(LongMapMultiConsumer mapper);

    LongStream distinct();

    LongStream sorted();

    LongStream peek(LongConsumer action);

    LongStream limit(long maxSize);

    LongStream skip(long n);

    LongStream takeWhile(LongPredicate predicate);

    LongStream dropWhile(LongPredicate predicate);

    void forEach(LongConsumer action);

    void forEachOrdered(LongConsumer action);

    long[] toArray();

    long reduce(long identity, LongBinaryOperator op);

    OptionalLong reduce(LongBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);

    long sum();

    OptionalLong min();

    OptionalLong max();

    long count();

    OptionalDouble average();

    LongSummaryStatistics summaryStatistics();

    boolean anyMatch(LongPredicate predicate);

    boolean allMatch(LongPredicate predicate);

    boolean noneMatch(LongPredicate predicate);

    OptionalLong findFirst();

    OptionalLong findAny();

    Stream<Long> boxed();

    PrimitiveIterator.OfLong iterator();

    static Builder builder() {
        return new Streams.LongBuilder();
    }

    static LongStream empty() {
        return new LongPipe(new Source.Longs(new long[0], 0, 0));
    }

    static LongStream of(long t) {
        return new LongPipe(new Source.Longs(new long[] {t}, 0, 1));
    }

    static LongStream of(long... values) {
        return new LongPipe(new Source.Longs(values, 0, values.length));
    }

    static LongStream iterate(final long seed, final LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return new LongPipe(new Source() {
            long prev;
            boolean started;

            boolean tryAdvance(Sink s) {
                long t;
                if (started) {
                    t = f.applyAsLong(prev);
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

    static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return new LongPipe(new Source() {
            long prev;
            boolean started, finished;

            boolean tryAdvance(Sink s) {
                if (finished)
                    return false;
                long t;
                if (started) {
                    t = next.applyAsLong(prev);
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

    static LongStream generate(LongSupplier s) {
        Objects.requireNonNull(s);
        return new LongPipe(new Source() {
            boolean tryAdvance(Sink k) {
                k.accept(s.getAsLong());
                return true;
            }
        });
    }

    static LongStream range(long startInclusive, long endExclusive) {
        if (startInclusive >= endExclusive)
            return empty();
        return new LongPipe(new Source.LongRange(startInclusive, endExclusive - 1));
    }

    static LongStream rangeClosed(long startInclusive, long endInclusive) {
        if (startInclusive > endInclusive)
            return empty();
        return new LongPipe(new Source.LongRange(startInclusive, endInclusive));
    }

    static LongStream concat(LongStream a, LongStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        LongPipe r = new LongPipe(new Source.Concat(Streams.sourceOf(a), Streams.sourceOf(b)));
        r.onClose(Pipe.closer(a, b));
        return r;
    }

    interface Builder extends LongConsumer {
        void accept(long t);

        default Builder add(long t) {
            accept(t);
            return this;
        }

        LongStream build();
    }

    @FunctionalInterface
    interface LongMapMultiConsumer {
        void accept(long value, LongConsumer ic);
    }
}
