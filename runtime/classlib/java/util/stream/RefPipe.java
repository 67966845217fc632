package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** Sequential Stream of references. */
@SuppressWarnings({"unchecked", "rawtypes"})
final class RefPipe<T> extends Pipe implements Stream<T> {
    RefPipe(Source src) {
        super(src);
    }

    RefPipe(Pipe prev, int flags, Op op) {
        super(prev, flags, op);
    }

    int shape() {
        return REF;
    }

    // ---- intermediate operations

    public Stream<T> filter(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return new RefPipe<>(this, 0, down -> new Sink.Chain(down) {
            public void accept(Object o) {
                if (p.test((T) o))
                    down.accept(o);
            }
        });
    }

    public <R> Stream<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f);
        return new RefPipe<>(this, 2, down -> new Sink.Chain(down) {
            public void accept(Object o) {
                down.accept((Object) f.apply((T) o));
            }
        });
    }

    public IntStream mapToInt(ToIntFunction<? super T> f) {
        Objects.requireNonNull(f);
        return new IntPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(Object o) {
                down.accept(f.applyAsInt((T) o));
            }
        });
    }

    public LongStream mapToLong(ToLongFunction<? super T> f) {
        Objects.requireNonNull(f);
        return new LongPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(Object o) {
                down.accept(f.applyAsLong((T) o));
            }
        });
    }

    public DoubleStream mapToDouble(ToDoubleFunction<? super T> f) {
        Objects.requireNonNull(f);
        return new DoublePipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(Object o) {
                down.accept(f.applyAsDouble((T) o));
            }
        });
    }

    /** A sink that feeds the elements of a sub-stream downstream (flatMap), honouring cancellation. */
    abstract static class FlatSink extends Sink.Chain {
        boolean cancelCalled;

        FlatSink(Sink down) {
            super(down);
        }

        boolean cancel() {
            cancelCalled = true;
            return down.cancel();
        }

        void push(BaseStream<?, ?> s) {
            if (s == null)
                return;
            try {
                if (!cancelCalled) {
                    if (s instanceof RefPipe)
                        ((RefPipe<Object>) s).forEach(down);
                    else if (s instanceof IntPipe)
                        ((IntPipe) s).forEach((java.util.function.IntConsumer) down);
                    else if (s instanceof LongPipe)
                        ((LongPipe) s).forEach((java.util.function.LongConsumer) down);
                    else if (s instanceof DoublePipe)
                        ((DoublePipe) s).forEach((java.util.function.DoubleConsumer) down);
                    else
                        pushIter(s.iterator());
                } else if (s instanceof Pipe) {
                    Source src = ((Pipe) s).asSource();
                    while (!down.cancel() && src.tryAdvance(down)) {
                    }
                } else {
                    pushIter(s.iterator());
                }
            } finally {
                s.close();
            }
        }

        private void pushIter(Iterator<?> it) {
            while (!(cancelCalled && down.cancel()) && it.hasNext()) {
                if (it instanceof java.util.PrimitiveIterator.OfInt)
                    down.accept(((java.util.PrimitiveIterator.OfInt) it).nextInt());
                else if (it instanceof java.util.PrimitiveIterator.OfLong)
                    down.accept(((java.util.PrimitiveIterator.OfLong) it).nextLong());
                else if (it instanceof java.util.PrimitiveIterator.OfDouble)
                    down.accept(((java.util.PrimitiveIterator.OfDouble) it).nextDouble());
                else
                    down.accept((Object) it.next());
            }
        }
    }

    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> f) {
        Objects.requireNonNull(f);
        return new RefPipe<>(this, 0, down -> new FlatSink(down) {
            public void accept(Object o) {
                push(f.apply((T) o));
            }
        });
    }

    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> f) {
        Objects.requireNonNull(f);
        return new IntPipe(this, 0, down -> new FlatSink(down) {
            public void accept(Object o) {
                push(f.apply((T) o));
            }
        });
    }

    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> f) {
        Objects.requireNonNull(f);
        return new LongPipe(this, 0, down -> new FlatSink(down) {
            public void accept(Object o) {
                push(f.apply((T) o));
            }
        });
    }

    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> f) {
        Objects.requireNonNull(f);
        return new DoublePipe(this, 0, down -> new FlatSink(down) {
            public void accept(Object o) {
                push(f.apply((T) o));
            }
        });
    }

    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> f) {
        Objects.requireNonNull(f);
        return new RefPipe<>(this, 0, down -> new Sink.Chain(down) {
            public void accept(Object o) {
                f.accept((T) o, (Consumer<R>) (Consumer) down);
            }
        });
    }

    public Stream<T> distinct() {
        return new RefPipe<>(this, 0, down -> new Sink.Chain(down) {
            final HashSet<Object> seen = new HashSet<>();

            public void accept(Object o) {
                if (seen.add(o))
                    down.accept(o);
            }
        });
    }

    public Stream<T> sorted() {
        return sorted((Comparator<? super T>) Comparator.naturalOrder());
    }

    public Stream<T> sorted(Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        return new RefPipe<>(this, 2, down -> new Sink.Chain(down) {
            Object[] a = new Object[16];
            int n;
            boolean cancelCalled;

            void begin() {
                n = 0;
            }

            public void accept(Object o) {
                if (n == a.length)
                    a = Arrays.copyOf(a, n * 2);
                a[n++] = o;
            }

            boolean cancel() {
                cancelCalled = true;
                return false;
            }

            void end() {
                Arrays.sort((T[]) a, 0, n, cmp);
                down.begin();
                for (int i = 0; i < n; i++) {
                    if (cancelCalled && down.cancel())
                        break;
                    down.accept(a[i]);
                }
                down.end();
                a = null;
            }
        });
    }

    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return new RefPipe<>(this, 2, down -> new Sink.Chain(down) {
            public void accept(Object o) {
                action.accept((T) o);
                down.accept(o);
            }
        });
    }

    public Stream<T> limit(long max) {
        checkCount(max);
        return new RefPipe<>(this, 1, down -> new Sink.Chain(down) {
            long m = max;

            public void accept(Object o) {
                if (m > 0) {
                    m--;
                    down.accept(o);
                }
            }

            boolean cancel() {
                return m == 0 || down.cancel();
            }
        });
    }

    public Stream<T> skip(long n) {
        checkCount(n);
        if (n == 0)
            return this;
        return new RefPipe<>(this, 0, down -> new Sink.Chain(down) {
            long k = n;

            public void accept(Object o) {
                if (k > 0)
                    k--;
                else
                    down.accept(o);
            }
        });
    }

    public Stream<T> takeWhile(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return new RefPipe<>(this, 1, down -> new Sink.Chain(down) {
            boolean take = true;

            public void accept(Object o) {
                if (take && (take = p.test((T) o)))
                    down.accept(o);
            }

            boolean cancel() {
                return !take || down.cancel();
            }
        });
    }

    public Stream<T> dropWhile(Predicate<? super T> p) {
        Objects.requireNonNull(p);
        return new RefPipe<>(this, 0, down -> new Sink.Chain(down) {
            boolean taking;

            public void accept(Object o) {
                if (taking || (taking = !p.test((T) o)))
                    down.accept(o);
            }
        });
    }

    public Stream<T> sequential() {
        return this;
    }

    public Stream<T> parallel() {
        return this;
    }

    public Stream<T> unordered() {
        return this;
    }

    public Stream<T> onClose(Runnable r) {
        addClose(r);
        return this;
    }

    // ---- terminal operations

    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        eval(new Sink() {
            public void accept(Object o) {
                action.accept((T) o);
            }
        }, false);
    }

    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    private ArrayList<Object> toBuffer() {
        long k = knownSize();
        ArrayList<Object> list = new ArrayList<>(k >= 0 && k < 1 << 20 ? (int) k : 10);
        eval(new Sink() {
            public void accept(Object o) {
                list.add(o);
            }
        }, false);
        return list;
    }

    public Object[] toArray() {
        return toBuffer().toArray();
    }

    public <A> A[] toArray(IntFunction<A[]> generator) {
        Object[] a = toArray();
        A[] r = generator.apply(a.length);
        if (r.length != a.length)
            throw new IllegalStateException("Begin size " + a.length + " is not equal to fixed size " + r.length);
        System.arraycopy(a, 0, r, 0, a.length);
        return r;
    }

    public T reduce(T identity, BinaryOperator<T> acc) {
        Objects.requireNonNull(acc);
        Object[] r = {identity};
        eval(new Sink() {
            public void accept(Object o) {
                r[0] = acc.apply((T) r[0], (T) o);
            }
        }, false);
        return (T) r[0];
    }

    public Optional<T> reduce(BinaryOperator<T> acc) {
        Objects.requireNonNull(acc);
        Object[] r = new Object[1];
        boolean[] any = new boolean[1];
        eval(new Sink() {
            public void accept(Object o) {
                if (any[0]) {
                    r[0] = acc.apply((T) r[0], (T) o);
                } else {
                    any[0] = true;
                    r[0] = o;
                }
            }
        }, false);
        return any[0] ? Optional.of((T) r[0]) : Optional.empty();
    }

    public <U> U reduce(U identity, BiFunction<U, ? super T, U> acc, BinaryOperator<U> combiner) {
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        Object[] r = {identity};
        eval(new Sink() {
            public void accept(Object o) {
                r[0] = acc.apply((U) r[0], (T) o);
            }
        }, false);
        return (U) r[0];
    }

    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> acc, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        R c = supplier.get();
        eval(new Sink() {
            public void accept(Object o) {
                acc.accept(c, (T) o);
            }
        }, false);
        return c;
    }

    public <R, A> R collect(Collector<? super T, A, R> collector) {
        A c = collector.supplier().get();
        BiConsumer<A, ? super T> acc = collector.accumulator();
        eval(new Sink() {
            public void accept(Object o) {
                acc.accept(c, (T) o);
            }
        }, false);
        if (collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH))
            return (R) c;
        return collector.finisher().apply(c);
    }

    public List<T> toList() {
        return (List<T>) Collections.unmodifiableList(new ArrayList<>(Arrays.asList(toArray())));
    }

    public Optional<T> min(Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        return reduce((a, b) -> cmp.compare(a, b) <= 0 ? a : b);
    }

    public Optional<T> max(Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        return reduce((a, b) -> cmp.compare(a, b) >= 0 ? a : b);
    }

    public long count() {
        long k = knownSize();
        if (k >= 0) {
            consume();
            return k;
        }
        long[] n = new long[1];
        eval(new Sink() {
            public void accept(Object o) {
                n[0]++;
            }
        }, false);
        return n[0];
    }

    private boolean match(Predicate<? super T> p, boolean stopOn) {
        Objects.requireNonNull(p);
        Sink.Stop s = new Sink.Stop() {
            public void accept(Object o) {
                if (!stop && p.test((T) o) == stopOn)
                    stop = true;
            }
        };
        eval(s, true);
        return s.stop;
    }

    public boolean anyMatch(Predicate<? super T> p) {
        return match(p, true);
    }

    public boolean allMatch(Predicate<? super T> p) {
        return !match(p, false);
    }

    public boolean noneMatch(Predicate<? super T> p) {
        return !match(p, true);
    }

    public Optional<T> findFirst() {
        Object[] r = new Object[1];
        Sink.Stop s = new Sink.Stop() {
            public void accept(Object o) {
                if (!stop) {
                    stop = true;
                    r[0] = o;
                }
            }
        };
        eval(s, true);
        return s.stop ? Optional.of((T) r[0]) : Optional.empty();
    }

    public Optional<T> findAny() {
        return findFirst();
    }

    public Iterator<T> iterator() {
        Source src = asSource();
        return new Iterator<T>() {
            Object next;
            boolean ready;
            final Sink holder = new Sink() {
                public void accept(Object o) {
                    next = o;
                    ready = true;
                }
            };

            public boolean hasNext() {
                if (!ready)
                    src.tryAdvance(holder);
                return ready;
            }

            public T next() {
                if (!hasNext())
                    throw new NoSuchElementException();
                ready = false;
                Object o = next;
                next = null;
                return (T) o;
            }
        };
    }
}
