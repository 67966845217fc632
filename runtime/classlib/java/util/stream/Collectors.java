package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

@SuppressWarnings({"unchecked", "rawtypes"})
public final class Collectors {
    private Collectors() {
    }

    static final Set<Collector.Characteristics> CH_ID = Collections.unmodifiableSet(
            new HashSet<>(List.of(Collector.Characteristics.IDENTITY_FINISH)));
    static final Set<Collector.Characteristics> CH_UNORDERED_ID = Collections.unmodifiableSet(
            new HashSet<>(List.of(Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH)));
    static final Set<Collector.Characteristics> CH_UNORDERED_NOID = Collections.unmodifiableSet(
            new HashSet<>(List.of(Collector.Characteristics.UNORDERED)));
    static final Set<Collector.Characteristics> CH_NOID = Collections.emptySet();

    static final class Impl<T, A, R> implements Collector<T, A, R> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;
        private final Set<Characteristics> characteristics;

        Impl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                Function<A, R> finisher, Set<Characteristics> characteristics) {
            this.supplier = supplier;
            this.accumulator = accumulator;
            this.combiner = combiner;
            this.finisher = finisher;
            this.characteristics = characteristics;
        }

        Impl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                Set<Characteristics> characteristics) {
            this(supplier, accumulator, combiner, a -> (R) a, characteristics);
        }

        public Supplier<A> supplier() {
            return supplier;
        }

        public BiConsumer<A, T> accumulator() {
            return accumulator;
        }

        public BinaryOperator<A> combiner() {
            return combiner;
        }

        public Function<A, R> finisher() {
            return finisher;
        }

        public Set<Characteristics> characteristics() {
            return characteristics;
        }
    }

    private static <A, R> Function<A, R> finisherOf(Collector<?, A, R> c) {
        if (c.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH))
            return a -> (R) a;
        return c.finisher();
    }

    // ---- compensated (Kahan) summation, as the JDK's DoubleStream.sum and summingDouble do

    /** s[0] is the high-order sum, s[1] the (negative) compensation. */
    static double[] sumWithCompensation(double[] s, double value) {
        double tmp = value - s[1];
        double sum = s[0];
        double velvel = sum + tmp;
        s[1] = (velvel - sum) - tmp;
        s[0] = velvel;
        return s;
    }

    /** The final sum from s[0], s[1] and the simple sum in the last slot. */
    static double computeFinalSum(double[] s) {
        double tmp = s[0] - s[1];
        double simpleSum = s[s.length - 1];
        if (Double.isNaN(tmp) && Double.isInfinite(simpleSum))
            return simpleSum;
        return tmp;
    }

    // ---- collections

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> factory) {
        return new Impl<>(factory, Collection::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, CH_ID);
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return new Impl<>(ArrayList::new, List::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, CH_ID);
    }

    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return new Impl<T, List<T>, List<T>>(ArrayList::new, List::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, a -> List.copyOf(a), CH_NOID);
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return new Impl<>(HashSet::new, Set::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, CH_UNORDERED_ID);
    }

    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return new Impl<T, Set<T>, Set<T>>(HashSet::new, Set::add, (a, b) -> {
            a.addAll(b);
            return a;
        }, a -> Set.copyOf(a), CH_UNORDERED_NOID);
    }

    // ---- strings

    public static Collector<CharSequence, ?, String> joining() {
        return new Impl<CharSequence, StringBuilder, String>(StringBuilder::new, StringBuilder::append, (a, b) -> {
            a.append(b);
            return a;
        }, StringBuilder::toString, CH_NOID);
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix,
            CharSequence suffix) {
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        return new Impl<CharSequence, StringJoiner, String>(() -> new StringJoiner(delimiter, prefix, suffix),
                StringJoiner::add, StringJoiner::merge, StringJoiner::toString, CH_NOID);
    }

    // ---- adapters

    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper,
            Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return new Impl<T, A, R>(downstream.supplier(), (r, t) -> acc.accept(r, (U) mapper.apply(t)),
                downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(
            Function<? super T, ? extends Stream<? extends U>> mapper, Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return new Impl<T, A, R>(downstream.supplier(), (r, t) -> {
            Stream<? extends U> s = mapper.apply(t);
            if (s != null) {
                try {
                    s.sequential().forEach(u -> acc.accept(r, (U) u));
                } finally {
                    s.close();
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate,
            Collector<? super T, A, R> downstream) {
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        return new Impl<T, A, R>(downstream.supplier(), (r, t) -> {
            if (predicate.test(t))
                acc.accept(r, t);
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
            Function<R, RR> finisher) {
        Set<Collector.Characteristics> cs = downstream.characteristics();
        if (cs.contains(Collector.Characteristics.IDENTITY_FINISH)) {
            if (cs.size() == 1) {
                cs = CH_NOID;
            } else {
                HashSet<Collector.Characteristics> s = new HashSet<>(cs);
                s.remove(Collector.Characteristics.IDENTITY_FINISH);
                cs = Collections.unmodifiableSet(s);
            }
        }
        return new Impl<>(downstream.supplier(), downstream.accumulator(), downstream.combiner(),
                downstream.finisher().andThen(finisher), cs);
    }

    // ---- reductions

    public static <T> Collector<T, ?, Long> counting() {
        return summingLong(e -> 1L);
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reducing((a, b) -> comparator.compare(a, b) <= 0 ? a : b);
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reducing((a, b) -> comparator.compare(a, b) >= 0 ? a : b);
    }

    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {
        return new Impl<T, int[], Integer>(() -> new int[1], (a, t) -> a[0] += mapper.applyAsInt(t), (a, b) -> {
            a[0] += b[0];
            return a;
        }, a -> a[0], CH_NOID);
    }

    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {
        return new Impl<T, long[], Long>(() -> new long[1], (a, t) -> a[0] += mapper.applyAsLong(t), (a, b) -> {
            a[0] += b[0];
            return a;
        }, a -> a[0], CH_NOID);
    }

    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        return new Impl<T, double[], Double>(() -> new double[3], (a, t) -> {
            double v = mapper.applyAsDouble(t);
            sumWithCompensation(a, v);
            a[2] += v;
        }, (a, b) -> {
            sumWithCompensation(a, b[0]);
            a[2] += b[2];
            sumWithCompensation(a, -b[1]);
            return a;
        }, a -> computeFinalSum(a), CH_NOID);
    }

    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {
        return new Impl<T, long[], Double>(() -> new long[2], (a, t) -> {
            a[0] += mapper.applyAsInt(t);
            a[1]++;
        }, (a, b) -> {
            a[0] += b[0];
            a[1] += b[1];
            return a;
        }, a -> (a[1] == 0) ? 0.0d : (double) a[0] / a[1], CH_NOID);
    }

    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        return new Impl<T, long[], Double>(() -> new long[2], (a, t) -> {
            a[0] += mapper.applyAsLong(t);
            a[1]++;
        }, (a, b) -> {
            a[0] += b[0];
            a[1] += b[1];
            return a;
        }, a -> (a[1] == 0) ? 0.0d : (double) a[0] / a[1], CH_NOID);
    }

    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        return new Impl<T, double[], Double>(() -> new double[4], (a, t) -> {
            double v = mapper.applyAsDouble(t);
            sumWithCompensation(a, v);
            a[2]++;
            a[3] += v;
        }, (a, b) -> {
            sumWithCompensation(a, b[0]);
            sumWithCompensation(a, -b[1]);
            a[2] += b[2];
            a[3] += b[3];
            return a;
        }, a -> (a[2] == 0) ? 0.0d : computeFinalSum(a) / a[2], CH_NOID);
    }

    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        return new Impl<T, Object[], T>(() -> new Object[] {identity}, (a, t) -> a[0] = op.apply((T) a[0], t),
                (a, b) -> {
                    a[0] = op.apply((T) a[0], (T) b[0]);
                    return a;
                }, a -> (T) a[0], CH_NOID);
    }

    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        return new Impl<T, Object[], Optional<T>>(() -> new Object[2], (a, t) -> {
            if (a[1] != null) {
                a[0] = op.apply((T) a[0], t);
            } else {
                a[0] = t;
                a[1] = Boolean.TRUE;
            }
        }, (a, b) -> {
            if (b[1] != null) {
                if (a[1] != null) {
                    a[0] = op.apply((T) a[0], (T) b[0]);
                } else {
                    a[0] = b[0];
                    a[1] = Boolean.TRUE;
                }
            }
            return a;
        }, a -> Optional.ofNullable((T) a[0]), CH_NOID);
    }

    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper,
            BinaryOperator<U> op) {
        return new Impl<T, Object[], U>(() -> new Object[] {identity},
                (a, t) -> a[0] = op.apply((U) a[0], mapper.apply(t)), (a, b) -> {
                    a[0] = op.apply((U) a[0], (U) b[0]);
                    return a;
                }, a -> (U) a[0], CH_NOID);
    }

    // ---- grouping

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, HashMap::new, toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
            Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, HashMap::new, downstream);
    }

    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            Function<? super T, ? extends K> classifier, Supplier<M> mapFactory,
            Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(classifier);
        Objects.requireNonNull(mapFactory);
        Objects.requireNonNull(downstream);
        Supplier<A> dsup = downstream.supplier();
        BiConsumer<A, ? super T> dacc = downstream.accumulator();
        BiConsumer<Map<K, A>, T> acc = (m, t) -> {
            K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
            A container = m.computeIfAbsent(key, k -> dsup.get());
            dacc.accept(container, t);
        };
        BinaryOperator<Map<K, A>> merger = (m1, m2) -> {
            BinaryOperator<A> c = downstream.combiner();
            for (Map.Entry<K, A> e : m2.entrySet())
                m1.merge(e.getKey(), e.getValue(), c);
            return m1;
        };
        Supplier<Map<K, A>> mf = (Supplier<Map<K, A>>) mapFactory;
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH))
            return new Impl<>(mf, acc, merger, CH_ID);
        Function<A, A> df = (Function<A, A>) downstream.finisher();
        Function<Map<K, A>, M> finisher = m -> {
            m.replaceAll((k, v) -> df.apply(v));
            return (M) m;
        };
        return new Impl<>(mf, acc, merger, finisher, CH_NOID);
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, toList());
    }

    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
            Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(predicate);
        BiConsumer<A, ? super T> dacc = downstream.accumulator();
        Supplier<A> dsup = downstream.supplier();
        BinaryOperator<A> dcomb = downstream.combiner();
        Supplier<Partition<A>> sup = () -> new Partition<>(dsup.get(), dsup.get());
        BiConsumer<Partition<A>, T> acc = (p, t) -> dacc.accept(predicate.test(t) ? p.forTrue : p.forFalse, t);
        BinaryOperator<Partition<A>> merger = (a, b) -> new Partition<>(dcomb.apply(a.forTrue, b.forTrue),
                dcomb.apply(a.forFalse, b.forFalse));
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH))
            return new Impl<T, Partition<A>, Map<Boolean, D>>(sup, acc, merger, p -> (Map<Boolean, D>) (Map) p, CH_ID);
        Function<A, D> df = downstream.finisher();
        return new Impl<T, Partition<A>, Map<Boolean, D>>(sup, acc, merger,
                p -> new Partition<>(df.apply(p.forTrue), df.apply(p.forFalse)), CH_NOID);
    }

    /** The two-entry map partitioningBy returns: false first, then true. */
    static final class Partition<T> extends AbstractMap<Boolean, T> implements Map<Boolean, T> {
        final T forTrue;
        final T forFalse;

        Partition(T forTrue, T forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }

        public Set<Map.Entry<Boolean, T>> entrySet() {
            return new AbstractSet<Map.Entry<Boolean, T>>() {
                public Iterator<Map.Entry<Boolean, T>> iterator() {
                    Map.Entry<Boolean, T> f = new AbstractMap.SimpleImmutableEntry<>(false, forFalse);
                    Map.Entry<Boolean, T> t = new AbstractMap.SimpleImmutableEntry<>(true, forTrue);
                    return List.of(f, t).iterator();
                }

                public int size() {
                    return 2;
                }
            };
        }
    }

    // ---- maps

    private static IllegalStateException duplicateKey(Object k, Object u, Object v) {
        return new IllegalStateException("Duplicate key " + k + " (attempted merging values " + u + " and " + v + ")");
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        return new Impl<T, Map<K, U>, Map<K, U>>(HashMap::new, (m, t) -> {
            K k = keyMapper.apply(t);
            U v = Objects.requireNonNull(valueMapper.apply(t));
            U u = m.putIfAbsent(k, v);
            if (u != null)
                throw duplicateKey(k, u, v);
        }, (m1, m2) -> {
            for (Map.Entry<K, U> e : m2.entrySet()) {
                U u = m1.putIfAbsent(e.getKey(), e.getValue());
                if (u != null)
                    throw duplicateKey(e.getKey(), u, e.getValue());
            }
            return m1;
        }, CH_ID);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, HashMap::new);
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        Objects.requireNonNull(mergeFunction);
        Objects.requireNonNull(mapFactory);
        return new Impl<T, M, M>(mapFactory, (m, t) -> m.merge(keyMapper.apply(t), valueMapper.apply(t), mergeFunction),
                (m1, m2) -> {
                    for (Map.Entry<K, U> e : m2.entrySet())
                        m1.merge(e.getKey(), e.getValue(), mergeFunction);
                    return m1;
                }, CH_ID);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        return collectingAndThen(toMap(keyMapper, valueMapper), m -> Map.copyOf(m));
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        Objects.requireNonNull(mergeFunction, "mergeFunction");
        return collectingAndThen(toMap(keyMapper, valueMapper, mergeFunction, HashMap::new), m -> Map.copyOf(m));
    }

    // ---- statistics

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> mapper) {
        return new Impl<T, IntSummaryStatistics, IntSummaryStatistics>(IntSummaryStatistics::new,
                (r, t) -> r.accept(mapper.applyAsInt(t)), (l, r) -> {
                    l.combine(r);
                    return l;
                }, CH_ID);
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> mapper) {
        return new Impl<T, LongSummaryStatistics, LongSummaryStatistics>(LongSummaryStatistics::new,
                (r, t) -> r.accept(mapper.applyAsLong(t)), (l, r) -> {
                    l.combine(r);
                    return l;
                }, CH_ID);
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> mapper) {
        return new Impl<T, DoubleSummaryStatistics, DoubleSummaryStatistics>(DoubleSummaryStatistics::new,
                (r, t) -> r.accept(mapper.applyAsDouble(t)), (l, r) -> {
                    l.combine(r);
                    return l;
                }, CH_ID);
    }

    // ---- teeing

    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
            Collector<? super T, ?, R2> downstream2, BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(downstream1, "downstream1");
        Objects.requireNonNull(downstream2, "downstream2");
        Objects.requireNonNull(merger, "merger");
        Collector<T, Object, R1> c1 = (Collector<T, Object, R1>) downstream1;
        Collector<T, Object, R2> c2 = (Collector<T, Object, R2>) downstream2;
        Supplier<Object> s1 = c1.supplier(), s2 = c2.supplier();
        BiConsumer<Object, T> a1 = c1.accumulator(), a2 = c2.accumulator();
        BinaryOperator<Object> b1 = c1.combiner(), b2 = c2.combiner();
        Function<Object, R1> f1 = finisherOf(c1);
        Function<Object, R2> f2 = finisherOf(c2);
        return new Impl<T, Object[], R>(() -> new Object[] {s1.get(), s2.get()}, (p, t) -> {
            a1.accept(p[0], t);
            a2.accept(p[1], t);
        }, (p, q) -> {
            p[0] = b1.apply(p[0], q[0]);
            p[1] = b2.apply(p[1], q[1]);
            return p;
        }, p -> merger.apply(f1.apply(p[0]), f2.apply(p[1])), CH_NOID);
    }
}
