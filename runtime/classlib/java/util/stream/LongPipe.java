package java.util.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.LongSummaryStatistics;
import java.util.function.*;

/** Sequential LongStream. */
@SuppressWarnings({"unchecked", "rawtypes"})
final class LongPipe extends Pipe implements LongStream {
    LongPipe(Source src) {
        super(src);
    }

    LongPipe(Pipe prev, int flags, Op op) {
        super(prev, flags, op);
    }

    int shape() {
        return LONG;
    }

    // ---- intermediate operations

    public LongStream filter(LongPredicate p) {
        Objects.requireNonNull(p);
        return new LongPipe(this, 0, down -> new Sink.Chain(down) {
            public void accept(long v) {
                if (p.test(v))
                    down.accept(v);
            }
        });
    }

    public LongStream map(LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return new LongPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(long v) {
                down.accept(f.applyAsLong(v));
            }
        });
    }

    public <U> Stream<U> mapToObj(LongFunction<? extends U> f) {
        Objects.requireNonNull(f);
        return new RefPipe<U>(this, 2, down -> new Sink.Chain(down) {
            public void accept(long v) {
                down.accept((Object) f.apply(v));
            }
        });
    }

    public Stream<Long> boxed() {
        return new RefPipe<Long>(this, 2, down -> new Sink.Chain(down) {
            public void accept(long v) {
                down.accept((Object) Long.valueOf(v));
            }
        });
    }

    public IntStream mapToInt(LongToIntFunction f) {
        Objects.requireNonNull(f);
        return new IntPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(long v) {
                down.accept(f.applyAsInt(v));
            }
        });
    }

    public DoubleStream mapToDouble(LongToDoubleFunction f) {
        Objects.requireNonNull(f);
        return new DoublePipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(long v) {
                down.accept(f.applyAsDouble(v));
            }
        });
    }

    public DoubleStream asDoubleStream() {
        return new DoublePipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(long v) {
                down.accept((double) v);
            }
        });
    }

    public LongStream flatMap(LongFunction<? extends LongStream> f) {
        Objects.requireNonNull(f);
        return new LongPipe(this, 0, down -> new RefPipe.FlatSink(down) {
            public void accept(long v) {
                push(f.apply(v));
            }
        });
    }

    public LongStream mapMulti(LongStream.LongMapMultiConsumer f) {
        Objects.requireNonNull(f);
        return new LongPipe(this, 0, down -> new Sink.Chain(down) {
            public void accept(long v) {
                f.accept(v, (LongConsumer) down);
            }
        });
    }

    public LongStream distinct() {
        return new LongPipe(this, 0, down -> new Sink.Chain(down) {
            final HashSet<Long> seen = new HashSet<>();

            public void accept(long v) {
                if (seen.add(v))
                    down.accept(v);
            }
        });
    }

    public LongStream sorted() {
        return new LongPipe(this, 2, down -> new Sink.Chain(down) {
            long[] a = new long[16];
            int n;
            boolean cancelCalled;

            void begin() {
                n = 0;
            }

            public void accept(long v) {
                if (n == a.length)
                    a = Arrays.copyOf(a, n * 2);
                a[n++] = v;
            }

            boolean cancel() {
                cancelCalled = true;
                return false;
            }

            void end() {
                Arrays.sort(a, 0, n);
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

    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return new LongPipe(this, 2, down -> new Sink.Chain(down) {
            public void accept(long v) {
                action.accept(v);
                down.accept(v);
            }
        });
    }

    public LongStream limit(long max) {
        checkCount(max);
        return new LongPipe(this, 1, down -> new Sink.Chain(down) {
            long m = max;

            public void accept(long v) {
                if (m > 0) {
                    m--;
                    down.accept(v);
                }
            }

            boolean cancel() {
                return m == 0 || down.cancel();
            }
        });
    }

    public LongStream skip(long n) {
        checkCount(n);
        if (n == 0)
            return this;
        return new LongPipe(this, 0, down -> new Sink.Chain(down) {
            long k = n;

            public void accept(long v) {
                if (k > 0)
                    k--;
                else
                    down.accept(v);
            }
        });
    }

    public LongStream takeWhile(LongPredicate p) {
        Objects.requireNonNull(p);
        return new LongPipe(this, 1, down -> new Sink.Chain(down) {
            boolean take = true;

            public void accept(long v) {
                if (take && (take = p.test(v)))
                    down.accept(v);
            }

            boolean cancel() {
                return !take || down.cancel();
            }
        });
    }

    public LongStream dropWhile(LongPredicate p) {
        Objects.requireNonNull(p);
        return new LongPipe(this, 0, down -> new Sink.Chain(down) {
            boolean taking;

            public void accept(long v) {
                if (taking || (taking = !p.test(v)))
                    down.accept(v);
            }
        });
    }

    public LongStream sequential() {
        return this;
    }

    public LongStream parallel() {
        return this;
    }

    public LongStream unordered() {
        return this;
    }

    public LongStream onClose(Runnable r) {
        addClose(r);
        return this;
    }

    // ---- terminal operations

    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        eval(new Sink() {
            public void accept(long v) {
                action.accept(v);
            }
        }, false);
    }

    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    public long[] toArray() {
        long k = knownSize();
        long[][] box = {new long[k >= 0 && k < 1 << 24 ? (int) k : 16]};
        int[] n = new int[1];
        eval(new Sink() {
            public void accept(long v) {
                long[] a = box[0];
                if (n[0] == a.length)
                    box[0] = a = Arrays.copyOf(a, Math.max(16, a.length * 2));
                a[n[0]++] = v;
            }
        }, false);
        return box[0].length == n[0] ? box[0] : Arrays.copyOf(box[0], n[0]);
    }

    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long[] r = {identity};
        eval(new Sink() {
            public void accept(long v) {
                r[0] = op.applyAsLong(r[0], v);
            }
        }, false);
        return r[0];
    }

    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long[] r = new long[1];
        boolean[] any = new boolean[1];
        eval(new Sink() {
            public void accept(long v) {
                if (any[0]) {
                    r[0] = op.applyAsLong(r[0], v);
                } else {
                    any[0] = true;
                    r[0] = v;
                }
            }
        }, false);
        return any[0] ? OptionalLong.of(r[0]) : OptionalLong.empty();
    }

    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> acc, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(acc);
        Objects.requireNonNull(combiner);
        R c = supplier.get();
        eval(new Sink() {
            public void accept(long v) {
                acc.accept(c, v);
            }
        }, false);
        return c;
    }

    public OptionalLong min() {
        return reduce(Math::min);
    }

    public OptionalLong max() {
        return reduce(Math::max);
    }

    public long count() {
        long k = knownSize();
        if (k >= 0) {
            consume();
            return k;
        }
        long[] n = new long[1];
        eval(new Sink() {
            public void accept(long v) {
                n[0]++;
            }
        }, false);
        return n[0];
    }

    public LongSummaryStatistics summaryStatistics() {
        return collect(LongSummaryStatistics::new, LongSummaryStatistics::accept, LongSummaryStatistics::combine);
    }

    private boolean match(LongPredicate p, boolean stopOn) {
        Objects.requireNonNull(p);
        Sink.Stop s = new Sink.Stop() {
            public void accept(long v) {
                if (!stop && p.test(v) == stopOn)
                    stop = true;
            }
        };
        eval(s, true);
        return s.stop;
    }

    public boolean anyMatch(LongPredicate p) {
        return match(p, true);
    }

    public boolean allMatch(LongPredicate p) {
        return !match(p, false);
    }

    public boolean noneMatch(LongPredicate p) {
        return !match(p, true);
    }

    public OptionalLong findFirst() {
        long[] r = new long[1];
        Sink.Stop s = new Sink.Stop() {
            public void accept(long v) {
                if (!stop) {
                    stop = true;
                    r[0] = v;
                }
            }
        };
        eval(s, true);
        return s.stop ? OptionalLong.of(r[0]) : OptionalLong.empty();
    }

    public OptionalLong findAny() {
        return findFirst();
    }

    public PrimitiveIterator.OfLong iterator() {
        Source src = asSource();
        return new PrimitiveIterator.OfLong() {
            long next;
            boolean ready;
            final Sink holder = new Sink() {
                public void accept(long v) {
                    next = v;
                    ready = true;
                }
            };

            public boolean hasNext() {
                if (!ready)
                    src.tryAdvance(holder);
                return ready;
            }

            public long nextLong() {
                if (!hasNext())
                    throw new NoSuchElementException();
                ready = false;
                return next;
            }
        };
    }

    public long sum() {
        return reduce(0, (a, b) -> a + b);
    }

    public OptionalDouble average() {
        long[] s = new long[2];
        forEach(v -> {
            s[0]++;
            s[1] += v;
        });
        return s[0] > 0 ? OptionalDouble.of((double) s[1] / s[0]) : OptionalDouble.empty();
    }
}
